/// Where a name ending in a head begins: grown back from the head, then moved past what only
/// stands before the name (verbs, counts, a runner and its year, a drive it is named after).
extension NameGrower {
    /// Where the name ending in the head `headStart..<headEnd` begins, or nil when the head's kind
    /// finds no name there (a news site without 中国, a model without its place or quotation).
    /// Whether the body of a task's body (or of its office) ends in 工作 (…协调|工作|领导小组办公室): the
    /// verb of the task before it is the name's, not the sentence's.
    func isTaskWork(before bodyEnd: Int, headStart: Int, headEnd: Int) -> Bool {
        bodyEnd >= 2 && text[bodyEnd - 2] == "工" && text[bodyEnd - 1] == "作" && beginsWithTaskBody(headStart: headStart, headEnd: headEnd)
    }

    /// Whether the head begins with a task body's head (领导小组|办公室, 指挥部).
    func beginsWithTaskBody(headStart: Int, headEnd: Int) -> Bool {
        (2...4).contains { headStart + $0 <= headEnd && Lexicon.taskBodyHeads.contains(WordKey(text, headStart, $0)) }
    }

    func nameStart(of type: EntityType, headStart: Int, headEnd: Int, kinds: Lexicon.HeadKinds) -> Int? {
        if type == .programme, let national = pilotZoneStart(headStart: headStart, headEnd: headEnd) { return national }
        // A numbered road (106国道, G207国道) is named by its number: what stands before it is said of it (紧挨|106国道).
        if type == .place, headStart > 0, Self.isDigit(text[headStart - 1]), head(headStart, headEnd, isIn: Lexicon.roadKinds) {
            var numberStart = headStart
            while numberStart > 0, Self.isDigit(text[numberStart - 1]) || (text[numberStart - 1].isASCII && text[numberStart - 1].properties.isAlphabetic) {
                numberStart -= 1
            }
            return numberStart
        }
        let zoneExtra = type == .place && head(headStart, headEnd, isIn: Lexicon.zoneHeads) ? 4 : 0
        let limit = Self.maximumLength(type) + zoneExtra - (headEnd - headStart)
        let joinsRoute = type == .project
        // A short bracket right before the head (…产业建设(兴业)项目, …(一期)项目) is the name's: the body ends at it.
        let bodyEnd = bracketOpen(before: headStart) ?? headStart
        let isTaskWork = isTaskWork(before: bodyEnd, headStart: headStart, headEnd: headEnd)
        // A committee's task group (市委|农村工作领导小组) is named with the committee.
        let crossesBodies = kinds.contains(.unit) || beginsWithTaskBody(headStart: headStart, headEnd: headEnd)
        // A reform is named by what it reforms, a noun (殡葬改革): a verb before it is the sentence's (宣传|殡葬改革), and
        // an adverb or a pronoun right before it (怎么|改革) makes 改革 the verb, which ends no name.
        let isReform = WordKey(text, headStart, headEnd - headStart) == Lexicon.reformHead
        if isReform, bodyEnd == headStart, (1...2).contains(where: { words.isAdverb(text, headStart - $0, $0) || words.has(tag: "r", text, headStart - $0, $0) }) {
            return nil
        }
        var grown = nameStart(before: bodyEnd, limit: limit - (headStart - bodyEnd), joinsRoute: joinsRoute, crossesBodies: crossesBodies,
                              stopsAtVerbs: (type != .programme || isReform) && !head(headStart, headEnd, isIn: Lexicon.streetHeads) && !isTaskWork,
                              stopsAtBuildingVerbs: type == .project || type == .place)
        // The work of a task body may be a boundary word's (…劳务品牌建设|工作|领导小组): the task before it names the body.
        if isTaskWork, grown == bodyEnd - 2, bodyEnd >= 4, marks[bodyEnd - 2] & Mark.boundaryEnd != 0, marks[bodyEnd - 4] & Mark.boundaryStart != 0 {
            let taskEnd = bodyEnd - 4
            let task = nameStart(before: taskEnd, limit: limit - (headStart - taskEnd), crossesBodies: crossesBodies)
            if task < taskEnd { grown = task }
        }
        // So is a verb of spreading word of it (宣传|殡葬改革), which jieba tags a verbal noun.
        if isReform, let spread = (grown..<max(grown, bodyEnd - 1)).last(where: { Lexicon.publicityVerbs.contains(WordKey(text, $0, 2)) }) {
            grown = spread + 2
        }
        var start = trimmedStart(grown, before: bodyEnd, joinsRoute: joinsRoute)
        // A road's number is its name's, though a count is trimmed (454|省道…改扩建项目, G207|国道).
        if start > grown, bodyEnd - start >= 2, Lexicon.roadKinds.contains(WordKey(text, start, 2)), Self.isDigit(text[start - 1]) {
            while start > grown, Self.isDigit(text[start - 1]) || (text[start - 1].isASCII && text[start - 1].properties.isAlphabetic) { start -= 1 }
        }
        if type == .project, let itemStart = listItemStart(across: grown, headEnd: headEnd) { start = itemStart }
        // A street or site named by a verb (解放中路, 安定中路) keeps it: trimming would leave no name.
        if type == .place, headStart - start < 2, headStart - grown >= 2, head(headStart, headEnd, isIn: Lexicon.streetHeads) {
            let body = (grown..<headStart).last { placeStarts[$0] != nil } ?? grown
            if headStart - body == 2, words.isVerb(text, body, 2) { start = body }
        }
        // A street's name holds no word for the town it runs through (洋县县城|朱鹮大道): it begins after it.
        if type == .place, head(headStart, headEnd, isIn: Lexicon.streetHeads),
           let town = (start..<max(start, headStart - 2)).last(where: { Lexicon.townWords.contains(WordKey(text, $0, 2)) }) {
            start = town + 2
        }
        // A ring road's name begins at 环城 (下南田|环城南路): what stands before it names another place.
        if type == .place, head(headStart, headEnd, isIn: Lexicon.streetHeads),
           let ring = ((start + 1)..<max(start + 1, headStart - 1)).last(where: { WordKey(text, $0, 2) == Lexicon.ringRoadWord }) {
            start = ring
        }
        if type != .place { start = acrossVerbalNouns(start, headStart: bodyEnd, limit: limit, joinsRoute: joinsRoute) }
        // A drive to win a title keeps the title's rank (省级|文明县城创建, 市级|文明村创建), which elsewhere ends
        // what stands before a name.
        if kinds.contains(.verb), start >= 2, start < bodyEnd, let rank = (2...3).first(where: { start >= $0 && Lexicon.levelRanks.contains(WordKey(text, start - $0, $0)) }) {
            start -= rank
        }
        if start == bodyEnd { start = headStart }
        // A site's name does not begin with a quoted verb (赴我县“取经”|通用机场建设), nor with a single quoted
        // character, which a headline stresses (小龙虾“闯”|黄河故道): it says what was done there.
        if type == .place, start < bodyEnd, let open = text[start..<bodyEnd].lastIndex(of: "“"), let close = text[open..<bodyEnd].firstIndex(of: "”"),
           (2...4).contains(close - open - 1) ? words.isVerb(text, open + 1, close - open - 1) : close == open + 2 && Self.isIdeograph(text[open + 1]) {
            start = close + 1 == bodyEnd ? headStart : close + 1
        }
        // A body a verb of going, visiting or opening is said of (学生参观|纪念馆, 他去|图书馆, 村民开|餐馆) is
        // named after the verb: a bare head.
        if type == .institution, start < bodyEnd, bodyEnd == headStart, let verbStart = verbBeforeBodyStart(endingAt: headStart), verbStart >= start {
            start = headStart
        }
        // A body is named after the verb that sets it up (林农建立|专业协会), and nothing but the verb names none (建好|村史馆).
        if type == .institution, headStart - start == 2, Lexicon.foundingVerbs.contains(WordKey(text, start, 2)) { start = headStart }
        if type == .institution, start + 2 < headStart,
           let founding = (start..<(headStart - 2)).last(where: { Lexicon.foundingVerbs.contains(WordKey(text, $0, 2)) }) {
            start = founding + 2
        }
        // A body named after its owner begins with the owner's surname: the calling before it (刘家庄村村民|
        // 张三涛肉牛养殖场) says who the owner is.
        if type == .institution, start + 2 < headStart, let calling = (start..<(headStart - 2)).last(where: {
            Lexicon.ownersCallings.contains(WordKey(text, $0, 2)) && CreditedSources.commonSurnames.contains(text[$0 + 2])
        }) {
            start = calling + 2
        }
        if type == .institution {
            let conjoined = conjoinedTopicStart(before: start, headStart: headStart) ?? conjoinedCollegeStart(before: start, headStart: headStart)
            start = institutionStart(from: conjoined ?? start, headStart: headStart, headEnd: headEnd)
            start = afterFormerMark(start, before: headStart)
            // 投资 inside a body's name (国有资产投资|经营有限公司, 绿色投资|贸易促进会) joins its words; it
            // ends a name only as a verb before works.
            if start >= 4, start + 2 <= headStart, WordKey(text, start - 2, 2) == Lexicon.investWord {
                let earlier = trimmedStart(nameStart(before: start - 2, limit: 8), before: start - 2)
                if earlier < start - 3, !namesNothing(earlier, start - 2, generic: Lexicon.genericInstitutionModifiers) { start = earlier }
            }
        }
        // A works named after its company begins with the company's name (山东省土地发展集团|乡村振兴…示范项目).
        if type == .project, start < headStart, let companyStart = companyNameStart(at: start, before: headStart) { start = companyStart }
        start = afterPlaceCut(start, before: headStart)
        // A works named after a year's drive begins after it (…项目建设突破年|第一季度重大项目); 年产 is a
        // yearly output, no year (建设年产|200万吨…生产线).
        if type == .project, let driveEnd = lastHeadEnd(of: Lexicon.campaignYearHeads, from: start + 1, through: headStart - 1),
           text[driveEnd] != "产" {
            start = skippingLeadingWords(from: driveEnd, before: headStart)
        }
        // A place and a year before a programme say who runs it and when (贞丰县|2019年|项目建设突破年);
        // a plan is named with them (宁远县2024年国民经济和社会发展计划).
        if type == .programme, !head(headStart, headEnd, isIn: Lexicon.datedPlanHeads), let placeEnd = placeEnds[start],
           let yearEnd = yearEnd(at: placeEnd, limit: headStart), yearEnd < headStart {
            start = yearEnd
        }
        start = afterEnumeration(start, before: headStart)
        // A national programme right before the head begins the name (李明特别关注|乡村振兴战略),
        // unless places, a year and an edition name whose and which it is (宁远县乡村振兴规划, 宁远县第二届全民健身运动会).
        if type == .programme, let known = lexiconHit(endingAt: bodyEnd, where: { if case .known(.programme) = $0.payload { true } else { false } }),
           known.start > start, !isPlacesYearsAndEditions(start, known.start) {
            start = known.start
        }
        // A programme's name does not begin inside one the lexicon knows (教育强国推进|工程(…)…投资计划): the
        // known name stands alone.
        if type == .programme, start < headStart, (start + 1...min(start + 12, headStart)).contains(where: { end in
            lexiconHit(endingAt: end, where: { hit in if case .known(.programme) = hit.payload { hit.start < start } else { false } }) != nil
        }) { return nil }
        // A governing verb inside a programme's body (魏丽出席|相关活动) ends what stands before the name.
        if type == .programme, let verbEnd = governingVerbEnd(in: start, headStart) { start = verbEnd }
        // An edition (第十九届…交易会) begins an event's name, or the places right before it that hold it
        // (湖南省第三届…, “田园荣州”|荣县第十五届…): anything else before it is said of the event (亮相|第十九届…).
        if type == .programme, let edition = (start..<headStart).first(where: { text[$0] == "第" && isEdition(at: $0, before: headStart) }),
           !isPlacesOnly(start, edition) {
            // The places run from a quotation's close or from the start of what was grown (“…”|荣县第十五届…), not
            // from inside another name (中国·|杭州第五届…); 中国 written right before them is the event's (中国遵义第二届…).
            var held = edition
            while let placeStart = placeStarts[held], placeStart >= grown { held = placeStart }
            if held < edition, held - 2 == grown, WordKey(text, grown, 2) == Lexicon.chinaWord { held = grown }
            start = held < edition && (held == grown || Self.closingMarks.contains(text[held - 1])) ? held : edition
        }
        // A class of works right before a name (国家重点工程|乌东德电站) is said of it, not part of it.
        if type == .project, let classEnd = genericWorksEnd(in: start, headStart) { start = classEnd }
        // A works said of its owner (该公司|竹木制品加工建设项目) begins after the owner's bare head.
        if type == .project, start > 0, start + 2 < headStart, Self.selfReferences.contains(text[start - 1]),
           let ownerEnd = (start + 2...min(headStart - 1, start + 4)).first(where: { marks[$0] & Mark.institutionHeadEnd != 0 }),
           lexiconHit(endingAt: ownerEnd, where: { $0.start == start && $0.payload.isInstitutionHead }) != nil {
            start = ownerEnd
        }
        // A site before a capacity is where the works is (宁远县工业园区|3000吨茶油加工项目); a number of its own
        // (可门作业区15-17号泊位工程) numbers the site's works, in their name.
        if type == .project, start + 2 < headStart,
           let capacity = (start + 2..<headStart).last(where: { marks[$0] & Mark.placeHeadEnd != 0 && Self.isDigit(text[$0]) }),
           !isNumberedUnit(from: capacity, before: headStart) {
            start = capacity
        }
        // A place before a place above it written in full is where the body is (长沙|湖南省建工集团), not its name; a
        // province's short form after a city names people of that province there (莆田市|江西商会…), in the name.
        if type == .institution, let firstEnd = placeEnds[start], firstEnd < headStart, let second = placeLevels[firstEnd],
           let first = placeLevels[start], second < first,
           !(second == .province && placeEnds[firstEnd].map({ !Self.levelCharacters.contains(text[$0 - 1]) }) == true) {
            start = firstEnd
        }
        // A medium's name may begin with 今日, which elsewhere says when (今日宁远网, 今日永州报).
        if kinds.contains(.media), start >= 2, grown <= start - 2, text[start - 2] == "今", text[start - 1] == "日" { start -= 2 }
        if WordKey(text, headStart, headEnd - headStart) == Lexicon.newsSiteHead {
            guard let siteStart = newsSiteStart(from: start, headStart: headStart) else { return nil }
            start = siteStart
        }
        // A news outlet named …新闻 or …在线 is one only where a report credits it (上游新闻|记者).
        if head(headStart, headEnd, isIn: Lexicon.creditedOutletHeads) {
            // 本报 and 该报 are the paper itself, whatever stands before them (孙文超|本报记者).
            if headStart > 0, text[headStart] == "报", Self.selfReferences.contains(text[headStart - 1]) { return nil }
            // A credit line holds the whole name, verbs and all (来源:经济参考报).
            if let lineStart = creditLineStart(before: headStart), lineStart < start { start = lineStart }
            guard (2...6).contains(headStart - start), isCredited(start: start, end: headEnd) else { return nil }
        }
        // The experience of a quoted programme (“千万工程”经验) is that programme's, named by the quotation.
        if kinds.contains(.placeNamed), headStart > 0, text[headStart - 1] == "”", marks[headStart - 1] & Mark.headEnd != 0 { return nil }
        if kinds.contains(.model) {
            guard let modelStart = modelNameStart(from: start, headStart: headStart) else { return nil }
            start = modelStart
        }
        // Where a site is (县城|祝尔慷广场) is no part of its name, unless a longer word begins there (城镇化).
        while type == .place, headStart - start > 3, Lexicon.genericPlaceWords.contains(WordKey(text, start, 2)), !words.contains(text, start, 3),
              genericModifierEnd(at: start, limit: headStart, in: Lexicon.genericModifiers).map({ $0 <= start + 2 }) ?? true { start += 2 }
        // A street or a new village in a township is named after it (抱由镇|安定中路, 尚德镇|丰元山新村).
        if type == .place, head(headStart, headEnd, isIn: Lexicon.streetHeads) || head(headStart, headEnd, isIn: Lexicon.newVillageHeads),
           let townshipEnd = (start..<headStart).last(where: { townshipEnds.contains($0) }), townshipEnd > start {
            start = townshipEnd
        }
        // A sub-district is a division of its own, named apart from the district before it (岳阳楼区|岳阳楼街道).
        if type == .place, WordKey(text, headStart, headEnd - headStart) == Lexicon.subdistrictHead,
           start + 1 < headStart, let placeEnd = ((start + 1)..<headStart).last(where: { placeStarts[$0] != nil }), headStart - placeEnd >= 2 {
            start = placeEnd
        }
        // So is a village written with its kind after its township or another village (王楼行政村|西郭自然村).
        if type == .place, head(headStart, headEnd, isIn: Lexicon.villageKindHeads), headStart - start >= 3,
           let placeEnd = ((start + 1)...(headStart - 2)).last(where: { text[$0 - 1] == "村" || townshipEnds.contains($0) }) {
            start = placeEnd
        }
        // So is a hamlet's site in a village or a township (新桥村|肖家幸福屋场).
        if type == .place, head(headStart, headEnd, isIn: Lexicon.hamletHeads),
           let placeEnd = (start..<headStart).last(where: { localPlaceEnds.contains($0) }), placeEnd > start {
            start = placeEnd
        }
        // A works named after a zone begins with the zone's whole name, which the zone's head grows to across
        // words that end other names (梨树县肉牛产业融合发展|示范园区建设项目: 融合发展 ends none of a zone's).
        if type == .project, start < bodyEnd, let zone = zoneStart(within: start, bodyEnd), zone < start { start = zone }
        return start
    }

    static let selfReferences = ScalarSet("本该此我")

    /// What 获 says was won or granted when written before it (获评, 获批, 获颁, 获授, 获选).
    static let wonKinds = ScalarSet("评批颁授选")

    /// The end of the last governing verb inside `start..<headStart`, before the head and outside a
    /// quotation (…出席|相关活动; not “…推进…”活动), or nil.
    func governingVerbEnd(in start: Int, _ headStart: Int) -> Int? {
        guard headStart - start >= 4, !text[start..<headStart].contains(where: { $0 == "“" || $0 == "”" }) else { return nil }
        return ((start + 2)...(headStart - 1)).last { end in
            placeCover[end - 1] == 0 && Lexicon.governingVerbs.contains(WordKey(text, end - 2, 2))
        }
    }

    /// Whether an edition's number begins at `index` (第十九届, 第3届): 第, numerals or digits, 届.
    func isEdition(at index: Int, before end: Int) -> Bool { editionEnd(at: index, before: end) != nil }

    /// The end of an edition (第十二届) that starts at `index` and ends before `end`, or nil.
    func editionEnd(at index: Int, before end: Int) -> Int? {
        guard text[index] == "第" else { return nil }
        var i = index + 1
        while i < end, Self.isDigit(text[i]) || Lexicon.numerals.contains(text[i]) { i += 1 }
        return i > index + 1 && i < end && text[i] == "届" ? i + 1 : nil
    }

    /// The end of a year written in four digits (2024年) that starts at `index`, within `limit`, or nil.
    func yearEnd(at index: Int, limit: Int) -> Int? {
        guard let end = quantityEnd(at: index, limit: limit), end - index == 5, text[end - 1] == "年" else { return nil }
        return end
    }

    /// The end of 工程 or 项目 inside `start..<headStart` with nothing but generic words before
    /// it (国家重点|工程|乌东德电站, 建设|工程|龙门…项目), or with a place right after it (…国债项目|安徽省…工程项目):
    /// a class of works said of the name, or nil.
    func genericWorksEnd(in start: Int, _ headStart: Int) -> Int? {
        guard headStart - start >= 4 else { return nil }
        return ((start + 2)...(headStart - 2)).last { end in
            guard marks[end] & Mark.headEnd != 0,
                  let inner = headHit(endingAt: end, where: { $0.start >= start && head($0.start, end, isIn: Lexicon.classHeads) })
            else { return false }
            return namesNothing(start, inner.start, generic: Lexicon.genericModifiers) || placeEnds[end].map { $0 < headStart } == true
        }
    }

    /// Where a project's name that an enumeration comma follows begins when it stopped at 和
    /// (…、多功能生态包装和农地膜投资项目、…): inside a list, and not its last item, 和 joins no
    /// items and belongs to the name, which runs back to the comma before it.
    func listItemStart(across start: Int, headEnd: Int) -> Int? {
        guard start >= 2, text[start - 1] == "和", headEnd < text.count, text[headEnd] == "、" else { return nil }
        let earlier = nameStart(before: start - 1, limit: 12, joinsRoute: true)
        guard earlier > 0, earlier < start - 2, text[earlier - 1] == "、" else { return nil }
        return earlier
    }

    /// Where a body begins whose topic is written with 和 after its division (县|招商引资和营商环境服务中心,
    /// 宁远县|科技和工业信息化局): at the division or its bare level character of a county or above, with no
    /// name's end between it and 和 (县委|和…, 县医院|和… join two bodies) nor a department's before the
    /// head (…旅游厅|党组 is the department's group); nor a division or a level character right after 和,
    /// which begins a body of its own (县农机中心和|县水利局, …中心和|宁远农商银行).
    func conjoinedTopicStart(before start: Int, headStart: Int) -> Int? {
        guard start >= 3, text[start - 1] == "和", placeEnds[start] == nil, !Self.bodyLevelCharacters.contains(text[start]) else { return nil }
        let conjunction = start - 1
        let earlier = nameStart(before: conjunction, limit: 10)
        let ends = Mark.headEnd | Mark.bodyEnd | Mark.placeHeadEnd
        guard earlier < conjunction - 2,
              placeEnds[earlier].map({ $0 < conjunction - 1 })
                ?? (Self.bodyLevelCharacters.contains(text[earlier]) && (earlier == 0 || !Self.isNameCharacter(text[earlier - 1]))),
              !((earlier + 1)...conjunction).contains(where: { marks[$0] & ends != 0 }),
              !((start + 1)...max(start + 1, headStart)).contains(where: { marks[$0] & Mark.bodyEnd != 0 })
        else { return nil }
        return earlier
    }

    /// `start` after a 原 that says what a body was (原|龙乡颐养中心), unless 原 begins a word or a
    /// place (原子, 原平市).
    func afterFormerMark(_ start: Int, before headStart: Int) -> Int {
        text[start] == "原" && start + 2 < headStart && placeEnds[start] == nil && !words.contains(text, start, 2) ? start + 1 : start
    }

    /// Where a college or a company's division named by two topics joined by 与 or 和 begins, right
    /// after its university or company or where a line begins (湖州师范学院|社会发展与管理学院, …投资公司|水务与
    /// 新能源事业部): at the first topic. Topics name no place (无极县与|石家庄学院 are two parties).
    func conjoinedCollegeStart(before start: Int, headStart: Int) -> Int? {
        guard start >= 3, (2...4).contains(headStart - start), headStart + 2 <= text.count, Self.collegeTopicJoiners.contains(text[start - 1]),
              WordKey(text, headStart, 2) == Lexicon.collegeHead
                || (headStart + 3 <= text.count && WordKey(text, headStart, 3) == Lexicon.companyDivisionHead) else { return nil }
        let conjunction = start - 1
        var earlier = conjunction
        while earlier > 0, conjunction - earlier < 6, marks[earlier] & Mark.institutionHeadEnd == 0,
              Self.isIdeograph(text[earlier - 1]), !Lexicon.stopCharacters.contains(text[earlier - 1]) { earlier -= 1 }
        guard conjunction - earlier >= 2, earlier == 0 || text[earlier - 1] == "\n" || marks[earlier] & Mark.institutionHeadEnd != 0,
              !(earlier..<headStart).contains(where: { placeStarts[$0] != nil || placeEnds[$0] != nil }) else { return nil }
        return earlier
    }

    static let collegeTopicJoiners = ScalarSet("与和")

    /// The level characters of divisions from the county up, which name bodies bare (县, 市, 省, 区, 州, 旗).
    static let bodyLevelCharacters = ScalarSet("省市县区州旗")

    /// What joins two media credited together: a dash or a middle dot.
    static let mediaJoiners = ScalarSet("-·•・∙")

    /// Moves a name's start out of a word it cuts, then past the verbs, function words and
    /// quantities it begins with, and past a place that is the subject of a verb (宁远县|狠抓|…);
    /// never beyond `end`.
    func trimmedStart(_ start: Int, before end: Int, joinsRoute: Bool = false) -> Int {
        var start = start
        if start > 0, start < end, Lexicon.stopCharacters.contains(text[start - 1]),
           let word = words.word(in: text, at: start - 1, limit: end), isReadApart(start - 1, fromWordEndingAt: word.end, nameEnd: end) {
            // A function character that stands apart from the word it would begin (对|白林村) leaves the name whole.
        } else if start > 0, start < end, Lexicon.stopCharacters.contains(text[start - 1]),
           let word = words.word(in: text, at: start - 1, limit: end), !words.hasWord(in: text, endingAt: start, startingBefore: start - 1) {
            // A word a function character begins (为|准) holds the name's first character, unless the
            // character ends a word read first (作为|准格尔…).
            start = word.end
        } else if start > 0, start < end, let word = words.word(in: text, at: start - 1, limit: end), word.leadsName,
                  !Lexicon.worksVerbs.contains(WordKey(text, start - 1, word.end - start + 1)),
                  !words.hasWord(in: text, endingAt: start, startingBefore: start - 1) {
            // A name does not begin inside a preposition or verb (按|照“…”战略), unless a word ends right
            // before it (新建|中心库区: not 新|建中).
            start = word.end
        }
        start = skippingLeadingWords(from: start, before: end)
        // 经 (by way of) before a bare body ends what stands before it (学校|经|县教育局批准, 他|经|县委…), as
        // it does at a name's start; not inside a place (荥经县).
        if start + 2 < end, let via = ((start + 1)..<(end - 1)).last(where: { text[$0] == "经" && placeCover[$0] == 0
            && Self.levelCharacters.contains(text[$0 + 1]) }) {
            start = via + 1
        }
        // A person's name right after a post title, where a list lost its commas (副部长|苏国元|县民政局党组), is no
        // part of the body after it: the body begins at its place or bare level character.
        if start >= 2, start + 2 <= end - 2, Lexicon.postTitleKeys.contains(WordKey(text, start - 2, 2)),
           let body = (start + 2...min(start + 3, end - 2)).first(where: { placeStarts[$0] != nil || Self.levelCharacters.contains(text[$0]) }),
           placeCover[start] == 0, (start..<body).allSatisfy({ Self.isIdeograph(text[$0]) }) {
            start = body
        }
        // A name does not begin inside an institution's or a site's head (合作|社综合改革, 高新|区嗨马莲浦…,
        // where jieba's adverb 高新 was skipped): it begins after it and what stands before names there
        // (合作社|采用|“公司+农户”模式).
        if start > 0, start < end, let insideHeadEnd = (start + 1..<min(start + 4, end)).first(where: { headEnd in
            marks[headEnd] & (Mark.institutionHeadEnd | Mark.placeHeadEnd) != 0 && lexiconHit(endingAt: headEnd, where: { hit in
                guard hit.start < start, case .head(let type) = hit.payload else { return false }
                return type == .institution || type == .place
            }) != nil
        }) {
            start = skippingLeadingWords(from: insideHeadEnd, before: end)
        }
        // 获 (won), alone or with what was won (获评, 获批), is the sentence's verb (…文化节上|获|国际竹业博览会金奖,
        // 社区|获评|…): the name follows it.
        if start + 2 < end, let won = (start..<(end - 2)).last(where: { index in
            text[index] == "获" && placeCover[index] == 0 && placeEnds[index] == nil && (index == 0 || !words.contains(text, index - 1, 2))
        }) {
            start = won + (Self.wonKinds.contains(text[won + 1]) || words.contains(text, won, 2) ? 2 : 1)
        }
        var i = start + 1
        while i < end {
            if text[i - 1] == "“", let close = text[i..<end].firstIndex(of: "”") {
                // A quotation is one piece of the name: nothing inside it is a subject (“镇村联动”). One
                // that lists single characters (“食、游、购、娱”全要素…) says what the thing offers: the name follows it.
                if isListOfCharacters(i..<close) { start = close + 1 }
                i = close + 1
            } else if !endsPlace(at: i) {
                i += 1
            } else if Lexicon.stopCharacters.contains(text[i]), !startsWordInName(at: i, end: end), placeEnds[i] == nil,
               !(joinsRoute && Lexicon.routeJoiners.contains(text[i])) {
                // A function character after a place begins a clause of its own, unless it begins a word of
                // the name (宁远县|就业局) or a place (黄南州|同仁县).
                start = skippingLeadingWords(from: i + 1, before: end)
                i = start + 1
            } else if let wordEnd = uncommonBoundaryWordEnd(at: i, limit: end) ?? mannerAndVerbEnd(at: i, before: end) {
                // So does a boundary word the list of common words lacks (宁远县|拓宽|陵园…), or a verb with its
                // word of manner (宁远县|主动融入|…发展规划).
                start = skippingLeadingWords(from: wordEnd, before: end)
                i = start + 1
            } else if let word = words.word(in: text, at: i, limit: end), word.leadsName, !divisionNameRunsPast(at: i, past: word.end),
                      !beginsNationalProgramme(at: i, endingBy: end),
                      !beginsLandformName(wordEnd: word.end, before: end), !beginsRiverName(wordEnd: word.end, before: end),
                      !Lexicon.stateVerbs.contains(WordKey(text, i, word.end - i)),
                      !Lexicon.worksVerbs.contains(WordKey(text, i, word.end - i)), !Lexicon.phases.contains(WordKey(text, i, word.end - i)) {
                start = skippingLeadingWords(from: word.end, before: end)
                i = start + 1
            } else {
                i += 1
            }
        }
        return start
    }

    /// Where a verb of going, visiting or opening ends at `end` (参观, 去, 开), in no longer word (失去, 公开), or nil.
    func verbBeforeBodyStart(endingAt end: Int) -> Int? {
        guard let length = (1...2).first(where: { end - $0 >= 0 && Lexicon.verbsBeforeBodies.contains(WordKey(text, end - $0, $0)) }) else { return nil }
        // 开 of 经开, a development zone's abbreviation (黄岩经开|集团), opens nothing.
        if end >= 2, WordKey(text, end - 2, 2) == Self.developmentZoneAbbreviation { return nil }
        return words.hasWord(in: text, endingAt: end, startingBefore: end - length) ? nil : end - length
    }

    static let developmentZoneAbbreviation = WordKey("经开".unicodeScalars)!

    /// Whether `range` holds single characters parted by 、 (食、游、购、娱).
    private func isListOfCharacters(_ range: Range<Int>) -> Bool {
        range.count >= 3 && range.enumerated().allSatisfy { offset, index in (offset % 2 == 1) == (text[index] == "、") } && range.count % 2 == 1
    }

    /// The end of a boundary word that starts at `index`, ends by `limit` and is no common word
    /// (拓宽, 修缮: jieba's list lacks them), or nil.
    func uncommonBoundaryWordEnd(at index: Int, limit: Int) -> Int? {
        guard marks[index] & Mark.boundaryStart != 0, words.word(in: text, at: index, limit: limit) == nil, placeEnds[index] == nil else { return nil }
        return (2...4).first(where: { index + $0 <= limit && isBoundaryWord(index, index + $0) }).map { index + $0 }
    }

    /// The end of a word of manner and the common verb after it (科学|编制, 主动|融入) at `index`, leaving
    /// a name of a character at least before `end`; nil where none is or the verb is one of works.
    func mannerAndVerbEnd(at index: Int, before end: Int) -> Int? {
        guard index + 4 < end, Lexicon.mannerWords.contains(WordKey(text, index, 2)) || words.has(tag: "b", text, index, 2),
              words.isVerb(text, index + 2, 2), !Lexicon.worksVerbs.contains(WordKey(text, index + 2, 2)) else { return nil }
        return index + 4
    }

    /// The end of a part of a month or a year written at `index` after 月 or 年 (底, 初, 末; 上旬, 中旬,
    /// 下旬), or nil.
    func partOfMonthEnd(at index: Int, before end: Int) -> Int? {
        if Self.monthEnds.contains(text[index]) { return index + 1 }
        return index + 2 <= end && Self.tenDayParts.contains(text[index]) && text[index + 1] == "旬" ? index + 2 : nil
    }

    /// 经 (by way of) and 报 (submitted to), which refer a matter to the body after them.
    static let referralCharacters = ScalarSet("经报")

    static let monthEnds = ScalarSet("底初末")
    static let tenDayParts = ScalarSet("上中下")

    /// Moves a name's start past what only stands before the name: doubled counts, vague years,
    /// dynasties, examples, 经, verbs, function words and quantities.
    func skippingLeadingWords(from start: Int, before end: Int) -> Int {
        var start = start
        while start < end {
            if text[start] == "一", start + 3 <= end, text[start + 1] == text[start + 2], Lexicon.measureCharacters.contains(text[start + 1]) {
                // A count by a doubled classifier (一项项, 一座座) is no part of a name.
                start += 3
            } else if start > 0, text[start] == "年", Self.vagueYearCounts.contains(text[start - 1]) {
                // Years counted vaguely (这些|年, 近几|年) say when, not what.
                start += 1
            } else if start > 0, text[start] == "来", text[start - 1] == "年" {
                // Years since (33年|来) say when, not what.
                start += 1
            } else if start > 0, start + 1 < end, text[start] == "名", isNumeral(text[start - 1]) || Lexicon.approximations.contains(text[start - 1]) {
                // The classifier of people counted before the name (60余|名|…代表) is the count's.
                start += 1
            } else if start + 2 < end, text[start + 1] == "楼", isNumeral(text[start]) {
                // A floor (三楼|党员活动中心) says where in a building, not what.
                start += 2
            } else if start + 2 < end, Lexicon.determiners.contains(WordKey(text, start, 2)) {
                // A determiner (整个|农民丰收节, 本次|…) points at the name and is no part of it.
                start += 2
            } else if start > 0, start + 2 < end, Lexicon.determiners.contains(WordKey(text, start - 1, 2)) {
                // Nor is its second half, where its first was a function character the name stopped at (此|次|技能大赛).
                start += 1
            } else if let verbEnd = mannerAndVerbEnd(at: start, before: end) {
                // A word of manner before a verb (科学|编制|村庄规划, 主动|融入|…发展规划) is the verb's adverb: both
                // stand before the name.
                start = verbEnd
            } else if start > 0, text[start - 1] == "月" || text[start - 1] == "年", let part = partOfMonthEnd(at: start, before: end) {
                // A part of a month or year (9月|底, 10月|初, 年|末, 5月|中旬) says when, not what.
                start = part
            } else if let duration = spokenDurationEnd(at: start, limit: end) {
                // Years counted in words (十年来, 三年间) say when, not what.
                start = duration
            } else if start >= 2, start + 2 < end, text[start - 1] == "、", Lexicon.dynastyCharacters.contains(text[start]), text[start + 1] != "代",
                      Lexicon.dynastyCharacters.contains(text[start - 2]) || text[start - 2] == "代" {
                // The last of a list of dynasties (明、|清) says when a site was built, not what it is.
                start += 1
            } else if start + 3 < end, text[start + 2] == "中", Lexicon.documentWords.contains(WordKey(text, start, 2)) {
                // What a document holds (导则中|乡村振兴示范区…) is named after 中.
                start += 3
            } else if start + 1 < end, Self.datePrepositions.contains(text[start]), Self.isDigit(text[start + 1]) {
                // A preposition before a date (自|2022年10月…) says when, as the date does.
                start += 1
            } else if text[start] == " " {
                // A space left after a quantity trimmed (2023| 年…) begins no name, nor does the unit after it.
                start += 1
                if start < end, start >= 2, Self.isDigit(text[start - 2]), Self.numberUnits.contains(text[start]) { start += 1 }
            } else if start + 2 < end, text[start + 1] == "里", Self.levelCharacters.contains(text[start]), placeEnds[start] == nil, placeCover[start] == 0 {
                // A division spoken of by its level (村里|利用电站收益, 县里|安排) is its body acting, no part of a name.
                start += 2
            } else if start > 0, text[start] == "如" || text[start] == "但", !Self.isNameCharacter(text[start - 1]) {
                // 如 opening examples after a comma (，如|老旧小区改造) is no part of the first one, nor 但 opening
                // a clause (，但|夏村党支部书记…).
                start += 1
            } else if Self.referralCharacters.contains(text[start]), start + 1 < end, Self.levelCharacters.contains(text[start + 1])
                        || placeEnds[start + 1] != nil || WordKey(text, start + 1, min(2, end - start - 1)) == Lexicon.chinaWord {
                // 经 (by way of) or 报 (submitted to) before a bare body or a place (经|县科协推荐, 并经|中国绿色食品
                // 发展中心审查, 报|市教育局党组审核) is no part of its name.
                start += 1
            } else if let word = words.word(in: text, at: start, limit: end), word.leadsName || isBoundaryWord(start, word.end),
               !(word.end < end && Self.adjectiveSuffixes.contains(text[word.end])),
               // A verb of state is the name's, as an adjective would be (废弃|矿山…工程).
               !Lexicon.stateVerbs.contains(WordKey(text, start, word.end - start)),
               // A place the document names, written as a common word (定边, an adverb too), is the place.
               placeEnds[start] != word.end,
               // A city, county or township whose name begins with a verb (开封|市, 会同|县, 擂鼓|镇) is no verb.
               !divisionNameRunsPast(at: start, past: word.end), !beginsLandformName(wordEnd: word.end, before: end),
               !beginsRiverName(wordEnd: word.end, before: end),
               // A phase right before the head is the name's (…基地建设|一期|项目).
               !(word.end == end && Lexicon.phases.contains(WordKey(text, start, end - start))) {
                start = word.end
            } else if let wordEnd = uncommonBoundaryWordEnd(at: start, limit: end) {
                // A boundary word the list of common words lacks (拓宽|陵园广场) is no part of a name either.
                start = wordEnd
            } else if let word = words.word(in: text, at: start, limit: end), placeEnds[word.end] != nil, words.tag(in: text, at: start) == "vn" {
                // A verbal noun right before a place is the verb of the sentence (独立运营|宁远县急救指挥中心).
                start = word.end
            } else if let quantity = quantityEnd(at: start, limit: end), !isCapacity(start, quantity), !(quantity < end && text[quantity] == "+") {
                start = quantity
            } else {
                break
            }
        }
        return start
    }

    /// The end of years counted in words since or through (十年来, 三年间, 二十多年来) at `index`, or nil.
    func spokenDurationEnd(at index: Int, limit: Int) -> Int? {
        var i = index
        while i < limit, Lexicon.numerals.contains(text[i]) { i += 1 }
        guard i > index, i + 2 <= limit, text[i] == "年", text[i + 1] == "来" || text[i + 1] == "间" else { return nil }
        return i + 2
    }

    /// Whether the quantity `start..<end` is a capacity (5万吨, 100MW, 20万千瓦): what it measures is
    /// what the works makes, and the capacity is part of its name (5万吨玻纤池窑拉丝项目).
    func isCapacity(_ start: Int, _ end: Int) -> Bool {
        Self.capacityUnits.contains { unit in end - unit.count > start && text[(end - unit.count)..<end].elementsEqual(unit) }
    }

    static let capacityUnits: [[Unicode.Scalar]] = ["吨", "千瓦", "兆瓦", "MW", "KW", "kW", "GW"].map { Array($0.unicodeScalars) }

    /// Whether digits from `index` (joined by - or 、) end in 号, numbering units (15-17号泊位), not measuring a capacity.
    func isNumberedUnit(from index: Int, before limit: Int) -> Bool {
        var end = index
        while end < limit, Self.isDigit(text[end]) || text[end] == "-" || text[end] == "、" { end += 1 }
        return end > index && end < limit && text[end] == "号"
    }
}
