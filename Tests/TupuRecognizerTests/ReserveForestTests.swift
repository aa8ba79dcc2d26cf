import Testing
import TupuRecognizer

/// Names in news of reserve forests and their loans: 获批 ends the name before it, the state forestry
/// administration by its former name (国家林业局), the national programme 国家储备林建设, a county the data
/// still lists as 县 written under its new level after its province (安徽省无为市), and what is no
/// programme: measures listed by what they do (减免租金、延长贷款期限等优惠政策). Fresh sentences.
@Suite struct ReserveForestTests {
    static let cases: [MarkedSentence] = [
        MarkedSentence("[Place:湖南宁远县]获批[Project:国家森林康养基地建设项目]。"),
        MarkedSentence("[Institution:国家林业局]下达了造林计划。"),
        MarkedSentence("全县大力推进[Programme:国家储备林建设]。"),
        MarkedSentence("[Place:安徽省无为市]开展植树活动。"),
    ]

    @Test(arguments: cases) func findsTheMarkedEntities(_ sentence: MarkedSentence) {
        recognizer.expectFinds(sentence)
    }

    @Test func measuresListedByWhatTheyDoAreNoProgrammes() {
        #expect(recognizer.namesBesidesTheCounty(in: "对企业给予适当减免租金、延长贷款期限等优惠政策。").isEmpty)
    }

    /// 会同 before 市委 is "together with", no county raised to a city.
    @Test func aCommonWordBeforeACommitteeIsNoRenamedCounty() {
        #expect(!recognizer.namesBesidesTheCounty(in: "湖南省会同市委农工委开展调研。").contains { $0.contains("会同") })
    }
}
