import Testing
import TupuRecognizer

/// Names in news of rural homestays and their roads: expressways written by the abbreviations of the places
/// they join (沪昆高速) are places where the road passes; homestays as a trade (宁远|民宿, 旅游|民宿, 民宿|招商引资项目)
/// name nothing; a committee written with its term before a session's count (县十届委员会第三次会议) is the
/// meeting's; generic words after 为 (以…为|核心|改扩建) name no works; a quoted drive before 示范样板 is a
/// programme. Fresh sentences.
@Suite struct HomestayTests {
    @Test func expresswaysByTheirEndsArePlaces() {
        recognizer.expectFinds(MarkedSentence("[Place:宁远县]依托[Place:厦蓉高速]、[Place:永新高速]过境机遇,发展乡村旅游。"))
        recognizer.expectFinds(MarkedSentence("民宿集群位于[Place:二广高速]沿线,交通便利。"))
        recognizer.expectFinds(MarkedSentence("[Place:宁远县]依托[Place:厦蓉高速公路]、[Place:包茂高速公路]过境机遇。"))
    }

    @Test func theAdverbHighSpeedNamesNoRoad() {
        recognizer.expectNamesNothingButTheCounty(in: "宁远县经济保持高速增长,民宿产业高速发展。")
        recognizer.expectNamesNothingButTheCounty(in: "宁远县实现全程高速,游客从高速出口下车。")
    }

    @Test func homestaysAsATradeNameNothing() {
        let names = recognizer.namesBesidesTheCounty(in: "宁远县加快发展,打响宁远民宿特色品牌,提升旅游民宿服务品质。")
        #expect(!names.contains { $0.hasSuffix("民宿") }, "\(names)")
        recognizer.expectNamesNothingButTheCounty(in: "宁远县签订民宿招商引资项目10个。")
        recognizer.expectFinds(MarkedSentence("以原“[Institution:舜皇山居民宿|舜皇山居]”民宿为核心,发展[Place:宁远县]乡村旅游。"))
    }

    @Test func aTermedCommitteeBeforeASessionIsTheMeeting() {
        recognizer.expectNamesNothingButTheCounty(in: "宁远县召开会议。县十届委员会第三次会议期间,委员们提交提案。")
    }

    @Test func genericWordsAfterWeiNameNoWorks() {
        recognizer.expectNamesNothingButTheCounty(in: "宁远县以古村为核心改扩建周边农户闲置房屋22间。")
        recognizer.expectNamesNothingButTheCounty(in: "宁远县以村部为主体改造周边房屋。")
    }

    @Test func aQuotedDriveBeforeItsModelIsAProgramme() {
        recognizer.expectFinds(MarkedSentence("[Place:宁远县]打造宁远“[Programme:千村和美万村共富|千村和美 万村共富]”示范样板。"))
    }
}
