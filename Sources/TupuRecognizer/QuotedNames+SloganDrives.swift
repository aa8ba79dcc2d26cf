/// Drives named by a quoted slogan of several parts and the kind of drive right after it
/// (‘深学争优、敢为争先、实干争效’行动): each part two to six characters, listed with 、. A slogan in single
/// marks stands inside another quotation, as a minister's words quote a campaign.
extension QuotedNames {
    /// Programme candidates for the slogans of several parts that name a drive.
    func sloganDrives() -> [Candidate] {
        text.indices.lazy.filter { self.text[$0] == "“" || self.text[$0] == "‘" }.compactMap(sloganDrive(at:))
    }

    /// The programme a quoted slogan of several parts opening at `open` names with the drive after it, or nil.
    private func sloganDrive(at open: Int) -> Candidate? {
        let closeMark: Unicode.Scalar = text[open] == "“" ? "”" : "’"
        guard let close = text[(open + 1)...].prefix(Self.longestSlogan).firstIndex(of: closeMark),
              let head = Self.driveHeads.first(where: { head in
                  close + 1 + head.count <= text.count && text[(close + 1)..<(close + 1 + head.count)].elementsEqual(head)
              }), text[(open + 1)..<close].contains("、") else { return nil }
        let parts = text[(open + 1)..<close].split(separator: "、", omittingEmptySubsequences: false)
        guard parts.allSatisfy({ (2...6).contains($0.count) && $0.allSatisfy(NameGrower.isIdeograph) }) else { return nil }
        return Candidate(type: .programme, start: open, end: close + 1 + head.count, priority: 0)
    }

    /// The most characters a slogan of several parts holds between its marks.
    static let longestSlogan = 30
    /// The kinds of drive a slogan names (…’行动, …”工程).
    static let driveHeads: [[Unicode.Scalar]] = ["行动", "工程", "活动", "战略"].map { Array($0.unicodeScalars) }
}
