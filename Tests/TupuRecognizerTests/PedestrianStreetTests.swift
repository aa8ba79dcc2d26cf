import Testing
import TupuRecognizer

/// Names in news of pedestrian streets: a street written right after its city is one, its name a
/// common word or not (郑州|德化街, 石家庄|民族路), but not a word whose head begins another (…街道) nor a
/// way of speaking (致富路上); the items counted before 条步行街 are sites (重庆解放碑); works named as the
/// subject of a pilot name the pilot (全国步行街改造提升试点). Fresh sentences.
@Suite struct PedestrianStreetTests {
    @Test func aStreetAfterItsCityIsOne() {
        let mentions = recognizer.recognize("游客来到郑州德化街，又去了石家庄民族路。").mentions
        for name in ["德化街", "民族路"] {
            #expect(mentions.contains { $0.type == .place && $0.name == name }, "\(name): found \(mentions.map(\.name))")
        }
    }

    @Test func wordsAndWaysOfSpeakingAreNoStreets() {
        for text in ["宁远县城区街道干净整洁。", "宁远县走在致富路上。"] {
            let mentions = recognizer.recognize(text).mentions
            #expect(mentions.allSatisfy { $0.name == "宁远县" }, "\(text): found \(mentions.map(\.name))")
        }
    }

    @Test func itemsCountedAsPedestrianStreetsAreSites() {
        let mentions = recognizer.recognize("南京夫子庙、重庆解放碑2条步行街入选。").mentions
        #expect(mentions.contains { $0.type == .place && $0.name == "解放碑" }, "found \(mentions.map(\.name))")
    }

    @Test func worksAsAPilotsSubjectNameThePilot() {
        let mentions = recognizer.recognize("商务部将宁远县舜德街纳入全国步行街改造提升试点。").mentions
        #expect(mentions.contains { $0.type == .programme && $0.name == "全国步行街改造提升试点" }, "found \(mentions.map(\.name))")
        #expect(!mentions.contains { $0.type == .project }, "found \(mentions.map(\.name))")
    }
}
