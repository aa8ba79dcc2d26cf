/// What characters can stand in a name, numbers and their measures, matching brackets, and the sets
/// of characters the rules read (copulas, level characters, landforms, date prepositions …).
extension NameGrower {
    /// The end of a number and its measure word at `index` (15个, 2022年, 3.2万), or nil.
    func quantityEnd(at index: Int, limit: Int) -> Int? {
        var i = index
        while i < limit, Self.isDigit(text[i]) || (i > index && text[i] == ".") { i += 1 }
        guard i > index else { return nil }
        // One measure, or a magnitude and a unit (20万只, 4.5亿元, 100万吨, 1.5万立方米, 110千伏, 35KV).
        if i < limit, "万亿千百".unicodeScalars.contains(text[i]) { i += 1 }
        if let unit = Self.units.first(where: { i + $0.count <= limit && text[i..<(i + $0.count)].elementsEqual($0) }) { return i + unit.count }
        if i < limit, "个项批家所座条年月日期届万亿余多只头吨亩元台套户人名".unicodeScalars.contains(text[i]) { i += 1 }
        return periodEnd(at: i, limit: limit)
    }

    /// After a count of months or years, the end of the period it makes (10月|份, 2017年|度).
    func periodEnd(at index: Int, limit: Int) -> Int {
        index < limit && index > 0 && "份度".unicodeScalars.contains(text[index]) && "年月".unicodeScalars.contains(text[index - 1])
            ? index + 1 : index
    }

    /// Units of length, area, volume and power written after a number.
    static let units: [[Unicode.Scalar]] = ["立方米", "平方米", "平方公里", "公里", "千瓦", "兆瓦", "千伏", "伏", "瓦", "米", "KV", "kV", "kv",
                                           "MW", "KW", "kW", "GW", "km"].map { Array($0.unicodeScalars) }

    static func isDigit(_ s: Unicode.Scalar) -> Bool { ("0"..."9").contains(s) || ("０"..."９").contains(s) }

    /// Whether `s` is the open term of a counting formula (153+X支, 1+N).
    static func isFormulaTerm(_ s: Unicode.Scalar) -> Bool { "XNxn".unicodeScalars.contains(s) }

    func matchingOpen(closingAt index: Int, within limit: Int = 24) -> Int? {
        let pairs: [Unicode.Scalar: Unicode.Scalar] = ["）": "（", ")": "(", "”": "“", "」": "「", "》": "《"]
        guard let open = pairs[text[index]] else { return nil }
        var i = index - 1
        while i >= 0 && index - i <= limit {
            if text[i] == open { return i }
            if text[i] == "。" || text[i] == "\n" { return nil }
            i -= 1
        }
        return nil
    }

    /// Where a short bracket closing right before `index` opens (…建设(兴业)|项目), unless it notes a short name.
    func bracketOpen(before index: Int) -> Int? {
        guard index > 0, text[index - 1] == ")" || text[index - 1] == "）",
              let open = matchingOpen(closingAt: index - 1, within: 10), open + 1 < index - 1, !isAliasNote(open: open),
              text[(open + 1)..<(index - 1)].allSatisfy(Self.isNameCharacter) else { return nil }
        return open
    }

    /// Whether the bracket opening at `open` introduces a short name for what precedes it
    /// (…医院(下称省一院), (以下简称…)): the name before it ends there, and nothing after it joins it.
    func isAliasNote(open: Int) -> Bool {
        Self.aliasMarkers.contains { marker in
            open + 1 + marker.count <= text.count && text[(open + 1)..<(open + 1 + marker.count)].elementsEqual(marker)
        } || isReporterCredit(open: open)
    }

    /// Whether the bracket from `open` to `close` gives the year of what precedes it (民国二十七年(1938年)):
    /// a name after it begins after it.
    func isYearNote(open: Int, close: Int) -> Bool {
        yearEnd(at: open + 1, limit: close) == close
    }

    /// Whether a bracket opening at `open` credits a reporter ((全媒体记者 田育才), (通讯员 …)): it
    /// belongs to the report, not to the name after it.
    func isReporterCredit(open: Int) -> Bool {
        let inside = text[(open + 1)..<min(text.count, open + 12)]
        return Self.reporterWords.contains { word in
            inside.indices.contains { index in index + word.count <= inside.endIndex && text[index..<(index + word.count)].elementsEqual(word) }
        }
    }

    static let reporterWords: [[Unicode.Scalar]] = ["记者", "通讯员"].map { Array($0.unicodeScalars) }

    static let aliasMarkers: [[Unicode.Scalar]] = Recognizer.abbreviationMarkers.map { Array($0.unicodeScalars) }

    func hasNameCharacter(_ start: Int, _ end: Int) -> Bool {
        text[start..<end].contains { Self.isIdeograph($0) || $0.properties.isAlphabetic }
    }

    /// Han characters (the CJK Unified Ideographs and their extensions, compatibility
    /// ideographs and 〇), by range: the recognizer asks this for every character it reads.
    static func isIdeograph(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0xF900...0xFAFF, 0x3007, 0x20000...0x323AF: true
        default: false
        }
    }

    /// CJK ideographs, ASCII letters and digits, and the joiners names use (·, •, -, +).
    /// Verbs of attending a school, written right before its kind (读大学, 考高中).
    static let attendingVerbs = ScalarSet("读考")
    /// The kinds of school a verb of attending takes.
    static let schoolingHeads = Lexicon.phrases(["大学", "中学", "小学", "初中", "高中", "学校", "幼儿园"])

    static func isNameCharacter(_ s: Unicode.Scalar) -> Bool {
        isIdeograph(s) || ("a"..."z").contains(s) || ("A"..."Z").contains(s) || ("0"..."9").contains(s)
            || s == "·" || s == "•" || s == "・" || s == "-" || s == "+" || ("ａ"..."ｚ").contains(s) || ("Ａ"..."Ｚ").contains(s) || ("０"..."９").contains(s)
            // Roman numerals number lots and phases (疏港航道Ⅰ标段, Ⅱ期).
            || ("Ⅰ"..."Ⅻ").contains(s)
    }

    static let copulasAndPrepositions = ScalarSet("是为在将把对被从向由")

    /// Characters that point at a thing already known (本, 该, 此).
    static let pointingMarks = ScalarSet("本该此")

    /// Prepositions of accordance (按计划, 据规划): a plan after one is followed, not named.
    static let accordanceCharacters = ScalarSet("按据")

    /// Characters of editions and events (第, 届; 残运会, 丰收节, 联赛, 县长杯): a contest written with one is named.
    static let eventCharacters = ScalarSet("第届会节赛杯")

    /// Marks that open a quotation or a bracket: after one, as after a clause's end, a clause begins.
    static let openingMarks = ScalarSet(" “\"（(")

    /// Characters that go on from a short name into a place's name (北大|街, 北大|荒, 清华|园).
    static let placeContinuations = ScalarSet("街路道巷荒湖山河园区港门村镇乡县市省州")

    /// Whether a bare body at `index` is written without its level word (人大, 政协, not 县人大, 旗政协).
    static func isUnleveledBody(at index: Int, in text: [Unicode.Scalar]) -> Bool {
        text[index] == "人" || text[index] == "政"
    }

    /// Characters that make another river of a great river's name (老漳河, 小清河, 新汴河).
    static let riverEpithets = ScalarSet("老小新古旧故")

    /// Suffixes that make an adjective of the word before them (保障|性, 现代|化): that word stays in a name.
    static let adjectiveSuffixes = ScalarSet("性化型式")

    /// Characters of landforms that end the names of hamlets and hills (岗, 岭, 坪 …): a verb right
    /// before one of them and a head is that name's first word (打磨|岗|灌区).
    static let landformCharacters = ScalarSet("岗坡岭沟湾坪塘坝峪垭岔洼冲埠滩")

    /// Whether the word ending at `wordEnd` begins a landform's name right before `end`, where a
    /// place's head begins (打磨|岗|灌区; not 加固|坝|工程, a verb and its object).
    func beginsLandformName(wordEnd: Int, before end: Int) -> Bool {
        guard wordEnd + 1 == end, end < text.count, Self.landformCharacters.contains(text[wordEnd]) else { return false }
        return (end + 1...min(text.count, end + Self.longestPlaceHead)).contains { headEnd in
            marks[headEnd] & Mark.placeHeadEnd != 0
                && headHit(endingAt: headEnd, where: { if case .head(.place) = $0.payload { $0.start == end } else { false } }) != nil
        }
    }

    static let longestPlaceHead = Lexicon.placeHeads.map(\.unicodeScalars.count).max()!

    /// Whether the word ending at `wordEnd` begins a river's name inside the name ending at `end` (倒流|河|工程,
    /// 落水|河乡): 河 or 江 follows it inside the name, beginning no word for a river's parts (整治|河道).
    func beginsRiverName(wordEnd: Int, before end: Int) -> Bool {
        wordEnd < end && Self.riverNameEnds.contains(text[wordEnd]) && !Self.riverPartWords.contains(WordKey(text, wordEnd, 2))
    }

    /// The characters a river's name ends with (倒流河, 漓江).
    static let riverNameEnds = ScalarSet("河江")

    /// Words for a river's parts and banks (河道, 河段, 江堤): a verb before one acts on the river, naming none.
    static let riverPartWords = Lexicon.phrases(["河道", "河段", "河流", "河床", "河堤", "河岸", "河长", "河湖", "河沟", "河边", "江段", "江堤", "江岸", "江边", "江河"])

    /// Classifiers that count nets (一张网, 一个网): such a net is a figure of speech.
    static let netClassifiers = ScalarSet("张个")

    /// Characters that count years vaguely before 年 (这些年, 近几年, 多年).
    static let vagueYearCounts = ScalarSet("些几多")

    /// Prepositions that begin a date (自2022年, 于10月).
    static let datePrepositions = ScalarSet("自从于截至")

    /// Stop characters that are content words of their own (率 of 率队, 占 of 占地): at the end of a
    /// common noun (大功率, 效率) they stand inside a name.
    static let contentStopCharacters = ScalarSet("率占继跟赴过共同据")

    /// The characters that end division names (县, 镇 …): a bare one before a head is the document's.
    static let levelCharacters = ScalarSet("省市州县区镇乡村")
}
