import Testing
import TupuRecognizer

/// Names in leaders' project tours, university–county agreements and civilisation-practice news:
/// a county of two characters standing alone, departments listed after their division's first one,
/// civilisation-practice bodies and volunteer teams, media accounts, national pilot zones, and the words that stand
/// before names (set phrases ending in verbs, vague years, time locatives, 如, 落户). Fresh sentences.
@Suite struct ProjectTourTests {
    static let cases: [MarkedSentence] = [
        // A county of one character and 县 counts where it stands as a word of its own.
        MarkedSentence("近年来，[Place:道县]推进脐橙产业，[Institution:道县农业农村局]组织技术培训，将[Place:道县]建成示范县。"),
        // Departments listed by their topic alone after one named with its division (or a bare level character) are that division's.
        MarkedSentence("[Institution:宁远县发改局]、[Institution:宁远县财政局|财政局]、[Institution:宁远县自然资源局|自然资源局]和"
            + "[Institution:县教育局]、[Institution:县卫健局|卫健局]负责人参加。"),
        // A set phrase ending in a verb (充分发挥), years counted vaguely (这些年) and 如 before examples stand before names.
        MarkedSentence("要充分发挥[Institution:湘南学院]的人才优势，这些年[Institution:湘南学院]发展很快。"),
        MarkedSentence("宁远县实施一批民生项目，如[Project:湾井镇污水处理厂提标改造]，一批企业落户[Place:宁远县产业聚集区]。"),
        // Civilisation-practice centres, volunteer teams and halls.
        MarkedSentence("[Institution:宁远县新时代文明实践中心]组建[Institution:县文明实践志愿服务总队]，"
            + "[Institution:下灌村红马甲志愿服务队]在[Place:下灌村文化大礼堂]演出。"),
        // A national pilot zone is named from 国家, across the words of its topic; industry verbs stand inside works' names.
        MarkedSentence("宁远县开展[Programme:国家生态文明先行示范区创建]工作，把[Programme:国家农业绿色发展先行区]建设作为抓手，"
            + "推进[Project:下灌村优质种猪繁育基地建设项目]。"),
        // A pilot zone is no site, whatever verb stands before it.
        MarkedSentence("全力助推[Programme:国家生态文明先行示范区]建设。"),
        // A province's civilisation site, and quoted accounts before their kind.
        MarkedSentence("来源：[Institution:湖南文明网]。借助“[Institution:文明宁远]”“[Institution:宁远发布]”等微信公众号宣传。"),
    ]

    @Test(arguments: cases)
    func findsTheMarkedEntities(_ sentence: MarkedSentence) {
        recognizer.expectFinds(sentence)
    }

    /// Works after a time locative or a verb of handling them (抓项目), works of a category, and
    /// counted teams and stations are no names.
    @Test func slogansCategoriesAndCountedBodiesAreNoNames() {
        let text = "宁远县今年以来重点项目建设成效明显，铆足干劲抓项目，既有民生类项目，也有产业类项目。"
            + "全县组建34支志愿服务队、“5+N”志愿服务队120支，依托86个新时代文明实践站开展活动。"
        let names = recognizer.namesBesidesTheCounty(in: text)
        #expect(names.isEmpty, "found \(names)")
    }

    /// A department listed after anything but a department is no name: 湾井镇、|财政局.
    @Test func aDepartmentListedAfterAPlaceIsNoName() {
        let names = recognizer.namesBesidesTheCounty(in: "调研组深入湾井镇、财政局、学校了解情况。")
        #expect(names == ["湾井镇"], "found \(names)")
    }

    /// Two characters ending in 县 inside other words are no county (简单|县城, 新|县城, 领导和|县人大):
    /// only the bare bodies are names.
    @Test func twoCharacterCountiesInsideOtherWordsAreNoNames() {
        let names = recognizer.namesBesidesTheCounty(in: "不搞简单县城扩张，规划建设新县城，在县委领导和县人大监督下推进。")
        #expect(names == ["县委", "县人大"], "found \(names)")
    }
}
