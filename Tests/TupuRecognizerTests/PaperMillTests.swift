import Testing
import TupuRecognizer

/// Names in news of paper mills: a works named by its site and an industry the word list tags as a verb
/// (…工业园区造纸项目) is named; a known place written as the short form of a division the document names
/// (衡山 of 衡山县) is the division; an island named by a division's short form (东海岛) is an island. Fresh sentences.
@Suite struct PaperMillTests {
    @Test func aWorksNamedByItsSiteAndAnIndustryIsNamed() {
        recognizer.expectFinds(MarkedSentence("[Project:宁远工业园区造纸项目]即将投产。"))
    }

    @Test func aKnownPlaceWrittenAsACountysShortFormIsTheCounty() {
        let document = recognizer.recognize("衡山县举行签约仪式。衡山在明朝就生产土纸。")
        let places = document.mentions.filter { $0.type == .place }
        #expect(places.count == 2 && places.allSatisfy { $0.division?.name == "衡山县" }, "found \(places.map(\.name))")
    }

    @Test func anIslandNamedByADivisionsShortFormIsAnIsland() {
        let names = recognizer.namesBesidesTheCounty(in: "项目在东海岛开工。东海岛是当地第一大岛。")
        #expect(names.contains("东海岛"), "found \(names)")
    }
}
