import Foundation
import TupuRecognizer

/// Gives each mention its canonical name (ANNOTATION.md, "Spans and names"): the fullest
/// unambiguous form the document uses or implies.
struct CanonicalNamer {
    let document: RecognizedDocument
    let gazetteer: Gazetteer

    /// Bodies written with the level word first (县委, 市政府, 县人民医院, 镇党委, 村委会) and the
    /// division they take: the document's county, prefecture, province, township or village. A county-level
    /// city the text never names (大冶市, known only by its township 汪仁镇) leaves 市 to the prefecture it
    /// names (黄石市, whose 市残联 the article's is).
    private let divisionForLevelWord: [Unicode.Scalar: Gazetteer.Division]
    /// The villages and communities the text writes in full, by their bare names: a village listed bare
    /// (溪桥、刘陈等4个社区) and written in full elsewhere (刘陈社区) is one place, named in full.
    private let villagesByBareName: [String: String]

    init(document: RecognizedDocument, gazetteer: Gazetteer) {
        self.document = document
        self.gazetteer = gazetteer
        divisionForLevelWord = Self.divisionsForLevelWords(in: document)
        var villages: [String: String] = [:]
        for mention in document.mentions where mention.type == .place && (mention.division == nil || mention.division?.level == .village) {
            let name = mention.division?.name ?? mention.name
            guard let word = Self.villageWords.first(where: { name.hasSuffix($0) && name.count >= $0.count + 2 }) else { continue }
            let bare = String(name.dropLast(word.count))
            if villages[bare] == nil { villages[bare] = name }
        }
        villagesByBareName = villages
    }

    /// The words that end the full names of villages and communities.
    private static let villageWords = ["村", "社区"]

    private static func divisionsForLevelWords(in document: RecognizedDocument) -> [Unicode.Scalar: Gazetteer.Division] {
        var map: [Unicode.Scalar: Gazetteer.Division] = [:]
        let named = Set(document.mentions.compactMap { $0.division?.index } + document.innerPlaces.compactMap { $0.division?.index })
        for division in [document.county, document.prefecture, document.province, document.township, document.village] {
            // A sub-district's bare bodies begin with 街道 (街道办), not with its last character (道镇…学校 is a township's).
            guard let division, !division.name.hasSuffix("街道"), let last = division.name.unicodeScalars.last else { continue }
            if let taken = map[last] {
                guard taken.index == document.county?.index, !named.contains(taken.index), named.contains(division.index) else { continue }
            }
            map[last] = division
        }
        return map
    }

    func canonicalName(of mention: Mention) -> String {
        var name = mention.name
        // A division is named as the gazetteer names it, unless the text writes the level it has taken
        // since (湟中区 for the data's 湟中县) or the nationalities the data leaves out (孙各庄满族乡 for
        // 孙各庄乡) somewhere: then every mention of it is named so.
        if let division = mention.division, mention.type == .place {
            if division.level == .township, let full = document.mentions.first(where: { other in
                other.division?.index == division.index && Gazetteer.plainName(ofEthnicTownship: other.name) == division.name
            }) { return full.name }
            if division.level == .village { return villagesByBareName[division.name] ?? division.name }
            guard division.level == .county, division.name.hasSuffix("县") else { return division.name }
            return document.mentions.first { other in
                other.division?.index == division.index && other.name != division.name
                    && other.name.count == division.name.count && other.name.dropLast() == division.name.dropLast()
            }?.name ?? division.name
        }
        if mention.type == .place { return villagesByBareName[name] ?? name }
        if mention.type == .project {
            return namedWithDivision(name, except: Self.nounsBeginningWithLevelWords + Self.worksWordsBeginningWithLevelWords, isBody: false)
        }
        guard mention.type == .institution else { return name }
        // The party's prefix leaves a county's body named by its county (中共宁远县委 → 宁远县委), but the
        // centre's 中央 is no name without it (中共中央).
        if name.hasPrefix("中共"), !name.hasPrefix("中共中央") { name.removeFirst(2) }
        name = name.replacingOccurrences(of: "人民政府", with: "政府")
        name = withoutRepeatedLevelWord(name)
        // A bare township body (镇政府) is the township the text has just named; a name beginning with the
        // word 乡村 (乡村振兴工作队) is no bare township's.
        if let first = name.unicodeScalars.first, "镇乡".unicodeScalars.contains(first),
           !Self.nounsBeginningWithLevelWords.contains(where: name.hasPrefix),
           let township = townshipBefore(mention).flatMap({ beginsWithVillage(of: $0, name) ? nil : $0.name }) ?? unlistedTownshipBefore(mention),
           first == township.unicodeScalars.last {
            return township + String(String.UnicodeScalarView(name.unicodeScalars.dropFirst()))
        }
        // The Youth League's bare committee (团县委) is the document's division's, written 团宁远县委.
        if name.hasPrefix("团"), name.count > 2 {
            return "团" + withCountyLevelWord(namedWithDivision(String(name.dropFirst()), except: Self.nounsBeginningWithLevelWords, isBody: true))
        }
        return withCountyLevelWord(namedWithDivision(withAutonomousDivisionsFullName(name), except: Self.nounsBeginningWithLevelWords, isBody: true))
    }

    /// `name` with a division's level word written once where a bare body of that level follows the
    /// division's name (裴营乡|乡党委, 宁远县|县委): 裴营乡党委, 宁远县委.
    private func withoutRepeatedLevelWord(_ name: String) -> String {
        guard let division = document.mentions.first(where: { $0.type == .place && $0.division != nil && name.hasPrefix($0.name) })?.name,
              let level = division.last else { return name }
        let rest = name.dropFirst(division.count)
        guard rest.first == level, Self.bodiesAfterLevelWords.contains(where: { rest.dropFirst() == $0 }) else { return name }
        return division + rest.dropFirst()
    }

    /// The bodies a bare level word names (县委, 镇党委, 乡政府).
    static let bodiesAfterLevelWords = ["委", "党委", "政府", "人大", "政协", "纪委", "委员会"]

    /// `name` with the document's autonomous county or prefecture under its full name where it begins
    /// with the short form reports write (靖州县农业农村局 for 靖州苗族侗族自治县农业农村局, 湘西州…).
    private func withAutonomousDivisionsFullName(_ name: String) -> String {
        for division in [document.county, document.prefecture].compactMap({ $0 }) where division.name.contains("自治") {
            guard let short = division.shortName, let level = division.name.last else { continue }
            let written = short + String(level)
            if name.hasPrefix(written), !name.hasPrefix(division.name) { return division.name + name.dropFirst(written.count) }
        }
        return name
    }

    /// Whether `name` begins with the name of one of the township's villages or communities (镇江居委会
    /// of 点头镇's 镇江社区): its 镇 is that name's, no level word.
    private func beginsWithVillage(of township: Gazetteer.Division, _ name: String) -> Bool {
        gazetteer.villages(of: township).contains { village in
            let bare = village.name.hasSuffix("社区") ? village.name.dropLast(2) : village.name.hasSuffix("村") ? village.name.dropLast() : Substring(village.name)
            return bare.count >= 2 && name.hasPrefix(bare)
        }
    }

    /// The township written last before a bare township body in its paragraph (…迟营镇孙庄村，镇党委书记…):
    /// the body is that township's, whichever township the document is about. A bare village body is the
    /// document's village's: a village's own words name it (印院村 … 村农家书屋).
    private func townshipBefore(_ mention: Mention) -> Gazetteer.Division? {
        let paragraphStart = paragraphStart(of: mention)
        return document.mentions.last { $0.end <= mention.start && $0.start >= paragraphStart && $0.division?.level == .township }?.division
    }

    /// Where the paragraph that holds `mention` begins.
    private func paragraphStart(of mention: Mention) -> Int {
        (document.text[..<mention.start].lastIndex(of: "\n") ?? -1) + 1
    }

    /// The township written last before a bare township body in its paragraph whose name the data leaves
    /// ambiguous or lacks (东山镇…镇中心小学: many townships are called 东山镇), when no listed one is.
    private func unlistedTownshipBefore(_ mention: Mention) -> String? {
        let paragraphStart = paragraphStart(of: mention)
        return document.mentions.last { other in
            other.end <= mention.start && other.start >= paragraphStart && other.type == .place && other.division == nil
                && other.name.count >= 3 && (other.name.hasSuffix("镇") || other.name.hasSuffix("乡"))
        }?.name
    }

    /// The document's county of one character and 县 names its bodies with their 县 (洋县县政府 for
    /// 洋县人民政府), as its bare bodies do (洋县|县政府): one name for one body.
    private func withCountyLevelWord(_ name: String) -> String {
        guard let county = document.county, county.level == .county, county.name.unicodeScalars.count == 2,
              name.hasPrefix(county.name) else { return name }
        let rest = name.dropFirst(county.name.count)
        let isBody = Self.countyBodyWords.contains { body in
            rest.hasPrefix(body) && (rest.count == body.count || Self.bodyParts.contains(String(rest.dropFirst(body.count))))
        }
        return isBody ? county.name + "县" + rest : name
    }

    /// The words that name a county's own bodies after the county's name, and the parts of those
    /// bodies named with them (县委宣传部, 县人大常委会); not 人大网, a website.
    private static let countyBodyWords = ["委", "政府", "人大", "政协", "纪委"]
    private static let bodyParts: Set<String> = ["常委会", "常委会党组", "党组", "宣传部", "组织部", "统战部", "办公室", "办"]

    /// `name` with a bare level word first (县委, 市海沣源…项目) under the document's division of
    /// that level (宁远县委), unless it begins with one of `nouns` (市场…) or names a division already.
    private func namedWithDivision(_ name: String, except nouns: [String], isBody: Bool) -> String {
        // A bare 自治区 (自治区体育局) is the document's autonomous region.
        if isBody, name.hasPrefix(Self.autonomousRegionWord), let province = document.province, province.name.hasSuffix(Self.autonomousRegionWord) {
            return province.name + name.dropFirst(Self.autonomousRegionWord.count)
        }
        guard let first = name.unicodeScalars.first, let division = divisionForLevelWord[first],
              !name.hasPrefix(division.name), !startsWithDivisionName(name), !nouns.contains(where: name.hasPrefix),
              !(division.level == .township && beginsWithVillage(of: division, name)) else { return name }
        // A county of one character and 县 keeps a body's 县 (洋县|县委, not 洋县委); a works does not (忠县体育中心),
        // nor an institution of another kind (洋县|示范区管委会).
        let ownsLevelWord = Recognizer.bodiesNamedWithLevelWord.contains { name.hasPrefix($0) }
            || (isBody && division.level == .county && division.name.unicodeScalars.count == 2
                && Self.countyBodyWords.contains { name.dropFirst().hasPrefix($0) })
        return division.name + (ownsLevelWord ? name : String(String.UnicodeScalarView(name.unicodeScalars.dropFirst())))
    }

    static let autonomousRegionWord = "自治区"

    /// Words of works that begin with a level word (县城, 市区, 县道): a works named with one is not
    /// the document's division's by a bare level word.
    static let worksWordsBeginningWithLevelWords = ["市区", "市级", "县级", "省级", "区级", "县乡", "县道", "乡道", "村道", "省道", "市政", "县直", "市直", "乡镇", "乡村", "村级", "镇区", "村庄"]

    /// Common nouns that begin with a level word: a body named with one (市场监管总局) is no bare
    /// body of the document's division.
    static let nounsBeginningWithLevelWords = ["市场", "市民", "县城", "县域", "县衙", "区域", "乡村", "镇村", "村级", "村镇"]

    /// Whether `name` begins with a full division name (县 alone does not count), or with the short form
    /// of a township the document names, whose first character may be a level word (省璜 of 省璜镇).
    private func startsWithDivisionName(_ name: String) -> Bool {
        document.mentions.contains { mention in
            guard let division = mention.division, division.name.count > 1 else { return false }
            return name.hasPrefix(division.name)
                || (division.level == .township && division.name.count >= 3 && name.hasPrefix(String(division.name.dropLast())))
        }
    }

    /// Words of the part of the country a programme covers, which its name may leave out (农村 of 农村人居环境整治).
    static let scopeWords = ["农村", "城乡"]

    /// Words that end a programme's or a project's fuller name without changing what it names
    /// (十四五 and 十四五规划, 乡村工匠培育 and 乡村工匠培育行动, 新型城镇化 and 新型城镇化建设).
    static let namingTails = ["规划", "行动", "战略", "计划", "活动", "建设", "创建", "工作", "政策", "项目", "工程"]

    /// The shortest tail of a programme's name that still names it (百日行动 of 转移就业百日行动).
    static let shortestProgrammeTail = 4

    /// A company's legal form, which its short name leaves off (正邦集团 for 正邦集团有限公司,
    /// 采芝林药业公司 for 采芝林药业有限公司, 国家电网 for 国家电网公司), longest first.
    static let legalForms: [(form: String, shortForm: String)] = [
        ("股份有限公司", ""), ("有限责任公司", ""), ("有限公司", ""), ("股份有限公司", "公司"), ("有限责任公司", "公司"), ("有限公司", "公司"),
        ("公司", ""),
    ]

    /// A works' name with 建设 put before its 项目 (…指挥中心项目, …指挥中心建设项目).
    static func addingBuilding(_ form: Substring) -> Substring? {
        form.hasSuffix("项目") && !form.hasSuffix("建设项目") && form.count > 4 ? Substring(form.dropLast(2) + "建设项目") : nil
    }

    /// Development zones' common abbreviations (经开区 for 经济开发区), longest first.
    static let zoneAbbreviations: [(full: String, short: String)] = [("经济技术开发区", "经开区"), ("经济开发区", "经开区"), ("高新技术产业开发区", "高新区")]

    /// The words of a development zone's name that its short name leaves off (常山开发区, 常山), longest first.
    static let zoneWords = ["经济技术开发区", "经济开发区", "高新技术产业开发区", "开发区", "高新区", "工业园区"]

    /// The channels an outlet's name may end with (辰溪融媒APP, 宁远发布客户端, 经济日报新闻客户端, 红网时刻新闻 and 红网时刻 of 红网).
    static let channelForms = ["APP", "app", "新闻客户端", "客户端", "时刻新闻", "时刻"]

    /// Words of programmes' names and the abbreviations reports write for them (生态环境保护 → 生态环保, 环保).
    static let programmeAbbreviations: [(full: String, short: String)] = [
        ("生态环境保护", "生态环保"), ("生态环境保护", "环保"), ("环境保护", "环保"),
    ]

    /// Words of bodies' names and the abbreviations reports write for them (职业教育 → 职教).
    static let bodyAbbreviations: [(full: String, short: String)] = [
        ("职业教育", "职教"), ("人力资源和社会保障", "人社"), ("卫生健康", "卫健"), ("文化和旅游", "文旅"), ("发展和改革", "发改"),
        ("市场监督管理", "市场监管"), ("应急管理", "应急"), ("住房和城乡建设", "住建"), ("自然资源和规划", "自然资源"), ("工业和信息化", "工信"),
        ("科学技术", "科技"), ("中医医院", "中医院"), ("中央电视台", "央视"), ("中共中央", "党中央"), ("人民法院", "法院"), ("人民检察院", "检察院"),
        ("融媒体中心", "融媒体"), ("红十字会", "红会"), ("红十字基金会", "红基会"), ("共青团", "团"),
        // Vocational schools (齐河县职业中专, 齐河职专; 县职业中学, 县职中).
        ("职业中专", "职专"), ("职业中学", "职中"),
        // Associations of science and of artists and writers (山阴县科学技术协会, 山阴县科协; 新化县书法家协会, 新化县书协).
        ("科学技术协会", "科协"), ("书法家协会", "书协"), ("作家协会", "作协"), ("美术家协会", "美协"), ("摄影家协会", "摄协"), ("音乐家协会", "音协"),
        ("舞蹈家协会", "舞协"), ("戏剧家协会", "剧协"),
        // A specialised cooperative written without 专业 again (光山县鑫磊农业专业合作社, 鑫磊农业合作社).
        ("专业合作社", "合作社"),
        // Committees' offices by their abbreviations (县安委会办公室, 县安委办).
        ("安委会办公室", "安委办"), ("减灾委办公室", "减灾办"),
        // Numbered schools (彭泽县第一中学, 彭泽一中; 南乐县第一高级中学, 南乐一高).
        ("第一中学", "一中"), ("第二中学", "二中"), ("第三中学", "三中"), ("第一高级中学", "一高"), ("第二高级中学", "二高"),
        // Merged departments of culture and tourism, all written 文旅 for short.
        ("文化旅游", "文旅"), ("文体和旅游", "文旅"), ("文化体育和旅游", "文旅"), ("文化广电和旅游", "文旅"), ("文化广播电视和旅游", "文旅"),
        ("文化广电体育和旅游", "文旅"), ("文化广电旅游体育", "文旅"),
        // A department of commerce merged with investment promotion, still written 商务局 (平罗县商务局).
        ("商务和投资促进", "商务"),
        // State investment groups (黟县国有投资集团有限公司, 县国投集团).
        ("国有投资", "国投"),
        // A limited company written without its 有限 (亭海养殖有限公司, 亭海养殖公司).
        ("有限公司", "公司"),
        // Bureaus of radio and television (曲靖市广播电视局, 市广电局).
        ("广播电视", "广电"),
    ]

    /// Whether a programme is cited by its title in book-title marks somewhere in the document.
    /// A plan a notice issues (《关于印发…方案的通知》) is cited by its title too.
    func isTitled(_ entity: Entity) -> Bool {
        entity.type == .programme && entity.mentions.contains { mention in
            mention.surface.hasPrefix("《") || mention.surface.hasPrefix("〈") || isInsideTitle(mention.start)
        }
    }

    /// Whether `index` lies inside book-title marks: within a title's length, a 《 opens before it
    /// with no 》 between, and a 》 closes after it with no 《 between.
    private func isInsideTitle(_ index: Int) -> Bool {
        let text = document.text
        guard index <= text.count, let open = text[max(0, index - 64)..<index].lastIndex(of: "《"),
              !text[open..<index].contains("》"),
              let close = text[index..<min(text.count, index + 64)].firstIndex(of: "》") else { return false }
        return !text[index..<close].contains("《")
    }

    /// Folds a shorter name into the entity of its fuller form, which then carries it as an alias:
    /// a name written without the place it begins with elsewhere (实验小学 into 宁远县实验小学,
    /// 香芋产业园项目 into 湾井镇香芋产业园项目, 九嶷山景区 into 湖南九嶷山景区), and a programme or project named without its
    /// tail (十四五 into 十四五规划).
    func mergingShortForms(_ entities: [Entity]) -> [Entity] {
        var prefixes = Set<String>()
        for division in [document.county, document.prefecture, document.province].compactMap({ $0 }) {
            prefixes.insert(division.name)
            division.shortName.map { _ = prefixes.insert($0) }
            // A bare level word stands for the division too (市海沣源…项目 is 海沣源…项目).
            division.name.last.map { _ = prefixes.insert(String($0)) }
        }
        for place in entities where place.type == .place { prefixes.insert(place.name); prefixes.formUnion(place.aliases) }
        // The townships named (whether or not the gazetteer places them), each with its short form (高山镇,
        // 高山): a works may be written with either.
        let townships = entities.filter { $0.type == .place && $0.division?.level != .village }.map(\.name)
            + document.innerPlaces.filter { $0.division?.level != .village }.map(\.name)
        let townshipForms = Set(townships).sorted().compactMap { name -> (full: String, short: String)? in
            guard let last = name.last, last == "镇" || last == "乡", name.count >= 3 else { return nil }
            return (name, String(name.dropLast()))
        }
        for place in document.innerPlaces { prefixes.insert(place.name) }
        let longestPrefix = prefixes.map(\.count).max() ?? 0
        var index: [String: Int] = [:]
        for (position, entity) in entities.enumerated() { index[Linker.key(entity.type, entity.name)] = position }
        // Each fuller name looks up the shorter forms it holds: linear in the entities.
        var fullerOf: [Int: Int] = [:]
        var shortFormClaims: [Int: [Int]] = [:]
        // Sites are folded too (大崎山自然保护区 into 湖北大崎山自然保护区); divisions have their own names.
        for (position, entity) in entities.enumerated() where entity.type != .place || entity.division == nil {
            let name = entity.name
            var shorter: [Substring] = []
            var abbreviated: [Substring] = []
            if entity.type != .institution {
                let tailless = Self.namingTails.filter { name.hasSuffix($0) && name.count > $0.count }.map { name.dropLast($0.count) }
                // Written short both ways at once too (宁德市大数据产业园项目, 宁德大数据产业园).
                shorter += tailless + tailless.flatMap(shortNamedForms)
                // A programme named with and without the part of the country it covers (农村人居环境整治, 人居环境整治).
                if entity.type == .programme {
                    shorter += Self.scopeWords.filter { name.hasPrefix($0) && name.count >= $0.count + 4 }.map { name.dropFirst($0.count) }
                    // Written with the abbreviations reports use (中央生态环境保护督察, 中央环保督察).
                    shorter += Self.programmeAbbreviations.filter { name.contains($0.full) }
                        .map { Substring(name.replacingOccurrences(of: $0.full, with: $0.short)) }
                    // A programme written as its quoted name and a tail of its kind (“两园两基地”产业规划) is named
                    // again by the quoted name alone (“两园两基地”).
                    shorter += entity.mentions.compactMap { Self.quotedName(opening: $0.surface) }
                }
                // A zone written with its common abbreviation (广德市经济开发区, 广德市经开区) is one.
                if entity.type == .place {
                    shorter += Self.zoneAbbreviations.filter { name.contains($0.full) }.map { Substring(name.replacingOccurrences(of: $0.full, with: $0.short)) }
                }
                // A works named by two places joined by a dash is written short by their first characters
                // (鄞州—衢江产业飞地, 鄞衢产业飞地).
                if let dash = name.firstIndex(of: "—"), name.distance(from: name.startIndex, to: dash) == 2,
                   name.distance(from: dash, to: name.endIndex) > 4 {
                    let after = name[name.index(after: dash)...]
                    shorter.append(Substring(String(name.first!) + String(after.first!) + after.dropFirst(2)))
                }
                // A works written with its division's full name and with its short name (紫金县预制菜产业园项目,
                // 紫金预制菜产业园项目, 高山镇污水处理厂 and 高山污水处理厂) is one.
                shorter += shortNamedForms(of: Substring(name))
                shorter += Self.townshipShortForms(of: Substring(name), townshipForms)
            } else {
                shorter += Self.legalForms.filter { name.hasSuffix($0.form) && name.count > $0.form.count + 1 }
                    .map { Substring(name.dropLast($0.form.count) + $0.shortForm) }
                // A zone's body named again with the zone's short name (常山开发区消防站, 常山消防站) is one.
                shorter += Self.zoneWords.compactMap { zone in
                    guard let range = name.range(of: zone), name.distance(from: name.startIndex, to: range.lowerBound) >= 2,
                          range.upperBound < name.endIndex else { return nil }
                    return Substring(name[..<range.lowerBound] + name[range.upperBound...])
                }
                // An outlet named with and without its channel (辰溪融媒APP, 辰溪融媒; 人民网-湖南频道, 人民网) is one.
                shorter += Self.channelForms.filter { name.hasSuffix($0) && name.count > $0.count + 1 }.map { name.dropLast($0.count) }
                if name.hasSuffix("频道"), let dash = name.firstIndex(of: "-"), dash > name.startIndex { shorter.append(name[..<dash]) }
                // A unit written after its bureau, court or company (…公安局|善堂派出所, …分局|东苑派出所, …人民法院|秣陵中心法庭,
                // 海南电网公司|三亚供电局) is named again by itself.
                shorter += name.indices.filter { name[$0] == "局" || (name[$0] == "院" && name[..<$0].hasSuffix("法"))
                    || (name[$0] == "司" && name[..<$0].hasSuffix("公")) }
                    .map { name[name.index(after: $0)...] }.filter { $0.count >= 3 }
                // The same body written with a common abbreviation (卓资职教集团 for 卓资职业教育集团) or with
                // its county's short name (镇原图书馆 for 镇原县图书馆).
                abbreviated = Self.bodyAbbreviations.filter { name.contains($0.full) }
                    .map { Substring(name.replacingOccurrences(of: $0.full, with: $0.short)) }
                // A company of development known by its trade name alone (道县玉华鹅业发展有限公司, 玉华鹅业).
                abbreviated += Self.legalForms.filter { name.hasSuffix("发展" + $0.form) && $0.shortForm.isEmpty && name.count > $0.form.count + 4 }
                    .map { name.dropLast($0.form.count + 2) }
                // A group known by the first characters of the words before 集团 (中国能源建设集团韶关电力有限公司,
                // 中能建集团韶关电力有限公司).
                if let group = name.range(of: "集团") {
                    let words = Array(name[..<group.lowerBound])
                    if (4...8).contains(words.count), words.count.isMultiple(of: 2) {
                        abbreviated.append(Substring(String(stride(from: 0, to: words.count, by: 2).map { words[$0] }) + name[group.lowerBound...]))
                    }
                }
                shorter += abbreviated
                // Both at once: 汨罗市融媒体中心 is also 汨罗融媒体; and a body of the prefecture or province
                // written with its short name (南昌田园牧歌农场 for 南昌市田园牧歌农场).
                shorter += ([Substring(name)] + abbreviated).flatMap(shortNamedForms)
            }
            if name.count > 1 && longestPrefix > 0 {
                // Places one after another are taken off one by one (宁远县|湾井镇|香芋产业园项目), from the
                // abbreviated forms too (朔州市|山阴县科协).
                var unprefixed: [Substring] = []
                var frontier = [Substring(name)] + abbreviated
                while let form = frontier.popLast(), form.count > 1 {
                    let next = (1...min(longestPrefix, form.count - 1)).filter { prefixes.contains(String(form.prefix($0))) }.map { form.dropFirst($0) }
                    unprefixed += next
                    frontier += next
                }
                shorter += unprefixed
                // Both at once: 城关镇…示范园项目 holds …示范园, and 宁远县湾井镇污水处理厂 湾井污水处理厂.
                if entity.type != .institution {
                    shorter += unprefixed.flatMap { form in Self.namingTails.filter { form.hasSuffix($0) && form.count > $0.count }.map { form.dropLast($0.count) } }
                    shorter += unprefixed.flatMap { Self.townshipShortForms(of: $0, townshipForms) }
                    // A programme written without its place but with a tail (广德市便民停车行动, 便民停车行动计划).
                    if entity.type == .programme { shorter += unprefixed.flatMap { form in Self.namingTails.map { Substring(form + $0) } } }
                }
                // A works written with its capacity and without it (忠县50万头生猪产业一体化项目, 生猪产业一体化项目).
                if entity.type == .project {
                    shorter += ([Substring(name)] + unprefixed).compactMap(Self.droppingCapacity)
                    // And written again with 建设 before its 项目 (怀集县人民医院新院…项目, 人民医院新院…建设项目): one way
                    // only, for two names each claiming the other would fold in a circle.
                    shorter += ([Substring(name)] + unprefixed).compactMap(Self.addingBuilding)
                }
                // A site written with 国际 and without it (鄂州花湖国际机场, 花湖机场).
                if entity.type == .place {
                    shorter += ([Substring(name)] + unprefixed).filter { $0.contains("国际") && $0.count > 4 }
                        .map { Substring($0.replacingOccurrences(of: "国际", with: "")) }
                    // A residential compound written with and without 小区 (华德名人苑小区, 华德名人苑) is one.
                    shorter += ([Substring(name)] + unprefixed).filter { $0.hasSuffix("小区") && $0.count >= 5 }.map { $0.dropLast(2) }
                }
            }
            for form in shorter {
                if let short = index[Linker.key(entity.type, form)], short != position, fullerOf[short] == nil,
                   !Self.folds(position, into: short, fullerOf),
                   // Two titles cited in book-title marks are two documents (《“十四五”…规划》 and 《安徽省“十四五”…规划》).
                   !(isTitled(entity) && isTitled(entities[short])) {
                    fullerOf[short] = position
                }
            }
            // A project named again, after its full name, by its name's first word and its head
            // (海沣源冷链农产品项目, then 海沣源项目), where no other project begins so.
            if entity.type == .project, let first = entity.mentions.first?.start,
               let tail = Self.projectHeads.first(where: { name.hasSuffix($0) && name.count > $0.count + 2 }) {
                let body = name.dropLast(tail.count)
                for length in 2..<body.count {
                    let short = String(body.prefix(length)) + tail
                    guard let shortPosition = index[Linker.key(entity.type, short)], shortPosition != position,
                          (entities[shortPosition].mentions.first?.start ?? 0) > first else { continue }
                    shortFormClaims[shortPosition, default: []].append(position)
                }
            }
            // A project written by its name's tail (万头肉牛养殖项目, in a headline or again in the text, of
            // 榆中宛川丝路小镇(一期)万头肉牛养殖项目), where no other project ends so: six characters at least.
            if entity.type == .project, Self.projectHeads.contains(where: name.hasSuffix), name.count >= Self.shortestProjectTail + 2 {
                for length in Self.shortestProjectTail...(name.count - 2) {
                    guard let short = index[Linker.key(entity.type, name.suffix(length))], short != position else { continue }
                    shortFormClaims[short, default: []].append(position)
                }
            }
            // A company named again, after its full name, by its trade name and 公司 (宁夏双成实业有限公司, then
            // 双成公司), where no other company begins so.
            if entity.type == .institution, let first = entity.mentions.first?.start,
               let form = Self.legalForms.first(where: { name.hasSuffix($0.form) && $0.shortForm.isEmpty }) {
                let body = name.dropLast(form.form.count)
                let tradeNames = [body] + (0..<min(longestPrefix, body.count)).map { $0 + 1 }.filter { prefixes.contains(String(body.prefix($0))) }.map { body.dropFirst($0) }
                for tradeName in tradeNames where tradeName.count > 2 {
                    for length in 2..<tradeName.count {
                        let short = String(tradeName.prefix(length)) + "公司"
                        guard let shortPosition = index[Linker.key(entity.type, short)], shortPosition != position,
                              (entities[shortPosition].mentions.first?.start ?? 0) > first else { continue }
                        shortFormClaims[shortPosition, default: []].append(position)
                    }
                }
            }
            // A programme named again, after its full name, by its name's tail (转移就业百日行动, then “百日行动”);
            // a tail written first is a programme of its own (春风行动, then 网上春风行动).
            if entity.type == .programme, name.count > Self.shortestProgrammeTail, let first = entity.mentions.first?.start {
                for length in Self.shortestProgrammeTail..<name.count {
                    if let short = index[Linker.key(entity.type, name.suffix(length))], short != position, fullerOf[short] == nil,
                       !Self.folds(position, into: short, fullerOf), (entities[short].mentions.first?.start ?? 0) > first, !(isTitled(entity) && isTitled(entities[short])) {
                        fullerOf[short] = position
                    }
                }
            }
        }
        for (short, fuller) in shortFormClaims where fuller.count == 1 && fullerOf[short] == nil && !Self.folds(fuller[0], into: short, fullerOf) {
            fullerOf[short] = fuller[0]
        }
        return Self.merging(entities, into: fullerOf)
    }

    /// The quoted name a surface opens with, where a tail follows its closing mark (两园两基地 of
    /// “两园两基地”产业规划); nil for a surface quoted whole or not opening with a quotation mark.
    static func quotedName(opening surface: String) -> Substring? {
        guard let first = surface.first, let closing = Self.closingQuotes[first],
              let close = surface.dropFirst().firstIndex(of: closing), surface.index(after: close) < surface.endIndex else { return nil }
        let quoted = surface[surface.index(after: surface.startIndex)..<close]
        return quoted.count >= 2 ? quoted : nil
    }

    /// The quotation marks a quoted name opens with, each with its closing mark.
    static let closingQuotes: [Character: Character] = ["“": "”", "「": "」", "‘": "’"]

    /// `name` with the document's county, prefecture or province it begins with written by its short
    /// name (汨罗市融媒体中心 → 汨罗融媒体中心, 紫金县预制菜产业园项目 → 紫金预制菜产业园项目).
    private func shortNamedForms(of name: Substring) -> [Substring] {
        [document.county, document.prefecture, document.province].compactMap { $0 }.compactMap { division in
            guard let short = division.shortName, name.hasPrefix(division.name), name.count > division.name.count + 1 else { return nil }
            return Substring(short + name.dropFirst(division.name.count))
        }
    }

    /// `name` with a township it begins with written by its short form (高山镇污水处理厂 → 高山污水处理厂).
    static func townshipShortForms(of name: Substring, _ townships: [(full: String, short: String)]) -> [Substring] {
        townships.filter { name.hasPrefix($0.full) && name.count > $0.full.count + 1 }.map { Substring($0.short + name.dropFirst($0.full.count)) }
    }

    /// `form` without the capacity it begins with (50万头, 10万吨, 100MW), or nil when it begins with none
    /// or would leave fewer than four characters.
    static func droppingCapacity(_ form: Substring) -> Substring? {
        let number = form.prefix { $0.isASCII && ($0.isNumber || $0 == ".") }
        guard !number.isEmpty else { return nil }
        var rest = form.dropFirst(number.count)
        if let magnitude = rest.first, "万亿千百".contains(magnitude) { rest = rest.dropFirst() }
        guard let unit = capacityUnits.first(where: { rest.hasPrefix($0) }) else { return nil }
        rest = rest.dropFirst(unit.count)
        return rest.count >= 4 ? rest : nil
    }

    /// Units a works' capacity is measured in: herds, weight, area, power.
    static let capacityUnits = ["头", "只", "吨", "亩", "千瓦", "兆瓦", "MW", "平方米", "平米"]

    /// The heads a project's short name keeps (海沣源项目).
    static let projectHeads = ["项目", "工程"]

    /// The fewest characters a project's tail is written with to stand for it (万头肉牛养殖项目 is eight).
    static let shortestProjectTail = 6

    /// Folds the county's 县医院 into its people's hospital (县第一人民医院, 县人民医院) when the
    /// document names exactly one: 县医院 is what a county calls it. A document that names no county
    /// names both bare (县医院, 县人民医院).
    func mergingCountyHospital(_ entities: [Entity]) -> [Entity] {
        let county = document.county?.name ?? "县"
        guard let bare = entities.firstIndex(where: { $0.type == .institution && $0.name == county + "医院" }) else { return entities }
        let peoples = entities.indices.filter { position in
            entities[position].type == .institution
                && ["人民医院", "第一人民医院"].contains { entities[position].name == county + $0 }
        }
        guard peoples.count == 1 else { return entities }
        return Self.merging(entities, into: [bare: peoples[0]])
    }

    /// The place names of the document (and its county's short form), each with its place's
    /// canonical name: the prefixes a name may begin with.
    var placePrefixes: [String: String] {
        var prefixes: [String: String] = [:]
        if let county = document.county { prefixes[county.name] = county.name; county.shortName.map { prefixes[$0] = county.name } }
        for place in document.mentions + document.innerPlaces where place.type == .place {
            let canonical = canonicalName(of: place)
            prefixes[place.name] = canonical
            prefixes[canonical] = canonical
        }
        return prefixes
    }

    /// Whether `entity` already folds, through `fullerOf`'s chain, into `target`: folding `target` into
    /// `entity` then would close a circle (two names each claiming the other as its short form).
    static func folds(_ entity: Int, into target: Int, _ fullerOf: [Int: Int]) -> Bool {
        var current = entity
        while let next = fullerOf[current] {
            if next == target { return true }
            current = next
        }
        return false
    }

    /// `entities` with each one that `fullerOf` maps folded into its target (following chains):
    /// the target takes its name as an alias, its aliases and its mentions.
    static func merging(_ entities: [Entity], into fullerOf: [Int: Int]) -> [Entity] {
        var result = entities
        for short in fullerOf.keys.sorted() {
            var target = fullerOf[short]!
            while let next = fullerOf[target] { target = next }
            let merged = result[short]
            result[target].aliases += ([merged.name] + merged.aliases).filter { !result[target].aliases.contains($0) && $0 != result[target].name }
            result[target].mentions = (result[target].mentions + merged.mentions).sorted { $0.start < $1.start }
        }
        return result.enumerated().filter { fullerOf[$0.offset] == nil }.map(\.element)
    }
}
