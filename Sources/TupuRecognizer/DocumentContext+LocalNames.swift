/// The names of a document's county's own divisions that the national automaton does not hold:
/// townships listed by their short forms, villages (those of one character and 村 only where they
/// stand apart), towns written as the townships they were, ethnic townships by their plain names.
extension DocumentContext {
    /// 学田、老莱、龙河等十个乡镇: townships of `county` by their short forms (the name without
    /// 镇, 乡 or 街道), where two of them stand side by side in a list, or one follows another written in
    /// full and 和 (落水河乡和红石塄). Only the list separators and 和 are looked at.
    func listedTownshipShortForms(of county: Gazetteer.Division) -> [Candidate] {
        let separators = text.indices.filter { text[$0] == "、" || text[$0] == "和" }
        guard !separators.isEmpty else { return [] }
        var forms: [WordKey: Gazetteer.Division] = [:]
        // A township joined by 和 to one written in full (落水河乡和|红石塄) is listed as well.
        var fullNames: [WordKey: Gazetteer.Division] = [:]
        for township in gazetteer.townships(of: county) {
            if let key = Self.townshipShortForm(township.name) { forms[key] = township }
            if let key = WordKey(township.name.unicodeScalars) { fullNames[key] = township }
        }
        guard !forms.isEmpty else { return [] }
        var found: [Int: Candidate] = [:]
        for separator in separators {
            let joined = text[separator] == "和"
            for before in 2...4 where separator - before >= 0 {
                let earlier = WordKey(text, separator - before, before)
                if joined, fullNames[earlier] != nil {
                    for after in 2...4 where separator + 1 + after <= text.count {
                        guard let second = forms[WordKey(text, separator + 1, after)] else { continue }
                        found[separator + 1] = Candidate(type: .place, start: separator + 1, end: separator + 1 + after, priority: 3, division: second)
                    }
                    continue
                }
                guard !joined, let first = forms[earlier] else { continue }
                for after in 2...4 where separator + 1 + after <= text.count {
                    guard let second = forms[WordKey(text, separator + 1, after)] else { continue }
                    // Listed beside another of the county's townships, the form is the township's, not a
                    // prefecture's it shares (黄石、黄陂).
                    found[separator - before] = Candidate(type: .place, start: separator - before, end: separator, priority: 3, division: first)
                    found[separator + 1] = Candidate(type: .place, start: separator + 1, end: separator + 1 + after, priority: 3, division: second)
                }
            }
        }
        return found.keys.sorted().map { found[$0]! }
    }

    /// The villages of `county` named in the text; its towns written as the townships they were
    /// (大阳乡 for 大阳镇: 撤乡设镇) and its townships as the towns they have become since the data
    /// (汤古镇 for 汤古乡), under the name written when the text never writes the data's; its
    /// ethnic townships by their plain names (铁楼乡 for 铁楼藏族乡); and, right after their own
    /// township in a list of such pairs, villages written without 村 (桥头镇建华、城关镇滴水崖). A name another township of the
    /// county has is left to it. Only the names whose every character, and every pair of adjacent
    /// characters, occurs in the text can be there, and only those enter the automaton.
    func localCandidates(of county: Gazetteer.Division) -> [Candidate] {
        let characters = ScalarSet(of: text), pairs = ScalarPairFilter(of: text)
        var names: [(String, LocalName)] = []
        let townships = gazetteer.townships(of: county)
        let townshipNames = Set(townships.map(\.name))
        let textHasXiang = characters.contains("乡"), textHasZhen = characters.contains("镇"), textHasCun = characters.contains("村")
        // A village become a community is looked for only under a township the text writes right before a community
        // (黄桥镇|刘陈社区).
        let townshipsBeforeCommunities = characters.contains("社") ? Set(hits.lazy.filter { hit in
            self.gazetteer.divisions[hit.payload.division].level == .township
                && (2...3).contains { hit.end + $0 + 2 <= self.text.count && self.text[hit.end + $0] == "社" && self.text[hit.end + $0 + 1] == "区" }
        }.map(\.payload.division)) : []
        // Villages without 村 can only follow their own township in a list: only the villages of
        // townships named in a list (、 before them, or within a short name after them) are looked for.
        let namedTownships = Set(hits.lazy.filter { hit in
            self.gazetteer.divisions[hit.payload.division].level == .township
                && ((hit.start > 0 && self.text[hit.start - 1] == "、")
                    || self.text[min(self.text.count, hit.end + 2)..<min(self.text.count, hit.end + 6)].contains("、"))
        }.map(\.payload.division))
        // A community written as the village it was (前于社区 as 前于村) is looked for only under a township the text names.
        let townshipsNamed = Set(hits.lazy.filter { self.gazetteer.divisions[$0.payload.division].level == .township }.map(\.payload.division))
        for township in townships {
            let shortForms = namedTownships.contains(township.index)
            let formerVillages = textHasCun && townshipsNamed.contains(township.index)
            let laterCommunities = townshipsBeforeCommunities.contains(township.index)
            let villages = gazetteer.villages(of: township) { name in
                (characters.containsAll(utf8: name) && pairs.mayContainPairs(utf8: name))
                    || (shortForms && characters.containsAll(utf8: name.dropLast(3)) && pairs.mayContainPairs(utf8: name.dropLast(3)))
                    || (formerVillages && name.count >= 12 && name.suffix(6).elementsEqual(Self.communityUTF8)
                        && characters.containsAll(utf8: name.dropLast(6)) && pairs.mayContainPairs(utf8: ArraySlice(name.dropLast(6) + Self.cunUTF8)))
                    || (laterCommunities && name.count >= 9 && name.suffix(3).elementsEqual(Self.cunUTF8)
                        && characters.containsAll(utf8: name.dropLast(3)) && pairs.mayContainPairs(utf8: ArraySlice(name.dropLast(3) + Self.communityUTF8)))
            }
            for village in villages {
                let length = village.name.unicodeScalars.count
                guard length >= 3 || isDistinctTwoCharacterVillage(village.name) else { continue }
                if characters.containsAll(utf8: ArraySlice(village.name.utf8)), pairs.mayContainPairs(utf8: ArraySlice(village.name.utf8)) {
                    names.append((village.name, LocalName(division: village, standsApart: length == 2)))
                }
                if shortForms, village.name.hasSuffix("村") {
                    names.append((String(village.name.dropLast()), LocalName(division: village, afterItsTownship: true)))
                }
                // A community that was a village (前于社区) is still written as the village (前于村: 村改居), under its
                // township (插花镇|前于村).
                if formerVillages, length >= 4, village.name.utf8.suffix(6).elementsEqual(Self.communityUTF8) {
                    let former = String(village.name.dropLast(2)) + "村"
                    if !villages.contains(where: { $0.name == former }) { names.append((former, LocalName(division: village.named(former)))) }
                }
                // A village that has become a community (刘陈村 of the data, 刘陈社区: 村改居) is written as the community,
                // under its township (黄桥镇|刘陈社区).
                if laterCommunities, length >= 3, village.name.utf8.suffix(3).elementsEqual(Self.cunUTF8) {
                    let later = String(village.name.dropLast()) + "社区"
                    if !villages.contains(where: { $0.name == later }) { names.append((later, LocalName(division: village.named(later)))) }
                }
            }
            if let plain = Gazetteer.plainName(ofEthnicTownship: township.name), characters.containsAll(utf8: ArraySlice(plain.utf8)),
               !townshipNames.contains(plain) {
                names.append((plain, LocalName(division: township, keepsOfficialName: true)))
            }
            // A sub-district written without 道 (仓埠街 of 仓埠街道), as Hubei's reports write them, counts
            // only before one of its own villages (仓埠街|林埠村): elsewhere X街 is as likely a street.
            if characters.contains("街"), township.name.utf8.suffix(6).elementsEqual(Self.subdistrictUTF8), township.name.unicodeScalars.count >= 4 {
                let short = String(township.name.dropLast())
                if !townshipNames.contains(short) { names.append((short, LocalName(division: township, keepsOfficialName: true, beforeItsVillage: true))) }
            }
            // A sub-district that was a town (永乐街道: 撤镇设街道) is still written as the town (永乐镇).
            if textHasZhen, township.name.utf8.suffix(6).elementsEqual(Self.subdistrictUTF8), township.name.unicodeScalars.count >= 4,
               characters.containsAll(utf8: ArraySlice(township.name.utf8.dropLast(6))) {
                let former = String(township.name.dropLast(2)) + "镇"
                if !townshipNames.contains(former) { names.append((former, LocalName(division: township))) }
            }
            // 镇 and 乡 are three bytes of UTF-8; the body before them must be two characters at least, all in the text.
            let name = township.name.utf8
            guard name.count >= 9, characters.containsAll(utf8: ArraySlice(name.dropLast(3))) else { continue }
            if textHasXiang, name.reversed().starts(with: "镇".utf8.reversed()) {
                let former = String(township.name.dropLast()) + "乡"
                if !townshipNames.contains(former) { names.append((former, LocalName(division: township))) }
            }
            // A township the data still lists as 乡 may have become a town since (汤古乡 → 汤古镇).
            if textHasZhen, name.reversed().starts(with: "乡".utf8.reversed()), Gazetteer.plainName(ofEthnicTownship: township.name) == nil {
                let upgraded = String(township.name.dropLast()) + "镇"
                if !townshipNames.contains(upgraded) { names.append((upgraded, LocalName(division: township))) }
            }
        }
        guard !names.isEmpty else { return [] }
        let townshipHits = hits.filter { gazetteer.divisions[$0.payload.division].level == .township }
        let townshipEnds = Dictionary(townshipHits.map { ($0.end << 32 | $0.payload.division, $0.start) }) { first, _ in first }
        let townshipStarts = Set(townshipHits.map(\.start))
        let matches = ShortListMatcher(names).matches(in: text)
        let villageStarts = Set(matches.lazy.filter { $0.payload.division.level == .village }.compactMap { match in
            match.payload.division.parent.map { match.start << 32 | $0 }
        })
        return matches.compactMap { match in
            var division = match.payload.division
            if match.payload.beforeItsVillage, !villageStarts.contains(match.end << 32 | division.index) { return nil }
            if match.payload.afterItsTownship {
                // In a list of township and village pairs (桥头镇建华、城关镇滴水崖): not before a shared head (白马、秧补片区).
                guard let township = division.parent, let townshipStart = townshipEnds[match.start << 32 | township] else { return nil }
                let listedAfter = match.end + 1 < text.count && text[match.end] == "、" && townshipStarts.contains(match.end + 1)
                let listedBefore = townshipStart > 0 && text[townshipStart - 1] == "、" && (match.end == text.count || !NameGrower.isIdeograph(text[match.end]) || Lexicon.stopCharacters.contains(text[match.end]))
                guard listedAfter || listedBefore else { return nil }
            }
            if match.payload.standsApart, !standsApart(match.start..<match.end, townshipEnds: townshipEnds, township: division.parent) { return nil }
            if division.level == .township, !match.payload.keepsOfficialName, !hits.contains(where: { $0.payload.division == division.index }) {
                division = division.named(String(scalars: text[match.start..<match.end]))
            }
            return Candidate(type: .place, start: match.start, end: match.end, priority: 2, division: division)
        }
    }

    /// A name of the county's own divisions that the national automaton does not hold.
    private struct LocalName {
        let division: Gazetteer.Division
        /// An ethnic township's plain name: the mention keeps the official name.
        var keepsOfficialName = false
        /// A village without its 村: a name only right after its own township.
        var afterItsTownship = false
        /// A village of one character and 村 (楼村): a name only where it stands apart.
        var standsApart = false
        /// A sub-district written without 道 (仓埠街): a name only right before one of its villages.
        var beforeItsVillage = false
    }

    static let communityUTF8 = Array("社区".utf8)
    static let cunUTF8 = Array("村".utf8)
    static let subdistrictUTF8 = Array("街道".utf8)

    /// Whether a village of two characters (楼村, 冯村) can be told from words: 村 after a character
    /// that is no direction, rank or kind (东村, 新村, 本村 are ways of speaking), and no common word.
    private func isDistinctTwoCharacterVillage(_ name: String) -> Bool {
        let scalars = Array(name.unicodeScalars)
        return scalars.count == 2 && scalars[1] == "村" && !Self.wordsBeforeVillage.contains(scalars[0])
            && !Lexicon.stopCharacters.contains(scalars[0]) && !words.contains(scalars, 0, 2)
    }

    /// Characters that make 村 a word or a kind rather than a village's name (东村, 新村, 本村, 全村, 各村).
    private static let wordsBeforeVillage = ScalarSet("东西南北中上下前后里外新老旧大小本全各每该此他我这那一二三四五六七八九十百千万两某邻近远乡农山")

    /// Whether a village of two characters at `range` stands apart: after its own township, a
    /// punctuation mark or a function character, and before no word that its 村 begins (楼|村民).
    private func standsApart(_ range: Range<Int>, townshipEnds: [Int: Int], township: Int?) -> Bool {
        let start = range.lowerBound, end = range.upperBound
        let afterTownship = township.map { townshipEnds[start << 32 | $0] != nil } ?? false
        return (afterTownship || Self.edgeStandsApart(start, in: text))
            && !(2...3).contains { end - 1 + $0 <= text.count && words.contains(text, end - 1, $0) }
    }
}
