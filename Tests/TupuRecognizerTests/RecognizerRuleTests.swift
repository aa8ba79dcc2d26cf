import Testing
import TupuRecognizer
import TupuTestSupport

/// A sentence with its expected entities marked inline as [Type:name] around the surface text,
/// e.g. "[Place:宁远县]实施…"; a surface different from the name is written [Type:name|surface].
struct MarkedSentence: CustomTestStringConvertible, Sendable {
    let text: String
    let expected: Set<String>
    let testDescription: String

    init(_ marked: String) {
        var text = ""
        var expected = Set<String>()
        var rest = Substring(marked)
        while let open = rest.firstIndex(of: "[") {
            text += rest[..<open]
            let close = rest[open...].firstIndex(of: "]")!
            let body = rest[rest.index(after: open)..<close]
            let colon = body.firstIndex(of: ":")!
            let type = body[..<colon]
            let fields = body[body.index(after: colon)...].split(separator: "|")
            expected.insert("\(type):\(fields[0])")
            text += fields.count > 1 ? fields[1] : fields[0]
            rest = rest[rest.index(after: close)...]
        }
        text += rest
        self.text = text
        self.expected = expected
        self.testDescription = String(text.prefix(24))
    }
}

/// One recognizer shared by every suite of this target: building its automata takes a moment.
let recognizer = Recognizer()

extension Recognizer {
    /// Expects recognition to find every entity marked in `sentence`, naming what it missed and found.
    func expectFinds(_ sentence: MarkedSentence, sourceLocation: SourceLocation = #_sourceLocation) {
        let result = missing(sentence)
        #expect(result.missing.isEmpty, "missing \(result.missing), found \(result.found)", sourceLocation: sourceLocation)
    }

    /// The marked entities of `sentence` that recognition misses. A bare body is recognized by its
    /// surface (县委); its canonical name (宁远县委) comes from linking.
    func missing(_ sentence: MarkedSentence) -> (missing: [String], found: [String]) {
        let found = Set(recognize(sentence.text).mentions.map { "\($0.type.rawValue):\($0.name)" })
        let missing = sentence.expected.filter { expected in
            !found.contains(expected) && !(expected == "Institution:宁远县委" && found.contains("Institution:县委"))
        }
        return (missing.sorted(), found.sorted())
    }

    /// Expects recognition to find nothing in `text` but 宁远县, naming what it found.
    func expectNamesNothingButTheCounty(in text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let names = namesBesidesTheCounty(in: text)
        #expect(names.isEmpty, "\(names)", sourceLocation: sourceLocation)
    }

    /// The names recognized in `text` besides 宁远县, the county the test sentences are about.
    func namesBesidesTheCounty(in text: String) -> [String] {
        recognize(text).mentions.filter { $0.name != "宁远县" }.map(\.name)
    }
}

@Suite struct RecognizerRuleTests {
    /// Fresh sentences of the genre, from counties the seeds do not cover, one rule each.
    static let cases: [MarkedSentence] = [
        // Administrative divisions from the national gazetteer, full and short forms; a division
        // written after its province and prefecture is one mention (the outermost span).
        MarkedSentence("[Place:湖南省永州市宁远县]召开三级干部会议，[Place:永州]和[Place:湖南省]客商参加。"),
        // Institution heads grown leftwards to a place name.
        MarkedSentence("今年，[Place:宁远县]将新建[Institution:宁远县第二人民医院]住院楼。"),
        // A bare county committee takes the document's county.
        MarkedSentence("[Place:宁远县]召开会议，[Institution:宁远县委|县委]书记出席。"),
        // Coordination: A、B等项目 gives each item the head.
        MarkedSentence("[Place:宁远县]引进[Project:华晟新能源项目|华晟新能源]、[Project:金穗米业项目|金穗米业]等项目落地。"),
        // Programme heads: 行动, quoted parts inside the name.
        MarkedSentence("[Place:宁远县]启动[Programme:乡村工匠培育行动|“乡村工匠”培育行动]，带动就业。"),
        // National programmes from the lexicon of general knowledge.
        MarkedSentence("[Place:宁远县]扎实推进[Programme:乡村振兴]，助力[Programme:共同富裕]。"),
        // A quoted brand after a launching verb is a programme.
        MarkedSentence("[Place:宁远县]着力打造[Programme:舜德宁远|“舜德宁远”]品牌。"),
        // A name begins after the verb it follows (狠抓), not inside a word (把|握), and after a pronoun (这次).
        MarkedSentence("近年来，狠抓[Project:下灌古村落保护利用项目]。"),
        MarkedSentence("[Place:宁远县]紧紧把握这次[Project:湘江防洪堤建设项目]的机遇。"),
        // A bare 县 before an institution head is the document's county's.
        MarkedSentence("[Place:宁远县]的[Institution:县图书馆]新馆开放。"),
        // 至 and 及 join the parts of a project's name (a route; a works and its companion).
        MarkedSentence("[Place:宁远县]加快[Project:永州城区至宁远县城快速通道改建工程]和[Project:舜陵污水处理厂及配套管网项目]建设。"),
        // A function character before a single character that cannot stand alone is part of the name.
        MarkedSentence("[Place:宁远县]拓宽[Place:九疑将军大道]，与[Institution:南华大学附属和平医院]开展合作。"),
        // … and when it begins a common word that runs into the name (同心).
        MarkedSentence("[Place:宁远县]拓宽[Place:同心大道]。"),
        // Departments: a department head after a division or a bare level character, of the most
        // specific of adjacent places; party committees' departments too.
        MarkedSentence("[Institution:湖南省政府]、[Institution:宁远县政府]、[Institution:县卫健局]和[Institution:永州市委统战部]联合调研。"),
        MarkedSentence("[Place:宁远县]召开会议，[Institution:湖南省财政厅]有关负责人出席。"),
        // Cooperatives and companies.
        MarkedSentence("[Place:宁远县]组建[Institution:九嶷山香芋种植专业合作社]，与[Institution:湘粮集团]签约。"),
        // 工程 that builds something is a Project; one that cares, lifts or reforms is a Programme.
        MarkedSentence("[Place:宁远县]实施[Programme:农村留守儿童关爱工程]和[Project:泠江河堤防加固工程]。"),
        // A quoted list counted before its head (“A、B”两大工程): each item takes the head; 项目 of a pilot is a Programme.
        MarkedSentence("[Place:宁远县]实施“[Programme:人才培育工程|人才培育]、[Project:城乡道路提质工程|城乡道路提质]”两大工程，承担[Programme:农村集体产权制度改革试点项目]。"),
        // Reforms; models and rules named by a quoted name or a place.
        MarkedSentence("[Place:宁远县]深化[Programme:义务教育集团化办学改革]，推行[Programme:四议两公开制度|“四议两公开”制度]，总结[Programme:宁远模式]。"),
        // Quoted names listed before 等 are each a programme; a quoted name before 建设 too.
        MarkedSentence("[Place:宁远县]推广[Programme:护河联盟|“护河联盟”][Programme:河小青|“河小青”]等模式，推进[Programme:美丽屋场|“美丽屋场”]建设。"),
        // A list of items sharing a head after 等 and a count; each item runs from its separator.
        MarkedSentence("集中开工的项目分别是[Project:舜帝陵景区提质改造二期项目|舜帝陵景区提质改造二期]、[Project:湾井镇省级农产品冷链物流中心项目|湾井镇省级农产品冷链物流中心]等8个重点建设项目。"),
        // National events keep 全国; a head right after 成功 ends no name.
        MarkedSentence("[Place:宁远县]选手在[Programme:全国青少年篮球赛]夺冠，县文化中心成功创建。"),
        // Township and village bodies named bare, in an article about one village; 党委政府 is two bodies.
        MarkedSentence("在[Place:宁远县][Place:湾井镇][Place:下灌村]，[Institution:镇党委][Institution:镇政府|政府]带领[Institution:村党支部]和[Institution:村委会]发展产业。"),
        // A department after a committee's post in a list of posts is that committee's; 县委县政府 is two bodies.
        MarkedSentence("[Institution:宁远县委]常委、[Institution:宁远县委宣传部|宣传部]部长出席，[Institution:县委][Institution:县政府]高度重视。"),
        // A province's short name before a county's body: the body is the county's.
        MarkedSentence("湖南[Institution:宁远县人民政府]与[Institution:湘粮集团]签约。"),
        // Newspapers named by ordinary words, national news sites and their channels, shops in a list.
        // Named mountains, rivers and lakes; the country's economic regions and contiguous areas (大别山区).
        MarkedSentence("[Place:宁远县]游客来自[Place:洞庭湖]畔和[Place:大别山区]，产品销往[Place:粤港澳大湾区]。"),
        // A village written after its township is a village even when the gazetteer spells it otherwise.
        MarkedSentence("[Place:宁远县][Place:湾井镇][Place:枫木村]获评省级美丽乡村。"),
        // A province's short name right before its county is one mention of the county.
        MarkedSentence("[Place:湖南宁远县]今年发展迅速，[Place:宁远县]人口增长。"),
        // A county of the same prefecture counts by its short form.
        MarkedSentence("[Place:宁远县]组织人员到[Place:江永]等地学习。"),
        // A quoted place-like phrase is a figure of speech; sites listed before 等工程 each take the head.
        MarkedSentence("[Place:宁远县]走上“阳光大道”，[Project:舜帝广场工程|舜帝广场]、[Project:九疑北街工程|九疑北街]等工程有序推进。"),
        // A programme's quoted core: what names nothing before it (a place, a period) is left out,
        // and a quoted count of the list before it (“三个年”) starts a name of its own.
        MarkedSentence("[Place:湖南省]第三期[Programme:六个一批活动|“六个一批”活动]在[Place:宁远县]举行，[Place:宁远县]大力开展[Programme:营商环境优化年]、[Programme:项目建设加速年]、[Programme:招商引资攻坚年]“三个年”活动。"),
        // A whole quoted phrase ending in a head is a name, however generic its words.
        MarkedSentence("[Place:宁远县]深入开展[Programme:产业升级行动|“产业升级行动”]。"),
        // Quoted names before a count and a quoted kind of 品牌 are each a brand; • joins a name.
        MarkedSentence("[Place:宁远县]培育[Programme:舜韵•九嶷|“舜韵•九嶷”][Programme:瑶乡•新韵|“瑶乡•新韵”]3个“文旅+康养”品牌。"),
        // Departments whose name ends a common word (财政|局), units inside a department, bank
        // branches, companies named by their business (开发公司), news sites of papers and provinces.
        MarkedSentence("[Institution:宁远县财政局]、[Institution:宁远县公安局交通管理大队]和[Institution:中国农业银行宁远支行]联合开展活动，[Place:宁远县]与[Institution:湘南矿产开发公司]签约，[Institution:永州日报网]和[Institution:湖南网]报道。"),
        // A township of a neighbouring county of the prefecture, its name the only one in the country.
        MarkedSentence("[Place:宁远县][Place:湾井镇]和[Place:仙子脚镇]联合推进工作。"),
        // A name runs across verbal nouns (提升|建设) when the rest of its body is generic; works on a
        // river basin build something.
        MarkedSentence("[Place:宁远县]推进[Project:泠江河综合整治生态提升建设项目]和[Project:泠江流域水环境综合治理工程]。"),
        // Departments with 和 in their topic, bare congress and conference bodies, a department of
        // a bare committee before a deputy's title.
        MarkedSentence("[Institution:湖南省文化和旅游厅]、[Institution:永州市文化广播电视和旅游局]和[Institution:县住房和城乡建设局]主办，[Institution:湖南省政协]副主席、[Institution:省委宣传部]副部长出席，[Institution:县人大]、[Institution:县政协]列席。"),
        // A quoted name after 举办, and one that begins an item of a list of activities, are programmes.
        MarkedSentence("[Place:宁远县]举办[Programme:舜韵九嶷|“舜韵九嶷”]摄影季，[Programme:瑶乡风情|“瑶乡风情”]民俗展、特色商品展等系列活动。"),
        // Prefectures of the document's province by short form; a site named after a township; an old town.
        MarkedSentence("[Place:宁远县]客商来自[Place:衡阳]和[Place:长沙]，活动在永州市宁远县[Place:湾井镇下灌古村落景区广场]举行，[Place:九嶷山古镇]游客增多。"),
        // Quoted titles of several clauses before their head (“A、B、C”行动, “A、B”主题教育).
        MarkedSentence("[Place:宁远县]开展[Programme:不忘初心、牢记使命主题教育|“不忘初心、牢记使命”主题教育]和[Programme:问题大排查、整改大落实、能力大提升行动|“问题大排查、整改大落实、能力大提升”行动]。"),
        // Townships of the county listed side by side by their short forms.
        MarkedSentence("[Place:宁远县]以[Place:湾井]、[Place:天堂]、[Place:水市]等五个乡镇为基地。"),
        // A name begins after 支援 and 代表; 项目 of a quoted campaign is that programme; a head in a
        // formula (企业+合作社+农户) is no institution.
        MarkedSentence("[Institution:宁远县人民医院]医师对口支援[Institution:湾井镇卫生院]，副院长代表双方医院签约，落实[Place:湖南省][Programme:千名医师下乡工程项目|“千名医师下乡工程”项目]，推广[Programme:企业+合作社+农户模式|“企业+合作社+农户”模式]。"),
        MarkedSentence("[Institution:工人日报]、[Institution:中国经济网]和[Institution:人民网-湖南频道]报道，[Place:宁远县]与[Institution:步步高超市|步步高]等超市合作。"),
    ]

    /// Heads with nothing but verbs, quantities and generic words before them are no names, and
    /// a head that ends inside a word (实行|动态) is no head.
    @Test(arguments: [
        "宁远县狠抓项目建设，招引一批大项目，本次集中开工的项目共12个，其中15个建设项目已完工。",
        "宁远县对项目实行动态管理，通过项目带动就业。",
        "宁远县新建项目12个、续建项目8个，全年签约项目30个，招商引资项目到位资金增长，五大产业园建设提速。",
        "宁远县6个重点项目集中开工，年度计划顺利完成，老化管网全部更换，开工建设的项目全部达效。",
        "宁远县深化农村综合改革，完善发展模式和管理制度，健全长效机制，多种模式并进。",
        "宁远县四季度重点项目集中开工，抓大项目好项目。",
        "宁远县二期规划完成，试点试验项目和基地建设项目有序推进。",
        "宁远县入选“全国乡村振兴示范县”，获评“湖南省美丽乡村建设示范县”。",
        // Counts (第四批, 新一轮, 四场), kinds (交通类) and heads that are a verb's object (参加|活动).
        "宁远县举行第四季度重点项目集中开工仪式，主导产业项目6个，掀起新一轮项目建设高潮，县直单位负责人参加活动，项目负责人介绍项目，副县长宣布项目开工。",
        "宁远县交通类项目和城建及社会事业项目同步推进，四场重大项目开工，投产一批共有6个项目，与全省同步举行系列活动。",
        // A quoted phrase that 品牌 follows only inside another quotation is no brand.
        "宁远县产业由“数量优势”向“品牌优势”转型。",
        // A verbal noun is crossed only when what it leaves is made of verbal nouns and what precedes names something.
        "宁远县市、县重点建设项目有序推进，为县城经济发展筑牢项目支撑。",
        // Kinds (外向型), activities listed as kinds (歌舞、书画展等活动), a quotation far from its model's head.
        "宁远县引进一批外向型、科技型产业项目，丰富乡村旅游“吃住行游购娱”新业态新模式，通过歌舞、书画展、美食体验等活动，整个活动吸引游客，举办重要节事活动。",
    ])
    func genericHeadsAreNotNames(_ text: String) {
        let names = recognizer.recognize(text).mentions.filter { $0.type == .project || $0.type == .programme }.map(\.name)
        #expect(names.isEmpty, "found \(names)")
    }

    /// Words ending in a department head are no departments (格局, 干部, 东部); generic
    /// cooperatives and schools are no names; a two-character county name (和县, 范县) or one
    /// that is a common word (城区, 郊区) is no place without its prefecture or province.
    @Test(arguments: [
        "宁远县产业格局不断优化，干部队伍持续壮大，县城东部交通改善。",
        "宁远县引导农户加入村合作社，集体合作社和公办学校覆盖全县，吸纳农户加入合作社。",
        "宁远县副县长和县直部门负责人一同前往，范县长介绍情况，城区和郊区同步推进。",
        // Zones named by generic words, and a rank before a kind of hotel, are no names.
        "宁远县入选首批国家全域旅游示范区，获“五星级酒店”称号。",
        // 创建 before its object is a verb; ranks (三级, 二级) before a head are no names; 双方医院 is generic.
        "宁远县创建绿色食品基地，三级医院和二级图书馆运行良好，副院长代表双方医院签约。",
    ])
    func wordsThatLookLikeNamesAreNot(_ text: String) {
        let names = recognizer.namesBesidesTheCounty(in: text)
        #expect(names.isEmpty, "found \(names)")
    }
    @Test(arguments: cases)
    func findsTheMarkedEntities(_ sentence: MarkedSentence) {
        recognizer.expectFinds(sentence)
    }

    @Test func generalWordsAreNotEntities() {
        let mentions = recognizer.recognize("全县城乡面貌明显改善，农村和山区群众生活水平提高，县城道路更加通畅。").mentions
        #expect(mentions.isEmpty, "found \(mentions.map(\.name))")
    }

    @Test func offsetsAreUnicodeScalars() {
        let text = "𠀀《宁远县》" // a supplementary-plane character first
        let mention = recognizer.recognize(text).mentions.first { $0.name == "宁远县" }
        #expect(mention?.start == 2 && mention?.end == 5)
    }

    @Test func documentCountyIsTheMostNamedCounty() {
        let document = recognizer.recognize("宁远县位于永州市南部。宁远县委、宁远县政府高度重视。")
        #expect(document.county?.name == "宁远县")
        #expect(document.county?.code == "431126")
        #expect(document.prefecture?.name == "永州市")
        #expect(document.province?.name == "湖南省")
    }
}

@Suite struct AhoCorasickTests {
    @Test func findsOverlappingPatternsInOnePass() {
        let automaton = AhoCorasick([("he", 1), ("she", 2), ("his", 3), ("hers", 4), ("宁远", 5), ("宁远县", 6)])
        let found = automaton.matches(in: Array("ushers 宁远县".unicodeScalars)).map { "\($0.payload)@\($0.start)-\($0.end)" }
        #expect(Set(found) == ["2@1-4", "1@2-4", "4@2-6", "5@7-9", "6@7-10"])
    }

    /// Against a search per pattern, on random patterns and texts over an alphabet that mixes
    /// ASCII, common ideographs (the root table's range), rarer ones and the supplementary plane.
    @Test(arguments: 1...20)
    func agreesWithSearchingEachPattern(seed: UInt64) {
        var random = SeededRandom(seed: seed)
        let alphabet = Array("ab宁远县村區㐀𠀀𠀁".unicodeScalars)
        func word(_ lengths: ClosedRange<Int>) -> [Unicode.Scalar] {
            (0..<Int.random(in: lengths, using: &random)).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &random)] }
        }
        let patterns = (0..<Int.random(in: 1...40, using: &random)).map { _ in word(1...4) }
        let text = word(0...200)
        let automaton = AhoCorasick(patterns.enumerated().map { (String(String.UnicodeScalarView($0.element)), $0.offset) })
        let found = automaton.matches(in: text).map { "\($0.payload)@\($0.start)" }
        var expected: [String] = []
        for (number, pattern) in patterns.enumerated() where pattern.count <= text.count {
            for start in 0...(text.count - pattern.count) where Array(text[start..<start + pattern.count]) == pattern {
                expected.append("\(number)@\(start)")
            }
        }
        #expect(found.sorted() == expected.sorted())
    }
}

@Suite struct VillageTests {
    /// A village of the document's county is a place; the same name under another county is
    /// not, and a village whose name holds a character the text lacks costs nothing.
    @Test func villagesOfTheDocumentsCountyOnly() throws {
        let gazetteer = Gazetteer.shared
        // A county with a three-character village whose name no other county of its prefecture uses.
        let counties = gazetteer.divisions.filter { $0.level == .county && $0.name.hasSuffix("县") }
        var chosen: (county: Gazetteer.Division, township: Gazetteer.Division, village: Gazetteer.Division)?
        search: for county in counties.prefix(400) {
            for township in gazetteer.townships(of: county) {
                if let village = gazetteer.villages(of: township).first(where: { $0.name.count == 3 && $0.name.hasSuffix("村") }) {
                    chosen = (county, township, village)
                    break search
                }
            }
        }
        let (county, township, village) = try #require(chosen)
        let prefecture = gazetteer.ancestors(of: county)[0].name
        let about = recognizer.recognize("\(prefecture)\(county.name)\(township.name)\(village.name)新建文化广场。\(county.name)召开会议。")
        #expect(about.mentions.contains { $0.type == .place && $0.division?.index == village.index })
        let other = try #require(counties.last { $0.index != county.index && gazetteer.ancestors(of: $0).first != gazetteer.ancestors(of: county).first })
        let elsewhere = recognizer.recognize("\(other.name)召开会议，\(other.name)推进\(village.name)道路硬化。")
        #expect(!elsewhere.mentions.contains { $0.division?.index == village.index })
    }
}

@Suite struct GazetteerTests {
    @Test func loadsTheHierarchyWithCodes() {
        let gazetteer = Gazetteer.shared
        let county = gazetteer.divisions.first { $0.name == "宁远县" && $0.code == "431126" }
        #expect(county != nil)
        let ancestors = county.map { gazetteer.ancestors(of: $0).map(\.name) } ?? []
        #expect(ancestors == ["永州市", "湖南省"])
        #expect(county.map { gazetteer.townships(of: $0).isEmpty } == false)
        #expect(gazetteer.divisions.filter { $0.level == .province }.count >= 31)
    }

    /// The file format: comment lines, the level letters, villages as `a|b|c` (the last without a
    /// bar after it), children under the nearest division above.
    @Test func readsTheTSVFormat() {
        let gazetteer = Gazetteer(tsv: """
            # a comment
            P\t430000\t湖南省\t湖南
            C\t431100\t永州市\t永州
            D\t431126\t宁远县\t宁远
            T\t舜陵街道\t甲村|乙社区|丙村
            T\t湾井镇\t
            D\t431127\t蓝山县\t蓝山
            """)
        #expect(gazetteer.divisions.map(\.name) == ["湖南省", "永州市", "宁远县", "舜陵街道", "湾井镇", "蓝山县"])
        #expect(gazetteer.divisions.map(\.parent) == [nil, 0, 1, 2, 2, 1])
        #expect(gazetteer.divisions[2].shortName == "宁远" && gazetteer.divisions[2].code == "431126")
        let villages = gazetteer.villages(of: gazetteer.divisions[3])
        #expect(villages.map(\.name) == ["甲村", "乙社区", "丙村"])
        #expect(villages.map(\.index) == [6, 7, 8])
        #expect(gazetteer.villages(of: gazetteer.divisions[4]).isEmpty)
    }

    /// Villages are numbered after the townships, each with an index of its own, and hang under
    /// their township (many villages across China share a name).
    @Test func villagesHaveIndexesOfTheirOwn() {
        let gazetteer = Gazetteer.shared
        let townships = gazetteer.divisions.filter { $0.level == .township }
        let villages = townships.prefix(300).flatMap(gazetteer.villages(of:))
        #expect(villages.count > 1_000)
        #expect(Set(villages.map(\.index)).count == villages.count)
        #expect(villages.allSatisfy { $0.index >= gazetteer.divisions.count && $0.level == .village })
        let first = villages[0]
        #expect(gazetteer.ancestors(of: first).map(\.level) == [.township, .county, .prefecture, .province]
                || gazetteer.ancestors(of: first).map(\.level) == [.township, .county, .province])
        let shared = Dictionary(grouping: villages, by: \.name).values.first { $0.count > 1 }
        #expect(shared.map { Set($0.map(\.index)).count > 1 } ?? true)
    }
}
