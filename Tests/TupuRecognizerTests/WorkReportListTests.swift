import Testing
import TupuRecognizer

/// Names in county work reports and their task lists: clinics of townships listed by their short
/// forms, a hospital's phase as its works, schools named by their ordinal, national campaigns and
/// games, a school after a county's short form that ends in a function character. Fresh sentences.
@Suite struct WorkReportListTests {
    static let cases: [MarkedSentence] = [
        // Townships listed by their short forms before one clinic's head each have a clinic.
        MarkedSentence("[Place:宁远县][Institution:湾井卫生院|湾井]、[Institution:冷水卫生院|冷水]、[Institution:天堂卫生院]易址新建。"),
        // A hospital's phase is the works that builds it; a kindergarten named by its ordinal.
        MarkedSentence("[Project:宁远县第二人民医院二期]加快推进，[Institution:宁远县第一中学]、[Institution:第三幼儿园]投入使用。"),
        // National campaigns and games.
        MarkedSentence("[Place:宁远县]常态化开展[Programme:扫黑除恶]斗争，承办[Programme:青少年拳击冠军赛]，选手参加[Programme:巴黎残奥会]。"),
        // A county's short form ending in a function character (共和) begins the name after it.
        MarkedSentence("[Place:青海省共和县]召开大会，[Institution:共和民族中学]获奖。"),
        // Townships listed by their short forms name the county that has both, where the text names none.
        MarkedSentence("[Place:湾井]、[Place:冷水]被命名为省级卫生乡镇。"),
    ]

    @Test(arguments: cases)
    func findsTheMarkedEntities(_ sentence: MarkedSentence) {
        recognizer.expectFinds(sentence)
    }

    /// The governments of every township (各乡、镇人民政府), the schools of a county (中小学) and a
    /// works built anew (易址新建, not 新建区) are no names.
    @Test func classesAndVerbsAreNoNames() {
        let names = recognizer.namesBesidesTheCounty(in: "宁远县示范区管委会，各乡、镇人民政府：全县中小学开学，县妇幼保健院易址新建，被列为江西省试点县。")
        #expect(Set(names) == ["宁远县示范区管委会", "县妇幼保健院", "江西省"], "found \(names)")
    }
}
