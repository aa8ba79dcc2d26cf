/// Common Chinese words with their part of speech (from jieba's dictionary, by
/// scripts/derive-words.py): where words begin and end, so that names do not begin or end
/// inside one, and which words are verbs and function words that a name starts after.
public struct WordList: Sendable {
    private let tags: [String: Substring]

    /// Tags of words a name starts after: verbs, prepositions, conjunctions, adverbs, pronouns,
    /// particles, time words. (Numerals are not among them: 四家池 and 第二污水处理厂 are names.)
    static let leadingTags: Set<Substring> = ["v", "p", "c", "d", "r", "u", "t", "ad", "vd"]

    /// The word list shipped with the package.
    public static let shared = WordList(tsv: PackageResource.text(of: "words.tsv"))

    /// Reads `word <TAB> tag` lines; `#` lines are comments.
    public init(tsv text: String) {
        var tags: [String: Substring] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            guard let tab = line.firstIndex(of: "\t") else { continue }
            tags[String(line[..<tab])] = line[line.index(after: tab)...]
        }
        self.tags = tags
    }

    /// The part-of-speech tag of `word`, or nil when it is not a common word.
    public func tag(of word: String) -> Substring? { tags[word] }

    /// The longest common word that starts at `index` and ends by `limit`, as its end.
    func wordEnd(in text: [Unicode.Scalar], at index: Int, limit: Int) -> (end: Int, tag: Substring)? {
        for length in stride(from: 4, through: 2, by: -1) where index + length <= min(limit, text.count) {
            if let tag = tags[String(String.UnicodeScalarView(text[index..<index + length]))] { return (index + length, tag) }
        }
        return nil
    }

    /// Whether a common word that starts after `earliest` runs across `boundary` (动态 across
    /// the end of 行动 in 实行动态; 党委书记, which starts with the head, does not count, nor a
    /// word that would end in a function character, as 目的 in 项目的).
    func splits(_ text: [Unicode.Scalar], at boundary: Int, startingAfter earliest: Int) -> Bool {
        guard boundary > 0 && boundary < text.count, !Lexicon.stopCharacters.contains(text[boundary]) else { return false }
        for start in max(earliest + 1, boundary - 3)..<boundary {
            for length in 2...4 where start + length > boundary && start + length <= text.count {
                if tags[String(String.UnicodeScalarView(text[start..<start + length]))] != nil { return true }
            }
        }
        return false
    }
}
