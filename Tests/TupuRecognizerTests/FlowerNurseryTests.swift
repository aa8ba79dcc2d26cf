import Testing
import TupuRecognizer

/// Bodies in news of flower and nursery industries: an association set up under common words alone
/// (成立|花卉协会) is a kind being set up; one set up under its county's name is named. Fresh sentences.
@Suite struct FlowerNurseryTests {
    @Test func anAssociationSetUpUnderCommonWordsNamesNothing() {
        recognizer.expectNamesNothingButTheCounty(in: "宁远县将成立花卉协会助力花农抱团发展。")
    }

    @Test func anAssociationSetUpUnderItsCountysNameIsNamed() {
        recognizer.expectFinds(MarkedSentence("[Place:宁远县]成立[Institution:宁远县花卉协会]。"))
    }
}
