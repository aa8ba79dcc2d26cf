/// Townships and villages written by their short forms, the way a local history or a report lists
/// them (化州合江的荔枝垌村, 以旗鼓、新凤、翔南等村为主): only where the text ties the short form to a
/// county the document names, by the county right before it, one of the township's own villages right
/// after it, or the kind the list shares.
extension Recognizer {
    /// A township's short form right after its county (化州|合江, 高州|分界), before 的, one of its villages
    /// or the clause's end (not before 、: 湾井、冷水|邻里中心 share a head), or before 的 and one of its
    /// villages anywhere in the document (新堡|的|荔枝垌村), is that township; the village after it is named
    /// too. Every form of a named county counts, even one dropped where another county's short form
    /// follows (化州|合江, 合江 of 合江县): the county is named there too.
    func townshipShortFormsOfNamedCounties(_ places: [Candidate], forms: [(start: Int, end: Int, payload: DivisionForm)],
                                           in text: [Unicode.Scalar]) -> [Candidate] {
        // A handful of counties at most: an array is quicker to look through than a set is to hash into.
        var named: [Int] = []
        for place in places where place.division?.level == .county && !named.contains(place.division!.index) { named.append(place.division!.index) }
        guard !named.isEmpty else { return [] }
        let starts = PositionSet(count: text.count, places.lazy.map(\.start))
        // The township of a named county whose short form is written at `start`, looked up only where the
        // national table of short forms has one of those counties for the characters written there.
        func township(at start: Int, length: Int, of counties: [Int]) -> Gazetteer.Division? {
            guard start + length <= text.count else { return nil }
            let key = WordKey(text, start, length)
            guard let owners = countiesByTownshipShortForm[key] else { return nil }
            var owning: Int? = nil
            for owner in owners where counties.contains(owner) {
                if let other = owning, other != owner { return nil }
                owning = owner
            }
            // A form two townships of the county share names neither.
            return owning.flatMap { DocumentContext.township(of: gazetteer.divisions[$0], shortForm: key, in: gazetteer) }
        }
        var found: [Int: Candidate] = [:]
        func add(_ township: Gazetteer.Division, at start: Int, length: Int) {
            let end = start + length
            // Right after its county, the township wins over another county's short form (化州|合江, not 合江县).
            found[start] = Candidate(type: .place, start: start, end: end, priority: 4, division: township)
            let villageStart = end < text.count && text[end] == "的" ? end + 1 : end
            if let village = DocumentContext.village(of: township, writtenAt: villageStart, in: text, gazetteer: gazetteer) {
                found[villageStart] = Candidate(type: .place, start: villageStart, end: villageStart + village.name.unicodeScalars.count,
                                                priority: 2, division: village)
            } else if villageStart > end, let length = unlistedVillageLength(at: villageStart, in: text) {
                // A natural village the data lacks (合江的|荔枝垌村): two or three characters and 村.
                found[villageStart] = Candidate(type: .place, start: villageStart, end: villageStart + length, priority: 1)
            }
        }
        for county in forms where named.contains(county.payload.division) {
            for length in 2...3 {
                let end = county.end + length
                guard let township = township(at: county.end, length: length, of: [county.payload.division]),
                      end == text.count || text[end] == "的" || (Lexicon.clauseEnds.contains(text[end]) && text[end] != "、")
                        || DocumentContext.village(of: township, writtenAt: end, in: text, gazetteer: gazetteer) != nil else { continue }
                add(township, at: county.end, length: length)
                if !places.contains(where: { $0.start == county.start && $0.end == county.end }) {
                    found[county.start] = Candidate(type: .place, start: county.start, end: county.end, priority: 4,
                                                    division: gazetteer.divisions[county.payload.division])
                }
            }
        }
        for mark in text.indices where text[mark] == "的" {
            for length in 2...3 where mark - length >= 0 && found[mark - length] == nil && !starts.contains(mark - length) {
                let start = mark - length
                guard start == 0 || !NameGrower.isNameCharacter(text[start - 1]) || Lexicon.stopCharacters.contains(text[start - 1]),
                      let township = township(at: start, length: length, of: named),
                      DocumentContext.village(of: township, writtenAt: mark + 1, in: text, gazetteer: gazetteer) != nil else { continue }
                add(township, at: start, length: length)
            }
        }
        return found.keys.sorted().map { found[$0]! }
    }

    /// The length of an unlisted village's name at `start` (荔枝垌村): two or three characters of no
    /// common word and 村 that begins none.
    private func unlistedVillageLength(at start: Int, in text: [Unicode.Scalar]) -> Int? {
        (3...4).first { length in
            start + length <= text.count && text[start + length - 1] == "村"
                && Self.isBareNameBody(text[start..<(start + length - 1)], levelsAllowed: false)
                && !words.contains(text, start, length) && !words.contains(text, start + length - 1, 2)
        }
    }
}

extension Recognizer {
    /// 以旗鼓、新凤、翔南等村为主: two or more short forms listed before 等村 (or 等三个村, 三个村) that are,
    /// with 村, villages of the document's county are those villages; so are those listed before a
    /// count of anything but divisions (中安堡、孙家屯两个地块).
    func villageShortFormsListedBeforeTheirKind(of county: Gazetteer.Division?, in text: [Unicode.Scalar]) -> [Candidate] {
        guard let county else { return [] }
        var found: [Candidate] = []
        let numerals = Lexicon.numerals
        // Only a 等 or a numeral can begin the mark; the count is read only where one stands.
        for mark in text.indices where text[mark] == "等"
            || ((NameGrower.isDigit(text[mark]) || numerals.contains(text[mark])) && isCountOfNonDivisions(at: mark, in: text)) {
            if text[mark] == "等" {
                // 等村, 等3个村, 等三个村: the kind the listed items share.
                var kind = mark + 1
                while kind < text.count, NameGrower.isDigit(text[kind]) || Lexicon.numerals.contains(text[kind]) { kind += 1 }
                if kind > mark + 1, kind < text.count, text[kind] == "个" { kind += 1 }
                guard kind < text.count, text[kind] == "村", kind + 1 == text.count || text[kind + 1] != "民" else { continue }
            }
            // A list of items of two or three characters: its last 、 is three or four characters before the mark.
            guard (3...4).contains(where: { mark - $0 >= 0 && text[mark - $0] == "、" }) else { continue }
            // Before a count of other things, the items are no common words (天堂、保安 may be; 资金、技术 are not).
            if text[mark] != "等", words.contains(text, mark - 2, 2) || words.contains(text, mark - 3, 3) { continue }
            var listed: [Candidate] = []
            var end = mark
            // Each item, read back from 等 through the list's 、, is two or three characters that make a village with 村;
            // one the data spells otherwise (菩堤 for 菩提) is a village as written, where no word is made of it.
            func item(length: Int, inData: Bool) -> Candidate? {
                let start = end - length
                guard start >= 0, text[start..<end].allSatisfy(NameGrower.isIdeograph),
                      start == 0 || text[start - 1] == "、" || !NameGrower.isNameCharacter(text[start - 1]) || Lexicon.stopCharacters.contains(text[start - 1])
                        // The first item may follow the area the villages make up (沙棘种植区|棠梨沟、长梁沟…等村).
                        || (text[start - 1] == "区" && listed.count >= 2) else { return nil }
                let name = String(scalars: text[start..<end]) + "村"
                if inData {
                    return self.village(named: name, in: county).map { Candidate(type: .place, start: start, end: end, priority: 3, division: $0) }
                }
                guard Self.isBareNameBody(text[start..<end], levelsAllowed: false), !words.contains(text, start, length) else { return nil }
                return Candidate(type: .place, start: start, end: end, priority: 3, name: name)
            }
            while let next = (2...3).lazy.compactMap({ item(length: $0, inData: true) }).first
                    ?? (2...3).lazy.compactMap({ item(length: $0, inData: false) }).first {
                listed.append(next)
                guard next.start >= 1, text[next.start - 1] == "、" else { break }
                end = next.start - 1
            }
            if listed.filter({ $0.division != nil }).count >= 2 { found += listed }
        }
        return found
    }

    /// Whether a count of things other than divisions begins at `index` (两个地块, 3个基地), right
    /// after a list: not of townships, counties or villages (两个乡镇, 三个村), which name their own.
    private func isCountOfNonDivisions(at index: Int, in text: [Unicode.Scalar]) -> Bool {
        func isNumeral(_ scalar: Unicode.Scalar) -> Bool { NameGrower.isDigit(scalar) || Lexicon.numerals.contains(scalar) }
        guard index > 0, isNumeral(text[index]), !isNumeral(text[index - 1]) else { return false }
        var classifier = index + 1
        while classifier < text.count, isNumeral(text[classifier]) { classifier += 1 }
        guard classifier + 1 < text.count, text[classifier] == "个" else { return false }
        return !Self.divisionKindCharacters.contains(text[classifier + 1])
    }

    /// The characters that begin a kind of division after a count (两个乡镇, 三个村, 两个街道).
    private static let divisionKindCharacters = ScalarSet("省市县区旗乡镇村街社")

    /// The village of `county` named `name`, where one township of it has one.
    private func village(named name: String, in county: Gazetteer.Division) -> Gazetteer.Division? {
        let utf8 = Array(name.utf8)
        let matches = gazetteer.townships(of: county).flatMap { gazetteer.villages(of: $0) { $0.elementsEqual(utf8) } }
        return matches.count == 1 ? matches[0] : nil
    }
}

extension Recognizer {
    /// A township the text writes by a name other than the data's, and never by the data's (永乐镇 for
    /// 永乐街道, 大阳乡 for 大阳镇), is named so wherever else it stands, by its short form too (永乐 of
    /// 在永乐、高峰等搬迁点): one township, one name, the one the document uses.
    func namingTownshipsAsWritten(_ places: [Candidate], in text: [Unicode.Scalar]) -> [Candidate] {
        var written: [Int: Gazetteer.Division] = [:]
        for place in places {
            guard let division = place.division, division.level == .township, division.index < gazetteer.divisions.count,
                  written[division.index] == nil, division.name != gazetteer.divisions[division.index].name else { continue }
            written[division.index] = division
        }
        guard !written.isEmpty else { return places }
        let writtenOfficially = Set(places.lazy.compactMap { place -> Int? in
            guard let index = place.division?.index, written[index] != nil else { return nil }
            return String(scalars: text[place.start..<place.end]) == self.gazetteer.divisions[index].name ? index : nil
        })
        return places.map { place in
            guard let index = place.division?.index, let renamed = written[index], !writtenOfficially.contains(index) else { return place }
            var named = place
            named.division = renamed
            return named
        }
    }
}
