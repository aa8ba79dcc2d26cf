/// Lists whose bodies and sites are classes, not named things: the bodies of every division of a
/// level (各市发展改革委、科技局…), and the kinds of facility one place unites (集老人院、文化中心、
/// 村委会、村医疗服务站…为一体) or one works builds (建设内容包括图书馆、学生活动中心…); and the kind
/// such a whole is said to be (集…为一体的艾草产业园区).
extension Recognizer {
    /// Removes from `candidates` the bodies named in such lists without a place of their own, the
    /// sites of no division listed as kinds of facility, and the whole's kind where it names no place.
    static func removeClasses(from candidates: inout [Candidate], places: [Candidate], in text: [Unicode.Scalar]) {
        let everyDivisionsLists = everyDivisionsLists(in: text), unitedLists = listsOfOneWhole(in: text)
        let wholes = unitedLists + listsOfBuiltParts(in: text)
        guard !everyDivisionsLists.isEmpty || !wholes.isEmpty else { return }
        let placeStarts = Set(places.map(\.start))
        // The kind is written right after the list's 为一体的 or 于一体的.
        let kindStarts = Set(unitedLists.compactMap { list in
            list.upperBound + 4 <= text.count && text[list.upperBound + 3] == "的" ? list.upperBound + 4 : nil
        })
        candidates.removeAll { candidate in
            candidate.type == .institution && !placeStarts.contains(candidate.start)
                && everyDivisionsLists.contains { $0.contains(candidate.start) }
                || (candidate.type == .institution || candidate.type == .place) && candidate.division == nil
                && wholes.contains { $0.contains(candidate.start) }
                || kindStarts.contains(candidate.start) && !places.contains { (candidate.start..<candidate.end).contains($0.start) }
        }
    }

    /// The lists that address the bodies of every division of a level (各市发展改革委、科技局…：,
    /// 各县(区)农业产业化办公室): from 各 and the level to the end of the clause. A body named there
    /// without a place of its own is a class, one in each division.
    static func everyDivisionsLists(in text: [Unicode.Scalar]) -> [Range<Int>] {
        var lists: [Range<Int>] = []
        var index = 0
        while index + 1 < text.count {
            guard text[index] == "各", Self.everyDivisionLevels.contains(text[index + 1]) else { index += 1; continue }
            var end = index + 2
            while end < text.count, end - index < 160, !Self.clauseEnds.contains(text[end]) { end += 1 }
            lists.append(index..<end)
            index = end
        }
        return lists
    }

    static let everyDivisionLevels = ScalarSet("市县区州旗")
    static let clauseEnds = ScalarSet("。：:；;\n，,")

    /// The lists of what one place unites (集A、B、C等为一体, 集A、B于一身): from after 集 to 为一体,
    /// 于一体 or 于一身, within one sentence.
    static func listsOfOneWhole(in text: [Unicode.Scalar]) -> [Range<Int>] {
        var lists: [Range<Int>] = []
        var index = 0
        while index + 4 < text.count {
            guard text[index] == "集", index == 0 || !Self.gatheringWordEnds.contains(text[index - 1]) else { index += 1; continue }
            var end = index + 1
            while end + 3 <= text.count, end - index < 80, !Lexicon.sentenceEnds.contains(text[end]), !Self.unitingEnds.contains(WordKey(text, end, 3)) { end += 1 }
            if end + 3 <= text.count, Self.unitingEnds.contains(WordKey(text, end, 3)) { lists.append((index + 1)..<end) }
            index = end
        }
        return lists
    }

    /// The lists of what a works builds (建设内容包括A、B、C): from after 建设内容 to the end of the sentence.
    static func listsOfBuiltParts(in text: [Unicode.Scalar]) -> [Range<Int>] {
        var lists: [Range<Int>] = []
        var index = 0
        while index + 4 <= text.count {
            guard text[index] == "建", WordKey(text, index, 4) == Self.builtContentsWord else { index += 1; continue }
            var end = index + 4
            while end < text.count, end - index < 160, !Lexicon.sentenceEnds.contains(text[end]) { end += 1 }
            lists.append((index + 4)..<end)
            index = end
        }
        return lists
    }

    static let builtContentsWord = WordKey("建设内容".unicodeScalars)!

    static let unitingEnds = PhraseSet(["为一体", "于一体", "于一身"].map { WordKey($0.unicodeScalars)! })
    /// Characters that make 集 part of another word before it (聚集, 采集, 收集, 密集, 汇集, 召集).
    static let gatheringWordEnds = ScalarSet("聚采收密汇召市募")
}
