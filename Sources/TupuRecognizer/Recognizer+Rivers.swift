/// Rivers the text names by the works on them (岚河岚县段河道治理工程, 豉湖河中小河流综合整治项目): the
/// river that begins a works' name is a place wherever the text writes it on its own (确保岚河出境…).
extension Recognizer {
    /// Place candidates for the other mentions of the rivers that begin the names of works among `candidates`.
    func riversNamedByWorks(in candidates: [Candidate], text: [Unicode.Scalar]) -> [Candidate] {
        var rivers = Set<[Unicode.Scalar]>()
        for works in candidates where works.type == .project && works.name == nil {
            guard let end = riverEnd(from: works.start, before: works.end, in: text) else { continue }
            rivers.insert(Array(text[works.start..<end]))
        }
        guard !rivers.isEmpty else { return [] }
        var found: [Candidate] = []
        for river in rivers {
            var index = 0
            while let start = Self.firstIndex(of: river, in: text, from: index) {
                let end = start + river.count
                index = end
                guard start == 0 || !NameGrower.isIdeograph(text[start - 1]) || Lexicon.stopCharacters.contains(text[start - 1])
                        || words.hasWord(in: text, endingAt: start, startingBefore: start - 1),
                      !words.contains(text, end - 1, 2) else { continue }
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
                  !words.contains(text, start, last + 1 - start) else { return nil }
            return last + 1
        }
        return nil
    }

    static let riverCharacters = ScalarSet("河江溪")

    private static func firstIndex(of pattern: [Unicode.Scalar], in text: [Unicode.Scalar], from start: Int) -> Int? {
        guard let first = pattern.first, pattern.count <= text.count else { return nil }
        var index = start
        while index + pattern.count <= text.count {
            if text[index] == first, text[index..<(index + pattern.count)].elementsEqual(pattern) { return index }
            index += 1
        }
        return nil
    }
}
