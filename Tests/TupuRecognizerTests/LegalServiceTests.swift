import Testing
import TupuRecognizer

/// Names in news of public legal services: models numbered by their parts, and service rooms of
/// a kind. Fresh sentences.
@Suite struct LegalServiceTests {
    /// A model numbered by its parts is named from its numbers, which a count would otherwise trim.
    @Test func numberedModelsAreProgrammes() {
        recognizer.expectFinds(MarkedSentence("宁远县大力推广[Programme:532基层治理模式]和[Programme:12345矛盾纠纷调解模式]。"))
    }

    /// Rooms of legal service qualified by their rank or kind (示范性…工作室) are kinds.
    @Test func legalServiceRoomsOfAKindNameNothing() {
        let names = recognizer.namesBesidesTheCounty(in: "宁远县打造示范性公共法律服务工作室。")
        #expect(names == [], "found \(names)")
    }
}
