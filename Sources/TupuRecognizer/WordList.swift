/// Common Chinese words with their part of speech (from jieba's dictionary, by
/// scripts/derive-words.py): where words begin and end, so that names do not begin or end
/// inside one, and which words are verbs and function words that a name starts after.
///
/// Words of two to four characters are looked up by a key packed from their scalars, so that
/// the recognizer's many look-ups build no strings.
public struct WordList: Sendable {
    private var tagOfWord = WordTable(minimumCapacity: 1 << 16)
    private var tagNames: [String] = []
    private var tagLeads: [Bool] = []
    /// The last characters of the prepositions (照 of 按照): where none ends, no preposition is looked up.
    private var prepositionEnds = ScalarSet("")

    /// Tags of words a name starts after: verbs, prepositions, conjunctions, adverbs, pronouns,
    /// particles, time words. (Numerals are not among them: 三江口 and 第二污水处理厂 are names.)
    static let leadingTags: Set<String> = ["v", "p", "c", "d", "r", "u", "t", "ad", "vd"]

    /// A word found in a text: where it ends and whether a name starts after it.
    struct Word {
        let end: Int
        let leadsName: Bool
    }

    /// The word list shipped with the package.
    public static let shared = WordList(tsv: PackageResource.text(of: "words.tsv"))

    /// Reads `word <TAB> tag` lines; `#` lines are comments; words outside two to four
    /// characters are ignored.
    public init(tsv text: String) {
        var codeOfTag: [Substring: UInt8] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            guard let tab = line.firstIndex(of: "\t"), let key = WordKey(line[..<tab].unicodeScalars),
                  !Self.namePiecesTaggedAsNouns.contains(line[..<tab]) else { continue }
            let tag = line[line.index(after: tab)...]
            let code: UInt8
            if let known = codeOfTag[tag] {
                code = known
            } else {
                code = UInt8(tagNames.count)
                codeOfTag[tag] = code
                tagNames.append(String(tag))
                tagLeads.append(Self.leadingTags.contains(String(tag)))
            }
            tagOfWord[key] = code
            if tag == "p", let last = line[..<tab].unicodeScalars.last { prepositionEnds.insert(last) }
        }
        // Words the rules read under another tag than jieba's.
        for (words, tag) in [(Self.attributiveTimeWords, "b"), (Self.timeLocatives, "t"), (Self.missingNouns, "n"), (Self.verbsTaggedOtherwise, "v")] {
            let code = codeOfTag[Substring(tag)] ?? {
                tagNames.append(tag)
                tagLeads.append(Self.leadingTags.contains(tag))
                return UInt8(tagNames.count - 1)
            }()
            for word in words { tagOfWord[WordKey(word.unicodeScalars)!] = code }
        }
    }

    /// Pieces of names that jieba lists as nouns: 家村 ends the villages named after a family
    /// (石家村, 王家村), and 集团公司 the companies of a group (甘肃建投集团公司), so neither is a word
    /// that a name would cut.
    static let namePiecesTaggedAsNouns: Set<Substring> = ["家村", "集团公司"]

    /// Nouns of public administration that jieba's list lacks, read as one word (退役军人, not the
    /// verb 退役 and 军人), or tags only as verbs (快递 of 快递服务站, 快递网点), or lacks though
    /// a name begins with them (和美 of 和美乡村篮球大赛, where 和 would end the name), or lacks though a
    /// head begins them (银行卡, no bank), or lacks as newer than its list (新时代 of 组建|新时代…, not the
    /// verb 建新; 预制菜 of 预制菜产业园, not the verb 预制; 共配, shared delivery, of 统仓共配物流中心, where 共
    /// would end the name; 再生, renewable, of 再生面料产业链项目, not the verb), or tags as names of their own (中医 of
    /// 县中医医院|中医学, not 院中), or tags only as verbs though it qualifies bodies (巡回 of 杉洋村巡回法庭, 禁毒 of 县禁毒协会),
    /// or lacks as a term of the trade (水土流失, soil erosion, of 水土流失综合治理工程, not the verb 流失; 筹建期, the
    /// preparatory phase, of …电站筹建期洞室及道路工程, not the verb 筹建).
    static let missingNounKeys = Set(missingNouns.compactMap { WordKey($0.unicodeScalars) })
    static let missingNouns = ["退役军人", "快递", "和美", "自来水", "银行卡", "新时代", "中医", "中医药", "巡回", "未成年", "未成年人", "乡贤", "新乡贤", "预制菜", "共配", "再生", "禁毒",
                               "水土流失", "筹建期"]

    /// Common verbs that jieba tags only as places' names, so that its list leaves them out (新建, also
    /// the short form of 新建区), or as nouns (会同, "together with", of 县发改局会同县财政局; 产生, "bring
    /// forth", of 大会产生|村妇联主席), or lacks though reports use them often (对标, "measure against"; 包抓
    /// and 包联, "take charge of", of 教育体育局包抓|学校), or tags as verbal nouns though they send goods
    /// somewhere (运往, 销往, of 秸秆被运往|养殖场): read as verbs, they name that place only with its
    /// support, and end what stands before a name.
    static let verbsTaggedOtherwise = ["新建", "会同", "对标", "产生", "包抓", "包联", "运往", "销往"]

    /// Locatives of time that jieba tags as locatives (f): like time words, a name begins after
    /// them (今年以来|重点项目, 最后|学校…).
    static let timeLocatives = ["以来", "以后", "以前", "之后", "之前", "期间", "最后"]

    /// Time words that jieba tags as such but that modify nouns like distinguishing words (b):
    /// 现代 of 现代农业产业园 begins the name, where 今年 of 宁远县今年… ends the subject; so do the ages of
    /// life (老年 of 县老年大学, 青年 of 青年志愿者协会).
    static let attributiveTimeWords = ["现代", "当代", "近代", "古代", "老年", "青年", "中年", "成年"]

    /// The part-of-speech tag of `word`, or nil when it is not a common word.
    public func tag(of word: String) -> String? {
        WordKey(word.unicodeScalars).flatMap { tagOfWord[$0] }.map { tagNames[Int($0)] }
    }

    /// The longest common word that starts at `index` and ends by `limit`.
    func word(in text: [Unicode.Scalar], at index: Int, limit: Int) -> Word? {
        for length in stride(from: 4, through: 2, by: -1) where index + length <= min(limit, text.count) {
            if let code = tagOfWord[WordKey(text, index, length)] { return Word(end: index + length, leadsName: tagLeads[Int(code)]) }
        }
        return nil
    }

    /// The part-of-speech tag of the longest common word that starts at `index`, or nil.
    func tag(in text: [Unicode.Scalar], at index: Int) -> String? {
        for length in stride(from: 4, through: 2, by: -1) where index + length <= text.count {
            if let code = tagOfWord[WordKey(text, index, length)] { return tagNames[Int(code)] }
        }
        return nil
    }

    /// Whether the `length` characters of `text` from `start` are a common word.
    func contains(_ text: [Unicode.Scalar], _ start: Int, _ length: Int) -> Bool {
        start >= 0 && start + length <= text.count && tagOfWord[WordKey(text, start, length)] != nil
    }

    /// Whether the `length` characters of `text` from `start` are a word of place or direction (南部, 东侧).
    func isLocative(_ text: [Unicode.Scalar], _ start: Int, _ length: Int) -> Bool { has(tag: "f", text, start, length) }

    /// Whether the `length` characters of `text` from `start` are a common preposition (对照, 按照).
    func isPreposition(_ text: [Unicode.Scalar], _ start: Int, _ length: Int) -> Bool {
        start + length > 0 && start + length <= text.count && prepositionEnds.contains(text[start + length - 1])
            && has(tag: "p", text, start, length)
    }

    /// Whether the `length` characters of `text` from `start` are a common adverb (进一步, 不断).
    func isAdverb(_ text: [Unicode.Scalar], _ start: Int, _ length: Int) -> Bool { has(tag: "d", text, start, length) }

    /// Whether the `length` characters of `text` from `start` are a common verb (加入, 组建).
    func isVerb(_ text: [Unicode.Scalar], _ start: Int, _ length: Int) -> Bool { has(tag: "v", text, start, length) }

    /// Whether the `length` characters of `text` from `start` are a common word tagged `tag`.
    func has(tag: String, _ text: [Unicode.Scalar], _ start: Int, _ length: Int) -> Bool {
        guard start >= 0 && start + length <= text.count, let code = tagOfWord[WordKey(text, start, length)] else { return false }
        return tagNames[Int(code)] == tag
    }

    /// The start of a common verb of two to four characters that ends at `end` and is not one of
    /// `except` (the verbs of works that stand inside names), or nil. A verb that another word
    /// runs across (城建|交通 holds 建交; 设备有限 holds 备有) is not read, nor one that ends like a
    /// place or a building (通道, 超市: jieba tags them verbs, names use them as nouns).
    func verbStart(in text: [Unicode.Scalar], endingAt end: Int, except: PhraseSet) -> Int? {
        guard end > 0, !Self.nounEndings.contains(text[end - 1]) else { return nil }
        for length in 2...4 where end - length >= 0 {
            let key = WordKey(text, end - length, length)
            guard let code = tagOfWord[key], tagNames[Int(code)] == "v", !except.contains(key) else { continue }
            let start = end - length
            // A set phrase that ends in the verb (充分|发挥, which jieba tags a noun) is read as the verb; not a
            // noun the list lacked (水土|流失).
            if length == 2, start >= 2, tagOfWord[WordKey(text, start - 2, 4)] != nil, !splits(text, at: end, startingAfter: start - 3),
               !Self.missingNounKeys.contains(WordKey(text, start - 2, 4)) {
                return start - 2
            }
            if splits(text, at: end, startingAfter: start - 1) || splits(text, at: start, startingAfter: max(-1, start - 4)) { continue }
            // A verb that begins with a function character ending a verb before it (作为|准格尔 over 为准) is none:
            // the earlier verb holds the character.
            if length == 2, start > 0, Lexicon.stopCharacters.contains(text[start]), has(tag: "v", text, start - 1, 2) { continue }
            return start
        }
        return nil
    }

    static let nounEndings = ScalarSet("道市站室场所厂馆院园路街桥楼区库")

    /// Whether a common noun starts at `start` and runs past `end` (工程车 over the head 工程,
    /// 项目管理 over 项目): the head is part of another word there.
    func nounOutreaches(_ text: [Unicode.Scalar], from start: Int, past end: Int) -> Bool {
        for length in stride(from: 4, to: end - start, by: -1) where start + length <= text.count {
            if let code = tagOfWord[WordKey(text, start, length)] { return tagNames[Int(code)].hasPrefix("n") }
        }
        return false
    }

    /// Whether a common noun or distinguishing word of two or three characters ends at `end`
    /// (大功率, 效率, 公共): its last character stands inside it, not as a word of its own.
    func nounEnds(in text: [Unicode.Scalar], at end: Int) -> Bool {
        (2...3).contains { length in
            guard end - length >= 0, let code = tagOfWord[WordKey(text, end - length, length)] else { return false }
            return tagNames[Int(code)].hasPrefix("n") || tagNames[Int(code)] == "b"
        }
    }

    /// Whether a common word ends at `end` and starts before `start` (格局 for the head 局).
    func hasWord(in text: [Unicode.Scalar], endingAt end: Int, startingBefore start: Int) -> Bool {
        for wordStart in max(0, end - 4)..<start where end - wordStart >= 2 {
            if tagOfWord[WordKey(text, wordStart, end - wordStart)] != nil { return true }
        }
        return false
    }

    /// Whether a common word that starts after `earliest` runs across `boundary` (动态 across
    /// the end of 行动 in 实行动态; 党委书记, which starts with the head, does not count, nor a
    /// word that would end in a function character, as 目的 in 项目的, nor one that a longer
    /// word starting at `boundary` outreaches, as 建成 in 创建成果; nor one across a deputy's
    /// title, as 部副 in 宣传部副部长).
    func splits(_ text: [Unicode.Scalar], at boundary: Int, startingAfter earliest: Int) -> Bool {
        guard boundary > 0 && boundary < text.count, !Lexicon.stopCharacters.contains(text[boundary]), text[boundary] != "副" else { return false }
        var following: Int?
        for start in max(earliest + 1, boundary - 3)..<boundary {
            for length in 2...4 where start + length > boundary && start + length <= text.count {
                guard tagOfWord[WordKey(text, start, length)] != nil else { continue }
                if following == nil { following = word(in: text, at: boundary, limit: text.count)?.end ?? boundary }
                if start + length >= following! { return true }
            }
        }
        return false
    }
}

/// One to four Unicode scalars packed into 84 bits (21 bits each), zero-filled.
struct WordKey: Hashable {
    private(set) var low: UInt64 = 0
    private(set) var high: UInt32 = 0

    init(low: UInt64, high: UInt32) {
        self.low = low
        self.high = high
    }

    init(_ text: [Unicode.Scalar], _ start: Int, _ length: Int) {
        for offset in 0..<length { put(text[start + offset].value, at: offset) }
    }

    init?<S: Collection>(_ scalars: S) where S.Element == Unicode.Scalar {
        guard (1...4).contains(scalars.count) else { return nil }
        for (offset, scalar) in scalars.enumerated() { put(scalar.value, at: offset) }
    }

    private mutating func put(_ value: UInt32, at offset: Int) {
        if offset < 3 { low |= UInt64(value) << (21 * offset) } else { high = value }
    }
}
