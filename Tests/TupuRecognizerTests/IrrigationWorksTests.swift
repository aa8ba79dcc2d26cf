import Testing
import TupuRecognizer

/// Names in news of irrigation works: the national programme's two acts joined by 与 stay inside a works'
/// name (…灌区续建配套与节水改造项目); a sub-district written as its office, listed after a township of its
/// county, is that sub-district, no body (…保安镇和舜陵街道办事处). Fresh sentences.
@Suite struct IrrigationWorksTests {
    @Test func theIrrigationProgrammesActsJoinedByYu() {
        let names = recognizer.recognize("宁远县九嶷灌区续建配套与节水改造项目获中央资金支持。").mentions.map(\.name)
        #expect(names.contains { $0.hasSuffix("九嶷灌区续建配套与节水改造项目") }, "found \(names)")
        let joined = recognizer.recognize("实施宁远县与永州市公司合作项目。").mentions.map(\.name)
        #expect(!joined.contains { $0.contains("与") }, "found \(joined)")
    }

    @Test func anOfficeListedAfterATownshipIsTheSubDistrict() {
        let mentions = recognizer.recognize("宁远县项目主要分布在湾井镇、保安镇和舜陵街道办事处。").mentions
        #expect(mentions.contains { $0.type == .place && $0.division?.name == "舜陵街道" }, "found \(mentions.map(\.name))")
        #expect(!mentions.contains { $0.type == .institution }, "found \(mentions.map(\.name))")
    }
}
