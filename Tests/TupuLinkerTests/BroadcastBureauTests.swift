import Testing
import TupuLinker
import TupuRecognizer

private let recognizer = Recognizer()
private let linker = Linker()

/// A bureau of radio and television (永州市广播电视局) is written 广电局 for short: both are one body.
@Suite struct BroadcastBureauTests {
    @Test func theBureauAndItsShortFormAreOneBody() {
        let text = "永州市广播电视局对宁远县应急广播进行初验。永州市广电局组织人员到宁远县验收。"
        let found = linker.link(recognizer.recognize(text), name: "t.txt").entities.filter { $0.type == .institution }
        #expect(found.count == 1 && found.first?.mentions.count == 2, "\(found.map(\.name))")
    }
}
