/// Bodies of a division written with their term between the division and the body (宁远县第十七届人大常委会,
/// 县十八届人大常委会, 镇新一届政府): one body, which the linker names without its term.
extension NameGrower {
    /// Institution candidates for the bodies written with their term.
    func bodiesWithTerms() -> [Candidate] {
        var found: [Candidate] = []
        for termEnd in text.indices where text[termEnd] == "届" && termEnd >= 2 {
            guard let body = Self.termedBodies.first(where: { body in
                      termEnd + 1 + body.count <= text.count && text[(termEnd + 1)..<(termEnd + 1 + body.count)].elementsEqual(body)
                  }) else { continue }
            // The term: 第 and a number, a number, or 新一 (新一届).
            var termStart = termEnd
            while termStart > 0, isNumeral(text[termStart - 1]) { termStart -= 1 }
            if termStart == termEnd, termEnd >= 2, text[termEnd - 2] == "新", text[termEnd - 1] == "一" { termStart = termEnd - 2 }
            guard termStart < termEnd else { continue }
            if termStart > 0, text[termStart - 1] == "第" { termStart -= 1 }
            // The division before it: a place written out, or a bare level character.
            let start: Int
            if let placeStart = (max(0, termStart - Self.longestTermedDivision)..<termStart).first(where: { placeEnds[$0] == termStart }) {
                start = placeStart
            } else if termStart > 0, Self.termedLevels.contains(text[termStart - 1]), termStart == 1 || !Self.isNameCharacter(text[termStart - 2])
                        || Lexicon.stopCharacters.contains(text[termStart - 2]) || marks[termStart - 1] & Mark.boundaryEnd != 0 {
                start = termStart - 1
            } else { continue }
            // A congress's session by its count (十七届人大|五次会议) is a meeting, no body.
            let end = termEnd + 1 + body.count
            if sessionCountFollows(at: end) { continue }
            found.append(Candidate(type: .institution, start: start, end: end, priority: 1))
        }
        return found
    }

    /// Whether a session's count begins at `index` (…届人大|五次会议): the congress written before it with
    /// its term names the meeting. A standing committee's meeting counted with 第 (…届人大常委会|第十三次会议)
    /// leaves the committee named.
    func sessionCountFollows(at index: Int) -> Bool {
        var count = index
        while count < text.count, isNumeral(text[count]) { count += 1 }
        return count > index && count < text.count && text[count] == "次"
    }

    /// The bodies a division's term stands before (…届|人大常委会, …届|政府).
    static let termedBodies: [[Unicode.Scalar]] = ["人大常委会", "人民政府", "人大", "政府", "政协", "纪委"].map { Array($0.unicodeScalars) }
    /// The levels of divisions whose bodies are written bare with a term (县十八届…, 镇新一届…).
    static let termedLevels = ScalarSet("省市州县区镇乡")
    /// The longest division name looked for before a term.
    static let longestTermedDivision = 12
}
