import Testing
import TupuRecognizer

/// Names in news of citrus: a credit line set with a slash instead of a colon (来源 / 城固发布,
/// 来源/…) credits its source as one with a colon does. Fresh sentences.
@Suite struct CitrusTests {
    @Test func aCreditSetWithASlashNamesItsSource() {
        recognizer.expectFinds(MarkedSentence("[Place:宁远县]柑橘丰收。图片 / 李明来源 / [Institution:宁远发布]"))
        recognizer.expectFinds(MarkedSentence("[Place:宁远县]柑橘丰收。来源/[Institution:永州日报]"))
    }
}
