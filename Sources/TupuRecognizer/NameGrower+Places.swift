/// Places inside the names the grower reads: where a level character ends a place, where a site's
/// head stands inside one, where a village's name begins after a head, and where a division's name
/// runs past a common word it begins with.
extension NameGrower {
    /// Whether a site's head ending at `end` stands inside a place's name (陶寺|乡, 二郎庙|村): it ends
    /// no site, and marks no site's end for the names around it.
    func endsInsidePlace(_ end: Int) -> Bool { placeCover[end] > end }

    /// Whether a site's head of one character begins a village's name the gazetteer may lack
    /// (筏头乡|庙前村, 寺后村): one or two characters and 村 follow it.
    func beginsVillageName(headStart: Int, headEnd: Int) -> Bool {
        headEnd - headStart == 1 && (1...2).contains { length in
            headEnd + length < text.count && text[headEnd + length] == "村"
                && text[headEnd..<(headEnd + length)].allSatisfy { Self.isIdeograph($0) && !Lexicon.stopCharacters.contains($0) }
        }
    }

    /// Whether a division whose name begins with a common word begins at `index` and runs past the
    /// word's `end`, the word being the division's name: a county or above (开封市 past the verb 开封,
    /// not 比如镇 past the conjunction 比如), or a township past a verb (擂鼓镇 past 擂鼓).
    func divisionNameRunsPast(at index: Int, past end: Int) -> Bool {
        guard let placeEnd = placeEnds[index], placeEnd > end else { return false }
        return Self.bodyLevelCharacters.contains(text[placeEnd - 1])
            || townshipEnds.contains(placeEnd) && words.isVerb(text, index, end - index)
    }

    /// Whether a level character (县, 村 …) ends at `index` that is not the end of a common word (农村, 城市).
    func endsPlace(at index: Int) -> Bool {
        Self.levelCharacters.contains(text[index - 1]) && !words.hasWord(in: text, endingAt: index, startingBefore: index - 1)
    }
}
