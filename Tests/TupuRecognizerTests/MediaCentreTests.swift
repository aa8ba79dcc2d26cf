import Testing
import TupuRecognizer

/// Names in news of county media centres: the bodies of two levels at once written with both level
/// characters (县区委宣传部, 县区政府) are a class, one in each county and district, while a district's
/// own committee written after its name (宝塔区区委宣传部) is one body. Fresh sentences.
@Suite struct MediaCentreTests {
    @Test func bodiesOfTwoLevelsAtOnceAreAClass() {
        recognizer.expectNamesNothingButTheCounty(in: "宁远县等县区委宣传部负责人作交流发言。")
        recognizer.expectNamesNothingButTheCounty(in: "宁远县召开会议,全市县区政府分管负责人参加。")
    }

    @Test func aDistrictsOwnCommitteeAfterItsNameIsOneBody() {
        recognizer.expectFinds(MarkedSentence("[Place:冷水滩区][Institution:区委宣传部]负责人介绍了经验。"))
    }
}
