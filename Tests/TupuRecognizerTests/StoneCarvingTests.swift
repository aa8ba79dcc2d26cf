import Testing
import TupuRecognizer

/// Names in news of stone carving: the great ones counted (两大|石雕工业园) are a count of a kind, no
/// site, while a division whose name begins so stays one (五大连池市). Fresh sentences.
@Suite struct StoneCarvingTests {
    @Test func theGreatOnesCountedAreNoSite() {
        let mentions = recognizer.recognize("宁远县又投资2000多万元规划出两大石雕工业园。").mentions
        #expect(!mentions.contains { $0.name.hasSuffix("工业园") }, "\(mentions.map(\.name))")
    }

    @Test func aDivisionBegunSoStaysAPlace() {
        let names = recognizer.recognize("五大连池市的石雕工艺品远销海外。").mentions.map(\.name)
        #expect(names.contains("五大连池市"), "\(names)")
    }
}
