/// Campaigns named by a word and a place, the way 健康中国 names the national one: 健康湖南,
/// 平安宁远. The place must end there (健康宁远|县人民医院 is a hospital's name).
extension NameGrower {
    func placeCampaigns() -> [Candidate] {
        placeEnds.compactMap { start, end in
            guard start >= 2, Lexicon.campaignPrefixes.contains(WordKey(text, start - 2, 2)),
                  end == text.count || !Self.isIdeograph(text[end]) || Lexicon.stopCharacters.contains(text[end])
                    || QuotedNames.quoteMarks.contains(text[end]) else { return nil }
            return Candidate(type: .programme, start: start - 2, end: end, priority: 1)
        }
    }
}
