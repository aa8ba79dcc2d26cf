import Testing
import TupuRecognizer

/// Names in news of rice noodles: lines and sites described by how they run or how far along they are
/// (自动化|生产线, 成熟|景区) are kinds, no names. Fresh sentences.
@Suite struct RiceNoodleTests {
    @Test func anAutomatedLineIsNoWorks() {
        let mentions = recognizer.recognize("稻谷在宁远县一家米业公司的自动化生产线上加工成大米。").mentions
        #expect(!mentions.contains { $0.type == .project }, "\(mentions.map(\.name))")
    }

    @Test func aMatureScenicAreaIsNoPlace() {
        let mentions = recognizer.recognize("宁远县依托大型酒店、成熟景区等拓展米粉市场。").mentions
        #expect(!mentions.contains { $0.name.hasSuffix("景区") }, "\(mentions.map(\.name))")
    }
}
