import Testing
import TupuRecognizer

/// Names in news of passion fruit (a second batch): 以工代赈 is a national programme, and works of counterpart aid
/// (对口帮扶|项目) are a kind, no works. Fresh sentences.
@Suite struct ReliefThroughWorkTests {
    @Test func reliefThroughWorkIsANationalProgramme() {
        recognizer.expectFinds(MarkedSentence("水渠修缮采用“[Programme:以工代赈]”方式，村民就近务工。"))
    }

    @Test func worksOfCounterpartAidAreAKind() {
        let mentions = recognizer.recognize("通过实施对口帮扶项目，果园引进了新品种。").mentions
        #expect(!mentions.contains { $0.type == .project }, "\(mentions.map(\.name))")
    }
}
