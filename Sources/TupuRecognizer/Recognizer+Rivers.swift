/// Rivers the text names by the works, parks and rafting runs on them (岚河岚县段河道治理工程, 豉湖河中小河流综合整治项目,
/// 大英县郪江湿地公园, 马岭河漂流), by their division and the work done on them (湾井镇余马河系统治理, 宁远县冷水河流域), or by
/// a section named by a village on them (高堤河畈上村段):
/// the river, after the divisions it is written with, is a place wherever the text writes it on its own
/// (确保岚河出境…, 位于郪江左岸).
extension Recognizer {
    /// Place candidates for the mentions of the rivers that begin the names of works and parks among
    /// `candidates`, or that follow a division among them and precede a word of river works.
    func riversNamedByWorks(in candidates: [Candidate], text: [Unicode.Scalar]) -> [Candidate] {
        let divisionEnds = PositionMap(count: text.count, longestSpans: candidates.lazy.filter { $0.division != nil }.map { ($0.start, $0.end) })
        var rivers = Set<[Unicode.Scalar]>()
        // Indexes, not copies: a candidate copied retains its division and name.
        for index in candidates.indices {
            let namedStart = candidates[index].start, namedEnd = candidates[index].end, type = candidates[index].type
            guard candidates[index].name == nil, type == .project || (type == .place && candidates[index].division == nil
                && Self.isRiverSite(text[namedStart..<namedEnd])) else { continue }
            var start = namedStart
            while let end = divisionEnds[start], end < namedEnd { start = end }
            guard let end = riverEnd(from: start, before: namedEnd, in: text) else { continue }
            rivers.insert(Array(text[start..<end]))
        }
        for index in candidates.indices where candidates[index].division != nil && divisionEnds[candidates[index].end] == nil {
            let divisionEnd = candidates[index].end
            guard let end = riverEnd(after: divisionEnd, in: text) else { continue }
            rivers.insert(Array(text[divisionEnd..<end]))
        }
        // A river's section named by a village on it (高堤河|畈上村|段) names the river.
        for index in candidates.indices where candidates[index].division?.level == .village {
            let villageStart = candidates[index].start, villageEnd = candidates[index].end
            guard villageEnd < text.count, text[villageEnd] == "段",
                  let start = (2...4).reversed().first(where: { villageStart - $0 >= 0 && riverEnd(from: villageStart - $0, before: villageEnd, in: text) == villageStart })
            else { continue }
            rivers.insert(Array(text[(villageStart - start)..<villageStart]))
        }
        guard !rivers.isEmpty else { return [] }
        let divisionsEnding = PositionSet(count: text.count, divisionEnds.entries.lazy.map(\.value))
        var found: [Candidate] = []
        for river in rivers {
            var index = 0
            while let start = Self.firstIndex(of: river, in: text, from: index) {
                let end = start + river.count
                index = end
                guard start == 0 || !NameGrower.isIdeograph(text[start - 1]) || Lexicon.stopCharacters.contains(text[start - 1]) || divisionsEnding.contains(start)
                        || words.hasWord(in: text, endingAt: start, startingBefore: start - 1),
                      !words.contains(text, end - 1, 2) || Self.beginsRiverWork(at: end, in: text) else { continue }
                found.append(Candidate(type: .place, start: start, end: end, priority: 0))
            }
        }
        return found
    }

    /// The end of a river's name of two to four characters (…河, …江, …溪) that begins `start..<limit`,
    /// where its last character begins no common word (生态河|道, 中小河|流) and the name is no common word.
    private func riverEnd(from start: Int, before limit: Int, in text: [Unicode.Scalar]) -> Int? {
        for last in (start + 1)..<max(start + 1, min(start + 4, limit - 1)) where Self.riverCharacters.contains(text[last]) {
            guard Recognizer.isBareNameBody(text[start..<last], levelsAllowed: false), !words.contains(text, last, 2),
                  !words.contains(text, start, last + 1 - start),
                  // One character of a river's kind (内|河, 大|河) names no river.
                  !(last - start == 1 && NameGrower.kindsOfRiver.contains(text[start])) else { return nil }
            return last + 1
        }
        return nil
    }

    /// The end of a river's name of three or four characters right after a division, which a word of
    /// river works follows (余马河|系统治理, 冷水河|流域: that word, not the common words across it, ends it).
    private func riverEnd(after start: Int, in text: [Unicode.Scalar]) -> Int? {
        for last in (start + 2)...(start + 3) where last < text.count && Self.riverCharacters.contains(text[last]) {
            guard Recognizer.isBareNameBody(text[start..<last], levelsAllowed: false), !words.contains(text, start, last + 1 - start),
                  !words.contains(text, start, last - start), Self.beginsRiverWork(at: last + 1, in: text),
                  // A great river ends no longer name (地处|长江|下游): what stands before it is no river's.
                  !(1...2).contains(where: { last - $0 > start && Lexicon.majorRiverSet.contains(String(scalars: text[(last - $0)...last])) }) else { return nil }
            return last + 1
        }
        return nil
    }

    static func beginsRiverWork(at index: Int, in text: [Unicode.Scalar]) -> Bool {
        (2...4).contains { index + $0 <= text.count && riverWorkWords.contains(WordKey(text, index, $0)) }
    }

    static let riverCharacters = ScalarSet("河江溪")

    /// Words of the work done on a river and its basin, which follow its name (…河|系统治理, …河|流域).
    static let riverWorkWords = Lexicon.phrases(["治理", "整治", "综合治理", "系统治理", "流域", "河道", "清淤", "沿岸", "两岸", "上游", "下游", "水质", "水环境", "生态修复"])

    /// Whether a site is of a kind named after rivers: a wetland, a park or a reach (…湿地公园, …段).
    private static func isRiverSite(_ name: ArraySlice<Unicode.Scalar>) -> Bool {
        name.last == "段" || zip(name, name.dropFirst()).contains { pair in
            (pair.0 == "湿" && pair.1 == "地") || (pair.0 == "公" && pair.1 == "园") || (pair.0 == "漂" && pair.1 == "流")
        }
    }

    /// Where `pattern` first occurs in `text` at or after `start`, or nil.
    static func firstIndex(of pattern: [Unicode.Scalar], in text: [Unicode.Scalar], from start: Int) -> Int? {
        guard let first = pattern.first, pattern.count <= text.count else { return nil }
        var index = start
        while index + pattern.count <= text.count {
            if text[index] == first, text[index..<(index + pattern.count)].elementsEqual(pattern) { return index }
            index += 1
        }
        return nil
    }
}
