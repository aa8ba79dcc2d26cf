/// The lexicon's names of particular national bodies and universities: general knowledge that
/// names one thing wherever a text writes it (农业农村部, 中国建设银行, 北大, 山西农大).
extension Lexicon {
    /// Universities, policy banks and the central general offices known by a short name that names no
    /// other thing (北大, 哈工大, 农发行, 中办), with their full names. Short names shared with places, hospitals or common words
    /// (人大, 重大, 山大, 南开, 中大; 农行, 建行 of 创建行动) are left out.
    static let institutionShortNames: [(short: String, full: String)] = [
        ("北大", "北京大学"), ("清华", "清华大学"), ("复旦", "复旦大学"), ("浙大", "浙江大学"), ("南大", "南京大学"),
        ("中科大", "中国科学技术大学"), ("哈工大", "哈尔滨工业大学"), ("武大", "武汉大学"), ("川大", "四川大学"), ("吉大", "吉林大学"),
        ("厦大", "厦门大学"), ("兰大", "兰州大学"), ("北航", "北京航空航天大学"), ("北理工", "北京理工大学"), ("北师大", "北京师范大学"),
        ("华东师大", "华东师范大学"), ("同济", "同济大学"), ("上海交大", "上海交通大学"), ("西安交大", "西安交通大学"),
        ("国防科大", "国防科技大学"), ("北外", "北京外国语大学"), ("上外", "上海外国语大学"), ("中国农大", "中国农业大学"),
        ("中传", "中国传媒大学"), ("央美", "中央美术学院"), ("农发行", "中国农业发展银行"), ("国开行", "国家开发银行"),
        ("中办", "中共中央办公厅"), ("国办", "国务院办公厅"), ("中科院", "中国科学院"),
    ] + agriculturalUniversityPlaces.map { ($0 + "农大", $0 + "农业大学") }

    /// The provinces, regions and cities whose agricultural universities go by 农大 (山西农大, 华中农大).
    static let agriculturalUniversityPlaces = ["山西", "河北", "山东", "河南", "湖南", "四川", "安徽", "江西", "云南", "甘肃", "吉林",
                                               "内蒙古", "新疆", "华中", "华南", "南京", "东北", "沈阳", "青岛"]

    /// National institutions known by name (central bodies and national media), and international ones.
    static let nationalInstitutions = [
        "国务院", "建设部", "全国人大", "全国政协", "中共中央", "党中央", "农业农村部", "教育部", "财政部", "商务部", "科技部", "民政部", "水利部",
        "交通运输部", "工业和信息化部", "工信部", "文化和旅游部", "文旅部", "自然资源部", "生态环境部", "住房和城乡建设部",
        "住建部", "人力资源和社会保障部", "人社部", "应急管理部", "国家发展改革委", "国家发改委", "国家发展和改革委员会", "国家卫生健康委员会",
        "国家卫健委", "国家乡村振兴局", "国家林业和草原局", "国家林草局", "国家林业局", "国家体育总局", "国家广播电视总局", "国家广电总局", "中央电视台", "央视", "新华社", "人民日报",
        "人民网", "新华网", "央视网", "光明网", "央广网", "中国网", "中国新闻网", "中新社", "中评社", "中国评论通讯社", "光明日报", "经济日报", "中国日报",
        "中国科学院", "中国工程院", "中国计量科学研究院", "中国计量院", "中央广播电视总台", "国家电网", "中国移动", "中国电信", "中国联通", "中国邮政",
        "新华书店", "中央网信办", "国家网信办", "市场监管总局", "国家市场监管总局", "国家市场监督管理总局", "国务院扶贫办",
        "国务院办公厅", "中共中央办公厅", "中央农办", "国家能源局", "国家统计局", "国家税务总局", "海关总署", "审计署",
        "公安部", "司法部", "外交部", "国防部", "退役军人事务部", "国家民委", "国家医保局", "国家文物局", "国家粮食和物资储备局", "国家海洋局",
        "新疆生产建设兵团", "中央人民政府", "中国人民解放军", "人力资源社会保障部", "住房城乡建设部", "中新网",
        // The State Council's national administrations under their full and short names.
        "国家疾病预防控制局", "国家疾控局", "国家中医药管理局", "国家中医药局", "国家药品监督管理局", "国家药监局", "国家知识产权局",
        "国家移民管理局", "国家消防救援局", "国家矿山安全监察局", "国家数据局", "国家邮政局", "国家烟草专卖局", "国家铁路局",
        "中国民用航空局", "中国民航局", "国家外汇管理局", "国家信访局",
        // The party centre's departments and commissions, the supreme court and procuratorate, under full and short names.
        "中共中央组织部", "中央组织部", "中组部", "中共中央宣传部", "中央宣传部", "中宣部", "中共中央统战部", "中央统战部",
        "中央精神文明建设指导委员会", "中央文明委", "最高人民法院", "最高法", "最高人民检察院", "最高检", "国家机关事务管理局",
        "国管局", "全国爱国卫生运动委员会", "全国爱卫会", "中共中央政治局", "中央政治局", "中央书记处", "中央军委", "中央军事委员会", "共青团中央", "团中央",
        "中共中央军事委员会", "中央纪委", "中央纪委国家监委", "国家监委", "中央政法委", "中央编办", "中央党校", "中共中央党校",
        "全国人大常委会",
        // National people's organisations under their short names (全国妇联, 中国侨联).
        "全国总工会", "中华全国总工会", "全国妇联", "中华全国妇女联合会", "全国工商联", "中华全国工商业联合会", "全国青联", "全国侨联",
        "中国侨联", "全国台联", "中国作协", "中国文联", "中国科协", "中国残联",
        // The army's general departments and theatres (总装备部, 东部战区), which leaders' former posts name.
        "总参谋部", "总政治部", "总后勤部", "总装备部", "东部战区", "南部战区", "西部战区", "北部战区", "中部战区", "解放军", "人民解放军",
        // Ministries under their former names, which older texts write.
        "农业部", "林业部", "国土资源部", "环境保护部", "卫生部", "文化部", "国家旅游局", "国家卫生计生委", "铁道部", "邮电部", "物资部", "国家物资部", "外贸部", "对外贸易部", "外经贸部", "对外贸易经济合作部",
        "国家计委", "国家经贸委", "国家环保总局", "国家质检总局", "国家工商总局", "国家安监总局", "国家食品药品监管局",
        // The policy banks, under their full and short names, and the large state banks (建设 of 中国建设银行 is no verb here).
        "中国农业发展银行", "国家开发银行", "中国进出口银行", "中国工商银行", "中国农业银行", "中国银行", "中国建设银行", "交通银行",
        "中国邮政储蓄银行",
        // Central state companies that aid counties, known by short names without a head (中石化, 国家电投).
        "中国石化", "中石化", "中国石油", "中石油", "中国海油", "中海油", "南方电网", "国家电投", "中国华能", "中国大唐", "中国华电",
        "中国中铁", "中国铁建", "中国交建", "中国电建", "中国能建",
        // The national groups of farming and food that build farms and plants across the counties, known by
        // their trade names (温氏, 牧原); not those written in common words (正大, 光明, 新希望) or named after a
        // region (北大荒).
        "温氏", "牧原", "正邦", "双汇", "雨润", "伊利", "蒙牛", "中粮", "首农",
        // The national express and online-trade companies that open sorting centres and parks in the counties,
        // known by their trade names (顺丰, 中通); not those written in common words (百世, 菜鸟).
        "顺丰", "圆通", "中通", "申通", "韵达", "极兔", "德邦", "京东", "苏宁", "拼多多",
        // International organisations that reports cite (被国际粮农组织列为…, 世界卫生组织).
        "联合国", "联合国粮农组织", "联合国粮食及农业组织", "国际粮农组织", "世界卫生组织", "世卫组织", "世界贸易组织", "世贸组织",
        "联合国教科文组织", "世界银行", "国际货币基金组织", "联合国开发计划署", "世界粮食计划署",
    ]
}
