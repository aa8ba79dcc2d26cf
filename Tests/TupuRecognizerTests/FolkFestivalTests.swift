import Testing
import TupuRecognizer

/// Names in news of lantern-festival dragon dances and parades: shows (民俗文化节目) and a dance's moves quoted before
/// 等…表演 are no programmes, and a dance or a parade is a kind of activity (舞龙活动); an elders' sports
/// association (老体协) is a body; a street listed after another site (九疑路、冷水街) is a place. Fresh sentences.
@Suite struct FolkFestivalTests {
    @Test func showsMovesAndDancesNameNothing() {
        recognizer.expectNamesNothingButTheCounty(in: "宁远县准备了民俗文化节目,“金龙摆尾”“双狮戏球”等精彩表演赢得喝彩,舞龙活动圆满结束。")
    }

    @Test func anEldersSportsAssociationIsABody() {
        recognizer.expectFinds(MarkedSentence("[Institution:湾井镇老体协]组织舞龙表演,[Place:宁远县]群众观看。"))
    }

    @Test func aStreetListedAfterAnotherIsAPlace() {
        recognizer.expectFinds(MarkedSentence("巡游队伍途径[Place:舜陵路]、[Place:九疑路]、[Place:冷水街]边行进边表演。"))
    }
}
