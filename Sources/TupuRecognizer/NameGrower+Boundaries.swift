/// Where a name begins, walking back from its head over the characters that can belong to it, and
/// the function characters that stop the walk or, in a list or a known name, do not.
extension NameGrower {
    /// Where a name ending at `end` begins (`end` itself when nothing before it can belong to it).
    ///
    /// A function character stops it unless it begins a word that runs into the name (同心大道) or
    /// comes before a single character that cannot stand alone (和平医院, 将军大道); with
    /// `joinsRoute`, 至 and 及 join a project's parts (A至B公路, A及B项目). The end of a boundary
    /// word stops it, and so does the end of a bare body or department (镇政府|带领…党支部) unless
    /// `crossesBodies` (a committee's department: 市委|统战部). With `stopsAtBuildingVerbs`, a works' or
    /// site's name begins after a building verb standing alone (3亿元建|污水处理厂).
    func nameStart(before end: Int, limit: Int, joinsRoute: Bool = false, crossesBodies: Bool = false, stopsAtVerbs: Bool = false,
                   stopsAtBuildingVerbs: Bool = false) -> Int {
        var start = end
        // A bracket's alias, phase or period (…大赛(村BA)…) does not count towards the limit.
        var bracketed = 0
        while start > 0 && end - start - bracketed < limit {
            let previous = text[start - 1]
            // A building verb standing alone (3亿元建|污水处理厂, 大山深处建|电站) is a headline's: the works follows it.
            if stopsAtBuildingVerbs, isLoneBuildingVerb(at: start - 1) { break }
            // So is 有 standing alone (校内有|老年艺术团): what follows is what there is.
            if stopsAtVerbs, previous == "有", standsAlone(at: start - 1) { break }
            let bareLevel = end - start == 1 && Self.levelCharacters.contains(text[start])
            let stops = Mark.boundaryEnd | (crossesBodies ? 0 : Mark.bodyEnd)
            // A count after 第 is an ordinal of the name (第一批…工程, 第十一批…工作队), no boundary.
            let ordinal = start >= 3 && isNumeral(text[start - 2]) && ordinalMark(before: start - 2) != nil
            // A boundary word that a place's last level character follows (会同|县, the county) is the place's name.
            let endsBeforePlacesLevel = placeCover[start] == start + 1 && Self.levelCharacters.contains(text[start])
            // A cup's sponsor runs into its 杯 (金鹏建设|杯…大展): a boundary word before 杯 is the cup's name.
            // A body's name runs on into the works done to it (县职教中心|改扩建建设|项目): only works acts stand between.
            if (end - start >= 2 || bareLevel) && marks[start] & stops != 0 && !ordinal && !endsBeforePlacesLevel && text[start] != "杯"
                && !ranksProtectedArea(endingAt: start)
                && !(marks[start] & stops == Mark.boundaryEnd && (endsBoundaryWordInsidePlace(at: start) || endsWordInsideKnownName(at: start, before: end)
                     || endsSeriesOfProducts(at: start)
                     || (start >= 4 && WordKey(text, start - 2, 2) == Self.unitedWord && isTwoCharacterShortForm(endingAt: start - 2))))
                && !(marks[start] & stops == Mark.bodyEnd && holdsWorksActsOnly(start, end)) { break }
            // A body's head before the works done to its buildings (…|疾病预防控制中心|业务综合楼改扩建项目) is one word
            // of the name, whatever verbs it holds: the walk goes on before it.
            if end - start >= 2, marks[start] & Mark.institutionHeadEnd != 0, holdsWorksActsOnly(start, end),
               let bodyHead = lexiconHit(endingAt: start, where: { hit in if case .head(.institution) = hit.payload { true } else { false } }),
               bodyHead.start < start - 1 {
                start = bodyHead.start
                continue
            }
            // A generic character alone after a boundary word (引进|大项目) is no name's body.
            if end - start == 1, marks[start] & Mark.boundaryEnd != 0, Lexicon.genericModifiers.contains(WordKey(text, start, 1)) { break }
            // A preposition stops it before two characters or a bare level character (按照|全省供销社,
            // 依照|县人民医院): no name holds one.
            if end - start >= 2 || bareLevel, placeCover[start] == 0, (2...3).contains(where: { words.isPreposition(text, start - $0, $0) }) { break }
            // A classifier after a quantity word (有个|樱桃节, 这个|…) counts the thing: no name holds it.
            if previous == "个", start >= 2, Self.quantityWordsBeforeClassifiers.contains(text[start - 2]) { break }
            // 含 opening a bracket (含纪南文旅区、…) says what the thing before it includes.
            if previous == "含", start >= 2, text[start - 2] == "(" || text[start - 2] == "（" { break }
            // A verb stops it before two characters, or before a bare level character (介绍|村党支部); not one
            // that says the state of the thing after it, as an adjective does (废弃|矿山治理项目).
            if stopsAtVerbs, end - start >= 2 || bareLevel, placeCover[start] == 0, verbEnds(at: start), !verbNamesNoun(at: start, before: end),
               !(start >= 2 && Lexicon.stateVerbs.contains(WordKey(text, start - 2, 2))), !endsWordInsideKnownName(at: start, before: end),
               // Nor one a function character begins that stands apart from it (对白|竹村: 对|白竹村).
               !(start >= 2 && Lexicon.stopCharacters.contains(text[start - 2]) && isReadApart(start - 2, fromWordEndingAt: start, nameEnd: end)) { break }
            if previous == "）" || previous == ")" || previous == "”" || previous == "」" || previous == "》" {
                // A bracket giving a road's section holds places of their own (将军大道(龙山电厂-状元街段)|供热主管网).
                guard let open = matchingOpen(closingAt: start - 1), !isAliasNote(open: open),
                      !isYearNote(open: open, close: start - 1), sectionEnds(open: open, close: start - 1) == nil else { break }
                if previous == "）" || previous == ")" { bracketed += start - open }
                start = open
                continue
            }
            // The dash of a road's section in a bracket (二中北路(平安街-龙井大街)) parts its two ends.
            if Self.sectionDashes.contains(previous), isInsideSection(dashAt: start - 1) { break }
            // A dash between two places joins them in one name (嘉善—庆元—九寨沟飞地产业园).
            if previous == "—", start >= 2, placeEnds[start] != nil, placeStarts[start - 1] != nil {
                start -= 1
                continue
            }
            // Two directions listed before what they share (东、西洞门安置工程: 东洞门 and 西洞门) are one name's start.
            if previous == "、", start >= 2, start < end, Recognizer.directions.contains(text[start]), Recognizer.directions.contains(text[start - 2]),
               start == 2 || !Self.isNameCharacter(text[start - 3]) || Lexicon.stopCharacters.contains(text[start - 3]) {
                start -= 2
                continue
            }
            // 暨 after a built thing joins two works written as one (…内河港码头暨疏港航道Ⅰ标段工程).
            if joinsRoute, previous == "暨", start >= 3, start < end, Self.isNameCharacter(text[start]), namesBuiltThing(start - 3, start - 1) {
                start -= 1
                continue
            }
            // An ampersand between two partners' names (广西&河南…行动) joins them in one name.
            if previous == "&" || previous == "＆", start >= 2, Self.isIdeograph(text[start - 2]), Self.isIdeograph(text[start]) {
                start -= 1
                continue
            }
            // A decimal point between digits (2.8万吨) is part of a quantity in the name.
            if previous == ".", start >= 2, Self.isDigit(text[start - 2]), start < text.count, Self.isDigit(text[start]) {
                start -= 1
                continue
            }
            // A space set between a number and its unit (集贤县2023 年…项目) is the typesetting's, no boundary.
            if previous == " ", start >= 2, Self.isDigit(text[start - 2]), Self.numberUnits.contains(text[start]) {
                start -= 1
                bracketed += 1
                continue
            }
            // A number sign after digits (3#高炉) numbers a unit inside the name.
            guard Self.isNameCharacter(previous) || (previous == "#" && start >= 2 && Self.isDigit(text[start - 2])) else { break }
            // Two hyphens are a dash between sentences' parts (…消防站--明溪县…), not a channel's joiner.
            if previous == "-", start >= 2, text[start - 2] == "-" { break }
            // A single character that cannot stand alone keeps the one before it (和|平医院), one
            // that can does not after a copula or preposition (是|大工程), nor one that makes a word with
            // the head's first character (是|桃花节: 桃花); a character inside a place name never stops it (新和县).
            let oneCharacterBody = end - start == 1 && !Self.levelCharacters.contains(text[start])
                // 的 keeps no character after it (附近的|轻工业园区) unless the two are a word.
                && (previous != "的" || words.contains(text, start - 1, 2))
                && !(Self.copulasAndPrepositions.contains(previous)
                     && (Lexicon.genericModifiers.contains(WordKey(text, start, 1)) || words.contains(text, start, 2)))
            if Lexicon.stopCharacters.contains(previous) && !oneCharacterBody && !startsWordInName(at: start - 1, end: end)
                && !nounRunsAcross(start - 1, end: end) && !endsOwnershipWordAfterPlace(at: start - 1)
                && !beginsName(at: start - 1) && !beginsListItem(at: start - 1) && placeCover[start] == 0 && placeStarts[start] == nil
                && !isInsideConjoinedPhrase(start - 1) && !endsWordAfterPlace(at: start - 1)
                && !(start >= 2 && Lexicon.termsHoldingFunctionCharacters.contains(WordKey(text, start - 2, 3)))
                // Nor 等 ending a word of degree (高水平中等|职业学校).
                && !(previous == "等" && endsDegreeWord(at: start - 1))
                && !(previous == "与" && start >= 3 && WordKey(text, start - 3, 2) == Lexicon.irrigationFirstAct
                     && Lexicon.irrigationSecondActs.contains(WordKey(text, start, 2)))
                && !(Self.contentStopCharacters.contains(previous) && words.nounEnds(in: text, at: start))
                && !(joinsRoute && Lexicon.routeJoiners.contains(previous) && start >= 2
                     && (Self.isNameCharacter(text[start - 2]) || text[start - 2] == "）" || text[start - 2] == ")")
                     && !Lexicon.stopCharacters.contains(text[start - 2]) && !joinsTwoWholeWorks(at: start - 1)) { break }
            start -= 1
        }
        // A name does not begin with a function character (unless it begins a word of the name, 同心,
        // or a place, 共和县).
        while start < end, Lexicon.stopCharacters.contains(text[start]), !startsWordInName(at: start, end: end), !beginsName(at: start),
              !beginsListItem(at: start), placeEnds[start] == nil { start += 1 }
        return start
    }

    /// Whether the character at `index` is a building verb (建, 修, 盖) that is a word of its own: in no common
    /// word (福建, 建材, 修缮) or act of works (续建, 新建), no place's name, and with no result after it (建强, 建好).
    func isLoneBuildingVerb(at index: Int) -> Bool {
        guard Self.loneBuildingVerbs.contains(text[index]), index + 1 < text.count, !Self.buildingResults.contains(text[index + 1]) else { return false }
        // A street is named with it (建山路, 建华大街), not a block (建|商业街区).
        if (index + 2...index + 3).contains(where: { $0 < text.count && Lexicon.streetEndings.contains(text[$0]) && !($0 + 1 < text.count && text[$0 + 1] == "区") }) {
            return false
        }
        if index > 0, Lexicon.worksVerbs.contains(WordKey(text, index - 1, 2)) || Lexicon.worksActWords.contains(WordKey(text, index - 1, 2)) { return false }
        return standsAlone(at: index)
    }

    /// Whether the character at `index` is a word of its own: in no common word and no place's name.
    func standsAlone(at index: Int) -> Bool {
        guard placeCover[index] == 0, placeCover[index + 1] == 0 else { return false }
        return !(max(0, index - 3)...index).contains { wordStart in
            (max(2, index + 1 - wordStart)...4).contains { words.contains(text, wordStart, $0) }
        }
    }

    static let loneBuildingVerbs = ScalarSet("建修盖")
    /// What a building verb may be followed by as its result or its object's state (建成, 建好, 建强, 修缮), or
    /// in a company's short name (建投, 建工).
    static let buildingResults = ScalarSet("成好起强立设造完满齐缮复通投工")

    /// Whether a rank ending at `index` begins a kind of protected area after a name (蜂桶寨|国家级|自然保护区,
    /// 某某|省级|森林公园): the area's official name holds it.
    func ranksProtectedArea(endingAt index: Int) -> Bool {
        guard let rank = (2...3).first(where: { index - $0 >= 1 && Lexicon.levelRanks.contains(WordKey(text, index - $0, $0)) }),
              Self.isIdeograph(text[index - rank - 1]), !Lexicon.stopCharacters.contains(text[index - rank - 1]) else { return false }
        return Lexicon.protectedAreaKinds.contains { text.holds($0, at: index) }
    }

    /// Whether `start..<end` holds nothing but acts of works (改扩建, 改扩建建设, 提质改造), perhaps after the
    /// body's buildings they are done to (业务综合楼|改扩建, 实验楼); not an act before a building, which is a
    /// clause (改扩建|业务综合楼).
    func holdsWorksActsOnly(_ start: Int, _ end: Int) -> Bool {
        var index = start
        var actsBegun = false
        while index < end {
            if let length = (2...3).reversed().first(where: { index + $0 <= end && Lexicon.worksActWords.contains(WordKey(text, index, $0)) }) {
                actsBegun = true
                index += length
            } else if !actsBegun, let length = (2...3).reversed().first(where: { index + $0 <= end && Lexicon.buildingsOfBodies.contains(WordKey(text, index, $0)) }) {
                index += length
            } else {
                return false
            }
        }
        return true
    }

    /// Whether the boundary word ending at `index` began inside a place ending there (天|全县: 全县, the
    /// whole county, is no word of 天全县): the place's name, no boundary.
    func endsBoundaryWordInsidePlace(at index: Int) -> Bool {
        guard let placeStart = placeStarts[index] else { return false }
        return ((placeStart + 1)..<index).contains { marks[$0] & Mark.boundaryStart != 0 }
    }

    /// Whether 系列 ends at `index` before 产品 (白云食用菌|系列|产品项目): a maker's series of products, part of
    /// the works' name, though 系列 alone ends what stands before it (开展|系列|活动).
    func endsSeriesOfProducts(at index: Int) -> Bool {
        index >= 2 && index + 2 <= text.count && WordKey(text, index - 2, 2) == Self.seriesWord && WordKey(text, index, 2) == Self.productsWord
    }

    static let seriesWord = WordKey("系列".unicodeScalars)!
    static let productsWord = WordKey("产品".unicodeScalars)!

    /// Whether the boundary word or verb ending at `index` lies inside a national programme's name that
    /// ends by `end` and follows a place or a bare level word (脱贫|攻坚 inside 脱贫攻坚, of 河池市脱贫攻坚指挥部
    /// and 县脱贫攻坚指挥部): the programme is part of the body's name.
    func endsWordInsideKnownName(at index: Int, before end: Int) -> Bool {
        // Most boundary words have no known name begun before them: that is looked for first.
        guard index < end, (max(0, index - Self.longestKnownNameTail)..<index).contains(where: { marks[$0] & Mark.knownStart != 0 }) else { return false }
        return nationalProgrammeEnds(from: index + 1, through: min(end, index + Self.longestKnownNameTail)) { start in
            start < index && (placeStarts[start] != nil
                || (start > 0 && Self.levelCharacters.contains(text[start - 1]) && (start == 1 || !Self.isNameCharacter(text[start - 2]))))
        }
    }

    /// Whether a national programme's name begins at `index` and ends by `end` (河池市|脱贫攻坚|指挥部): its first
    /// word, a verb, is the programme's, no clause's.
    func beginsNationalProgramme(at index: Int, endingBy end: Int) -> Bool {
        marks[index] & Mark.knownStart != 0
            && nationalProgrammeEnds(from: index + 2, through: max(index + 2, min(end, index + Self.longestKnownNameTail))) { $0 == index }
    }

    /// Whether a national programme's name whose start meets `startFits` ends from `first` through `last`.
    private func nationalProgrammeEnds(from first: Int, through last: Int, where startFits: (Int) -> Bool) -> Bool {
        (first...last).contains { end in
            lexiconHit(endingAt: end) { hit in if case .known(.programme) = hit.payload { startFits(hit.start) } else { false } } != nil
        }
    }

    /// How far a known name may run on either side of a boundary word inside it, in characters.
    static let longestKnownNameTail = 12

    /// Whether 及 at `index` stands between two whole works (…一期工程及…开发工程): 工程 or 项目 ends
    /// before it, and what follows is no companion of that works (…工程及配套项目). A built thing
    /// and its parts are one works (…隧道及引线工程, …管网及配套项目).
    func joinsTwoWholeWorks(at index: Int) -> Bool {
        text[index] == "及" && index >= 2 && Lexicon.classHeads.contains(WordKey(text, index - 2, 2))
            && !(index + 3 <= text.count && Lexicon.companionWords.contains(WordKey(text, index + 1, 2)))
    }

    /// Whether a function character at `index` begins a name instead: a name of the general lexicon
    /// starts there (以旧换新项目), or 暨 begins one (暨南大学), for 暨 joins two names (…会议暨…推进会)
    /// only where a name ends right before it.
    func beginsName(at index: Int) -> Bool {
        marks[index] & Mark.knownStart != 0
            || text[index] == "暨" && (index == 0 || (!Self.isNameCharacter(text[index - 1]) && !Self.closingMarks.contains(text[index - 1]))
                                       || Lexicon.stopCharacters.contains(text[index - 1]))
    }

    /// The words of quantity that the classifier 个 follows before what it counts (有个, 一个, 这个, 每个).
    static let quantityWordsBeforeClassifiers = ScalarSet("有一这那每几哪某")

    /// The units a number in a name takes (2023年, 20个, 5万吨).
    static let numberUnits = ScalarSet("年月日个万亿千百期座条")

    /// Marks that close a quotation or a bracket: a name can end with one (“春风行动”|暨…).
    static let closingMarks = ScalarSet("”」》)）")

    /// Whether 记者 begins at `index`: an outlet's name ends before its reporter (上游新闻|记者), though
    /// 新闻记者 is one word.
    func startsReporter(at index: Int) -> Bool {
        index + 2 <= text.count && text[index] == "记" && text[index + 1] == "者"
    }

    /// Whether the function character at `index` begins an item of a list instead (…、和一肉制品生产项目,
    /// …、同翎彩印生产线项目), or is its second character (…、中都工程设计有限公司): no conjunction or
    /// preposition comes right after an enumeration comma.
    func beginsListItem(at index: Int) -> Bool {
        index > 0 && text[index - 1] == "、" && !Self.particles.contains(text[index])
            // Nor an adverb as the second character of an item (…、中都|工程设计有限公司): no subject stands before it.
            || (index > 1 && text[index - 2] == "、" && Self.isIdeograph(text[index - 1]) && !Lexicon.stopCharacters.contains(text[index - 1])
                && Self.secondCharacterAdverbs.contains(text[index]))
    }

    /// Particles, pointing words and prepositions that begin no name, even right after 、 (、各光伏项目企业,
    /// 、为花江农业园区…).
    static let particles = ScalarSet("的了着过等各该本此其为在向从给把被")

    /// Adverbs that stand second in a list item's name (、中都…, 、天也…), where no subject comes before them.
    static let secondCharacterAdverbs = ScalarSet("都也还就才又再")

    /// Particles of a verb's aspect (了, 着, 过): a head before one is a verb.
    static let aspectParticles = ScalarSet("了着过")

    /// 联合, a boundary word (县公安局|联合|…), that a company writes right after its province's or city's short
    /// form (江苏|联合|水泥有限公司): there it is part of the name.
    static let unitedWord = WordKey("联合".unicodeScalars)!

    /// Whether a place ending at `end` is written short, two characters without a level character (江苏, 镇江).
    func isTwoCharacterShortForm(endingAt end: Int) -> Bool {
        guard let start = placeStarts[end] else { return false }
        return end - start == 2 && !Self.levelCharacters.contains(text[end - 1])
    }
}
