import Testing
import TupuRecognizer

/// Names in news of crab farming: a great river after a division and a verb ends no longer river's name
/// (宁远县地处|长江|下游), and an idiom jieba tags as a place (半壁江山) is none. Fresh sentences.
@Suite struct CrabTests {
    @Test func aGreatRiverAfterADivisionIsTheRiverAlone() {
        let names = recognizer.recognize("宁远县地处长江下游,河网密布。").mentions.filter { $0.type == .place }.map(\.name)
        #expect(names.contains("长江") && !names.contains { $0.count > 2 && $0.hasSuffix("长江") }, "\(names)")
    }

    @Test func anIdiomTaggedAsAPlaceIsNoPlace() {
        let mentions = recognizer.recognize("水产业已占据宁远县农业的半壁江山。").mentions
        #expect(!mentions.contains { $0.name.contains("江山") }, "\(mentions.map(\.name))")
    }
}
