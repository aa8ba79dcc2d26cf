import Testing
import TupuLinker
import TupuRecognizer

private let recognizer = Recognizer()
private let linker = Linker()

/// A specialised cooperative written again without 专业 (宁远县舜源农业专业合作社, then 舜源农业合作社) is
/// one institution.
@Suite struct CooperativeShortNameTests {
    @Test func aCooperativeWithoutItsSpecialtyIsTheSameBody() {
        let text = "宁远县舜源农业专业合作社种植再生稻200亩。经过3年培育,舜源农业合作社亩均增收600元。"
        let found = linker.link(recognizer.recognize(text), name: "t.txt").entities.filter { $0.type == .institution }
        #expect(found.map(\.name) == ["宁远县舜源农业专业合作社"], "\(found.map(\.name))")
        #expect(found.first?.aliases.contains("舜源农业合作社") == true, "\(found.first?.aliases ?? [])")
    }
}
