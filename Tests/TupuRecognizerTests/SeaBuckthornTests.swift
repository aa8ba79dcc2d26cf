import Testing
import TupuRecognizer

/// Names in news of sea-buckthorn growing: an outlet of up to eight characters ending in an outlet's head
/// opens an item with 报道 (but common words do not); an activity one engages in (从事…活动) is a trade;
/// the first of the villages listed before 等村 may follow the area they make up (…种植区|下灌、东江…).
/// Fresh sentences.
@Suite struct SeaBuckthornTests {
    @Test func aLongOutletOpensAnItemWithReport() {
        let mentions = recognizer.recognize("湘南决策参考网报道 近日,宁远县沙棘迎来丰收季。").mentions
        #expect(mentions.contains { $0.name == "湘南决策参考网" && $0.type == .institution }, "\(mentions.map(\.name))")
    }

    @Test func longCommonWordsBeforeReportAreNoOutlet() {
        let mentions = recognizer.recognize("补助资金新一届报道 近日,宁远县沙棘迎来丰收季。").mentions
        #expect(!mentions.contains { $0.start == 0 }, "\(mentions.map(\.name))")
    }

    @Test func anActivityEngagedInIsNoProgramme() {
        let mentions = recognizer.recognize("宁远县有3万人从事沙棘经济活动。").mentions
        #expect(!mentions.contains { $0.type == .programme }, "\(mentions.map(\.name))")
    }

    @Test func theFirstListedVillageMayFollowTheirArea() {
        let mentions = recognizer.recognize("宁远县湾井镇发展沙棘产业,沙棘种植区下灌、东江、田心等村农民年均增收6000元。").mentions
        let places = Set(mentions.filter { $0.type == .place }.map(\.name))
        #expect(places.isSuperset(of: ["下灌", "东江", "田心"]), "\(places)")
    }
}
