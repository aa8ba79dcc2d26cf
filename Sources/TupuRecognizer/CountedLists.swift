/// Names listed before a count of their class: 廷昌、丹凤、金码头等7个老旧小区 are three places,
/// 甲新能源、乙电力2家企业 two institutions. The class says what the items are, however little
/// their names say: a list with 等 holds no more items than the count, one without 等 exactly as many.
struct CountedLists {
    let text: [Unicode.Scalar]
    let words: WordList
    /// Where each division place found in the text ends, by its start: a place listed after the
    /// places it lies in (宁远县|湾井镇|舜溪村) is what follows them.
    let placeEnds: PositionMap

    /// The class nouns that type a counted list, by the type they give its items.
    static let classNouns: [(noun: [Unicode.Scalar], type: EntityType)] = ([
        ("企业", .institution), ("公司", .institution), ("银行", .institution), ("医院", .institution), ("学校", .institution),
        ("高校", .institution), ("院校", .institution), ("合作社", .institution), ("集团", .institution), ("协会", .institution),
        ("小区", .place), ("社区", .place), ("行政村", .place), ("自然村", .place), ("村", .place), ("乡镇", .place),
        ("街道", .place), ("景区", .place), ("园区", .place), ("道路", .place), ("背街小巷", .place), ("街巷", .place), ("步行街", .place),
        ("居民区", .place), ("片区", .place),
    ] as [(String, EntityType)]).map { (Array($0.0.unicodeScalars), $0.1) }
    static let classifiers = ScalarSet("个家所座条片")
    /// The most characters of qualifying words between the classifier and the class noun (老旧, 重点).
    static let qualifierLimit = 4
    static let describedQualifierLimit = 10
    static let itemLengths = 2...10
    /// The longest company named in a list without a count (大连有德, 广饶县盛凯粮贸).
    static let companyItemLength = 7
    /// Prepositions that govern a list written right after them (将|南新、蒋巷等四个乡镇), and conjunctions
    /// that join it to what precedes it (并与|A、B等3所高校).
    static let listPrepositions = ScalarSet("将把对在从由并与及同跟")
    /// Function characters that make an item a phrase; others (向阳, 和平) stand in names.
    static let phraseCharacters = ScalarSet("的了是等着过")

    /// Whether the space at `index` separates two items of a list that uses 、 too (华德名人苑、碧水绿都 金厦小区、锦峰苑
    /// 中央花园等5个小区, as texts copied from phone screens write them): between two ideographs, with a 、 a few
    /// characters before.
    private func separatesItemsBySpace(_ index: Int) -> Bool {
        (text[index] == " " || text[index] == "\u{3000}") && index >= 1 && NameGrower.isIdeograph(text[index - 1])
            && text[max(0, index - Self.itemLengths.upperBound)..<index].contains("、")
    }

    /// Removes from `candidates` the places that run across the edge of a counted place of `items` (红桥区植物园|东里 of
    /// …、红桥区植物园东里、…等52片居民区): the list's reading holds.
    static func removeSites(across items: [Candidate], from candidates: inout [Candidate]) {
        let places = items.filter { $0.type == .place }
        guard !places.isEmpty else { return }
        candidates.removeAll { candidate in
            candidate.type == .place && places.contains { item in
                (candidate.start < item.start && candidate.end > item.start && candidate.end < item.end)
                    || (candidate.start > item.start && candidate.start < item.end && candidate.end > item.end)
            }
        }
    }

    func candidates() -> [Candidate] {
        var found: [Candidate] = []
        for classifier in text.indices where Self.classifiers.contains(text[classifier]) {
            guard let count = countStart(before: classifier) else { continue }
            let listed = count.start > 0 && text[count.start - 1] == "等"
            guard let type = classType(after: classifier, describedAtLength: listed) else { continue }
            let itemsEnd = listed ? count.start - 1 : count.start
            var items = self.items(endingAt: itemsEnd).flatMap(splitAtConjunction)
            if listed, items.count < 2, isCompanyClass(after: classifier) {
                items = oneCompany(endingAt: itemsEnd, found: items.first).map { [$0] } ?? []
            } else if items.count < 2 { continue }
            guard !items.isEmpty else { continue }
            // A vague count (几十个, 多家) bounds nothing, save companies listed before 等 whose every item names
            // something (湖南新五丰、广东海大等多家…企业): no list of kinds.
            let namedCompanies = listed && items.count >= 2 && isCompanyClass(after: classifier) && items.allSatisfy(namesSomething)
            guard let number = count.value ?? (namedCompanies ? items.count : nil),
                  listed ? items.count <= number : items.count == number else { continue }
            for item in items {
                var start = item.lowerBound
                // A place's name follows the places it lies in; a body's name keeps its place (青海湖肉业).
                while type == .place, let placeEnd = placeEnds[start], placeEnd <= item.upperBound - 2 { start = placeEnd }
                // A listed place found whole at the item's end is the item (计划建设|盖洋镇、胡坊镇等7个乡镇).
                if type == .place, let whole = (start..<item.upperBound - 1).first(where: { placeEnds[$0] == item.upperBound }) { start = whole }
                // A village written after a township the gazetteer lacks (筏头乡|庙前村) is named apart from it.
                if type == .place, text[item.upperBound - 1] == "村", let township = unlistedTownshipEnd(from: start, before: item.upperBound) {
                    found.append(Candidate(type: .place, start: start, end: township, priority: 1))
                    start = township
                }
                found.append(Candidate(type: type, start: start, end: item.upperBound, priority: 1))
            }
        }
        return found + listedSights() + listedCompanies()
    }

    /// Companies listed before 等 and their class, described but not counted (引进|大连有德、盘锦光合等国内知名企业,
    /// 在亿纬、格林美等龙头…):
    /// two items or more of two to six characters, each naming something (a place, a proper name), or three
    /// or more, half of them naming something, are institutions. 等地 closes a list of places (销售到山东、安徽等地|企业).
    private func listedCompanies() -> [Candidate] {
        text.indices.filter { text[$0] == "等" && $0 + 1 < text.count && !NameGrower.isDigit(text[$0 + 1]) && !Lexicon.numerals.contains(text[$0 + 1])
            && text[$0 + 1] != "地" }
            .flatMap { close -> [Candidate] in
                guard let nounStart = (close + 1...min(text.count - 1, close + 1 + Self.describedQualifierLimit)).first(where: { start in
                    Self.listedCompanyNouns.contains { text.holds($0, at: start) } }),
                      (close + 1..<nounStart).allSatisfy({ NameGrower.isIdeograph(text[$0]) && (!Lexicon.stopCharacters.contains(text[$0]) || text[$0] == "的") })
                else { return [] }
                // Three items or more, half of them naming something, are companies, though the others are
                // written in common words (新希望、华西希望、正邦、正大等行业龙头企业).
                let strict = self.items(endingAt: close)
                let items = strict.count >= 2 ? strict : self.items(endingAt: close, admittingCommonWords: true)
                let naming = items.filter(namesSomething).count
                guard items.count >= 2, items.allSatisfy({ $0.count <= Self.companyItemLength }),
                      naming == items.count || (items.count >= 3 && 2 * naming >= items.count) else { return [] }
                return items.map { Candidate(type: .institution, start: $0.lowerBound, end: $0.upperBound, priority: 1) }
            }
    }

    /// The class noun of sights: the sites a list before 等景点 names, with or without a count.
    static let sightsNoun = Array("景点".unicodeScalars)

    /// Sites listed before 等景点 without a count (园内的华盖亭、牡丹亭、贵妃浴等景点): three items or more,
    /// none a common word, name places; fewer may be kinds. A first item begins after the last
    /// function character (园内的|华盖亭).
    private func listedSights() -> [Candidate] {
        text.indices.filter { text[$0] == "等" && text.holds(Self.sightsNoun, at: $0 + 1) }.flatMap { close -> [Candidate] in
            var items = self.items(endingAt: close)
            if let first = items.first, first.lowerBound > 1, text[first.lowerBound - 1] == "、" {
                let end = first.lowerBound - 1
                var start = end
                while start > 0, end - start < Self.itemLengths.upperBound, NameGrower.isNameCharacter(text[start - 1]),
                      !Self.phraseCharacters.contains(text[start - 1]) { start -= 1 }
                if isName(start..<end) { items.insert(start..<end, at: 0) }
            }
            guard items.count >= 3 else { return [] }
            return items.map { Candidate(type: .place, start: $0.lowerBound, end: $0.upperBound, priority: 1) }
        }
    }

    /// The end of two or three characters and 乡 or 镇 that begin `start..<end` and leave two characters
    /// or more of a village's name after them, or nil.
    private func unlistedTownshipEnd(from start: Int, before end: Int) -> Int? {
        guard start + 2 <= end - 3 else { return nil }
        return (start + 2...min(start + 3, end - 3)).lazy.filter { Recognizer.townshipCharacters.contains(self.text[$0]) }
            .first { Recognizer.isBareNameBody(self.text[start..<$0], levelsAllowed: false) }.map { $0 + 1 }
    }

    /// The type the class noun after `classifier` gives, with at most a few qualifying characters between;
    /// after a list of companies closed by 等 the class may be described at length (等50余家|国内外著名的葡萄酒|企业).
    private func classType(after classifier: Int, describedAtLength: Bool) -> EntityType? {
        let limit = describedAtLength ? Self.describedQualifierLimit : Self.qualifierLimit
        for nounStart in (classifier + 1)...(classifier + 1 + limit) where nounStart < text.count {
            let atLength = nounStart - classifier - 1 > Self.qualifierLimit
            guard (classifier + 1..<nounStart).allSatisfy({ NameGrower.isIdeograph(text[$0])
                && (!Lexicon.stopCharacters.contains(text[$0]) || (describedAtLength && text[$0] == "的")) }) else { return nil }
            for (noun, type) in Self.classNouns where text.holds(noun, at: nounStart) && (!atLength || Self.companyNouns.contains(noun)) { return type }
        }
        return nil
    }

    /// One company written before 等 and the count of its class (邀请|青海湖肉业等20家企业, 我县以|广饶县盛凯粮贸等3家…企业),
    /// named from the verb before it (`found`, the item the list's reading gave) or from the last function character;
    /// nil unless a word of it names something: a list of one is no list of kinds (龙头企业等20家企业).
    private func oneCompany(endingAt end: Int, found: Range<Int>?) -> Range<Int>? {
        let earliest = found?.lowerBound ?? max(0, end - Self.itemLengths.upperBound)
        guard var start = text[earliest..<end].lastIndex(where: { Lexicon.stopCharacters.contains($0) || !NameGrower.isNameCharacter($0) })
            .map({ $0 + 1 }) ?? found?.lowerBound else { return nil }
        // A verb before the company (已|培育|鸿鑫鞋业等8家…企业) says what was done to it: no part of its name.
        if end - start > Self.itemLengths.lowerBound + 2, words.isVerb(text, start, 2) || words.has(tag: "vn", text, start, 2) { start += 2 }
        guard Self.itemLengths.contains(end - start), !text[start..<end].contains(where: NameGrower.isDigit), namesSomething(start..<end) else { return nil }
        return start..<end
    }

    /// `item` split at a conjunction that joins the list's last two items (建华|和|兴港四个村), where each
    /// side can be a name and the conjunction begins and ends no word (not 人力资源和社会保障局, a department's topic).
    private func splitAtConjunction(_ item: Range<Int>) -> [Range<Int>] {
        guard let conjunction = item.first(where: { text[$0] == "和" && $0 - item.lowerBound >= 2 && item.upperBound - $0 > 2 }),
              !words.contains(text, conjunction - 1, 2), !words.contains(text, conjunction, 2),
              isName(item.lowerBound..<conjunction), isName((conjunction + 1)..<item.upperBound),
              !Lexicon.phrasesWithConjunctions.contains(where: { phrase in
                  text[item].firstRange(of: phrase).map { $0.contains(conjunction) } ?? false
              }) else { return [item] }
        return [item.lowerBound..<conjunction, (conjunction + 1)..<item.upperBound]
    }

    /// Whether the first class noun after `classifier`, past any qualifying words, is one of companies.
    private func isCompanyClass(after classifier: Int) -> Bool {
        guard let nounStart = (classifier + 1...classifier + 1 + Self.describedQualifierLimit).first(where: { start in
            Self.classNouns.contains { text.holds($0.noun, at: start) }
        }) else { return false }
        return Self.companyNouns.contains { text.holds($0, at: nounStart) }
    }

    /// Whether `range` holds a proper name of the word list (青海湖) or characters no common word covers:
    /// not common words only (龙头|企业).
    private func namesSomething(_ range: Range<Int>) -> Bool {
        var index = range.lowerBound
        while index < range.upperBound {
            guard let word = words.word(in: text, at: index, limit: range.upperBound) else { return true }
            if let tag = words.tag(of: String(scalars: text[index..<word.end])), NameGrower.properNameTags.contains(tag) { return true }
            index = word.end
        }
        return false
    }

    /// The class nouns of companies, the one class a list may describe at length.
    static let companyNouns: [[Unicode.Scalar]] = ["企业", "公司"].map { Array($0.unicodeScalars) }
    /// The class words a list of companies described but not counted ends with: companies, and the leaders of a
    /// trade (等|龙头, 等|名企).
    static let listedCompanyNouns = companyNouns + ["龙头", "名企"].map { Array($0.unicodeScalars) }

    /// The count written before `classifier` (7, 十二, 50余), where it starts and its value when it can be
    /// read (an approximate count, its round number).
    private func countStart(before classifier: Int) -> (start: Int, value: Int?)? {
        let countEnd = classifier > 1 && Lexicon.approximations.contains(text[classifier - 1]) && NameGrower.isDigit(text[classifier - 2])
            ? classifier - 1 : classifier
        var start = countEnd
        while start > 0, NameGrower.isDigit(text[start - 1]) || Lexicon.numerals.contains(text[start - 1]) { start -= 1 }
        guard start < countEnd, start > 0 else { return nil }
        return (start, Self.value(of: text[start..<countEnd]))
    }

    /// The items separated by 、 that end at `end`: the last ones by the separators, the first after
    /// a verb (涵盖|廷昌, 改造|舜德路) or else after punctuation. Empty when an item after a separator is no name
    /// (a common word, unless `admittingCommonWords`).
    private func items(endingAt end: Int, admittingCommonWords: Bool = false) -> [Range<Int>] {
        var items: [Range<Int>] = []
        var itemEnd = end
        while itemEnd >= Self.itemLengths.lowerBound {
            var start = itemEnd
            while start > 0, itemEnd - start < Self.itemLengths.upperBound, NameGrower.isNameCharacter(text[start - 1]) { start -= 1 }
            if start > 0, text[start - 1] == "、" || separatesItemsBySpace(start - 1) {
                guard isName(start..<itemEnd, admittingCommonWords: admittingCommonWords) else { return [] }
                items.append(start..<itemEnd)
                itemEnd = start - 1
                continue
            }
            // The first item: after the last verb before it (建成|…, 校内有|老年艺术团、…), or after the punctuation
            // that begins the run.
            let afterVerb = stride(from: itemEnd - Self.itemLengths.lowerBound, through: max(start, 2), by: -1)
                .first { end in (2...3).contains { end - $0 >= 0 && (words.isVerb(text, end - $0, $0) || Lexicon.siteBuildingVerbs.contains(WordKey(text, end - $0, $0))) }
                    || (text[end - 1] == "有" && !words.contains(text, end - 2, 2) && !words.contains(text, end - 1, 2)) }
            var first = afterVerb ?? ((start == 0 || !NameGrower.isNameCharacter(text[start - 1])) ? start : nil)
            // Prepositions before the first item govern the list (将|南新、蒋巷…), and conjunctions join it to what
            // precedes it (并与|吉林农业大学、…), unless they begin a word of the name (将军村, 同心村); 和 is left out,
            // for it begins names (和平村).
            while let start = first, itemEnd - start > Self.itemLengths.lowerBound, Self.listPrepositions.contains(text[start]),
                  !words.contains(text, start, 2) {
                first = start + 1
            }
            // So does a conjunction that joins the list to what precedes it (以及|蕲州、刘河…).
            if let start = first, itemEnd - start >= Self.itemLengths.lowerBound + 2, words.has(tag: "c", text, start, 2) {
                first = start + 2
            }
            // A preposition inside a first item run on from punctuation governs the list too (主要对|长埔、江亩坑…).
            if afterVerb == nil, let start = first, itemEnd - start > Self.itemLengths.lowerBound + 1,
               let preposition = (start + 1..<(itemEnd - Self.itemLengths.lowerBound)).last(where: { index in
                   Self.listPrepositions.contains(text[index]) && !words.contains(text, index, 2) && !words.contains(text, index - 1, 2)
               }) {
                first = preposition + 1
            }
            // A pointed division before the first item (覆盖|该县|沙溪、泉口…) says whose the items are.
            if let start = first, itemEnd - start > Self.itemLengths.lowerBound + 1, Lexicon.pointingCharacters.contains(text[start]),
               NameGrower.levelCharacters.contains(text[start + 1]) {
                first = start + 2
            }
            if let first, isName(first..<itemEnd, admittingCommonWords: admittingCommonWords) { items.append(first..<itemEnd) }
            break
        }
        return items.reversed()
    }

    /// Whether `range` can be a name: no phrase character in it, and not one common word
    /// other than a name (企业, 种植 are none; 丹凤 may be one), unless common words are admitted.
    private func isName(_ range: Range<Int>, admittingCommonWords: Bool = false) -> Bool {
        guard Self.itemLengths.contains(range.count), !text[range].contains(where: Self.phraseCharacters.contains) else { return false }
        guard !admittingCommonWords, let tag = words.tag(of: String(scalars: text[range])) else { return true }
        return NameGrower.properNameTags.contains(tag)
    }

    /// The value of a count in digits or in numerals up to ninety-nine (7, 十二, 两), or nil.
    static func value(of count: ArraySlice<Unicode.Scalar>) -> Int? {
        if count.allSatisfy(NameGrower.isDigit) {
            return Int(String(String.UnicodeScalarView(count.map { $0.value >= 0xFF10 ? Unicode.Scalar($0.value - 0xFEE0)! : $0 })))
        }
        let digits: [Unicode.Scalar: Int] = ["一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9]
        let characters = Array(count)
        switch characters.count {
        case 1: return characters[0] == "十" ? 10 : digits[characters[0]]
        case 2 where characters[0] == "十": return digits[characters[1]].map { 10 + $0 }
        case 2 where characters[1] == "十": return digits[characters[0]].map { $0 * 10 }
        case 3 where characters[1] == "十": return digits[characters[0]].flatMap { tens in digits[characters[2]].map { tens * 10 + $0 } }
        default: return nil
        }
    }
}
