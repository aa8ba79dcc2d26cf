/// Drives named by a quoted slogan of several parts and the kind of drive right after it
/// (‘深学争优、敢为争先、实干争效’行动): each part two to six characters, listed with 、. A slogan in single
/// marks stands inside another quotation, as a minister's words quote a campaign.
extension QuotedNames {
    /// Programme candidates for the slogans of several parts that name a drive.
    func sloganDrives() -> [Candidate] {
        var found: [Candidate] = []
        for open in text.indices {
            guard let closeMark = Self.sloganCloses[text[open]],
                  let close = text[(open + 1)...].prefix(Self.longestSlogan).firstIndex(of: closeMark) else { continue }
            let parts = text[(open + 1)..<close].split(separator: "、", omittingEmptySubsequences: false)
            guard parts.count >= 2, parts.allSatisfy({ (2...6).contains($0.count) && $0.allSatisfy(NameGrower.isIdeograph) }),
                  let head = Self.driveHeads.first(where: { head in
                      close + 1 + head.count <= text.count && text[(close + 1)..<(close + 1 + head.count)].elementsEqual(head)
                  }) else { continue }
            found.append(Candidate(type: .programme, start: open, end: close + 1 + head.count, priority: 0))
        }
        return found
    }

    /// The closing mark of each opening mark a slogan is quoted with.
    static let sloganCloses: [Unicode.Scalar: Unicode.Scalar] = ["“": "”", "‘": "’"]
    /// The most characters a slogan of several parts holds between its marks.
    static let longestSlogan = 30
    /// The kinds of drive a slogan names (…’行动, …”工程).
    static let driveHeads: [[Unicode.Scalar]] = ["行动", "工程", "活动", "战略"].map { Array($0.unicodeScalars) }
}
