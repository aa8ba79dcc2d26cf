import Testing
import TupuRecognizer

/// Names in news of highways and county roads: the kinds of road and the works referred to as a
/// class name nothing, a road's number names it, and a route's first end keeps its bracket.
/// Fresh sentences.
@Suite struct RoadWorksTests {
    /// A road named by its kind (通村公路), works pointed back at (上述交通项目) and a year's drive
    /// after a verb of opening (拉开…帷幕) with generic words only name nothing.
    @Test func kindsOfRoadsAndWorksPointedAtNameNothing() {
        let names = recognizer.namesBesidesTheCounty(in: "宁远县该路是湾井镇内部重要通村公路,上述交通项目完工。2014年,全县拉开交通三年大会战帷幕。")
        #expect(names == ["湾井镇"], "found \(names)")
    }

    @Test func aRoadsNumberNamesIt() {
        recognizer.expectFinds(MarkedSentence("[Place:湾井镇]紧挨[Place:207国道]，交通便利。"))
    }

    @Test func aRoutesFirstEndKeepsItsBracket() {
        recognizer.expectFinds(MarkedSentence("[Project:207国道（湾井）至九嶷山旅游公路]建成通车。"))
    }
}
