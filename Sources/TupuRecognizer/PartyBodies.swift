/// The bodies of China's eight democratic parties, which reports name by the party's short name,
/// a division and the committee's head: 农工党江苏省委会, 民盟永州市委, 九三学社中央, and a
/// department of one before a post (农工党湖南省委会社会服务处处长). Without the party's name the
/// division and 委 would read as the division's own party committee (湖南省委).
struct PartyBodies {
    let text: [Unicode.Scalar]
    let words: WordList
    /// Where each division place found in the text ends, by its start.
    let placeEnds: PositionMap
    /// Where each party name the lexicon found ends, by its start.
    let partyEnds: [Int: Int]

    /// The parties' full and short names (a party's name alone is an institution only where no
    /// other word could hold it: 民建 stands inside 村民建房).
    static let parties = [
        "中国国民党革命委员会", "中国民主同盟", "中国民主建国会", "中国民主促进会", "中国农工民主党", "中国致公党", "九三学社",
        "台湾民主自治同盟", "民革", "民盟", "民建", "民进", "农工党", "致公党", "台盟",
    ]
    static let namesStandingAlone: Set<String> = [
        "中国国民党革命委员会", "中国民主同盟", "中国民主建国会", "中国民主促进会", "中国农工民主党", "中国致公党", "九三学社",
        "台湾民主自治同盟", "农工党", "致公党",
    ]
    /// Heads of a party's committees after a division (…省委会, …市委), and right after the party's name (民盟中央).
    static let divisionCommitteeHeads = ["委员会", "委会", "委", "总支", "支部"].map { Array($0.unicodeScalars) }
    static let partyCommitteeHeads = ["中央", "总支", "支部"].map { Array($0.unicodeScalars) }
    /// The bare level characters a committee may follow instead of a division's name (民盟市委).
    static let levelCharacters = ScalarSet("省市县区州")
    /// Heads of a committee's departments (联络处, 组织部, 办公室).
    static let departmentHeads = ["处", "部", "办公室"].map { Array($0.unicodeScalars) }
    /// Posts that follow a department (…联络处|处长), or punctuation.
    static let postStarts = ["处长", "部长", "主任", "副", "秘书长", "负责人"].map { Array($0.unicodeScalars) }
    static let departmentLengths = 2...6

    func candidates() -> [Candidate] {
        var found: [Candidate] = []
        for (start, nameEnd) in partyEnds.sorted(by: { $0.key < $1.key }) {
            // 民建 of 村民建房: a party's name begins no word of the text.
            if start > 0, words.contains(text, start - 1, 2) { continue }
            var divisionEnd = nameEnd
            if let placeEnd = placeEnds[nameEnd] {
                divisionEnd = placeEnd
            } else if nameEnd < text.count, Self.levelCharacters.contains(text[nameEnd]) {
                divisionEnd = nameEnd + 1
            }
            let heads = divisionEnd > nameEnd ? Self.divisionCommitteeHeads : Self.partyCommitteeHeads
            guard let committeeEnd = heads.lazy.compactMap({ self.end(of: $0, at: divisionEnd) }).first else {
                if Self.namesStandingAlone.contains(String(scalars: text[start..<nameEnd])) {
                    found.append(Candidate(type: .institution, start: start, end: nameEnd, priority: 3))
                }
                continue
            }
            found.append(Candidate(type: .institution, start: start, end: departmentEnd(after: committeeEnd) ?? committeeEnd, priority: 3))
        }
        return found
    }

    /// The end of `word` written at `index`, or nil.
    private func end(of word: [Unicode.Scalar], at index: Int) -> Int? {
        text.holds(word, at: index) ? index + word.count : nil
    }

    /// The end of a department named right after a committee and before a post or punctuation
    /// (…省委会|社会服务处|处长), or nil.
    private func departmentEnd(after committeeEnd: Int) -> Int? {
        for length in Self.departmentLengths where committeeEnd + length <= text.count {
            let end = committeeEnd + length
            guard text[committeeEnd..<end].allSatisfy(NameGrower.isIdeograph) else { return nil }
            guard Self.departmentHeads.contains(where: { head in head.count <= length && text[(end - head.count)..<end].elementsEqual(head) }) else { continue }
            if end == text.count || !NameGrower.isNameCharacter(text[end]) || Self.postStarts.contains(where: { self.end(of: $0, at: end) != nil }) {
                return end
            }
        }
        return nil
    }
}
