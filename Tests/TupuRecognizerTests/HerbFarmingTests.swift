import Testing
import TupuRecognizer

/// Names in news of medicinal herb farming: numbered slogans listed in one quotation are one
/// programme, and a code on a credit line (来源: sp20241119) is no outlet. Fresh sentences.
@Suite struct HerbFarmingTests {
    @Test func numberedSlogansInOneQuotationAreOneProgramme() {
        recognizer.expectFinds(MarkedSentence("宁远县推进[Programme:一镇一园、一村一品|“一镇一园、一村一品”]建设。"))
    }

    @Test func aCodeOnACreditLineIsNoOutlet() {
        let names = recognizer.namesBesidesTheCounty(in: "来源: yn20240516\n宁远县湾井镇种植中药材。")
        #expect(names == ["湾井镇"], "found \(names)")
    }
}
