import Testing
import TupuRecognizer

/// Names in notices and plans of naming campaigns: a notice issuing a plan (《关于印发…方案的通知》,
/// 《关于印发…方案》) names the plan it issues, and bodies of two levels written with a bracket
/// (各乡(镇)人民政府) are a class. Fresh sentences.
@Suite struct PlaceNamingCampaignTests {
    static let cases: [MarkedSentence] = [
        MarkedSentence("根据[Institution:县应急管理局]《关于印发[Programme:平安家园创建实施方案|“平安家园”创建实施方案]的通知》精神。"),
        MarkedSentence("根据[Institution:市农业农村局]《关于印发[Programme:永州市一村一品发展方案|永州市“一村一品”发展方案]》要求。"),
    ]

    @Test(arguments: cases) func findsTheMarkedEntities(_ sentence: MarkedSentence) {
        recognizer.expectFinds(sentence)
    }

    @Test func bodiesOfTwoLevelsInABracketAreAClass() {
        #expect(recognizer.namesBesidesTheCounty(in: "各乡(镇)人民政府要高度重视。").isEmpty)
    }
}
