import Testing
import TupuRecognizer

/// Names in news of people's tribunals: the parts of a building's works (土建工程, 各分项工程, 单项工程)
/// are kinds, not works or programmes of their own. Fresh sentences.
@Suite struct TribunalTests {
    @Test func thePartsOfABuildingsWorksAreKinds() {
        recognizer.expectNamesNothingButTheCounty(in: "宁远县目前土建工程已完工,各分项工程和单项工程正在加紧施工。")
    }
}
