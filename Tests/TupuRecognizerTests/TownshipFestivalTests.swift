import Testing
import TupuRecognizer

/// Names in township work reports and county festival news: a county implied by one township
/// and its villages, troupes, old towns and companies that name a trade, festivals that own the
/// activities named after them, a zone's projects as a class, and formula-named strategies.
/// Fresh sentences.
@Suite struct TownshipFestivalTests {
    static let cases: [MarkedSentence] = [
        // One township and two of its own villages named apart imply the county: its bare 县委 is that county's.
        MarkedSentence("[Place:湾井镇]认真落实[Institution:宁远县委|县委]部署，[Place:下灌村]集体增收30万元，[Place:桥头村]增收20万元。"),
        // A unit right after its department is named with it.
        MarkedSentence("[Institution:湖南省文化和旅游厅机关党委]书记出席，[Institution:宁远县公安局交通管理大队]参加。"),
        // Troupes, old towns and a company whose name holds a trade verb (传承).
        MarkedSentence("[Institution:宁远县九嶷山艺术团]演出，[Place:宁远古城]游客多，[Institution:宁远县传承瑶族工艺有限责任公司]参展。"),
        // A festival owns the activities named after it; a strategy named by a formula keeps its first number; a river by its source.
        MarkedSentence("[Programme:宁远县舜帝文化节]大型民俗活动举行，实施[Programme:1+1+5+X发展战略]，[Place:湘江]源头风光好。"),
    ]

    @Test(arguments: cases)
    func findsTheMarkedEntities(_ sentence: MarkedSentence) {
        recognizer.expectFinds(sentence)
    }

    /// A zone's projects by sector, project funds, a characteristic in numbered words, every
    /// village's party branch, a kind of party committee, and kinds of activity are no names.
    @Test func classesAndKindsAreNoNames() {
        let text = "宁远县湾井镇乡村振兴示范区产业项目建设，整合1200万元村集体发展项目资金，形成“四多一少”的特点，各村党支部书记参加，"
            + "片区成立联建党委，举办农家风情活动。"
        let names = recognizer.namesBesidesTheCounty(in: text)
        #expect(names == ["湾井镇乡村振兴示范区"], "found \(names)")
    }
}
