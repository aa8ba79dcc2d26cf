import Testing
import TupuRecognizer

/// Names in news of village history museums: a body named by the verb that builds it alone (建好|村史馆)
/// and museums of all sizes (大小|村史馆) name none; a works' act followed by 而成 says what a thing was
/// made from (由…办公室改建|而成). Fresh sentences.
@Suite struct VillageMuseumTests {
    @Test func aMuseumNamedByItsBuildingVerbOrSizesIsNone() {
        let mentions = recognizer.recognize("建好村史馆,可以激发乡亲们的爱乡热情;星罗棋布的大小村史馆记录着乡村变迁。").mentions
        #expect(!mentions.contains { $0.type == .institution }, "found \(mentions.map(\.name))")
    }

    @Test func aMuseumByItsVillageIsNamed() {
        let names = recognizer.recognize("宁远县湾井镇下灌村村史馆今天开馆。").mentions.map(\.name)
        #expect(names.contains { $0.hasSuffix("下灌村村史馆") }, "found \(names)")
    }

    @Test func whatAThingWasMadeFromIsNoWorks() {
        let mentions = recognizer.recognize("村史馆由村委会的一间旧仓库改建而成。").mentions
        #expect(!mentions.contains { $0.type == .project }, "found \(mentions.map(\.name))")
    }
}
