import Testing
import TupuRecognizer

/// Names in news of tofu making: a township's built-up streets (湾井镇|街区) are its centre, no site, while a
/// named block of streets stays one (湾井镇舜帝街区). Fresh sentences.
@Suite struct TofuTests {
    @Test func aTownshipsStreetsAreNoSite() {
        let names = recognizer.recognize("宁远县湾井镇街区一家饭店每天都要买豆腐。").mentions.map(\.name)
        #expect(!names.contains { $0.hasSuffix("街区") } && names.contains("湾井镇"), "\(names)")
    }

    @Test func aNamedBlockStaysASite() {
        let names = recognizer.recognize("宁远县湾井镇舜帝街区开街迎客。").mentions.map(\.name)
        #expect(names.contains { $0.hasSuffix("舜帝街区") }, "\(names)")
    }
}
