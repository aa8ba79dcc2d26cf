/// Decides which divisions a document is about and which division names in it are mentions.
///
/// Division names are ambiguous (many counties share a township name; a short form such as 宁远
/// can be an ordinary word), so a name counts only when the document gives it support: full
/// county and prefecture names count; a short form, or a full name as ambiguous as one (范县,
/// 城区), counts when its full name, or a division above it, appears too, or when it is a county
/// of the document's prefecture and no common word; townships count under the document's
/// counties, or under its prefecture when their name is the only one in the country; villages
/// count only under the document's counties. A province or prefecture written right before a
/// division of its own (湖南宁远县, 永州市宁远县) is one mention with it.
struct DocumentContext {
    let gazetteer: Gazetteer
    let words: WordList
    let text: [Unicode.Scalar]
    let hits: [(start: Int, end: Int, payload: Recognizer.DivisionForm)]
    private(set) var county: Gazetteer.Division?
    private(set) var prefecture: Gazetteer.Division?
    private(set) var province: Gazetteer.Division?
    /// Divisions named somewhere in the document by a name that needs no support.
    private let namedInFull: Set<Int>
    /// Divisions the text names only by a former name (旬阳县, never 旬阳市), under that name.
    private let renamed: [Int: Gazetteer.Division]

    init(gazetteer: Gazetteer, words: WordList, text: [Unicode.Scalar], divisionHits: [(start: Int, end: Int, payload: Recognizer.DivisionForm)],
         countiesByTownshipShortForm: [WordKey: [Int]] = [:]) {
        self.gazetteer = gazetteer
        self.words = words
        self.text = text
        self.hits = divisionHits
        // A two-character county (洋县) is as ambiguous as a short form, but not where no longer name
        // holds it (临|高县|县委) and either its own bodies follow it with their 县 (洋县|县委, 洋县|县长)
        // or it stands as a word of its own (在|眉县|召开, but not 简|单县 or 新|县城).
        let longerEnds = PositionSet(count: text.count, divisionHits.lazy.filter { $0.end - $0.start > 2 }.map(\.end))
        let confirmed = Self.countiesConfirmedByTownships(divisionHits, gazetteer: gazetteer) { hit in
            // A form that is also a common word (遵化) counts only as a word of its own (为|遵化|的).
            (hit.start == 0 || !NameGrower.isIdeograph(text[hit.start - 1]) || Lexicon.stopCharacters.contains(text[hit.start - 1])
                || words.hasWord(in: text, endingAt: hit.start, startingBefore: hit.start - 1))
                && (hit.end == text.count || !NameGrower.isIdeograph(text[hit.end]) || Lexicon.stopCharacters.contains(text[hit.end]))
        }
        let twoCharacterCounties = divisionHits.filter { hit in
            hit.end - hit.start == 2 && !longerEnds.contains(hit.end)
                && gazetteer.divisions[hit.payload.division].level == .county && gazetteer.divisions[hit.payload.division].name.unicodeScalars.count == 2
                && (hit.end < text.count && text[hit.end] == "县" || !hit.payload.isCommonWord && Self.standsAsWord(hit, in: text, words: words))
                && !Self.isListedWithSlogans(hit, among: divisionHits, in: text)
        }
        namedInFull = Set((divisionHits.filter { hit in
            !hit.payload.needsSupport && !Self.isBeforeCountyTown(hit, in: text)
                && !Self.readsAsWordAndBody(hit, gazetteer.divisions[hit.payload.division], in: text, words: words)
                && !Self.readsAsCompassRegion(hit, in: text) && !Self.readsAsNamedArea(hit, in: text, words: words, after: divisionHits)
                && !Self.runsIntoCompassRegion(hit, in: text, after: divisionHits)
        } + twoCharacterCounties).map(\.payload.division))
            .union(confirmed).union(Self.countiesNamedShortInOwnReports(divisionHits, in: text, words: words))
        let renamed = Self.divisionsNamedFormerly(divisionHits, gazetteer: gazetteer, text: text)
        self.renamed = renamed
        let named = Set(divisionHits.map(\.payload.division))
        let fullNames = namedInFull
        // A county whose township the text names, one no other township shares (东乡县 … 锁南镇), is supported by it.
        let countiesOfUniqueTownships = Set(divisionHits.lazy.filter { $0.payload.isUniqueTownship }.compactMap { gazetteer.divisions[$0.payload.division].parent })
        func supported(_ index: Int) -> Bool {
            fullNames.contains(index) || countiesOfUniqueTownships.contains(index)
                || gazetteer.ancestors(of: gazetteer.divisions[index]).contains { named.contains($0.index) }
        }
        // A short form that is a common word (振兴 for 振兴区) counts only by its own full name or its parent's.
        func supported(_ hit: (start: Int, end: Int, payload: Recognizer.DivisionForm)) -> Bool {
            // A prefecture's short form that no other division has, standing alone as a word of its own
            // (漳州:…), names it (not 中山|大学, 德州|镇).
            if hit.payload.standsAloneAtWordStart, Self.beginsWord(at: hit.start, in: text, words: words),
               hit.end == text.count || !NameGrower.isIdeograph(text[hit.end]), !Self.namesPerson(hit, in: text) { return true }
            guard hit.payload.isCommonWord else { return supported(hit.payload.division) }
            return fullNames.contains(hit.payload.division) || gazetteer.divisions[hit.payload.division].parent.map(named.contains) == true
                // A county since raised to a city or district, written in full under its new level (安徽省|无为市), is
                // supported as a full name is: by any division above it.
                || (Self.renamedCountyEnd(hit, gazetteer.divisions[hit.payload.division], in: text, words: words) != nil
                    && supported(hit.payload.division))
        }
        let prefectureSpans = Set(divisionHits.filter { gazetteer.divisions[$0.payload.division].level == .prefecture }.map { $0.start << 32 | $0.end })
        func namedCounts(_ level: Gazetteer.Division.Level) -> [Int: (count: Int, first: Int)] {
            var counts: [Int: (count: Int, first: Int)] = [:]
            // A short form inside its own full name (太白 in 太白县) is the same mention: one count per start.
            var counted = Set<Int>()
            for hit in divisionHits where gazetteer.divisions[hit.payload.division].level == level && supported(hit)
                && !Self.isBeforeCountyTown(hit, in: text) && !Self.beginsInsideWord(hit, in: text, words: words)
                // A form a prefecture shares with its own county (长沙) is the prefecture's.
                && !(level == .county && prefectureSpans.contains(hit.start << 32 | hit.end))
                && counted.insert(hit.payload.division << 32 | hit.start).inserted {
                let previous = counts[hit.payload.division] ?? (0, hit.start)
                counts[hit.payload.division] = (previous.count + 1, previous.first)
            }
            return counts
        }
        // Whether a division above `index` is named too: of the divisions sharing a name (市中区 of
        // 枣庄市 and of 乐山市), the one whose prefecture the text names is meant.
        func parentNamed(_ index: Int) -> Bool {
            gazetteer.ancestors(of: gazetteer.divisions[index]).contains { named.contains($0.index) }
        }
        func mostNamed(_ level: Gazetteer.Division.Level) -> Gazetteer.Division? {
            // Ties go to the division whose parent is named, then to the earlier mention, then to the
            // lower index: never to hash order.
            namedCounts(level).max {
                ($0.value.count, parentNamed($0.key) ? 1 : 0, -$0.value.first, -$0.key) < ($1.value.count, parentNamed($1.key) ? 1 : 0, -$1.value.first, -$1.key)
            }.map { renamed[$0.key] ?? gazetteer.divisions[$0.key] }
        }
        // A document naming several counties of a prefecture once each, and the prefecture more often, is the
        // prefecture's (镇江市 and its 丹阳市, 句容市): its bare 市委 is the prefecture's, no county's; so is one
        // naming three of its counties or more and no other, none more often than the prefecture (湛江市 and
        // 雷州、徐闻、遂溪、吴川).
        let countyCounts = namedCounts(.county)
        let prefectureCount = namedCounts(.prefecture).values.map(\.count).max() ?? 0
        let mostCountyCount = countyCounts.values.map(\.count).max() ?? 0
        let mostNamedPrefecture = mostNamed(.prefecture)?.index
        let allOfOnePrefecture = countyCounts.keys.allSatisfy { gazetteer.divisions[$0].parent == mostNamedPrefecture }
        let aboutPrefecture = countyCounts.count >= 2 && prefectureCount >= 2
            && (countyCounts.values.allSatisfy { $0.count == 1 } || (countyCounts.count >= 3 && allOfOnePrefecture && mostCountyCount <= prefectureCount))
        county = aboutPrefecture ? nil : mostNamed(.county) ?? Self.impliedCounty(divisionHits, gazetteer: gazetteer, text: text, within: mostNamed(.prefecture))
            ?? Self.countyOfListedTownships(in: text, countiesByShortForm: countiesByTownshipShortForm).map { gazetteer.divisions[$0] }
        let countyAncestors = county.map { gazetteer.ancestors(of: $0) } ?? []
        prefecture = countyAncestors.first { $0.level == .prefecture } ?? mostNamed(.prefecture)
        province = countyAncestors.first { $0.level == .province }
            ?? prefecture.flatMap { gazetteer.ancestors(of: $0).first { $0.level == .province } } ?? mostNamed(.province)
    }

    /// Candidates for the division names the document supports, and for the villages of its county.
    func placeCandidates() -> [Candidate] {
        let countiesInScope = Set(([county?.index].compactMap { $0 }) + namedInFull.filter { gazetteer.divisions[$0].level == .county })
        let context = Set([county, prefecture, province].compactMap { $0?.index })
        var candidates: [Candidate] = []
        // Townships of a neighbouring county of the prefecture: kept when no other township has their name.
        var neighbouring: [(start: Int, end: Int, division: Gazetteer.Division)] = []
        // Full township names several counties share, in a document that names no county (下一步,金河镇将…).
        var unplaced: [Int: Int] = [:]
        // Where provinces and prefectures end: a short form right after its own (河北|安国, 安徽|亳州) is supported by it.
        var ancestorsEndingAt: [Int: [Int]] = [:]
        for hit in hits where gazetteer.divisions[hit.payload.division].level <= .prefecture {
            ancestorsEndingAt[hit.end, default: []].append(hit.payload.division)
        }
        for hit in hits {
            let listed = renamed[hit.payload.division] ?? gazetteer.divisions[hit.payload.division]
            let division = cityNamedLikePrefecture(hit, listed) ?? listed
            let accepted: Bool
            switch division.level {
            case .province:
                accepted = true
            case .prefecture, .county:
                // A county of the document's prefecture (江永 in an article about 宁远县), or a
                // prefecture of its province (衡阳 in an article about 永州), counts by its short form.
                let parentInContext = division.level == .county ? prefecture : province
                // Two characters stand for the division only where a word begins (闫|晋中 is a person).
                let sibling = division.parent != nil && division.parent == parentInContext?.index && !hit.payload.isCommonWord
                    && (hit.end - hit.start > 2 || beginsWord(at: hit.start))
                // A name that reads as other words (新建|县城, 会同|县府办) is a county's only in a document about it.
                let readsAsOtherWords = (Self.isBeforeCountyTown(hit, in: text) || Self.readsAsWordAndBody(hit, division, in: text, words: words)
                                         || Self.readsAsCompassRegion(hit, in: text) || Self.readsAsNamedArea(hit, in: text, words: words, after: hits))
                    && !context.contains(division.index)
                // A short form whose last character begins a word that runs on (新乡|贤) is that word's.
                let endsInsideWord = hit.payload.needsSupport && !context.contains(division.index) && !namedInFull.contains(division.index)
                    && (2...3).contains { words.contains(text, hit.end - 1, $0) }
                // A compound direction (黔西|北) is a region's, even in a document about the division.
                // A short form many divisions share (经开区) is a city's zone only outside a county's report.
                let othersZone = hit.payload.isSharedForm && county.map { $0.index != division.index } == true
                accepted = !othersZone && !readsAsOtherWords && !Self.beginsPersonsNameAfterPost(hit, in: text, words: words) && !Self.runsIntoCompassRegion(hit, in: text, after: hits) && !endsInsideWord && !Self.beginsInsideWord(hit, in: text, words: words) && (!hit.payload.needsSupport || context.contains(division.index) || namedInFull.contains(division.index)
                    || sibling || (hit.payload.standsAloneAtWordStart && beginsWord(at: hit.start) && !Self.namesPerson(hit, in: text))
                    || ancestorsEndingAt[hit.start]?.contains(where: { gazetteer.isAncestor(gazetteer.divisions[$0], of: division) }) == true
                    || (division.level == .county || division.level == .prefecture) && isListedBeforeLevelCount(hit, division)
                    || division.level == .prefecture && isListedBeforeCities(hit)
                    // Two prefectures' unique short forms written together (绍兴衢州共建…) name both.
                    || hit.payload.standsAloneAtWordStart && hits.contains { other in
                        other.payload.standsAloneAtWordStart && (other.end == hit.start || other.start == hit.end) })
            case .township:
                // A township unique in the country counts without its county, unless it begins inside a word (示|范村镇)
                // or its level character begins one (美丽宜居|乡村).
                accepted = division.parent.map(countiesInScope.contains) ?? false
                    || (county == nil && hit.payload.isUniqueTownship && !words.hasWord(in: text, endingAt: hit.start + 1, startingBefore: hit.start)
                        && !(2...3).contains { words.contains(text, hit.end - 1, $0) })
                if !accepted, let prefecture, let parent = division.parent, gazetteer.divisions[parent].parent == prefecture.index {
                    neighbouring.append((hit.start, hit.end, division))
                } else if !accepted, county == nil, isUnplacedTownship(hit, division) {
                    unplaced[hit.start] = hit.end
                }
            case .village:
                accepted = division.parent.map(countiesInScope.contains) ?? false
            }
            if accepted && !followedByNameCharacter(hit.end, division) {
                let renamedEnd = Self.renamedCountyEnd(hit, division, in: text, words: words)
                candidates.append(Candidate(type: .place, start: hit.start, end: renamedEnd ?? hit.end, priority: 2, division: division,
                                            name: renamedEnd.map { String(scalars: text[hit.start..<$0]) }))
            }
            // A township of another county written with one of its own villages (宁远县湾井镇下灌村) names the
            // village too; the document's county's villages are matched with the others below.
            if accepted, division.level == .township, division.parent != county?.index,
               let village = Self.village(of: division, writtenAt: hit.end, in: text, gazetteer: gazetteer) {
                let end = hit.end + village.name.unicodeScalars.count
                candidates.append(Candidate(type: .place, start: hit.end, end: end, priority: 2, division: village))
            }
        }
        if !neighbouring.isEmpty {
            var named: [Int: Int] = [:]
            for hit in hits where gazetteer.divisions[hit.payload.division].level == .township { named[hit.start << 32 | hit.end, default: 0] += 1 }
            for township in neighbouring where named[township.start << 32 | township.end] == 1 && !followedByNameCharacter(township.end, township.division) {
                candidates.append(Candidate(type: .place, start: township.start, end: township.end, priority: 2, division: township.division))
            }
        }
        let placedStarts = Set(candidates.map(\.start))
        for (start, end) in unplaced.sorted(by: { $0.key < $1.key }) where !placedStarts.contains(start) {
            candidates.append(Candidate(type: .place, start: start, end: end, priority: 2))
        }
        if let county { candidates += localCandidates(of: county) + listedTownshipShortForms(of: county) }
        return candidates + Self.joinedWithAncestors(candidates, gazetteer: gazetteer)
    }

    /// Whether a township's full name that several counties share stands as a place where the text names
    /// no county: three characters or more ending in 镇 or 乡, no kind of town, where a word begins and no common word
    /// runs into its first character (大雪|山乡, 其中|城镇), no common word itself, and its 镇 or 乡 in
    /// no common word (新|集镇, 中|城镇化). It is a place, though not one the hierarchy can place.
    private func isUnplacedTownship(_ hit: (start: Int, end: Int, payload: Recognizer.DivisionForm), _ division: Gazetteer.Division) -> Bool {
        let length = hit.end - hit.start
        return length >= 3 && length == division.name.unicodeScalars.count && !hit.payload.isCommonWord
            && Recognizer.townshipCharacters.contains(text[hit.end - 1]) && beginsWord(at: hit.start)
            // A kind of town (中心镇, 重点镇, 特色镇) is no town's name here.
            && !(length == 3 && Lexicon.villageKinds.contains(WordKey(text, hit.start, 2)))
            && !words.hasWord(in: text, endingAt: hit.start + 1, startingBefore: hit.start)
            && !(2...3).contains { words.contains(text, hit.end - 2, $0) || words.contains(text, hit.end - 1, $0) }
    }

    /// Two-character counties and short forms (文县, 洋县; 遵化 for 遵化市) that the text confirms by
    /// naming two of their own townships in full (碧口镇, 尚德镇): the county the article is about,
    /// though its name alone is as ambiguous as a short form. A form that is also a common word
    /// counts only where `standsAsWord` says the text uses it as a word of its own.
    private static func countiesConfirmedByTownships(_ hits: [(start: Int, end: Int, payload: Recognizer.DivisionForm)],
                                                     gazetteer: Gazetteer,
                                                     standsAsWord: ((start: Int, end: Int, payload: Recognizer.DivisionForm)) -> Bool) -> Set<Int> {
        var townshipsByCounty: [Int: Set<Int>] = [:]
        for hit in hits {
            let division = gazetteer.divisions[hit.payload.division]
            guard division.level == .township, hit.end - hit.start >= 3, hit.end - hit.start == division.name.unicodeScalars.count,
                  let county = division.parent else { continue }
            townshipsByCounty[county, default: []].insert(division.index)
        }
        return Set(hits.filter { hit in
            hit.payload.needsSupport && hit.end - hit.start == 2 && gazetteer.divisions[hit.payload.division].level == .county
                && (townshipsByCounty[hit.payload.division]?.count ?? 0) >= 2 && (!hit.payload.isCommonWord || standsAsWord(hit))
        }.map(\.payload.division))
    }

    /// The county of a document that names none (local news often leaves its county to the reader):
    /// the county whose township is written with one of its own villages (湾井镇下灌村), or the one
    /// county that two or more of the townships named in full belong to, more than any other
    /// (湾井镇、冷水镇、天堂镇). Within the document's prefecture, where it names one.
    private static func impliedCounty(_ hits: [(start: Int, end: Int, payload: Recognizer.DivisionForm)], gazetteer: Gazetteer,
                                      text: [Unicode.Scalar], within prefecture: Gazetteer.Division?) -> Gazetteer.Division? {
        var townshipsByCounty: [Int: Set<Int>] = [:]
        var townshipsAlone: [Gazetteer.Division] = []
        for hit in hits {
            let township = gazetteer.divisions[hit.payload.division]
            // A township the data names by a kind of zone (开发区, 高新区) says nothing of the county.
            guard township.level == .township, hit.end - hit.start == township.name.unicodeScalars.count,
                  !Lexicon.placeHeadSet.contains(township.name),
                  let county = township.parent, gazetteer.divisions[county].level == .county,
                  prefecture.map({ gazetteer.divisions[county].parent == $0.index }) ?? true else { continue }
            if village(of: township, writtenAt: hit.end, in: text, gazetteer: gazetteer) != nil { return gazetteer.divisions[county] }
            townshipsByCounty[county, default: []].insert(township.index)
            townshipsAlone.append(township)
        }
        let ranked = townshipsByCounty.map { (county: $0.key, count: $0.value.count) }.sorted { ($0.count, -$0.county) > ($1.count, -$1.county) }
        if let best = ranked.first, best.count >= 2, ranked.count == 1 || ranked[1].count < best.count { return gazetteer.divisions[best.county] }
        // One township named with two or more of its own villages elsewhere in the text (湾井镇 … 下灌村、桥头村).
        let written = String(String.UnicodeScalarView(text))
        let withVillages = Set(townshipsAlone.map(\.index)).compactMap { index -> Gazetteer.Division? in
            let township = gazetteer.divisions[index]
            let named = gazetteer.villages(of: township).filter { $0.name.unicodeScalars.count >= 3 && written.contains($0.name) }
            return named.count >= 2 ? township : nil
        }
        guard withVillages.count == 1, let county = withVillages[0].parent else { return nil }
        return gazetteer.divisions[county]
    }

    /// A township's name without 镇, 乡 or 街道 (湾井 for 湾井镇, and 西口 for the ethnic 西口回族镇), where two to four characters remain;
    /// none for a numbered sub-district (第二街道), whose 第二 is an ordinal wherever it is written, nor
    /// for one named after a station (火车站街道, 汽车站乡), whose short form is the station.
    static func townshipShortForm(_ name: String) -> WordKey? {
        if name.unicodeScalars.contains("族"), let plain = Gazetteer.plainName(ofEthnicTownship: name) { return townshipShortForm(plain) }
        let scalars = Array(name.unicodeScalars)
        guard let last = scalars.last, scalars.first != "第" else { return nil }
        let suffixLength = last == "镇" || last == "乡" ? 1 : last == "道" && scalars.count > 2 && scalars[scalars.count - 2] == "街" ? 2 : 0
        guard suffixLength > 0, scalars.count - suffixLength >= 2, scalars[scalars.count - suffixLength - 1] != "站" else { return nil }
        return WordKey(scalars.dropLast(suffixLength))
    }

    /// The one township of `county` whose short form is `shortForm`; nil where none or two have it.
    static func township(of county: Gazetteer.Division, shortForm: WordKey, in gazetteer: Gazetteer) -> Gazetteer.Division? {
        let matching = gazetteer.townships(of: county).filter { townshipShortForm($0.name) == shortForm }
        return matching.count == 1 ? matching[0] : nil
    }

    /// The county of a document that names none but lists two of its townships by their short forms
    /// (王官庄、油坊被命名为…): the one county with townships of both forms, where only one has them.
    private static func countyOfListedTownships(in text: [Unicode.Scalar], countiesByShortForm: [WordKey: [Int]]) -> Int? {
        guard !countiesByShortForm.isEmpty else { return nil }
        var found: Set<Int> = []
        for separator in text.indices where text[separator] == "、" {
            for before in 2...4 where separator - before >= 0 {
                guard let first = countiesByShortForm[WordKey(text, separator - before, before)] else { continue }
                for after in 2...4 where separator + 1 + after <= text.count {
                    guard let second = countiesByShortForm[WordKey(text, separator + 1, after)],
                          // Forms inside longer words on both sides (勇攀|高峰、团结|协作) are no townships, whatever
                          // county has both.
                          edgeStandsApart(separator - before, in: text) || edgeStandsApart(separator + 1 + after, in: text, after: true) else { continue }
                    let shared = Set(first).intersection(second)
                    if shared.count == 1 { found.formUnion(shared) }
                }
            }
        }
        return found.count == 1 ? found.first : nil
    }

    /// Whether a name's edge at `index` stands apart from the words around it: the text's edge, a mark,
    /// a function character or 、 (before the name, or after it when `after`, where a level or a count may follow).
    static func edgeStandsApart(_ index: Int, in text: [Unicode.Scalar], after: Bool = false) -> Bool {
        let neighbour = after ? index : index - 1
        guard neighbour >= 0, neighbour < text.count else { return true }
        return !NameGrower.isIdeograph(text[neighbour]) || Lexicon.stopCharacters.contains(text[neighbour])
            || (after && "乡镇两三四五六七八九十".unicodeScalars.contains(text[neighbour]))
    }

    /// The village of `township` whose name is written at `index`, or nil.
    static func village(of township: Gazetteer.Division, writtenAt index: Int, in text: [Unicode.Scalar],
                                gazetteer: Gazetteer) -> Gazetteer.Division? {
        guard index < text.count, NameGrower.isIdeograph(text[index]) else { return nil }
        // Village names run to five characters or so: the UTF-8 of the next eight is enough to compare with.
        let following = Array(String(String.UnicodeScalarView(text[index..<min(text.count, index + 8)])).utf8)
        return gazetteer.villages(of: township) { name in following.starts(with: name) }.max { $0.name.count < $1.name.count }
    }

    /// Whether a county's short form stands before 县城, or its former name before 城: read as a word
    /// and 县城 (新建|县城), it names that county only in a document about it.
    private static func isBeforeCountyTown(_ hit: (start: Int, end: Int, payload: Recognizer.DivisionForm), in text: [Unicode.Scalar]) -> Bool {
        guard hit.end < text.count else { return false }
        if hit.payload.isFormerName { return text[hit.end] == "城" }
        return hit.end + 1 < text.count && text[hit.end] == "县" && text[hit.end + 1] == "城"
    }

    /// The divisions that the text writes by a former name (旬阳县, 大阳乡) and never by their
    /// current full name: they take the name the document uses.
    private static func divisionsNamedFormerly(_ hits: [(start: Int, end: Int, payload: Recognizer.DivisionForm)],
                                               gazetteer: Gazetteer, text: [Unicode.Scalar]) -> [Int: Gazetteer.Division] {
        guard hits.contains(where: \.payload.isFormerName) else { return [:] }
        var former: [Int: String] = [:]
        var current = Set<Int>()
        for hit in hits {
            let division = gazetteer.divisions[hit.payload.division]
            if hit.payload.isFormerName {
                if former[division.index] == nil { former[division.index] = String(scalars: text[hit.start..<hit.end]) }
            } else if hit.end - hit.start == division.name.unicodeScalars.count {
                current.insert(division.index)
            }
        }
        var renamed: [Int: Gazetteer.Division] = [:]
        for (index, name) in former where !current.contains(index) { renamed[index] = gazetteer.divisions[index].named(name) }
        return renamed
    }

    /// Whether a county's full name reads as a common word and a bare body that its 县 begins
    /// (会同|县府办主任: 会同 is "together with"). Only words that can stand before a subject read so:
    /// verbs, adverbs, conjunctions, prepositions and locatives (比如|县委, 无为|县政府), not nouns
    /// (海盐县政协 is no sea salt's).
    private static let wordsReadBeforeBodies: Set<String> = ["v", "vd", "d", "c", "p", "f"]

    /// Whether a county's full name reads as a common word and a bare body that its 县 begins
    /// (会同|县府办主任: 会同 is "together with").
    private static func readsAsWordAndBody(_ hit: (start: Int, end: Int, payload: Recognizer.DivisionForm), _ division: Gazetteer.Division,
                                           in text: [Unicode.Scalar], words: WordList) -> Bool {
        division.level == .county && hit.end - hit.start == 3 && text[hit.end - 1] == "县"
            && words.tag(of: String(scalars: text[hit.start..<(hit.start + 2)])).map(wordsReadBeforeBodies.contains) == true
            && (1...4).contains { hit.end + $0 <= text.count && Lexicon.countyBodyStarts.contains(WordKey(text, hit.end, $0)) }
    }

    /// Whether a district named by a direction and a generic word (南山区, 中山区, 西城区) follows another
    /// direction that makes a region of it (浙西|南山区 reads 浙西南|山区, 华|中山区 reads 华中|山区).
    private static func readsAsCompassRegion(_ hit: (start: Int, end: Int, payload: Recognizer.DivisionForm), in text: [Unicode.Scalar]) -> Bool {
        hit.end - hit.start == 3 && hit.start > 0 && compassDirections.contains(text[hit.start])
            && (compassDirections.contains(text[hit.start - 1]) || text[hit.start - 1] == "华")
            && Lexicon.genericPlaceWords.contains(WordKey(text, hit.start + 1, 2))
    }

    private static let compassDirections = ScalarSet("东南西北中")

    /// Whether a division's short form ending in 东 or 西 runs on into a compound direction that makes a
    /// region of it (黔西|北 reads 黔西北, northwest Guizhou; 湘西|北), where no other division begins.
    private static func runsIntoCompassRegion(_ hit: (start: Int, end: Int, payload: Recognizer.DivisionForm), in text: [Unicode.Scalar],
                                              after hits: [(start: Int, end: Int, payload: Recognizer.DivisionForm)]) -> Bool {
        hit.end - hit.start == 2 && hit.end < text.count && (text[hit.end - 1] == "东" || text[hit.end - 1] == "西")
            && (text[hit.end] == "南" || text[hit.end] == "北") && !hits.contains { $0.start == hit.end }
    }

    /// Whether a district of three characters that ends in a generic word (龙山区, 西山区) runs on from a name
    /// character that neither a division nor a common word ends at, so that the text reads the generic word
    /// after a longer name (大龙山|区 of 桥墩镇大龙山区, 粤西|山区): a mountain area, no district (but 今年|南山区).
    private static func readsAsNamedArea(_ hit: (start: Int, end: Int, payload: Recognizer.DivisionForm), in text: [Unicode.Scalar],
                                         words: WordList, after hits: [(start: Int, end: Int, payload: Recognizer.DivisionForm)]) -> Bool {
        hit.end - hit.start == 3 && hit.start > 0 && NameGrower.isIdeograph(text[hit.start - 1])
            && !Lexicon.stopCharacters.contains(text[hit.start - 1])
            && Lexicon.genericPlaceWords.contains(WordKey(text, hit.start + 1, 2))
            && !words.hasWord(in: text, endingAt: hit.start, startingBefore: hit.start - 1)
            && !hits.contains { $0.end == hit.start }
    }

    /// Whether a name as ambiguous as a short form begins inside a common word that the text reads
    /// instead (示|范县 of 综合示范县): no mention of the division.
    private static func beginsInsideWord(_ hit: (start: Int, end: Int, payload: Recognizer.DivisionForm), in text: [Unicode.Scalar],
                                         words: WordList) -> Bool {
        hit.payload.needsSupport && words.hasWord(in: text, endingAt: hit.start + 1, startingBefore: hit.start)
    }

    /// Whether a division's short form stands in a list of such forms that a count of divisions closes
    /// (毕节、铜仁两市, 云霄、东山“两县一区”), beside a division of the same level and parent: the count
    /// says they are divisions, the neighbour which ones.
    private func isListedBeforeLevelCount(_ hit: (start: Int, end: Int, payload: Recognizer.DivisionForm), _ division: Gazetteer.Division) -> Bool {
        guard hit.end < text.count, text[hit.end] == "、" || (hit.start > 0 && text[hit.start - 1] == "、") else { return false }
        var index = hit.end
        while index + 1 < text.count, index - hit.end < 16 {
            let character = text[index]
            if Lexicon.numerals.contains(character) {
                // A classifier or 地 may stand between (三个县, 四地市).
                let levelIndex = index + 2 < text.count && "个地".unicodeScalars.contains(text[index + 1]) ? index + 2 : index + 1
                guard Self.countedLevels.contains(text[levelIndex]) else { return false }
                let listStart = max(0, hit.start - 16)
                return hits.contains { other in
                    other.start >= listStart && other.end <= index && other.start != hit.start
                        && gazetteer.divisions[other.payload.division].level == division.level
                        && gazetteer.divisions[other.payload.division].parent == division.parent
                }
            }
            guard character == "、" || character == "“" || (NameGrower.isIdeograph(character) && !Lexicon.stopCharacters.contains(character)) else { return false }
            index += 1
        }
        return false
    }

    /// The city a prefecture's short form stands for where the city is named after the prefecture, the
    /// text writes the city in full and never the prefecture (大理市 … 在大理的发展), or nil.
    private func cityNamedLikePrefecture(_ hit: (start: Int, end: Int, payload: Recognizer.DivisionForm), _ division: Gazetteer.Division) -> Gazetteer.Division? {
        guard division.level == .prefecture, hit.end - hit.start < division.name.unicodeScalars.count, !namedInFull.contains(division.index) else { return nil }
        let cityName = String(scalars: text[hit.start..<hit.end]) + "市"
        return namedInFull.lazy.map { self.gazetteer.divisions[$0] }.first { $0.parent == division.index && $0.name == cityName }
    }

    /// Whether a prefecture's short form stands in a list that 等 and a word for cities close (合肥、南昌等城市,
    /// 郑州、西安、武汉等大城市): the word says they are cities.
    private func isListedBeforeCities(_ hit: (start: Int, end: Int, payload: Recognizer.DivisionForm)) -> Bool {
        guard hit.end < text.count, text[hit.end] == "、" || text[hit.end] == "等" || (hit.start > 0 && text[hit.start - 1] == "、") else { return false }
        var index = hit.end
        while index < text.count, index - hit.end < 16, text[index] != "等" {
            guard text[index] == "、" || (NameGrower.isIdeograph(text[index]) && !Lexicon.stopCharacters.contains(text[index])) else { return false }
            index += 1
        }
        return index < text.count && text[index] == "等" && Self.cityWords.contains { word in
            index + 1 + word.count <= text.count && text[(index + 1)..<(index + 1 + word.count)].elementsEqual(word)
        }
    }

    /// Words for cities a list of short forms can end in (…等城市, …等大城市).
    static let cityWords: [[Unicode.Scalar]] = ["城市", "大城市", "中心城市", "大中城市", "省会城市"].map { Array($0.unicodeScalars) }

    /// The level characters a count of divisions ends in (两市, 三县, 四地市).
    static let countedLevels = ScalarSet("县市区州旗")

    /// Whether a word begins at `index`: as `beginsWord(at:in:words:)` says, or after a province's
    /// name (贵州|毕节), which the word list leaves out.
    private func beginsWord(at index: Int) -> Bool {
        Self.beginsWord(at: index, in: text, words: words)
            || hits.contains { $0.end == index && gazetteer.divisions[$0.payload.division].level == .province }
    }

    /// Whether a short form stands where a person's name does, right after or before a post or a
    /// title (总督学|高雄, 高雄|委员): a person named like a city.
    private static func namesPerson(_ hit: (start: Int, end: Int, payload: Recognizer.DivisionForm), in text: [Unicode.Scalar]) -> Bool {
        (2...3).contains { length in
            hit.start >= length && Lexicon.personTitleKeys.contains(WordKey(text, hit.start - length, length))
                || hit.end + length <= text.count && Lexicon.personTitleKeys.contains(WordKey(text, hit.end, length))
        }
    }

    /// Whether a short form of two characters begins a person's name right after a post (理事长|吴忠|树说):
    /// a character that begins no word and is no level character runs it on.
    private static func beginsPersonsNameAfterPost(_ hit: (start: Int, end: Int, payload: Recognizer.DivisionForm), in text: [Unicode.Scalar],
                                                   words: WordList) -> Bool {
        hit.end - hit.start == 2 && hit.end < text.count && NameGrower.isIdeograph(text[hit.end]) && !NameGrower.levelCharacters.contains(text[hit.end - 1])
            && !Lexicon.stopCharacters.contains(text[hit.end]) && !NameGrower.levelCharacters.contains(text[hit.end])
            && !words.contains(text, hit.end, 2)
            && (2...3).contains { hit.start >= $0 && Lexicon.postTitleKeys.contains(WordKey(text, hit.start - $0, $0)) }
    }

    /// Whether a word can begin at `index`: after no Han character, a function character or a
    /// common word's end (销往|青岛), the 往 of a verb of sending (发往|成都) or the writer's own division (我县|白沙镇),
    /// not inside a person's name (闫|晋中).
    static func beginsWord(at index: Int, in text: [Unicode.Scalar], words: WordList) -> Bool {
        index == 0 || !NameGrower.isIdeograph(text[index - 1]) || Lexicon.stopCharacters.contains(text[index - 1])
            || text[index - 1] == "往" || words.hasWord(in: text, endingAt: index, startingBefore: index - 1)
            || (index >= 2 && Lexicon.pointingCharacters.contains(text[index - 2]) && NameGrower.levelCharacters.contains(text[index - 1]))
    }

    /// Whether a name of two characters ending in 县 stands as a word of its own: a word begins at
    /// it, its first character is no function character (领导和|县人大) and no common word runs
    /// into it (简单|县城), and its 县 begins no word (新|县城).
    private static func standsAsWord(_ hit: (start: Int, end: Int, payload: Recognizer.DivisionForm), in text: [Unicode.Scalar],
                                     words: WordList) -> Bool {
        beginsWord(at: hit.start, in: text, words: words) && !Lexicon.stopCharacters.contains(text[hit.start])
            && !words.hasWord(in: text, endingAt: hit.start + 1, startingBefore: hit.start)
            && !(2...3).contains { words.contains(text, hit.end - 1, $0) }
    }

    /// Whether a two-character county stands in a list beside a two-character item ending in a level
    /// word (县, 市, 乡, 镇, 村) that names no division (立县、|兴县|、强县, 富民、|富县|、强市): the items are a
    /// slogan's verbs on the county or city, not counties (but 蒲江县、|荣县: 江县 is the end of a longer item).
    private static func isListedWithSlogans(_ hit: (start: Int, end: Int, payload: Recognizer.DivisionForm),
                                            among hits: [(start: Int, end: Int, payload: Recognizer.DivisionForm)], in text: [Unicode.Scalar]) -> Bool {
        func standsAlone(_ index: Int) -> Bool {
            index < 0 || index >= text.count || !NameGrower.isIdeograph(text[index]) || Lexicon.stopCharacters.contains(text[index])
        }
        func isSlogan(_ start: Int) -> Bool {
            start >= 0 && start + 2 <= text.count && Self.sloganLevelWords.contains(text[start + 1]) && standsAlone(start - 1) && standsAlone(start + 2)
                && !hits.contains { $0.start == start && $0.end == start + 2 }
        }
        return (hit.end + 3 <= text.count && text[hit.end] == "、" && isSlogan(hit.end + 1))
            || (hit.start >= 3 && text[hit.start - 1] == "、" && isSlogan(hit.start - 3))
    }

    static let sloganLevelWords = ScalarSet("县市乡镇村")

    /// 湖南宁远县, 永州市宁远县: a division named right after its own province or prefecture is one
    /// mention of the division, written with its ancestor's name.
    private static func joinedWithAncestors(_ candidates: [Candidate], gazetteer: Gazetteer) -> [Candidate] {
        let ancestors = candidates.filter { $0.division.map { $0.level <= .prefecture } ?? false }
        let ancestorEnds = Set(ancestors.map(\.end))
        guard !ancestorEnds.isEmpty else { return [] }
        var byStart: [Int: [Candidate]] = [:]
        for candidate in candidates where candidate.division != nil && ancestorEnds.contains(candidate.start) {
            byStart[candidate.start, default: []].append(candidate)
        }
        var joined: [Candidate] = []
        // From the last to the first, so that a chain (湖南省永州市宁远县) joins link by link.
        for first in ancestors.sorted(by: { $0.start > $1.start }) {
            let ancestor = first.division!
            for second in byStart[first.end] ?? [] where gazetteer.isAncestor(ancestor, of: second.division!) {
                let chain = Candidate(type: .place, start: first.start, end: second.end, priority: 2, division: second.division)
                joined.append(chain)
                if ancestorEnds.contains(first.start) { byStart[first.start, default: []].append(chain) }
            }
        }
        return joined
    }

    /// A short form directly followed by 县/市/区 … is part of a longer name the text writes differently.
    /// The end of a county written under the level it has since taken (湟中|区 for the data's 湟中县,
    /// 撤县设区; 无为|市, 撤县设市): its short form, then 区 or 市 where the data has 县, starting no word
    /// (湟中|区域 is no district, 会同|市委 no city).
    private static func renamedCountyEnd(_ hit: (start: Int, end: Int, payload: Recognizer.DivisionForm), _ division: Gazetteer.Division,
                                         in text: [Unicode.Scalar], words: WordList) -> Int? {
        guard division.level == .county, hit.end < text.count, text[hit.end] == "区" || text[hit.end] == "市" else { return nil }
        let name = division.name.unicodeScalars
        guard name.count == hit.end - hit.start + 1, name.last == "县", name.dropLast().elementsEqual(text[hit.start..<hit.end]),
              !(2...3).contains(where: { words.contains(text, hit.end, $0) }) else { return nil }
        return hit.end + 1
    }

    private func followedByNameCharacter(_ end: Int, _ division: Gazetteer.Division) -> Bool {
        end < text.count && division.level <= .county && Recognizer.divisionLevelCharacters.contains(text[end]) && !division.name.unicodeScalars.last.map(Recognizer.divisionLevelCharacters.contains)!
    }
}
