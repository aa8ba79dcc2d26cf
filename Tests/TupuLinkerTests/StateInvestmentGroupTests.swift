import Testing
import TupuLinker
import TupuRecognizer

private let recognizer = Recognizer()
private let linker = Linker()

/// A state investment group (宁远县国有投资集团有限公司) is written 国投 for short: both forms are one
/// institution.
@Suite struct StateInvestmentGroupTests {
    @Test func theGroupAndItsAbbreviationAreOneBody() {
        let text = "宁远县国有投资集团有限公司负责建设。宁远县国投集团有限公司介绍了进展。"
        let found = linker.link(recognizer.recognize(text), name: "t.txt").entities.filter { $0.type == .institution }
        #expect(found.count == 1 && found.first?.mentions.count == 2, "\(found.map(\.name))")
    }
}
