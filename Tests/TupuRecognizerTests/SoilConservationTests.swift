import Testing
import TupuRecognizer

/// Names in news of soil and water conservation: 水土流失 (soil erosion) is one noun, not the verb 流失,
/// so a programme's works of a year and a site (…水土流失综合治理工程2024年湾井项目) is one name, while the
/// works of the kind alone (水土流失综合治理项目) name nothing. Fresh sentences.
@Suite struct SoilConservationTests {
    @Test func aProgrammesWorksOfAYearAndASiteIsOneName() {
        let names = recognizer.recognize("宁远县坡耕地水土流失综合治理工程2024年湾井项目开工。").mentions.filter { $0.type == .project }.map(\.name)
        #expect(names == ["宁远县坡耕地水土流失综合治理工程2024年湾井项目"], "found \(names)")
    }

    @Test func worksOfTheKindAloneNameNothing() {
        let mentions = recognizer.recognize("全县水土流失综合治理项目稳步推进。").mentions
        #expect(!mentions.contains { $0.type == .project }, "found \(mentions.map(\.name))")
    }
}
