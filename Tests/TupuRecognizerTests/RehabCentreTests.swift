import Testing
import TupuRecognizer

/// Names in news of disability rehabilitation centres: facilities listed before 等一系列工程 are kinds of
/// what the works builds, none a works of its own. Fresh sentences.
@Suite struct RehabCentreTests {
    @Test func facilitiesListedBeforeASeriesOfWorksNameNoWorks() {
        recognizer.expectNamesNothingButTheCounty(in: "宁远县将建设儿童听力语言康复设施、孤独症儿童康复设施以及室外配套等一系列工程。")
    }
}
