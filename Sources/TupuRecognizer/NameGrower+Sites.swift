/// Rivers, bridges and roads that reports name by ordinary words (岑港河, 水港桥, 洪贺路): a name of
/// two to four characters before 河, 溪, 江, 桥 or 路 is a place where the text uses it as one, with
/// a stretch or a side after it (…城区段, …上游段, …路上, …路边), 沿 before it (沿旭水河), listed beside
/// another such site, an address's place before a road and a house number after it (宁远县建山路14号),
/// or, for a road or a bridge, a verb of building before it (新建|西环路, 改造提升|新城路).
extension NameGrower {
    func namedSites() -> [Candidate] {
        var sites: [Candidate] = []
        var ends = Set<Int>()
        for index in text.indices where Self.siteHeads.contains(text[index]) || text[index] == "街" {
            let end = index + 1
            // Chains of sites (牛头溪|水港桥|上游段) and lists (大楼桥、福禄并桥) share their contexts.
            if text[index] != "街", let start = builtRoadStart(headAt: index) ?? addressRoadStart(headAt: index) {
                sites.append(Candidate(type: .place, start: start, end: end, priority: 0))
                ends.insert(end)
                continue
            }
            // A site named by a rank alone (重点|河道) is a kind.
            guard let start = siteStart(headAt: index, after: ends) ?? oneCharacterRiverStart(headAt: index),
                  !countsStretches(from: end), !Lexicon.rankModifiers.contains(WordKey(text, start, index - start)) else { continue }
            // A street written right after its city or place (石家庄|民族路, 郑州|德化街) is one, and so is one
            // listed right after another site (礼政路、|礼新街).
            let listedAfterSite = start > 0 && text[start - 1] == "、" && ends.contains(start - 1)
            guard isStreetAfterPlace(start: start, headAt: index) || listedAfterSite || text[index] != "街" && (isStretchOrSide(at: end) || (start > 0 && text[start - 1] == "沿")
                    || nextSiteEnd(from: end) != nil || listsSites(before: start, after: end, ends: ends) || sectionFollows(end)) else { continue }
            sites.append(Candidate(type: .place, start: start, end: end, priority: 0))
            ends.insert(end)
        }
        return sites + routeSectionEnds() + numberedRouteLines()
    }

    /// Roads numbered in the national system and written with 线: a road's kind or its letter, the
    /// number and 线 (省道238线, 国道318线, S238线, G318线), a place wherever written.
    private func numberedRouteLines() -> [Candidate] {
        var found: [Candidate] = []
        for end in 3..<max(3, text.count) where text[end] == "线" && Self.isDigit(text[end - 1]) {
            var numberStart = end - 1
            while numberStart > 0, end - numberStart < 4, Self.isDigit(text[numberStart - 1]) { numberStart -= 1 }
            if numberStart >= 2, Lexicon.roadKinds.contains(WordKey(text, numberStart - 2, 2)) {
                found.append(Candidate(type: .place, start: numberStart - 2, end: end + 1, priority: 0))
            } else if numberStart >= 1, Self.routeLetters.contains(text[numberStart - 1]),
                      numberStart == 1 || !text[numberStart - 2].properties.isAlphabetic || Self.isIdeograph(text[numberStart - 2]) {
                found.append(Candidate(type: .place, start: numberStart - 1, end: end + 1, priority: 0))
            }
        }
        return found
    }

    /// Whether stretches are counted from `index` (中断路|段12处): the word before them is of a kind, no site.
    private func countsStretches(from index: Int) -> Bool {
        guard index + 2 < text.count, text[index] == "段", Self.isDigit(text[index + 1]) else { return false }
        var after = index + 1
        while after < text.count, Self.isDigit(text[after]) { after += 1 }
        return after < text.count && Self.stretchClassifiers.contains(text[after])
    }

    static let stretchClassifiers = ScalarSet("处个条")

    /// The letters of the national road system's kinds (G 国道, S 省道, X 县道, Y 乡道).
    static let routeLetters = ScalarSet("GSXYgsxy")

    /// Where a road begins that an address writes after its place and before a house number
    /// (宁远县|建山路|14号, 舜陵街道|冷水路|6-8号): two to four characters that are no common word.
    private func addressRoadStart(headAt index: Int) -> Int? {
        guard text[index] == "路", isHouseNumber(after: index + 1) else { return nil }
        return (2...4).first { length in
            let start = index - length
            return start > 0 && placeStarts[start] != nil && !words.contains(text, start, length + 1)
                && text[start..<index].allSatisfy { Self.isIdeograph($0) && !Lexicon.stopCharacters.contains($0) }
        }.map { index - $0 }
    }

    /// Whether a house number begins at `index` (14号, 6-8号).
    private func isHouseNumber(after index: Int) -> Bool {
        var end = index
        while end < text.count, end - index < 8, Self.isDigit(text[end]) || text[end] == "-" { end += 1 }
        return end > index && end < text.count && text[end] == "号"
    }

    /// The two ends of a section that a bracket after a name gives (…清淤工程(香草河—南二环段),
    /// 将军大道(龙山电厂-状元街段)): each end is a place of its own.
    private func routeSectionEnds() -> [Candidate] {
        var ends: [Candidate] = []
        for open in text.indices where (text[open] == "(" || text[open] == "（") && open > 0 && Self.isNameCharacter(text[open - 1]) {
            guard let close = (open + 1..<min(text.count, open + 20)).first(where: { text[$0] == ")" || text[$0] == "）" }),
                  let parts = sectionEnds(open: open, close: close) else { continue }
            ends += parts.map { Candidate(type: .place, start: $0.lowerBound, end: $0.upperBound, priority: 0) }
        }
        return ends
    }

    /// The two ends of the section a bracket from `open` to `close` gives, or nil: two names joined
    /// by a dash, the bracket ending in 段 (…(香草河—南二环段)) or standing right after a road's head
    /// (二中北路(平安街-龙井大街)).
    func sectionEnds(open: Int, close: Int) -> [Range<Int>]? {
        guard close > open + 1, text[close - 1] == "段" || (open > 0 && Self.roadHeadCharacters.contains(text[open - 1])),
              let dash = (open + 1..<close - 1).first(where: { Self.sectionDashes.contains(text[$0]) }) else { return nil }
        let parts = [(open + 1)..<dash, (dash + 1)..<(text[close - 1] == "段" ? close - 1 : close)]
        return parts.allSatisfy({ (2...8).contains($0.count) && text[$0].allSatisfy(Self.isNameCharacter) }) ? parts : nil
    }

    /// Whether a bracket giving a section of the road ending at `end` follows it (泠江路|(印山街-九嶷大道段)).
    private func sectionFollows(_ end: Int) -> Bool {
        guard end < text.count, text[end] == "(" || text[end] == "（",
              let close = text[end..<min(text.count, end + 20)].firstIndex(where: { $0 == ")" || $0 == "）" }) else { return false }
        return sectionEnds(open: end, close: close) != nil
    }

    /// Whether the dash at `index` joins the two ends of a section in a bracket (…路(平安街-龙井大街)).
    func isInsideSection(dashAt index: Int) -> Bool {
        guard let open = text[max(0, index - 9)..<index].lastIndex(where: { $0 == "(" || $0 == "（" }),
              let close = text[index..<min(text.count, index + 11)].firstIndex(where: { $0 == ")" || $0 == "）" }) else { return false }
        return sectionEnds(open: open, close: close) != nil
    }

    /// The last characters of roads' names (…北路, …大街, …大道), after which a bracket of two ends is a section.
    static let roadHeadCharacters = ScalarSet("路街道")
    /// The heads of streets a city's name may stand before (石家庄|民族路, 郑州|德化街).
    static let streetCharacters = ScalarSet("路街")

    /// Where a site's name ending in the head at `index` begins: two to four name characters after a
    /// boundary (punctuation, a function character, a verb, a place, another site), none of them a
    /// function character or the end of a verb, and no common word ending with the head (公路, 河道). A road's name is no
    /// common word either (致富|路上, 幸福|路上 are ways of speaking), unless the city or place it lies in is written right
    /// before it and no 上 after it (石家庄|民族路, 郑州|文化路).
    private func siteStart(headAt index: Int, after siteEnds: Set<Int>) -> Int? {
        let ringRoad = index >= 2 && text[index] == "路" && text[index - 1] == "环" && Self.ringRoadSides.contains(text[index - 2])
        for length in stride(from: 4, through: 2, by: -1) where index - length >= 0 {
            let start = index - length
            let placedStreet = isStreetAfterPlace(start: start, headAt: index)
            // A site's name begins after the city or place written before it (郑州|德化街), not inside it; so does a river's
            // or a bridge's after a division written in full (宁远县|舜河, 文县|白水江).
            if ((start + 1)..<index).contains(where: { placeStarts[$0] != nil && placeCover[$0] == 0
                && (Self.streetCharacters.contains(text[index]) || Recognizer.divisionLevelCharacters.contains(text[$0 - 1]) || Recognizer.townshipCharacters.contains(text[$0 - 1])) }) { continue }
            guard text[start] != "沿", text[start..<index].allSatisfy({ Self.isIdeograph($0) && !Lexicon.stopCharacters.contains($0) }),
                  ringRoad || !(1...min(3, length)).contains(where: { words.contains(text, index - $0, $0 + 1) }),
                  // nor two common words (共同富裕|赶考|路上 is a figure of speech).
                  text[index] != "路" || placedStreet || !(words.contains(text, start, length) || (length == 4 && words.contains(text, start, 2) && words.contains(text, start + 2, 2))),
                  !((start + 1)..<index).contains(where: { marks[$0] & Mark.boundaryEnd != 0 || verbEnds(at: $0) }),
                  isSiteBoundary(before: start, siteEnds: siteEnds) else { continue }
            return start
        }
        return nil
    }

    /// Whether a street is written from `start` right after its city or place (石家庄|民族路, 郑州|德化街): its
    /// name may be a common word, but not a verb's (宁远县|改造|…路), no word runs across the place's end (湖南省|委会…),
    /// the head begins no word (…街道, …路线) and no 上 follows (…路上, a way of speaking).
    func isStreetAfterPlace(start: Int, headAt index: Int) -> Bool {
        Self.streetCharacters.contains(text[index]) && placeStarts[start] != nil && placeCover[start] == 0
            && !(2...3).contains(where: { start + $0 < index && (words.isVerb(text, start, $0) || Lexicon.worksVerbs.contains(WordKey(text, start, $0))) })
            && !(max(0, start - 3)..<start).contains(where: { wordStart in (2...4).contains { wordStart + $0 > start && words.contains(text, wordStart, $0) } })
            && (index + 1 >= text.count || (text[index + 1] != "上" && !words.contains(text, index, 2)))
    }

    /// Where a road or a bridge begins that a verb of building has before it, right before its name or
    /// before the place it lies in (新建|西环路, 新建高新区|健民路); one counted or measured after it is
    /// a kind of road (新建通村路|12公里), and a head that begins a word is none (便民桥|梁).
    private func builtRoadStart(headAt index: Int) -> Int? {
        guard text[index] == "路" || text[index] == "桥", index + 1 >= text.count || !isNumeral(text[index + 1]) && !words.contains(text, index, 2),
              let start = siteStart(headAt: index, after: []) else { return nil }
        // The verb ends right before the name, or before the place (宁远县) or site (高新区) the road lies in.
        var verbEnds = [placeStarts[start] ?? start]
        if placeStarts[start] == nil, marks[start] & Mark.placeHeadEnd != 0 {
            verbEnds += stride(from: start - 2, through: max(2, start - 6), by: -1)
        }
        return verbEnds.contains { $0 >= 2 && Lexicon.siteBuildingVerbs.contains(WordKey(text, $0 - 2, 2)) } ? start : nil
    }

    /// Where a river named by one character begins (就|经河|流域): with a stretch after it, a boundary
    /// before it, and no common word in its two characters (运河, 大河, 支流).
    private func oneCharacterRiverStart(headAt index: Int) -> Int? {
        guard index >= 1, text[index] != "桥", text[index] != "路", Self.isIdeograph(text[index - 1]),
              !Self.kindsOfRiver.contains(text[index - 1]),
              !Lexicon.stopCharacters.contains(text[index - 1]), !words.contains(text, index - 1, 2),
              (1...3).contains(where: { index + 1 + $0 <= text.count && Self.stretches.contains(WordKey(text, index + 1, $0)) }),
              isSiteBoundary(before: index - 1, siteEnds: []) else { return nil }
        return index - 1
    }

    private func isSiteBoundary(before start: Int, siteEnds: Set<Int>) -> Bool {
        guard start > 0 else { return true }
        let previous = text[start - 1]
        // A place ends there, and no longer one runs on past it (宁远|县九嶷河: 宁远县 does).
        return !Self.isNameCharacter(previous) || Lexicon.stopCharacters.contains(previous) || previous == "沿" || (placeStarts[start] != nil && placeCover[start] == 0)
            || siteEnds.contains(start) || marks[start] & (Mark.boundaryEnd | Mark.placeHeadEnd) != 0 || verbEnds(at: start)
            || (start >= 2 && WordKey(text, start - 2, 2) == Self.amongWord)
    }

    /// Whether a stretch or a side of a site follows at `index` (…上游段, …城区段, …路上, …两岸).
    private func isStretchOrSide(at index: Int) -> Bool {
        guard index < text.count else { return false }
        if (1...3).contains(where: { index + $0 <= text.count && Self.stretches.contains(WordKey(text, index, $0)) }) { return true }
        // One character of side, unless it begins a word (路|边界, 桥|上面 still counts: 上面 is a side).
        return Self.sides.contains(text[index]) && !(words.contains(text, index, 2) && !words.isLocative(text, index, 2))
    }

    /// The end of a site right after `index` (牛头溪|水港桥), found without its own context.
    private func nextSiteEnd(from index: Int) -> Int? {
        for length in 2...4 where index + length < text.count && Self.siteHeads.contains(text[index + length]) {
            if siteStart(headAt: index + length, after: [index]) == index, isStretchOrSide(at: index + length + 1) { return index + length + 1 }
        }
        return nil
    }

    /// Whether the site `start..<end` stands in a list of sites: another one ends right before its
    /// comma, or one follows its comma.
    private func listsSites(before start: Int, after end: Int, ends: Set<Int>) -> Bool {
        if start > 0, text[start - 1] == "、", ends.contains(start - 1) { return true }
        // A street or site named by its head ends right before the joining character (中央大街和|农林路), or
        // a site found so (白龙江、白水江及|犀牛江).
        if start > 1, Self.siteJoiners.contains(text[start - 1]), marks[start - 1] & Mark.placeHeadEnd != 0 || ends.contains(start - 1) { return true }
        guard end < text.count, text[end] == "、" else { return false }
        for length in 2...4 where end + 1 + length < text.count && Self.siteHeads.contains(text[end + 1 + length]) {
            if siteStart(headAt: end + 1 + length, after: [end + 1]) == end + 1 { return true }
        }
        return false
    }

    /// Whether a great river's name at `start..<end` names the river: not a division's beginning (海河|镇,
    /// 汉江|村), nor a longer river's or a lake's (澧水|河, 东江|湖), nor a person's in a list of people (马超、黄河、刘冠群),
    /// where the items beside it hold no feature's end, nor a listed person's given name after a surname (周丽、毛|长江).
    func standsAsRiver(start: Int, end: Int) -> Bool {
        if end < text.count, Self.levelCharacters.contains(text[end]) || Self.riverHeads.contains(text[end]) { return false }
        // Before 联运 it is a mode of carriage (海河联运: by sea and river), no river.
        if end + 2 <= text.count, WordKey(text, end, 2) == Self.jointCarriageWord { return false }
        if start >= 2, CreditedSources.commonSurnames.contains(text[start - 1]),
           text[start - 2] == "、" || (end < text.count && text[end] == "、") { return false }
        if isStretchOrSide(at: end) { return true }
        let listedBefore = start >= 2 && text[start - 1] == "、", listedAfter = end + 1 < text.count && text[end] == "、"
        guard listedBefore || listedAfter else { return true }
        if listedBefore, Self.featureEnds.contains(text[start - 2]) { return true }
        return listedAfter && (end + 2..<min(text.count, end + 5)).contains { Self.featureEnds.contains(text[$0]) }
    }

    /// Whether the road `start..<end` is written as where things are, as ANNOTATION.md's places are:
    /// after a verb of lying beside or along it in its clause (毗邻106国道和|大广高速公路, 位于…南三大桥), or
    /// before the sides or stretch of it or of the roads listed with it (关兴公路|、沪昆高速公路等全县高速沿线),
    /// or its passing through (…高速公路|、厦蓉高速公路过境),
    /// or right before a side of its own (…大桥|前).
    func isRoadAsLocation(start: Int, end: Int) -> Bool {
        if end < text.count, Self.sitesSides.contains(text[end]) { return true }
        var after = end
        while after + 2 <= min(text.count, end + 14), !Self.clauseBreaks.contains(text[after]) {
            if Self.roadSides.contains(WordKey(text, after, 2)) { return true }
            after += 1
        }
        var before = start
        while before >= 2, before > start - 12, !Self.clauseBreaks.contains(text[before - 1]) {
            if Self.besideVerbs.contains(WordKey(text, before - 2, 2)) { return true }
            before -= 1
        }
        return false
    }

    static let clauseBreaks = ScalarSet("，,。；;：:！!？?\n")
    static let roadSides = PhraseSet(["沿线", "两侧", "两旁", "沿途", "两边", "过境", "穿境"].map { WordKey($0.unicodeScalars)! })
    static let besideVerbs = PhraseSet(["毗邻", "紧邻", "邻近", "靠近", "途经", "途径", "经过", "沿着", "紧靠", "临近", "位于"].map { WordKey($0.unicodeScalars)! })

    /// What makes a great river's name the start of another water's (澧水|河, 东江|湖).
    static let riverHeads = ScalarSet("河江湖")
    /// 联运, carriage joined across modes (海河联运, 铁水联运).
    static let jointCarriageWord = WordKey("联运".unicodeScalars)!
    /// What joins the two ends of a section in a bracket (香草河—南二环段).
    static let sectionDashes = ScalarSet("—–-－~～至到")
    /// What names a ring road before 环路 (西环路, 二环路): with it, the common word is a road's name.
    static let ringRoadSides = ScalarSet("东西南北内外一二三四")
    static let siteJoiners = ScalarSet("、和及与")
    static let featureEnds = ScalarSet("河江湖水池淀海山")
    static let siteHeads = ScalarSet("河溪江桥路")
    /// What makes a river a kind before 河 or 江 (大河, 内河, 界河), or all or each of them (全河段, 各河段).
    static let kindsOfRiver = ScalarSet("大小内外界主支干一全各")
    static let sides = ScalarSet("上边旁畔")
    /// The sides of a site written right after it (立交桥下, 广场前, 工业园内): the site's name ends before them.
    static let sitesSides = ScalarSet("上下边旁畔前后内")
    static let stretches = PhraseSet(["段", "上游", "下游", "流域", "沿岸", "两岸", "沿线", "两侧", "干流", "支流", "城区段", "上游段", "下游段", "源头", "河道"]
        .map { WordKey($0.unicodeScalars)! })
    static let amongWord = WordKey("其中".unicodeScalars)!
}
