/// Islands the text names by two or three characters and 岛 (南麂岛, 茫洲岛, 西瑁洲岛): no common word
/// (海岛, 小岛), begun after a boundary, with no division's name running to its 岛 (青岛, 川岛镇), and either
/// written twice or more or right after the place it lies in (三亚市的|西瑁洲岛).
extension NameGrower {
    /// Place candidates for the islands the text names.
    func namedIslands() -> [Candidate] {
        var found: [Candidate] = []
        for index in text.indices where text[index] == "岛" && index >= 2 {
            for length in [3, 2] where index - length >= 0 {
                let start = index - length
                guard let island = islandName(start: start, end: index + 1) else { continue }
                found.append(island)
                break
            }
        }
        return found
    }

    /// The island `start..<end` (its 岛 at `end - 1`), or nil where the characters are no island's name.
    private func islandName(start: Int, end: Int) -> Candidate? {
        let body = start..<(end - 1)
        guard body.allSatisfy({ Self.isIdeograph(text[$0]) && !Lexicon.stopCharacters.contains(text[$0]) && !Lexicon.numerals.contains(text[$0]) }),
              placeCover[start] == 0, !(start + 1..<end).contains(where: { placeCover[$0] != 0 || placeStarts[$0] != nil }),
              // No division's name runs to 岛 or past it (青岛, 川岛镇); one before it may name the island (东海|岛).
              !divisionForms.contains(where: { $0.start < end && $0.end >= end }),
              !words.contains(text, start, end - start), !words.contains(text, end - 2, 2),
              // The body is no common word, though a place's name may be one (东海|岛).
              !words.contains(text, start, body.count) || words.tag(of: String(scalars: text[body])) == "ns",
              !(body.count == 3 && words.contains(text, start, 2)),
              end >= text.count || !words.contains(text, end - 1, 2) || text[end] == "上",
              start == 0 || !Self.isNameCharacter(text[start - 1]) || Lexicon.stopCharacters.contains(text[start - 1])
                || placeStarts[start] != nil || marks[start] & Mark.boundaryEnd != 0 || verbEnds(at: start) else { return nil }
        let placedBefore = placeStarts[start] != nil || (start >= 1 && text[start - 1] == "的" && placeStarts[start - 1] != nil)
        guard placedBefore || isWrittenAgain(start: start, end: end) else { return nil }
        return Candidate(type: .place, start: start, end: end, priority: 0)
    }

    /// Whether the name at `start..<end` is written somewhere else in the text too.
    private func isWrittenAgain(start: Int, end: Int) -> Bool {
        let name = Array(text[start..<end])
        guard let first = Recognizer.firstIndex(of: name, in: text, from: 0) else { return false }
        return first != start || Recognizer.firstIndex(of: name, in: text, from: end) != nil
    }
}
