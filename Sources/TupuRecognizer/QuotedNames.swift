/// Quoted names that are programmes: brands and campaigns written in quotation marks after a
/// verb that launches them (打造“…”, 叫响“…”), after or before 品牌, right before a word that makes them a
/// drive (“…”建设, “…”全覆盖), or listed with others before 等 (“A”“B”等模式). A quoted title
/// after an honour word (入选“…”) is no entity, and keeps the names inside it from being ones.
/// Quoted names before a kind of media account (“文明宁远”微信公众号) are the outlets that run them.
struct QuotedNames {
    let text: [Unicode.Scalar]

    static let quoteMarks = ScalarSet("“”「」《》〈〉\"'‘’『』")
    static let launchingVerbs = ["打造", "叫响", "擦亮", "打响", "唱好", "唱响", "实施", "开展", "推行", "推广", "深化", "创建", "培育", "启动", "举办", "举行", "首推", "推出", "推进", "开启"]
    /// Words before a title won (入选“全国文明城市”): the title is no entity, nor anything in it.
    static let honourWords = ["入选", "获评", "荣获", "评为", "授予", "命名为", "获得"]

    func programmeCandidates() -> [Candidate] {
        var found = titledPlans() + sloganDrives()
        var i = 0
        while i < text.count {
            guard text[i] == "“" else { i += 1; continue }
            if let titles = titles(at: i) {
                found += titles
                i = titles.last!.end
                continue
            }
            let run = quotedRun(from: i)
            guard let last = run.last else { i += 1; continue }
            found += run.filter(listsNumberedSlogans).map { Candidate(type: .programme, start: $0.open, end: $0.close + 1, priority: 0) }
            // A quoted holiday before 期间 (“五一”期间) says when; a trademark before 牌 (“友和庄园”牌金针菇) names a product.
            // Quoted names before 品种, perhaps after 等 and a word of quality (“无核大十”“红果二号”等优良品种), are varieties;
            // before 等 and a show (“二龙抢宝”“双龙穿花”等精彩表演) they are shows.
            // A headline before the word for a news story (“…举办…书画展”新闻) is a sentence, no name.
            if Self.periodWords.contains(where: { startsWith($0, at: last.close + 1) })
                || (last.close + 3 <= text.count && Lexicon.newsStoryWords.contains(WordKey(text, last.close + 1, 2)))
                || (last.close + 1 < text.count && text[last.close + 1] == "牌") || namesVarieties(after: last.close + 1)
                || namesShows(after: last.close + 1) {
                i = last.close + 1
                continue
            }
            if accountFollows(after: last.close + 1) {
                found += run.filter(isName).map { Candidate(type: .institution, start: $0.open, end: $0.close + 1, priority: 0) }
                i = last.close + 1
                continue
            }
            // Quoted sites counted as such (“A”、“B”5个示范点) are places and schools, no brands; so is
            // a kind counted right after its quotation (“扶贫工厂”10余家).
            if countsSites(after: last.close + 1) || endsCount(at: last.close + 1) {
                i = last.close + 1
                continue
            }
            // A quoted code of digits before the system it numbers (“431”产业发展体系) names a programme with it.
            if let systemEnd = numberedSystemEnd(after: last) {
                found.append(Candidate(type: .programme, start: last.open, end: systemEnd, priority: 0))
                i = systemEnd
                continue
            }
            // Quoted names listed before 等 or before the way of working they all are (“A”、“B”、“C”工作机制).
            // One quoted name is enough before 等 and the activities a list of them makes (…和“网上安全月”等活动).
            let listed = (run.count >= 2 && last.close + 1 < text.count
                && (text[last.close + 1] == "等" || Self.waysOfWorking.contains { startsWith($0, at: last.close + 1) }))
                || Self.listedActivities.contains { startsWith($0, at: last.close + 1) }
            let brandsOrLaunched = (launched(before: i) || endsWith("品牌", before: i) || brandFollows(after: last.close + 1))
                && !isConceptWording(after: last.close + 1)
            for (position, quote) in run.enumerated() where (isName(quote) || isEventTitle(quote)) && !isKindOfDemonstrationUnit(quote) {
                // A quoted thing built (“荣誉墙”建设) is no drive, though one governed may be (“一河三港”治理).
                let built = Lexicon.builtThingCharacters.contains(text[quote.close - 1]) && !startsWith("治理", at: quote.close + 1)
                let namesWork = position == run.count - 1 && isWork(after: quote.close + 1)
                // A quoted title with the kind of event it names (“…”知识竞赛, “…”网上展览) is named with that kind.
                let eventEnd = position == run.count - 1 ? eventKindEnd(after: quote.close + 1) : nil
                if listed || brandsOrLaunched || (position == run.count - 1 && drivenAfter(quote.close + 1) && !built) || isObservedDay(quote)
                    || isGuidingDrive(quote) || (position == run.count - 1 && namesSeriesStop(after: quote.close + 1))
                    || (isNumberedSlogan(quote) && !describesConcept(after: quote.close + 1)) || namesWork || eventEnd != nil
                    || endsWithEventKind(quote) || isBrandOfKnownProgramme(quote) || isTransferBetweenRegions(quote) || isNumberedMethod(quote),
                   listed || !endsWithInstitutionHead(quote) || (namesWork && namesKindOfBody(quote)) {
                    found.append(Candidate(type: .programme, start: quote.open, end: eventEnd ?? quote.close + 1, priority: 0))
                }
            }
            i = last.close + 1
        }
        return found
    }

    /// Plans cited by their title in book-title marks (出台了《宁远县文化产业发展战略规划》): the whole
    /// title names the plan, whatever boundary words it holds. A title inside a title (《…印发〈…意见〉的通知》,
    /// 《…印发<…方案>的通知》) is marked by single book-title marks or angle brackets.
    private func titledPlans() -> [Candidate] {
        var found: [Candidate] = []
        var i = 0
        var insideTitle = false
        while i < text.count {
            if text[i] == "《" { insideTitle = true } else if text[i] == "》" { insideTitle = false }
            let closing: Unicode.Scalar? = switch text[i] {
            case "《": "》"
            case "〈": "〉"
            case "<" where insideTitle: ">"
            default: nil
            }
            guard let closing, let close = text[(i + 1)...].prefix(64).firstIndex(of: closing) else { i += 1; continue }
            var inner = text[(i + 1)..<close]
            // A notice issuing a plan (《关于印发“…”实施方案的通知》, 《关于印发…实施方案》) names the plan it issues.
            if let issued = Self.issuingWords.first(where: { inner.starts(with: $0) }) {
                inner = inner.dropFirst(issued.count)
                if inner.count > Self.noticeEnding.count, inner.suffix(Self.noticeEnding.count).elementsEqual(Self.noticeEnding) {
                    inner = inner.dropLast(Self.noticeEnding.count)
                }
            }
            // A title may list with 、 (《…处置重、特大森林火灾应急预案》) and hold a bracket (《…村史馆(室)…指导意见》)
            // or a quotation (《…农业农村现代化“十四五”规划》).
            // A trailing note of the plan's status ((试行), （暂行）) or period ((2023—2025年)) follows its head.
            let headed = Self.trailingNote(of: inner).map { inner[..<$0] } ?? inner
            // A title may cite another in single book-title marks (《贯彻落实〈…方案〉的实施意见》).
            if inner.count >= 4, inner.allSatisfy({ NameGrower.isNameCharacter($0) || "、()（）“”—–~～〈〉".unicodeScalars.contains($0) }),
               Self.planEndings.contains(where: { ending in headed.count > ending.count && headed.suffix(ending.count).elementsEqual(ending) }) {
                // Angle brackets are no quotation marks: the name lies between them.
                let marked = text[i] != "<" && inner.startIndex == i + 1 && inner.endIndex == close
                found.append(Candidate(type: .programme, start: marked ? i : inner.startIndex, end: marked ? close + 1 : inner.endIndex, priority: 1))
            }
            i += 1
        }
        return found
    }

    /// Where a bracketed note ending `title` begins, or nil: a note of status ((试行), （暂行）, (修订))
    /// or of the period the plan covers ((2023—2025年), （2021-2035年）).
    static func trailingNote(of title: ArraySlice<Unicode.Scalar>) -> Int? {
        guard title.count >= 6, let last = title.last, last == ")" || last == "）",
              let open = title.lastIndex(where: { $0 == "(" || $0 == "（" }), open > title.startIndex else { return nil }
        let note = title[(open + 1)..<(title.endIndex - 1)]
        if note.count == 2 && statusNotes.contains(where: { note.elementsEqual($0) }) { return open }
        let isPeriod = note.count <= 12 && note.filter { ("0"..."9").contains($0) }.count >= 4
            && note.allSatisfy { ("0"..."9").contains($0) || periodMarks.contains($0) }
        return isPeriod ? open : nil
    }

    /// What a period note holds besides digits: the year word and the marks of a range.
    static let periodMarks = ScalarSet("年—–-~～至")

    static let statusNotes: [[Unicode.Scalar]] = ["试行", "暂行", "修订", "草案"].map { Array($0.unicodeScalars) }

    static let planEndings: [[Unicode.Scalar]] = ["规划", "计划", "纲要", "方案", "预案", "意见", "规范", "措施"].map { Array($0.unicodeScalars) }

    /// The quoted titles right after an honour word (荣获“A”“B”、“C”) or before an epithet's word (有“…”的美誉),
    /// or written as the titles of a place's produce anywhere (走进“河北山药之乡”) but as a brand launched
    /// (打造“中国温泉之乡·…之都”品牌), as candidates that only keep others out.
    private func titles(at open: Int) -> [Candidate]? {
        let run = quotedRun(from: open, within: 30)
        guard followsHonour(open)
                || (!run.isEmpty && Self.epithetWords.contains { startsWith($0, at: run.last!.close + 1) })
                || (!run.isEmpty && run.allSatisfy { quote in Self.produceTitleEndings.contains { endsWith($0, before: quote.close) } }
                    && !launched(before: open) && !brandFollows(after: run.last!.close + 1))
        else { return nil }
        let titles = run.map { Candidate(type: .programme, start: $0.open, end: $0.close + 1, priority: 4, isTitle: true) }
        return titles.isEmpty ? nil : titles
    }

    /// Whether an honour word stands before the quotation at `open`, perhaps with the giver's level or
    /// division between (获襄阳市“十佳…”, 荣获省级“…”, 被评为全国“…”). A bare 获 counts unless it means a
    /// catch (收获, 查获, 缴获).
    private func followsHonour(_ open: Int) -> Bool {
        honourEnds(before: open) || isConferredAs(open) || (2...6).contains { length in
            let start = open - length
            return start > 0 && text[start..<open].allSatisfy(NameGrower.isIdeograph)
                && (Self.giverLevelEnds.contains(text[open - 1]) || (length == 2 && Self.wholeGivers.contains { endsWith($0, before: open) }))
                && honourEnds(before: start)
        }
    }

    /// Whether the quotation at `open` follows 为 in a clause a conferring verb opens (授牌宁远县气象局为“…”,
    /// 命名…为“…”): the title conferred.
    private func isConferredAs(_ open: Int) -> Bool {
        guard open >= 3, text[open - 1] == "为" else { return false }
        let lookback = max(0, open - Self.longestConferringClause)
        let clauseStart = text[lookback..<(open - 1)].lastIndex(where: Self.clauseEnds.contains).map { $0 + 1 } ?? lookback
        return (clauseStart..<max(clauseStart, open - 2)).contains { index in Self.conferringVerbs.contains { text.holds($0, at: index) } }
    }

    /// Verbs that confer a title named after 为 (授牌…为“…”).
    static let conferringVerbs: [[Unicode.Scalar]] = ["授牌", "授予", "命名", "认定", "评定", "确定"].map { Array($0.unicodeScalars) }
    /// How far back a conferring verb is looked for.
    static let longestConferringClause = 30

    /// Whether an honour word ends right before `index`, or a bare 获 (won) that is no catch (收获, 查获).
    private func honourEnds(before index: Int) -> Bool {
        Self.honourWords.contains { endsWith($0, before: index) }
            || (index >= 1 && text[index - 1] == "获" && (index == 1 || !Self.catchCharacters.contains(text[index - 2])))
    }

    /// Characters before 获 that make it a catch or a harvest (收获, 捕获, 查获, 缴获), no honour won.
    static let catchCharacters = ScalarSet("收捕查俘截缴破抓猎斩")
    /// The last characters of a giver written between an honour word and its title (襄阳市, 省级).
    static let giverLevelEnds = ScalarSet("省市县区州级")
    /// Givers written whole between an honour word and its title (被评为全国“…”).
    static let wholeGivers = ["全国", "全省", "全市", "全县", "全区"]

    /// Words after a quoted epithet (有“荔枝博物馆”的美誉, 素有“江南粮仓”之称): a byname, no entity.
    static let epithetWords = ["的美誉", "美誉", "之称", "的称号", "之誉", "的美称", "美称"]
    /// How the titles a place's produce wins end (中国山药之乡, 中国竹子之都).
    static let produceTitleEndings = ["之乡", "之都"]

    /// The quoted parts written one after another from `index` (“A”“B”, “A”、“B”), each closed
    /// within `limit` characters, as the positions of their opening and closing marks.
    private func quotedRun(from index: Int, within limit: Int = 16) -> [(open: Int, close: Int)] {
        var run: [(open: Int, close: Int)] = []
        var open = index
        while open < text.count, text[open] == "“", let close = text[(open + 1)...].prefix(limit).firstIndex(of: "”") ?? longEventTitleClose(from: open) {
            run.append((open, close))
            open = close + 1 < text.count && text[close + 1] == "、" ? close + 2 : close + 1
        }
        return run
    }

    /// Whether a quotation is a slogan of numbered parts, the way campaigns are named (“四清两改一绿”,
    /// “三横两纵”, “一村一品”, “两不愁三保障”): two parts or more, each a numeral and one or two characters;
    /// or a count of ones (“六个一”).
    /// Four characters whose numbers rise are an idiom's (“七上八下”, 四面八方), not a slogan's; parts
    /// that each end in a kind of land share out a county's land (“八山一水一分田”).
    private func isNumberedSlogan(_ quote: (open: Int, close: Int)) -> Bool {
        // A count of ones (“六个一”: six things, one of each) is a slogan of its own.
        if quote.close - quote.open == 4, Lexicon.numerals.contains(text[quote.open + 1]), text[quote.open + 2] == "个", text[quote.open + 3] == "一" { return true }
        var numbers: [Int] = []
        var sharesLand = true
        var i = quote.open + 1
        while i < quote.close {
            guard let number = Self.sloganNumbers[text[i]] else { return false }
            var end = i + 1
            while end < quote.close, end - i <= 2, NameGrower.isIdeograph(text[end]), Self.sloganNumbers[text[end]] == nil { end += 1 }
            guard (2...3).contains(end - i) else { return false }
            numbers.append(number)
            sharesLand = sharesLand && Self.landCharacters.contains(text[end - 1])
            i = end
        }
        guard numbers.count >= 2, !sharesLand else { return false }
        return quote.close - quote.open - 1 > 4 || zip(numbers, numbers.dropFirst()).allSatisfy { $0 >= $1 && $0 <= 10 }
    }

    /// Whether a quotation lists numbered slogans (“一乡一园、一村一品”, “千长挂千所、万警进万村”): one
    /// campaign of several parts.
    private func listsNumberedSlogans(_ quote: (open: Int, close: Int)) -> Bool {
        let separators = ((quote.open + 1)..<quote.close).filter { text[$0] == "、" }
        guard !separators.isEmpty else { return false }
        let bounds = [quote.open] + separators + [quote.close]
        return zip(bounds, bounds.dropFirst()).allSatisfy { $1 - $0 > 2 && isNumberedSlogan((open: $0, close: $1)) }
    }

    /// Whether a quotation names a national transfer between two regions, the way such programmes are
    /// named (“东数西算”, “西电东送”, “南水北调”, “东桑西移”): four characters, the first and the third
    /// two opposite directions.
    private func isTransferBetweenRegions(_ quote: (open: Int, close: Int)) -> Bool {
        guard quote.close - quote.open == 5, let from = Self.oppositeDirections[text[quote.open + 1]] else { return false }
        return text[quote.open + 3] == from && NameGrower.isIdeograph(text[quote.open + 2]) && NameGrower.isIdeograph(text[quote.open + 4])
    }

    /// Kinds of land a saying shares a county's area among (八山一水一分田).
    static let landCharacters = ScalarSet("山水田地林草湖")

    /// Each direction with its opposite.
    static let oppositeDirections: [Unicode.Scalar: Unicode.Scalar] = ["东": "西", "西": "东", "南": "北", "北": "南"]

    /// The numerals that number a slogan's parts, with their values.
    static let sloganNumbers: [Unicode.Scalar: Int] = ["一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
                                                       "九": 9, "十": 10, "百": 100, "千": 1000, "万": 10000, "多": 0]

    private func isName(_ quote: (open: Int, close: Int)) -> Bool {
        let inner = text[(quote.open + 1)..<quote.close]
        // A month's first day (“八一”, “五一”, “十一”) is a date, no name; “八五” of 八五普法 is a plan's number.
        // A brand may space its parts (“榕e 电 福万家”): spaces inside count for nothing.
        let written = inner.filter { $0 != " " }
        // A middle dot joins a brand's two parts, which may run to sixteen characters (“中国温泉之乡·健康养生之都”).
        return (2...16).contains(written.count) && written.allSatisfy { NameGrower.isNameCharacter($0) || $0 == "·" }
            && written.first != "·" && written.last != "·"
            && inner.first != " " && inner.last != " "
            && !(inner.count == 2 && Lexicon.numerals.contains(inner.first!) && inner.last! == "一")
            // A date in digits (“9·18”, “5.12”) says when, no name.
            && !(inner.contains(where: Self.dateSeparators.contains) && inner.allSatisfy { NameGrower.isDigit($0) || Self.dateSeparators.contains($0) })
            // A count of divisions (“两县一区”) names the places counted, no drive.
            && !(inner.contains(where: NameGrower.levelCharacters.contains)
                 && inner.allSatisfy { Lexicon.numerals.contains($0) || NameGrower.levelCharacters.contains($0) })
            // A kind of economy (“夜经济”, “夜市经济”) is a sector, no drive.
            && !(written.count <= 4 && written.suffix(2).elementsEqual("经济".unicodeScalars))
            // A formula of short parts (“线上+线下”) describes a way of doing, no name.
            && !(inner.contains("+") && inner.split(separator: "+", omittingEmptySubsequences: false).allSatisfy { (1...2).contains($0.count) })
    }

    /// Whether a quoted name ends in an institution's head of two to four characters (推进“…微创治疗中心”工作):
    /// it is the institution's, found from its head, and no drive, unless listed among models (“护河联盟”“河小青”等模式).
    /// Whether a quotation names a kind of demonstration unit (“示范机关”, “示范旅游景区”): 示范 and a
    /// common noun, a class of designations, no brand.
    private func isKindOfDemonstrationUnit(_ quote: (open: Int, close: Int)) -> Bool {
        let length = quote.close - quote.open - 1
        return (4...6).contains(length) && text[quote.open + 1] == "示" && text[quote.open + 2] == "范"
    }

    /// Whether a count of sites follows at `index` (5个示范点, 3个点位).
    private func countsSites(after index: Int) -> Bool {
        var i = index
        while i < text.count, i - index < 3, NameGrower.isDigit(text[i]) || Lexicon.numerals.contains(text[i]) { i += 1 }
        guard i > index, i + 2 <= text.count, text[i] == "个" else { return false }
        return (i + 2...min(text.count, i + 5)).contains { end in Self.siteWords.contains { endsWith($0, before: end) } }
    }

    static let siteWords = ["点", "点位", "基地"]

    /// Whether a count that ends its clause begins at `index` (10余家, 三个,).
    private func endsCount(at index: Int) -> Bool {
        var i = index
        while i < text.count, i - index < 4, NameGrower.isDigit(text[i]) || Lexicon.numerals.contains(text[i]) || Lexicon.approximations.contains(text[i]) { i += 1 }
        guard i > index, i < text.count, Self.unitClassifiers.contains(text[i]) else { return false }
        return i + 1 == text.count || Self.clauseEnds.contains(text[i + 1])
    }

    static let clauseEnds = ScalarSet(",，。;；、)）")

    /// Classifiers that count places and units (个, 家, 处 …), not times.
    static let unitClassifiers = ScalarSet("个项批家所座条处支")

    private func endsWithInstitutionHead(_ quote: (open: Int, close: Int)) -> Bool {
        (2...min(4, quote.close - quote.open - 1)).contains { Lexicon.shortInstitutionHeads.contains(WordKey(text, quote.close - $0, $0)) }
    }

    /// Whether a quotation names a day observed each year (“世界家庭医生日”, “全国助残日”, “5·8世界红十字日”):
    /// four characters or more, no digits but those of its date before it, ending in 日.
    private func isObservedDay(_ quote: (open: Int, close: Int)) -> Bool {
        var nameStart = quote.open + 1
        while nameStart < quote.close, NameGrower.isDigit(text[nameStart]) || Self.dateSeparators.contains(text[nameStart]) { nameStart += 1 }
        return quote.close - nameStart >= 4 && text[quote.close - 1] == "日"
            && !text[nameStart..<quote.close].contains(where: NameGrower.isDigit)
    }

    /// A brand built on a national programme and joined to it by a middle dot (“美丽乡村·女子学堂”,
    /// “乡村振兴·巾帼行动”): the whole quotation names the local programme, not the national one inside it.
    private func isBrandOfKnownProgramme(_ quote: (open: Int, close: Int)) -> Bool {
        guard let dot = text[(quote.open + 1)..<quote.close].firstIndex(where: Self.dateSeparators.contains),
              quote.close - dot > 2, text[(dot + 1)..<quote.close].allSatisfy(NameGrower.isIdeograph) else { return false }
        return Lexicon.nationalProgrammeNames.contains(String(scalars: text[(quote.open + 1)..<dot]))
    }

    /// What separates a day's month from its day (5·8, 3.15, 12•4).
    private static let dateSeparators = ScalarSet("·•.・")

    /// Whether a launching verb stands right before `index` (打造|“…”), or begins the clause whose words describe the
    /// quoted drive after 的 (着力打造产城融合、…、生态宜居的|“水美城市”).
    private func launched(before index: Int) -> Bool {
        if Self.launchingVerbs.contains(where: { endsWith($0, before: index) }) { return true }
        guard index > 0, text[index - 1] == "的" else { return false }
        var i = index - 1
        while i > 0, index - i <= Self.longestDescribedDrive, !Self.clauseEnds.contains(text[i - 1]) || text[i - 1] == "、" {
            if Self.launchingVerbs.contains(where: { endsWith($0, before: i) }) { return true }
            i -= 1
        }
        return false
    }

    /// The most characters between a launching verb and the quoted drive its clause describes.
    static let longestDescribedDrive = 30

    /// Whether a quoted drive is what the work is led or carried by (以“生态低碳茶园建设”为引领, 以“…行动”为抓手):
    /// 以 opens the frame, 为 closes it, and a drive's word ends the quotation; or whatever its words, the
    /// occasion or the lever the work takes (以“擦亮小城镇”为契机, 以“清四乱”为抓手): it is a drive or an event.
    /// The occasion or the lever may have its field between 以 and the quotation (以河流“清四乱”为抓手).
    private func isGuidingDrive(_ quote: (open: Int, close: Int)) -> Bool {
        guard quote.close + 1 < text.count, text[quote.close + 1] == "为" else { return false }
        if quote.open > 0, text[quote.open - 1] == "以" {
            return Self.guidingDriveEndings.contains { endsWith($0, before: quote.close) } || startsWith("契机", at: quote.close + 2)
                || startsWith("抓手", at: quote.close + 2)
        }
        return (2...3).contains { field in
            quote.open > field && text[quote.open - field - 1] == "以"
                && text[(quote.open - field)..<quote.open].allSatisfy { NameGrower.isIdeograph($0) && !Lexicon.stopCharacters.contains($0) }
        } && (startsWith("契机", at: quote.close + 2) || startsWith("抓手", at: quote.close + 2))
    }

    /// Whether a place's stop of a touring series follows at `index` (“跑遍四川”|渠县站,): two to four
    /// characters and 站 that end the phrase.
    private func namesSeriesStop(after index: Int) -> Bool {
        (2...4).contains { length in
            let stop = index + length
            return stop < text.count && text[stop] == "站" && text[index..<stop].allSatisfy(NameGrower.isIdeograph)
                && (stop + 1 == text.count || !NameGrower.isIdeograph(text[stop + 1]))
        }
    }

    static let guidingDriveEndings = ["建设", "行动", "工程", "创建", "整治", "攻坚", "提升"]

    /// Whether `word` is written right before `index`.
    private func endsWith(_ word: String, before index: Int) -> Bool {
        var i = index
        for scalar in word.unicodeScalars.reversed() {
            guard i > 0, text[i - 1] == scalar else { return false }
            i -= 1
        }
        return true
    }

    /// Words right after a quoted name that make it a drive: its building (“…”建设), its reach
    /// (“…”全覆盖), its advance (“…”推进), or the five-year campaigns of legal education (“八五”普法).
    /// The activities a list of quoted names ends with (“…”等活动).
    static let listedActivities = ["等活动", "等系列活动", "等主题活动"]

    /// Kinds of event a quoted title names (“测测你的安全力”知识竞赛): the longest first.
    static let eventKinds = ["知识竞赛", "知识问答", "网上展览", "征文比赛", "征文活动", "演讲比赛", "摄影比赛", "摄影展", "图片展", "书画展", "展览"]

    /// Where a quotation opened at `open` closes when it is an event's title too long for the other
    /// quoted names (see isEventTitle), or nil.
    private func longEventTitleClose(from open: Int) -> Int? {
        guard let close = text[(open + 1)...].prefix(25).firstIndex(of: "”"), !text[(open + 1)..<close].contains("“"),
              isEventTitle((open, close)) else { return nil }
        return close
    }

    /// Whether a quotation is the title of an event, longer than other quoted names may be
    /// (“中国共产党领导百年科技成就科普展览”): name characters only, ending with the kind of event.
    private func isEventTitle(_ quote: (open: Int, close: Int)) -> Bool {
        quote.close - quote.open - 1 <= 24 && endsWithEventKind(quote)
            && text[(quote.open + 1)..<quote.close].allSatisfy(NameGrower.isNameCharacter)
    }

    /// Whether a quotation ends with the kind of event it names (“…知识问答科普展览”): the title of an event.
    private func endsWithEventKind(_ quote: (open: Int, close: Int)) -> Bool {
        Self.eventKinds.contains { kind in
            let length = kind.unicodeScalars.count
            return quote.close - quote.open - 1 > length && text[(quote.close - length)..<quote.close].elementsEqual(kind.unicodeScalars)
        }
    }

    /// Words that open the title of a notice issuing a plan (关于印发…的通知), and the notice's ending.
    static let issuingWords: [[Unicode.Scalar]] = ["关于印发", "印发"].map { Array($0.unicodeScalars) }
    static let noticeEnding = Array("的通知".unicodeScalars)

    /// Where a kind of event written right after a quotation ends, or nil.
    private func eventKindEnd(after index: Int) -> Int? {
        Self.eventKinds.first { startsWith($0, at: index) }.map { index + $0.unicodeScalars.count }
    }

    /// Words after a quotation that make it a drive or a policy (“…”建设, “多规合一”的要求).
    static let programmeWordsAfter = ["建设", "全覆盖", "推进", "治理", "普法", "示范样板", "启动仪式", "捐款仪式", "捐赠仪式", "启动会", "目标任务", "的要求"]
    /// Heads of ways of working that quoted names listed together share (“三步调解”、“五步民调”工作机制).
    static let waysOfWorking = ["工作机制", "机制", "模式", "工作法"]

    /// Whether a quotation names a numbered way of working (“四统工作法”, “三四五工作法”): a count first, two
    /// characters or more, and a way of working last.
    private func isNumberedMethod(_ quote: (open: Int, close: Int)) -> Bool {
        let first = text[quote.open + 1]
        guard Lexicon.numerals.contains(first) || NameGrower.isDigit(first) else { return false }
        return Self.waysOfWorking.contains { way in
            let length = way.unicodeScalars.count
            return quote.close - quote.open - 1 >= length + 2 && endsWith(way, before: quote.close)
        }
    }

    /// Where the system a quoted code numbers ends (“431”产业发展体系, “3+N”现代产业体系): the code digits, Latin
    /// letters and plus signs with a digit among them, then up to eight characters of the clause ending in 体系.
    private func numberedSystemEnd(after quote: (open: Int, close: Int)) -> Int? {
        let code = text[(quote.open + 1)..<quote.close]
        guard (2...8).contains(code.count), code.contains(where: NameGrower.isDigit),
              code.allSatisfy({ NameGrower.isDigit($0) || $0 == "+" || ("A"..."Z").contains($0) || ("a"..."z").contains($0) }) else { return nil }
        var end = quote.close + 1
        while end < text.count, end - quote.close <= 8, NameGrower.isIdeograph(text[end]), !Lexicon.stopCharacters.contains(text[end]) {
            end += 1
            if end - quote.close >= 3, endsWith("体系", before: end) { return end }
        }
        return nil
    }

    /// Whether the work of a quoted name follows and ends the phrase (“供销农场”工作。, “供销农场”推广工作;
    /// not “三农”工作|大局, “候鸟式”人才|工作站): the quotation names a way of working, a programme.
    private func isWork(after index: Int) -> Bool {
        let workStart = startsWith("工作", at: index) ? index
            : index + 4 <= text.count && NameGrower.isIdeograph(text[index]) && NameGrower.isIdeograph(text[index + 1])
                && !Lexicon.stopCharacters.contains(text[index]) && startsWith("工作", at: index + 2) ? index + 2 : nil
        guard let workStart else { return false }
        let after = workStart + 2
        return after == text.count || !NameGrower.isIdeograph(text[after]) || Lexicon.stopCharacters.contains(text[after])
    }

    /// Whether a quotation is a kind of body and nothing more (“供销农场”: generic words and a head).
    private func namesKindOfBody(_ quote: (open: Int, close: Int)) -> Bool {
        (2...min(4, quote.close - quote.open - 1)).contains { length in
            let bodyLength = quote.close - quote.open - 1 - length
            return Lexicon.shortInstitutionHeads.contains(WordKey(text, quote.close - length, length))
                && (2...4).contains(bodyLength) && Lexicon.genericInstitutionModifiers.contains(WordKey(text, quote.open + 1, bodyLength))
        }
    }

    private func startsWith(_ word: String, at index: Int) -> Bool {
        var i = index
        for scalar in word.unicodeScalars {
            guard i < text.count, text[i] == scalar else { return false }
            i += 1
        }
        return true
    }

    /// Whether 品种 follows at `index`, after 等 and up to two characters of quality (等优良|品种, 新品种).
    private func namesVarieties(after index: Int) -> Bool {
        let start = index < text.count && text[index] == "等" ? index + 1 : index
        return (0...2).contains { start + $0 + 2 <= text.count && startsWith("品种", at: start + $0)
            && text[start..<(start + $0)].allSatisfy { NameGrower.isIdeograph($0) && !Lexicon.stopCharacters.contains($0) } }
    }

    /// Whether quoted names listed before 等 are shows or their moves (“二龙抢宝”“双龙穿花”等精彩表演): a word
    /// for a show follows 等 within a word of praise.
    private func namesShows(after index: Int) -> Bool {
        guard index < text.count, text[index] == "等" else { return false }
        return (0...2).contains { gap in
            index + 1 + gap + 2 <= text.count && text[(index + 1)..<(index + 1 + gap)].allSatisfy(NameGrower.isIdeograph)
                && Self.showWords.contains { startsWith($0, at: index + 1 + gap) }
        }
    }

    static let showWords = ["表演", "节目", "动作", "曲目", "招式", "舞蹈", "套路"]

    /// Whether 品牌 follows within the clause, perhaps after a count and a quoted kind
    /// (“A”“B”5个“党建+旅游”品牌); a quoted name in between that 品牌 does not follow ends the
    /// search (由“数量优势”向“品牌优势”转型).
    private func brandFollows(after index: Int) -> Bool {
        var j = index
        while j < text.count && j - index < 24 && text[j] != "，" && text[j] != "。" && text[j] != "；" {
            if text[j] == "“" {
                guard let close = text[(j + 1)...].prefix(14).firstIndex(of: "”") else { return false }
                return startsWith("品牌", at: close + 1)
            }
            if startsWith("品牌", at: j) { return true }
            j += 1
        }
        return false
    }

    /// Words after a quoted day that make it a time (“五一”期间, “十一”前后).
    static let periodWords = ["期间", "前后", "假期", "当天"]

    /// Kinds of media account, written after the quoted names of accounts (“文明宁远”微信公众号).
    static let accountKinds = ["微信公众号", "公众号", "抖音号", "视频号", "客户端", "微博", "APP", "App", "app"]

    /// Whether a kind of media account follows, perhaps after 等 (“A”“B”等微信公众号).
    private func accountFollows(after index: Int) -> Bool {
        let start = index < text.count && text[index] == "等" ? index + 1 : index
        return Self.accountKinds.contains { startsWith($0, at: start) }
    }

    /// Words of goals and ideas: the quoted wording before them (培育“工业树”、打造“产业林”目标,
    /// 树立“大招商”理念) says what the goal is, and names no programme.
    static let conceptWords = ["目标", "理念", "思路", "格局", "原则", "定位", "路径", "口号", "方针", "特点"]

    /// Whether a concept word follows a quotation right away or after 的 (“四多一少”的特点).
    private func describesConcept(after index: Int) -> Bool {
        let start = index < text.count && text[index] == "的" ? index + 1 : index
        return Self.conceptWords.contains { startsWith($0, at: start) }
    }

    /// Whether the clause from `index` goes on to a concept word right after a closing quotation mark.
    private func isConceptWording(after index: Int) -> Bool {
        var j = index
        while j < text.count, j - index < 30, !"，。；：,;:".unicodeScalars.contains(text[j]) {
            if j > 0, text[j - 1] == "”", Self.conceptWords.contains(where: { startsWith($0, at: j) }) { return true }
            j += 1
        }
        return false
    }

    /// Whether a word that makes a quoted name a drive stands right at `index` (“…”建设), or 发展
    /// that ends a listed item (“双集中”发展等, …发展、; not “三农”发展短板, “…”发展思路).
    private func drivenAfter(_ index: Int) -> Bool {
        if Self.programmeWordsAfter.contains(where: { startsWith($0, at: index) }) || isEdition(at: index) { return true }
        // A way of working named by the quotation (“即时快招”服务机制, “…”联防机制, “…”工作法).
        if Self.waysOfWorking.contains(where: { startsWith($0, at: index) }) { return true }
        if index + 4 <= text.count, NameGrower.isIdeograph(text[index]), NameGrower.isIdeograph(text[index + 1]),
           !Lexicon.stopCharacters.contains(text[index]), startsWith("机制", at: index + 2) { return true }
        let after = index + 2
        return startsWith("发展", at: index) && (after == text.count || !NameGrower.isIdeograph(text[after]) || Self.listMarks.contains(text[after]))
    }

    static let listMarks = ScalarSet("等和及、与")

    /// Whether an edition begins at `index` (“乡村振兴大学堂”|第四期): the quotation names a recurring event.
    private func isEdition(at index: Int) -> Bool {
        guard index < text.count, text[index] == "第" else { return false }
        var end = index + 1
        while end < text.count, end - index <= 3, NameGrower.isDigit(text[end]) || Lexicon.numerals.contains(text[end]) { end += 1 }
        return end > index + 1 && end < text.count && Self.editionClassifiers.contains(text[end])
    }

    static let editionClassifiers = ScalarSet("期届季")
}
