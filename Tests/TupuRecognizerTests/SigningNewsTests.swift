import Testing
import TupuRecognizer

/// Names in news of investment signings and aid between regions: media apps and papers, zones
/// and buildings where signings are held, lists of signed projects, and bodies whose topic is
/// written with 和. Fresh sentences, one rule each.
@Suite struct SigningNewsTests {
    static let cases: [MarkedSentence] = [
        // A news app (…客户端) and papers of other kinds than dailies (…新报, …时报) are media.
        MarkedSentence("[Institution:永州日报]、[Institution:新永州客户端]和[Institution:湘南新报]记者报道。"),
        // A county's industrial cluster zone, a processing park and an office tower are places.
        MarkedSentence("[Place:县产业集聚区]、[Place:宁远县农副产品加工园区]负责人在[Place:舜德大厦]签约。"),
        // A science park in a list of signed projects is one of them.
        MarkedSentence("签约项目有[Project:九嶷科技园]、[Project:湾井生态产业园]等。"),
        // 和 right after an enumeration comma begins an item (…、和顺食品加工项目), and 和 inside an
        // item that is not the list's last belongs to it.
        MarkedSentence("项目包括[Project:舜源鞋业生产项目]、[Project:和顺食品加工项目]、[Project:新型包装和农膜生产项目]、[Project:九嶷山泉水项目]。"),
        // A body whose topic holds 和 begins at its bare level character.
        MarkedSentence("[Institution:县商务和营商环境服务中心]、[Institution:县科技和工业信息化局]负责人参加。"),
        // A branch bureau, and a ministry's topic whose first word jieba reads as an adverb (自然|资源局).
        MarkedSentence("[Institution:县生态环境分局]、[Institution:县自然资源局]等职能单位参加。"),
        // Straight quotation marks quote a name as curly ones do.
        MarkedSentence("全县落实招商引资\"[Programme:领导包联工程]\"，扎实推进。"),
        // A capacity begins a project's name; a stop character ending a common noun (大功率) stands in one.
        MarkedSentence("洽谈达成了[Project:10万吨饲料加工项目]，总投资2亿元的[Project:大功率电机生产项目]签约落地。"),
        // 现代 modifies (现代农业…) where jieba tags it a time word; a town before it is no subject.
        MarkedSentence("调研组来到[Project:湾井镇现代农业产业园建设项目]。"),
        // A park's ranked projects (…产业园重点项目) are a class: the park is the name.
        MarkedSentence("[Project:永州-宁远共建产业园]重点项目签约仪式举行，[Project:宁远县产业园项目]开工。"),
        // A company's long legal form completes its name (…投资有限责任公司, …股份有限公司).
        MarkedSentence("由[Institution:宁远县舜源投资有限责任公司]和[Institution:湖南舜源股份有限公司]建设。"),
        // A site ending in 网 is a medium where the report credits its source: before a dateline,
        // between 由 and 发布, after 来源:; two media credited with a dash are two.
        MarkedSentence("[Institution:湘南网]永州12月21日电 本文由[Institution:永州房产网]发布。来源:[Institution:中国永州网]-[Institution:永州日报]"),
        MarkedSentence("[Institution:永州日报]·[Institution:新永州客户端]记者报道。"),
        // Outlets named …新闻 or …在线 where a report credits them: before 记者, after 来源: (with a
        // space), after 发布:; a site before 讯.
        MarkedSentence("[Institution:潇湘新闻]记者报道。来源: [Institution:湖南在线] 发布:[Institution:九嶷网] [Institution:舜源网]讯 7月17日"),
        // An item of a list sharing a head begins after a function character (投资2亿元的|…).
        MarkedSentence("项目包括投资3亿元的[Project:舜源科技产业项目]、投资2亿元的[Project:九嶷食品加工项目|九嶷食品加工]等民生实事项目。"),
        // Places joined by a dash begin a shared works' name; offices known by abbreviation; national fairs.
        MarkedSentence("[Place:宁远县]与[Place:蓝山县]共建的[Project:宁远—蓝山飞地产业园]开工，[Institution:市经合办]和[Institution:县招商办]负责人参加，项目在[Programme:广交会]签约。"),
        // An item ending in 乡 or 镇 listed beside a township is a township, in the gazetteer or not.
        MarkedSentence("[Place:宁远县][Place:湾井镇]、[Place:舜源乡]、[Place:仁和镇]负责人参加。"),
    ]

    /// What a list of townships holds besides townships (各乡镇, 县城镇) is no township.
    @Test func onlyTownshipLikeItemsBesideATownshipAreTownships() {
        let names = recognizer.namesBesidesTheCounty(in: "宁远县湾井镇、各乡镇、县城镇负责人参加。")
        #expect(names == ["湾井镇"], "found \(names)")
    }

    /// 新闻 and 在线 name nothing where no report credits them.
    @Test func newsAndOnlineAreWordsWhereNothingIsCredited() {
        let names = recognizer.namesBesidesTheCounty(in: "宁远县召开新闻发布会，加强新闻宣传，群众在线办理业务，新闻记者前来采访。")
        #expect(names.isEmpty, "found \(names)")
    }

    /// A drive's year named by a place alone is the place building something yearly (建设|年出栏).
    @Test func aYearNamedByAPlaceAloneIsNoDrive() {
        let names = recognizer.namesBesidesTheCounty(in: "宁远县召开会议。拟在宁远建设年出栏10万头生猪的养殖基地，铺设管网，建设电网。")
        #expect(!names.contains { $0.hasSuffix("年") || $0.hasSuffix("网") }, "found \(names)")
    }

    /// A legal form, a featured town or a modern park with nothing before them but generic words
    /// names nothing; 和 between a village's two rooms joins them; a department's party group written
    /// with its topic's 和 is named whole (only 省文化和旅游厅党组 is named).
    @Test func genericCompaniesAndTownsAreNoNames() {
        let names = recognizer.namesBesidesTheCounty(in: "宁远县共同成立投资有限责任公司，打造省级特色小镇，获评省级现代农业产业园，推进村文化室和卫生室建设，省文化和旅游厅党组成员出席。")
        #expect(names == ["省文化和旅游厅党组"], "found \(names)")
    }

    /// Projects counted by their classifier, and bodies of money scales only, are classes.
    @Test func countedProjectsAndMoneyScalesAreClasses() {
        let names = recognizer.namesBesidesTheCounty(in: "宁远县两个风电项目令人瞩目，超亿元项目有10个，千万元以上项目达到71个，建设3个光伏项目。")
        #expect(names.isEmpty, "found \(names)")
    }

    @Test(arguments: cases)
    func findsTheMarkedEntities(_ sentence: MarkedSentence) {
        recognizer.expectFinds(sentence)
    }

    /// 和 between two bodies, or two departments, joins them: neither takes the other's name.
    @Test func conjoinedBodiesStayTwo() {
        let names = Set(recognizer.recognize("县委和县政府高度重视，县财政局和县税务局联合检查，县医院和乡镇卫生院参加。").mentions.map(\.name))
        #expect(names == ["县委", "县政府", "县财政局", "县税务局", "县医院"], "\(names)")
    }

    /// The last item of a list joined by 和 shares the head: 和 there is a conjunction.
    @Test func theListsLastConjunctionJoinsItems() {
        let names = recognizer.recognize("建设城南污水管网、农村道路和桥梁改造项目等。").mentions.map(\.name)
        #expect(!names.contains { $0.contains("和") }, "\(names)")
    }
}
