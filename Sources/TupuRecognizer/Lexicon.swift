/// General knowledge the recognizer uses: the heads that end names of each type, the words
/// that mark where a name cannot start, and national bodies and programmes known by name.
/// Nothing here is a name of one county: local names are found by the rules, not listed.
enum Lexicon {
    /// Heads ending institution names.
    static let institutionHeads = [
        "人民医院", "中医院", "医院", "卫生院", "卫生室", "卫生服务中心", "疾病预防控制中心", "疾控中心", "妇幼保健院",
        "大学", "学院", "职业中学", "职业中专", "职专", "中学", "小学", "初中", "高中", "幼儿园", "学校", "教育集团", "党校",
        "集团", "有限公司", "有限责任公司", "股份有限公司", "股份公司", "公司", "专业合作社", "合作社", "合作联社", "协会", "学会", "商会", "联合会", "研究会",
        "纪念馆", "展览馆", "博物馆", "图书馆", "文化馆", "科技馆", "科普馆", "美术馆", "书屋", "书房", "研究院", "研究所", "研究中心",
        "银行", "信用社", "电视台", "广播电台", "融媒体中心", "报社", "日报社", "日报", "晚报", "直播间", "党支部", "党总支", "党委", "村委会", "居委会",
        "人民法院", "人民检察院", "派出所", "公安局", "供电公司", "电网公司", "供电局", "供电所", "管理局", "管理委员会", "管委会", "超市", "商场", "酒店", "宾馆", "网",
        "分行", "支行", "分公司", "支公司", "子公司", "大队", "支队", "培训中心", "检测中心", "采购中心", "交易中心", "商报", "晨报", "都市报", "新闻网",
        "传媒中心", "新闻中心", "精神卫生中心", "急救中心", "领导小组", "领导小组办公室", "工作组", "指挥部", "项目部", "筹建处", "筹备处", "储备库", "设计院", "设计研究院", "咨询中心", "新闻网站",
        "药业", "实业", "置业", "矿业", "乳业", "控股", "酒庄", "运营中心", "党群服务中心", "俱乐部", "收购站", "收购点", "工作队", "研究室", "门户网站", "门户网", "政府网站", "服务中心", "保护中心",
        "文联", "科协", "农技协", "妇联", "残联", "工商联", "义工联", "青联", "侨联", "台联", "知联会", "同乡会", "联络站", "总工会", "工会", "团委", "青少年宫", "少年宫", "青年宫", "文化宫", "书协", "作协", "美协", "摄协", "音协", "舞协", "剧协", "军分区", "警备区", "新报", "时报", "周报", "快报", "导报", "早报", "客户端", "新闻", "在线", "广电",
        "供销社", "供销合作社", "供销合作总社", "供销总社", "农场", "林场", "牧场", "茶场", "驾校", "酒厂", "消防站", "救援站", "消防队", "报", "养老院", "敬老院", "福利院", "光荣院", "医养中心",
        "眼科中心", "医学中心", "治疗中心", "诊疗中心", "康复中心", "体检中心", "胸痛中心", "卒中中心", "创伤中心", "工作室",
        "牧业", "泵业", "纸业", "铸业", "钢业", "木业", "机关党委", "机关党支部", "分院", "总院", "事业部", "便民服务中心", "文工团", "乐团", "艺术团", "歌舞团", "剧团",
        "文明实践中心", "文明实践所", "文明实践站", "志愿服务队", "服务队", "先锋队", "突击队", "实践队", "总队", "讲师团", "宣讲团", "活动中心", "文明网", "联盟",
        "联谊会", "促进会", "基金会", "中心校", "中队", "帮扶团", "家庭农场", "养殖场", "养殖小区", "种植场", "文化站", "服务站", "工坊", "收藏馆", "陈列馆", "展示馆", "陈列室", "体验馆", "体验中心",
        "服务站点", "服务点", "驿站", "加油站", "老年学堂", "书院", "农科院", "托养中心", "法庭", "人民法庭", "审判庭", "档案馆", "档案室", "面馆", "餐馆", "饭店", "食堂", "民宿", "夜校", "分会", "办案点", "高院", "中院", "分拨中心", "配送中心", "共配中心", "工作站", "营业部", "发展中心", "建设中心", "管理中心", "事务中心", "保障中心", "监测中心", "推广中心", "检测站", "分馆", "帮扶集团", "精神病院", "中医馆", "国医堂", "推进办", "推进办公室", "指挥中心", "贸促会", "职中", "支部", "村史馆", "总会", "指导委员会", "检察院", "法院", "校区", "初中部", "高中部", "小学部", "分校", "分园", "气象台", "水文站", "红十字会", "红会", "分队", "理事会", "参事会", "议事会", "实践团", "服务团", "融媒", "融媒体", "城市书房", "颐养中心", "康养中心", "林业站", "农技站", "指导站", "畜牧站", "水产站", "水利站", "农机站", "兽医站", "影剧院",
        "出版社", "图片库", "血站", "中心血站", "推广站", "推广总站", "植保站", "种子站", "农经站", "经管站", "军区", "战区",
        "调查总队", "调查队", "糖厂", "制糖厂", "工程局", "大桥局", "交易所", "农业联合体", "产业联合体", "联合社", "杂志社", "畜科院", "林科院",
        // Unions of cooperatives (天歌白鹅养殖联社) and stations that manage a trade or a site (种子管理站, 水库管理站)
        // or guard a reserve's part (…管护站).
        "联社", "管理站", "管护站", "智库",
        // A ministry's regional inspection bureaus (生态环境部西南督察局).
        "督察局",
        // Sports associations by their short names (县体协, 玉峰镇老体协).
        "体协", "老体协", "老年体协",
        // Groups sent to inspect a task (颍泉区秸秆禁烧监察组, 县第三督导组).
        "监察组", "督查组", "督导组",
        // A township's stations of the county's departments (湾井镇司法所, 湾井镇财政所, 湾井镇安监站).
        "司法所", "财政所", "民政所", "国土所", "国土资源所", "自然资源所", "规划所", "环保所", "食药所", "市场监管所", "邮政所",
        "水管站", "水管所", "安监站", "城建站", "执法队", "执法中队",
    ] + tradeFirmHeads + [
        // Stations of farm trades (…种公牛站); factories come next (…熟食品加工厂, …石雕工艺厂).
        "种公牛站", "种牛站", "种猪场", "种畜场",
    ] + factoryHeadWords + [
        // Mines worked as firms (…山东煤矿) and workshops (…酿酒作坊).
        "煤矿", "作坊",
        // Relief stations (…流浪儿童救助保护站, …救助管理站).
        "救助站", "救助保护站", "救助管理站",
        // Cooperatives written short (安柠鲜柠檬种植专合社) and an outlet's local bureau (广安区记者站).
        "专合社", "记者站",
    ] + ordinalSchools

    /// The heads of livestock and seed firms named by their trade (明周鹅业, 科尔沁牛业, 曲辰种业): a trade
    /// name comes before them, not a common noun of the trade (农作物|种业).
    static let tradeFirmHeads = ["鹅业", "禽业", "鸭业", "牛业", "羊业", "种业"]
    static let tradeFirmHeadKeys = phrases(tradeFirmHeads)
    /// Words of a sector that make the trade before them no firm (种业|产业, 牛业|发展).
    static let sectorWords = phrases(["产业", "行业", "企业", "发展", "振兴", "基地", "经济"])

    /// The heads of the units a national body names after itself (农业农村部规划设计研究院, 解放军出版社, 国家电网公司).
    static let nationalUnitHeads = phrases(["研究院", "督察局", "研究所", "研究中心", "设计院", "学院", "大学", "党校", "医院", "出版社", "报社", "调查总队", "调查队",
                                             "公司", "有限公司", "分公司", "集团", "领导小组"])

    /// Words before a bureau written without its division that make it a partner (联合|地震局, 会同|教育局).
    static let bureauPartnerWords = phrases(["联合", "会同", "协调", "邀请", "配合"])
    /// Words after such a bureau that name its staff or its acting (地震局|工作人员, 教育局|联合…, 农业局|技术指导),
    /// or what a reporter learns from it (…产业办|获悉).
    static let staffWords = phrases(["工作人员", "干部", "负责人", "干部职工", "联合", "组织", "牵头", "指导", "技术指导", "获悉", "了解到"])

    /// 首批, the first batch of a class a list names.
    static let firstBatchWord = WordKey("首批".unicodeScalars)!

    /// 从事, engaging in a trade or an activity.
    static let engagingWord = WordKey("从事".unicodeScalars)!

    /// What follows a number to make a date or a time (2024年, 10月, 5日).
    static let dateCharacters = ScalarSet("年月日号时")

    /// Modal verbs, which begin a predicate before a verb (会|开往, 将|举办).
    static let modalCharacters = ScalarSet("会将要能可")

    /// The heads of the army's regions (沈阳军区, 四川省军区), which end some districts' names too (点军区).
    static let militaryRegionHeads = phrases(["军区", "战区"])

    /// A party branch named without 党 (下灌村支部).
    static let branchHead = WordKey("支部".unicodeScalars)!
    /// The head of a reform's name (殡葬改革), and the verbs of spreading word of a reform (宣传, 宣讲).
    static let reformHead = WordKey("改革".unicodeScalars)!
    static let publicityVerbs = phrases(["宣传", "宣讲", "解读", "普及"])
    /// A reading room (杭川书房), and the city's of 城市书房, a head of its own.
    static let studyRoomHead = WordKey("书房".unicodeScalars)!
    static let cityWord = WordKey("城市".unicodeScalars)!

    /// Heads of a school's campus or section, named with the school (…实验小学城东校区, 二中初中部).
    static let campusHeads = phrases(["校区", "初中部", "高中部", "小学部", "分校"])

    /// The institution heads of two to four characters, as keys.
    static let shortInstitutionHeads = phrases(institutionHeads.filter { (2...4).contains($0.unicodeScalars.count) })

    /// Numbered middle and high schools (固安一中, 县二中, 南乐一高): named only by a division right before them.
    static let ordinalSchools = ["一中", "二中", "三中", "四中", "五中", "六中", "七中", "八中", "九中", "十中", "一高", "二高", "三高"]
    static let ordinalSchoolHeads = phrases(ordinalSchools)

    /// What counts or points at games (四节比赛, 这场比赛): numerals and these words, before a classifier of games.
    static let gamePointers = ScalarSet("这那此该每本")
    static let gameClassifiers = ScalarSet("场节轮局")

    static let chinaWord = WordKey("中国".unicodeScalars)!

    /// Roads by their class, written after their number (454省道, 207国道).
    static let roadKindList = ["国道", "省道", "县道", "乡道"]
    static let roadKinds = phrases(roadKindList)

    /// Heads of a bank's branches, named with the bank before their place (农发行宁远县支行).
    static let branchHeads = phrases(["分行", "支行", "营业部"])
    static let bankHead = WordKey("银行".unicodeScalars)!
    /// Party committees of a body, named with its whole name when written right after it (…永州市分行|党委).
    static let committeeHeads = phrases(["党委", "党总支", "党支部", "机关党委", "党组"])

    /// A body's party group (党组), named after the body (…局党组).
    static let partyGroupHead = WordKey("党组".unicodeScalars)!

    /// Legal forms of companies, written after a group's name (…集团有限公司).
    static let companyForms = phrases(["有限公司", "股份公司", "公司"])

    /// 企业, and the ranks a company holds among its sector's (龙头企业, 规上企业) or the owners it has (村集体企业):
    /// said of a company, no part of its name.
    static let enterpriseWord = WordKey("企业".unicodeScalars)!
    static let companyRanks = phrases(["龙头", "骨干", "重点", "规上", "领军", "链主", "标杆", "明星", "示范", "引领", "集体"])
    /// The legal forms too long for a phrase key (…投资|有限责任公司).
    static let longCompanyForms: Set<String> = ["有限责任公司", "股份有限公司"]

    /// Heads of newspapers and broadcasters: their bodies are ordinary words (工人日报, 经济日报),
    /// so a body of generic words still names one.
    static let mediaHeads = phrases([
        "日报", "晚报", "报社", "日报社", "电视台", "广播电台", "网", "商报", "晨报", "都市报", "新闻网", "传媒中心", "新闻中心", "新报", "时报",
        "周报", "快报", "导报", "早报", "新闻", "在线", "报", "文明网", "广电",
    ])

    /// Heads of units inside a department, named with it (宁远县公安局交通管理大队, 县公安局城关派出所,
    /// 湾井镇政府专职消防队, 县人民政府森林防火指挥部, 国家统计局四川调查总队).
    static let unitHeads = phrases(["大队", "支队", "派出所", "消防站", "救援站", "消防队", "机关党委", "指挥部", "帮扶集团", "工作队",
                                    "调查总队", "调查队"])

    /// Heads of teams sent in numbered rotations (第五批援藏工作队, 第三批驻村工作队): the batch numbers one team.
    static let rotatedTeamHeads = phrases(["工作队", "工作组", "医疗队", "服务队", "工作团"])

    /// Heads of bodies named by their task, a verb among them (森林防火指挥部, 扶贫开发领导小组, 综合行政执法支队).
    static let taskBodyHeads = phrases(["指挥部", "领导小组", "工作组", "工作专班", "支队", "大队", "中队", "监察组", "督查组", "督导组"])

    /// Verbs that name a company's business (房地产开发公司, 机械制造公司, 种植专业合作社): an
    /// institution head after them still ends a name, where after other verbs it is their object (成立|公司).
    static let businessVerbs = phrases(["开发", "制造", "种植", "装饰", "安装", "维修", "印刷", "产销", "营销", "加工"])
    /// Industries the word list tags as verbs (造纸, 印染): a works named by one after its place (宁远县造纸项目) is named.
    static let industryVerbs = phrases(["造纸", "印染", "纺纱", "织造", "酿酒", "制药", "冶炼", "炼化"])

    /// 网 ends the name of a national news site only after 中国 and one to three characters
    /// (中国经济网, 中国青年网); elsewhere it is a network (管网, 电网).
    static let newsSiteHead = WordKey("网".unicodeScalars)!
    /// Heads of news outlets that elsewhere are common words (新闻, 在线, 报 of 汇报 and 年报): a name only
    /// where credited (来源:经济参考报).
    static let creditedOutletHeads = phrases(["新闻", "在线", "报", "广电"])
    static let newsSitePrefix = Array("中国".unicodeScalars)

    /// Heads of government departments and bodies, which name one only after a division or a
    /// bare level character (县卫健局, 县委统战部, 湖南省财政厅, 湾井镇政府).
    static let departmentHeads = [
        "局", "分局", "厅", "部", "办公室", "政府", "人民政府", "党组", "党工委", "发改委", "发展改革委", "卫健委", "教委", "经信委", "农委", "农业农村委", "科委",
        "建委", "商务委", "国资委", "交委", "城管委", "卫计委", "民委", "文旅委", "工信委", "民宗委", "编委", "农办", "编办", "网信办", "文明办", "扶贫办", "信访办", "新闻办", "经合办", "招商办", "党政办", "计生办", "医保办", "社保办", "人大办", "政协办", "人防办", "侨务办", "考核办", "招生办", "督查办", "督查室", "督察室", "监委", "市监局",
        "综治办", "农工委", "农工办", "政法委", "机关工委", "创卫办", "创文办", "金融办", "外事办", "侨办", "台办", "办", "委员会", "办事处", "残工委", "环卫处", "环卫所",
        // Committees and headquarters known by their abbreviations (县安委会, 县减灾委, 县禁毒委, 县防指).
        "安委会", "安防委", "减灾委", "食安委", "爱卫会", "文明委", "禁毒委", "关工委", "防指", "森防指",
        // A centre written short after its division (县农机中心): see NameGrower.isShortCentre.
        "中心",
    ]

    /// Words of quantity that begin with a department head (部分, 局部).
    static let quantityWordsOfHeads = phrases(["部分", "局部"])

    /// The bare head of an office known by its abbreviation (县美丽办): a name only in a list of
    /// bodies, where it can be no verb (举办, 办理).
    static let abbreviatedOfficeHead = WordKey("办".unicodeScalars)!
    static let bodyListMarks = ScalarSet("、等，。,；;和及")
    /// Marks that join the items of a list of names (县委、人大, 人大和政协, 军马村、小峪村和上茅坪村).
    static let listJoiners = ScalarSet("、和及")

    /// Heads of a department's own offices (财政局|农业开发办公室), named after the department.
    static let officeHeads = phrases(["办公室", "分局"])
    /// The head of a bureau's branch for a place (…公路局|宁远分局).
    static let subBureauHead = WordKey("分局".unicodeScalars)!

    /// Departments' topics written with 和 (文化和旅游厅, 住房和城乡建设局), after the ministries, or
    /// with a word that elsewhere ends a name (投资促进局) or leads one (自然|资源局: jieba's adverb).
    static let knownDepartmentTopics: [[Unicode.Scalar]] = [
        "文化和旅游", "文化广播电视和旅游", "住房和城乡建设", "人力资源和社会保障", "工业和信息化", "自然资源和规划",
        "文化广电和旅游", "科学技术和工业信息化", "发展和改革", "投资促进", "自然资源", "生态环境", "自然资源规划",
        // Topics the word list tags as verbs (审计局, 统计局, 信访局, 监察局).
        "审计", "统计", "信访", "监察", "执法", "审批",
    ].map { Array($0.unicodeScalars) }

    /// The words that merged departments join in their names (文化|广电|旅游|体育|局, 文化|体育|和|旅游|局):
    /// a topic made of them alone names a department, however long.
    static let departmentTopicWords: [[Unicode.Scalar]] = [
        "文化", "广电", "广播电视", "新闻出版", "旅游", "体育", "文体", "文旅", "和", "卫生", "健康", "教育", "科技", "科学技术",
        "工业", "信息化", "商务", "粮食", "物资储备", "市场监督管理", "应急管理", "水利", "水务", "交通运输", "农业农村", "农业",
        "住房", "城乡建设", "人力资源", "社会保障", "民政", "司法", "财政", "林业", "草原", "畜牧", "城市管理", "综合执法",
        "行政审批", "政务服务", "医疗保障", "退役军人事务", "生态环境", "自然资源", "规划", "发展", "改革", "经济", "信息",
        "投资促进", "民族", "宗教", "外事", "侨务", "机关事务", "数据", "大数据", "能源", "科学", "技术", "电视", "出版", "新闻", "广播", "电影",
    ].map { Array($0.unicodeScalars) }

    /// Government and party bodies named bare (县委, 旗政府, 盟委, 镇党委, 村委会); linking adds the
    /// document's division of that level. Township and village bodies count only in a document about one.
    static let bareBodies: [(form: String, level: Gazetteer.Division.Level)] = {
        let divisionBodies = ["委", "政府", "人民政府", "人大常委会", "人大", "政协", "纪委", "纪委监委", "委宣传部", "委组织部", "委办",
                              "委办公室", "政府办", "府办"]
        let levels: [(words: String, level: Gazetteer.Division.Level)] = [("县区旗", .county), ("市州盟", .prefecture), ("省", .province)]
        var bodies = levels.flatMap { level in
            level.words.flatMap { word in divisionBodies.map { (String(word) + $0, level.level) } }
        }
        bodies += "镇乡".flatMap { word in ["党委", "委", "政府", "人民政府", "人大", "纪委", "人大主席团"].map { (String(word) + $0, Gazetteer.Division.Level.township) } }
        // A congress's presidium (人大主席团) is a township's: counties have standing committees.
        bodies += [("人大主席团", .township)]
        bodies += ["村党支部", "村党总支", "村委会", "村民委员会", "党支部"].map { ($0, .village) }
        bodies += [("团县委", .county), ("团区委", .county), ("团旗委", .county), ("团市委", .prefecture), ("团州委", .prefecture), ("团省委", .province)]
        // A county report's bare congress and conference (在人大、政协的支持下) are the county's.
        bodies += ["人大", "政协", "人大常委会"].map { ($0, .county) }
        return bodies
    }()

    /// Heads of schools that an ordinal alone names in a report about one county (第四中学, 第二实验小学).
    static let ordinalNamedSchoolHeads = phrases(["中学", "小学", "初级中学", "高级中学", "实验小学", "实验中学", "幼儿园"])

    /// Verbs of going to, visiting and opening a body (参观|纪念馆, 去|医院, 开|餐馆): the body is named after them.
    static let verbsBeforeBodies = phrases(["参观", "游览", "探访", "到访", "造访", "步入", "进入", "前往", "走进", "来到", "去", "开"])

    /// Words of the role a body plays, written right before its bare name (牵头医院|县人民医院, 成员单位|县中医医院).
    static let bodyRoles = phrases(["单位", "医院", "学校", "机构", "部门"])

    /// What a works plans, right after 计划 or 规划 as its verb (计划|投资, 计划|年内完成, 规划|建设).
    static let planObjects = phrases(["投资", "总投", "投入", "完成", "开工", "建成", "竣工", "年内", "年底", "建设", "用地", "定位", "设计", "面积"])

    /// Words of a vague amount that begin with a numeral (一揽子, 一系列): no count.
    static let vagueQuantities = phrases(["一揽子", "一系列", "一批", "一些"])

    /// Phrases holding a conjunction that stand whole inside names (国民经济和社会发展计划).
    static let phrasesWithConjunctions: [[Unicode.Scalar]] = ["国民经济和社会发展", "经济和社会发展"].map { Array($0.unicodeScalars) }
        + knownDepartmentTopics.filter { $0.contains("和") }

    /// Members of a congress or conference, after its bare name (人大|代表, 政协|委员).
    static let membersOfBodies = phrases(["代表", "委员"])

    /// A national body's general office, named with the body (财政部办公厅).
    static let generalOfficeWord = WordKey("办公厅".unicodeScalars)!

    /// Heads ending project names: things built.
    static let projectHeads = [
        "项目", "改扩建", "改建", "扩建", "提标改造", "升级改造", "改造", "产业园", "物流园", "产业飞地", "综合楼", "教学楼", "管网",
        "旅游公路", "高速公路", "快速公路", "高速铁路", "公路", "大桥", "隧道", "电站", "污水处理厂", "污水处理站", "水厂", "屠宰场", "屠宰厂", "中转站", "垃圾中转站", "压缩站", "垃圾处理场", "泵站", "排灌站", "灌溉站", "排涝站", "电灌站", "工程", "基地建设", "风电场", "示范园", "观光园", "生产线", "科技园",
        "综合大楼", "线路", "段", "商业综合体", "综合体", "客运站", "货运站",
    ]

    /// Heads of a body's boards and councils (理事会, 参事会), which a body has as well as being one.
    static let boardHeads = phrases(["理事会", "参事会", "议事会"])

    /// 学院, which heads a university's colleges (社会发展与管理学院).
    static let collegeHead = WordKey("学院".unicodeScalars)!
    /// 成员, the members of a body (教育集团成员学校).
    static let memberWord = WordKey("成员".unicodeScalars)!
    /// 事业部, which heads a company's divisions (水务与新能源事业部).
    static let companyDivisionHead = WordKey("事业部".unicodeScalars)!

    /// 投资 (invest), a boundary word before works that also stands inside bodies' names.
    static let investWord = WordKey("投资".unicodeScalars)!

    /// Verbs of founding a body (成立|委员会): a department's head right after one is its object, no name.
    static let foundingVerbs = phrases(["成立", "组建", "设立", "筹建", "建立", "召开", "建好", "建起", "办好"])

    /// Heads of factories named by their trade (…腊肉加工厂, …饲料厂, …石雕工艺厂): one named by its product alone is a kind.
    static let factoryHeads = phrases(factoryHeadWords)
    static let factoryHeadWords = ["加工厂", "食品厂", "饲料厂", "工艺厂", "石雕厂", "机械厂", "服装厂", "纺织厂", "制衣厂", "水泥厂", "造纸厂",
                                   "印刷厂", "家具厂", "制品厂", "五金厂", "电器厂", "制药厂", "陶瓷厂", "机砖厂", "客车厂",
                                   // Quarries and the works that turn out stone, sand and bricks (晟晖砂石料厂, 大石坝石厂, 五马镇采石场).
                                   "石料厂", "砂石料厂", "砂石厂", "石厂", "石材厂", "采石场", "砖厂", "砖瓦厂"]
    /// How a factory processes its product (精深加工, 初加工, 综合加工, 生产加工): no part of a name.
    static let processingWords = phrases(["精深", "深", "初", "粗", "综合", "生产"])

    /// Who a farm or workshop named after its owner is said of (刘家庄村村民|张三涛肉牛养殖场, 养殖大户|李…).
    static let ownersCallings = phrases(["村民", "居民", "大户"])

    /// What a cooperative's head ends with (专业合作社, 合作联社).
    static let cooperativeEndings = phrases(["合作社", "合作联社"])

    /// Heads of roads' works: a road written as where things are is a place (毗邻…大广高速公路).
    static let roadHeads = phrases(["公路", "高速公路", "快速公路", "旅游公路"])
    /// Bridges, places where a route passes over them (途经|宕渠大桥), works where they are built.
    static let bridgeHeads = phrases(["大桥"])

    /// Heads of parks that a place names with generic words alone (宁远县现代农业产业园).
    static let parkHeads = phrases(["产业园", "物流园", "示范园", "观光园", "科技园"])
    /// How the heads of a place's own treatment plants end, one plant to a place (高山镇污水处理厂, 兴港社区污水处理站).
    static let plantHeadEndings = phrases(["处理厂", "处理站"])

    /// Heads of zones, whose names run longer than other places' (木黄镇凤仪村|食用菌现代高效农业示范园区).
    static let zoneHeads = phrases(["产业园区", "工业园区", "示范园区", "农业园区", "创业园区", "科技园区", "加工园区", "物流园区"])

    /// 段 names a works only as a road's section from one place to another (…高速淅川至豫鄂省界段).
    static let sectionHead = WordKey("段".unicodeScalars)!
    static let roadWords = phrases(roadKindList + ["高速", "公路", "铁路", "大道", "线"])

    /// Characters that point at a division before its level character: the writer's own (我县, 本乡)
    /// or the one just named (该镇, 该县).
    static let pointingCharacters = ScalarSet("我本该")

    /// The department head 中心, too common a word to head a name but after a division and a short topic.
    static let centreHead = WordKey("中心".unicodeScalars)!
    static let workWord = WordKey("工作".unicodeScalars)!
    /// What 工作 heads as a unit of a body (工作站, 工作室, 工作组, 工作队).
    static let workUnitCharacters = ScalarSet("站室组队部")
    /// Characters that make a place or a rank of what stands before 中心 (县城|中心, 镇区|中心), no topic.
    static let centrePlaceCharacters = ScalarSet("城区域镇乡村市县省")

    /// Words of ownership that end in a function character (国有, 公有): they qualify bodies (国有投资集团).
    static let ownershipWords = phrases(["国有", "公有", "私有", "民有"])

    /// Characters that never stand inside a name: a name cannot extend leftwards over them.
    static let stopCharacters = ScalarSet("的了在是为对将把被从向以等并由于让使给也都又还就更已其该这那各每与和及或而共同到至即所着过暨兼占我咱有继跟率要赴据哪未自丨沿仅")

    /// Verbs of works, trades and services that stand inside the names of projects and bodies
    /// (污水处理厂, 种植专业合作社, 防洪能力提升工程): every other verb ends where such a name can
    /// begin (实地察看|…项目, 泵站投入|更新改造).
    static let worksVerbs = phrases([
        "建设", "改造", "扩建", "改建", "新建", "迁建", "续建", "提升", "治理", "整治", "保护", "修复", "种植", "养殖", "加工", "繁育", "育种", "育苗", "繁殖", "饲养", "完善", "通用",
        "生产", "制造", "处理", "利用", "开发", "研发", "孵化", "示范", "供热", "供暖", "采暖", "供水", "排水", "防洪", "防涝", "集中", "配套",
        "储备", "仓储", "包装", "预制", "屠宰", "集聚", "振兴", "急救", "领跑", "实践", "打造", "提标", "升级", "搬迁", "安置",
        "共建", "共享", "联合", "创业", "就业", "培训", "服务", "检测", "监测", "研究", "保障", "创建", "帮扶", "扶贫", "统战",
        "安居", "留守", "寄宿", "关爱", "整合", "集成", "开放", "防治", "健身", "养老", "托育", "康养", "冷藏", "运输", "销售",
        "经营", "管理", "维修", "安装", "装饰", "印刷", "设计", "咨询", "规划", "勘察", "施工", "监理", "发电", "储能", "供电",
        "供气", "绿化", "美化", "亮化", "硬化", "灌溉", "滴灌", "节水", "引水", "调水", "防护", "救助", "救援", "消防", "教育",
        "加固", "疏浚", "清淤", "除险", "避险", "回收", "避风", "废旧", "翻建", "翻新", "提质", "扩容", "提档", "改水", "改厕", "通畅", "修缮", "保温", "节能",
        "新立", "毗邻", "超市", "分行", "熟食", "防爆", "发生", "互补", "养生", "休闲", "度假", "展示", "体验", "娱乐",
        "供养", "抽水", "蓄能", "传承", "排涝", "焚烧", "焚化", "拆解", "报废",
    ])

    /// Words for lists of bodies (…家庭农场|名录): a head before one names the list's kind.
    static let listWords = phrases(["名录", "名单", "目录"])

    /// Verbs that say the state of the thing written after them, as adjectives do (废弃矿山, 破损路面,
    /// 老化管网): inside a works' name, not acts done to it.
    static let stateVerbs = phrases(["废弃", "废旧", "遗留", "破损", "损毁", "老化", "报废", "停产", "关停", "闲置"])

    /// Verbs that begin the name of an event held for an anniversary (庆祝建党100周年系列活动).
    static let anniversaryVerbs = phrases(["庆祝", "纪念", "喜迎"])

    /// 情况 (the state of things), after which an event's head says what goes on (活动|情况).
    static let situationWord = WordKey("情况".unicodeScalars)!

    /// Words for a news story, which a quoted headline comes before (“…”新闻, “…”一文).
    static let newsStoryWords = phrases(["新闻", "报道", "消息", "一文"])

    /// Verbs that jieba tags as nouns, read as verbs after a list (A、B等|传授|经验, A、B等|交流|经验).
    static let verbsTaggedNouns = phrases(["传授", "交流", "总结"])

    /// Heads that name a company by its industry (…乳业, …药业), the institution heads of a character and
    /// 业: after a division alone, that division's industry.
    static let industryHeads = phrases(institutionHeads.filter { $0.unicodeScalars.count == 2 && $0.hasSuffix("业") })

    /// Heads of associations and alliances: set up under common words alone, a kind (成立|花卉协会, 建立|产业联盟).
    static let associationHeads = phrases(["协会", "联盟", "联合会"])

    /// Words that describe what they qualify instead of naming it: the place at hand (当地, 本地), the first
    /// of a kind (首家, 首个) and the bounds of a size (以上, 以下). No name holds one.
    static let describingWords = phrases(["当地", "本地", "该地", "此地", "首家", "首个", "首座", "以上", "以下"])

    /// Demonstratives that point at a thing spoken of (这一, 这个, 该项 …).
    static let demonstratives = phrases(["这一", "这个", "此一", "那个", "该项", "此项", "这项"])
    /// A company's tie to the company that owns it (全资|子公司|…有限公司): said of it, no part of its name.
    static let subsidiaryWord = WordKey("子公司".unicodeScalars)!
    /// The ties of a company to what owns it, said before its name (基地所属企业|…有限公司, 下属公司|…).
    static let ownerWords = phrases(["所属企业", "所属公司", "下属企业", "下属公司", "旗下企业", "旗下公司"])
    /// How a company owns its subsidiary (全资, 控股): a subsidiary named by nothing else is a tie.
    static let ownershipTies = phrases(["全资", "控股", "参股", "独资"])

    /// A body's members and staff (会员, 职工): a word of quantity before the body counts them.
    static let memberWords = phrases(["会员", "成员", "职工", "员工", "干部", "党员", "家属"])

    /// Collective nouns of bodies written between a kind and its count (协会|组织|50个, 服务|机构|12家).
    static let collectiveNouns = phrases(["组织", "机构"])

    /// Words that make a body a whole class or a part of one (园区所有工程, 全部学校, 部分小区): no name holds them.
    static let wholeClassWords = phrases(["所有", "全部", "各类", "各项", "各种", "一切", "一些", "部分", "众多", "诸多", "许多", "若干", "整个", "大量", "大批"])
    /// Words of money whose 来源 says where it comes from (资金来源), no credit.
    static let fundsWords = phrases(["资金", "经费", "收入", "投资", "税收"])
    /// Two levels of division written together (县乡, 市县): what they begin is every body of both levels.
    static let levelPairs = phrases(["县乡", "县镇", "市县", "县市", "省市"])
    /// Ranges of size or yield that make a name a class (大中型水库, 中小型企业, 大中型水利水电工程, 中低产林改造).
    static let sizeRangeWords = phrases(["大中型", "中小型", "大中小型", "中小微", "中低产", "低产", "低效"])

    /// Words that point at one thing named after them (整个|农民丰收节, 本次|活动).
    static let determiners = phrases(["整个", "整场", "这个", "这场", "这次", "此次", "本次", "这一", "那个", "那一"])

    /// Phases of works (一期, jieba's adverb): after a place they belong to the name (…作业区|一期工程).
    static let phases = phrases(["一期", "二期", "三期", "四期", "首期"])
    /// First characters of the classes a phase can number instead of works (首期|培训班, 二期|班).
    static let classWords = ScalarSet("培班")

    /// Verbs of building: an institution is not a works, and its name begins after one (新建|学校10所).
    static let buildingVerbs = phrases(["新建", "改建", "扩建", "迁建", "续建", "建成", "筹建"])

    /// Verbs that say an event was held or joined (举办, 开展, 参加), never what kind it is: unlike
    /// 观摩 or 调研, none makes an activity's kind with the head after it.
    static let holdingVerbs = phrases(["举办", "举行", "开展", "组织", "参加", "参与", "承办", "主办", "进行", "出席"])

    /// Verbs of building a road or a bridge: a name of one after them is the site's (新建|西环路).
    static let siteBuildingVerbs = buildingVerbs.union(phrases(["改造", "提升", "拓宽", "修建", "打通", "贯通", "开通", "硬化", "新修"]))

    /// Verbs whose object a head right after them is (参加活动, 宣布项目开工, 开工6个项目): the head
    /// names nothing there, and no name runs back across the verb (单位负责人参加|活动).
    static let governingVerbs = phrases([
        "参加", "参与", "举行", "举办", "承办", "主办", "开展", "组织", "介绍", "宣布", "观摩", "听取", "部署", "推进", "推动",
        "实施", "启动", "落实", "谋划", "争取", "引进", "招引", "包括", "涉及", "签约", "对接", "洽谈", "考察", "调度", "督导",
        "助力", "围绕", "聚焦", "依托", "完成", "加快", "抓好", "做好", "参观", "视察", "调研", "共有", "共计", "投产",
        "出席", "紧抓", "抢抓", "抓住", "借助", "用好", "总计", "主持", "进行", "检查", "力争", "公布", "制定", "印发", "出台",
        "命名", "表彰", "发起", "申报", "申请", "安排", "制作", "列入", "纳入", "推行", "编制", "修编",
    ])

    /// Verbs of repairing works (修复, 维修): before a kind of works (修复|水毁|工程) they act on it.
    static let repairVerbs = phrases(["修复", "维修", "抢修", "整修", "修缮", "修补"])

    /// Heads of works laid by length (线路, 管网): measured right after, they name a kind (…线路16.66公里).
    static let measuredWorksHeads = phrases(["线路", "管网", "主管网", "管道", "管线"])
    /// What a line or pipe carries or its voltage, right before its head (供电|线路, 雨水|管网, 10千伏|线路).
    static let kindsOfLine = phrases(["千伏", "kV", "KV", "kv", "供电", "输电", "配电", "雨水", "污水", "排水", "供水", "给水", "供热", "燃气", "供气"])

    /// Characters that count or rank what follows a number (6个, 第四批, 四场, 新一轮, 三级): no name.
    static let measureCharacters = ScalarSet("个项批家所座条年月日期届万亿余多场轮类次级份支栋幢处件")
    /// Classifiers that count things, never part of a name after a numeral (一项|惠民工程, 两座|水库);
    /// 个 is left out, as a count of slogans names a drive (三个一批), and so are 家, 所 and 处, which
    /// begin places' names after a numeral (四家池, 三所村).
    static let thingClassifiers = ScalarSet("项座批")
    /// The classifiers that count projects (两个, 3项, 一批): projects counted by one are a class.
    static let projectClassifiers = ScalarSet("个项批件")
    /// The classifiers that count works after their head (项目5个, 农村公路5条, 桥梁3座): the head names a kind.
    static let classifiersAfterWorks = ScalarSet("个项批条座所处件")
    /// The classifiers that count bodies (34支志愿服务队, 12所学校, 5家公司): bodies counted by one are a class.
    static let classifiersOfBodies = ScalarSet("个支所家种类处股")
    /// The classifiers of built things an ordinal ranks (第一条生产线, 第二座大桥): the rank of a kind, no name.
    static let rankedThingClassifiers = ScalarSet("条座所处家台套")
    /// Characters that make a count approximate (9100余家, 30多个).
    static let approximations = ScalarSet("余多")

    /// Marks that end a clause.
    static let clauseEnds = ScalarSet("，。,；;：:！？!?、\n")

    /// What a head's own kind changes in the rules; `headKinds` gives them in one lookup per head.
    struct HeadKinds: OptionSet {
        let rawValue: UInt8
        static let unit = HeadKinds(rawValue: 1)
        static let model = HeadKinds(rawValue: 2)
        static let campaignYear = HeadKinds(rawValue: 4)
        static let placeNamed = HeadKinds(rawValue: 8)
        static let media = HeadKinds(rawValue: 16)
        static let verb = HeadKinds(rawValue: 32)
        static let activity = HeadKinds(rawValue: 64)
        static let provincePair = HeadKinds(rawValue: 128)
    }

    /// Each head's kinds, by their raw values.
    static let headKinds: WordTable = {
        var kinds = WordTable()
        let sets: [(PhraseSet, HeadKinds)] = [
            (unitHeads, .unit), (modelHeads, .model), (campaignYearHeads, .campaignYear), (placeNamedProgrammeHeads, .placeNamed),
            (mediaHeads, .media), (verbHeads, .verb), (activityHeads, .activity), (provincePairHeads, .provincePair),
        ]
        for (heads, kind) in sets { for head in heads.phrases { kinds[head] = (kinds[head] ?? 0) | kind.rawValue } }
        return kinds
    }()

    /// Short phrases (one to four characters) as keys the recognizer looks up without strings. A longer
    /// phrase is a mistake in the lexicon, named when it traps.
    static func phrases(_ list: [String]) -> PhraseSet {
        PhraseSet(list.map { phrase in
            guard let key = WordKey(phrase.unicodeScalars) else { preconditionFailure("lexicon phrase not of one to four characters: \(phrase)") }
            return key
        })
    }

    /// Chinese numerals, as in 五大产业园 (a count, not a name).
    static let numerals = ScalarSet("一二三四五六七八九十百两几多〇零")

    /// Characters that join the parts of a project's name: a route (A至B公路) or a works and its
    /// companion (A及配套项目).
    static let routeJoiners = ScalarSet("至及")
    /// Words after 及 that make a works' companion part of its name (…管网及配套项目).
    static let companionWords = phrases(["配套", "附属", "相关"])

    /// Verbs of going or putting into a place (融入, 走进): a site's head after one is their object.
    static let placementVerbs = phrases(["融入", "进入", "走进", "来到", "前往", "深入", "搬进", "搬入", "步入", "迈入", "走入"])

    /// Words for the next step of work (下一步计划) and for whose help a thing is done under (指导下创建):
    /// what follows is no named plan.
    static let wordsBeforeUnnamedPlans = phrases(["下一步", "下步", "指导下", "帮助下", "支持下", "领导下", "关心下"])

    /// Terms of economic policy whose second character is a function character (供给侧, the supply
    /// side, of 供给侧结构性改革): inside a name they stop nothing.
    static let termsHoldingFunctionCharacters = phrases(["供给侧"])

    /// The national programme of irrigation districts joins its two acts with 与 (续建配套与节水改造,
    /// 续建配套与现代化改造): inside a works' name 与 stops nothing between them (…灌溉区续建配套与节水改造项目).
    static let irrigationFirstAct = WordKey("配套".unicodeScalars)!
    static let irrigationSecondActs = phrases(["节水", "现代"])

    /// Titles of posts: a name never runs back across one (…学院院长兼|附属第一医院), and a head
    /// followed by one still ends a name (…领导小组办公室|主任).
    static let postTitles = [
        "书记", "副书记", "院长", "校长", "主任", "部长", "局长", "县长", "市长", "区长", "旗长", "镇长", "乡长", "董事长",
        "总经理", "经理", "项目经理", "主席", "秘书长", "组长", "队长", "站长", "所长", "行长", "厅长", "省长", "理事长",
    ]
    static let postTitleKeys = phrases(postTitles)
    /// Posts and titles written right before or after a person's name (书记|金山, 高雄|委员).
    static let personTitleKeys = phrases(postTitles + ["委员", "督学", "总督学", "老师", "教授", "记者", "通讯员", "同志", "代表"])

    /// Ways of doing a kind of works (…改造|方法, 建设|技术): the works before them is no works of its own.
    static let waysOfDoing = phrases(["方法", "技术", "办法", "工艺"])

    /// Words of manner and acts (成功创建, 顺利实施, 签署战略…): what stands right after them is an
    /// act or its object, and no name's body ends with them.
    static let mannerWords = phrases(["成功", "顺利", "圆满", "正式", "全面", "全力", "积极", "率先", "首次", "大力", "签署", "签订", "合理", "科学", "统一"])

    /// Districts whose names reports also write as phrases (老城区, the old town; 新城区, the new town):
    /// named only where the text supports them.
    static let districtsReadAsPhrases: Set<String> = ["老城区", "新城区"]

    /// Generic words for where something is (ANNOTATION.md: 县城, 城区 …): before a site they say
    /// where it is and are not its name (县城|祝尔慷广场).
    static let genericPlaceWords = phrases(["县城", "城区", "市区", "镇区", "乡村", "农村", "城乡", "城镇", "山区", "全县", "全市", "全省", "全国", "乡间"])

    /// Words that a head's last characters begin (服务中心|大局 reads 服务|中心大局): no name ends there.
    /// All begin with 中心, which the grower checks first.
    static let wordsAcrossHeadEnds = phrases(["中心大局", "中心工作", "中心任务"])

    /// Words that begin with a head and are no name (广场舞, 大街小巷, 项目库, 项目负责|人).
    static let wordsBeginningWithHeads = phrases(["广场舞", "大街小巷", "大道理", "项目库", "项目部", "项目组", "项目资金", "项目负责", "项目经理", "规划馆", "规划面积", "活动点", "战略合作", "战略投资", "战略框架",
                                                  "战略伙伴", "战略协议", "战略地位", "战略储备", "活动中心", "活动室", "工程措施", "规划批次", "改革委",
                                                  "工程质量", "规划导则", "体育场地", "项目储备", "计划表", "规划部", "行动不便",
                                                  "民宿旅游", "民宿经济", "民宿产业", "民宿集群", "民宿业", "职专科", "规划区"])

    /// Words that end with a head and are no name (畜牧业, 中小学, 图书馆总分馆: a system of libraries; the upper
    /// and lower reservoirs of a pumped-storage station, 上下水库; the plan as first set, 原计划).
    static let wordsEndingWithHeads = phrases(["畜牧业", "中小学", "总分馆", "比赛项目", "竞赛项目", "体育项目", "运动项目", "趣味项目",
                                                "工作经验", "文旅线路", "旅游线路", "精品线路", "上下水库", "上水库", "下水库", "原计划"])

    /// What follows a county's 县 when that 县 begins a bare body (会同|县府办, 县委): a common word before it is no county's name.
    static let countyBodyStarts = phrases(["委", "府", "政府", "人民政府", "人大", "政协", "纪委"])

    /// The office that stands for a sub-district (城郊办事处 for 城郊街道).
    static let subDistrictOfficeWords = phrases(["办事处", "街道办"])

    /// A community, the village level of towns (社区).
    static let communityWord = WordKey("社区".unicodeScalars)!

    /// Words of documents that 中 after them places a thing in (导则中, 方案中): no part of its name.
    static let documentWords = phrases(["导则", "文件", "方案", "规划", "意见", "通知", "报告", "纲要", "办法"])

    /// The marks that end a sentence or a line.
    static let sentenceEnds = ScalarSet("。！？；!?;\n")

    /// A congress's name without its level (人大).
    static let congressWord = WordKey("人大".unicodeScalars)!

    /// 集中 after works (…项目|集中开工): several launched or signed together.
    static let togetherWord = WordKey("集中".unicodeScalars)!

    /// Words before 村 that make a kind or title of village (信用村, 示范村, 中心村), no village's name.
    static let villageKinds = phrases(["信用", "示范", "中心", "美丽", "文明", "贫困", "重点", "试点", "特色", "样板", "明星", "先进",
                                       "生态", "和美", "宜居", "行政", "自然", "脱贫", "整治", "传统", "小康", "边境"])

    /// Words before a place that make a campaign of it (健康湖南, 平安宁远), as 健康中国 is one.
    static let campaignPrefixes = phrases(["健康", "平安", "书香", "美丽"])
    /// A drive's word after a campaign named by a place (平安宁远|建设): the campaign's name ends before it.
    static let campaignDriveWord = WordKey("建设".unicodeScalars)!

    /// Generic words that look like names but are not (ANNOTATION.md: 县城, 乡村 …).
    static let genericWords: Set<String> = [
        "县城", "乡村", "农村", "市区", "城区", "全县", "全市", "全国", "城乡", "山区", "村庄", "社区", "新村", "广场", "公园",
        "项目", "工程", "改造", "行动", "活动", "计划", "战略", "规划", "医院", "学校", "合作社", "公司", "集团", "协会",
        "重点项目", "重大项目", "民生工程", "惠民工程", "民心工程", "民生项目", "建设项目", "产业项目", "招商项目", "帮扶项目",
        "重点工程", "重大工程", "建设工程", "德政工程",
        "基础设施", "专项行动", "系列活动", "工作", "合作",
    ]

    static let longestGenericWord = genericWords.map(\.unicodeScalars.count).max()!
}
