import Testing
import TupuLinker
import TupuRecognizer

private let recognizer = Recognizer()
private let linker = Linker()

/// A project written in a headline, or again in the text, by its name's tail (万亩油茶基地建设项目 of
/// 宁远县九嶷山(一期)万亩油茶基地建设项目) is one project, unless two projects end so.
@Suite struct ProjectTailTests {
    @Test func aHeadlinesTailIsTheFullProject() {
        let text = "万亩油茶基地建设项目开工\n近日,九嶷山(一期)万亩油茶基地建设项目在宁远县开工。"
        let found = linker.link(recognizer.recognize(text), name: "t.txt").entities.filter { $0.type == .project }
        #expect(found.map(\.name) == ["九嶷山(一期)万亩油茶基地建设项目"], "\(found.map(\.name))")
        #expect(found.first?.aliases.contains("万亩油茶基地建设项目") == true, "\(found.first?.aliases ?? [])")
    }

    @Test func aTailTwoProjectsEndWithStaysApart() {
        let text = "万亩油茶基地建设项目开工\n九嶷山万亩油茶基地建设项目和舜皇山万亩油茶基地建设项目同时开工。"
        let found = linker.link(recognizer.recognize(text), name: "t.txt").entities.filter { $0.type == .project }
        #expect(found.contains { $0.name == "万亩油茶基地建设项目" }, "\(found.map(\.name))")
    }
}
