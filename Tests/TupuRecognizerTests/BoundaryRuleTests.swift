import Testing
import TupuRecognizer

/// Where names begin and end in the phrasing of reports and visits: verbs and titles before a
/// name, counts and kinds around a head, lists counted without 等, quoted names of activities,
/// and the bodies of banners and leagues. Fresh sentences, one rule each.
@Suite struct BoundaryRuleTests {
    static let cases: [MarkedSentence] = [
        // A verb that is not one of works ends where a name can begin (察看|…项目).
        MarkedSentence("[Place:宁远县]领导实地察看[Project:湾井镇污水处理厂提标改造项目]进度。"),
        // A title stops a name (院长兼|…医院); 暨 begins a name after punctuation (暨南大学).
        MarkedSentence("[Institution:永州职业技术学院]院长兼[Institution:永州市中心医院]副院长出席，[Institution:暨南大学]与[Place:宁远县]签约。"),
        // A head followed by a post still ends a name (…办公室|主任); 发改委 is a department.
        MarkedSentence("[Institution:宁远县乡村振兴工作领导小组办公室]主任介绍情况，[Institution:县发改委]等部门参加。"),
        // Bare bodies of banners and leagues; a short form of three characters or more that no other
        // division shares needs no support (阿左旗).
        MarkedSentence("在[Institution:盟委]和[Institution:旗委]领导下，[Institution:旗人大]、[Institution:旗政协]监督支持，[Institution:旗人民政府]扎实工作，[Place:阿左旗]经济增长。"),
        // A function character inside a place does not cut a name (共和县); a works verb after a
        // place is no subject's verb (…城区|排水防涝…).
        MarkedSentence("推进[Project:共和县城镇老旧小区改造]和[Project:宁远县城区排水防涝管网工程]。"),
        // A quoted name before an inspection names the activity (“比学赶超”集中观摩活动).
        MarkedSentence("[Place:宁远县]开展重点工作[Programme:比学赶超集中观摩活动|“比学赶超”集中观摩活动]。"),
        // Four characters and 村 after a township are a village when no common word is among them.
        MarkedSentence("[Place:和静县][Place:巴润哈尔莫敦镇][Place:乌兰托海村]建设完成。"),
        // Items counted before a shared head without 等 each take it; built schools are projects.
        MarkedSentence("[Place:宁远县]建设[Project:宁远县第三幼儿园项目|宁远县第三幼儿园]、[Project:宁远县第四幼儿园项目|宁远县第四幼儿园]两个项目。"),
        // Two provinces' one-character names before 协作 name an aid programme; a quoted phrase
        // ending in a head is one name whatever stands inside it.
        MarkedSentence("深化[Programme:湘桂协作]和结对帮扶，举行“[Institution:永州市中心医院-宁远县人民医院联合研究所]”揭牌仪式。"),
        // An item's number in a list ((二)) is no part of a name; a phase after a zone (作业区|一期)
        // and a verb inside a place (自治县) do not cut one; a pilot's 建设 is crossed.
        MarkedSentence("(二)[Project:宁远县第一小学建设项目]、[Project:宁远县作业区一期工程]、[Project:宁远县废旧物资回收再利用项目]、[Project:江华瑶族自治县第一中学迁建工程]、[Programme:永州市宁远县九嶷橘乡田园综合体建设试点项目|永州市宁远县“九嶷橘乡”田园综合体建设试点项目]。"),
        // Offices of committees and governments (农办, 新闻办); company names of trades (药业, 实业).
        MarkedSentence("[Institution:县委农办]和[Institution:永州市政府新闻办]负责人参加，[Institution:舜陵药业]、[Institution:湘南实业]入驻园区，[Institution:中央广播电视总台]报道。"),
        // A site in a township is named after it; a street named by a verb keeps it (安定中路).
        MarkedSentence("活动在[Place:宁远县][Place:湾井镇][Place:安定中路]举行，车辆沿着[Place:解放中路]行驶。"),
        // The building of a named base is a project (…示范基地建设).
        MarkedSentence("[Place:宁远县]推进[Project:九嶷山有机茶叶种植示范基地建设]。"),
        // An item ending in a phase in brackets keeps its name (…度假村(一期)); a period (2017年度)
        // is no part of one; a scenic area's works are built (…景区提质工程).
        MarkedSentence("[Place:宁远县]抓好[Project:九嶷山度假村(一期)]、[Project:舜帝陵景区提质工程]等十大文旅项目，[Project:易地扶贫搬迁安置点项目|2017年度易地扶贫搬迁安置点]、[Project:宁远县职业中专实训基地项目|宁远县职业中专实训基地]等7个重点项目竣工。"),
        // A verb naming the kind of the one noun before the head is part of the name (指挥|中心).
        MarkedSentence("投资1.4亿元的[Project:宁远县县域治理现代化指挥中心项目]开工。"),
        // Sites and lodgings counted under a project head with 等 are built (…酒店等10余个项目); a
        // water network's linking builds; a site's name does not begin with 有; old streets are places.
        MarkedSentence("[Place:宁远县]启动[Project:九嶷山野公园项目|九嶷山野公园]、[Project:舜帝民宿集群项目|舜帝民宿集群]、[Project:九嶷汤泉酒店项目|九嶷汤泉酒店]等10余个项目建设，推进[Project:宁远县水系连通工程]，[Place:宁远县]有[Place:舜帝老街]。"),
        // A quoted name before 重点项目 is a programme's; a department with a deputy's post after it.
        MarkedSentence("[Place:宁远县]实施[Programme:三个十大|“三个十大”]重点项目，[Institution:宁远县扶贫办]副主任出席。"),
        // 跟 ends a name; a bracket noting a short name ends the one before it; 发展和改革 is a topic.
        MarkedSentence("客商跟[Institution:九嶷山旅游公司]签约，[Institution:永州市中心医院](下称市中心医院)党委书记和[Institution:宁远县发展和改革局]局长出席。"),
        // 项目 of 项目经理 is the title's; items listed before 等 and common words share the head.
        MarkedSentence("[Project:宁远县舜水河治理工程]项目经理介绍，推进[Project:舜帝广场项目|舜帝广场]、[Project:九嶷剧场项目|九嶷剧场]等周边配套项目施工。"),
        // A prefecture's two-character short form that no other division has stands alone.
        MarkedSentence("[Place:宁远县]的产品销往[Place:青岛]、[Place:昆明]等地。"),
        // Wellness is a trade in a name (医疗养生); a hall inside a common word is no department (花厅).
        MarkedSentence("[Place:宁远县]建设[Project:宁远县医疗养生产业园]，走进[Project:舜陵花厅雅苑(一期)项目]现场。"),
        // A phase or a place in brackets before the head belongs to the name.
        MarkedSentence("[Project:宁远县农产品冷链基地建设一期项目]和[Project:永州湘农公司现代农业产业建设(宁远)项目]开工。"),
        // A township's works named by what they build are one; sightseeing parks are built; streets and service centres.
        MarkedSentence("实施[Project:宁远县湾井镇新农村建设工程]和[Project:九嶷山稻田养殖观光园]，[Place:舜陵街道]和[Institution:宁远县政务服务中心]参加。"),
        // A bare 州 begins a department; a group's legal form completes its name, across 建设 and
        // 投资; a service centre of a works verb (养老) is one.
        MarkedSentence("[Institution:州投资促进局]局长和[Institution:宁远县城市建设投资集团有限公司]董事长出席，[Institution:宁远县养老服务中心]揭牌。"),
        // A place and a year before a year's drive are not its name; the works after it are a class.
        MarkedSentence("[Place:宁远县]2024年[Programme:项目建设攻坚年]第二批重大项目集中开工。"),
        // Items enumerated after a count of projects are projects, whatever they end with, after
        // the amount before them; items of a list around a generic one share its head.
        MarkedSentence("[Place:宁远县]产业类项目3项，具体为：[Project:九嶷固废]、[Project:宁远县中医院]、[Project:舜帝小镇]等。5个项目分别是：投资3亿元的[Project:舜源科技产业项目]、投资5.1亿元的[Project:九嶷科技产业园项目]。"),
        // A township whose name no other division has counts without its county, with its
        // bodies; a works named after its company begins with the company.
        MarkedSentence("[Place:湾井镇]举行仪式，[Institution:镇党委]书记致辞，[Institution:镇人大]主席主持，[Project:湘南投资集团乡村振兴示范项目]开工。"),
        MarkedSentence("推进[Project:舜帝小镇项目|舜帝小镇]、新能源示范基地、[Project:九嶷康养城项目|九嶷康养城]等项目，保护[Place:玉琯岩遗址]，开展[Programme:深化项目攻坚年|“深化项目攻坚年”]活动。"),
        // Festivals and contests of kinds are programmes (…公开赛, …桃花节).
        MarkedSentence("[Place:宁远县]承办[Programme:全国自行车公开赛]，举办[Programme:九嶷山桃花节]。"),
        // The people's organisations of a county and its 团县委 are bodies; so is a protection centre.
        MarkedSentence("[Institution:县文联]、[Institution:县科协]、[Institution:团县委]和[Institution:县非遗保护中心]联合举办。"),
        // National programmes and days, and the national bookshop chain.
        MarkedSentence("[Place:宁远县]深入推进[Programme:精准扶贫]，[Institution:新华书店]开设分店，“[Programme:文化和自然遗产日]”当天开放。"),
        // Airports and 经开区 are places; a verb of seizing (抢抓) and where a site is (县城) are not their names.
        MarkedSentence("[Place:宁远县]抢抓[Place:永州零陵机场]建设机遇，[Place:宁远经开区]发展加快，在县城[Place:舜德广场]举行。"),
        // Great mountain ranges and the contiguous areas of the poverty-alleviation outline are places.
        MarkedSentence("[Place:宁远县]北依[Place:南岭]，属[Place:罗霄山区]。"),
        // A numbered middle school is named by the division before it (宁远一中, 县二中); a plenum's
        // session (十九届二中、三中全会) is none.
        MarkedSentence("[Institution:宁远一中]、[Institution:县二中]本科上线率提升，学习十九届二中、三中全会精神。"),
        // Two schools side by side are two (a campus is its school's); a kind before a company's name is its description.
        MarkedSentence("[Institution:宁远县实验中学][Institution:舜德中学新校区]开工，[Institution:宁远县平台公司九嶷公司]负责建设。"),
        // A middle dot between two schools belongs to neither (…实验中学·舜德中学); items before 等 and a
        // count of a scale (等多个百亿级项目) share the head.
        MarkedSentence("[Institution:宁远县实验中学]·[Institution:舜德中学]新校落成，[Project:九嶷科技项目|九嶷科技]等多个百亿级项目落地。"),
    ]

    /// A governing verb ends a name (刘强调研|…重点项目): the visit's object is no project.
    @Test func aVisitsObjectIsNoProject() {
        let mentions = recognizer.recognize("宁远县委书记刘强调研湾井镇下灌村重点项目建设情况。").mentions
        #expect(!mentions.contains { $0.type == .project }, "\(mentions.map(\.name))")
        let unplaced = recognizer.recognize("刘强调研湾井镇下灌村重点项目建设情况。").mentions
        #expect(!unplaced.contains { $0.name.contains("调研") }, "\(unplaced.map(\.name))")
    }

    /// A village's 村 that begins a common word (下灌村|民) ends no village.
    @Test func aVillageNameInsideAWordIsNoVillage() {
        let mentions = recognizer.recognize("宁远县湾井镇下灌村民积极参与。").mentions
        #expect(!mentions.contains { $0.name.hasSuffix("村") }, "\(mentions.map(\.name))")
    }

    /// A short form that is a common word (振兴 for 振兴区) counts only by its full name or its
    /// prefecture, not by its province: 辽宁 does not make 振兴 a place, nor the document's county.
    @Test func aCommonWordNeedsItsOwnParentToBeAPlace() {
        let document = recognizer.recognize("辽宁省推进乡村全面振兴，振兴工作扎实。")
        #expect(!document.mentions.contains { $0.type == .place && $0.name == "振兴" })
        #expect(document.county == nil)
    }

    @Test(arguments: cases)
    func findsTheMarkedEntities(_ sentence: MarkedSentence) {
        recognizer.expectFinds(sentence)
    }

    /// Verbs' objects, categories counted or qualified (方面, 以上), one common word before a head
    /// of a kind (农田改造), quantities before a head (110千伏变电站), heads inside longer words
    /// (工程车辆, 工程师) and directions (南部) name nothing.
    @Test(arguments: [
        "宁远县领导督办重点项目，观摩组走进项目现场，工人进行集中改造。",
        "宁远县实施亿元以上重大项目12个，农业农村基础设施方面项目8个，一季度计划开复工项目20个，实施项目109个。",
        "宁远县推进农田改造和庭院改造，开展培训活动，打造样板工程，新建110千伏变电站和1.5万立方米污水处理厂。",
        "挖掘机、运输车等大型工程车辆进场，工程师现场指导，结对帮扶成效明显。",
        // A direction after a division is no department (…县南部, 市南部).
        "宁远县南部山区和北部平原，市南部交通改善。",
        // Sums and scales, free-trade zones and plans of kinds are categories; a verb is no department's topic.
        "投资规模5000万元以上重点项目全部开工，自贸区建设项目集中开工，编制出总体规划和控制性详细规划，宁远安排政府投资项目20个。",
        // Zones of kinds (康养, 涵养) and a share of a plan (占|年度计划) are no names.
        "宁远县建设文旅康养示范区和生态涵养保护区，完成投资占年度计划的80%，加强基地建设。",
        // A verb before a zone is no street's name (加快|自贸区); one common word before 生产线 is a kind.
        "宁远县加快自贸区建设，建成蜂蜜生产线。",
        // Counted sites, works with their result (改造为) and some projects (一些) are no names.
        "村里一个环湖公园和30座郊野公园建成，厂房改造为车间，一些康养项目落地。",
        // Classes: counted by 大, a month's count, whole classes (所有), a programme's projects.
        "宁远县10月份6个项目集中开工，突出抓好十大农林水项目和五大产业园，预计两年内园区所有工程项目完工，援藏项目落到实处。",
        // A person leading a group (率工作组), ranks and grades of hospitals, a year in Chinese numerals.
        "王伟率工作组赴宁远县调研，对口支援县级医院，建成三级甲等医院，宁远县二〇二三年重点项目建设回顾。",
        // Quoted wording of a goal (“…”目标) and 以及 before a head name nothing.
        "宁远县培育“产业树”、打造“工业林”目标，听取规划、布局以及项目建设情况。",
        // A governing verb before the one noun of a head (宣布|转型项目), a prefecture's short form in a
        // person's name (王|昆明), 以此 before a class, a season of a year, a count after 总计.
        "王伟宣布转型项目集中开工，副县长王昆明主持，大家要以此次重大项目开工为契机，宁远县2018秋冬季重点建设项目开工，总计48个项目。",
        // An institution is no works: a building verb before its head leaves a class (新建|学校10所).
        "宁远县新建学校10所，改扩建乡镇卫生院3所。",
        // Departments of kinds (教育部门) are no ministries; activities of kinds (主题文化活动) and
        // experience without a place or quotation (优秀经验) name nothing.
        "教育部门和文旅部门积极配合，举办主题文化活动30场，群众文化活动丰富多彩，以实际行动推广优秀经验。",
        // Schools and centres of kinds and ranks (普惠性民办幼儿园, 省级工程研究中心) are classes.
        "新建普惠性民办幼儿园2所，体育特色学校建成5个，新增省级工程研究中心和企业技术中心3家。",
        // Words that begin with a head (广场舞, 大街小巷) name no site.
        "村民跳起广场舞，走遍大街小巷。",
        // A public service described (…为一体的公共文化服务中心) is a kind.
        "宁远县建成集阅览、培训为一体的公共文化服务中心。",
    ])
    func phrasesOfReportsAreNoNames(_ text: String) {
        let names = recognizer.namesBesidesTheCounty(in: text)
        #expect(names.isEmpty, "found \(names)")
    }
}
