import Testing
import TupuRecognizer

/// Names in notices of school changes: policy opinions cited by title, the second of two outlets
/// credited together, a sub-district's office, and kinds of school that name none. Fresh sentences.
@Suite struct SchoolChangeTests {
    static let cases: [MarkedSentence] = [
        // An opinion cited by its title is a policy, whatever its kind of 意见.
        MarkedSentence("根据《[Programme:湖南省人民政府关于加强乡村教师队伍建设的意见]》要求,宁远县调整学校布局。"),
        // Two outlets credited together, joined by a middle dot.
        MarkedSentence("来源:[Institution:永州日报]·[Institution:永州网]"),
        // A government's web portal in a page's footer.
        MarkedSentence("CopyRight©2013 [Institution:湖南省宁远县人民政府门户网]"),
        // A sub-district's office, written 街道办.
        MarkedSentence("各乡镇、[Institution:舜陵街道办],县直各单位:"),
        // 办 that begins 办事处 is no abbreviation.
        MarkedSentence("宁远县([Institution:舜陵街道办事处])"),
    ]

    @Test(arguments: cases)
    func findsTheMarkedEntities(_ sentence: MarkedSentence) {
        recognizer.expectFinds(sentence)
    }

    /// A kind of school read whole though it begins with a numeral (九年|一贯制学校), or named by its stage
    /// (义务教育阶段学校), names none.
    @Test func aKindOfSchoolNamesNone() {
        let names = recognizer.namesBesidesTheCounty(in: "宁远县九嶷学校变更为九年一贯制学校。全县义务教育阶段学校新增学位。")
        #expect(names == ["宁远县九嶷学校"], "found \(names)")
    }
}
