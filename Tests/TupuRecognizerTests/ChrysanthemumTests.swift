import Testing
import TupuRecognizer

/// Names in news of chrysanthemums: villages of the document's county listed by their short forms
/// before 等村 or 等N个村 (以下灌、东安头等村为主) are those villages; words that make no village of the
/// county with 村 are not. Fresh sentences.
@Suite struct ChrysanthemumTests {
    @Test func villagesListedByTheirShortFormsAreNamed() {
        recognizer.expectFinds(MarkedSentence("[Place:宁远县]建立了以[Place:下灌]、[Place:东安头]等村为主的花卉基地。"))
        recognizer.expectFinds(MarkedSentence("[Place:宁远县]发展了[Place:下灌]、[Place:东安头]等3个村的菊花产业。"))
    }

    @Test func wordsThatAreNoVillagesStayWords() {
        recognizer.expectNamesNothingButTheCounty(in: "宁远县以东西、南北等村为主。")
    }
}
