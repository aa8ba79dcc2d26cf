import Testing
import TupuLinker
import TupuRecognizer

private let recognizer = Recognizer()
private let linker = Linker()

/// A festival written with its prefecture and, in brackets, the county that holds it (温州(苍南)开茶节)
/// is the county's festival: one programme with the name written after the county alone.
@Suite struct BracketedHostTests {
    @Test func aFestivalWithItsHostInBracketsIsTheHostsFestival() {
        let text = "第二届永州(宁远)油茶节在湾井镇开幕。宁远县委书记表示，要把宁远油茶节办成名片。"
        let found = linker.link(recognizer.recognize(text), name: "t.txt").entities.filter { $0.type == .programme }
        #expect(found.count == 1, "\(found.map(\.name))")
    }

    @Test func aContestWithOrWithoutItsScopeIsOneProgramme() {
        let text = "2018环舜湖全国自行车公开赛在宁远县开赛。环舜湖自行车公开赛已举办五届。"
        let found = linker.link(recognizer.recognize(text), name: "t.txt").entities.filter { $0.type == .programme }
        #expect(found.count == 1, "\(found.map(\.name))")
    }
}
