import Testing
import TupuRecognizer

/// Names in work reports' lists of livelihood works: roads after a verb of building, schools'
/// campuses and sections, the ends of a section in a bracket, new heads, and years and verbs that
/// stand before a body without naming it. Fresh sentences.
@Suite struct LivelihoodWorksTests {
    static let cases: [MarkedSentence] = [
        // A road after a verb of building is a place, a ring road too, and so is one after the zone it lies in.
        MarkedSentence("开工新建[Place:东环路],改造提升[Place:舜德路]、[Place:九疑路]。"),
        MarkedSentence("新建开发区[Place:泠江路],完成[Project:冷水河综合治理工程]。"),
        // A school's campus or section is named with the school, a numbered one too.
        MarkedSentence("确保[Institution:二中新校区]、[Institution:四中高中部]和[Institution:宁远县实验小学舜陵校区]秋季投入使用。"),
        // The two ends of a section in a bracket are places.
        MarkedSentence("实施[Project:泠江河清淤工程]([Place:舂陵河]—[Place:北二环]段)。"),
        // New heads: mental hospitals, command centres, commercial complexes, pedestrian streets.
        MarkedSentence("改扩建[Institution:宁远县精神病院],独立运营[Institution:宁远县急救指挥中心];[Project:舜帝商业综合体]开工建设,改造[Place:文庙步行街]。"),
        // A verb of pumping works stays inside a works' name.
        MarkedSentence("实施[Project:冷水河排涝站除险加固改造工程]。"),
    ]

    @Test(arguments: cases)
    func findsTheMarkedEntities(_ sentence: MarkedSentence) {
        recognizer.expectFinds(sentence)
    }

    /// Kinds of road counted after a verb of building, and a bridge's head inside 桥梁, name no place.
    @Test func kindsOfRoadAreNoPlaces() {
        let names = recognizer.namesBesidesTheCounty(in: "宁远县新建通村路12公里,新建产业路3条,建成便民桥梁12座。")
        #expect(names.isEmpty, "found \(names)")
    }

    /// A year between a county and 政府 names the government's report of that year, no body.
    @Test func aYearBeforeTheGovernmentNamesNoBody() {
        let names = recognizer.namesBesidesTheCounty(in: "宁远县2024年政府民生实事项目40项公布。")
        #expect(!names.contains { $0.contains("政府") }, "found \(names)")
    }
}
