import Testing
import TupuRecognizer

/// A county's offices known by their abbreviations (县人防办, 县考核办, 县督查室, 县监委, 县市监局) and its bureaus
/// whose topic the word list tags as a verb (县执法局, 县审批局) are bodies wherever written, not only in a list; so are
/// a township's stations of the county's departments (湾井镇司法所, 湾井镇安监站), which bare or counted are kinds. Fresh sentences.
@Suite struct CountyOfficeTests {
    @Test(arguments: ["县人防办", "县侨务办", "县考核办", "县招生办", "县督查室", "县督察室", "县监委", "县市监局", "县执法局", "县审批局"])
    func anOfficeWrittenAloneIsABody(_ office: String) {
        recognizer.expectFinds(MarkedSentence("[Place:宁远县]召开会议,[Institution:\(office)]负责人参加。"))
    }

    @Test func aWordBeginningWithAHeadIsNoBureau() {
        recognizer.expectNamesNothingButTheCounty(in: "宁远县加强执法局面向好,审批局限于线上。")
    }

    @Test(arguments: ["司法所", "财政所", "民政所", "国土所", "自然资源所", "市场监管所", "水管站", "安监站", "综合行政执法队"])
    func aTownshipsStationIsABody(_ station: String) {
        recognizer.expectFinds(MarkedSentence("[Place:宁远县]召开会议,[Institution:湾井镇\(station)]参加会议。"))
    }

    @Test func bareOrCountedStationsAreKinds() {
        recognizer.expectNamesNothingButTheCounty(in: "宁远县在各乡镇设立财政所,全县18个司法所参加。")
    }
}
