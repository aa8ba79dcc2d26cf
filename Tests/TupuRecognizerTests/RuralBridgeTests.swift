import Testing
import TupuRecognizer

/// Names in news of unsafe rural bridges rebuilt: a township many counties have, none named (石桥镇), heads the
/// community after it; a village's 村 before a word read first (百水源村|社会管理员) or shared with its people
/// (百水源村民) leaves the village named; a road made passable (畅通农村公路运输网) is no works; a bridge or a street that
/// opens a clause before a verb of lying (枫木坎桥位于…, 冷江路地处…) is a place. Fresh sentences.
@Suite struct RuralBridgeTests {
    @Test func aSharedTownshipHeadsItsCommunity() {
        recognizer.expectFinds(MarkedSentence("位于[Place:石桥镇][Place:柳溪社区]的危桥拆除重建。"))
    }

    @Test func aVillageBeforeAWordOrItsPeopleIsNamed() {
        let text = "宁远县湾井镇百水源村修建便民桥。百水源村社会管理员说,百水源村民喜笑颜开。"
        let villages = recognizer.recognize(text).mentions.filter { $0.type == .place && $0.name.hasPrefix("百水源") }.map(\.name)
        #expect(villages == ["百水源村", "百水源村", "百水源"], "\(villages)")
    }

    @Test func aRoadMadePassableIsNoWorks() {
        recognizer.expectNamesNothingButTheCounty(in: "宁远县进一步畅通农村公路运输网。")
    }

    @Test func aBridgeOrStreetBeforeAVerbOfLyingIsAPlace() {
        recognizer.expectFinds(MarkedSentence("[Place:枫木坎桥]位于[Place:宁远县][Place:湾井镇][Place:下灌村],是村民过河的唯一通道。"))
        recognizer.expectFinds(MarkedSentence("[Place:冷江路]地处[Place:宁远县]城区北部。"))
    }
}
