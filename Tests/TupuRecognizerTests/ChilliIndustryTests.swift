import Testing
import TupuRecognizer

/// Names in news of chilli-pepper industries: a company named after its county whose first character
/// and the county's 县 read as a post (宁远县|长青…有限公司, not 县长), the policy of the supply side
/// (供给侧, whose 给 is no function word), an expo under its short name (辣博会) with 中国 and its
/// place before the edition, and a base with the verb that makes it something (…基地建设|成为), which
/// names no works. Fresh sentences.
@Suite struct ChilliIndustryTests {
    static let cases: [MarkedSentence] = [
        MarkedSentence("[Institution:宁远县长青种植有限公司]流转土地种植辣椒。"),
        MarkedSentence("[Place:宁远县]深化[Programme:农业供给侧结构性改革]。"),
        MarkedSentence("今年,[Programme:中国宁远县第三届辣博会]在县城开幕。"),
    ]

    @Test(arguments: cases) func findsTheMarkedEntities(_ sentence: MarkedSentence) {
        recognizer.expectFinds(sentence)
    }

    @Test(arguments: ["宁远县长表示要种好辣椒。", "宁远县将千亩辣椒种植示范基地建设成为全省样板。"])
    func namesNothingButTheCounty(_ text: String) {
        recognizer.expectNamesNothingButTheCounty(in: text)
    }
}
