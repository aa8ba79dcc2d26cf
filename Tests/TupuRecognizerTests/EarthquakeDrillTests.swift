import Testing
import TupuRecognizer

/// Names in news of earthquake drills in schools: a bureau written without its county (地震局|工作人员), a
/// township's office by its abbreviation before its staff or its acting, a school named by the township's
/// short form, a county form that two divisions share made sure by a township only one county has; and
/// what names nothing (同学们|行动迅速, 锁南镇|宣传活动, the date “9·18”). Fresh sentences.
@Suite struct EarthquakeDrillTests {
    static let cases: [MarkedSentence] = [
        MarkedSentence("[Place:宁远县]开展演练，[Institution:县地震局|地震局]工作人员讲解避险要领。"),
        MarkedSentence("[Institution:湾井镇应急办]联合[Institution:湾井一中]开展演练。"),
        MarkedSentence("[Place:东乡县]地震部门在[Place:锁南镇]开展宣传。"),
    ]

    @Test(arguments: cases) func findsTheMarkedEntities(_ sentence: MarkedSentence) {
        recognizer.expectFinds(sentence)
    }

    @Test func aBureauWithoutStaffOrActingIsNoName() {
        #expect(recognizer.namesBesidesTheCounty(in: "宁远县各局负责同志。地震局是什么？") == [])
    }

    @Test func groupsGenericActivitiesAndDatesAreNoNames() {
        #expect(recognizer.namesBesidesTheCounty(in: "同学们行动迅速。").isEmpty)
        #expect(recognizer.namesBesidesTheCounty(in: "在湾井镇宣传活动现场。") == ["湾井镇"])
        #expect(recognizer.namesBesidesTheCounty(in: "县里开展“9·18”防空警报试鸣。").isEmpty)
    }
}
