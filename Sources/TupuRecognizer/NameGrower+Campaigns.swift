/// Campaigns named by a word and a place, the way 健康中国 names the national one: 健康湖南,
/// 平安宁远, 美丽宁远. The place must end there (健康宁远|县人民医院 is a hospital's name), or before
/// the drive's 建设 (美丽宁远|建设).
extension NameGrower {
    func placeCampaigns() -> [Candidate] {
        placeEnds.entries.compactMap { start, end in
            guard start >= 2, Lexicon.campaignPrefixes.contains(WordKey(text, start - 2, 2)),
                  end == text.count || !Self.isIdeograph(text[end]) || Lexicon.stopCharacters.contains(text[end])
                    || QuotedNames.quoteMarks.contains(text[end])
                    || (end + 2 <= text.count && WordKey(text, end, 2) == Lexicon.campaignDriveWord) else { return nil }
            return Candidate(type: .programme, start: start - 2, end: end, priority: 1)
        }
    }

    /// A national programme's own 项目, written with the level of the division that runs it
    /// (国家|电子商务进农村综合示范|县项目): the programme, under its name.
    func nationalProgrammeProject(start: Int, headStart: Int, headEnd: Int) -> Candidate? {
        let bodyEnd = headStart > start && Self.levelCharacters.contains(text[headStart - 1]) ? headStart - 1 : headStart
        guard let known = lexiconHit(endingAt: bodyEnd, where: { if case .known(.programme) = $0.payload { true } else { false } }),
              known.start >= start else { return nil }
        return Candidate(type: .programme, start: start, end: headEnd, priority: 1, name: String(scalars: text[known.start..<known.end]))
    }

    /// Where a national pilot zone's name begins (国家农业绿色发展先行区, and its drive 国家…先行区|创建):
    /// at 国家 earlier in the phrase, across the words of its topic (发展, 和) that end other names.
    /// Nil where the head is none of a pilot zone's, or no 国家 comes before it.
    func pilotZoneStart(headStart: Int, headEnd: Int) -> Int? {
        func endsPilotZone(at end: Int) -> Bool {
            end >= 3 && text[end - 1] == "区"
                && Lexicon.pilotZoneHeadScalars.contains { zone in end - zone.count >= 0 && text[(end - zone.count)..<end].elementsEqual(zone) }
        }
        guard let zoneEnd = [headEnd, headStart].first(where: endsPilotZone) else { return nil }
        var index = zoneEnd - 3
        while index >= 0, zoneEnd - index <= 20, Self.isIdeograph(text[index]) || text[index] == "、" {
            if WordKey(text, index, 2) == Lexicon.nationalWord { return index }
            if Self.copulasAndPrepositions.contains(text[index]) || text[index] == "的" { return nil }
            index -= 1
        }
        return nil
    }
}
