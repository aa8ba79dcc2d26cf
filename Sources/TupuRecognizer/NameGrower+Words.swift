/// The common words of the word list that a name's left boundary reads: a function character
/// that begins a word of the name (同心 of 同心大道), or stands inside a noun running into it
/// (共同体 of 中华民族共同体意识体验馆), is no boundary.
extension NameGrower {
    /// Whether a common word that is no conjunction, preposition or pronoun starts at `index` and
    /// ends inside the name, at or before `end` (同心 of 同心大道, 更新 of …更新改造; not 以此, 这个), and no
    /// modifier of names or place runs out of it (see `isReadApart`).
    func startsWordInName(at index: Int, end: Int) -> Bool {
        guard let word = words.word(in: text, at: index, limit: end), word.end > index + 1,
              !isReadApart(index, fromWordEndingAt: word.end, nameEnd: end) else { return false }
        let tag = words.tag(in: text, at: index)
        return tag != "c" && tag != "p" && tag != "r"
    }

    /// Whether the function character at `index` stands apart from the two-character word it begins, for a
    /// modifier of names, a place the document supports (there or elsewhere) or 中国 begins right after it and
    /// runs past that word (对光|伏 is read 对|光伏, 对白|林村 is read 对|白林村, 从中|国中铁 从|中国中铁), and so
    /// does a known name (自|爱国卫生).
    func isReadApart(_ index: Int, fromWordEndingAt wordEnd: Int, nameEnd end: Int) -> Bool {
        guard wordEnd - index == 2 else { return false }
        if (placeEnds[index + 1] ?? 0) > wordEnd || (3...4).contains(where: { index + 1 + $0 <= end && placeNames.contains(WordKey(text, index + 1, $0)) })
            || (index + 3 <= end && WordKey(text, index + 1, 2) == Lexicon.chinaWord)
            // So does a name of the general lexicon begun after it (自|爱国卫生专项行动, not 自爱).
            || (marks[index + 1] & Mark.knownStart != 0 && knownNameBegins(at: index + 1, endingAfter: wordEnd)) {
            return true
        }
        // A pronoun keeps its word (该项|目 of 该项目 is read so by the walk's other checks).
        return words.tag(in: text, at: index) != "r"
            && (2...4).contains { index + 1 + $0 <= end && Lexicon.genericModifiers.contains(WordKey(text, index + 1, $0)) }
    }

    /// Whether a name of the general lexicon begins at `start` and ends after `end`.
    func knownNameBegins(at start: Int, endingAfter end: Int) -> Bool {
        ((end + 1)...min(text.count, start + Self.longestKnownNameTail)).contains { hitEnd in
            lexiconHit(endingAt: hitEnd) { hit in
                guard hit.start == start else { return false }
                if case .known = hit.payload { return true } else { return false }
            } != nil
        }
    }

    /// Whether a noun that begins one or two characters before `index` covers it and runs on past
    /// it into the name ending at `end` (共|同|体 of …民族共同体意识…).
    func nounRunsAcross(_ index: Int, end: Int) -> Bool {
        (1...2).contains { back in
            guard index - back >= 0, let word = words.word(in: text, at: index - back, limit: end), word.end > index + 1 else { return false }
            return words.tag(in: text, at: index - back)?.hasPrefix("n") == true
        }
    }

    /// Whether the function character at `index` ends a word of ownership right after a place
    /// (宁远县|国|有 of 宁远县国有投资集团), which stands inside that place's body's name.
    func endsOwnershipWordAfterPlace(at index: Int) -> Bool {
        index >= 1 && Lexicon.ownershipWords.contains(WordKey(text, index - 1, 2)) && placeStarts[index - 1] != nil
    }

    /// Whether a boundary word starts at `start` and one ends at `end` (a word between them is one).
    func isBoundaryWord(_ start: Int, _ end: Int) -> Bool {
        marks[start] & Mark.boundaryStart != 0 && marks[end] & Mark.boundaryEnd != 0
    }
}
