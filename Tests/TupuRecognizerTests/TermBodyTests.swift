import Testing
import TupuRecognizer

/// A division's body written with its term between the division and the body (宁远县第十七届人大常委会, bare
/// 县十八届人大常委会) is one body; a term before an event (第十七届全运会) or a congress's session (十七届人大|五次会议)
/// makes none. Fresh sentences.
@Suite struct TermBodyTests {
    @Test func aBodyWrittenWithItsTermIsOneBody() {
        recognizer.expectFinds(MarkedSentence("[Institution:宁远县第十七届人大常委会]召开第十三次会议。"))
        recognizer.expectFinds(MarkedSentence("[Place:宁远县]会议由[Institution:县十八届人大常委会]主任主持。"))
    }

    @Test func aTermBeforeAnEventMakesNoBody() {
        #expect(!recognizer.recognize("宁远县选手参加第十七届全运会。").mentions.contains { $0.type == .institution })
        #expect(!recognizer.recognize("宁远县十七届人大五次会议召开。").mentions.contains { $0.type == .institution })
    }
}
