/// Lists of items sharing one head (A、B等项目, A、B等25个重点建设项目, “A、B、C”三大工程) and the
/// other names a head gives whole, before any growing: aid between two provinces (京蒙帮扶) and
/// quoted names (“…联合研究所”).
extension NameGrower {
    /// The candidates a head gives without growing a name back from it; nil when it must be grown.
    func wholeCandidates(type: EntityType, headStart: Int, headEnd: Int, kinds: Lexicon.HeadKinds) -> [Candidate]? {
        if kinds.contains(.provincePair) { return provincePairProgramme(headStart: headStart, headEnd: headEnd).map { [$0] } ?? [] }
        // A head counted after it is a kind (实施高标准农田建设项目5个), unless it shares itself with the
        // items listed before it (A、B等重点项目86个).
        if type == .project || type == .programme, isCounted(after: headEnd), listEnd(before: headStart) == nil { return [] }
        if type != .place, let quoteStart = quotedWholeStart(before: headStart, headEnd: headEnd), headStart - quoteStart >= 2 {
            // A quoted rank or kind (“国家二级图书馆”, “五星级酒店”) is a title, no name; a quoted
            // programme is named by its body however generic (“深化转型项目建设年”, “产业升级行动”).
            let campaign = isCampaign(body: quoteStart..<headStart, head: headStart..<headEnd, type)
            // A quoted body said with 的 (“家门口的医院”, “不下班的便民服务中心”) is a figure of speech, no name.
            if type == .institution, !campaign, text[quoteStart..<headStart].contains("的") { return [] }
            // A quoted campaign is named however generic its words (“领导包联工程”), unless it only counts (“十大工程”).
            guard type == .programme || (campaign && !Lexicon.numerals.contains(text[quoteStart]))
                    || !namesNothing(quoteStart, headStart, generic: Lexicon.genericRanksAndKinds) else { return [] }
            return [Candidate(type: campaign ? .programme : type, start: quoteStart, end: headEnd, priority: 1)]
        }
        if let items = quotedListItems(headStart: headStart, headEnd: headEnd, type: type) { return items }
        if type == .institution, let items = townshipsListed(before: headStart, headEnd: headEnd) { return items }
        if let listEnd = listEnd(before: headStart) {
            return coordinated(type: type, listEnd: listEnd, headStart: headStart, headEnd: headEnd)
        }
        return nil
    }

    /// 湾井、冷水、天堂卫生院: townships listed right before an institution's head each have one; so do
    /// communities listed before 等 and a count (蝶园社区、镜湖社区等5个党群服务中心).
    func townshipsListed(before headStart: Int, headEnd: Int) -> [Candidate]? {
        let itemsEnd = localPlaceEnds.contains(headStart) ? headStart : listEnd(before: headStart).flatMap { localPlaceEnds.contains($0) ? $0 : nil }
        guard let itemsEnd, let last = placeStarts[itemsEnd] else { return nil }
        var starts = [last]
        while let first = starts.last, first >= 2, text[first - 1] == "、", localPlaceEnds.contains(first - 1),
              let earlier = placeStarts[first - 1] {
            starts.append(earlier)
        }
        guard starts.count >= 2 else { return nil }
        let head = String(scalars: text[headStart..<headEnd])
        return starts.map { start in
            let end = starts.filter({ $0 > start }).min().map({ $0 - 1 }) ?? itemsEnd
            guard start != last || itemsEnd != headStart else {
                return Candidate(type: .institution, start: start, end: headEnd, priority: 1)
            }
            // Over the place it is written as, the item is the institution.
            return Candidate(type: .institution, start: start, end: end, priority: 4, name: String(scalars: text[start..<end]) + head)
        }
    }

    /// “A、B、C”三大工程: the items of a quoted list counted before the head each take it.
    func quotedListItems(headStart: Int, headEnd: Int, type: EntityType) -> [Candidate]? {
        guard headStart >= 4, text[headStart - 1] == "大", Lexicon.numerals.contains(text[headStart - 2]), text[headStart - 3] == "”",
              let open = matchingOpen(closingAt: headStart - 3, within: 40) else { return nil }
        let head = String(scalars: text[headStart..<headEnd])
        var items: [Candidate] = []
        var itemStart = open + 1
        for index in (open + 1)...(headStart - 3) where index == headStart - 3 || text[index] == "、" {
            if index - itemStart >= 2 {
                let itemType: EntityType = isCampaign(body: itemStart..<index, head: headStart..<headEnd, type) ? .programme : type
                items.append(Candidate(type: itemType, start: itemStart, end: index, priority: 2,
                                       name: String(scalars: text[itemStart..<index]) + head))
            }
            itemStart = index + 1
        }
        return items.count >= 2 ? items : nil
    }

    /// Where a list of items sharing the head ends: at 等 right before the head (A、B等项目), or
    /// before 等 and words that only count and qualify (A、B等25个重点建设项目), or before the
    /// count of a list with no 等 (A、B两个项目, A、B10座水库).
    func listEnd(before headStart: Int) -> Int? {
        for index in stride(from: headStart - 1, through: max(0, headStart - 16), by: -1) where text[index] == "等" {
            // 等 of a grade (三级甲等医院) lists nothing.
            if index > 1, Lexicon.gradeCharacters.contains(text[index - 1]), text[index - 2] == "级" { return nil }
            if endsDegreeWord(at: index) { return nil }
            // 等 before a verb ends the subject of that verb (A、B等|担任党支部书记, A、B等|传授经验), no list of names.
            if index + 1 < headStart, words.isVerb(text, index + 1, 2) || Lexicon.verbsTaggedNouns.contains(WordKey(text, index + 1, 2)) { return nil }
            // A conjunction after 等 closes the list and joins a new item (A等20家企业|和|省农科院).
            if joinsNewItem(after: index + 1, before: headStart) { return nil }
            if index + 1 == headStart || namesNothing(index + 1, headStart, generic: Lexicon.genericModifiers)
                || isMadeOfCommonWords(index + 1, headStart) { return index }
        }
        guard headStart >= 3, "个项座处".unicodeScalars.contains(text[headStart - 1]) else { return nil }
        var countStart = headStart - 1
        while countStart > 0, Self.isDigit(text[countStart - 1]) || Lexicon.numerals.contains(text[countStart - 1]) { countStart -= 1 }
        guard countStart < headStart - 1, countStart > 0, Self.isIdeograph(text[countStart - 1]),
              !Lexicon.stopCharacters.contains(text[countStart - 1]), !endsWithGoverningVerb(max(0, countStart - 2), headStart),
              separator(before: countStart, limit: 24) != nil else { return nil }
        return countStart
    }

    /// Whether the 等 at `index` ends a word of degree before what it grades (高水平中等|职业学校, 高等|教育), listing
    /// nothing: not after a school's number or a place or head that ends with 中 (湾井一中等, 湟中等), nor before
    /// anything else (步步高等|超市).
    func endsDegreeWord(at index: Int) -> Bool {
        index >= 1 && Self.degreeCharacters.contains(text[index - 1]) && words.contains(text, index - 1, 2)
            && index + 3 <= text.count && Self.gradedWords.contains(WordKey(text, index + 1, 2))
            && placeStarts[index] == nil && marks[index] & (Mark.headEnd | Mark.institutionHeadEnd | Mark.placeHeadEnd) == 0
            && !(index >= 2 && (Lexicon.numerals.contains(text[index - 2]) || Self.isDigit(text[index - 2])))
            && !divisionForms.contains { $0.end == index }
    }

    /// Characters that make a word of degree with 等 (中等, 高等, 初等).
    static let degreeCharacters = ScalarSet("中高初")
    /// What a word of degree grades (中等|职业学校, 高等|院校, 初等|教育).
    static let gradedWords = Lexicon.phrases(["职业", "教育", "院校", "学校", "专科", "学历", "城市"])

    /// Whether a conjunction (和, 与, 及) stands on its own in `start..<end`, not inside a word (参与, 和谐)
    /// or a phrase naming one thing (国民经济和社会发展).
    private func joinsNewItem(after start: Int, before end: Int) -> Bool {
        (start..<end).contains { index in
            NameGrower.conjunctionCharacters.contains(text[index]) && index > start && index + 1 < end
                && !words.contains(text, index - 1, 2) && !words.contains(text, index, 2) && !isInsideConjoinedPhrase(index)
        }
    }

    static let conjunctionCharacters = ScalarSet("和与及")

    /// Whether `start..<end` is made of common words of the word list only, and is no name it lists
    /// (产业, 人居|环境, 公共|设施; not 九嶷山).
    func isCommonWord(_ start: Int, _ end: Int) -> Bool {
        if let tag = words.tag(of: String(scalars: text[start..<end])) { return !Self.properNameTags.contains(tag) }
        return isMadeOfCommonWords(start, end)
    }

    /// The word list's tags of proper names: places, bodies, other names, people and short forms.
    static let properNameTags: Set<String> = ["ns", "nt", "nz", "nr", "nrt", "j"]

    /// Whether `start..<end` is common words only (沿岸|配套 in A、B等沿岸配套项目): a description, no name.
    /// A verb among them makes a clause (A、B等方面|加大|政策支持): the list is that clause's object, not the head's.
    func isMadeOfCommonWords(_ start: Int, _ end: Int) -> Bool {
        var i = start
        while i < end {
            guard let word = words.word(in: text, at: i, limit: end),
                  !(words.isVerb(text, i, word.end - i) && !Lexicon.worksVerbs.contains(WordKey(text, i, word.end - i))) else { return false }
            i = word.end
        }
        return true
    }

    /// A、B等项目: each item takes the head.
    func coordinated(type: EntityType, listEnd: Int, headStart: Int, headEnd: Int) -> [Candidate] {
        // National and provincial roads are named by their numbers (G207、S216等国道): a list of other
        // names before 国道 (五爱、良田等|国道沿线) names the places along it.
        if head(headStart, headEnd, isIn: Lexicon.roadKinds), listEnd > 0, !Self.isDigit(text[listEnd - 1]) { return [] }
        // Villages listed before their kind (甲、乙等4个行政村) are counted as villages, none named with the kind;
        // nor are the kinds of sites listed before 区域 (特产超市、书吧等商业|区域) areas.
        if head(headStart, headEnd, isIn: Lexicon.villageKindHeads) || WordKey(text, headStart, headEnd - headStart) == Lexicon.areaHead { return [] }
        let headText = String(scalars: text[headStart..<headEnd])
        let afterList = text[listEnd] == "等" ? listEnd + 1 : listEnd
        let countsItems = countEnd(at: afterList, limit: headStart) == headStart
        let countedAsGreat = afterList + 2 == headStart && Lexicon.numerals.contains(text[afterList]) && text[afterList + 1] == "大"
        let activityHead = headKinds(headStart, headEnd).contains(.activity)
        // Items listed as many kinds of the head (林茶、林药等多种|经营模式) or as a series of them (…设施、…设施等一系列|工程)
        // are kinds: none takes the head.
        let manyKinds = text[listEnd] == "等" && afterList + 2 <= text.count
            && (Lexicon.manyKindsWords.contains(WordKey(text, afterList, 2)) || text[afterList] == "新"
                || (afterList + 3 <= text.count && WordKey(text, afterList, 3) == Self.wholeSeriesWord))
        // Models of two characters (林禽、林畜等模式) are kinds of farming, not ways of working a body names.
        let modelHead = WordKey(text, headStart, headEnd - headStart) == Lexicon.modelWord
        // Items listed before 等 and 生产 (锰酸锂、软包锂电池等|生产|项目, 鞋面、鞋底等|生产线) are what the works make:
        // products, none takes the head.
        if text[listEnd] == "等", afterList + 2 <= headEnd, WordKey(text, afterList, 2) == Self.productionWord { return [] }
        // Bodies listed before 等 and words that describe a class (文化室、篮球场等|基层综合性文化|服务中心)
        // are examples of that class: none takes the head.
        if type == .institution, afterList < headStart, !namesNothing(afterList, headStart, generic: Lexicon.genericModifiers) { return [] }
        var items: [Candidate] = []
        var itemEnd = listEnd
        var firstItemStart = listEnd
        while itemEnd > 0 {
            // An item runs from the separator before it; the first runs from where a name can begin.
            let separator = separator(before: itemEnd, limit: Self.maximumLength(type))
            // An item that is one word read as leading a name (…、明道|三个管区, 明道 a verb too) is the item itself:
            // no item of a list is empty.
            var start = separator.map { separator in
                let skipped = skippingLeadingWords(from: separator + 1, before: itemEnd)
                return skipped == itemEnd && itemEnd - separator - 1 >= 2 && !isBoundaryWord(separator + 1, itemEnd) ? separator + 1 : skipped
            }
                ?? trimmedStart(nameStart(before: itemEnd, limit: Self.maximumLength(type), stopsAtVerbs: type == .place), before: itemEnd)
            // Measures listed by what they do (简化办理手续、加快贷款投放等优惠政策): an item led by a verb makes
            // the list one of acts, no programmes.
            if type == .programme, let separator, start > separator + 2, words.isVerb(text, separator + 1, 2) { return [] }
            // What stands before the item's name ends at a function character (投资300万元的|孝门村); a short
            // item between two separators is a name as it stands (、共裕、).
            let wholeItem = separator.map { $0 + 1 == start && itemEnd - start <= 3 } ?? false
            while !wholeItem, start < itemEnd, Lexicon.stopCharacters.contains(text[start]), !startsWordInName(at: start, end: itemEnd) {
                start = skippingLeadingWords(from: start + 1, before: itemEnd)
            }
            // The first item begins after the year its list is dated by (昌宁县2024年|麻地河、米河…10座水库).
            if separator == nil, let year = (start..<itemEnd).lazy.compactMap({ self.yearEnd(at: $0, limit: itemEnd) }).first,
               itemEnd - year >= 2 { start = year }
            guard itemEnd - start >= 2, hasNameCharacter(start, itemEnd) else { break }
            firstItemStart = start
            // A generic item (新能源示范基地) or a place alone (孝门村等民生实事项目) names no item; the list goes on
            // before it. Counted one by one, works are named by their places (大洪山、万和等5座|风电场), and so
            // are works of a kind built at places (黄埠镇南村村棚改等…项目).
            // So is a site counted after a township written short (冷水、湾井等9座小型病险|水库), words of size or
            // state between the count and the head.
            let siteNamedByPlace = type == .place && placeEnds[start] == itemEnd && !Self.levelCharacters.contains(text[itemEnd - 1])
                && text[listEnd] == "等" && countEnd(at: afterList, limit: headStart) != nil
            let placesName = countsItems || siteNamedByPlace || (type == .project && isPlacesAndWorksKind(start, itemEnd))
            // So is works described by its size (千头|肉牛繁育场、…等项目): a kind of works.
            if namesNothing(start, itemEnd, generic: Lexicon.genericModifiers, placesName: placesName)
                || (placeEnds[start] == itemEnd && !countsItems && !siteNamedByPlace)
                || (type == .project && beginsWithSize(start, itemEnd)) {
                guard let separator else { break }
                itemEnd = separator
                continue
            }
            // An item with a head of the list's kind (A工程、B改造等项目) is named by it; quoted items
            // (“A”“B”等模式) are names as they stand (QuotedNames). A site (A广场、B南街等工程) takes the head.
            let quoted = QuotedNames.quoteMarks.contains(text[start]) && QuotedNames.quoteMarks.contains(text[itemEnd - 1])
            if modelHead, !quoted, itemEnd - start <= 2 {
                guard let separator else { break }
                itemEnd = separator
                continue
            }
            // An institution counted under a project head (A幼儿园、B幼儿园两个项目, A酒店等10余个项目)
            // is built: a project; one listed with a kind of owner (A公司、B公司等企业项目) is the investor,
            // and so is a company counted among projects (A有限公司、B基地等7个项目).
            // A phase or period in brackets ends an item whose name stands before it (…度假村(一期)).
            let bracketed = text[itemEnd - 1] == ")" || text[itemEnd - 1] == "）"
            let nameEnd = bracketed ? (matchingOpen(closingAt: itemEnd - 1) ?? itemEnd) : itemEnd
            let company = headHit(endingAt: nameEnd, where: { head($0.start, $0.end, isIn: Lexicon.companyForms) }) != nil
            // A site list's item ending in a body's head (…体验馆和…实践中心等|教学点) is that body.
            let ownHead = marks[nameEnd] & (type == .place ? Mark.placeHeadEnd | Mark.institutionHeadEnd : Mark.headEnd) != 0
                && !(type == .project && countsItems && marks[nameEnd] & Mark.institutionHeadEnd != 0 && !company)
            // A zone listed before a drive's head (A省级旅游度假区、B示范区等创建) is the place the drive
            // creates, found from its own head: no programme.
            if type == .programme, marks[nameEnd] & Mark.placeHeadEnd != 0 {
                guard let separator else { break }
                itemEnd = separator
                continue
            }
            if activityHead {
                // Activities (歌舞、展览等活动) are kinds, not names; a quoted name that begins an
                // item (“A”书画展、“B”非遗展等系列活动) is one.
                if !ownHead && !quoted && text[start] == "“", let close = text[start..<itemEnd].firstIndex(of: "”"), close - start >= 3 {
                    items.append(Candidate(type: .programme, start: start, end: close + 1, priority: 2))
                }
            } else if !ownHead && !quoted && !manyKinds && !text[start..<itemEnd].contains("等")
                        && (type == .place || countedAsGreat || marks[itemEnd] & Mark.placeHeadEnd != 0 || placeEnds[start] == itemEnd || !isCommonWord(start, itemEnd)) {
                // An item holding a list of its own (A镇B村等3个村子建设) is no name, nor one common word (人居环境、公共设施等项目),
                // though places and sites may be named by them (水平、鱼塘等水库, 会堂广场等工程), and so may the great
                // works a plan counts (安全保障、运输服务提升等五大工程).
                let item = String(scalars: text[start..<itemEnd])
                // An item of the great works a plan counts that builds nothing (安全保障、运输服务提升等五大工程) is a campaign.
                let itemType: EntityType = countedAsGreat && isCampaign(body: start..<itemEnd, head: headStart..<headEnd, type) ? .programme : type
                // A place counted as one of the works (万和、吴山等5座|风电场) is that works', not a place of its own.
                let priority = (countsItems && placeEnds[start] == itemEnd && type != .place) || siteNamedByPlace ? 4 : 2
                items.append(Candidate(type: itemType, start: start, end: itemEnd, priority: priority, name: bracketed ? item : item + headText))
            }
            guard let separator else { break }
            itemEnd = separator
        }
        // A list counted without 等 counts all its items (A、B、C3个小区): another number miscounts it, no list of names.
        if text[listEnd] != "等", let count = CountedLists.value(of: text[listEnd..<(headStart - 1)]), count != items.count { return [] }
        // A list a vague quantity begins (捐建一批|安全饮水工程、校安建设等民生工程) gives kinds of works, no names.
        if (2...3).contains(where: { firstItemStart >= $0 && Lexicon.vagueQuantities.contains(WordKey(text, firstItemStart - $0, $0)) }) {
            return []
        }
        return items
    }

    /// Whether `start..<end` begins with a size: a number and a unit of herds, weight or area (千头, 2万只, 10万吨).
    func beginsWithSize(_ start: Int, _ end: Int) -> Bool {
        var i = start
        while i < end, Self.isDigit(text[i]) || Lexicon.numerals.contains(text[i]) || Self.largeNumerals.contains(text[i]) { i += 1 }
        return i > start && i < end && Self.sizeUnits.contains(text[i])
    }

    static let sizeUnits = ScalarSet("头只羽亩吨")
    static let largeNumerals = ScalarSet("千万")

    /// Whether `start..<end` is places and then the kind of works built there (黄埠镇南村村|棚改), not
    /// status words only (湾井镇|重点, which names no works).
    func isPlacesAndWorksKind(_ start: Int, _ end: Int) -> Bool {
        var i = start
        while let placeEnd = placeEnds[i], placeEnd < end { i = placeEnd }
        return i > start && !namesNothing(i, end, generic: Lexicon.statusModifiers)
    }

    /// The list separator (、) before the item ending at `end`, when only name characters,
    /// brackets and quotation marks stand between them; never one inside a bracket, whose
    /// characters do not count towards `limit`.
    func separator(before end: Int, limit: Int) -> Int? {
        var i = end - 1
        // Commas inside a bracket list what the item names (两河(舜河、冷水河)流域治理): they separate no items.
        var bracketDepth = 0
        var length = 0
        while i >= 0 && length < limit {
            if text[i] == ")" || text[i] == "）" { bracketDepth += 1 }
            if (text[i] == "(" || text[i] == "（") && bracketDepth > 0 { bracketDepth -= 1 }
            if text[i] == "、" && bracketDepth == 0 { return i }
            guard bracketDepth > 0 || Self.isNameCharacter(text[i]) || Self.bracketsAndQuotes.contains(text[i]) else { return nil }
            if bracketDepth == 0 { length += 1 }
            i -= 1
        }
        return nil
    }

    /// Brackets and quotation marks, which an item of a list may hold.
    static let bracketsAndQuotes = ScalarSet("（）()“”")
    static let productionWord = WordKey("生产".unicodeScalars)!

    /// 一系列, a series: the items listed before it are kinds of what follows.
    static let wholeSeriesWord = WordKey("一系列".unicodeScalars)!
}
