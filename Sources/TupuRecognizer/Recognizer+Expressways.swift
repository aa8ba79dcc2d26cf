/// Expressways named by the places they join (沪昆高速, 楚姚广高速, 京港澳高速): two to four characters
/// before 高速, each a province's one-character abbreviation (沪, 黔) or the first character of a
/// prefecture's or county's name, where the road is written as where things lie or pass (…高速、,
/// …高速过境, …高速沿线). The characters begin after a mark, a function character or a word (依托|楚姚广高速)
/// and begin no word themselves (依托沪昆: 依托 is a word, so 沪昆 alone joins the places) but a division's
/// short form (永新|高速 of 永新县), which keeps out the adverb's uses (经济高速发展, 保持高速增长). An
/// expressway written with 公路 is left to the road rules.
extension Recognizer {
    /// Place candidates for the expressways written by the abbreviations of their ends.
    /// `divisionForms` are where the text writes divisions' names and short forms.
    func expresswaysNamedByTheirEnds(in text: [Unicode.Scalar], divisionForms: [(start: Int, end: Int, payload: DivisionForm)]) -> [Candidate] {
        var found: [Candidate] = []
        var index = 0
        while let head = Self.firstIndex(of: Self.expresswayWord, in: text, from: index) {
            index = head + Self.expresswayWord.count
            guard endsExpresswayName(at: index, in: text), let start = expresswayNameStart(before: head, in: text, divisionForms: divisionForms) else { continue }
            found.append(Candidate(type: .place, start: start, end: index, priority: 0))
        }
        return found
    }

    /// Where the abbreviations before 高速 at `head` begin: the longest run of two to four of them that
    /// begins no word and follows a boundary, or nil.
    private func expresswayNameStart(before head: Int, in text: [Unicode.Scalar], divisionForms: [(start: Int, end: Int, payload: DivisionForm)]) -> Int? {
        for length in stride(from: 4, through: 2, by: -1) where head - length >= 0 {
            let start = head - length
            guard text[start..<head].allSatisfy(abbreviatedEnds.contains),
                  !words.contains(text, start, 2) || divisionForms.contains(where: { $0.start == start && $0.end == start + 2 }) else { continue }
            if start == 0 || !NameGrower.isIdeograph(text[start - 1]) || Lexicon.stopCharacters.contains(text[start - 1])
                || words.contains(text, start - 2, 2) || words.contains(text, start - 3, 3) { return start }
        }
        return nil
    }

    /// Whether the expressway's name ends at `end`: at a mark or a joiner, or before a word of where the
    /// road runs or what lies along it (过境, 沿线, 互通, 收费站).
    private func endsExpresswayName(at end: Int, in text: [Unicode.Scalar]) -> Bool {
        guard end < text.count, NameGrower.isIdeograph(text[end]) else { return true }
        return Self.expresswayJoiners.contains(text[end])
            || (2...3).contains { end + $0 <= text.count && Self.expresswaySurroundings.contains(WordKey(text, end, $0)) }
    }

    static let expresswayWord = Array("高速".unicodeScalars)
    static let expresswayJoiners = ScalarSet("、和与及等或上旁")
    /// Words after an expressway's name that say where it runs or what lies along it: a road's sides and passing
    /// (`NameGrower.roadSides`: 沿线, 两侧, 过境), its junctions and what it crosses; not those of its building
    /// (…高速全线通车: the works).
    static let expresswaySurroundings = NameGrower.roadSides.union(Lexicon.phrases(["穿城", "互通", "出口", "入口", "收费站", "连接线", "服务区",
                                                                                     "贯穿", "穿过", "经过", "途经", "横穿", "纵贯", "穿越", "相连", "连接"]))

    /// The characters an expressway's name abbreviates its ends by: the provinces' one-character
    /// abbreviations, a few cities' (蓉 for 成都, 穗 for 广州), and the first character of every prefecture
    /// and county of `gazetteer`.
    static func abbreviatedEnds(in gazetteer: Gazetteer) -> ScalarSet {
        var set = Lexicon.provinceAbbreviations
        Lexicon.cityAbbreviations.unicodeScalars.forEach { set.insert($0) }
        for division in gazetteer.divisions where division.level == .prefecture || division.level == .county {
            if let first = division.name.unicodeScalars.first { set.insert(first) }
        }
        return set
    }
}
