import Testing
import TupuRecognizer

/// Names in news of women's federations and domestic-service training: the national drive of
/// practical deeds (我为群众办实事) is a programme, and bodies of two levels at once (省市妇联, 市县残联)
/// are a class. Fresh sentences.
@Suite struct DomesticServiceTests {
    @Test func findsTheMarkedEntities() {
        recognizer.expectFinds(MarkedSentence("把巾帼家政作为[Programme:我为群众办实事]的重要内容。"))
    }

    @Test func bodiesOfTwoLevelsAreAClass() {
        let names = recognizer.namesBesidesTheCounty(in: "严格落实省市妇联和市县残联的部署。")
        #expect(names == [], "found \(names)")
    }
}
