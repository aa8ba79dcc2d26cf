/// Streets written with 路 alone after a word of where (在中山路建成, 位于长安路): two or three characters that
/// are no common word and hold no function character, before a 路 that begins no word (路网, 路线), right after
/// 在, 于, 沿, 至, 到, a verb of lying or bordering (位于, 地处, 东临, 紧邻) or a side and 为 (南侧为). Most
/// street names (中山路, 长安路) are names of places or people the word list leaves out; 道路, 公路 and the like
/// are common words, and a road written with its kind (…大道, …中路) is left to the place heads. A street or a bridge
/// that opens a clause before a verb of lying (长安路地处…, 长田坎桥位于…) is one too.
extension Recognizer {
    /// Place candidates for the streets written after a word of where.
    func streetsAfterWordsOfWhere(in text: [Unicode.Scalar]) -> [Candidate] {
        var found: [Candidate] = []
        for road in text.indices where text[road] == "路" && road >= 3 {
            guard !words.contains(text, road, 2) else { continue }
            for length in 2...3 where road - length >= 1 {
                let start = road - length
                guard text[start..<road].allSatisfy({ NameGrower.isIdeograph($0) && !Lexicon.stopCharacters.contains($0) }),
                      !words.contains(text, start, length), !words.contains(text, start, 2),
                      Self.whereCharacters.contains(text[start - 1])
                        || (start >= 2 && (Self.lyingVerbs.contains(WordKey(text, start - 2, 2)) || Self.borderingVerbs.contains(WordKey(text, start - 2, 2))))
                        || (start >= 3 && text[start - 1] == "为" && Self.sides.contains(WordKey(text, start - 3, 2))) else { continue }
                found.append(Candidate(type: .place, start: start, end: road + 1, priority: 0))
                break
            }
        }
        return found
    }

    /// Place candidates for the streets and bridges that open a clause right before a verb of lying (长安路地处…,
    /// 长田坎桥位于土黄镇…): two or three characters that are no common word and hold no function character,
    /// and 路, 街 or 桥, after a mark or at the text's start.
    func streetsAndBridgesBeforeWordsOfLying(in text: [Unicode.Scalar]) -> [Candidate] {
        var found: [Candidate] = []
        // The end character is looked at first, by plain comparison: it is rare, and the scan reads every character.
        for verb in text.indices.dropFirst(3) where text[verb - 1] == "路" || text[verb - 1] == "桥" || text[verb - 1] == "街" {
            guard verb + 2 <= text.count, Self.lyingVerbs.contains(WordKey(text, verb, 2)) else { continue }
            for length in 2...3 where verb - 1 - length >= 0 {
                let start = verb - 1 - length
                guard start == 0 || !NameGrower.isIdeograph(text[start - 1]),
                      text[start..<(verb - 1)].allSatisfy({ NameGrower.isIdeograph($0) && !Lexicon.stopCharacters.contains($0) }),
                      !words.contains(text, start, length), !words.contains(text, start, length + 1) else { continue }
                found.append(Candidate(type: .place, start: start, end: verb, priority: 0))
                break
            }
        }
        return found
    }

    /// The characters of where a street's name may follow (在中山路, 沿长安路).
    static let whereCharacters = ScalarSet("在于沿至到")
    /// What a site borders on (东临长安路, 紧邻中山路).
    static let borderingVerbs = Lexicon.phrases(["东临", "西临", "南临", "北临", "东邻", "西邻", "南邻", "北邻", "紧邻", "毗邻", "临近", "东至", "西至", "南至", "北至"])
    /// A site's sides, which 为 names what lies there (南侧为迎宾路).
    static let sides = Lexicon.phrases(["东侧", "西侧", "南侧", "北侧", "东面", "西面", "南面", "北面", "东边", "西边", "南边", "北边"])
}
