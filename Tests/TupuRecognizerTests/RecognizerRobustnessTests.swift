import Testing
import TupuRecognizer
import TupuTestSupport

private let recognizer = Recognizer()

/// On random texts of the pieces the rules look at, the recognizer never traps, and every
/// mention is a well-formed span of the text.
@Suite struct RecognizerRobustnessTests {
    @Test(arguments: 1...200)
    func randomTextsGiveWellFormedMentions(seed: UInt64) {
        let text = RandomReportText.make(seed: seed)
        let scalars = Array(text.unicodeScalars)
        let document = recognizer.recognize(text)
        for mention in document.mentions + document.innerPlaces {
            #expect(0 <= mention.start && mention.start < mention.end && mention.end <= scalars.count, "\(mention) in \(text)")
            #expect(mention.surface == String(String.UnicodeScalarView(scalars[mention.start..<mention.end])))
            #expect(!mention.name.isEmpty)
        }
    }
}
