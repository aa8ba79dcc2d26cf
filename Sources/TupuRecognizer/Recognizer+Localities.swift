/// Localities the gazetteer lacks, named by a landform (西潭坳, 马家湾, 杨家岭): found where the text writes
/// them as the places something is done, with the places like them (在西潭坳等地, 在马家湾一带).
extension Recognizer {
    /// 在西潭坳等地荒山: three characters ending in a landform (坳, 湾, 岭 …) after 在, 于 or 到 and before 等地
    /// or 一带 are a locality, where they can name one (see `isLocalityName`).
    func localitiesWrittenAsSites(besides places: [Candidate], in text: [Unicode.Scalar]) -> [Candidate] {
        var found: [Candidate] = []
        // Only 等 or 一 can begin a marker: the key is made only where one stands.
        for index in 4..<max(4, text.count - 1) where text[index] == "等" || text[index] == "一" {
            guard Self.localityMarkers.contains(WordKey(text, index, 2)) else { continue }
            let start = index - 3
            guard Self.sitePrepositions.contains(text[start - 1]), isLocalityName(start, in: text, besides: places) else { continue }
            found.append(Candidate(type: .place, start: start, end: index, priority: 1))
        }
        return found + localitiesAfterTownships(places, in: text)
    }

    /// 位于杉城镇赤坑垅,: three characters ending in a landform right after a township, ending the clause or
    /// followed by a function character, are a locality of it, where they can name one.
    private func localitiesAfterTownships(_ places: [Candidate], in text: [Unicode.Scalar]) -> [Candidate] {
        var found: [Candidate] = []
        // Indexes, not copies: a candidate copied retains its division and name; the landform is looked at first.
        for index in places.indices where places[index].end + 3 <= text.count && Self.landformCharacters.contains(text[places[index].end + 2]) {
            let start = places[index].end, end = start + 3
            guard places[index].division?.level == .township,
                  end == text.count || !NameGrower.isIdeograph(text[end]) || Lexicon.stopCharacters.contains(text[end]),
                  isLocalityName(start, in: text, besides: places) else { continue }
            found.append(Candidate(type: .place, start: start, end: end, priority: 1))
        }
        return found
    }

    /// Whether the three characters at `start` can name a locality: they end in a landform, hold no function or
    /// level character, begin with no size (小山坡) and no common word, end in none (山坳), and no place found covers them.
    private func isLocalityName(_ start: Int, in text: [Unicode.Scalar], besides places: [Candidate]) -> Bool {
        let end = start + 3
        return Self.landformCharacters.contains(text[end - 1]) && Self.isBareNameBody(text[start..<end], levelsAllowed: false)
            && !Lexicon.genericModifiers.contains(WordKey(text, start, 1))
            && !words.contains(text, start, 3) && !words.contains(text, start, 2) && !words.contains(text, end - 2, 2)
            // Indexes, not copies: a candidate copied retains its division and name.
            && !places.indices.contains { places[$0].start < end && places[$0].end > start }
    }

    /// The characters a locality named by its landform ends with: a col, a bay, a slope, a flat, a ridge …
    static let landformCharacters = ScalarSet("坳湾坡坪岭沟垭峪梁峁塬洼坝冲岗垴凹垅垄")
    /// The words after such a locality that say it is one of the places something is done (等地, 一带).
    static let localityMarkers = Lexicon.phrases(["等地", "一带"])
    /// The prepositions of place before such a locality (在, 于, 到).
    static let sitePrepositions = ScalarSet("在于到")
}
