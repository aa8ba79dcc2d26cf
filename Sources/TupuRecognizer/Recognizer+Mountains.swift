/// Mountains the text names around a main peak (地处荆山主峰聚龙山腹地): the range written right before
/// 主峰 and the peak right after it, whatever the word list knows of them.
extension Recognizer {
    /// Place candidates for the mountain of one to three characters and 山 that ends right before 主峰,
    /// and for the one that begins right after it.
    func mountainsAroundMainPeaks(in text: [Unicode.Scalar]) -> [Candidate] {
        var found: [Candidate] = []
        var index = 0
        while let peak = Self.firstIndex(of: Self.mainPeakWord, in: text, from: index) {
            index = peak + Self.mainPeakWord.count
            if peak >= 2, text[peak - 1] == "山", let start = Self.mountainStart(endingAt: peak, in: text) {
                found.append(Candidate(type: .place, start: start, end: peak, priority: 0))
            }
            if index + 2 <= text.count, let end = (index + 2...min(text.count, index + 4)).first(where: { text[$0 - 1] == "山" }),
               text[index..<end].allSatisfy({ NameGrower.isIdeograph($0) && !Lexicon.stopCharacters.contains($0) }) {
                found.append(Candidate(type: .place, start: index, end: end, priority: 0))
            }
        }
        return found
    }

    /// Where a mountain's name of two to four characters ending at `end` (with its 山) begins: after a
    /// function character, a verb of lying (地处|荆山) or a mark, or nil where no such boundary is near.
    private static func mountainStart(endingAt end: Int, in text: [Unicode.Scalar]) -> Int? {
        for start in stride(from: end - 2, through: max(0, end - 4), by: -1) {
            let before = start == 0 ? nil : text[start - 1]
            guard text[start..<end].allSatisfy({ NameGrower.isIdeograph($0) && !Lexicon.stopCharacters.contains($0) }) else { return nil }
            if before == nil || !NameGrower.isIdeograph(before!) || Lexicon.stopCharacters.contains(before!)
                || (start >= 2 && Self.lyingVerbs.contains(WordKey(text, start - 2, 2))) { return start }
        }
        return nil
    }

    static let mainPeakWord = Array("主峰".unicodeScalars)
    /// Verbs of where a place lies (地处, 位于): a mountain's name begins after them.
    static let lyingVerbs = Lexicon.phrases(["地处", "位于", "地跨", "横跨", "坐落"])
}
