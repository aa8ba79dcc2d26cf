import Testing
import TupuRecognizer

/// Names in news of river chiefs and river cleaning: all or each of a river's stretches (全河段) and rivers
/// named by a rank (重点河道) are kinds; a quoted drive taken as the lever of a field's work
/// (以河流“清四乱”为抓手) is a programme; a source credited in brackets after 转自 is an outlet. Fresh sentences.
@Suite struct RiverChiefTests {
    @Test func allStretchesAndRankedRiversAreKinds() {
        recognizer.expectNamesNothingButTheCounty(in: "宁远县对4条河流进行全河段巡河,加强重点区域、重点河道保洁,各河段落实河长。")
    }

    @Test func aQuotedLeverIsAProgramme() {
        recognizer.expectFinds(MarkedSentence("[Place:宁远县]以河流[Programme:清四乱|“清四乱”]为抓手,实现河湖保洁全覆盖。"))
    }

    @Test func aBracketedTransferCreditsItsSource() {
        recognizer.expectFinds(MarkedSentence("(转自[Institution:永州水利网])(李明)[Place:宁远县]推进河道保洁。"))
    }
}
