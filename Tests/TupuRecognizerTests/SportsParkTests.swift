import Testing
import TupuRecognizer

/// Names in news of sports parks and fitness centres: a park someone comes or goes to (带着孩子来公园) is no
/// name; a street after a verb of bordering or a side and 为 (东临冷江路, 南侧为永宁路) is a place; fitness of a
/// community (社区健身活动) is a kind of activity. Fresh sentences.
@Suite struct SportsParkTests {
    @Test func aParkSomeoneGoesToIsNoName() {
        recognizer.expectNamesNothingButTheCounty(in: "宁远县市民每天带着孩子来公园散步,老人去公园锻炼。")
    }

    @Test func aStreetAfterABorderOrASideIsAPlace() {
        recognizer.expectFinds(MarkedSentence("新建的体育中心东临[Place:冷江路],南侧为[Place:永宁路]。"))
    }

    @Test func aCommunitysFitnessIsAKindOfActivity() {
        recognizer.expectNamesNothingButTheCounty(in: "宁远县承接区域体育赛事、社区健身活动及运动技能培训。")
    }
}
