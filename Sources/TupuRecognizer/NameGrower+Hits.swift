/// What the lexicon's hits say at a position of the text: the head or word that ends or begins there.
extension NameGrower {
    /// The first head hit that ends at `end` and satisfies `condition`, or nil.
    func headHit(endingAt end: Int, where condition: ((start: Int, end: Int, payload: Recognizer.LexiconEntry)) -> Bool = { _ in true })
        -> (start: Int, end: Int, payload: Recognizer.LexiconEntry)? {
        lexiconHit(endingAt: end) { hit in
            if case .head = hit.payload { return condition(hit) }
            return false
        }
    }

    /// Whether the head of a body's name of two characters or more (中心, 学校, 工作队) begins at `index`.
    func beginsBodysHead(at index: Int) -> Bool {
        ((index + 2)...max(index + 2, min(text.count, index + 6))).contains { end in
            lexiconHit(endingAt: end) { hit in
                switch hit.payload {
                case .head(.institution), .departmentHead: hit.start == index
                default: false
                }
            } != nil
        }
    }

    /// Whether a venue (场地, 活动场所) begins at `index`.
    func beginsVenue(at index: Int) -> Bool {
        let venue = index + 2 <= text.count && WordKey(text, index, 2) == Lexicon.activityWord ? index + 2 : index
        return venue + 2 <= text.count && Lexicon.venueWords.contains(WordKey(text, venue, 2))
    }

    /// The first lexicon hit ending at `end` that meets `condition`.
    func lexiconHit(endingAt end: Int, where condition: ((start: Int, end: Int, payload: Recognizer.LexiconEntry)) -> Bool)
        -> (start: Int, end: Int, payload: Recognizer.LexiconEntry)? {
        // The hits come in order of their ends: the first ending at `end` is found by halving.
        var low = 0, high = lexiconHits.count
        while low < high {
            let middle = (low + high) / 2
            if lexiconHits[middle].end < end { low = middle + 1 } else { high = middle }
        }
        return lexiconHits[low...].prefix { $0.end == end }.first(where: condition)
    }

    /// The last position from `first` through `last` where one of `heads` ends (…建设年|, …大会战|).
    func lastHeadEnd(of heads: PhraseSet, from first: Int, through last: Int) -> Int? {
        guard first <= last else { return nil }
        return stride(from: last, through: first, by: -1).first { end in
            marks[end] & Mark.headEnd != 0 && headHit(endingAt: end, where: { head($0.start, $0.end, isIn: heads) }) != nil
        }
    }

    /// What the head `headStart..<headEnd` is besides its type (a unit, a model, a campaign year …).
    func headKinds(_ headStart: Int, _ headEnd: Int) -> Lexicon.HeadKinds {
        headEnd - headStart <= 4 ? Lexicon.HeadKinds(rawValue: Lexicon.headKinds[WordKey(text, headStart, headEnd - headStart)] ?? 0) : []
    }

    /// Whether the head `headStart..<headEnd` is one of `heads` (模式 among the model heads).
    func head(_ headStart: Int, _ headEnd: Int, isIn heads: PhraseSet) -> Bool {
        headEnd - headStart <= 4 && heads.contains(WordKey(text, headStart, headEnd - headStart))
    }
}
