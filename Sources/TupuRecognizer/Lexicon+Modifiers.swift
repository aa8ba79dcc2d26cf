/// The lexicon's words that qualify a name without naming anything themselves: the status, rank,
/// sector and kind of works, bodies and sites, and the titles and classes they make.
extension Lexicon {
    /// Words of reports that qualify a project or programme without naming it: its status,
    /// rank, sector, period or kind. A body made of nothing else is no name (新建项目, 重点项目,
    /// 招商引资项目, 集中供热管网, 年度计划).
    static let genericModifiers = phrases([
        "重点", "重大", "骨干", "龙头", "优质", "新建", "续建", "在建", "拟建", "扩建", "配套", "签约", "招商", "引资", "招商引资",
        // The kinds of a race (赛事|半程马拉松): a marathon is named by its place or edition.
        "赛事", "半程", "全程", "迷你",
        // Degrees of schooling and a school's parts (中等职业学校, 高等院校, 新校区).
        "中等", "高等", "初等", "校区", "新校区", "社会民生",
        // Land a county develops inside another's (“飞地”产业园): a kind of park.
        "飞地",
        // Power supply and its cables laid underground (供电|线路, 电缆入地|改造): kinds of power works.
        "供电", "电缆", "入地",
        "全年", "年度", "季度", "一期", "二期", "三期", "前期", "储备", "增量", "存量", "入库", "开工", "竣工", "落地", "谋划",
        "大", "好", "新", "小", "总", "各类", "各项", "相关", "其他", "所有", "主要", "具体", "全部", "该", "此", "本", "这一", "一批",
        "大抓", "抓", "筑牢", "实施", "开展", "推进", "视情", "示范", "试点", "专项", "公益", "帮扶", "衔接", "惠民", "民心", "民生",
        "省级", "市级", "县级", "国家级", "中央", "政府投资", "投资", "社会投资", "产业", "工业", "农业", "城建", "交通", "水利",
        "文旅", "基础设施", "建设", "改造", "升级", "提升", "老化", "集中", "供水", "供热", "供气", "燃气", "污水", "雨水", "雨污", "雨污分流", "分流", "配水", "支线", "干线", "主干线", "管网",
        "道路", "核心区", "区域", "领域", "范围", "村", "乡镇", "城乡", "农村", "城区", "县城", "全县", "全市", "全省", "全国", "全区", "全州", "全旗", "全乡", "全镇", "全村", "发展",
        "国家", "山区", "综合", "综合性", "体制", "机制", "深化", "全面", "多种", "各种", "项目", "试验", "基地",
        "主导", "企业", "类", "社会事业", "服务业", "制造业", "投产", "及", "和", "与", "、", "整个", "重要", "攻坚", "首批", "全域", "旅游", "生态", "节事", "节会",
        "方面", "以上", "以下", "亿元", "万元", "设施", "计划", "开复工", "复工", "预算内", "工程", "援疆", "援建", "跨年度", "规划",
        "房地产", "总体", "室内", "室外", "户内", "户外", "旧", "管道", "管线", "技术改造", "技改", "再生利用", "自治区", "钢结构", "钢架结构", "框架结构", "畅通", "公厕", "旱厕", "厕所", "公共厕所", "一类", "二类", "三类", "回迁", "安置", "回迁安置", "附属", "外网", "内网", "教育", "布局", "堤防", "高质量", "新能源", "能源", "环保", "养老", "商贸", "物流", "市政", "工作", "研究", "开发", "规模",
        "石窟", "烈士", "清真", "经营性", "资金", "补助资金", "专项资金", "农贸", "收益", "分配", "收益分配", "生猪", "畜禽", "牛羊", "定点", "重中之重", "设计", "长大",
        // Refuse and the ways stations handle it (压缩式|垃圾中转站, 地埋式, 移动式): kinds.
        "垃圾", "生活垃圾", "压缩", "压缩式", "地埋式", "地坑式", "移动式", "固定式", "封闭式", "密闭式", "新型",
        // Kinds of power works (架空|线路, 主变|电站, 输变电|工程, 民生保电|工程).
        "架空", "主变", "输变电", "变电", "输电", "保电", "保供电",
        // Old streets and lanes worked on as a kind (古街|路面修复工程, 背街小巷|微改造, 入地|缆化改造).
        "古街", "老街", "路面", "修复", "背街", "小巷", "背街小巷", "微", "入地", "缆化",
        // Kinds of activity held at cultural stations (体育健身|活动, 文化艺术|活动).
        "健身", "体育健身", "文化艺术", "艺术", "文化",
        // Parts of a river and what pumping stations do (上游|计划, 排涝|泵站, 提水|泵站).
        "上游", "下游", "中游", "上下游", "排涝", "提水",
        // Sizes and states of reservoirs and dams (小(二)型病险水库): kinds, not names.
        "小型", "中型", "病险", "型", "小一型", "小二型", "小(一)", "小(二)", "小（一）", "小（二）", "小(1)", "小(2)", "小（1）", "小（2）",
        // Cross-border trade (跨境电商|产业园项目): a sector.
        "跨境", "跨境电商",
        // Public welfare, society and its institutions (公益事业|项目, 儿童福利机构|设施建设项目, 社会公益性|民生工程): kinds.
        "事业", "公益事业", "福利", "机构", "儿童", "儿童福利", "社会", "医疗", "医疗机构",
        // Moving a works to a new site (迁址|新建工程, 易址新建) and skills contests (技能|大赛): kinds.
        "迁址", "易址", "迁建", "技能", "职业技能",
        // An irrigated area's and a reservoir's own works (灌区|骨干工程, 水库|枢纽工程, 渠道|工程): kinds.
        "灌区", "水库", "枢纽", "水利枢纽", "渠道",
        // Homestays as a trade (民宿|招商引资项目, 民宿|项目): a sector.
        "民宿",
        // Standards of farms and buildings (标准化蚕房) and the sea farmed (海洋牧场): kinds, not names.
        "标准化", "海洋", "海洋牧场", "现代化", "冰雪", "改扩建", "精品", "标准",
        // Orchards worked on as a kind (老果园|间伐|改造, 郁闭园改造).
        "果园", "老果园", "老园", "郁闭园", "间伐",
        "详细", "控制性", "性", "有", "中", "出", "自贸区", "自贸港", "康养", "涵养", "乡村振兴", "脱贫攻坚", "援藏", "优惠", "科学",
        "扶贫", "贫困", "光伏扶贫", "对口", "对口帮扶", "村级", "光伏", "健康", "千年", "百年", "文体", "文化活动",
        "内", "河道", "治理", "水土流失", "水土保持", "品牌", "郊野", "村里", "全民", "全员", "经济", "最大", "施工", "县里", "镇里", "乡里", "市里", "区里", "省里", "镇域", "县域", "市域", "村域", "一些", "主", "春季", "夏季", "秋季", "冬季", "秋冬季", "春夏季",
        "集体", "集体经济", "壮大", "村民", "居民", "群众", "村组", "部分",
        // Kinds of parks (体育公园, 城市湿地公园, 口袋公园).
        "体育", "湿地", "城市湿地", "口袋", "运动", "部门", "通村", "上述",
        // Farm works by their use (灌溉|设施, 田间|道路, 排灌|沟渠) and land consolidation (土地整治|项目): kinds.
        "灌溉", "田间", "排灌", "土地", "整治", "土地整治", "土地整理",
        // Dilapidated bridges, their strengthening and guard works (危桥|加固改造, 安全防护|工程).
        "危桥", "危旧桥", "加固", "防护", "安全防护",
        // Water supply by its source and reach (城市|自来水|管网, 村内|饮水|管网, 乡镇级|饮用水|水源|保护区).
        "自来水", "饮水", "饮用水", "水源", "村内", "乡镇级",
        // Roads to villages and their groups (通村通组|公路) and orchards of low yield (低产|改造): kinds.
        "通组", "通村通组", "低产", "低效", "低产低效",
        // Lines and sites described by how they run or how far along they are (自动化|生产线, 成熟|景区): kinds.
        "自动化", "智能化", "数字化", "成熟",
        "上半年", "下半年", "今明两年", "次", "此次", "本次", "这次", "实际", "优秀", "先进", "成功", "级", "亿级", "亿元级", "多个", "多项", "多家", "多款", "多场", "一系列", "若干",
        "特色", "现代", "融合", "住宅", "单位", "村庄", "传统", "薄弱", "联通", "包联", "包抓", "领导", "时期", "超", "过", "超亿元", "过亿元", "千万元", "百万元", "十亿元", "百亿元", "千亿元",
        "风电", "风力", "发电", "光伏发电", "风力发电", "太阳能", "储能", "分布式", "集中式", "电站", "先行先试", "抽水蓄能", "蓄能", "观光", "生态观光", "观光旅游", "公益性", "节地生态",
        "高标准", "农田", "危房", "危旧房", "棚户区", "棚改", "城中村", "旧村", "区块", "地块", "工矿", "统一", "大型", "大中型", "中小型", "大中小型", "实事", "民生实事", "核心", "种植", "养殖", "学校", "建筑", "主体",
        "地区", "老旧", "点位", "标志性", "中心城市", "提质", "提档", "整体", "技改", "基建", "成本", "科技计划",
        "人才", "篮球", "足球", "排球", "乒乓球", "羽毛球", "品牌赛事", "竞技", "体育竞技", "传统体育", "龙舟", "竞渡", "龙舟竞渡", "盛会", "龙舟盛会", "休闲", "消费", "夜间", "国道", "省道", "县道", "乡道", "村道", "现场",
        "文明实践", "新时代", "农产品", "交易", "充电", "充换", "公共", "专用", "临时",
        // Kinds of activity (趣味|运动会, 快闪|活动) and the editions before this one (前|六届|传统活动).
        "趣味", "快闪", "前",
        // Parts of a building's works (土建|工程, 各分项|工程, 桩基|工程, 钢结构|工程).
        "土建", "分项", "单项", "辅助", "骨灰", "桩基", "地基", "基础", "基坑", "钢结构", "装修", "幕墙", "机电", "暖通", "给排水", "弱电", "强电",
        // The strategic emerging industries and their products (光电新材料产业|项目, 锂电池|项目): sectors, not names.
        "新材料", "光电", "电子信息", "信息技术", "生物医药", "高端装备", "装备制造", "节能环保", "数字经济",
        "半导体", "集成电路", "锂电", "锂电池", "动力电池", "储能电池",
        // What a building of a school, a hospital or an office is for (教学综合楼, 门诊综合楼, 办公楼).
        "教学", "业务", "医技", "门诊", "住院", "办公", "学员",
        // Kinds of sites a report lists or plans in passing (革命遗址, 营地规划, 零散烈士墓).
        "营地", "革命", "零散",
        // How whole a works is said to be (全要素…综合体, 全链条…): no name of its own.
        "全要素", "要素", "全链条", "全方位",
        // A scenic area's visitors' centre and what lies around it (游客中心综合楼改造, 周边景观绿化提升项目, 饮食广场): kinds.
        "游客", "游客中心", "周边", "饮食", "优化",
        // Vouchers a government hands out (消费券发放活动): a kind of activity, named by its place or brand.
        "消费券", "优惠券", "购物券", "发放",
        // Railways and stations as kinds (高铁站项目, 站前广场及交通枢纽项目, 国家高铁战略): named by their place or line.
        "高铁", "高铁站", "铁路", "车站", "站前", "站前广场", "交通枢纽", "枢纽", "站区", "站房",
        // General aviation and its airports' classes (A1级通用机场) and land (土地规划): kinds.
        "航空", "通用航空", "通航", "低空", "通用", "A1级", "A2级", "A3级",
        // Kinds of greening and lighting works (整体绿化改造, 亮化提升工程): named by their place.
        "绿化", "亮化", "美化", "净化", "彩化",
        // School sport as a kind (校园足球联赛): a league is named by its place, edition or cup.
        "校园", "校园足球", "中小学",
        // A quarter's and a sector's works (一季度重点项目, 战略新兴项目): classes, named by nothing of their own.
        "一季度", "二季度", "三季度", "四季度", "战略新兴", "新兴",
        // Kinds of reform and of collective works (经营机制市场化改革, 实体共富项目).
        "市场化", "经营", "经营机制", "实体", "共富", "仓储", "商超",
        // Broadcasting as a kind and its schedules (季播放计划), and a scenic area's rank (A级旅游景区).
        "播放", "季", "A级",
        // A system as a figure of speech (全民系统工程, a whole-society undertaking): no works.
        "系统",
        // What a base is for (培训基地建设, 实训基地): a kind, named by its place or owner.
        "培训", "实训",
        // Farmers' houses as a kind of works (农房改造提升): named by their village.
        "农房",
        // Rebuilt, as built new (重建小区内…): a status; works damaged by floods or disasters (水毁工程, 水毁公路修复工程,
        // 灾毁道路): their damage, a status too.
        "重建", "水毁", "灾毁", "损毁", "水毁修复",
        // Landscapes and diversity as kinds (山水景区资源, 多元化线路).
        "山水", "多元化",
        // Unlawful kinds of activity a report opposes (违法犯罪活动, 封建迷信活动, 非法宗教活动): no programme.
        "违法", "犯罪", "违法犯罪", "迷信", "封建迷信", "非法", "非法宗教", "赌博", "邪教", "传销", "非法集资",
        // Stages of a meat industry's chain (屠宰深加工、冷链仓储等项目): kinds of works.
        "屠宰", "深加工", "精深加工", "育肥",
        // The rule of law as a theme of sites and rooms (法治广场, 法治文化公园, 村居法治书屋) and legal advice as an activity.
        "法治", "法治文化", "村居", "法律咨询",
        // Production as a kind of zone or site (生产作业区, 生产基地).
        "生产", "生产作业",
        // Public security as a kind of works (群众性治安防控工程, 治安防控体系).
        "群众性", "治安", "治安防控", "防控",
        // Planting trees as a kind of activity (春季义务植树活动, 植树造林活动); the nationwide duty is named (全民义务植树).
        "义务植树", "植树", "植树造林", "造林", "植树护绿",
        // Policies and insurance as the topic of an activity (医保政策入户宣传活动, 惠农政策宣讲活动): kinds.
        "政策", "医保", "医保政策", "社保", "医疗保险", "入户", "政策宣传",
        // Selling by live stream (现场直播带货试播活动): a kind of activity.
        "直播", "带货", "试播", "直播带货",
        // Where a works' money comes from (增发国债项目, 超长期特别国债项目, 专项债券项目); 长 stops a name
        // as a post's last character (县长), leaving 期 of 超长期.
        "应急", "演练", "应急演练", "文化惠民", "公共文化", "文化民生", "多数", "少数", "街心", "基金", "博爱", "援助", "医疗援助", "济困", "扶贫济困", "助困", "助学", "助残", "助医", "救助", "捐赠", "募捐", "爱心", "国债", "增发", "增发国债", "特别国债", "超长期", "长期", "期", "专项债", "专项债券", "债券", "政府债券", "地方政府",
    ]).union(kindsOfPower)

    /// The generic words that give only a works' status, rank, money or period, not what it builds
    /// (重点, 新建, 一期, 亿元): after a township they still name nothing (湾井镇重点项目).
    static let statusModifiers = phrases([
        "重点", "重大", "骨干", "龙头", "优质", "新建", "续建", "在建", "拟建", "扩建", "配套", "签约", "招商", "引资", "招商引资",
        "全年", "年度", "季度", "一期", "二期", "三期", "前期", "储备", "增量", "存量", "入库", "开工", "竣工", "落地", "谋划",
        "大", "好", "新", "小", "总", "各类", "各项", "相关", "其他", "所有", "主要", "具体", "全部", "该", "此", "本", "这一", "一批",
        "大抓", "抓", "实施", "开展", "推进", "示范", "试点", "专项", "公益", "帮扶", "衔接", "惠民", "民心", "民生", "省级", "市级",
        "县级", "国家级", "中央", "政府投资", "投资", "社会投资", "集中", "建设", "改造", "升级", "提升", "重要", "首批", "以上", "以下",
        "亿元", "万元", "计划", "开复工", "复工", "预算内", "援疆", "援建", "援藏", "跨年度", "规模", "及", "和", "与", "、", "一些", "实事",
        "民生实事", "乡村振兴", "脱贫攻坚", "特色", "农业", "国债", "增发", "增发国债", "特别国债", "超长期", "专项债", "专项债券", "债券", "政府债券", "地方政府",
    ])

    /// Public facilities of which a place has one (肃州区公共实训基地), whose words are generic one by one.
    static let placesOwnFacilities: [[Unicode.Scalar]] = ["公共实训基地", "公共实训中心"].map { Array($0.unicodeScalars) }

    /// Heads of power stations, which a place names with its kind of power (长子抽水蓄能电站, 万和风电场).
    static let powerStationHeads = phrases(["电站", "风电场", "电厂"])
    /// Kinds of power a station makes (抽水蓄能, 光伏, 风电).
    /// A works named by nothing else (生物质热电联产项目) is a kind.
    static let kindsOfPower = phrases(["抽水蓄能", "蓄能", "储能", "光伏", "光伏发电", "风电", "风力发电", "水力发电", "水电", "火电", "热电", "生物质",
                                       "生物质能", "联产", "热电联产"])

    /// The status words and the sectors of a zone's projects (产业, 工业, 文旅): what names a zone's
    /// projects as a class, not what one of them builds.
    static let sectorAndStatusWords = statusModifiers.union(phrases(["产业", "工业", "服务业", "制造业", "商贸", "文旅", "旅游", "物流", "企业", "社会事业", "类"]))

    /// 人民 (the people's), which alone names no court (人民法庭).
    static let peopleWord = WordKey("人民".unicodeScalars)!
    /// Heads of courts and procuratorates.
    static let courtHeads = phrases(["法庭", "法院", "检察院"])

    /// The levels of the divisions below a county (村级, 镇级): written after a place, they make a class.
    static let lowerLevelWords = phrases(["村级", "镇级", "乡级"])

    /// Words that make a programme's name a pilot's title after its head (…改革|示范区, …教学改革|实验校).
    static let pilotTitleWords = phrases(["示范", "实验"])

    /// Words that begin titles conferred (最美庭院, 最美驿站, 优秀商会, 先进集体).
    static let titleWords = phrases(["最美", "优秀", "先进"])
    /// The whole country or province a title ranks a site in (全国|…示范园区, 全省|…).
    static let nationwideWords = phrases(["全国", "全省"])
    /// Heads of a body's outlets, which a body sets up many of (服务站点, 服务点, 驿站).
    static let outletHeads = phrases(["服务站点", "服务点", "站点", "驿站", "网点"])

    /// Words that qualify an institution without naming it (村合作社, 集体合作社, 公办学校).
    static let genericInstitutionModifiers = phrases([
        "村", "村级", "驻村", "集体", "城区", "县城", "市区", "镇区", "乡村", "联建", "股份", "经济", "股份经济", "农民", "专业", "公办", "民办", "普惠", "普惠性", "全日制", "寄宿制", "直属",
        "特色", "体育", "省级", "市级", "国家级", "工程", "技术", "企业", "研究", "工业设计", "平台", "国有平台", "融资平台", "公共", "文化", "乡镇", "基层", "各级", "各类", "领办",
        "领办型", "联合", "新型", "农村", "城乡", "社区", "地方", "有关", "相关", "中小", "全县", "全市", "龙头", "骨干", "国有", "星级", "双方", "两家", "各家", "专门", "工作", "专项", "现代",
        "高档", "一流", "优质", "规范", "规范化", "标准化", "现行", "海洋", "万亿级",
        // Visitors' centres of scenic areas (游客服务中心, 游客中心): kinds.
        "游客", "游客服务", "游客中心",
        // Schools by their grade (中等|职业学校) and a school's campus (学校|新校区): kinds.
        "中等", "高等", "中等职业", "学校",
        // What a data park's centres do (大数据|运营中心, 云计算|数据中心, 信息化|展示中心): kinds.
        "大数据", "云计算", "数据", "算力", "智算", "运营", "信息化", "数字", "数字产业", "创新", "孵化", "创新孵化", "展示",
        // Legal aid's stations (建立|法律援助工作站): kinds, named by their place (高川法律援助工作站).
        "法律援助",
        // What a store holds (应急物资|储备库, 救灾|储备库, 粮食|储备库): kinds.
        "应急", "物资", "救灾", "应急物资", "救灾物资", "防汛物资", "粮食",
        // Farms and firms of scale, of farming and herding, and of a kind of herd (规模养殖场, 大型农牧企业集团,
        // 规模化奶牛牧场): kinds.
        "规模", "规模化", "农牧", "奶牛", "肉牛", "生猪", "肉羊",
        "综合", "家庭", "县直", "直属", "县直属", "驻地", "义务教育", "阶段", "移民", "安置区", "一贯制", "服务", "物流", "配送", "分拣", "仓储", "冷链", "运维", "运营", "特产", "大型", "小型", "大中型", "中小型", "大小", "专职", "政府", "乡镇政府",
        "综合性", "试点", "县域", "一级", "二级", "三级", "甲等", "乙等", "二甲", "三甲", "物业", "人才", "定点", "成员",
        "非遗", "共富", "微", "退役军人", "便民", "战略", "合作", "战略合作", "政策性", "保险", "邮政", "快递", "电子商务", "电商", "现场",
        // Cross-border trade and the services a park offers it (跨境电商|孵化培训中心, 跨境|运营服务中心): kinds.
        "跨境", "跨境电商", "培训",
        // What a relief centre does (救助|保护中心): kinds, named by their place (安康市流浪未成年人救助保护中心).
        "救助", "救助保护", "保护",
        "中职", "高职", "专科", "本科", "职教", "职教本科", "高职专科", "全国", "现代化", "一站式", "新时代", "草根", "供销", "新时期", "农资", "连锁", "惠农", "农机", "区域", "法律服务", "示范性", "镇级", "乡级", "属地",
        "工会", "户外", "劳动者", "职工", "老年", "规范化", "标准化", "成人", "残疾人", "当地", "巡回", "移动", "档案", "数字", "零工", "技能", "首家", "党群", "社会工作", "社会",
        "智库", "留守儿童", "儿童", "异地", "党员", "扶贫", "烟叶", "海上", "行业", "农业", "农业开发", "农业发展", "生活", "粮食", "公立", "民营", "气象", "信息", "气象信息", "预警", "公募", "非公募", "慈善", "5A级", "4A级", "3A级", "受赠", "受援", "受捐", "首届", "第一届", "天然气", "燃气", "老人", "老年人", "24小时", "小时", "公益性", "智慧",
        // Kinds of think tanks (中国特色新型|智库, 高端|智库).
        "中国特色", "高端",
        "土地", "土地股份", "绿色", "生态", "绿色生态", "教育", "上级", "产品", "检测", "产品检测", "助餐", "老年助餐", "家谱", "村志", "红色", "名医", "名中医", "院士", "法官", "未成年人", "保护", "精品", "城镇", "网红", "域内", "辖区",
        // Lodgings by the trade they serve (旅游|民宿, 乡村旅游|民宿): kinds.
        "旅游", "乡村旅游",
        // Sub-districts as a level (各镇|街道派出所) and a works' headquarters (项目建设|指挥部): kinds.
        "街道", "项目建设",
        // The rule of law as a theme of reading rooms (法治书屋, 村居法治书屋).
        "法治", "村居",
        // Teams and groups named only by the ban they enforce (秸秆禁烧|小分队, 禁烧|督查组): kinds; 小 of a small team too.
        "秸秆", "禁烧", "秸秆禁烧", "巡查", "专项督查", "小",
        // Fire and rescue units by their service (新建|消防救援站, 成立|应急救援队): kinds, named by their
        // place (融水消防救援大队, 县消防救援大队).
        "消防", "救援", "消防救援", "应急救援", "森林消防",
    ])

    /// Words that rank a project among others (重点, 签约): after a named park they make a class of
    /// its projects (…共建产业园|重点项目), not a project of its own.
    static let rankModifiers = phrases(["重点", "重大", "骨干", "龙头", "签约", "招商", "招商引资", "入园", "入驻", "首批"])

    /// Either kind of generic word: what a quoted title of rank is made of (“国家二级图书馆”).
    static let genericRanksAndKinds = genericModifiers.union(genericInstitutionModifiers)

    /// Boundary words that also stand inside names (生态提升建设项目, 产业发展基地建设项目, 校舍提升改造工程).
    static let verbalNounsInNames = phrases(["建设", "发展", "提升", "攻坚", "投资", "改造"])
}
