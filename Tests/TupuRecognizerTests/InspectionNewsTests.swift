import Testing
import TupuRecognizer

/// Names in congress inspections of county projects and science-commissioner news: companies
/// counted among projects, schools, police squads, aid teams and family farms, water works, a
/// works financed as a PPP project. Fresh sentences.
@Suite struct InspectionNewsTests {
    static let cases: [MarkedSentence] = [
        // A company counted among projects is the company; an item without a head takes the list's.
        MarkedSentence("代表视察了[Institution:宁远舜帝食品有限公司]、[Project:下灌香芋基地项目|下灌香芋基地]等5个项目。"),
        MarkedSentence("[Institution:湾井镇中心校]、[Institution:城东交警中队]、[Institution:宁远县科技帮扶团]和[Institution:舜源家庭农场]参加。"),
        // Water-saving and dredging works build something.
        MarkedSentence("建设[Project:湾井镇高效节水工程]和[Project:舜河疏浚工程]，推进[Project:县城区安全饮水工程项目]PPP项目建设。"),
    ]

    @Test(arguments: cases)
    func findsTheMarkedEntities(_ sentence: MarkedSentence) {
        recognizer.expectFinds(sentence)
    }

    /// Congress in general (人大及其常委会, 人大作为), the centre of an overall situation (服务中心大局),
    /// a team's aid (“共富”帮扶团) and a township's farming projects (特色农业项目) name no body or programme.
    @Test func congressInGeneralAndSlogansAreNoNames() {
        let text = "宁远县召开会议，代表表示，人大及其常委会依法监督，展现人大作为，服务中心大局，组成“共富”帮扶团，湾井镇特色农业项目发展。"
        let names = recognizer.namesBesidesTheCounty(in: text)
        #expect(names == ["共富帮扶团", "湾井镇"], "found \(names)")
    }
}
