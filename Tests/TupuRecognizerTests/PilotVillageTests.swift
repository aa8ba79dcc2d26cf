import Testing
import TupuRecognizer

/// Names in lists of pilot villages: after its county, a sub-district written as its office and one of its
/// villages (应城市东马坊办事处大郑村) are the sub-district and the village, no body, though the county is
/// not the one the document is about. Fresh sentences.
@Suite struct PilotVillageTests {
    @Test func anOfficeAfterItsCountyBeforeItsVillageIsTheSubDistrict() {
        let text = "孝南区杨店镇三块碑村、应城市东马坊办事处夏庙村、孝昌县卫店镇段港村入选试点村。"
        let mentions = recognizer.recognize(text).mentions
        #expect(mentions.contains { $0.type == .place && $0.division?.name == "东马坊街道" }, "found \(mentions.map(\.name))")
        #expect(mentions.contains { $0.type == .place && $0.division?.name == "夏庙村" }, "found \(mentions.map(\.name))")
        #expect(!mentions.contains { $0.type == .institution }, "found \(mentions.map(\.name))")
    }

    @Test func anOfficeBeforeNoVillageOfItsOwnStaysABody() {
        let mentions = recognizer.recognize("应城市东马坊办事处组织干部学习。").mentions
        #expect(mentions.contains { $0.type == .institution && $0.name.hasSuffix("东马坊办事处") }, "found \(mentions.map(\.name))")
    }
}
