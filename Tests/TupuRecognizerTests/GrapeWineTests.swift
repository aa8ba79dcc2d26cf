import Testing
import TupuRecognizer

/// Names in news of grape and wine industries: companies listed before an approximate count of their
/// class, described at length (甲、乙等30余家|国内外知名的葡萄酒|企业); and what names nothing: a winery
/// said to be of high grade (高档|酒庄). Fresh sentences.
@Suite struct GrapeWineTests {
    @Test func companiesListedBeforeAnApproximateCountAreNamed() {
        recognizer.expectFinds(MarkedSentence(
            "[Place:宁远县]引进[Institution:舜丰酒业]、[Institution:九嶷庄园]等30余家国内外知名的葡萄酒企业。"))
    }

    @Test func aWineryOfHighGradeNamesNothing() {
        recognizer.expectNamesNothingButTheCounty(in: "宁远县兴建集加工、旅游为一体的高档酒庄。")
    }
}
