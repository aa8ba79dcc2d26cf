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
        var found: [Candidate] = enumeratedProjects() + namedSites() + placeCampaigns()
        for hit in lexiconHits {
            // 部 of 部门 heads nothing: 教育部门 and 文旅部门 are kinds of department, not ministries.
            if hit.end < text.count, text[hit.end] == "门", text[hit.end - 1] == "部" { continue }
            switch hit.payload {
            case .known(.institution):
                // A body's name whose last character begins a common word (建设|部署) is not written there, though a
                // post may follow it (农业农村部|副部长, 部副 a word).
                if hit.end < text.count, words.contains(text, hit.end - 1, 2), !startsPostTitle(at: hit.end) { continue }
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
                // A programme's head of three characters or more (马拉松|开跑, 松开 a word) stays whole.
                || (type == .programme && headEnd - headStart >= 3)
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
        if type == .programme, head(headStart, headEnd, isIn: Lexicon.performanceHeads), !followsQuotedCampaign(headStart) { return [] }
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
              !(type == .project && verbEnds(at: headStart)), !(type == .programme && runsOnIntoDocument(headStart, headEnd)),
              var start = nameStart(of: type, headStart: headStart, headEnd: headEnd, kinds: kinds) else { return [] }
        if type == .institution, let group = groupStart(beforeSubsidiaryAt: start, headEnd: headEnd) { start = group }
        // A body begun right after a digit is the end of a count (6室2厅1|协会), no name.
        if type == .institution, start > 0, Self.isDigit(text[start - 1]) { return [] }
        // A village after its community (东大街社区|长义新村) begins after it: the community is named on its own.
        if type == .place, text[headEnd - 1] == "村", let communityEnd = placeEnds[start], communityEnd <= headStart - 2,
           WordKey(text, communityEnd - 2, 2) == Lexicon.communityWord { start = communityEnd }
        // A kind ranked by a superlative before the name (全线最长隧道|金斗隧道) is no part of it.
        if type == .project || type == .place, headStart - start >= 5,
           let kindEnd = ((start + 3)..<(headStart - 1)).last(where: { end in
               marks[end] & (Mark.headEnd | Mark.placeHeadEnd) != 0 && headHit(endingAt: end, where: { $0.start >= start + 2 && text[$0.start - 2] == "最" }) != nil
           }) { start = kindEnd }
        // A policy is named by a count or a quotation (殡葬六免政策, “1+N”政策); otherwise it is a kind (创业扶持政策).
        if type == .programme, WordKey(text, headStart, headEnd - headStart) == Lexicon.policyHead,
           !text[start..<headStart].indices.contains(where: { index in
               (Self.isDigit(text[index]) || Lexicon.numerals.contains(text[index]) || QuotedNames.quoteMarks.contains(text[index]))
                   && !(2...3).contains(where: { index + $0 <= headStart && Lexicon.vagueQuantities.contains(WordKey(text, index, $0)) })
           }) { return [] }
        // Every major one (各大|杨梅观光采摘园, 各大|医院, …等地各大|超市) is a class.
        if (max(0, start - 1)..<max(start, headStart - 1)).contains(where: { text[$0] == "各" && text[$0 + 1] == "大" }) { return [] }
        // A township's or county's built-up streets (冢头镇|街区) are its centre, no site of their own.
        if type == .place, WordKey(text, headStart, headEnd - headStart) == Lexicon.blockHead, placesRun(from: start) == headStart { return [] }
        // A place of a batch (广西|首批特色小镇) is a title of a class of places, no place.
        if type == .place, (start..<max(start, headStart - 1)).contains(where: { WordKey(text, $0, 2) == Lexicon.firstBatchWord }) { return [] }
        // An activity one engages in (从事|沙棘经济活动) is a trade, no programme.
        if type == .programme, start >= 2, kinds.contains(.activity), WordKey(text, start - 2, 2) == Lexicon.engagingWord { return [] }
        if countsAKind(type, start: start, headStart: headStart, headEnd: headEnd) { return [] }
        // A works of a bare institution head (异地新建|卫生院项目) is one of a kind.
        if type == .project, headHit(endingAt: headStart, where: { $0.start == start && $0.payload.isInstitutionHead }) != nil { return [] }
        // A rank before a site's head (国家级|生态文明建设示范区) makes a title, not a place.
        if type == .place, start > 0, text[start - 1] == "级" { return [] }
        // Bodies of a level and another in brackets (镇(街道)档案馆, 村(社区)服务站) are one in each such division: a class.
        if type == .institution, headStart - start >= 5,
           ((start + 1)..<(headStart - 3)).contains(where: { bracketsAnotherLevel(open: $0, before: headStart) }) { return [] }
        // A body named with a year (忠县2018年基层…中心) or with the level of the divisions below a county
        // (麻阳|村级…中心, 建|村级…服务站) is the work of a year or a class of every such division, no body.
        if type == .institution, headStart - start >= 4, ((start + 1)..<(headStart - 1)).contains(where: { index in
            text[index] == "年" && Self.isDigit(text[index - 1]) || Lexicon.lowerLevelWords.contains(WordKey(text, index - 1, 2))
        }) { return [] }
        // Courts named by 人民 alone (人民法庭, 人民法院) are the kind.
        if type == .institution, headStart - start == 2, WordKey(text, start, 2) == Lexicon.peopleWord,
           head(headStart, headEnd, isIn: Lexicon.courtHeads) { return [] }
        // 最美, 优秀 or 先进 begins a title conferred (最美乡村卫生院, 优秀商会, 先进集体), no name.
        if headStart - start >= 2, Lexicon.titleWords.contains(WordKey(text, start, 2)) { return [] }
        if describesKind(type, start: start, headStart: headStart) { return [] }
        // Bodies of two levels at once (省市|妇联, 市县|残联) are a class, as departments are.
        if type == .institution, headStart - start >= 2, (start..<headStart).allSatisfy({ Self.bodyLevelCharacters.contains(text[$0]) }) { return [] }
        // What is said of the place at hand (当地|丝绸公司, 本地|龙头企业) is pointed at, not named; so are
        // sites and bodies of a size bound (200只以上|规模养殖场), the first of a kind (永泰首家|五星级温泉酒店)
        // and several of one (多个|温泉旅游综合体).
        if (start..<max(start, headStart - 1)).contains(where: { Lexicon.describingWords.contains(WordKey(text, $0, 2))
            || (text[$0] == "多" && Lexicon.measureCharacters.contains(text[$0 + 1])) }) { return [] }
        // So is a thing named by its kind alone after a demonstrative (这一|综合性婚姻服务综合体), though one with
        // a place of its own is named (这一|宁远县人民医院综合楼).
        if start >= 2, Lexicon.demonstratives.contains(WordKey(text, start - 2, 2)),
           !(start..<headStart).contains(where: { placeEnds[$0] != nil }) { return [] }
        // A body's own head after 本, 该 or 我 (育植|本公司, 该合作社) points at a body named before; a
        // subsidiary (全资子公司) is a company's tie to another.
        if type == .institution, headStart > start, Self.selfReferences.contains(text[headStart - 1]), placeCover[headStart - 1] == 0,
           !words.hasWord(in: text, endingAt: headStart, startingBefore: headStart - 1) { return [] }
        if type == .institution, let tie = [headStart, headStart - 1].first(where: { $0 >= 2 && $0 + 3 <= headEnd && WordKey(text, $0, 3) == Lexicon.subsidiaryWord }),
           tie - start <= 2, start == tie || Lexicon.ownershipTies.contains(WordKey(text, tie - 2, 2)) { return [] }
        // Two levels written together (县乡|搬迁服务队, 市县|两级…) begin a class of both levels' bodies or works,
        // unless the second begins a word (县|乡村振兴局).
        if headStart - start >= 2, Lexicon.levelPairs.contains(WordKey(text, start, 2)), !words.contains(text, start + 1, 2) { return [] }
        // A body's many or all of a kind (通城县众多|商会, 所有|学校, 各类|核桃合作社) are a class; written
        // before a body's members (部分|市女企业家协会|会员), the word counts the members.
        if type == .institution, (start >= 2 && Lexicon.wholeClassWords.contains(WordKey(text, start - 2, 2))
                                  && !(headEnd + 2 <= text.count && Lexicon.memberWords.contains(WordKey(text, headEnd, 2))))
            || (start..<max(start, headStart - 1)).contains(where: { Lexicon.wholeClassWords.contains(WordKey(text, $0, 2)) }) { return [] }
        // A body's outlets of a kind (…总工会|户外劳动者服务站点) are a class of that body's.
        if type == .institution, headStart - start > 2, head(headStart, headEnd, isIn: Lexicon.outletHeads),
           ((start + 2)...headStart).contains(where: { marks[$0] & Mark.institutionHeadEnd != 0
               && namesNothing($0, headStart, generic: Lexicon.genericRanksAndKinds) }) { return [] }
        // A sub-district of a kind or title (信用|街道, 信用示范|街道), or after a bare level word (镇|街道: towns
        // and sub-districts), is no sub-district's name; nor are the streets of a kind of place (乡间|街道).
        if type == .place, headStart - start >= 1, WordKey(text, headStart, headEnd - headStart) == Lexicon.subdistrictHead,
           headStart - start == 1 || Lexicon.villageKinds.contains(WordKey(text, headStart - 2, 2))
            || (headStart - start == 2 && Lexicon.genericPlaceWords.contains(WordKey(text, start, 2))) { return [] }
        // An activity's venue (全民健身活动|场地) is no activity.
        if type == .programme, headEnd + 2 <= text.count, Lexicon.venueWords.contains(WordKey(text, headEnd, 2)) { return [] }
        // And the place before the direction is the area's (桥南|区域 holds 桥).
        if type == .place, WordKey(text, headStart, headEnd - headStart) == Lexicon.areaHead, headStart - start < 2 { return [] }
        // A place-like phrase in quotation marks is a figure of speech (铺就“康庄大道”), not a site.
        if type == .place, start > 0, text[start - 1] == "“", headEnd < text.count, text[headEnd] == "”" { return [] }
        // So is a quoted body's name that counts units (“全国已建成64万多个…服务站”, “建强百家…服务站”): a figure or a slogan.
        if type == .institution, isQuotedWhole(start, headEnd), countsUnits(in: start..<headStart) { return [] }
        // A firm named by its trade (曲辰|种业) has a trade name before the head, not a common noun of the trade (农作物|种业),
        // and no word of the sector after it (油橄榄种业|产业).
        if type == .institution, head(headStart, headEnd, isIn: Lexicon.tradeFirmHeadKeys),
           ((2...4).contains(headStart - start) && words.contains(text, start, headStart - start) && words.tag(in: text, at: start) == "n")
            || (headEnd + 2 <= text.count && Lexicon.sectorWords.contains(WordKey(text, headEnd, 2))) { return [] }
        // A contest named by what is done in it alone (稻谷收割|比赛, 摸稻花鱼|比赛) is a kind; a named one is written
        // with its place, year, edition, quotation or event (湾井镇第二届…比赛, 全国残运会|跳绳比赛, 丰收节…比赛).
        if type == .programme, let contest = contestEnd(headStart: headStart, headEnd: headEnd),
           !(start..<max(start, contest)).contains(where: { placeEnds[$0] != nil || Self.isDigit(text[$0]) || Self.eventCharacters.contains(text[$0])
               || QuotedNames.quoteMarks.contains(text[$0]) || marks[$0] & Mark.knownStart != 0 }) { return [] }
        // Getting on or off a highway (汪洋镇下|高速公路) names no road.
        if type == .project, headStart > 0, head(headStart, headEnd, isIn: Lexicon.roadHeads), "上下进出驶".unicodeScalars.contains(text[headStart - 1]) { return [] }
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
        // A works' act followed by 而成 says what a thing was made from (由…办公室改建|而成), no works.
        if type == .project, headEnd + 2 <= text.count, text[headEnd] == "而", text[headEnd + 1] == "成" { return [] }
        // One character before generic words (在|徐|投资项目: 徐州) is an abbreviation said of works of a kind, no name.
        if type == .project, headStart - start >= 3, Self.isIdeograph(text[start]), placeCover[start] == 0, marks[start] & Mark.knownStart == 0,
           !words.contains(text, start, 2), (2...4).contains(where: { Lexicon.genericModifiers.contains(WordKey(text, start + 1, $0)) }),
           namesNothing(start + 1, headStart, generic: Lexicon.genericModifiers) { return [] }
        if type == .project, ranksProjectsOfAWorks(start: start, headStart: headStart, headEnd: headEnd) { return [] }
        if type == .project || type == .programme, namesAClass(start: start, headStart: headStart, headEnd: headEnd, kinds: kinds) { return [] }
        // So are works of a kind of village (中心村|电网改造, 贫困村|项目).
        if type == .project, start + 3 <= headStart, text[start + 2] == "村", Lexicon.villageKinds.contains(WordKey(text, start, 2)) { return [] }
        // A zone or site named by generic words only (生态涵养保护区, 国家全域旅游示范区) is a kind, not a place;
        // a road's number names it (106国道).
        if type == .place, !head(headStart, headEnd, isIn: Lexicon.roadKinds), namesNothing(start, headStart, generic: Lexicon.genericModifiers, placesName: true),
           !isStreetNamedByWord(start: start, headStart: headStart, headEnd: headEnd) { return [] }
        // So is a market named by its goods and size alone (大型|水果|批发市场, 农产品|交易市场).
        if type == .place, head(headStart, headEnd, isIn: Lexicon.marketHeads), namesOnlyGoods(start, headStart) { return [] }
        // A village written with its kind has a short name of its own (王楼|行政村), no body's, count's or word's
        // (农业农村部|行政村, 3000吨|行政村, 贫困|行政村).
        if type == .place, head(headStart, headEnd, isIn: Lexicon.villageKindHeads),
           !(2...4).contains(headStart - start) || !Recognizer.isBareNameBody(text[start..<headStart], levelsAllowed: false)
            || words.contains(text, start, headStart - start) || (start..<headStart).contains(where: { marks[$0] & Mark.institutionHeadEnd != 0 }) { return [] }
        // A national programme ending in the head (防灾减灾|宣传周) is named by itself, not by a part of it.
        if type == .programme, lexiconHit(endingAt: headEnd, where: { hit in
            if case .known(.programme) = hit.payload { hit.start < headStart && hit.start <= start } else { false }
        }) != nil { return [] }
        // A modal before a verb (采血车就会|开往|活动地点) begins a predicate, no name.
        if type == .programme, headStart - start >= 3, Lexicon.modalCharacters.contains(text[start]), words.isVerb(text, start + 1, 2) { return [] }
        // People addressed as a group (同学们|行动迅速, 干部们) name nothing.
        if text[start..<headStart].contains("们") { return [] }
        // An activity named by its place and generic words only (在锁南镇|宣传|活动现场) is a kind held there.
        if type == .programme, kinds.contains(.activity), let placeEnd = placeEnds[start], placeEnd < headStart,
           namesNothing(placeEnd, headStart, generic: Lexicon.activityKinds) { return [] }
        // A site after 变 is what a thing is turned into (茶园变公园), a figure of speech.
        if type == .place, headStart - start >= 2, text[(start + 1)..<headStart].contains("变") { return [] }
        // A site after a verb of going into (群众心声|融入|公园建设, 游客|走进|景区) is that verb's object.
        if type == .place, headStart - start >= 2, Lexicon.placementVerbs.contains(WordKey(text, headStart - 2, 2)) { return [] }
        // A site of a site's kind (陵园|广场, 烈士陵园|墓地) is a kind, though streets take such names (公园|路)
        // and name sites (中大街|立交桥).
        if type == .place, !head(headStart, headEnd, isIn: Lexicon.streetHeads),
           headHit(endingAt: headStart, where: { hit in
               guard case .head(.place) = hit.payload, hit.start >= start, !head(hit.start, headStart, isIn: Lexicon.streetHeads) else { return false }
               return hit.start == start || namesNothing(start, hit.start, generic: Lexicon.genericModifiers)
           }) != nil { return [] }
        // A plan right after a title in book-title marks and generic words (《…方案》|总体|规划) is that titled plan's.
        if type == .programme, let close = text[start..<headStart].lastIndex(of: "》"),
           close + 1 == headStart || namesNothing(close + 1, headStart, generic: Lexicon.genericModifiers) { return [] }
        // A residential compound is named by a word of its own, not by its place and kind (公安县|老旧|小区),
        // and holds no verb (不影响|小区, 涵盖廷昌|小区).
        if type == .place, WordKey(text, headStart, headEnd - headStart) == Lexicon.compoundHead,
           namesNothing(start, headStart, generic: Lexicon.genericModifiers)
            // A site's kind of compound (城南片区|老旧|小区) is no compound's name either.
            || (start + 1..<headStart).contains(where: { marks[$0] & Mark.placeHeadEnd != 0 && namesNothing($0, headStart, generic: Lexicon.genericModifiers) })
            || (start..<(headStart - 1)).contains(where: { words.isVerb(text, $0, 2) || words.isAdverb(text, $0, 2) || words.tag(in: text, at: $0) == "vn" })
            // Nor is a kind of compound after common words (方便|老旧|小区, 城镇|老旧|小区).
            || (headStart - start >= 4 && Lexicon.genericModifiers.contains(WordKey(text, headStart - 2, 2))
                && (isMadeOfCommonWords(start, headStart - 2) || Lexicon.genericPlaceWords.contains(WordKey(text, start, headStart - 2 - start))))
            || (start < headStart && words.isAdverb(text, start, 1))
            // Nor is a compound for raising animals (养牛|小区, 养羊|小区): a kind of farm.
            || (headStart - start >= 2 && text[headStart - 2] == "养" && Self.isIdeograph(text[headStart - 1])) { return [] }
        if type == .institution, !kinds.contains(.media),
           namesNothing(start, headStart, generic: Lexicon.genericInstitutionModifiers, placesName: true) { return [] }
        // A cooperative, an association or an alliance set up (成立|食用菌种植合作社, 成立|花卉协会, 成立了|果业合作社,
        // 建立|产业联盟) and named by common words alone is a kind being set up.
        if type == .institution, start >= 2,
           (3...4).contains(where: { headEnd - $0 >= headStart && Lexicon.cooperativeEndings.contains(WordKey(text, headEnd - $0, $0)) })
               || head(headStart, headEnd, isIn: Lexicon.associationHeads),
           Lexicon.foundingVerbs.contains(WordKey(text, start - 2, 2))
               || (start >= 3 && text[start - 1] == "了" && Lexicon.foundingVerbs.contains(WordKey(text, start - 3, 2))),
           isCommonWord(start, headStart) { return [] }
        if type == .institution, namesClassOfBodies(start: start, headStart: headStart, headEnd: headEnd, kinds: kinds) { return [] }
        if type == .project, WordKey(text, headStart, headEnd - headStart) == Lexicon.sectionHead, !isRoadSection(start, headStart) { return [] }
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
