import Testing
import TupuRecognizer

/// Names in news of nature reserves: a rank inside a protected area's official name (舜皇山国家级自然保护区,
/// …国家级森林公园) is the name's, though a rank elsewhere ends what stands before a name; a reserve's
/// guard station after its managing station (龙口管理站石门管护站) is one body; an event's head before 情况
/// (野生动物活动情况) says what goes on. Fresh sentences.
@Suite struct NatureReserveTests {
    @Test func aRankInsideAProtectedAreasNameIsTheNames() {
        let institutions = recognizer.recognize("舜皇山国家级自然保护区管理局组织巡护。").mentions.filter { $0.type == .institution }.map(\.name)
        #expect(institutions == ["舜皇山国家级自然保护区管理局"], "found \(institutions)")
        let places = recognizer.recognize("舜皇山国家级森林公园位于新宁县。").mentions.filter { $0.type == .place }.map(\.name)
        #expect(places.contains("舜皇山国家级森林公园"), "found \(places)")
    }

    @Test func aRankedKindCountedIsNoName() {
        let mentions = recognizer.recognize("全县建成国家级自然保护区2个。").mentions
        #expect(mentions.isEmpty, "found \(mentions.map(\.name))")
    }

    @Test func aGuardStationAfterItsManagingStationIsOneBody() {
        let names = recognizer.recognize("龙口管理站石门管护站的管护员巡山。").mentions.filter { $0.type == .institution }.map(\.name)
        #expect(names == ["龙口管理站石门管护站"], "found \(names)")
    }

    @Test func anEventsHeadBeforeSituationIsNoEvent() {
        let mentions = recognizer.recognize("管护员记录野生动物活动情况。").mentions
        #expect(!mentions.contains { $0.type == .programme }, "found \(mentions.map(\.name))")
    }
}
