/// The lexicon's words for places beyond the administrative divisions: heads of sites and streets,
/// the periods sites date from, countries, regions spanning provinces, great rivers and named
/// natural features.
extension Lexicon {
    /// 漂流, which names a rafting run only right after the water or landform it runs down (马岭河|漂流,
    /// 鸳鸯溪|漂流, 冷泉|漂流, 峡谷|漂流): elsewhere it is the verb (前来|漂流).
    static let raftingHead = WordKey("漂流".unicodeScalars)!
    static let raftedWaterCharacters = ScalarSet("河溪江峡谷泉湖滩")

    /// Kinds of protected area whose official names hold their rank (蜂桶寨国家级自然保护区, 某某省级森林公园).
    static let protectedAreaKinds: [[Unicode.Scalar]] = ["自然保护区", "森林公园", "湿地公园", "地质公园", "风景名胜区", "自然公园", "水利风景区", "沙漠公园"]
        .map { Array($0.unicodeScalars) }

    /// Cities' one-character abbreviations that begin no division's name (蓉 for 成都, 穗 for 广州, 甬 for 宁波).
    static let cityAbbreviations = "蓉穗甬榕邕筑"

    /// Words for a county's or city's town (县城, 城区), which a street's name does not hold.
    static let townWords = phrases(["县城", "城区", "市区", "镇区"])
    /// An area, a place's head only after a direction (桥南区域).
    static let areaHead = WordKey("区域".unicodeScalars)!
    /// The word that begins a ring road's name (环城南路, 环城大道).
    static let ringRoadWord = WordKey("环城".unicodeScalars)!

    /// Place heads beyond the administrative divisions: sites and natural features.
    static let placeHeads = [
        "开发区", "经济技术开发区", "高新区", "产业园区", "工业园区", "示范区", "保护区", "景区", "风景区", "片区", "新区",
        "移民新村", "新村", "广场", "公园", "体育场", "体育馆", "大道", "大街", "东街", "西街", "南街", "北街", "国道", "省道", "县道", "乡道",
        "小镇", "古镇", "教学点", "滩区", "中路", "东路", "西路", "南路", "北路", "自由贸易试验区", "自贸区", "自由贸易港", "机场", "经开区",
        "自贸港", "综合保税区", "保税区", "化工区", "工业区", "老街", "街道", "遗址", "大厦", "加工园区", "物流园区", "农业园区", "创业园区", "科技园区", "示范园区", "工业园", "产业集聚区", "集聚区", "集中区",
        "交易市场", "批发市场", "农贸市场", "集贸市场", "菜市场", "净菜市场", "乐园", "经济区", "古城", "产业聚集区", "聚集区", "礼堂", "水库", "会议中心", "会展中心", "行政中心",
        "度假区", "旅游区", "文旅区", "铁路", "街区", "区域", "屋场", "安置小区", "环路", "步行街", "商业街", "美食街", "古街", "灌区", "库区", "小区", "立交桥", "花园",
        // Heritage sites: ruins, tombs, grottoes, former sites, temples and halls of worship.
        "墓群", "墓地", "古墓", "石窟", "旧址", "故居", "祠堂", "宗祠", "家庙", "祖祠", "公祠", "古村", "寺", "古寺", "庙", "古庙", "城墙", "牌坊",
        "古塔", "古桥", "廊桥", "古驿道", "驿道", "古戏台", "会馆", "古民居", "陵园", "公墓", "纪念碑", "纪念园", "古村落", "烈士墓", "故里", "渡口", "瀑布", "民宿区", "侗寨", "苗寨", "瑶寨", "古寨",
        // Mountain ranges, a river's former course and main canals (黄河故道, 林楚干渠).
        "山脉", "故道", "干渠",
        // Fishing ports, ski resorts and rafting runs (云澳渔港, 湛江湾渔港, 白天池滑雪场, 马岭河漂流).
        "渔港", "中心渔港", "滑雪场", "漂流",
        // Ports of entry (盘锦港口岸, 二连浩特公路口岸), a port's districts and their operating areas (罗源湾港区, 可门作业区).
        "口岸", "港口岸", "港区", "作业区",
        // New towns planned beside a city (临港新城), as new districts are, and towns of a trade or of learning
        // (福州现代物流城, 大学城).
        "新城", "物流城", "科技城", "大学城", "汽车城", "商贸城",
        // Eco-parks farms open to visitors (山水湾农业科技生态园), gardens of a flower (西顺河镇牡丹园),
        // botanical gardens and pick-your-own gardens.
        "生态园", "牡丹园", "芍药园", "月季园", "玫瑰园", "植物园", "采摘园",
        // Villages written with their kind (王楼行政村, 西郭自然村) and the districts a township's villages are
        // grouped in (歇马管区).
        "行政村", "自然村", "管区",
    ]

    static let placeHeadSet = Set(placeHeads)

    /// Dynasties written in one character (明、清…): in a list of periods before a site's name, the
    /// last of them is no part of the name (明、清|花寨关帝庙).
    static let dynastyCharacters = ScalarSet("夏商周秦汉晋隋唐宋辽金元明清")

    /// The head of blocks of streets (街区): after a division alone, the division's centre.
    static let blockHead = WordKey("街区".unicodeScalars)!

    /// The head of residential compounds (小区).
    static let compoundHead = WordKey("小区".unicodeScalars)!

    /// 民国, the era that dates sites of 1912–1949 (民国二十七年).
    static let republicEra = WordKey("民国".unicodeScalars)!

    /// Verbs of watching and tasting (欣赏, 观看): what follows them is a show or a dish, never a street they name.
    static let watchingVerbs = phrases(["欣赏", "观看", "观赏", "收看", "聆听", "品尝", "品味"])

    /// The last characters of streets' and roads' names (建山路, 建华街, 建新巷).
    static let streetEndings = ScalarSet("路街巷道")

    /// Heads of streets and roads: named apart from the township they run through (湾井镇|安定中路).
    static let streetHeads = phrases(["大道", "大街", "东街", "西街", "南街", "北街", "中路", "东路", "西路", "南路", "北路", "国道", "省道", "县道", "乡道"])

    /// The head of a sub-district (街道), a township-level division.
    static let subdistrictHead = WordKey("街道".unicodeScalars)!
    /// Heads of markets, and the goods and trades a market is named by when it is a kind (水果|批发市场).
    static let marketHeads = phrases(["交易市场", "批发市场", "农贸市场", "集贸市场", "菜市场", "专业市场"])
    static let marketGoods = phrases(["水果", "果品", "蔬菜", "果蔬", "农产品", "农副产品", "粮油", "粮食", "海鲜", "水产", "水产品", "花卉", "苗木",
                                      "干货", "畜禽", "活畜", "牲畜", "生猪", "肉类", "建材", "小商品", "药材", "中药材", "茶叶", "食品", "批发", "农贸",
                                      "综合", "大型", "专业", "城乡"])

    /// Heads of a hamlet's sites (…幸福屋场): named apart from the village they are in.
    static let hamletHeads = phrases(["屋场"])

    /// Heads of scenic areas: before 村 or 村庄 they rate villages (3A级景区村庄).
    static let scenicAreaHeads = phrases(["景区", "风景区"])

    /// Heads of villages written with their kind (王楼行政村, 西郭自然村): named apart from the place before them.
    static let villageKindHeads = phrases(["行政村", "自然村"])

    /// Heads of villages built anew (丰元山新村, 移民新村): named apart from their township.
    static let newVillageHeads = phrases(["新村", "移民新村"])

    /// Countries as Chinese news names them (美国, 澳洲): places known by name.
    static let countries = [
        "美国", "日本", "韩国", "朝鲜", "俄罗斯", "德国", "法国", "英国", "意大利", "西班牙", "葡萄牙", "荷兰", "比利时", "瑞士",
        "瑞典", "挪威", "芬兰", "丹麦", "奥地利", "波兰", "希腊", "土耳其", "乌克兰", "白俄罗斯", "哈萨克斯坦", "乌兹别克斯坦",
        "吉尔吉斯斯坦", "塔吉克斯坦", "蒙古国", "印度", "巴基斯坦", "孟加拉国", "尼泊尔", "斯里兰卡", "泰国", "越南", "老挝", "柬埔寨",
        "缅甸", "马来西亚", "新加坡", "印度尼西亚", "印尼", "菲律宾", "澳大利亚", "澳洲", "新西兰", "加拿大", "墨西哥", "巴西",
        "阿根廷", "智利", "秘鲁", "乌拉圭", "哥伦比亚", "古巴", "埃及", "南非", "尼日利亚", "肯尼亚", "埃塞俄比亚", "沙特阿拉伯",
        "伊朗", "以色列", "阿联酋", "卡塔尔", "安哥拉", "坦桑尼亚", "赞比亚", "津巴布韦", "莫桑比克", "加纳", "摩洛哥", "阿尔及利亚",
        "苏丹", "乌干达", "卢旺达", "喀麦隆", "塞内加尔", "马达加斯加", "爱尔兰", "捷克", "匈牙利", "罗马尼亚", "塞尔维亚",
        "保加利亚", "文莱", "阿富汗", "伊拉克", "叙利亚", "约旦", "科威特", "阿曼", "黎巴嫩", "斐济", "委内瑞拉", "厄瓜多尔",
    ]

    static let countrySet = Set(countries)

    /// 乡镇: the townships as a class.
    static let townshipsWord = WordKey("乡镇".unicodeScalars)!

    /// Words for the whole of a division (全省, 全县): bodies of all of it are a class (辽宁|全省|供销社).
    static let wholeDivisionWords = phrases(["全省", "全市", "全县", "全区", "全州", "全旗", "全盟", "全镇", "全乡"])

    /// The country's named regions spanning provinces: economic regions, the contiguous poverty
    /// areas, the great mountain ranges, deserts and sandy lands.
    static let nationalRegions = [
        "京津冀", "长三角", "长江三角洲", "珠三角", "珠江三角洲", "黄河三角洲", "粤港澳大湾区", "成渝地区", "长江经济带", "黄河流域", "环渤海",
        // The contiguous areas of the national poverty-alleviation outline (2011–2020).
        "六盘山区", "秦巴山区", "秦巴山", "武陵山区", "乌蒙山区", "滇桂黔石漠化区", "滇西边境山区", "大兴安岭南麓山区", "燕山-太行山区",
        "吕梁山区", "大别山区", "罗霄山区", "四省藏区", "南疆三地州",
        // Mountain ranges and peaks of two characters, which features.tsv leaves out with jieba's mistagged words.
        "秦岭", "南岭", "巴山", "天山", "阴山", "燕山", "岷山", "泰山", "华山", "衡山", "恒山", "嵩山", "庐山", "苗岭",
        // Great ranges of three characters or more that features.tsv lacks (吕梁山 beside 吕梁市).
        "吕梁山", "罗霄山", "贺兰山", "太岳山", "雪峰山", "十万大山", "沂蒙山",
        // The great deserts and the four great sandy lands that features.tsv lacks.
        "塔克拉玛干沙漠", "古尔班通古特沙漠", "库姆塔格沙漠", "柴达木沙漠", "库布齐沙漠", "库布其沙漠",
        "科尔沁沙地", "毛乌素沙地", "浑善达克沙地", "呼伦贝尔沙地",
    ]

    /// The great rivers and lakes named by two or three characters, which features.tsv leaves out
    /// with jieba's mistagged words (乌江, 渭河, 嘉陵江). Rivers that share a division's name (怒江,
    /// 綦江), a common word's characters (投|资江) or a person's name (韩江) are left out.
    static let majorRivers = [
        "长江", "黄河", "淮河", "海河", "珠江", "辽河", "乌江", "汉江", "湘江", "赣江", "闽江", "渭河", "汾河", "泾河", "洛河",
        "沁河", "漳河", "岷江", "沱江", "涪江", "澧水", "汉水", "瓯江", "漓江", "洮河", "湟水", "沂河", "沭河", "泗河", "邕江",
        "郁江", "浔江", "延河", "嘉陵江", "钱塘江", "大运河", "京杭大运河", "汀江", "红水河", "左江", "桂江", "贺江", "丹江",
        "白洋淀", "洪泽湖", "滇池", "洱海",
        // The Huai's and the Yangtze's great tributaries and the rivers of the west and north-east.
        "颍河", "颍水", "涡河", "资水", "沅水", "金沙江", "大渡河", "雅砻江", "澜沧江", "雅鲁藏布江", "松花江", "图们江", "鸭绿江", "塔里木河",
    ]
    static let majorRiverSet = Set(majorRivers)

    /// Named mountains, rivers and lakes (大别山, 鄱阳湖), from jieba's place names (features.tsv).
    static let naturalFeatures: [String] = PackageResource.text(of: "features.tsv")
        .split(separator: "\n").filter { !$0.hasPrefix("#") }.map(String.init)
}
