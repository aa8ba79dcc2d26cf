/// Counties that a report of their own names by a short form alone (把县职教园区建造成郧西的旅游画廊): a
/// county's report speaks as the county (我县, 本县) and seldom writes its full name, so a short form no
/// other division has and no word list holds counts where it stands as a word of its own twice or more.
extension DocumentContext {
    /// The counties whose unique short form stands as a word twice or more in a text that speaks as a county.
    static func countiesNamedShortInOwnReports(_ divisionHits: [(start: Int, end: Int, payload: Recognizer.DivisionForm)],
                                               in text: [Unicode.Scalar], words: WordList) -> Set<Int> {
        var counts: [Int: Int] = [:]
        for hit in divisionHits where hit.payload.isUniqueCountyForm && beginsWord(at: hit.start, in: text, words: words)
            && (hit.end == text.count || !NameGrower.isIdeograph(text[hit.end]) || Lexicon.stopCharacters.contains(text[hit.end])) {
            counts[hit.payload.division, default: 0] += 1
        }
        let repeated = counts.filter { $0.value >= 2 }.map(\.key)
        guard !repeated.isEmpty, speaksAsCounty(text) else { return [] }
        return Set(repeated)
    }

    /// Whether the text speaks as a county (我县, 本县): a report of the county's own.
    private static func speaksAsCounty(_ text: [Unicode.Scalar]) -> Bool {
        text.indices.dropLast().contains { text[$0 + 1] == "县" && selfReferences.contains(text[$0]) }
    }

    /// What a county's own report calls it with 县 (我县, 本县).
    private static let selfReferences = ScalarSet("我本")
}
