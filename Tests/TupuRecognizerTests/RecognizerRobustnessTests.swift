import Testing
import TupuRecognizer
import TupuTestSupport

/// On random texts of the pieces the rules look at, the recognizer never traps, and every
/// mention is a well-formed span of the text.
@Suite struct RecognizerRobustnessTests {
    @Test(arguments: 1...200)
    func randomTextsGiveWellFormedMentions(seed: UInt64) {
        let text = RandomReportText.make(seed: seed)
        let scalars = Array(text.unicodeScalars)
        let document = recognizer.recognize(text)
        for mention in document.mentions + document.innerPlaces {
            #expect(0 <= mention.start && mention.start < mention.end && mention.end <= scalars.count, "\(mention) in \(text)")
            #expect(mention.surface == String(String.UnicodeScalarView(scalars[mention.start..<mention.end])))
            #expect(!mention.name.isEmpty)
        }
    }

    /// Texts that end right after what a rule looks at: a river listed before one more character,
    /// a party's committee cut short, a credit line, a quoted drive, a works' owner, a slogan, a
    /// township before its village, a county town, a rank, a formula, a festival's activity, a
    /// two-character county, a listed department, a counted team, a quoted account, a county inside
    /// a word, an item filed from a place, a demonstration county's 项目, a bank's branch, a road's
    /// number, a bracket inside a list, a counted game, a bare autonomous region, townships listed by
    /// their short forms, a hospital's phase, a road's section, a count before a rank, a short name in
    /// brackets, a road after a verb of building, a section in a bracket, a year before a body, a
    /// hamlet's site, a branch without 党, two departments in a row, a township no county places, a
    /// body after a preposition, a word before a division, a title inside a title, a quoted way of
    /// working, an uncommon verb of building, a credit line's source, a quoted edition, a counted
    /// drive, a broadcaster's dateline, a batch of a title, a list of bodies, a numbered model, a
    /// listed township longer than one of the data, years counted in words, a titled sub-district, an
    /// outlet's dateline, a mountain range, a short centre, a title begun by 最美, a body's outlets, a
    /// station of a national programme, 经 before a bare body, a person named like a city, an age of life,
    /// acts joined by 和, a count by 处, a court named by 人民, a quoted run before a way of
    /// working, a ministry running into a word, a bracketed level, a person on a
    /// credit line, slogans listed in one quotation, a code on a credit line, a plan's
    /// status note, a quoted formula, a quoted way of working, a class's session, a year or a lower level
    /// inside a body's name, a dated dateline, a works' money before a place, a 工程项目, a village-level station, a quoted day's date, a bare autonomous region's department, a road beside its sides, a sub-district's office, a road's number, a route's bracketed end, a list of what one place unites, a college of two topics, a list before 国道, a road's head beginning the text, a list a vague quantity begins, a site before its side, a photograph's credit, a renamed county, a count of 地市, a former body, 投资 inside a body's name, a river after its township, a district of directions, an act on a plan or a road, a team's batch of two numerals, an agency's dateline, a part of a month, a word of manner before a verb, a contest's activity, a word in 和 after a place, a trademark, people counted before a body, a centre's verbal topic, communities listed before a count, a floor, a plan followed, a county's short form that is an adverb, a number sign, a plan pointed at, a bare body after its role, a slogan on the county, a listed person's given name, a company after a list's place, a community's head hospital, a title's rank before 创建, a township before 村, a conjunction before a counted list, a venue, a company's committee, a company's division, works counted by their places, a numbered high school, a pilot's title, a body's members, a committee and government together, a civic centre, a quoted requirement, an agricultural university's short name, the higher levels' committee, a works pointed at, a new noun, an industrial park, an idiom beginning with a head, a meal-help point, a chief's title repeating the head, a state bank's branch, a township's presidium, a plan's period, a
    /// shared-delivery centre, a topic after 发展, a body counted with its level, the party centre, a
    /// campus's works, a numbered school, a verb of striving, a hometown, a noun across a function
    /// character, a body after 报, a body listed before a kind of site, a credit line's
    /// list, an outlet's 报道, a road's section, a measured line, projects counted by 件, a drive's year,
    /// a renewable works, a workstation, a general party branch, an
    /// association's short name, a cup's sponsor, a person's name after a post, a
    /// guesthouse, a kind counted by 种, an ethnic village, listed
    /// ordinals, a plan of action, a determiner's second half, a committee's abbreviation, a chief's
    /// title before a listed department, a quoted event's kind, a quoted name before 等活动, a long
    /// quoted event title, a notice issuing a plan, a Youth League committee, a chief's contracted
    /// title, an empty credit, a county under its new level, a list of measures, a range of sizes, a
    /// classifier of things, a contest's events, a temple fair, a centre's central task, a national body's unit, an army region, a
    /// quoted drive that leads, a township before its village, a host in brackets, a bureau
    /// without its division, a township's school, a marathon before 开, a series' stop, a bridge on a route,
    /// a district's short form before 镇, a village of one character, a quoted list of characters, a verb
    /// of watching before a street's head, vouchers handed out, cities listed before 等城市, a body after a
    /// verb of visiting, a prefecture's short form shared with its city, a word of ownership, a quoted verb
    /// before a site, a verb head before a particle of aspect, a team, common words listed like townships,
    /// a count before a school, a short centre after a function character, bodies listed as a class's examples,
    /// a body's head at the text's start, a count with its magnitude, a brand cut at its middle dot, a count
    /// of posts after 产生, an unplaced township's committee, a drug-control committee cut short,
    /// a quoted way of working before a cut mechanism, a township before a verb and 村, a department's team cut short,
    /// a cooperative cut after a founding verb, a zone's head alone or cut short, a poor village after its township,
    /// a mountain area read as a district, a body cut after a founding verb, a list of kinds cut before its head,
    /// a special campaign's head cut short, a range after a region cut short, a headline's separator, a joined list cut short,
    /// a central office's short name cut short, a title of measures cut short, a task group's work cut short, sectors joined at the end,
    /// an ethnic township cut short, a village's second 村 at the end, a natural village cut short,
    /// a county holding a report's word cut short, a rank before a company cut short, 获 at the end,
    /// a canal or a river's former course cut short, 沿 at the end, a cited title cut short, bodies counted at the end,
    /// a year typeset with a space at the end, an autonomous county's 县 form cut short, places counted at the end,
    /// a park before its side at the end, a site counted at the end, sectors joined by 和 before a one-character head at the end,
    /// a company after a county head's title, the supply side and a short expo after 中国 at the end, a base's verb of works at the end,
    /// a kind's collective noun at the end, a count before trailing spaces, a yield range at the end,
    /// a division's short form before a direction at the end, a quoted model's description cut short,
    /// a dateline at the end, a deictic word at the end, a quoted transfer cut short,
    /// a village's doubled 村 at the end, a subsidiary cut short, a company pointed at at the end,
    /// an approximate count at the end, an association set up at the end, a head before 化 or a document at the end,
    /// a bridge before its side at the end, a list of new kinds cut short, a resort and games at the end,
    /// a quoted brand's dot at the end, the first of a kind and several of one at the end, a long slogan cut short,
    /// a founding verb's 了 at the end, orchards' works cut short, a main peak at the text's either end,
    /// one company counted or joined by 和 cut short, a plan's verb, a land saying, a farm's kind or a herd's size cut short,
    /// companies before a vague count, a survey team, a new town, a quoted plan period and a yearly output cut short,
    /// an ethnic village, a picture's credit, places counted by 大 and a division's industry cut short,
    /// a paper's title and a quoted formula of bodies cut short, a sugar mill and a titled outlet before its reporter cut short,
    /// a plant, villages joined by 和, a reprint's credit and a township after 和 cut short, a list's
    /// one-character head after 等 at the end (甲、乙等网 trapped before batch 217), a government after a
    /// committee at the end, lines counted by 条 and a bureau's guidance cut short,
    /// an exchange and a consortium at the end, an upgraded town, a town like an ancient town and a union cut short,
    /// a group's 旗下 and a line counted before its description at the end, a produce title cut short,
    /// an eco-park and a page's counter after a credit at the end, a credit's slash at the end,
    /// a township's short form after its county and an epithet cut short, a verb of attending at the end,
    /// a township's dateline cut short, a promotion's 项目, an academy's short name and a body's word for itself at the end,
    /// villages listed by their short forms before 等村 cut short, bodies of two levels at once at the end,
    /// a waste works cut short and a party to an agreement at the end, a centre's works acts and a
    /// reform's plan cut short, a list of built parts at the end, a united whole's kind at the end,
    /// an owner's tie, a header line's stamp and a plan's verb cut short, a village named after a prefecture at the end,
    /// a kind of place's streets at the end, a second credited source after a space at the end, two events
    /// joined by 暨 cut short, a market of goods and a city after 发往 at the end, a village's committee and the
    /// writer's county at the end, a fruit's festival and a counted festival cut short, a demonstrative at the end,
    /// a part of a building's works cut short, a market of goods after 的 and 仅 at the end,
    /// a flower's garden, an office a reporter learns from and sights listed before 等景点 cut short,
    /// a village's kind and an outlet named before its county at the end, a verb read across and a plan
    /// after an adverb cut short, a word read first and a verb with its word of manner at the end,
    /// a verb of sending at the end, a wire's dateline and a clause's 但 cut short, a verb after a body's head cut short,
    /// a long outlet before 报道, an activity engaged in and villages listed after their area cut short,
    /// a credited source's date and a batch of towns cut short, a great river after a division cut short,
    /// a village written twice and every major one cut short, a village before a word of where in it at the end,
    /// a chain of county, unlisted township and village cut short, a body of a trade cut short, a hamlet
    /// listed before a village at the start, a head cut from a verb and a good project at the start, a township's
    /// streets at the end, the great ones counted at the start, a dateline before a space and a collective
    /// enterprise cut short, a plan before 了 and every major one after other words at the end, a research
    /// academy, a regional channel, a reservoir's area, a river after 及, slogans of level words, a kind
    /// run at scale, a workshop's inside and a company after 一 cut short, a community written as its
    /// village, a sub-district without 道, a short form after its province and quoted varieties at the end,
    /// two outlets with a slash, uncounted companies, a person after a post, the largest of a kind and a
    /// works before its method cut short, relief through work and counterpart aid at the end, a city's port,
    /// numbered roads with 线 and a numbered way of working cut short, partners with an ampersand and a
    /// site after where produce is grown, a plan taken into, a tomato festival and an agricultural show cut short, a star-rated site, a pointed county before a list,
    /// a villager before a farm's owner, villages before a count of plots, a zone's works, factories and a breeding station cut short,
    /// companies in common words, a quoted programme's projects, a joint project, an abbreviation's works and a breeding compound cut short,
    /// a conference's committee, a cultural station, quoted gatherings and counted activities cut short,
    /// a sub-district's office after its county and a think tank cut short, the irrigation programme's acts and an office
    /// listed after a township cut short, a museum after its building verb and a works before 而成 cut short,
    /// a title won from a giver, a quoted count, a headline before 新闻 and an anniversary's event cut short,
    /// a reporter of a kind cut short, a verb of state, counted works and a pointed county's department cut short,
    /// soil erosion's works of a year cut short, a village's quoted project and seed firms cut short,
    /// a protected area's rank, a guard station and an activity's situation cut short, a river's village section
    /// and a quoted drive governed cut short, a rafting run and a doubled slogan's campaign cut short, a dated outlet's line cut short,
    /// a production line after a text's opening 的, a lone building verb, a reading room, a preparatory office, a project
    /// department, a pumped-storage station, the upper and lower reservoirs and the preparatory phase cut short, a training
    /// base, a known programme before a bracket, a reform, a cemetery, a repeated level word and a zone's station cut short,
    /// a list after 有, an outlet's reporter, a university of quality, a founding date, drills and a relief store cut short,
    /// an office before a community, a street after its city, a pilot, a target, a works' role and an outlet before its stamp cut short,
    /// a town written as it was, a hamlet, people counted, two levels, a programme inside a body, a count of ones,
    /// 配建, a lone 建, 的 before one character and sites counted after townships cut short, works on a body's
    /// building, 含 in a bracket and a culture and tourism zone cut short, a bare 州, a kind of village, a
    /// policy's requirement and a railway cut short, a resettlement estate, a ring road, two directions listed
    /// and an area cut short, a street after 县城, a ring road, a plan's position and a programme before a venue cut short,
    /// a title conferred after 为 at the text's start or end, a centre of two topics and where money comes from cut short,
    /// a programme's office, a department's section, a division spoken of by its level, a preposition before a place, a
    /// padded paper's title and a locality before 等地 cut short, townships joined by 与, a bare works after 及 and a
    /// group's subsidiary cut short, slaughterhouses counted, an outlet that learnt and a locality after its township cut short, 从 before
    /// 中国, a superlative's kind and a builders' bureau cut short, villages listed with one the data lacks and a
    /// village after its community cut short, a village's parts by direction and a transfer station cut short, and a
    /// company of a bare level, an old village, an ancestral hall, works of each of a kind, a body after a digit, a works act after 经 and a pumping station cut short;
    /// a river after a county, 境内, a rank by size, a station's type and two kinds joined by 和 cut short, and a port of
    /// entry, a group's numbered bureau, a Roman numeral, 海河 before 联运, a port's chain, numbered berths, 暨 after a
    /// wharf and a logistics park cut short, and a county's self-reference, a listed bureau, 中等, 职专 and a campus cut short;
    /// an enclave park, two prefectures together and 山海协作 cut short, and an island, a supply bureau, a count in tens of thousands
    /// and a county's centre cut short; and a kind of power, a series of products and a quoted code's system cut short;
    /// and a production list, a nationwide title, a building part, 创建 and companies listed before their class cut short;
    /// and a factory, a mine, a joint holding, a township's districts, 辖 and a trade's office cut short;
    /// and a company before 制, a workshop, 合并成 and a product's processing cut short; and 大数据 before a head,
    /// a slogan of parts in single marks, a drive launched and a lake cut short; and a river named with a verb, a site
    /// after 包括, a size class in digits and a superlative cut short; and a strategic reserve, 上下游, 等各类 and a
    /// described drive cut short; and 经开, a relocation, a skills contest and a school's grade cut short; and
    /// cross-border services, 布局, a project's team, a trade's town and a sector's park cut short; and a known body
    /// before a word, a relief station and welfare's words cut short; and products before 等生产线 and a verb before
    /// one listed company cut short; and a body written with its term cut short; and an expressway by its ends,
    /// a termed committee's session, generic words after 为, a quoted drive's model and a place's homestays cut short;
    /// and a zone's shared short form cut short; and 宣布, a new campus joined by 暨, 和 after a body, a planned area
    /// and medical institutions' works cut short; and a series of works, a concentration zone, a plant by its output and a street after 在 cut short; and a canteen and a community cut short; and planning fitted to circumstances, counted residential areas and a stamp cut short; and quarries, the central inspection, a regional bureau and an autonomous county cut short; and streets after a border or a side cut short; and a market, an occasion and a known programme after 自 cut short; and a community after a shared township and a village before its people cut short; and toilets and a sanitation office cut short; and a list with spaces and a count of lifts cut short; and a bridge before a verb of lying cut short; and a fire-rescue unit of a kind and a quoted figure of speech cut short; and flood-damaged works, a road cleared, stretches counted and a county's many roads cut short; and bodies brought in cut short; and a policy of many, an insurance office and a dateline's colon cut short; and the tree-planting duty and a department of a verb's topic cut short; and a township's station and an inspection office cut short; and stations of every sub-district and a works' headquarters cut short; and a count in words and a year's first document cut short; and a culture square and a programme's show cut short; and a festival's 节 before 目, quoted moves before 等 and a listed street cut short; and a ban's small team and an inspection group cut short; and all stretches, a quoted lever and a bracketed transfer cut short; and a verb before a township's level cut short; and a rule-of-law room and a channel's region cut short.
    @Test(arguments: ["马超、黄河、乙", "黄河、", "长江、黄", "农工党湖南省委会社", "民盟湖南省委", "来源:经济参考报", "来源:",
                      "“组团式”帮扶", "”帮扶", "就舜河流", "“双集中”发展", "石棉", "该公司", "年产", "健康宁远", "“四清两", "宁远县人大",
                      "第四中", "北大", "湾井镇下", "会同县", "新建县城", "二级以", "1+1+5+", "园区4", "文化节活", "该公司项目", "各村党支部",
                      "眉县", "道", "道县县", "县教育局、卫", "县教育局、", "志愿服务队12", "X支志愿服务队", "“文明宁远”", "“文明宁远”等", "这些年",
                      "湖南文明网-行动", "文明网-", "国家农业先行",
                      "示范县", "示", "永州农民报宁远讯", "永州农民报宁远", "推进“湘南治疗中心”", "电子商务进农村综合示范县项", "做项目",
                      "农发行", "农发行宁远县", "中国农业发展银行(简称农发行)", "银行营业部", "分行党委", "454省道", "PPP项目", "两河(舜河、",
                      "两河(舜河、冷水河)", "这场比赛", "今日宁远网", "今日", "自治区", "自治区体育", "(村BA)选拔赛", "进一步1报", "12省",
                      "湾井、冷水", "湾井、冷水、天堂卫生", "医院二", "各乡、镇", "第三幼", "、卫生院",
                      "高速宁远至", "至段", "公园3个", "公园3个国家4", "指挥部(以下简称", "(以下简称县", "《湖南省处置重、", "两级", "经", "并经中", "执法支队", "书香", "分馆", "图书馆分馆制", "50余场", "“世界日”", "“A”“B”活动", "”“活动", "Y537乡道", "湾井镇Y5", "等五大工程", "A等五大", "红网-", "红网-时刻新闻客户端9月28日18时", "农业农村委帮扶集",
                      "新建西环路", "新建", "新建高新区健民", "改造提升桥", "工程(A—", "工程(舜河—冷水", "工程(舜河—冷水段", "(—段)", "宁远县2024年政府",
                      "县2024年", "独立运营宁远县", "六中新校", "下灌村李家幸福屋", "东街", "下灌村支", "党支", "永州市教育局永州市", "介绍村",
                      "冷水滩区梅湾街", "区街道", "“湾井镇”3个示范", "“湾井镇”3个", "“示范", "加大创建", "命名宁远县", "《永州市村史馆(室", "村史", "2024年宁远县第", "第三届全民健身", "比赛项", "农业农村部办公", "农业农村部办", "将东岭、", "示范村", "《永州市“十四五”", "宁远县现代农业产业", "美丽宁远建", "美丽宁远", "舂陵河河", "县检察",
                      "明、清", "明、", "下灌村民国", "下灌村民", "(1941年)旧址", "(1941", "宁远县舜德路14", "宁远县舜德路14号", "宁远县舜德路",
                      "宁远县湾景乡", "宁远县湾景乡下灌", "宁远县文化广电旅游体", "《工作方案》", "潭柘寺镇", "门头沟区潭柘寺",
                      "宁远县公安局反诈中", "宁远县公安局反诈中心", "宁远县公安局反", "“网”", "“防护网", "全民“防护网”", "涉诈银行", "会同县公安局",
                      "协调工作领导小组", "工作领导小组办公", "工作领导小组办公室", "A、B等方面加大政策", "等方面", "九嶷山林场",
                      "冷水、桐木等9座小(二)型水库", "、共乐、九井3座", "、九井3座水库除险加固工程", "2024年木洞、", "、共", "、3座工程",
                      "同意桐溪乡、湾井镇", "桐山镇,道溪乡,湾井镇", "桐山镇,", ",湾井镇", "黔东南自治州", "湘西州古丈县",
                      "街道办", "道办", "、街道办", "舜陵街道办", "日报·", "·永州网", "九年一贯制", "的意见》",
                      "该县", "该县交通", "我县教育局", "本县", "镇村公交线路", "公交线", "零部件及", "A资金项目",
                      "计划", "一步计划", "下一步计划", "宁远县2021年农田项目", "2021年农田项目集", "打磨岗灌", "打磨岗灌区", "磨岗灌区", "岗灌区",
                      "蓝山、江华农业农村", "、江华农业农村局", "七大中心", "大管理中心", "工程质", "人大", "镇人大、人大", "办事处百草坪村", "舜陵办事处", "事处百草坪村", "”演出", "“送戏下乡”惠民", "”惠民文艺演出", "演出", "文工团", "小区", "富民小区", "片区老旧小区", "涵盖舜德、泠江小区", "“帮扶车间”12", "“帮扶车间”12个", "贵州毕节", "筏头乡庙前村、后坞村三个行政村", "乡庙前村、坞村两个村", "、后坞村三个行政", "舜河工程", "舜河", "河工程",
                      "自2", "自", "庙前", "庙", "湾井镇舜韵社", "湾井镇舜韵社区", "湾井镇社区", "导则中", "导则中示范区", "、发改委", "委农村工作领导小组", "泠江湿地公园", "江湿地", "》总体规划", "》规划", "省市林草局", "省市", "走进公园", "路等5条道", "指导下创建", "湾井镇、原", "湾井镇、原栖", "以旧换新", "以旧", "分院", "诏安、东山两", "诏安、东山两县", "东山、", "“两县一区", "、同", "、各", "2.", ".8万吨", "局党组", "党组", "新建中", "宁远县就", "总规划1", "规划用", "太平镇", "中城镇", "其中城镇", "组建新时", "组建新", "广场进行提升改", "进行提升改造", "按照省", "供销社依照县人民", "企业宁远县", "新一届宁远", "企业宁", "年来", "合作社综", "《印发〈关于", "《印发<关于意见", "<", "〈", "“供销农场”推广工", "“供销农场”工", "“供销农场”推广工作", "拓宽", "宁远县拓宽", "拓宽陵园广", "来源:", "来源：微", "来源: ", "来源:微言宁远作", "湾井镇江上", "烈士陵园墓", "“大学堂”第", "“大学堂”第四", "“大学堂”第四期", "健康宁远行动推进", "7个创建", "第7个创建", "7个行", "宁远广电", "宁远广电讯", "公共充换电", "各", "各县", "各县科技局", "品牌“湘e ", "品牌“湘e 电 万家”", "第八批家庭农", "第八", "家庭农场名", "来源:宁远发布收集", "321模式", "321", "12模式", "高新区", "高新", "走进高新区嗨", "漳州", "湾井镇、大九", "湾井镇、大九湖镇", "十年", "十年间", "二十多年", "信用街道", "信用示范街", "九嶷之声讯", "九嶷之声讯(", "九嶷之声讯(通讯", "\n讯", "讯(记者", "南岭山", "南岭山脉", "县农机中", "县农机中心", "我区农水中心和", "中心", "县中心", "最美", "最美驿", "总工会户外", "总工会户外劳动者服务站", "县总工会驿站", "驿站", "光伏扶", "光伏扶贫", "村级光伏扶贫电", "经县", "学校经", "学校经县委", "经", "高雄", "督学高雄", "高雄委", "老年学", "青年志愿者协", "市农科", "科技特派员制", "县政府残工", "保障和", "保障和发", "一处", "一处残", "人民法", "人民法庭", "巡回法", "未设", "“A”、“B”工作机", "建设部", "人大主席", "镇(", "镇(街", "镇(街道", "镇(街道)档案", "村(社)", "礼让镇红色档案", "来源:李", "来源:李明", "《服务规", "“一镇一园、", "“一镇一园、一村一品", "来源: sp2024", "《宁远县实施方案(试", "《宁远县实施方案(试行)", "“A+", "“A+B”", "“A”服务机", "农民夜校首期", "农民夜校首期培", "首家夜", "宁远村级中", "宁远县2024年中", "宁远县2024年", "红网时刻宁远11月10日讯", "红网11月", "九嶷之声11月10日", "九嶷之声11月10日讯(", "AB1日讯(", "增发国债项目安", "超长期特别国债项", "提升工程项", "建村级气象服", "气象信息服务站", "“5·8", "“5·8世界红十字", "“5·", "县红", "纪念世界红十字日活", "自治区卫健委", "自治区", "下高速公路", "关兴公路、沪昆高速公路等沿", "毗邻宁道高速公", "舜陵街道办", "街道办东瓜井村", "207国道", "207国道（湾井）至", "（湾井）至九嶷山旅游公路", "7国道", "集村委会、卫生室于一", "集村委会", "集", "发展与管理学", "\n发展与管理学院", "成立委员", "新乡贤", "社会发展与管理院", "发展与管理网", "湾井、冷水等国道", "等国道", "、国道", "中心镇", "高速公路", "公路通车", "一批安全饮水工程、校安建设等民生工", "一批", "中华慈善日爱心捐款活", "自“", "中大街立交桥", "立交桥下", "类公司", "视界网 杨东", "视界网 杨", "湟中", "衡阳、永州三地", "第九批", "原青山颐养中心", "原颐养中心", "原", "24小时城市书", "投资促进会", "绿色投资贸易促进", "资投资会", "湾井镇青溪河", "湾井镇青溪河系", "湾井镇青溪", "西南山区", "南山区", "“调整规划", "调整规划", "的扩宽", "第十一批援藏工作", "第十一", "十一批", "新华社长沙6月3日", "新华社长沙6月3日电", "新华社长沙", "6月3日电", "9月底", "9月中", "9月中旬", "月", "科学编制", "科学编", "比赛活动", "赛活动", "比赛", "湖南友和", "湖南友", "“舜源”牌", "整个", "60余名", "余名", "名", "届理事会", "促进中心", "县投资促进中心", "舜陵街道印山社区、泠江社区等3个", "舜陵街道印山社区、泠江社区等", "三楼", "三", "按计划", "按", "正定县正定", "#高炉项目", "2#高炉项目", "#", "本规划", "规划", "牵头医院县", "单位县", "医院县人民医", "立县、兴县", "兴县、", "、兴县", "周丽、毛长江", "毛长江", "宁远县与永州", "与永州市公司", "医共体总院", "县里计划", "省级文明县城创建", "省级创建", "级创建", "对标创建", "影响创建", "宜居乡", "宜居乡村", "以及", "以及舜陵、", "以及舜陵、湾井等8个", "会展中心", "城市新区", "有限公司党委", "公司党", "与新能源事业部", "事业部", "湾井、冷水等3座风电", "、冷水等3座", "宁远一高", "一高", "改革实验", "成员学校", "教育集团成员", "宁远县委政", "县委政府", "等第一批便民服务中", "“互联网+", "行政中心", "“一楼的便民服务中心", "山西农大", "农大", "上级党委", "这一项目", "预制菜", "的预制菜产业园项", "工业园", "行动不", "条件行动不便", "助餐服务点", "农业厅厅", "农业厅厅长", "中国建设银行", "中国建设银行永州", "镇人大主席", "镇人大主席团", "《宁远县实施方案(2024—", "《宁远县实施方案(2024—2026年", "方案(2024—2026年)", "统仓共", "共配中", "创新发展交", "3个县级", "县商务", "中共中", "中共中央", "新校区建设工", "党校(行校、", "创一", "一中", "二中教育综", "濂溪故", "烈士墓", "红军渡", "民族共同", "民族共同体意识体验", "报市", "报县教育局党", "等教学", "中心等教学点", "红网时", "来源：宁远县融媒体中心、", "来源：宁远发布、宁", "云上宁远报道", "云上宁远报道 ", "云上宁远报", "宁远大道(舜陵街-", "宁远大道(舜陵街-九嶷大街", "泠江路(", "10千伏线路16", "雨水管网3", "十件民生", "“项目竞进", "项目竞进年", "建设再生", "再生", "传承工作", "传承工作站", "医院党总", "新添国", "县书", "建设杯", "建设杯硬", "部长李明", "部长李明县", "部长李明县民", "山居民", "民宿旅", "两种乡村民", "瀑", "侗", "肇兴侗", "第二、第", "第二、第三", "三年行动计", "此次", "此次技", "县安委", "县安委会", "县防", "办公室主任、应急", "主任、", "由县发改局、财", "“测测”知识竞", "“测测”知识竞赛", "“网上安全月”等活", "“网上安全月”等", "“中国共产党领导百年科技成就科普展", "“中国共产党领导百年科技成就科普展览", "“中国共产党领导百年科技成就科普展览”", "《关于印发", "《关于印发》", "《印发的通知》", "《关于印发方案的通知", "乡(镇", "乡(镇)", "共青团永州市委", "共青团永州", "共青", "宣传部长", "、宣传部长", "部长", "来源: ", "来源:字体", "安徽省无为市", "无为市", "无为", "、简化", "、简化办理等优惠政策", "大中型", "大中型水", "中小", "一项", "一项工", "两座", "赛项目", "赛项", "新闻网站", "庙会", "古庙", "县政府中心", "县政府中心工作", "中心工", "农业农村部规划", "国家电网", "解放军总", "点军", "以“生态低碳茶园建设”为", "以“建设”", "凤鸣岭乡下灌", "温州(苍南", "温州(苍南)", "第一条", "地震局", "、地震局", "地震局工作", "湾井镇应急办", "湾井一", "同学们", "“9·", "宁远马拉松开", "“跑遍湖南”宁远", "“跑遍湖南”宁远站", "2025", "途经舜陵大桥", "就会开往", "“全国托育服务宣传", "宁远融媒", "大渡口", "大渡口镇", "新地镇雁", "新地镇雁村", "“吃、住", "“吃、住、行”全", "欣赏北", "消费券发", "合肥、南昌等", "合肥、南昌等城", "参观纪念", "高铁站项", "在恩施", "宁远县国有", "“取经”通用", "A1级通用", "创建了", "创建", "先锋队", "高峰、", "高峰、团结", "4所", "由县体育中", "文化室、篮球场等基层", "城市规划", "合作社", "家合作社", "万多家合作社", "一股合作", "“美丽乡村·", "“美丽乡村·”", "“美丽乡村·女", "产生18名村妇", "大路镇委", "大路镇", "县禁毒", "县禁毒委", "镇委", "“家校共管”联防", "“家校共管”联防机", "湾井镇组建驻", "湾井镇组建驻村", "县教育局驻村工作", "成立食用菌种植合作", "成立", "示范园区", "下灌村食用菌现代高效农业示范园", "湾井镇贫困山", "湾井镇贫困山村", "大龙山区", "龙山区", "林农建立专业协", "林茶、林药等多", "林茶、林药等多种", "林禽、林畜等模", "专项治", "晋西吕梁", "晋西吕梁山", "丨", "基层动态丨", "并与", "并与吉林大学、", "科技小", "中", "国办、", "《若干措", "《若干措施", "品牌建设工作", "建设工作领导小", "农业和服务", "农业和", "“向阳花”小区举办", "族乡", "湾井瑶族", "宁远县湾井瑶族镇", "宁远县湾井镇下灌村村", "湾井镇下灌村石", "下灌村石背村", "全州县人民", "全州", "龙头企业公司", "龙头企业", "上获", "获", "获国际", "舜河干", "干渠", "沿", "“闯”黄河故", "《落实〈宁远县方案〉的实施意", "《落实〈", "五市", "五市人民政府", "2023 ", "2023 年", " 年", "宁远县2023 年老旧", "五峰", "五峰县", "两地", "两地协", "宁远县脐橙产业园内", "园区17个", "族", "满族乡", "农业和局", "宁远县长", "县长青有限公司", "供给侧", "给侧", "中国宁远县第二届辣博", "中国宁远县第二届辣博会", "博会", "基地建设成", "基地建设为", "协会组", "协会组织", "协会组织30", "协会组织30个 ", "各类", "中低产", "黔西", "黔西北", "湘西南", "“借种还种”滚动", "“借种还种”滚动种植模", "商情社07月15日讯", "商情社07月15日", "当地", "当地茶", "“东桑西", "“东桑西移", "“东桑西移”", "低产", "湾井镇西岭坪村村", "湾井镇西岭坪村", "全资子公", "全资子公司", "子公司", "本公司", "200只以上", "甲、乙等30余", "甲、乙等30余家", "甲、乙等30余家国内外知名的", "成立苗木协会", "成立协会", "池塘工程化", "池塘工程", "行动方", "行动方案", "规划图", "规划", "大桥前", "位于舜河大桥", "A、B等新", "A、B等新模式", "舜峰滑雪场", "北京冬奥会", "北京冬奥", "“中国温泉之乡·", "“·”", "首家", "多", "多个", "红枣科技小", "红枣科技小院", "“一乡一特一园区、一村一品一基", "高标准精品", "成立了", "成立了花卉协", "老果园间伐", "主峰", "山主峰", "主峰聚", "主峰聚仙山", "地处紫荆山主", "等12家企", "九嶷肉业等12家", "九嶷肉业等12家企业和", "和省农", "建立产业联", "等传授经", "科学编", "“八山一水一分", "养牛小", "千头肉", "屠宰深加", "康源公", "等多家大型龙头企", "国家统计局宁远调查", "滨江新", "宁远县畜牧业“十四五”发展规", "“十四五", "建设年屠", "建设年屠宰30", "20万头", "义顺蒙古族乡东义顺蒙古", "义顺蒙古族乡东义顺蒙古族", "蒙古族村", "图源:", "图源", "两大", "两大万头", "永州市乳", "摘自《湖南农民", "摘自《湖南农民报", "《统计年", "退耕还", "“党支部+合作", "“党支部+合作社", "舜源制糖", "《财经》记", "《财经》", "》记者", "湾井镇污水处理", "西岭和南", "西岭和", "和南冲三", "主要对东", "转自:", "、中都", "、中", "湾井镇和冷", "湾井镇和", "甲、乙等网", "甲、乙等报", "党委、政", "党委、政府", "委、政府", "、政府", "7条精粉生", "两条米线生产", "两条", "农业局技术指", "农业局指导意", "局指导", "商品交易", "期货交易所", "农业联合", "产业联合体", "联合体", "会同县地灵", "会同县地灵镇", "大莫古", "古镇", "合作联合", "联合社", "集团旗下", "旗下", "10余条国内领先的", "条的", "条领先的生产", "“湖南山药之乡", "“之乡”", "之乡”", "“中国山药之", "生态", "农业科技生态园", "来源: 浏览", "来源:浏览次数", "来源:阅", "来源 /", "来源/", "来源 ", "来源  /", "会同县会同地灵", "会同县会同地灵的", "会同县会同地灵的石背", "会同县连山的", "会同县连山的宝照", "”的美", "”之", "读大", "孩子读", "读", "考", "本报湾井5月17日电", "湾井5月17日", "井5月17日电", "示范与推广项", "与推广项目", "市畜科", "畜科院", "我中心", "本公", "下灌、东安头等", "下灌、东安头等村", "下灌、东安头等3个", "、东安头等个村", "等村", "等县区委", "县区委宣传部", "县区", "区委", "垃圾焚烧发", "垃圾焚烧", "签约方", "签约方宁", "乙方", "职教中心改扩建建", "职教中心改扩建建设项", "改革发展实", "改革发展实施方", "建设内容", "建设内容包括图书馆、", "事关", "集种植、加工为一体", "集种植、加工为一体的", "集种植为一体的艾", "基地所属企业", "所属企业永", "©原创 2025-11-03 10:50 ", "2025-11-03 10:50 云", "2025-11-03 10:", "2025-11-", "©", "基地规划种", "基地规划", "西张家口", "西张家口村", "张家口村", "唱好“", "乡间街道", "乡间街", "来源: 甘肃广电总台 ", "来源: 甘肃广电总台 视", "来源: 网络 摄", "农民丰收节暨", "农民丰收节暨第八届石榴文化", "暨", "水果批发市", "大型水果批发市场", "发往成", "发往成都", "下灌村委", "下灌村委会", "下灌村委石", "我县", "我县白沙", "樱桃", "樱桃节", "有个樱桃节", "有个", "个", "前六届", "这一", "该项", "这一综合", "土建工", "各分项", "最大的生姜交易市", "最大的生姜交易市场", "仅", "仅舜陵", "湾井镇月季", "县蔬菜产业办获", "望湖亭、听松阁、玉带桥等景", "、等景点", "等景点", "李庄行政", "李庄行政村东郭自然", "自然村", "来源:看宁远县", "来源:看", "人参加工技术研究中", "人参加", "正计", "正计划", "作为准", "作为准安陶瓷小", "主动融入", "宁远县主动融", "宁远县主动融入湘南城市群发展规", "运往", "被运往养殖", "湘江财经长沙5月29日", "湘江财经长沙5月29日电", ",但", "但", "合作社推行", "合作社推行“基地+农户”模", "湘南决策参考网报", "湘南决策参考网报道", "从事沙棘经济活", "从事", "种植区下灌、东江等", "种植区下灌、东江等村", "来源:湘南新闻网2023", "来源:湘南新闻网2023-", "湖南首批特色小", "湖南首批特色小镇", "宁远县地处长江下", "宁远县地处长江", "半壁江", "柿洞村、柿洞村", "柿洞村。柿洞", "柿洞村。柿洞村", "各大", "各大杨梅观光采摘", "湾井镇鲍家村上", "湾井镇鲍家村", "应县柑寨镇柑柏场", "应县柑寨镇柑柏场村", "养", "养鸽合作", "养鸽合作社", "李家庄、下灌村", "庄、下灌村", "、下灌村", "工坊", "加工坊", "好项目", "项目", "湾井镇街", "湾井镇街区", "两大", "两大工业园", "两大工", "多彩宁远网讯 ", "多彩宁远网讯", "村集体企业", "村集体企业湖南舜源", "柑寨镇规划了", "柑寨镇规划", "等地各大", "等地各大超", "林业科学研", "林业科学研究院", "科学", "华声在线湖南频道", "华声在线湖南频道:", "湖南频", "白龙湖库", "白龙湖库区", "白水江及犀", "白水江及犀牛江", "富民、富县", "富民、富县、强", "规模化油橄榄产业", "规模化", "厂房里生产", "厂房里", "在一油橄榄科技有限公", "在一", "统一规", "宁远县东溪街道逍遥", "宁远县逍遥岩村", "桐山街宝塔", "桐山街", "河北安", "河北安国", "“红果二号”等优良品", "“红果二号”等", "“红果二号”品", "潍坊日报/", "潍坊日报/潍坊网寿", "潍坊日报/潍坊网寿光讯", "青岛海普、烟台海洋等", "青岛海普、烟台海洋等国内知名企", "黄河三角", "理事长吴忠", "理事长吴忠林", "最大的", "最大的海参交易中", "池塘改造技", "池塘改造", "以工代", "“以工代赈", "对口帮扶项", "对口帮扶项目", "宁波港", "宁波", "永州市港", "省道238", "省道238线", "S238", "S238线", "线", "“四统工作", "“四统工作法", "湖南&", "湖南&广东电商助农行", "&", "主产区石鼓镇文化广", "主产区", "纳入", "笋用林纳入“十四五”规", "第三届新集番茄", "番茄节", "第五届中国(寿光)农博", "中国(寿光)", "农展会", "湖南省五星", "湖南省五星级现代农业园", "星级", "覆盖该县", "覆盖该县湾井、冷水等12个乡", "村民李", "村民", "下灌村村民李光明肉牛养殖", "下灌、东江两", "下灌、东江两个", "下灌、东江两个基", "示范园区建设项", "示范园区建设", "腊肉加工", "腊味加工厂", "种公牛", "宁远县种公牛站", "天华牛", "华西希望、正大等", "华西希望、正大等行业龙头企", "牧", "双", "“百场千户”重点项", "“百场千户”重点", "分公司合作项", "分公司合作", "在永投资项", "永投资", "养殖小", "生猪养殖小区", "市政协文化", "市政协文化文史和学习委员", "政协委员会", "文化站", "镇文化", "齐聚“墨香", "齐聚“墨香舜乡·笔韵九嶷”桃花诗词", "”相亲联谊", "十余项主题", "十余项", "是梨", "颍", "涡河两", "应城市东马坊办", "应城市东马坊办事处", "应城市东马坊办事处夏庙", "东马坊办事处夏庙村", "智", "舜源智", "新型智", "配套与", "续建配套与节", "配套与节水改造项", "保安镇和", "保安镇和舜陵街道办", "和舜陵街道办事", "建好村史", "改建而", "改建而成", "获长沙市“", "获长沙市", "获长沙市“十佳", "“全省已建成120多个", "“建强千家", "”新", "”新闻", "书画展”新", "喜迎建校50周", "庆祝", "纪念50周年系列活", "红网衡阳站5月3日讯（特约", "红网衡阳站5月3日讯（特约记", "讯（分站记", "废弃", "湾井镇废弃", "18个废弃矿山复绿工", "等6个饮用水源地保护工", "该县自然资", "该县自然资源", "水土流", "水土流失综合治理工程2024年湾", "水土流失综合治理工程2024年湾井项", "下灌村“旱改水”项", "下灌村“旱改水", "下灌村“", "灌溉设施及田间道路等工", "金穗种", "种业", "种业产", "水库管理", "水库管理站", "舜皇山国家级", "舜皇山国家级自然保", "国家级自然保护区", "石门管护", "活动情", "龙泉河下灌村", "龙泉河下灌村段", "”治", "“一河两岸”治", "漂流", "溪漂", "龙潭溪漂流", "前来漂流", "多款", "“户户", "“户户亮灯”工", "2024年05月10日 ", "2024年05月10日 湖南三农在", "的精粉生产线", "的生产线", "5亿元建", "宁远建", "建山", "舜乡书", "书房", "筹建", "筹建处", "湖南公司宁远项目", "项目部", "抽水蓄能电", "上下水", "筹建期", "国家电网公", "公共实训基", "宁远县公共实训基地建设项", "教育强国推进工程(", "教育强国推进工程(公共", "宣传婚俗改", "怎么改", "改革", "下灌村公", "公益性公", "镇镇党", "村镇建设服务中", "开发区消防", "校内有", "有", "云上宁远报道(", "云上宁远报道(见习记", "优质老年大", "最后学", "创建于", "不同形式演练活", "救灾物资储备", "储备库", "应急局", "街道办事处城东社", "街道办事处城东社区", "科普", "郑州德化", "郑州德化街", "石家庄民族", "改造提升试", "改造试点", "2条步行", "”目标任", "监理单位", "项目监理单", "规范学", "宁远新闻网 ", "宁远新闻网 2023-", "宁远新闻网 2023-09-2", "舜陵镇", "在舜陵、", "湾井镇杨家屯", "湾井镇杨家", "3558名", "3558名山", "县乡", "县乡搬迁服务", "永州市脱贫攻坚", "县脱贫攻坚指挥", "“六个一", "“六个一”", "配建", "建商业街", "附近的轻", "冷水、湾井等9座", "冷水、湾井等9座小型水", "九疑山、", "“两园两基地”产业规", "疾病预防控制中心业务综", "疾病预防控制中心业务综合楼改扩", "中心改扩建业务", "(含", "(含九嶷山文旅", "文旅区", "州融媒体中", "州", "边境小康", "“多规合一”的要", "“多规合一”的", "湘黔铁", "湘黔铁路", "安置小", "舜陵路安置小区", "下灌环城", "下灌环城南", "其他区块", "东、", "东、西", "东、西湾安置", "桥南区", "桥南区域", "等商业区域", "县城舜帝大", "北二环", "中心规划定", "辅助设施项", "全民健身活动场", "全民健身中", "为“", "。为“", "授牌为“", "授牌宁远县为“", "授牌宁远县为“永州", "县文化体育中", "文化和体育中心", "资金来源:", "资金来源", "经费来源:县", "骨灰公",
                      "湾井镇乡村振兴办", "县财政局预算", "县财政局预算股", "县财政局预算股长", "村里", "村里利", "对白", "对白竹村", "《 永州日报",
                      "《 永州日报 》", "在柏家坳等", "在柏家坳等地", "在坳等地", "扶贫办产业指导",
                      "柏磜镇与", "与湾井镇", "及项目", "中国电力建设集团湖南", "集团湖南公司", "中电建集团",
                      "设置1家", "可设2家屠宰场", "1家屠宰场", "据猪e网", "据猪e网了", "湾井镇柏家垅", "湾井镇柏家", "家垅",
                      "从中国", "从中", "最长隧道", "最长", "全线最长隧道九嶷", "大桥局", "工程局",
                      "下灌、柏枧坳等", "柏枧坳、路亭等10个", "社区长义新村", "东大街社区新村",
                      "村东西片区", "东片区", "下灌村东片", "垃圾中转站", "市公司", "市公", "主变电站", "舜陵古村", "公祠", "背街小巷微", "各项目", "各水厂项目", "1协会", "2厅1协会", "紧靠公园", "经扩建", "经", "排灌站", "宁远县九嶷", "境内舜", "第二大", "第二", "河床式", "厂房和", "和变电站", "口岸", "港口岸", "中建八", "中建八局", "八局", "中交二航", "Ⅱ", "Ⅱ标段", "海河联", "内河", "福州港", "港罗源湾港区", "作业区", "作业区15-", "作业区15-17号", "码头暨", "暨", "物流园", "国际物流园内", "我县", "我", "江永", "、住建局", "住建局", "中等", "高水平中等", "职专", "西校区", "校区", "产业飞地", "—江永产业飞", "永州郴", "山海协", "同处", "岛", "蘋洲岛", "洲岛", "的舜源岛", "供电", "电网公", "200万件", "万锭", "县法律援助中",
                      "生物质热电", "系列产", "食用菌系列产品", "“431”产业发展体", "“431”", "“2+3”现代农业产业体系",
                      "等生产", "等生产项", "全国", "锚定全国", "桩基工", "创建全", "亿纬、格林美等龙", "、格林美等龙头",
                      "石雕工艺", "山东煤", "合资控", "、明道三个管", "明道", "辖", "建材行业",
                      "酱酒有限公司制", "有限公司制", "酿酒作", "合并成", "白酒加工建设",
                      "大数据产业", "据产业园", "‘学思践悟、担当作为’行", "‘学思践悟、", "开启“智慧", "湘江湖",
                      "倒流河", "倒流", "包括水", "小(1)型", "小(1", "有史以来最", "最",
                      "木材战略储", "上下游", "等各类", "宜居的“山水", "着力打造产城融合、",
                      "经开", "宁远经开集", "迁址新建", "技能大", "中等职业学",
                      "跨境电商孵化", "布局", "项目组", "现代物流城", "跨境电商产业园项",
                      "民政部下", "救助保护", "儿童福利机构", "社会公益性",
                      "鞋面、鞋底等生产", "已培育舜源鞋业等8",
                      "县第十七届人大常", "第十七届", "届", "新一届政",
                      "厦蓉高", "厦蓉高速", "依托厦蓉高速", "高速过", "十届委员会第", "十届委员会第三次", "为核心改扩", "”示范样", "宁远民", "经开", "优化经开区", "宁远县经开", "宣布中医", "新院暨", "新院暨120", "医院和中", "规划区", "医疗机构项", "设施等一系", "设施等一系列", "储备集中", "日产150吨大米加工", "在中山", "在中山路", "沿长安", "社区长者食", "柳溪社区长者食", "湾井镇下灌社", "下灌、东江等2个社", "实际情况规", "东风里、西湖里等2片居民", "2024年08月24日14:", "2024年08月24日14:20 今晚", "鑫源砂石料", "大岭石", "中央环保督", "生态环境部华南督察", "塔什库尔干", "东临冷江", "南侧为永宁", "南侧为", "湾井镇集贸", "以“美丽集镇”为契", "自爱国卫", "石桥镇柳溪社", "百水源村社", "百水源村民", "三类公", "县环卫", "西湖花园 金桥小区、锦绣", "增设15部", "枫木坎桥位", "冷江路地", "新建消防救", "“家门口的消防", "“家门口的消防站", "修复水毁工", "抢通断交路", "宁远县大量农村公", "出资修复水毁", "中断路段12", "中断路段", "招进公", "引入永州舜丰", "多群众享受医保政", "县医保", "云上宁远报道:", "云上宁远报道", "全民义务植", "县审计", "县人大办、县政", "湾井镇司法", "县督查", "各镇街道派出", "项目建设指挥", "近万个", "近万", "四千余", "省委一号文", "村文化广", "送戏下乡惠民演", "民俗文化节", "“金龙摆尾”等", "九疑路、冷水", "秸秆禁烧小分", "秸秆禁烧监察", "全河", "以河流“清四乱”为", "(转自永州水利", "(转自", "湾井乡,实行镇", "村居法治书", "国际在线湖南报道", "国际在线湖南"])
    func rulesAtTheTextsEndDoNotTrap(text: String) {
        let scalars = Array(text.unicodeScalars)
        for mention in recognizer.recognize(text).mentions {
            #expect(mention.start < mention.end && mention.end <= scalars.count, "\(mention) in \(text)")
        }
    }
}
