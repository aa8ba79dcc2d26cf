/// Grows names leftwards from their heads (…医院, …项目, …行动) to where they begin.
///
/// From the character before a head, the name takes characters while they can belong to a name:
/// it stops at punctuation, at a function character (的, 在, 和 …) and at the end of a boundary
/// word (推进, 建设 …) once it holds two characters; it passes over bracketed and quoted parts.
/// A head preceded by 等 shares itself with the items listed before it (A、B等项目).
///
/// Common words (`WordList`) keep names whole: a head that ends inside a word is no head
/// (实行|动态), a name does not begin inside a word (把|握), and the verbs, function words and
/// quantities a name would begin with are left out (狠抓|产业项目, 一批|…). What remains before the
/// head must hold two characters at least and not be generic.
///
/// A class, made once per text: its dozen per-text tables are shared by every call that grows a
/// name (as a struct it was copied, with a retain for each table, on every head grown).
final class NameGrower {
    let text: [Unicode.Scalar]
    let lexiconHits: [(start: Int, end: Int, payload: Recognizer.LexiconEntry)]
    let words: WordList
    /// What starts or ends at each position of the text (one byte each, `Mark` bits). Written only
    /// while the grower is made, so its reads need no dynamic check of exclusive access.
    @exclusivity(unchecked) var marks: [UInt8]

    /// Whether a verb that is not one of works ends at each position, found once per position.
    private let verbEndMemo: PositionMemo

    /// Whether a common verb that is not one of works ends at `index` (察看|, 进行|), and no word runs
    /// across a governing verb's end (人参|加工 over 参加).
    func verbEnds(at index: Int) -> Bool {
        verbEndMemo.value(at: index) {
            words.verbStart(in: text, endingAt: index, except: Lexicon.worksVerbs) != nil
                || (index >= 2 && Lexicon.governingVerbs.contains(WordKey(text, index - 2, 2)) && !words.splits(text, at: index, startingAfter: index - 2))
        }
    }

    /// Bits of `marks`.
    enum Mark {
        /// A boundary word (推进, 建设 …) ends here; one starts here.
        static let boundaryEnd: UInt8 = 1
        static let boundaryStart: UInt8 = 32
        /// A head of a project, programme or institution ends here; or a place head.
        static let headEnd: UInt8 = 2
        static let placeHeadEnd: UInt8 = 4
        /// A bare body (县委, 县政府) starts here; one ends here, or a department head.
        static let bodyStart: UInt8 = 8
        static let bodyEnd: UInt8 = 16
        /// An institution head ends here (幼儿园 in A幼儿园、B幼儿园两个项目).
        static let institutionHeadEnd: UInt8 = 64
        /// A name of the lexicon of general knowledge starts here (以旧换新, 乡村振兴).
        static let knownStart: UInt8 = 128
    }

    /// The longest name of `type` grown before its head, in characters.
    static func maximumLength(_ type: EntityType) -> Int {
        switch type {
        case .place: 12
        case .institution: 22
        case .project: 32
        case .programme: 20
        }
    }

    /// The ends of the place names the document supports, by start, and their starts by end.
    let placeEnds: PositionMap
    let placeStarts: PositionMap
    /// For each position inside a place name (after its first character), that name's end; 0 elsewhere.
    let placeCover: [Int32]
    /// The division names and short forms of the text, supported or not, in order of their ends.
    let divisionForms: [(start: Int, end: Int)]
    /// The levels of the division places, by start.
    let placeLevels: [Int: Gazetteer.Division.Level]
    /// The ends of the province names the document writes (甘肃 in 每日甘肃网).
    let provinceEnds: PositionSet
    /// The ends of the township names the document supports (a site after one is named without it).
    let townshipEnds: PositionSet
    /// The ends of the township and village names the document supports (a body holding one names a works).
    let localPlaceEnds: PositionSet
    /// The townships' names without 镇 or 乡 (二安 of 二安镇), which name their schools (二安一中).
    let townshipShortForms: Set<WordKey>
    /// The names of three or four characters of the places the document supports, wherever written.
    let placeNames: Set<WordKey>

    init(text: [Unicode.Scalar], lexiconHits: [(start: Int, end: Int, payload: Recognizer.LexiconEntry)], words: WordList,
         places: [Candidate] = [], divisionForms: [(start: Int, end: Int)] = []) {
        self.text = text
        self.divisionForms = divisionForms
        var placeEnds = PositionMap(count: text.count), placeStarts = PositionMap(count: text.count)
        var provinceEnds = PositionSet(count: text.count), townshipEnds = PositionSet(count: text.count)
        var localPlaceEnds = PositionSet(count: text.count)
        var townshipShortForms: Set<WordKey> = [], placeNames: Set<WordKey> = []
        // Indexes, not copies: a candidate copied retains its division and name.
        for index in places.indices {
            let start = places[index].start, end = places[index].end
            if (3...5).contains(end - start), Recognizer.townshipCharacters.contains(text[end - 1]),
               places[index].division.map({ $0.level == .township }) ?? true,
               let shortForm = DocumentContext.townshipShortForm(String(scalars: text[start..<end])) {
                townshipShortForms.insert(shortForm)
            }
            if (3...4).contains(end - start) { placeNames.insert(WordKey(text, start, end - start)) }
            placeEnds[start] = max(placeEnds[start] ?? 0, end)
            placeStarts[end] = min(placeStarts[end] ?? start, start)
            guard let level = places[index].division?.level else { continue }
            if level == .province { provinceEnds.insert(end) }
            if level == .township { townshipEnds.insert(end) }
            if level >= .township { localPlaceEnds.insert(end) }
        }
        self.placeEnds = placeEnds
        self.placeStarts = placeStarts
        self.provinceEnds = provinceEnds
        self.townshipEnds = townshipEnds
        self.localPlaceEnds = localPlaceEnds
        self.townshipShortForms = townshipShortForms
        self.placeNames = placeNames
        placeLevels = Dictionary(places.compactMap { place in place.division.map { (place.start, $0.level) } }, uniquingKeysWith: min)
        var placeCover = [Int32](repeating: 0, count: text.count + 1)
        for index in places.indices where places[index].end > places[index].start + 1 {
            let end = places[index].end
            for position in (places[index].start + 1)..<end { placeCover[position] = max(placeCover[position], Int32(end)) }
        }
        self.placeCover = placeCover
        self.lexiconHits = lexiconHits
        self.words = words
        marks = [UInt8](repeating: 0, count: text.count + 1)
        verbEndMemo = PositionMemo(count: text.count + 1)
        // A boundary word that begins on another's last character (健全|县域, not 健|全县) is not read.
        var earliestBoundaryStartByEnd = [Int32](repeating: .max, count: text.count + 1)
        for hit in lexiconHits {
            if case .boundary = hit.payload { earliestBoundaryStartByEnd[hit.end] = min(earliestBoundaryStartByEnd[hit.end], Int32(hit.start)) }
        }
        for hit in lexiconHits {
            switch hit.payload {
            case .boundary:
                // Nor is one that words run into from both sides (人参|加工 over 参加).
                guard earliestBoundaryStartByEnd[hit.start + 1] >= Int32(hit.start),
                      !(hit.end - hit.start == 2 && hit.start > 0 && words.contains(text, hit.start - 1, 2) && words.contains(text, hit.end - 1, 2)) else { break }
                marks[hit.start] |= Mark.boundaryStart
                marks[hit.end] |= Mark.boundaryEnd
            case .head(let type):
                guard type != .place || !endsInsidePlace(hit.end) else { break }
                marks[hit.end] |= type == .place ? Mark.placeHeadEnd : Mark.headEnd
                if type == .institution { marks[hit.end] |= Mark.institutionHeadEnd }
            case .bareBody:
                // 人大 and 政协 written without their level word stand alone only: inside 县人大常委会党组 they bound nothing.
                guard !Self.isUnleveledBody(at: hit.start, in: text) else { break }
                marks[hit.start] |= Mark.bodyStart
                marks[hit.end] |= Mark.bodyEnd
            case .known:
                marks[hit.start] |= Mark.knownStart
            case .departmentHead:
                // A head that begins a common word (零|部件) ends no body.
                if isShortCentre(headStart: hit.start, headEnd: hit.end) != false,
                   !endsCommonWord(headStart: hit.start, headEnd: hit.end) && !beginsQuantityWord(headStart: hit.start)
                    && (startsPostTitle(at: hit.end) || !words.splits(text, at: hit.end, startingAfter: hit.start - 1)) { marks[hit.end] |= Mark.bodyEnd }
            default:
                break
            }
        }
    }

    func candidates() -> [Candidate] {
        var found: [Candidate] = enumeratedProjects() + namedSites() + placeCampaigns() + numberedBureaus() + namedIslands() + bodiesWithTerms()
        for hit in lexiconHits {
            // 部 of 部门 heads nothing: 教育部门 and 文旅部门 are kinds of department, not ministries.
            if hit.end < text.count, text[hit.end] == "门", text[hit.end - 1] == "部" { continue }
            switch hit.payload {
            case .known(.institution):
                // A body's name whose last character begins a common word (建设|部署) is not written there, though a
                // post may follow it (农业农村部|副部长, 部副 a word).
                // A word of its own after it (民政部|下达, 部下 a word too) leaves the name whole.
                if hit.end < text.count, words.contains(text, hit.end - 1, 2), !startsPostTitle(at: hit.end), !words.contains(text, hit.end, 2) { continue }
                // A national body's general office (农业农村部|办公厅) is named with the body.
                let office = hit.end + 3 <= text.count && WordKey(text, hit.end, 3) == Lexicon.generalOfficeWord ? hit.end + 3 : nil
                found.append(Candidate(type: .institution, start: hit.start, end: channelEnd(after: hit.end) ?? office ?? hit.end, priority: 3))
            case .shortName(let type, let index):
                // A short name runs into no longer word or place (北大|荒, 北大|街, 清华|园).
                if hit.end < text.count, Self.placeContinuations.contains(text[hit.end]) { continue }
                if (hit.start..<hit.end).contains(where: { wordStart in
                    (2...4).contains { wordStart + $0 > hit.end && words.contains(text, wordStart, $0) }
                }) { continue }
                found.append(Candidate(type: type, start: hit.start, end: hit.end, priority: 3, name: Lexicon.institutionShortNames[index].full))
            case .known(let type):
                // A programme whose name goes on into a title of rank (…综合示范|县) is that title's, and one before a
                // body's head or a venue (全民健身|中心, 全民健身|活动场地) names the body's or venue's kind.
                if type == .programme, hit.end < text.count,
                   Self.levelCharacters.contains(text[hit.end]) || beginsBodysHead(at: hit.end) || beginsVenue(at: hit.end) { continue }
                // A country before one more character names a kind of thing (巴西|菇、), no place.
                if type == .place, hit.end + 1 < text.count, Self.isIdeograph(text[hit.end]), !Self.isNameCharacter(text[hit.end + 1]),
                   Lexicon.countrySet.contains(String(scalars: text[hit.start..<hit.end])) { continue }
                // A known place written as the short form of a division the document names (衡山 of 衡山县) is the division.
                if type == .place, placeEnds[hit.start] == hit.end, placeStarts[hit.end] == hit.start, placeLevels[hit.start] != nil { continue }
                if type == .place, Lexicon.majorRiverSet.contains(String(scalars: text[hit.start..<hit.end])),
                   !standsAsRiver(start: hit.start, end: hit.end) || (hit.start > 0 && Self.riverEpithets.contains(text[hit.start - 1])) { continue }
                // A mountain run into from a division's name before it whose last character begins a word that runs on
                // (永泰|山茶油: 泰山 is none; but 的|太行山|麓 and 晋西|吕梁山|腹地 are the mountains) is those words'.
                if type == .place, hit.start > 0, Self.isIdeograph(text[hit.start - 1]), !Lexicon.stopCharacters.contains(text[hit.start - 1]),
                   text[hit.end - 1] == "山",
                   divisionForms.contains(where: { $0.start < hit.start && $0.end > hit.start && $0.end < hit.end }),
                   (2...3).contains(where: { hit.end - 1 + $0 <= text.count && words.contains(text, hit.end - 1, $0) }) { continue }
                found.append(Candidate(type: type, start: hit.start, end: hit.end, priority: 3))
            case .bareBody(let level):
                // A body in a formula of partners (村委会+电商企业+合作社) is a kind of partner.
                if hit.end < text.count, text[hit.end] == "+" { continue }
                // The bodies of every township (乡|镇政府, 各乡、|镇人民政府) or of each division (各|村党支部) are a class.
                if hit.start > 0, text[hit.start] == "镇" && text[hit.start - 1] == "乡" || text[hit.start - 1] == "各" { continue }
                // So are those of two levels at once (等县|区委宣传部, 全市县|区政府), where the level before ends
                // no place's name (宝塔区|区委 is the district's) and no other word (超市|县委).
                if hit.start > 0, Self.bodyLevelCharacters.contains(text[hit.start]), Self.bodyLevelCharacters.contains(text[hit.start - 1]),
                   placeStarts[hit.start] == nil, placeCover[hit.start - 1] == 0,
                   hit.start < 2 || Self.bodyLevelCharacters.contains(text[hit.start - 2]) || !words.contains(text, hit.start - 2, 2) { continue }
                // So are bodies counted (五|市人民政府, 两|县政府), outside a place's name (the 五 of 五峰县 is the place's).
                if hit.start > 0, Lexicon.numerals.contains(text[hit.start - 1]) || Self.isDigit(text[hit.start - 1]),
                   placeCover[hit.start] == 0, placeStarts[hit.start] == nil { continue }
                if followsListedLevel(hit.start) { continue }
                // A bare congress or conference named by its term (十七届|人大五次会议) is a session's, and one
                // before its members (人大|代表, 政协|委员) says whose they are: no body of the county's in either.
                if Self.isUnleveledBody(at: hit.start, in: text),
                   (hit.start > 0 && text[hit.start - 1] == "届")
                    || (hit.end + 2 <= text.count && Lexicon.membersOfBodies.contains(WordKey(text, hit.end, 2))) { continue }
                // A bare 党支部 is the village's: named 村党支部, it takes the village's name in linking.
                let levelWord = level == .village && text[hit.start] != "村" ? "村" : ""
                // A conference's or congress's special committee (市政协|人口资源环境委员会) is named with it.
                if let committeeEnd = specialCommitteeEnd(after: hit.start, hit.end) {
                    found.append(Candidate(type: .institution, start: hit.start, end: committeeEnd, priority: 1, bareBodyLevel: level))
                    continue
                }
                found.append(Candidate(type: .institution, start: hit.start, end: hit.end, priority: 1,
                                       name: levelWord.isEmpty ? nil : levelWord + String(scalars: text[hit.start..<hit.end]),
                                       bareBodyLevel: level))
            case .head(let type):
                // 支部 in 党支部 is grown from 党支部 alone, and 书房 in 城市书房 from 城市书房.
                if hit.start > 0, text[hit.start - 1] == "党", WordKey(text, hit.start, hit.end - hit.start) == Lexicon.branchHead { continue }
                if hit.start >= 2, WordKey(text, hit.start, hit.end - hit.start) == Lexicon.studyRoomHead, WordKey(text, hit.start - 2, 2) == Lexicon.cityWord { continue }
                let grown = grow(type: type, headStart: hit.start, headEnd: hit.end)
                found += head(hit.start, hit.end, isIn: Lexicon.campusHeads) ? grown.map { campusOfOneSchool($0, headStart: hit.start) } : grown
            case .departmentHead:
                found += department(headStart: hit.start, headEnd: hit.end)
            case .boundary, .democraticParty:
                break
            }
        }
        return found
    }

    /// The names of `type` grown leftwards from the head `headStart..<headEnd`: none where the head or what
    /// stands before it names a kind, a verb's object or nothing; otherwise one, or the pieces a listing shares.
    func grow(type: EntityType, headStart: Int, headEnd: Int) -> [Candidate] {
        // An area (区域) is named by a place and a direction (桥南|区域, 沙北|区域), none by a kind (重点|区域) or by
        // directions alone (东南|区域): looked at before anything is grown, for 区域 is common.
        if type == .place, WordKey(text, headStart, headEnd - headStart) == Lexicon.areaHead,
           !(headStart >= 2 && Recognizer.directions.contains(text[headStart - 1]) && !Recognizer.directions.contains(text[headStart - 2])) { return [] }
        // A head inside a longer word (工程|车辆, 实行|动态) ends nothing, unless a post follows it (党委|书记)
        // or a dateline's 讯 (十堰广电|讯, not 电讯).
        // A site's head before a side of it (立交桥|下, 桥下 a word) ends the site, and so does a park's that
        // a works names (…猕猴桃产业园|内, 园内 a word).
        guard startsPostTitle(at: headEnd) || startsReporter(at: headEnd) || (headEnd < text.count && text[headEnd] == "讯")
                || ((type == .place || (type == .project && text[headEnd - 1] == "园")) && headEnd < text.count && Self.sitesSides.contains(text[headEnd]))
                // A programme's head of three characters or more (马拉松|开跑, 松开 a word) stays whole, and so does a
                // company's full legal form (…有限公司|制酒车间, 公司制 a word).
                || (type == .programme && headEnd - headStart >= 3)
                || (type == .institution && headEnd - headStart >= 4 && Self.limitedCompanyEndings.contains(WordKey(text, headEnd - 4, 4)))
                || !(words.splits(text, at: headEnd, startingAfter: headStart)
                                                || words.nounOutreaches(text, from: headStart, past: headEnd)) else { return [] }
        if type == .institution, head(headStart, headEnd, isIn: Lexicon.ordinalSchoolHeads) { return ordinalSchool(headStart: headStart, headEnd: headEnd) }
        if refusesHeadAlone(type: type, headStart: headStart, headEnd: headEnd) { return [] }
        if type == .institution, let unit = nationalUnit(headStart: headStart, headEnd: headEnd) { return [unit] }
        // A school after a verb of attending it (孩子读|大学, 考|高中) is a stage of schooling, no school.
        if type == .institution, headStart > 0, Self.attendingVerbs.contains(text[headStart - 1]),
           head(headStart, headEnd, isIn: Self.schoolingHeads) { return [] }
        // A military region's head that ends a division's name (点|军区) is the division's.
        if type == .institution, head(headStart, headEnd, isIn: Lexicon.militaryRegionHeads), placeCover[headStart] == headEnd { return [] }
        if type == .institution, head(headStart, headEnd, isIn: Lexicon.companyForms),
           let completed = companyWithLegalForm(headStart: headStart, headEnd: headEnd) { return completed }
        if type == .institution, let school = ordinalSchoolNamedAlone(headStart: headStart, headEnd: headEnd) { return [school] }
        // A unit right after its department (…文化和旅游厅|机关党委) is named with the department's whole name.
        if type == .institution, headKinds(headStart, headEnd).contains(.unit), let unit = unitOfDepartment(headStart: headStart, headEnd: headEnd) {
            return [unit]
        }
        // A party committee right after a bank's branch (…永州市分行|党委) or a company (…新能源控股有限公司|党委)
        // is named with the branch's or company's whole name.
        if type == .institution, head(headStart, headEnd, isIn: Lexicon.committeeHeads),
           let branch = branchHeadHit(endingAt: headStart) ?? companyHeadHit(endingAt: headStart),
           let owner = grow(type: .institution, headStart: branch.start, headEnd: branch.end).first {
            return [Candidate(type: .institution, start: owner.start, end: headEnd, priority: 1,
                              name: owner.name.map { $0 + String(scalars: text[headStart..<headEnd]) })]
        }
        let kinds = headKinds(headStart, headEnd)
        // A verb head right after another verb or a verbal noun is a verb phrase (加大|创建工作力度, 影响|创建成效), no name;
        // so is one before a particle of aspect (为小区业主|创建了…).
        if kinds.contains(.verb), verbEnds(at: headStart) || words.has(tag: "vn", text, headStart - 2, 2)
            || (headEnd < text.count && Self.aspectParticles.contains(text[headEnd])) { return [] }
        // A net quoted and named by one common word (全民反诈“防护网”) is a figure of speech, no site.
        if type == .institution, WordKey(text, headStart, headEnd - headStart) == Lexicon.newsSiteHead, headStart >= 3,
           headEnd < text.count, text[headEnd] == "”", let open = text[max(0, headStart - 5)..<headStart].lastIndex(of: "“"),
           headStart - open > 2, words.contains(text, open + 1, headStart - open - 1) { return [] }
        // A net counted (“一张网”) is a figure of speech, no site.
        if type == .institution, WordKey(text, headStart, headEnd - headStart) == Lexicon.newsSiteHead, headStart >= 2,
           Lexicon.numerals.contains(text[headStart - 2]), Self.netClassifiers.contains(text[headStart - 1]) { return [] }
        if let whole = wholeCandidates(type: type, headStart: headStart, headEnd: headEnd, kinds: kinds) { return whole }
        // A performance is a programme's only by the quoted campaign it tours (“送戏下乡”惠民演出): the
        // others (精彩演出, 观看演出) are shows.
        if type == .programme, head(headStart, headEnd, isIn: Lexicon.performanceHeads), !followsQuotedCampaign(headStart),
           !followsKnownProgramme(headStart) { return [] }
        // Works and bodies of a category (民生类|项目, 酒类|公司) are a class, and so are works of a way of
        // financing them (…工程项目|PPP项目), though a name before PPP keeps it (…一体化PPP项目).
        if headStart > 0, text[headStart - 1] == "类" { return [] }
        if type == .project, headStart >= 3, text[(headStart - 3)..<headStart].allSatisfy({ $0 == "P" || $0 == "p" }),
           headStart == 3 || marks[headStart - 3] & Mark.headEnd != 0 || !Self.isNameCharacter(text[headStart - 4]) { return [] }
        // 项目 after 非遗 (or 非遗代表性) counts items of intangible heritage, no works.
        if type == .project, headStart >= 2, WordKey(text, headStart, headEnd - headStart) == Lexicon.projectHead,
           [2, 5].contains(where: { headStart - $0 >= 0 && text[headStart - $0] == "非" && text[headStart - $0 + 1] == "遗" }) { return [] }
        // A head in a formula (企业+合作社+农户, 党支部+合作社), before 化 that makes a manner of it (池塘工程|化), or before
        // what it heads (创建示范县) ends no name; nor
        // one that is a verb's object (成立|公司, 察看|项目), nor a verb of works with its result (改造为,
        // 基地建设|成为: the head ends with the verb).
        guard !(headEnd < text.count && (text[headEnd] == "+" || text[headEnd] == "化")), !(headStart > 0 && text[headStart - 1] == "+"),
              !(headEnd < text.count && (text[headEnd] == "为" || text[headEnd] == "成") && head(max(headStart, headEnd - 2), headEnd, isIn: Lexicon.worksActs)), !continuesAsTitle(after: headEnd, isVerb: kinds.contains(.verb)),
              !followsMannerWord(headStart),
              !(type == .institution && words.isVerb(text, headStart - 2, 2)
                && !(head(headStart, headEnd, isIn: Lexicon.taskBodyHeads) && marks[headStart] & Mark.boundaryEnd == 0)
                && !Lexicon.businessVerbs.contains(WordKey(text, headStart - 2, 2)) && !Lexicon.worksVerbs.contains(WordKey(text, headStart - 2, 2))
                && !(kinds.contains(.media) && creditLineStart(before: headStart) != nil)),
              !(type == .project && verbEnds(at: headStart) && !(headStart >= 2 && Lexicon.industryVerbs.contains(WordKey(text, headStart - 2, 2)))), !(type == .programme && runsOnIntoDocument(headStart, headEnd)),
              var start = nameStart(of: type, headStart: headStart, headEnd: headEnd, kinds: kinds) else { return [] }
        guard let adjusted = adjustedStart(type: type, start: start, headStart: headStart, headEnd: headEnd) else { return [] }
        start = adjusted
        if namesAClassOrFigure(type: type, start: start, headStart: headStart, headEnd: headEnd, kinds: kinds) { return [] }
        let type = namesQuotedProgramme(before: headStart, headEnd: headEnd, type) ? EntityType.programme
            : type == .project && (head(headStart, headEnd, isIn: Lexicon.roadHeads) || head(headStart, headEnd, isIn: Lexicon.bridgeHeads))
                && isRoadAsLocation(start: start, end: headEnd) ? .place : type
        if type == .programme, let quoteStart = quotedCoreStart(from: start, headStart: headStart) { start = quoteStart }
        // An event for an anniversary is named with the verb that marks it (庆祝|建党100周年系列活动, 纪念|…80周年大会).
        if type == .programme, start >= 2, Lexicon.anniversaryVerbs.contains(WordKey(text, start - 2, 2)),
           (start..<max(start, headStart - 1)).contains(where: { text[$0] == "周" && text[$0 + 1] == "年" }) { start -= 2 }
        if type == .programme, kinds.contains(.activity) || head(headStart, headEnd, isIn: Lexicon.driveHeads),
           belongsToDrive(start: start, headStart: headStart) { return [] }
        // The bodies a programme of aid serves (“组团式”帮扶|县医院) are a class.
        if type == .institution, headStart - start >= 4, (start + 2...headStart).contains(where: { end in
            Lexicon.provincePairHeads.contains(WordKey(text, end - 2, 2)) && provincePairProgramme(headStart: end - 2, headEnd: end) != nil
        }) { return [] }
        // An activity on quoted topics (“A”“B”主题…活动) is named by none of them.
        if type == .programme, headStart - start >= 4 {
            let body = text[start..<headStart]
            if zip(body, body.dropFirst()).contains(where: { $0 == "”" && $1 == "“" }) { return [] }
        }
        let bareLevel = headStart - start == 1 && Self.levelCharacters.contains(text[start])
        // A company of a bare level (市公司, 县公司) is a grid's or a group's branch spoken of by its level, no name.
        if bareLevel, type == .institution, head(headStart, headEnd, isIn: Lexicon.companyForms) { return [] }
        // A road's number names it (106国道), though it holds no name character.
        guard headStart - start >= 2 || bareLevel, !isGeneric(start, headEnd),
              hasNameCharacter(start, headStart) || (type == .place && head(headStart, headEnd, isIn: Lexicon.roadKinds)) else { return [] }
        if type == .project, let programme = quotedProgrammeOfProjects(start: start, headStart: headStart, headEnd: headEnd) { return [programme] }
        if type == .project, let partner = partnerOfJointProject(headStart: headStart, headEnd: headEnd) { return partner }
        if namesAKindOnly(type: type, start: start, headStart: headStart, headEnd: headEnd, kinds: kinds) { return [] }
        let campaign = isCampaign(body: start..<headStart, head: headStart..<headEnd, type) && !itemBuilds(after: headEnd)
        if campaign, let programme = nationalProgrammeProject(start: start, headStart: headStart, headEnd: headEnd) { return [programme] }
        // Works named as the subject of a pilot (全国步行街改造|提升试点) name the pilot, a programme.
        if type == .project, let pilotEnd = pilotEnd(after: headEnd) {
            return [Candidate(type: .programme, start: start, end: pilotEnd, priority: 1)]
        }
        // An institution's phase (…第五人民医院|二期, …社会福利中心|二期) is the works that builds it, unless it is
        // the session of a class the institution holds (…农民夜校|首期|培训班).
        if type == .institution, headEnd + 2 <= text.count, Lexicon.phases.contains(WordKey(text, headEnd, 2)),
           !(headEnd + 3 <= text.count && Lexicon.classWords.contains(text[headEnd + 2])) {
            return [Candidate(type: .project, start: start, end: headEnd + 2, priority: 1)]
        }
        return [Candidate(type: campaign ? .programme : type, start: start, end: headEnd, priority: 1,
                          name: type == .institution ? branchName(start: start, headStart: headStart, headEnd: headEnd) : nil)]
    }
}
