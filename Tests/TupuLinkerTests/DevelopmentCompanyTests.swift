import Testing
import TupuLinker
import TupuRecognizer

private let recognizer = Recognizer()
private let linker = Linker()

/// A company of development named by its trade name alone, before or after its full name
/// (舜帝鹅业, 宁远县舜帝鹅业发展有限公司), is one institution.
@Suite struct DevelopmentCompanyTests {
    @Test func aDevelopmentCompanyAndItsTradeNameAreOneBody() {
        let text = "舜帝鹅业是宁远县的养鹅企业。宁远县舜帝鹅业发展有限公司统一提供鹅苗。"
        let found = linker.link(recognizer.recognize(text), name: "t.txt").entities.filter { $0.type == .institution }
        #expect(found.count == 1 && found.first?.name == "宁远县舜帝鹅业发展有限公司", "\(found.map(\.name))")
        #expect(found.first?.aliases.contains("舜帝鹅业") == true, "\(found.first?.aliases ?? [])")
    }
}
