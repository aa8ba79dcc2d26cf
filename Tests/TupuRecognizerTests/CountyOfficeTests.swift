import Testing
import TupuRecognizer

/// A county's offices known by their abbreviations (县人防办, 县考核办, 县督查室, 县监委, 县市监局) and its bureaus
/// whose topic the word list tags as a verb (县执法局, 县审批局) are bodies wherever written, not only in a list. Fresh sentences.
@Suite struct CountyOfficeTests {
    @Test(arguments: ["县人防办", "县侨务办", "县考核办", "县招生办", "县督查室", "县督察室", "县监委", "县市监局", "县执法局", "县审批局"])
    func anOfficeWrittenAloneIsABody(_ office: String) {
        recognizer.expectFinds(MarkedSentence("[Place:宁远县]召开会议,[Institution:\(office)]负责人参加。"))
    }

    @Test func aWordBeginningWithAHeadIsNoBureau() {
        recognizer.expectNamesNothingButTheCounty(in: "宁远县加强执法局面向好,审批局限于线上。")
    }
}
