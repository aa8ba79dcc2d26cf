import Testing
import TupuLinker
import TupuRecognizer

private let recognizer = Recognizer()
private let linker = Linker()

/// A department of commerce merged with investment promotion (宁远县商务和投资促进局) is still written
/// 商务局: both forms are one institution.
@Suite struct MergedDepartmentTests {
    @Test func theMergedDepartmentAndItsFormerNameAreOneBody() {
        let text = "消费券由宁远县商务和投资促进局印发。商家向宁远县商务局上报核销情况。"
        let found = linker.link(recognizer.recognize(text), name: "t.txt").entities.filter { $0.type == .institution }
        #expect(found.count == 1, "\(found.map(\.name))")
    }
}
