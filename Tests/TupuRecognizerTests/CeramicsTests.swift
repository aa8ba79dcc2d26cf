import Testing
import TupuRecognizer

/// Names in news of ceramics: a function character that ends a word read first (作为|准安…) does not pull
/// the name's first character into a word of its own (为准), neither as a verb nor at the name's start;
/// and a verb with its word of manner (主动融入, 科学编制) stands before a name, after a place as at a
/// clause's start. Fresh sentences.
@Suite struct CeramicsTests {
    @Test func aWordReadFirstKeepsTheNamesFirstCharacter() {
        recognizer.expectFinds(MarkedSentence("作为[Place:准安陶瓷小镇]榜上有名。"))
    }

    @Test func aVerbWithItsWordOfMannerStandsBeforeTheName() {
        recognizer.expectFinds(MarkedSentence("[Place:宁远县]主动融入[Programme:湘南城市群发展规划]。"))
        recognizer.expectFinds(MarkedSentence("要主动融入[Programme:湘南城市群发展规划]。"))
    }
}
