/// Finds the places, institutions, projects and programmes of ANNOTATION.md in Chinese text.
///
/// One pass of an Aho–Corasick automaton finds every division name (province to township)
/// and every lexicon word (heads, national names, boundary words); the document's county is
/// chosen from the division names; its villages are then matched; names ending in a head
/// (…医院, …项目, …行动) are grown leftwards to their boundary; quoted brand names become
/// programmes; and overlapping candidates are resolved to the outermost span.
public struct Recognizer: Sendable {
    let gazetteer: Gazetteer
    let words: WordList
    /// One automaton for the division names and the lexicon words: one pass over a text finds both.
    let matcher: AhoCorasick<Pattern>
    /// The counties whose townships each short form of two to four characters names (王官庄 for 王官庄镇).
    let countiesByTownshipShortForm: [WordKey: [Int]]
    /// The characters expressways' names abbreviate their ends by (see `abbreviatedEnds(in:)`).
    let abbreviatedEnds: ScalarSet

    /// What the automaton finds: a division's name or short form, or a word of the lexicon.
    enum Pattern: Sendable {
        case division(DivisionForm)
        case lexicon(LexiconEntry)
    }

    struct DivisionForm: Sendable {
        let division: Int
        /// A short form, or a full name as ambiguous as one: it counts only with support.
        let needsSupport: Bool
        /// The form is also a common word (城区, 东安): only its own full name or its division's
        /// parent named in the text supports it.
        var isCommonWord = false
        /// A prefecture's two-character short form that no other division has (青岛): it counts
        /// alone where a word begins, never inside a person's name (闫|晋中).
        var standsAloneAtWordStart = false
        /// A township's full name that no other division has (郑宅镇): it counts without its county.
        var isUniqueTownship = false
        /// A county's short form of two characters that no other division has and no word list holds (郧西):
        /// a report of the county's own may name it by that form alone.
        var isUniqueCountyForm = false
        /// A name the division had before a reform (旬阳县 for 旬阳市).
        var isFormerName = false
        /// A short form many divisions share (经开区, 高新区: the data's zones of many cities): a city's zone in a
        /// city's report, but a county's own zone in a county's.
        var isSharedForm = false
    }

    enum LexiconEntry: Sendable {
        case head(EntityType)
        /// A head of government departments and bodies (局, 厅, 部, 政府): a name only after a division.
        case departmentHead
        case known(EntityType)
        /// A short name known for one thing (北大): a name only where a word ends after it. Its full name
        /// is `Lexicon.institutionShortNames[full].full`: an index keeps the entry free of references, so
        /// the automaton's matches copy without counting them.
        case shortName(EntityType, full: Int)
        case bareBody(Gazetteer.Division.Level)
        case boundary
        /// A democratic party's name (农工党, 民盟): its committees are named after it.
        case democraticParty
    }

    /// Builds the automata for `gazetteer` (the national divisions shipped with the package by default).
    public init(gazetteer: Gazetteer = .shared, words: WordList = .shared) {
        self.gazetteer = gazetteer
        self.words = words
        var forms: [(String, DivisionForm)] = []
        var formCounts: [String: Int] = [:]
        for division in gazetteer.divisions {
            formCounts[division.name, default: 0] += 1
            if let short = division.shortName, short != division.name { formCounts[short, default: 0] += 1 }
        }
        for division in gazetteer.divisions {
            // A full name of two characters (范县, 和县) or that is a common word (城区, 郊区) is as
            // ambiguous as a short form and needs the same support. A city's or county's full name of
            // three characters or more is a name even where the word list has it (市中区, 大同市), unless it
            // reads as a phrase of reports (老城区, the old town).
            let listedAsWord = words.tag(of: division.name) != nil
                && !(division.level <= .county && division.name.unicodeScalars.count >= 3)
            let ambiguous = division.level != .province
                && (division.name.unicodeScalars.count <= 2 || listedAsWord || Lexicon.districtsReadAsPhrases.contains(division.name))
            let uniqueTownship = division.level == .township && division.name.unicodeScalars.count >= 3 && formCounts[division.name] == 1
                && "镇乡".unicodeScalars.contains(division.name.unicodeScalars.last!)
            forms.append((division.name, DivisionForm(division: division.index, needsSupport: ambiguous,
                                                       isCommonWord: listedAsWord, isUniqueTownship: uniqueTownship)))
            if let short = division.shortName, short != division.name, short.unicodeScalars.count >= 2 {
                // A short form that reports use as a word of their own (惠民 of 惠民政策, 惠农) is as common as jieba's words.
                let isCommonWord = words.tag(of: short) != nil || WordKey(short.unicodeScalars).map(Lexicon.genericRanksAndKinds.contains) == true
                let uniquePrefecture = division.level == .prefecture && short.unicodeScalars.count == 2 && formCounts[short] == 1
                let uniqueCounty = division.level == .county && short.unicodeScalars.count == 2 && formCounts[short] == 1 && !isCommonWord
                forms.append((short, DivisionForm(division: division.index, needsSupport: isCommonWord || !Self.standsAlone(short, in: formCounts),
                                                  isCommonWord: isCommonWord, standsAloneAtWordStart: uniquePrefecture && !isCommonWord,
                                                  isUniqueCountyForm: uniqueCounty, isSharedForm: formCounts[short, default: 0] >= Self.sharedFormCount)))
            }
        }
        let formerNames = Self.formerNames(in: gazetteer, taken: formCounts)
        let autonomousForms = Self.autonomousCountyForms(in: gazetteer, taken: formCounts)
        // A form that both give (大通县: the former name of 大通区, and 大通回族土族自治县 with 县) is as
        // ambiguous as a short form: each reading needs support.
        let sharedForms = Set(formerNames.map(\.0)).intersection(autonomousForms.map(\.0))
        let recordedNames = Set(gazetteer.formerNames.map(\.name))
        forms += formerNames.map { name, division in
            // 平安县 (now 平安区) is also 平安|县城: a former name the data does not record whose body is a
            // common word needs support, as one of two characters does (横县 of 纵横县域).
            let isCommonWord = words.tag(of: name) != nil || !recordedNames.contains(name) && words.tag(of: String(name.dropLast())) != nil
            return (name, DivisionForm(division: division.index, needsSupport: isCommonWord || sharedForms.contains(name) || name.unicodeScalars.count <= 2,
                                       isCommonWord: isCommonWord, isFormerName: true))
        }
        forms += autonomousForms.map { name, division in
            // A short form the word list tags as a numeral for its first character (五峰, "m") is no common word.
            let isCommonWord = words.tag(of: String(name.unicodeScalars.prefix(division.shortName!.unicodeScalars.count))).map { $0 != "m" } ?? false
            return (name, DivisionForm(division: division.index, needsSupport: isCommonWord || sharedForms.contains(name), isCommonWord: isCommonWord))
        }
        var counties: [WordKey: [Int]] = [:]
        for township in gazetteer.divisions where township.level == .township {
            guard let county = township.parent, let key = DocumentContext.townshipShortForm(township.name) else { continue }
            counties[key, default: []].append(county)
        }
        countiesByTownshipShortForm = counties
        abbreviatedEnds = Self.abbreviatedEnds(in: gazetteer)
        var words: [(String, LexiconEntry)] = []
        words += Lexicon.institutionHeads.map { ($0, .head(.institution)) }
        words += Lexicon.projectHeads.map { ($0, .head(.project)) }
        words += Lexicon.programmeHeads.map { ($0, .head(.programme)) }
        words += Lexicon.placeHeads.map { ($0, .head(.place)) }
        words += Lexicon.departmentHeads.map { ($0, .departmentHead) }
        words += Lexicon.nationalInstitutions.map { ($0, .known(.institution)) }
        words += Lexicon.institutionShortNames.enumerated().map { ($1.short, .shortName(.institution, full: $0)) }
        words += Lexicon.nationalProgrammes.map { ($0, .known(.programme)) }
        words += (Lexicon.naturalFeatures + Lexicon.nationalRegions + Lexicon.majorRivers + Lexicon.countries).map { ($0, .known(.place)) }
        words += Lexicon.bareBodies.map { ($0.form, .bareBody($0.level)) }
        words += Lexicon.boundaryWords.map { ($0, .boundary) }
        words += PartyBodies.parties.map { ($0, .democraticParty) }
        matcher = AhoCorasick(forms.map { ($0.0, Pattern.division($0.1)) } + words.map { ($0.0, Pattern.lexicon($0.1)) })
    }

    /// How many divisions share a short form that is a generic word rather than any one's name (经开区, 高新区).
    static let sharedFormCount = 5

    /// Names divisions had before reforms, which older texts still write: those the data records
    /// (襄樊市 for 襄阳市, 长治县 for 上党区), and for every county-level city or district the county
    /// it may have been (旬阳县 for 旬阳市: 撤县设市, 撤县设区). A name some division has today is left to it.
    static func formerNames(in gazetteer: Gazetteer, taken: [String: Int]) -> [(String, Gazetteer.Division)] {
        let recorded = gazetteer.formerNames.filter { taken[$0.name] == nil }.map { ($0.name, gazetteer.divisions[$0.division]) }
        let recordedNames = Set(recorded.map(\.0))
        return recorded + gazetteer.divisions.compactMap { county in
            guard county.level == .county, let short = county.shortName, short.unicodeScalars.count >= 2, short != county.name,
                  let last = county.name.unicodeScalars.last, last == "市" || last == "区",
                  taken[short + "县"] == nil, !recordedNames.contains(short + "县") else { return nil }
            return (short + "县", county)
        }
    }

    /// The forms reports write an autonomous county or prefecture in (沿河自治县 and 沿河县 for
    /// 沿河土家族自治县, 湘西自治州 and 湘西州 for 湘西土家族苗族自治州): its short form with 自治县 or 县,
    /// 自治州 or 州, and a county's whole name before its nationalities where the short form cuts it
    /// (和布克赛尔县), where no division has that name.
    static func autonomousCountyForms(in gazetteer: Gazetteer, taken: [String: Int]) -> [(String, Gazetteer.Division)] {
        gazetteer.divisions.flatMap { division -> [(String, Gazetteer.Division)] in
            guard let short = division.shortName, short.unicodeScalars.count >= 2, short != division.name else { return [] }
            let suffixes: [String]
            switch division.level {
            case .county where division.name.hasSuffix("自治县"): suffixes = ["自治县", "县"]
            case .prefecture where division.name.hasSuffix("自治州"): suffixes = ["自治州", "州"]
            default: return []
            }
            // An autonomous county whose short form cuts its name is written by the whole name before its
            // nationalities too (和布克赛尔县 of 和布克赛尔蒙古自治县, short 和布).
            let plainForms = Gazetteer.plainName(ofAutonomousCounty: division).map { plain in suffixes.map { plain + $0 } } ?? []
            return (suffixes.map { short + $0 } + plainForms).filter { taken[$0] == nil }.map { ($0, division) }
        }
    }

    /// Whether a village's 村 begins a common word (幸福村|居, 新村|民): the name is no village's there,
    /// unless another 村 begins that word (下灌村|村医), 民国 follows it or the word's second character begins
    /// a word of its own (黄石包村|社会).
    func endsInsideWord(_ place: Candidate, _ text: [Unicode.Scalar]) -> Bool {
        place.division?.level == .village && villageWordBeginsWord(endingAt: place.end, in: text)
            && !(place.end < text.count && text[place.end] == "村")
            // A date in the Republic's years after a village (杨庄村|民国二十七年) leaves its 村 to the village.
            && !(place.end + 2 <= text.count && WordKey(text, place.end, 2) == Lexicon.republicEra)
    }

    /// Whether the 村 that ends a village's name at `end` begins a common word (新村|民, 枫木村|民), not where the
    /// character after it begins a word of its own, read first (黄石包村|社会管理员: not 村社).
    func villageWordBeginsWord(endingAt end: Int, in text: [Unicode.Scalar]) -> Bool {
        text[end - 1] == "村" && words.contains(text, end - 1, 2) && !words.contains(text, end, 2)
    }

    /// A village of three characters or more written with its 村 shared by 村民 (黄石包村民喜笑颜开), named by the
    /// characters before it; nil for any other word its 村 begins (幸福村|居).
    func villageBeforeItsPeople(_ village: Candidate, _ text: [Unicode.Scalar]) -> Candidate? {
        guard village.end - village.start >= 4, village.end < text.count, text[village.end] == "民" else { return nil }
        return Candidate(type: .place, start: village.start, end: village.end - 1, priority: village.priority, division: village.division)
    }

    /// Whether a district is named by a direction alone (东区, 西区): right after an institution's head
    /// (县人民医院|东区) it is the institution's campus, no district.
    static func isDirectionDistrict(start: Int, end: Int, in text: [Unicode.Scalar]) -> Bool {
        end - start == 2 && text[end - 1] == "区" && Self.directions.contains(text[start])
    }

    /// The directions that name districts on their own (东区, 西区, 中区).
    static let directions = ScalarSet("东西南北中")

    /// Whether a short form names its division without support: three characters or more, no
    /// other division's name or short form, and not ending like a county or a zone (科右前旗,
    /// 阿图什, 石家庄; not 河南县, which reads as 河南|县域, nor 化工园区).
    static func standsAlone(_ short: String, in formCounts: [String: Int]) -> Bool {
        short.unicodeScalars.count >= 3 && formCounts[short] == 1 && !"县区园范".unicodeScalars.contains(short.unicodeScalars.last!)
    }

    /// Whether a sub-district's office (…办事处) ends at `end` right before the name of a community of
    /// two to four characters (城东社区).
    static func isOfficeBeforeCommunity(endingAt end: Int, in text: [Unicode.Scalar]) -> Bool {
        guard end >= 3, WordKey(text, end - 3, 3) == Self.officeWord else { return false }
        return (2...4).contains { length in
            end + length + 2 <= text.count && text[end..<(end + length)].allSatisfy(NameGrower.isIdeograph)
                && WordKey(text, end + length, 2) == Self.communityWord
        }
    }

    static let officeWord = WordKey("办事处".unicodeScalars)!
    static let communityWord = WordKey("社区".unicodeScalars)!

    /// Recognizes the entity mentions of `text`.
    public func recognize(_ text: String) -> RecognizedDocument {
        let written = text.scalarArray
        let scalars = Self.pairingStraightQuotes(written)
        var divisionHits: [(start: Int, end: Int, payload: DivisionForm)] = []
        var lexiconHits: [(start: Int, end: Int, payload: LexiconEntry)] = []
        for hit in matcher.matches(in: scalars) {
            switch hit.payload {
            case .division(let form): divisionHits.append((hit.start, hit.end, form))
            case .lexicon(let entry): lexiconHits.append((hit.start, hit.end, entry))
            }
        }
        // A district named by a direction right after an institution's head (县人民医院|东区) is its campus.
        if divisionHits.contains(where: { Self.isDirectionDistrict(start: $0.start, end: $0.end, in: scalars) }) {
            let institutionHeadEnds = Set(lexiconHits.lazy.filter { $0.payload.isInstitutionHead }.map(\.end))
            divisionHits.removeAll { Self.isDirectionDistrict(start: $0.start, end: $0.end, in: scalars) && institutionHeadEnds.contains($0.start) }
        }
        // A county's or prefecture's short form between a direction and a 村 that begins no word nor name (西|张家口|村,
        // not 宁远|村民 or 宁远|村委会) is in a village's name.
        divisionHits.removeAll { hit in
            hit.end < scalars.count && scalars[hit.end] == "村" && hit.start > 0 && Self.villageNamePrefixes.contains(scalars[hit.start - 1])
                && !(2...3).contains { words.contains(scalars, hit.end, $0) }
                && !Self.divisionLevelCharacters.contains(scalars[hit.end - 1])
                && [.prefecture, .county].contains(gazetteer.divisions[hit.payload.division].level)
                && !lexiconHits.contains { $0.start == hit.end }
        }
        // A division whose first character counts the people before it (35585名|山区, not 名山区 nor 名山) is none.
        divisionHits.removeAll { hit in
            hit.start > 0 && Self.peopleClassifiers.contains(scalars[hit.start])
                && (NameGrower.isDigit(scalars[hit.start - 1]) || Lexicon.numerals.contains(scalars[hit.start - 1]))
        }
        // A county's or prefecture's short form that begins a township's name (大渡口|镇 of 大渡口镇), and a
        // township's name that ends one (渡口镇 of 大渡口镇), are the longer township's. Checked only where a
        // county's form runs into 镇 or 乡, or two townships end together: rare in any text.
        func isTownship(_ hit: (start: Int, end: Int, payload: DivisionForm)) -> Bool { gazetteer.divisions[hit.payload.division].level == .township }
        func runsIntoTownship(_ hit: (start: Int, end: Int, payload: DivisionForm)) -> Bool {
            hit.end < scalars.count && Self.townshipCharacters.contains(scalars[hit.end]) && !isTownship(hit)
        }
        var townshipsEndTogether = false, lastTownshipEnd = -1
        for hit in divisionHits where isTownship(hit) {
            if hit.end == lastTownshipEnd { townshipsEndTogether = true; break }
            lastTownshipEnd = hit.end
        }
        if townshipsEndTogether || divisionHits.contains(where: runsIntoTownship) {
            let townshipHits = divisionHits.filter(isTownship)
            let townshipSpans = Set(townshipHits.map { $0.start << 32 | $0.end })
            let earliestTownshipStartByEnd = Dictionary(townshipHits.map { ($0.end, $0.start) }, uniquingKeysWith: min)
            divisionHits.removeAll { hit in
                let division = gazetteer.divisions[hit.payload.division]
                if division.level == .township { return earliestTownshipStartByEnd[hit.end]! < hit.start }
                // Not where the level character begins a bare body or a word of levels (宁远|镇政府, 宁远|乡镇): the county's.
                return runsIntoTownship(hit) && division.level != .province && hit.end - hit.start < division.name.unicodeScalars.count
                    && townshipSpans.contains(hit.start << 32 | (hit.end + 1))
                    && !(hit.end + 1 < scalars.count && Self.levelWordCharacters.contains(scalars[hit.end + 1]))
                    && !lexiconHits.contains { hit2 in if case .bareBody = hit2.payload { hit2.start == hit.end } else { false } }
            }
        }
        let context = DocumentContext(gazetteer: gazetteer, words: words, text: scalars, divisionHits: divisionHits,
                                      countiesByTownshipShortForm: countiesByTownshipShortForm)
        var places = context.placeCandidates().compactMap { place in
            guard endsInsideWord(place, scalars) else { return place }
            // A village's people (黄石包村民: 黄石包 and 村民) name the village without its 村.
            return villageBeforeItsPeople(place, scalars)
        }
        places += townshipShortFormsOfNamedCounties(places, forms: context.hits, in: scalars)
        places += villageShortFormsListedBeforeTheirKind(of: context.county, in: scalars)
        places += unlistedTownships(inChainsOf: places, in: scalars)
        places += ethnicTownshipsWrittenInFull(of: places, in: scalars)
        places += villagesWrittenWithSecondVillageWord(after: places, in: scalars)
        places += unlistedTownships(beforeVillages: places, in: scalars)
        places += unlistedVillages(after: places, in: scalars)
        places += unlistedTownships(beside: places, in: scalars)
        places += subDistrictsByTheirOffice(before: places, in: scalars)
        places += unlistedVillages(listedAfter: places, in: scalars)
        places += villagesListedBefore(places, in: scalars)
        places += villagesOfTheWritersTownship(in: scalars)
        places += villagesWrittenRepeatedly(after: places, in: scalars)
        places += unlistedPlacesWrittenAgain(places, in: scalars)
        places += localitiesWrittenAsSites(besides: places, in: scalars)
        places = namingTownshipsAsWritten(places, in: scalars)
        var candidates = places + Self.bodiesOfNamedDivisions(places: places, lexiconHits: lexiconHits, text: scalars)
        let village = Self.mostNamed(.village, in: places)
        let township = Self.mostNamed(.township, in: places) ?? village.flatMap { $0.parent.map { gazetteer.divisions[$0] } }
        let grower = NameGrower(text: scalars, lexiconHits: lexiconHits, words: words, places: places,
                                divisionForms: context.hits.map { ($0.start, $0.end) })
        candidates += grower.candidates().compactMap { candidate in
            switch candidate.bareBodyLevel {
            case .township?: return township != nil ? candidate : nil
            case .village?: return village != nil ? candidate : nil
            case .county? where candidate.isBureauWithoutDivision:
                // A bureau written without its division (地震局|工作人员) is the document's county's.
                guard let level = context.county?.name.unicodeScalars.last else { return nil }
                var named = candidate
                named.name = String(level) + String(scalars: scalars[candidate.start..<candidate.end])
                return named
            case .county? where NameGrower.isUnleveledBody(at: candidate.start, in: scalars):
                // A bare 人大 after a township's congress in the same sentence (悦来镇人大主席…、人大副主席) is
                // that township's.
                if let township = Self.townshipWithCongress(before: candidate, places: places, in: scalars) {
                    var named = candidate
                    named.name = township + String(scalars: scalars[candidate.start..<candidate.end])
                    return named
                }
                // A bare 人大 or 政协 listed with other bodies (在人大、政协监督下) is the document's county's,
                // named with its level word (县人大, 市政协); elsewhere it is the institution in general
                // (人大及其常委会, 人大作为).
                guard let county = context.county, let level = county.name.unicodeScalars.last,
                      Self.isListedWithBodies(candidate, in: scalars) else { return nil }
                var named = candidate
                named.name = String(level) + String(scalars: scalars[candidate.start..<candidate.end])
                return named
            default: return candidate
            }
        }
        // A sub-district's office right before one of its villages is the sub-district (应城市东马坊办事处|大郑村), no body.
        let officeEnds = Set(places.lazy.filter { $0.division?.level == .township && $0.end >= 3
            && Lexicon.subDistrictOfficeWords.contains(WordKey(scalars, $0.end - 3, 3)) }.map(\.end))
        if !officeEnds.isEmpty { candidates.removeAll { $0.type == .institution && officeEnds.contains($0.end) } }
        // So is an office right before a community or village the data lacks (莲花街道办事处|城东社区科普馆): an address.
        candidates.removeAll { $0.type == .institution && Self.isOfficeBeforeCommunity(endingAt: $0.end, in: scalars) }
        candidates += QuotedNames(text: scalars).programmeCandidates()
        let placeEnds = PositionMap(count: scalars.count, longestSpans: places.lazy.filter { $0.division != nil }.map { ($0.start, $0.end) })
        let countedItems = CountedLists(text: scalars, words: words, placeEnds: placeEnds).candidates()
        CountedLists.removeSites(across: countedItems, from: &candidates)
        candidates += countedItems
        let partyEnds = Dictionary(lexiconHits.filter { if case .democraticParty = $0.payload { true } else { false } }.map { ($0.start, $0.end) },
                                   uniquingKeysWith: max)
        candidates += PartyBodies(text: scalars, words: words, placeEnds: placeEnds, partyEnds: partyEnds).candidates()
        candidates += riversNamedByWorks(in: candidates, text: scalars)
        candidates += mountainsAroundMainPeaks(in: scalars) + portsOfCities(among: places, in: scalars)
        candidates += expresswaysNamedByTheirEnds(in: scalars, divisionForms: context.hits) + streetsAndBridges(in: scalars)
        let creditedSources = CreditedSources(text: scalars, words: words)
        let datelinePlaces = creditedSources.datelinePlaces(among: context.hits, in: gazetteer, county: context.county)
        // The agency before a dateline's place is named, though its last character makes a word with the place's first (新华社|长沙: 社长).
        candidates += datelinePlaces + lexiconHits.filter { hit in
            if case .known(.institution) = hit.payload { datelinePlaces.contains { $0.start == hit.end } } else { false }
        }.map { Candidate(type: .institution, start: $0.start, end: $0.end, priority: 3) }
        candidates += creditedSources.candidates() + creditedSources.titledOutlets() + creditedSources.stampedOutlets()
        candidates += creditedSources.datelineOutlets { range in
            context.hits.contains { $0.start..<$0.end == range } || places.contains { $0.start..<$0.end == range }
        }
        candidates += Self.eventsJoinedByJi(in: candidates, text: scalars)
        Self.removeClasses(from: &candidates, places: places, in: scalars)
        let kept = Candidate.outermost(candidates)
        let mentions = kept.filter { !$0.isTitle }.map { $0.mention(in: written) }
        return RecognizedDocument(text: written, mentions: mentions, county: context.county,
                                  prefecture: context.prefecture, province: context.province,
                                  innerPlaces: Self.innerPlaces(places, outside: kept).map { $0.mention(in: written) },
                                  township: township, village: village)
    }

    /// What makes 镇 or 乡 before it a level word, not a township's (乡镇, 镇村, 镇域, 镇(街道)).
    static let levelWordCharacters = ScalarSet("乡镇村域(（")
    /// The classifiers that count people and households (名, 户, 位, 人, 口).
    static let peopleClassifiers = ScalarSet("名户位人口")
    /// The directions and sizes that begin villages named after a place (西张家口村, 大宁远村).
    static let villageNamePrefixes = ScalarSet("东西南北中上下前后大小新老")
    /// The level characters that end a county's or a higher division's full name (宁远县, 黔东南自治州).
    static let divisionLevelCharacters = ScalarSet("省市县区州盟旗")

    /// The township whose congress (悦来镇人大) the sentence names before `body`, a bare 人大, or nil.
    static func townshipWithCongress(before body: Candidate, places: [Candidate], in text: [Unicode.Scalar]) -> String? {
        guard WordKey(text, body.start, body.end - body.start) == Lexicon.congressWord else { return nil }
        let lookback = max(0, body.start - Self.longestSentence)
        let sentenceStart = text[lookback..<body.start].lastIndex { Lexicon.sentenceEnds.contains($0) }.map { $0 + 1 } ?? lookback
        return places.last { place in
            place.division?.level == .township && place.start >= sentenceStart && place.end + 2 <= body.start
                && WordKey(text, place.end, 2) == Lexicon.congressWord
        }.map { String(scalars: text[$0.start..<$0.end]) }
    }

    /// How far back a rule looks for the start of a sentence.
    static let longestSentence = 200

    /// Whether a bare body stands in a list of bodies: 、, 和 or 及 right before or after it (but
    /// not 及其, which names what belongs to it).
    static func isListedWithBodies(_ body: Candidate, in text: [Unicode.Scalar]) -> Bool {
        let after = body.end < text.count && Lexicon.listJoiners.contains(text[body.end])
            && !(body.end + 1 < text.count && text[body.end + 1] == "其")
        return after || (body.start > 0 && Lexicon.listJoiners.contains(text[body.start - 1]))
    }

    /// `text` with straight double quotation marks read as the curly pairs the rules know
    /// (招商引资"一把手工程" as 招商引资“一把手工程”): within a line, the first of a pair opens and the
    /// second closes; an odd last one stays as written. Offsets do not change.
    static func pairingStraightQuotes(_ text: [Unicode.Scalar]) -> [Unicode.Scalar] {
        guard text.contains("\"") else { return text }
        var result = text
        var open: Int?
        for index in text.indices {
            switch text[index] {
            case "\n": open = nil
            case "\"":
                if let opening = open {
                    result[opening] = "“"
                    result[index] = "”"
                    open = nil
                } else {
                    open = index
                }
            default: break
            }
        }
        return result
    }

    /// The division places that lie inside a kept mention without being one, one per span.
    static func innerPlaces(_ places: [Candidate], outside kept: [Candidate]) -> [Candidate] {
        // Kept candidates do not overlap: sorted by start, the one that can hold a place is the last to
        // start at or before it.
        // Indexes, not copies: a candidate copied retains its division and name.
        let spans = kept.indices.filter { !kept[$0].isTitle }.map { (start: kept[$0].start, end: kept[$0].end) }.sorted { $0.start < $1.start }
        var seen = Set<Int>()
        return places.indices.filter { index in
            let start = places[index].start, end = places[index].end
            guard places[index].division != nil else { return false }
            var low = 0, high = spans.count
            while low < high {
                let middle = (low + high) / 2
                if spans[middle].start <= start { low = middle + 1 } else { high = middle }
            }
            guard low > 0, end <= spans[low - 1].end, spans[low - 1] != (start, end) else { return false }
            return seen.insert(start << 32 | end).inserted
        }.map { places[$0] }
    }

    /// The division of `level` that most place candidates name; ties go to the first named.
    static func mostNamed(_ level: Gazetteer.Division.Level, in candidates: [Candidate]) -> Gazetteer.Division? {
        var counts: [Int: (count: Int, first: Int, division: Gazetteer.Division)] = [:]
        for index in candidates.indices {
            guard let division = candidates[index].division, division.level == level else { continue }
            let previous = counts[division.index] ?? (0, candidates[index].start, division)
            counts[division.index] = (previous.count + 1, previous.first, division)
        }
        return counts.values.max { ($0.count, -$0.first) < ($1.count, -$1.first) }?.division
    }
}

extension Recognizer {
    /// Words that open a bracket giving a short name for what stands before it (…指挥部(以下简称县指挥部)).
    public static let abbreviationMarkers = ["以下简称", "以下称", "下简称", "简称", "下称"]

    /// Bare bodies whose level word is part of their own name: 村委会 of 新华村 is 新华村村委会,
    /// where 县委 of 宁远县 is 宁远县委.
    public static let bodiesNamedWithLevelWord = ["村委会", "村民委员会"]

    /// 宁远县委, 永州市政府: a division name whose level character begins a bare body (县委, 市政府)
    /// names that division's body, one institution over both, under the division's own name
    /// (湖南宁远县政府 is 宁远县政府). A township the hierarchy cannot place (大路镇, in a text that names
    /// no county) names its bodies (大路镇委) as written.
    static func bodiesOfNamedDivisions(places: [Candidate], lexiconHits: [(start: Int, end: Int, payload: LexiconEntry)],
                                       text: [Unicode.Scalar]) -> [Candidate] {
        var ends: [Int: Candidate] = [:]
        for index in places.indices where places[index].division != nil || townshipCharacters.contains(text[places[index].end - 1]) {
            ends[places[index].end] = places[index]
        }
        return lexiconHits.compactMap { hit in
            guard case .bareBody(let level) = hit.payload, let place = ends[hit.start + 1], place.start < hit.start else { return nil }
            guard let division = place.division else {
                guard level == .township else { return nil }
                return Candidate(type: .institution, start: place.start, end: hit.end, priority: 3)
            }
            // The Youth League's committee is written with 团 or 共青团 before the division (团南澳县委, 共青团运城市委).
            let league = place.start > 0 && text[place.start - 1] == "团" && text[hit.start + 1] == "委" && hit.end == hit.start + 2
            let leaguePrefix = !league ? "" : place.start >= 3 && text[place.start - 3] == "共" && text[place.start - 2] == "青" ? "共青团" : "团"
            return Candidate(type: .institution, start: place.start - leaguePrefix.unicodeScalars.count, end: hit.end, priority: 3,
                             name: leaguePrefix + division.name + String(scalars: text[(hit.start + 1)..<hit.end]))
        }
    }
}

/// A possible mention before overlaps are resolved.
struct Candidate {
    let type: EntityType
    let start: Int
    let end: Int
    /// Higher wins between candidates of equal length.
    let priority: Int
    var division: Gazetteer.Division? = nil
    /// A name that differs from the span's text (a coordinated item that shares a head).
    var name: String? = nil
    /// For a bare body (镇党委, 村委会), the level of the division it belongs to.
    var bareBodyLevel: Gazetteer.Division.Level? = nil
    /// A bureau written without its division (地震局|工作人员): the document's county's, named in `recognize`.
    var isBureauWithoutDivision = false
    /// A title won (入选“…”): it takes its span from other candidates and is no mention itself.
    var isTitle = false

    var length: Int { end - start }

    func mention(in text: [Unicode.Scalar]) -> Mention {
        let surface = String(scalars: text[start..<end])
        let written = name ?? surface
        let quoted = text[start..<end].contains(where: QuotedNames.quoteMarks.contains)
        // A quoted name is written without its marks and without the spaces a brand may put between its parts.
        guard quoted else { return Mention(type: type, name: written, surface: surface, start: start, end: end, division: division) }
        let writtenScalars = name.map { Array($0.unicodeScalars) } ?? Array(text[start..<end])
        let cleaned = String(scalars: ArraySlice(writtenScalars.filter { !QuotedNames.quoteMarks.contains($0) && $0 != " " }))
        return Mention(type: type, name: cleaned, surface: surface, start: start, end: end, division: division)
    }

    /// The outermost candidates: longest first, then by priority, dropping any that overlaps one kept.
    static func outermost(_ candidates: [Candidate]) -> [Candidate] {
        // Sorting small keys, not the candidates themselves, keeps the sort from copying them: each
        // key holds the order (length, priority, earlier start, earlier index) and the index it sorts.
        var keys: [(order: (Int, Int, Int, Int), index: Int)] = []
        keys.reserveCapacity(candidates.count)
        var textEnd = 0
        for index in candidates.indices {
            let start = candidates[index].start, end = candidates[index].end
            textEnd = max(textEnd, end)
            guard end > start else { continue }
            keys.append(((end - start, candidates[index].priority, -start, -index), index))
        }
        keys.sort { $0.order > $1.order }
        var taken: [(start: Int, index: Int)] = []
        var used = [Bool](repeating: false, count: textEnd)
        for key in keys {
            let start = candidates[key.index].start, end = candidates[key.index].end
            if used[start..<end].contains(true) { continue }
            taken.append((start, key.index))
            for i in start..<end { used[i] = true }
        }
        return taken.sorted { $0.start < $1.start }.map { candidates[$0.index] }
    }
}

extension Recognizer.LexiconEntry {
    /// Whether the entry is a head of institution names (医院, 卫生院, 学校).
    var isInstitutionHead: Bool {
        if case .head(.institution) = self { true } else { false }
    }
}
