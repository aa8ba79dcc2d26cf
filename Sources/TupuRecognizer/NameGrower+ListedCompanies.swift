/// Companies known by short names, listed before the class they belong to (亿纬、格林美等龙头, 甲、乙等企业):
/// each item is a company, unless the list holds a place, a common word (茶叶、中药材等龙头企业 lists what
/// the companies make) or a count.
extension NameGrower {
    /// Institution candidates for the companies listed before their class.
    func listedCompanies() -> [Candidate] {
        var found: [Candidate] = []
        for index in text.indices where text[index] == "等" && index >= 5 {
            guard companyClassFollows(index) else { continue }
            var items: [Candidate] = []
            var itemEnd = index
            var complete = false
            while let item = listedCompany(endingAt: itemEnd) {
                items.append(item)
                guard item.start > 0, text[item.start - 1] == "、" else { complete = true; break }
                itemEnd = item.start - 1
            }
            guard complete, items.count >= 2 else { continue }
            found += items
        }
        return found
    }

    /// Whether a class of companies follows the 等 at `index` (等|龙头, 等|知名企业), not the people who run
    /// them (等|企业家).
    private func companyClassFollows(_ index: Int) -> Bool {
        [4, 2].contains { length in
            let end = index + 1 + length
            return end <= text.count && Self.companyClasses.contains(WordKey(text, index + 1, length)) && !(end < text.count && text[end] == "家")
        }
    }

    /// The company of two to six name characters that ends at `end` and begins after a list separator
    /// or where a name can begin (在|亿纬), or nil where it holds a place, a count or only common words.
    private func listedCompany(endingAt end: Int) -> Candidate? {
        let start: Int
        if let separator = separator(before: end, limit: Self.longestListedCompany) {
            start = separator + 1
        } else {
            // The first item begins where a name can, short of the limit: one that reaches it is longer (…|科技集团).
            let grown = nameStart(before: end, limit: Self.longestListedCompany + 1, stopsAtVerbs: true)
            guard end - grown <= Self.longestListedCompany else { return nil }
            start = trimmedStart(grown, before: end)
        }
        guard (2...Self.longestListedCompany).contains(end - start),
              (start..<end).allSatisfy({ Self.isIdeograph(text[$0]) && !Lexicon.stopCharacters.contains(text[$0]) && !Lexicon.numerals.contains(text[$0]) }),
              !(start..<end).contains(where: { placeCover[$0] != 0 || placeStarts[$0] != nil }), !isCommonWord(start, end) else { return nil }
        return Candidate(type: .institution, start: start, end: end, priority: 2)
    }

    /// The longest short name of a listed company (格林美, 健骅纺织).
    static let longestListedCompany = 6

    /// The classes of companies a list of short names ends with (亿纬、格林美等|龙头).
    static let companyClasses = Lexicon.phrases(["龙头", "企业", "名企", "龙头企业", "知名企业", "头部企业", "链主企业", "重点企业"])
}
