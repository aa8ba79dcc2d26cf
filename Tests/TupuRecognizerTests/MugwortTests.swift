import Testing
import TupuRecognizer

/// Names in news of mugwort: what a whole is said to be after the list it unites (集种植、加工为一体的
/// 艾草产业园区) is a kind, unless a place names it (…于一体的宁远县艾草产业园). Fresh sentences.
@Suite struct MugwortTests {
    @Test func theKindAUnitedWholeIsSaidToBeNamesNothing() {
        recognizer.expectNamesNothingButTheCounty(in: "宁远县建成集艾草种植、仓储、加工为一体的艾草产业园区。")
    }

    @Test func aPlaceKeepsTheWholesName() {
        recognizer.expectFinds(MarkedSentence("集种植、加工于一体的[Project:宁远县艾草产业园]开园。"))
    }
}
