import Testing
import TupuRecognizer

/// Names in news of disability rehabilitation centres: facilities listed before 等一系列工程 are kinds of
/// what the works builds, none a works of its own; the party giving aid (援建方) is no part of its name.
/// Fresh sentences.
@Suite struct RehabCentreTests {
    @Test func facilitiesListedBeforeASeriesOfWorksNameNoWorks() {
        recognizer.expectNamesNothingButTheCounty(in: "宁远县将建设儿童听力语言康复设施、孤独症儿童康复设施以及室外配套等一系列工程。")
    }

    @Test func thePartyGivingAidIsNoPartOfItsName() {
        recognizer.expectFinds(MarkedSentence("宁远县康复中心由援建方[Institution:香港特区政府]出资建设。"))
    }
}
