import Testing
@testable import TupuRecognizer
import TupuTestSupport

/// The matcher of one document's few names finds what the automaton finds, in the same order.
@Suite struct ShortListMatcherTests {
    @Test(arguments: 1...20)
    func agreesWithTheAutomaton(seed: UInt64) {
        var random = SeededRandom(seed: seed)
        let alphabet = Array("ab宁远县村區㐀𠀀".unicodeScalars)
        func word(_ lengths: ClosedRange<Int>) -> String {
            String(String.UnicodeScalarView((0..<Int.random(in: lengths, using: &random)).map { _ in
                alphabet[Int.random(in: 0..<alphabet.count, using: &random)]
            }))
        }
        let names = (0..<Int.random(in: 1...30, using: &random)).map { (word(2...5), $0) }
        let text = Array(word(0...200).unicodeScalars)
        let expected = AhoCorasick(names).matches(in: text).map { "\($0.payload)@\($0.start)-\($0.end)" }
        let found = ShortListMatcher(names).matches(in: text).map { "\($0.payload)@\($0.start)-\($0.end)" }
        #expect(found == expected)
    }
}
