/// The lexicon's words of programmes and of what tells them from works: the heads that end their names
/// (行动, 规划, 活动), kinds of drives, activities and events, national programmes known by name, built things.
extension Lexicon {
    /// Heads ending programme names: policies, campaigns, plans, events.
    static let programmeHeads = [
        "专项行动", "专项治理", "三年行动", "行动", "计划", "行动计划", "三年行动计划", "战略", "系列活动", "主场活动", "活动", "攻坚战", "大会战", "规划", "经验",
        "援助月", "宣传月", "宣传周", "服务月", "活动月", "建设年", "提升年", "加速年", "攻坚年", "推进年", "落实年", "突破年", "优化年", "巩固年", "提质年", "深化年",
        "发展年", "创新年", "服务年", "项目年", "竞进年", "奋进年", "提速年", "见效年", "效能年", "争先年", "赶超年", "跨越年", "邀请赛", "锦标赛", "比赛", "大赛", "大比拼", "联赛", "篮球赛", "足球赛", "运动会", "马拉松", "文化节", "丰收节",
        "旅游节", "博览会", "博会", "展览会", "交易会", "洽谈会", "艺术节", "音乐节", "美食节", "政策", "创建", "公益项目", "主题教育", "帮扶", "协作", "扶贫协作", "对口帮扶", "对口协作",
        "改革", "制度", "机制", "模式", "大奖赛", "公开赛", "挑战赛", "越野赛", "蔬菜节", "采摘节", "花节", "果节", "瓜节", "庙会", "古庙会", "自行车赛", "骑行赛", "骑行大赛", "争霸赛", "分站赛",
        // Festivals of a fruit (樱桃节, 葡萄节, 荔枝节), beside those of fruit, melons and flowers at large (果节, 瓜节, 花节).
        "樱桃节", "蜜桃节", "黄桃节", "香梨节", "酥梨节", "雪梨节", "红枣节", "冬枣节", "蜜柚节", "脐橙节", "蜜桔节", "柑橘节", "草莓节", "蓝莓节", "桑葚节",
        "葡萄节", "石榴节", "枇杷节", "杨梅节", "荔枝节", "龙眼节", "李子节", "柿子节", "猕猴桃节", "核桃节", "板栗节", "番茄节", "西红柿节",
        // Agricultural shows (…农展会, …农博会).
        "农展会", "农博会",
        "茶节", "酒节", "电影节", "戏剧节", "读书节", "购物节", "冰雪节", "民俗节", "体育节", "科技节", "旅游季", "风情季", "文化季", "消费季", "文化周", "发展大会", "选拔赛", "冠军赛", "奥运会", "残奥会", "冬奥会", "亚运会", "全运会",
        // Exhibitions, shows and evening galas named by a quotation or a title (“…”书画展, 《…》云展播).
        "书画展", "摄影展", "书法展", "美术展", "作品展", "书法大展", "书画大展", "展播", "云展播", "晚会", "灯谜晚会", "灯谜竞猜",
        // Gatherings a festival holds (桃花诗词会, 相亲联谊会; a body of members is 联谊会 alone).
        "诗词会", "赛诗会", "相亲联谊会",
        // Tours of performances, named by a quotation or a campaign (“送戏下乡”惠民演出), like activities.
        "演出", "惠民演出", "文艺演出",
    ] + pilotZoneHeads

    /// Heads of the pilot zones a ministry designates (国家农业绿色发展先行区): named from 国家.
    static let pilotZoneHeads = ["先行区", "先行示范区"]
    static let pilotZoneHeadScalars = pilotZoneHeads.map { Array($0.unicodeScalars) }
    static let nationalWord = WordKey("国家".unicodeScalars)!

    /// Heads after which one common word is a kind, not a name (农田|改造, 样板|工程, 培训|活动).
    static let kindHeads = phrases(["改造", "改建", "扩建", "建设", "工程", "项目", "活动", "生产线"])

    /// The heads that name works in general (重点|工程, 建设|项目): with generic words only they make a class.
    static let classHeads = phrases(["工程", "项目"])

    /// Heads that are acts of works: followed by their result (改造为, 建设成) they are verbs.
    static let worksActs = phrases(["改造", "改建", "扩建", "建设"])
    /// Where an activity is held (活动|场地), which makes the activity's head a word of the place.
    static let venueWords = phrases(["场地", "场所", "阵地", "空间", "室"])
    static let activityWord = WordKey("活动".unicodeScalars)!
    /// A body's buildings and what they are for (业务, 综合楼), which the works done to them name with the body
    /// (…疾病预防控制中心|业务综合楼|改扩建项目).
    static let buildingsOfBodies = phrases(["业务", "教学", "医技", "门诊", "住院", "办公", "综合楼", "教学楼", "办公楼", "实验楼", "门诊楼", "住院楼", "宿舍楼", "用房"])
    /// The acts of works done to a built thing or body, which its name runs into (职教中心|改扩建建设项目).
    static let worksActWords = phrases(["改扩建", "改造", "改建", "扩建", "建设", "新建", "迁建", "提质", "提升", "提标", "升级", "修缮", "维修"])

    /// The ranks of titles by the level that confers them (省级 of 省级文明县城), and the levels of things counted (5个县级…中心).
    static let levelRanks = phrases(["县级", "市级", "省级", "国家级"])

    /// Programme heads that are also verbs: followed by their object (创建|绿色基地) they end no name.
    static let verbHeads = phrases(["创建"])
    /// Words after a verb head that the programme's name governs (创建工作, 创建成果).
    static let nounsAfterVerbHeads = phrases(["工作", "活动", "成果", "以来", "过程", "期间", "任务", "名单"])

    /// Heads of the aid programmes between two provinces, named by their one-character names (京蒙帮扶, 闽宁协作).
    static let provincePairHeads = phrases(["帮扶", "协作", "扶贫协作", "对口帮扶", "对口协作"])
    /// The provinces' one-character names (京 北京, 蒙 内蒙古, 闽 福建 …).
    static let provinceAbbreviations = ScalarSet("京津沪渝冀晋蒙辽吉黑苏浙皖闽赣鲁豫鄂湘粤桂琼川蜀黔贵滇云藏陕秦甘陇青宁新港澳台")

    /// Heads of drives that an event or a campaign head after them belongs to (“…建设年”活动,
    /// “百日攻坚”大会战集中开工活动): that later head names nothing of its own.
    static let driveHeads = campaignYearHeads.union(phrases(["大会战", "攻坚战", "行动", "专项行动", "三年行动", "文化节", "旅游节", "艺术节",
                                                             "音乐节", "美食节", "丰收节", "博览会", "交易会", "展览会", "旅游季"]))

    /// Heads of activities in general: the items listed before them (歌舞、展览等活动) are kinds.
    static let activityHeads = phrases(["活动", "系列活动"]).union(performanceHeads)

    /// Heads of performances, named only by a quoted campaign (“送戏下乡”惠民演出).
    static let performanceHeads = phrases(["演出", "惠民演出", "文艺演出"])

    /// Kinds of activity: an activity named by nothing else is one of a class (主题文化活动482场).
    static let activityKinds = phrases([
        // Fitness of the people or of a community (社区|健身活动, 全民健身|活动): kinds.
        "健身", "全民健身", "社区",
        // Activities of many forms (不同形式|演练活动): kinds.
        "不同形式", "多种形式", "各种形式", "形式", "不同", "多种", "各种", "演练", "应急演练",
        "主题", "群众", "文化", "文体", "文艺", "体育", "宣传", "宣传月", "宣传周", "教育", "系列", "实践", "志愿", "志愿服务", "纪念", "庆祝", "娱乐",
        "演出", "培训", "交流", "互动", "特色", "民俗", "节日", "节庆", "服务", "就业", "创业", "观摩", "评比", "工作", "冰雪", "喜庆", "风情", "农家", "民族",
        "送书", "读书", "阅读", "推广", "阅读推广", "义诊", "送医", "送药", "科普",
        // Topics of public-safety drives: an activity named by them alone is one of a kind (反诈骗宣传活动).
        "反诈", "反诈骗", "防诈", "防骗", "反电诈", "电信诈骗", "禁毒", "防溺水", "消防", "安全", "法治", "普法",
        "交通安全", "食品安全", "全民", "集中", "非遗", "聚集性", "开竣工", "竣工投产", "开工竣工", "推介", "招商推介",
        // Folk dances and lanterns of the new year (舞龙活动, 舞龙舞狮表演): kinds.
        "舞龙", "舞狮", "舞龙舞狮", "龙灯", "舞龙灯", "花灯", "灯会", "巡游", "表演", "舞龙表演",
    ]).union(genericModifiers)

    /// Heads of a year given to one drive (项目建设年, 能力作风提升年): its body names it however
    /// generic its words.
    static let campaignYearHeads = phrases([
        "建设年", "提升年", "加速年", "攻坚年", "推进年", "落实年", "突破年", "优化年", "巩固年", "提质年", "深化年", "发展年",
        "创新年", "服务年", "项目年", "竞进年", "奋进年", "提速年", "见效年", "效能年", "争先年", "赶超年", "跨越年",
    ])

    /// Programme heads that a place alone names: a model of work called after where it began
    /// (晋江经验, 宁远模式), or a recurring event held there (宁远县旅游发展大会, 九嶷山文化周),
    /// where 县重点项目 is named by nothing.
    static let placeNamedProgrammeHeads = phrases(["经验", "模式", "发展大会", "文化周",
                                                   // Events a place holds under its own name (渠县马拉松, 宁远县文化节).
                                                   "马拉松", "文化节", "旅游节", "艺术节", "音乐节", "美食节", "运动会", "博览会", "博会", "庙会", "茶节", "采摘节",
                                                   // Games held in a city and named after it (北京冬奥会, 杭州亚运会).
                                                   "奥运会", "冬奥会", "残奥会", "亚运会", "全运会", "冬运会"])

    /// Heads of models and rules that name a programme only after a place or a quoted name
    /// (宁远模式, “四议两公开”制度); after other words they describe (发展模式, 管理制度).
    static let modelHeads = phrases(["模式", "制度", "机制", "经验"])
    /// 模式 alone of the model heads: kinds of farming listed before it are no models (林禽、林畜等模式),
    /// where places listed before 经验 name one each (枫桥、浦江等经验).
    static let modelWord = WordKey("模式".unicodeScalars)!
    /// Words that make what a list names many kinds of a thing (等多种|模式, 等多类|产品); 新 does too
    /// (A、B等|新|模式: new kinds of farming).
    static let manyKindsWords = phrases(["多种", "多类", "各类", "各种"])

    /// 工程 builds something (a Project: 防洪能力提升工程, 道路改建工程) when its body names a built
    /// thing, and is a campaign (a Programme: 关爱工程, 人才培育工程) when it does not.
    static let worksHead = WordKey("工程".unicodeScalars)!
    static let contestWord = WordKey("比赛".unicodeScalars)!
    /// 项目 of a reform, a pilot, a demonstration county or a drive into the villages is a Programme
    /// (农村综合改革试点项目, …综合示范县项目, 电商进农村…项目), or of a promotion (…示范与推广项目, …技术推广项目):
    /// it runs, it builds nothing.
    static let projectHead = WordKey("项目".unicodeScalars)!
    /// 生产线: counted by 条, it is a plant's equipment (7条精粉生产线), not works.
    static let productionLineHead = WordKey("生产线".unicodeScalars)!
    /// Verbs of handling works in slogans (抓项目, 谋项目, 招项目) or reports (做项目汇报): 项目 after them is their object.
    static let worksHandlingVerbs = ScalarSet("抓谋招争跑引做")
    /// 政策 names a policy only with a count or a quotation in its body (殡葬六免政策).
    static let policyHead = WordKey("政策".unicodeScalars)!
    /// What stands before 级 in a rank (县级, 国家级, 三级): an institution head after it names a class (县级医院).
    static let rankedLevels = ScalarSet("县市省家乡镇村区一二三")
    /// What forms a grade with 等 after a rank (三级甲等): that 等 lists nothing.
    static let gradeCharacters = ScalarSet("甲乙丙")
    /// A pilot (试点), which a works' name before it is the subject of (全国步行街改造提升试点).
    static let pilotWord = WordKey("试点".unicodeScalars)!
    static let programmeMarkers = phrases(["改革", "试点", "试验", "示范县", "进农村", "下乡", "与推广", "技术推广"])
    static let builtThingCharacters = ScalarSet("路桥街馆楼厂站库渠堤坝港房井塔厕墙")
    static let builtThingWords = phrases([
        "供水", "饮水", "用水", "水源", "防洪", "水利", "河道", "管网", "电网", "供电", "供热", "供气", "燃气", "污水", "改建",
        "扩建", "新建", "改造", "广场", "球场", "体育场", "停车场", "光伏", "风电", "隧道", "管道", "线路", "设施建设", "流域", "水环境",
        "路网", "滴灌", "灌溉", "排水", "防涝", "输变电", "输电", "变电", "扩容", "景区", "水系", "连通", "棚户区", "住房", "安居", "安置", "厂房", "农田", "大棚", "园区", "迁建", "新改建", "岸线",
        "治理", "整治", "中学", "小学", "学校", "医院", "新院", "作业区", "码头", "锚地", "配套设施", "大道", "垃圾", "移民",
        "加固", "整险", "防护", "护岸", "护坡", "护脚", "泊位", "航道", "船闸", "微网", "微电网",
        // Networks of telecommunication (5G网络“强镇兴乡”工程, 光纤宽带工程).
        "5G网络", "4G网络", "光纤", "宽带", "光网", "基站",
        "景点", "景观", "屋顶", "幼儿园", "卫生院", "食堂", "宿舍", "校舍", "室内", "水务", "水生态", "设施提升", "拓宽", "农网", "配网", "配电网", "系统", "平台",
        "节水", "疏浚", "清淤", "灌区", "搬迁", "中心", "校区", "院区", "校园", "改线", "国道", "省道", "县道", "乡道",
    ])

    /// National programmes and policies known by name.
    static let nationalProgrammes = [
        "科技特派员制度", "科技小院", "光伏扶贫", "以工代赈", "乡村振兴", "千万工程", "四好农村路", "新型城镇化", "春风行动", "就业援助月", "枫桥经验", "新时代枫桥经验",
        "污染防治攻坚战", "全民健身", "全民阅读", "城市更新", "脱贫攻坚", "共同富裕", "一带一路", "美丽乡村", "厕所革命", "河长制", "十年禁渔", "长江十年禁渔",
        "林长制", "湖长制", "河湖长制", "田长制", "路长制", "港长制", "山长制", "链长制", "乡村建设行动", "高标准农田建设", "以旧换新", "人居环境整治", "农村人居环境整治", "两不愁三保障", "三保障",
        "东西部协作", "东西部扶贫协作", "数字乡村", "放管服", "最多跑一次", "优质服务基层行", "义务教育优质均衡", "奶业振兴", "退耕还林", "退耕还草", "退耕还林还草",
        "中央生态环境保护督察", "中央环境保护督察", "中央生态环保督察", "中央环保督察", "十四五规划", "十五五规划", "十四五", "十五五", "十三五规划", "十三五", "十二五规划", "十二五", "十一五规划", "十一五", "双减", "双碳", "中国农民丰收节", "农家书屋", "强国建设",
        "健康中国", "美丽中国", "平安建设", "体育强国", "教育强国", "科技强国", "文化强国", "农业强国", "交通强国", "制造强国",
        "人才强国", "质量强国", "航天强国", "网络强国", "海洋强国", "文明城市创建", "根治欠薪", "就业优先战略", "科教兴国战略", "希望工程",
        "三下乡", "文化科技卫生三下乡", "农民丰收节", "丰收节", "国家储备林建设",
        // Provincial programmes known across the country, as 千万工程 is (浙江's 八八战略, 山海协作 of coast and mountain counties).
        "八八战略", "山海协作", "山海协作工程",
        // National observance days and weeks.
        "全民国家安全教育日", "国家宪法日", "全国科普日", "全国助残日", "全国节能宣传周", "安全生产月", "全国低碳日", "国家扶贫日",
        "全国防灾减灾日", "防灾减灾宣传周", "中国旅游日", "全民营养周", "全民健身日", "中国水周", "防灾减灾日", "国际减灾日", "全国爱眼日", "全国爱耳日",
        "全国爱牙日", "全国疟疾日", "全国儿童预防接种日", "全国肿瘤防治宣传周", "中国医师节", "国际护士节", "全国消防日", "国际志愿者日", "中国志愿者日",
        "国际残疾人日", "国际禁毒日", "世界红十字日", "世界献血者日", "世界急救日", "世界环境日", "世界地球日", "世界水日", "世界卫生日",
        "世界无烟日", "世界粮食日", "世界读书日", "世界艾滋病日", "世界精神卫生日", "世界家庭医生日", "世界海洋日", "世界湿地日", "世界气象日",
        "世界知识产权日", "世界标准日", "世界消费者权益日", "国际消费者权益日", "世界人口日", "世界结核病日", "世界糖尿病日", "世界高血压日",
        "国际社工日", "中华慈善日", "全国法制宣传日", "国际劳动妇女节", "全国交通安全日", "中国航天日", "中国品牌日", "全国科技工作者日", "世界旅游日",
        "精准扶贫", "精准脱贫", "扫黑除恶", "党史学习教育", "总分馆制", "图书馆总分馆制", "文化馆总分馆制", "教育强国推进工程", "家庭医生签约服务", "消费帮扶", "消费扶贫", "文化和自然遗产日", "电子商务进农村综合示范", "电商进农村综合示范", "县域商业建设行动", "一村一品", "三品一标", "爱国卫生运动", "爱国卫生", "我为群众办实事", "互联网+政务服务",
        // The policy joining the gains against poverty to rural revitalisation (2021–2025).
        "巩固拓展脱贫攻坚成果同乡村振兴有效衔接", "巩固拓展脱贫攻坚成果与乡村振兴有效衔接", "巩固拓展脱贫攻坚成果和乡村振兴有效衔接",
        // Plays and shows the culture departments take to villages (送戏下乡).
        "送戏下乡",
        // The state's programme of telecommunication for every village (电信普遍服务, since 2015).
        "电信普遍服务",
        // The first document of the year of the centre (中央一号文件) and of a province's or county's party committee.
        "中央一号文件", "省委一号文件", "市委一号文件", "县委一号文件",
        // The nationwide tree-planting duty of 1981 (全民义务植树运动); bare 义务植树 is a kind of activity.
        "全民义务植树", "全民义务植树运动",
        // National trade fairs known by their short names.
        "广交会", "进博会", "服贸会", "消博会", "高交会", "投洽会", "哈洽会", "西洽会", "东博会", "文博会", "农交会", "糖酒会",
    ]
    /// The national programmes, to test a quoted name against.
    static let nationalProgrammeNames = Set(nationalProgrammes)

    /// What a bus or coach route is before 线路 (公交|线路, 客运|线路): a route, no works.
    static let busRouteWords = phrases(["公交", "客运", "交通", "班线"])

    /// Heads of plans: after a works' head (…项目|规划) the plan is the works', and before a verb (规划|种植) the head is the verb.
    static let planHeads = phrases(["规划"])

    /// Heads of plans, which an act on a plan ends with too (调整|计划, 修改|方案).
    static let planWords = phrases(["规划", "计划", "方案"])
    /// Adverbs of one character before a verb of planning (正|计划, 拟|规划, 曾|计划).
    static let planAdverbs = ScalarSet("正拟曾仍")
    /// Words between a programme's head and the plan it runs into (…改革|发展实施|方案, …行动|工作|方案).
    static let planLeadWords = phrases(["发展", "实施", "工作", "总体", "建设"])
    /// Heads of plans named with their place and year (宁远县2024年国民经济和社会发展计划).
    static let datedPlanHeads = phrases(["规划", "计划"])
}
