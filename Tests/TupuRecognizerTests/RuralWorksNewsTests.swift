import Testing
import TupuRecognizer

/// Names in news of urban renewal, farmland, solar power, rural tourism and village sanitation:
/// counties confirmed by their townships, ethnic townships and villages by their plain names,
/// new villages, lists typed by their class. Fresh sentences, one rule each.
@Suite struct RuralWorksNewsTests {
    static let cases: [MarkedSentence] = [
        // A two-character county is the article's when two of its townships are named in full.
        MarkedSentence("[Place:范县]推进村道硬化，[Place:濮城镇]、[Place:白衣阁乡]率先完成。"),
        // An ethnic township by its plain name; a village without 村 in a list of township and village pairs.
        MarkedSentence("[Place:宁远县][Place:九疑山乡]、[Place:湾井镇][Place:东江]、[Place:禾亭镇][Place:大邦]等村完成改厕。"),
        // A new village is named apart from its township.
        MarkedSentence("[Place:宁远县][Place:仁和镇][Place:舜安新村]建成投用。"),
        // Names listed before a count of their class take the class's type, however little they say, and
        // its head where it has one (…等6个老旧小区).
        MarkedSentence("改造范围涵盖[Place:舜德小区|舜德]、[Place:泠江小区|泠江]、[Place:福兴小区|福兴]等6个老旧小区，[Institution:湘能新能源]、[Institution:舜源电力]2家企业参建。"),
        MarkedSentence("[Place:向阳小区]、[Place:和平小区]、[Place:百货公司小区]3个小区正式开工。"),
        // Villages listed after a village are villages, in the gazetteer or not; an item of a counted
        // list that begins with its township is the village after it.
        MarkedSentence("[Place:宁远县][Place:湾井镇][Place:下灌村]、[Place:舜峰村]和[Place:玉琯岩村]完成改厕。"),
        MarkedSentence("[Place:宁远县][Place:湾井镇][Place:舜溪村]、[Place:禾亭镇][Place:泠峰村]等2个村入选。"),
        // 及 after 工程 or 项目 joins two works; after a built thing it joins its parts.
        MarkedSentence("将[Project:县工业园二期工程]及[Project:舜陵社区屋顶光伏工程]作为先行项目，[Project:九嶷山隧道及引线工程]通车。"),
        // A works in phases builds something; a works' plan is the works'.
        MarkedSentence("推进[Project:宁远经开区一期工程]，[Project:舜能宁远风电项目]规划场区位于[Place:湾井镇]。"),
        // A department's own office is named after it; an office by abbreviation stands in a list of bodies.
        MarkedSentence("[Institution:永州市财政局农业开发办公室]介绍，[Institution:县委宣传部]、[Institution:县美丽办]等部门参加。"),
        // A quoted name that is advanced (“…”推进) is a drive.
        MarkedSentence("[Place:宁远县]为[Programme:五清一改|“五清一改”]推进定下时间表。"),
        // Words of energy and farmland only class a works; a company or a capacity names it.
        MarkedSentence("[Place:宁远县]推进光伏发电项目、风力发电项目，[Project:舜能100兆瓦光伏发电项目]并网。"),
    ]

    /// An ethnic township and a village written without 村 are linked to their divisions' full names.
    @Test func plainNamesAreTheDivisionsOfTheGazetteer() {
        let mentions = recognizer.recognize("宁远县九疑山乡、湾井镇东江、禾亭镇大邦等村完成改厕。").mentions
        #expect(Set(mentions.compactMap { $0.division?.name }) == ["宁远县", "九疑山瑶族乡", "湾井镇", "东江村", "禾亭镇", "大邦村"])
    }

    @Test(arguments: cases)
    func findsTheMarkedEntities(_ sentence: MarkedSentence) {
        recognizer.expectFinds(sentence)
    }

    /// A list counted by another number than its items (without 等), or by a vague count, or of
    /// common words, is no list of names; classes of energy and farmland works are no names.
    @Test func miscountedListsAndClassesAreNoNames() {
        for text in ["宁远县舜德、泠江、福兴2个小区开工。", "宁远县舜德、泠江、福兴等几十个村子。", "宁远县种植、养殖等3家企业。",
                     "宁远县实施光伏发电项目、风力发电项目和高标准农田项目。"] {
            let names = recognizer.namesBesidesTheCounty(in: text)
            #expect(names.isEmpty, "\(text): found \(names)")
        }
    }

    /// Who chairs an activity is no part of its name; a principle (统一规划), a rating of villages
    /// (3A级景区村庄), 办 as a verb (县里办, 举办) and a part of a class (部分小区) name nothing.
    @Test func chairsPrinciplesAndRatingsAreNoNames() {
        for text in ["宁远县副县长欧阳明主持活动。", "宁远县按照“统一规划，分步实施”的原则推进。", "宁远县3个村入选省3A级景区村庄。",
                     "宁远县县里举办活动，县里办企业。", "宁远县部分小区改造项目节后施工。"] {
            let names = recognizer.namesBesidesTheCounty(in: text)
            #expect(names.isEmpty, "\(text): found \(names)")
        }
    }

    /// A two-character county before a post is a surname and the post (范|县长); a village name
    /// before a shared head (…片区) is the area's.
    @Test func surnamesBeforePostsAndAreasAreNoPlaces() {
        #expect(recognizer.recognize("范县长推进村道硬化。").mentions.isEmpty)
        let names = recognizer.namesBesidesTheCounty(in: "宁远县湾井镇东江、下灌片区建成高标准农田。")
        #expect(!names.contains("东江村"), "found \(names)")
    }
}
