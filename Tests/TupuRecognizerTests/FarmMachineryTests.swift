import Testing
import TupuRecognizer

/// Names in news of farm machinery and of aid drives: a sub-district written as its 街道办 before one
/// of its villages is the sub-district, a highway (高速公路) heads a road's name, a road written as
/// where things are is a place, a bare 自治区 names its department (自治区卫健委), and a preposition
/// begins no list item. Fresh sentences.
@Suite struct FarmMachineryTests {
    @Test func findsTheMarkedEntities() {
        recognizer.expectFinds(MarkedSentence("在[Place:宁远县][Place:舜陵街道|舜陵街道办][Place:东瓜井村]开展推广工作。"))
        recognizer.expectFinds(MarkedSentence("[Place:湾井镇]毗邻[Place:宁道高速公路]，交通便利。"))
        recognizer.expectFinds(MarkedSentence("在[Place:宁远县冷水公路]、[Place:宁道高速公路]等沿线进行绿化。"))
        recognizer.expectFinds(MarkedSentence("修建[Project:宁道高速公路]。"))
        recognizer.expectFinds(MarkedSentence("在[Place:内蒙古]举行。[Institution:自治区卫健委]主任致辞。"))
        recognizer.expectFinds(MarkedSentence("组织合作社为[Place:湾井农业园区]和[Place:九嶷农业园区]机耕、为[Place:舜陵农业园区]机收。"))
    }

    @Test func gettingOffAHighwayNamesNoRoad() {
        let names = recognizer.namesBesidesTheCounty(in: "游客在湾井镇下高速公路后前往。")
        #expect(names == ["湾井镇"], "found \(names)")
    }

    @Test func aidersAndReceiversOfAKindNameNoBody() {
        let names = recognizer.namesBesidesTheCounty(in: "代表受赠乡镇卫生院发言。此次援助行动中捐赠救护车。")
        #expect(names == [], "found \(names)")
    }
}
