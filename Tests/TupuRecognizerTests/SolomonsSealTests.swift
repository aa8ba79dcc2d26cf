import Testing
import TupuRecognizer

/// Names in news of Solomon's seal (黄精): a company's tie to what owns it (基地所属企业) is said before
/// its name; a page's header line credits its outlet after the item's date and time (©原创
/// 2025-11-03 10:50 云上宁远); and 规划 before a verb is the verb, no plan (基地规划种植…). Fresh sentences.
@Suite struct SolomonsSealTests {
    @Test func aCompanysTieToItsOwnerIsNoPartOfItsName() {
        recognizer.expectFinds(MarkedSentence("该基地所属企业[Institution:永州市舜源中药材开发有限公司]负责收购。"))
    }

    @Test func aHeaderLineCreditsItsOutletAfterTheDateAndTime() {
        recognizer.expectFinds(MarkedSentence("[Place:宁远县]黄精喜获丰收\n\n©原创   2025-11-03 10:50   [Institution:云上九嶷]\n\n连日来,村民忙于采挖。"))
        recognizer.expectFinds(MarkedSentence("黄精基地建成\n2021-12-02 17:24  [Institution:舜源文明网]\n正文。"))
    }

    @Test func aDateAloneOrAPersonAfterItIsNoOutlet() {
        recognizer.expectNamesNothingButTheCounty(in: "宁远县黄精基地\n2022-01-07\n2020-05-06 王明\n正文。")
    }

    @Test func aPlanHeadBeforeAVerbIsTheVerb() {
        recognizer.expectNamesNothingButTheCounty(in: "宁远县黄精种植基地规划种植黄精3000亩。")
    }
}
