/// Streets written with 路 alone after a word of where (在中山路建成, 位于长安路): two or three characters that
/// are no common word and hold no function character, before a 路 that begins no word (路网, 路线), right after
/// 在, 于, 沿, 至, 到, a verb of lying or bordering (位于, 地处, 东临, 紧邻) or a side and 为 (南侧为). Most
/// street names (中山路, 长安路) are names of places or people the word list leaves out; 道路, 公路 and the like
/// are common words, and a road written with its kind (…大道, …中路) is left to the place heads. A street or a bridge
/// that opens a clause before a verb of lying (长安路地处…, 长田坎桥位于…) is one too.
extension Recognizer {
    /// Place candidates for the streets written after a word of where and for the streets and bridges that open a
    /// clause before a verb of lying, read in one pass over the characters that end them (路, 桥, 街).
    func streetsAndBridges(in text: [Unicode.Scalar]) -> [Candidate] {
        var found: [Candidate] = []
        for end in text.indices where text[end] == "路" || text[end] == "桥" || text[end] == "街" {
            if text[end] == "路", let street = streetAfterWordOfWhere(road: end, in: text) { found.append(street) }
            if let site = siteBeforeWordOfLying(lastCharacter: end, in: text) { found.append(site) }
        }
        return found
    }

    /// The street whose 路 stands at `road` right after a word of where (在中山路, 位于长安路, 南侧为迎宾路), or nil.
    private func streetAfterWordOfWhere(road: Int, in text: [Unicode.Scalar]) -> Candidate? {
        guard road >= 3, !words.contains(text, road, 2) else { return nil }
        for length in 2...3 where road - length >= 1 {
            let start = road - length
            guard text[start..<road].allSatisfy({ NameGrower.isIdeograph($0) && !Lexicon.stopCharacters.contains($0) }),
                  !words.contains(text, start, length), !words.contains(text, start, 2),
                  Self.whereCharacters.contains(text[start - 1])
                    || (start >= 2 && (Self.lyingVerbs.contains(WordKey(text, start - 2, 2)) || Self.borderingVerbs.contains(WordKey(text, start - 2, 2))))
                    || (start >= 3 && text[start - 1] == "为" && Self.sides.contains(WordKey(text, start - 3, 2))) else { continue }
            return Candidate(type: .place, start: start, end: road + 1, priority: 0)
        }
        return nil
    }

    /// The street or bridge ending at `lastCharacter` that opens a clause right before a verb of lying (长安路地处…,
    /// 长田坎桥位于土黄镇…): two or three characters that are no common word and hold no function character, after a
    /// mark or at the text's start; or nil.
    private func siteBeforeWordOfLying(lastCharacter: Int, in text: [Unicode.Scalar]) -> Candidate? {
        let verb = lastCharacter + 1
        guard verb >= 3, verb + 2 <= text.count, Self.lyingVerbs.contains(WordKey(text, verb, 2)) else { return nil }
        for length in 2...3 where lastCharacter - length >= 0 {
            let start = lastCharacter - length
            guard start == 0 || !NameGrower.isIdeograph(text[start - 1]),
                  text[start..<lastCharacter].allSatisfy({ NameGrower.isIdeograph($0) && !Lexicon.stopCharacters.contains($0) }),
                  !words.contains(text, start, length), !words.contains(text, start, length + 1) else { continue }
            return Candidate(type: .place, start: start, end: verb, priority: 0)
        }
        return nil
    }

    /// The characters of where a street's name may follow (在中山路, 沿长安路).
    static let whereCharacters = ScalarSet("在于沿至到")
    /// What a site borders on (东临长安路, 紧邻中山路).
    static let borderingVerbs = Lexicon.phrases(["东临", "西临", "南临", "北临", "东邻", "西邻", "南邻", "北邻", "紧邻", "毗邻", "临近", "东至", "西至", "南至", "北至"])
    /// A site's sides, which 为 names what lies there (南侧为迎宾路).
    static let sides = Lexicon.phrases(["东侧", "西侧", "南侧", "北侧", "东面", "西面", "南面", "北面", "东边", "西边", "南边", "北边"])
}
