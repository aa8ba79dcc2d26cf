/// What a grown name's body says about it: whether it names anything (not only generic words and
/// counts), whether it builds something (工程 as Project or Programme), and where models and
/// rules (模式, 制度) begin.
extension NameGrower {
    /// Whether the body `start..<end` holds nothing that names one undertaking or body: only
    /// quantities and the generic words of reports (新建项目, 县6个重点项目, 五大产业园, 村合作社),
    /// and places, unless `placesName` (下灌村合作社 is named by its village; 县6个重点项目 is not).
    func namesNothing(_ start: Int, _ end: Int, generic: PhraseSet, placesName: Bool = false) -> Bool {
        var i = start
        while i < end {
            if !placesName, let placeEnd = placeEnds[i], placeEnd <= end {
                i = placeEnd
            } else if i + 2 <= end, Lexicon.ordinalSchoolHeads.contains(WordKey(text, i, 2)), i + 2 == end || text[i + 2] != "型" {
                // A numbered school (一中|教育教学综合楼) names its works; no count.
                return false
            } else if let count = countEnd(at: i, limit: end) {
                // A generic word that begins with a numeral (一贯制) is read whole.
                i = max(count, genericModifierEnd(at: i, limit: end, in: generic) ?? count)
            } else if let kind = kindEnd(at: i, limit: end) {
                i = kind
            } else if let modifier = genericModifierEnd(at: i, limit: end, in: generic) {
                i = modifier
            } else if i + 2 <= end, Self.raisingCharacters.contains(text[i]), Self.isIdeograph(text[i + 1]), placeEnds[i + 1] == nil {
                // Raising or growing one kind (养鸽|合作社, 养蜂|协会, 种粮|大户) is a trade.
                i += 2
            } else if !placesName, Self.levelCharacters.contains(text[i]) {
                i += 1
            } else {
                return false
            }
        }
        return true
    }

    /// Where the places written one after another from `start` end (宁远县湾井镇|…), or `start` where none begins there.
    func placesRun(from start: Int) -> Int {
        var end = start
        while let next = placeEnds[end], next > end { end = next }
        return end
    }

    /// 养 and 种, raising and growing, which with one kind (养鸽, 种粮) make a trade.
    static let raisingCharacters = ScalarSet("养种")

    /// Whether a quotation closes right before `headStart` or before kinds of activity only
    /// (“送戏下乡”|惠民文艺|演出).
    func followsQuotedCampaign(_ headStart: Int) -> Bool {
        guard let close = text[max(0, headStart - 6)..<headStart].lastIndex(of: "”") else { return false }
        return close + 1 == headStart || namesNothing(close + 1, headStart, generic: Lexicon.activityKinds)
    }

    /// Whether a programme of the general lexicon ends right before `headStart`, or before one generic
    /// word (送戏下乡|文艺演出, 送戏下乡|惠民|文艺演出): the performance is that programme's.
    func followsKnownProgramme(_ headStart: Int) -> Bool {
        (max(0, headStart - 4)...headStart).contains { end in
            lexiconHit(endingAt: end) { hit in if case .known(.programme) = hit.payload { true } else { false } } != nil
                && (end == headStart || genericModifierEnd(at: end, limit: headStart, in: Lexicon.genericModifiers) == headStart)
        }
    }

    /// Whether `start..<end` names a road and then its section from one place to another
    /// (渑淅高速|淅川至豫鄂省界): the body of a works named by 段.
    func isRoadSection(_ start: Int, _ end: Int) -> Bool {
        guard let to = (start..<end).first(where: { text[$0] == "至" }) else { return false }
        return (start..<to).contains { index in (1...2).contains { index + $0 <= to && Lexicon.roadWords.contains(WordKey(text, index, $0)) } }
    }

    /// Whether the project or programme body `start..<headStart` names a class, not one
    /// undertaking: the object of a governing verb (开工|6个|项目), a whole class (所有工程), classes
    /// counted by 大 (十大农林水项目), generic words and counts only (县6个重点项目), or one common
    /// word before a head of a kind (农田|改造).
    func namesAClass(start: Int, headStart: Int, headEnd: Int, kinds: Lexicon.HeadKinds) -> Bool {
        if endsWithGoverningVerb(start, headStart), !namesQuotedActivity(start, headStart) { return true }
        if actsOnKind(start, headStart) { return true }
        // A body beginning with the classifier of a count trimmed before it (50余|场阅读推广|活动) is counted.
        if start > 0, Lexicon.measureCharacters.contains(text[start]),
           isNumeral(text[start - 1]) || Lexicon.approximations.contains(text[start - 1]) { return true }
        if (start..<max(start, headStart - 1)).contains(where: { Lexicon.wholeClassWords.contains(WordKey(text, $0, 2)) }) { return true }
        if (start..<max(start, headStart - 2)).contains(where: { index in
            (text[index] == "大" || text[index] == "中" || text[index] == "低") && (2...4).contains { Lexicon.sizeRangeWords.contains(WordKey(text, index, $0)) }
        }) { return true }
        // An edition names one event (第十二届湖南农业博览会, 宁远县第四届乡镇篮球赛), however generic the rest.
        var afterPlaces = start
        while let next = placeEnds[afterPlaces], next < headStart { afterPlaces = next }
        if text[afterPlaces] == "第", isEdition(at: afterPlaces, before: headStart) { return false }
        // A game counted or pointed at (四节|比赛, 这场|比赛) is no event.
        if headStart - start == 2, Lexicon.numerals.contains(text[start]) || Lexicon.gamePointers.contains(text[start]),
           Lexicon.gameClassifiers.contains(text[start + 1]) { return true }
        if headStart - start >= 2, Lexicon.numerals.contains(text[start]), text[start + 1] == "大" { return true }
        // The items of a contest (龙舟赛|项目, 比赛|项目) are its events, no works.
        if headStart > start, text[headStart - 1] == "赛", WordKey(text, headStart, headEnd - headStart) == Lexicon.projectHead { return true }
        // So does one counted by a classifier of things (一项|惠民工程, 两座|水库): a description, no name.
        if headStart - start >= 3, Lexicon.numerals.contains(text[start]), Lexicon.thingClassifiers.contains(text[start + 1]),
           placeStarts[start] == nil { return true }
        // So does one after the items it counts or a verb, before generic words only (智慧门诊、远程会诊|三大核心|项目,
        // 服务三批次|86个重点|项目).
        if (start + 1..<headStart).contains(where: { index in
            guard !isNumeral(text[index - 1]), let end = classCountEnd(at: index, limit: headStart) else { return false }
            return namesNothing(end, headStart, generic: Lexicon.genericModifiers)
        }) { return true }
        // A year named by a place alone (在茶陵|建设年|出栏量) is no drive's: 建设 is the verb, 年 annual.
        if kinds.contains(.campaignYear), !isQuotedWhole(start, headEnd), isPlacesOnly(start, headStart) { return true }
        // Nor is a year before a yearly quantity (建设|年|屠宰50万头…): 年 is annual.
        if kinds.contains(.campaignYear), !isQuotedWhole(start, headEnd), startsYearlyQuantity(at: headEnd) { return true }
        guard !isQuotedWhole(start, headEnd), !kinds.contains(.campaignYear) else { return false }
        // A township's or village's works named by what they build (…镇新农村建设工程) are one undertaking; its 重点项目 are a class.
        if (start..<headStart).contains(where: { localPlaceEnds.contains($0 + 1) }),
           !namesNothing(start, headStart, generic: Lexicon.statusModifiers) { return false }
        // So are a division's works of one year named by what they build (宁远县2020年农田项目); its
        // 2020年重点项目, and those launched together (…2022年光伏项目|集中开工), are a class.
        if afterPlaces > start, yearEnd(at: afterPlaces, limit: headStart) != nil,
           !namesNothing(start, headStart, generic: Lexicon.statusModifiers),
           !(headEnd + 2 <= text.count && WordKey(text, headEnd, 2) == Lexicon.togetherWord) { return false }
        if kinds.contains(.activity), namesNothing(start, headStart, generic: Lexicon.activityKinds) { return true }
        // A site's phase (宁远经开区|一期|工程) is one works of that site.
        if headStart - start >= 4, marks[headStart - 2] & Mark.placeHeadEnd != 0, Lexicon.phases.contains(WordKey(text, headStart - 2, 2)) { return false }
        // A treatment plant named by its places alone (高山镇污水处理厂) is the one plant of the place.
        if headEnd - headStart >= 3, Lexicon.plantHeadEndings.contains(WordKey(text, headEnd - 3, 3)), isPlacesOnly(start, headStart) { return false }
        if afterPlaces > start, namesPlacesPowerStation(afterPlaces: afterPlaces, headStart: headStart, headEnd: headEnd)
            || namesPlacesFacility(afterPlaces: afterPlaces, headStart: headStart) { return false }
        // A park is named by its place (宁远县现代农业产业园): there is one such park of a county.
        return namesNothing(start, headStart, generic: Lexicon.genericModifiers,
                            placesName: kinds.contains(.placeNamed) || head(headStart, headEnd, isIn: Lexicon.parkHeads))
            || (head(headStart, headEnd, isIn: Lexicon.kindHeads) && (2...4).contains(headStart - start)
                && words.contains(text, start, headStart - start))
    }

    /// Whether a quantity in digits follows `index` after at most three characters of what is done yearly
    /// (屠宰|50万头), not an ordinal (第二批).
    func startsYearlyQuantity(at index: Int) -> Bool {
        (index..<min(index + 4, text.count)).first { !Self.isIdeograph(text[$0]) }
            .map { $0 > index && Self.isDigit(text[$0]) && text[$0 - 1] != "第" } ?? false
    }

    /// Whether `start..<end` is made of place names only.
    func isPlacesOnly(_ start: Int, _ end: Int) -> Bool {
        var i = start
        while i < end, let next = placeEnds[i], next <= end { i = next }
        return i == end
    }

    /// Whether `start..<end` is made of places, years and editions only (宁远县|2024年|第二届): they say
    /// whose event it is and which.
    func isPlacesYearsAndEditions(_ start: Int, _ end: Int) -> Bool {
        var i = start
        while i < end {
            guard let next = placeEnds[i].flatMap({ $0 <= end ? $0 : nil }) ?? yearEnd(at: i, limit: end) ?? editionEnd(at: i, before: end)
            else { return false }
            i = next
        }
        return true
    }

    /// Whether the body `start..<headStart` ends with a verb whose object the head is, perhaps
    /// counted (参加|活动, 开工|6个|项目).
    func endsWithGoverningVerb(_ start: Int, _ headStart: Int) -> Bool {
        // Where a count right before the head begins (6个, 一批), read backwards.
        var countStart = headStart
        if countStart > start, Lexicon.measureCharacters.contains(text[countStart - 1]) { countStart -= 1 }
        while countStart > start, Self.isDigit(text[countStart - 1]) || Lexicon.numerals.contains(text[countStart - 1]) { countStart -= 1 }
        return [headStart, countStart].contains { verbEnd in
            verbEnd - 2 >= start && Lexicon.governingVerbs.contains(WordKey(text, verbEnd - 2, 2))
                && (verbEnd == headStart || countEnd(at: verbEnd, limit: headStart) == headStart)
        }
    }

    /// Whether a verb of repairing inside the body acts on a kind of works written after it (群众出资|修复|水毁|工程):
    /// the words between the verb and the head are generic and none of them is a verb (…生态修复|提升|工程 is named).
    func actsOnKind(_ start: Int, _ headStart: Int) -> Bool {
        guard headStart - start >= 5 else { return false }
        return (headStart - 5...headStart - 4).contains { index in
            index > start && Lexicon.repairVerbs.contains(WordKey(text, index, 2))
                && !words.isVerb(text, index + 2, 2) && namesNothing(index + 2, headStart, generic: Lexicon.genericModifiers)
        }
    }

    /// Where a name begins whose body, as grown, holds nothing but verbal nouns that also stand
    /// inside names, or a pilot's mark (沙河综合整治生态提升|建设项目, …田园综合体建设|试点项目), or
    /// the 工程 of a 工程项目 (…监测系统优化提升|工程项目): it grows on across them when what stands
    /// before them names something and is no governing verb; `start` otherwise.
    func acrossVerbalNouns(_ start: Int, headStart: Int, limit: Int, joinsRoute: Bool) -> Int {
        func isVerbalNoun(_ index: Int) -> Bool {
            Lexicon.verbalNounsInNames.contains(WordKey(text, index, 2))
                || (index + 2 == headStart && WordKey(text, index, 2) == Lexicon.worksHead && WordKey(text, headStart, 2) == Lexicon.projectHead)
        }
        var start = start
        while start >= 2, isVerbalNoun(start - 2),
              (stride(from: start, to: headStart - 1, by: 2).allSatisfy(isVerbalNoun) && (headStart - start) % 2 == 0)
                || (headStart - start == 2 && (Lexicon.programmeMarkers.contains(WordKey(text, start, 2))
                                                || Lexicon.phases.contains(WordKey(text, start, 2))))
                || (WordKey(text, start - 2, 2) == Self.developmentWord && headStart - start == 2) {
            let wordStart = start - 2
            // A governing verb right before them takes them as its object (进行|提升改造, 开展|提升改造).
            guard !(wordStart >= 2 && Lexicon.governingVerbs.contains(WordKey(text, wordStart - 2, 2))) else { break }
            let grown = trimmedStart(nameStart(before: wordStart, limit: limit - (headStart - wordStart), joinsRoute: joinsRoute),
                                     before: wordStart, joinsRoute: joinsRoute)
            guard grown < wordStart, !namesNothing(grown, wordStart, generic: Lexicon.genericModifiers) else { break }
            start = grown
        }
        return start
    }

    /// A name that the length limit made begin inside a place name (泸州市江阳|区分水岭镇…景区)
    /// begins after that place instead.
    func afterPlaceCut(_ start: Int, before end: Int) -> Int {
        let placeEnd = Int(placeCover[start])
        return placeEnd > start && placeEnd < end ? placeEnd : start
    }

    /// A name that begins with the number of an item in a list ((二), （3）) begins after it.
    func afterEnumeration(_ start: Int, before end: Int) -> Int {
        guard start < end, text[start] == "(" || text[start] == "（",
              let close = text[(start + 1)..<end].firstIndex(where: { $0 == ")" || $0 == "）" }), close > start + 1,
              text[(start + 1)..<close].allSatisfy({ Self.isDigit($0) || Lexicon.numerals.contains($0) }) else { return start }
        return close + 1
    }

    /// Whether a head is followed by what makes it a verb or a part of a title: 创建 with its
    /// object (创建|绿色基地, 创建|示范县), but not before the work it names (卫生县城创建|工作);
    /// any head before 示范 or 实验 (…行动示范县, …教学改革实验校); a verb head before 于, which says when
    /// something was founded (老年大学创建|于1991年).
    func continuesAsTitle(after headEnd: Int, isVerb: Bool) -> Bool {
        guard headEnd + 1 < text.count else { return false }
        if Lexicon.pilotTitleWords.contains(WordKey(text, headEnd, 2)) || (isVerb && text[headEnd] == "于") { return true }
        guard isVerb, Self.isIdeograph(text[headEnd]), !Lexicon.stopCharacters.contains(text[headEnd]),
              !Lexicon.nounsAfterVerbHeads.contains(WordKey(text, headEnd, 2)) else { return false }
        // An adverb or a verb after it (创建|稳步推进) makes the head a noun, the subject.
        return words.tag(in: text, at: headEnd).map { $0.hasPrefix("n") } ?? true
    }

    /// Whether a programme head comes right after a drive's name, or after it and generic words
    /// (“…建设年”活动, “百日攻坚”大会战|行动, …大会战|集中开工|活动): the event is the drive's.
    func belongsToDrive(start: Int, headStart: Int) -> Bool {
        guard headStart - start >= 3,
              let driveEnd = lastHeadEnd(of: Lexicon.driveHeads, from: start + 2, through: headStart) else { return false }
        let restStart = driveEnd < headStart && text[driveEnd] == "”" ? driveEnd + 1 : driveEnd
        return restStart == headStart || namesNothing(restStart, headStart, generic: Lexicon.activityKinds)
    }

    /// Where the company begins whose head (集团, 公司) a name begins with at `start`, when that
    /// company's own name runs further back; nil otherwise.
    func companyNameStart(at start: Int, before limit: Int) -> Int? {
        guard start + 2 <= limit else { return nil }
        for end in (start + 2)...min(limit, start + 4) where marks[end] & Mark.institutionHeadEnd != 0 {
            guard headHit(endingAt: end, where: { $0.start == start }) != nil else { continue }
            return grow(type: .institution, headStart: start, headEnd: end).map(\.start).filter { $0 < start }.min()
        }
        return nil
    }

    /// Whether a 项目 names the programme quoted right before it (“千名医师支援农村卫生工程”项目), or a 工程 the
    /// campaign a doubled character begins (“村村亮灯”工程).
    func namesQuotedProgramme(before headStart: Int, headEnd: Int, _ type: EntityType) -> Bool {
        guard type == .project, headStart >= 4, text[headStart - 1] == "”", let open = matchingOpen(closingAt: headStart - 1) else { return false }
        // A slogan that begins with a doubled character (“村村亮灯”工程, “户户通”工程) names a campaign reaching every one.
        if WordKey(text, headStart, headEnd - headStart) == Lexicon.worksHead {
            return headStart - open >= 4 && text[open + 1] == text[open + 2] && Self.isIdeograph(text[open + 1])
        }
        guard WordKey(text, headStart, headEnd - headStart) == Lexicon.projectHead else { return false }
        let innerHead = headHit(endingAt: headStart - 1) { $0.start > open }
        switch innerHead?.payload {
        case .head(.programme)?: return true
        case .head(.project)?: return isCampaign(body: (open + 1)..<innerHead!.start, head: innerHead!.start..<innerHead!.end, .project)
        default: return false
        }
    }

    /// Whether a body that ends with a governing verb begins with the quoted name of what that
    /// verb does (“晒比促”集中观摩|活动): the activity is named, not the verb's object. A verb of
    /// holding (“向阳花”小区举办|活动) says only that one was held there.
    func namesQuotedActivity(_ start: Int, _ headStart: Int) -> Bool {
        guard text[start] == "“", let close = text[start..<headStart].firstIndex(of: "”"), close - start >= 3,
              headStart - 2 > close, !Lexicon.holdingVerbs.contains(WordKey(text, headStart - 2, 2)) else { return false }
        return close + 1 == headStart - 2 || namesNothing(close + 1, headStart - 2, generic: Lexicon.genericModifiers)
    }

    /// Whether four digits of a year in this or the last century (2024, 1998) end at `end`, standing alone.
    func isYearWithoutMark(endingAt end: Int) -> Bool {
        guard end >= 4, (end - 4..<end).allSatisfy({ Self.isDigit(text[$0]) }), end == 4 || !Self.isDigit(text[end - 5]) else { return false }
        return (text[end - 4] == "2" && text[end - 3] == "0") || (text[end - 4] == "1" && text[end - 3] == "9")
    }

    /// Where a name ending at a closing quotation mark begins when growing stopped inside the
    /// quotation (“永州市中心医院-宁远县人民医院联合研究所”): the whole quoted phrase is the name.
    func quotedWholeStart(before start: Int, headEnd: Int) -> Int? {
        guard headEnd < text.count, text[headEnd] == "”", let open = matchingOpen(closingAt: headEnd, within: 40), open + 1 < start,
              text[(open + 1)..<start].allSatisfy(Self.isNameCharacter),
              // A long quotation that holds 的 is a requirement quoted whole (“…一楼必须新建不低于150平方的便民服务中心”), no name.
              !(start - open > 10 && text[(open + 1)..<start].contains("的")),
              // A formula (“党支部+合作社”) joins kinds of bodies: a way of working, no body.
              !text[(open + 1)..<start].contains("+"),
              // A quotation that counts units (“全国已建成64万多个…服务站”) states a figure, no name.
              !countsUnits(in: (open + 1)..<start),
              // A headline quoted before the word for a news story (“…部发布…系列活动”新闻) is a sentence: its
              // names are found as in plain text.
              !(headEnd + 3 <= text.count && Lexicon.newsStoryWords.contains(WordKey(text, headEnd + 1, 2))) else { return nil }
        return open + 1
    }

    /// Whether `range` holds a numeral and a classifier of bodies or sites (64万多个, 百家, 千家, 一批).
    func countsUnits(in range: Range<Int>) -> Bool {
        range.dropFirst().contains { Self.bodyClassifiers.contains(text[$0]) && (isNumeral(text[$0 - 1]) || Self.largeNumerals.contains(text[$0 - 1])) }
    }

    /// Classifiers that count bodies and sites inside a quotation; narrower than QuotedNames.unitClassifiers,
    /// which also counts items and lines after one (项, 条, 处, 支).
    static let bodyClassifiers = ScalarSet("个家所批座")

    /// 京蒙帮扶, 闽宁协作: two provinces' one-character names before 帮扶 or 协作 name the programme
    /// of aid between them, and so does a quoted name with at most four characters after it
    /// (“组团式”帮扶, “地域+领域”组团式帮扶); nil for any other body (结对帮扶, 劳务协作).
    func provincePairProgramme(headStart: Int, headEnd: Int) -> Candidate? {
        // Aid written before its team (“共富”帮扶|团) names the team, no programme.
        if headEnd < text.count, Self.teamCharacters.contains(text[headEnd]) { return nil }
        if let close = (max(0, headStart - 5)..<headStart).first(where: { text[$0] == "”" }),
           text[(close + 1)..<headStart].allSatisfy({ Self.isIdeograph($0) && !Lexicon.stopCharacters.contains($0) }),
           let open = matchingOpen(closingAt: close, within: 14), close - open >= 3 {
            return Candidate(type: .programme, start: open, end: headEnd, priority: 1)
        }
        guard headStart >= 2, Lexicon.provinceAbbreviations.contains(text[headStart - 2]),
              Lexicon.provinceAbbreviations.contains(text[headStart - 1]), text[headStart - 2] != text[headStart - 1],
              headStart == 2 || !Self.isIdeograph(text[headStart - 3]) || Lexicon.stopCharacters.contains(text[headStart - 3])
                || marks[headStart - 2] & Mark.boundaryEnd != 0 else { return nil }
        return Candidate(type: .programme, start: headStart - 2, end: headEnd, priority: 1)
    }

    /// Characters that make a team of what comes before them (帮扶团, 服务队, 工作组).
    static let teamCharacters = ScalarSet("团队组")

    /// 发展, which a name crosses before a two-character topic and its head (…创新发展|交流|活动) when a noun precedes it.
    static let developmentWord = WordKey("发展".unicodeScalars)!

    /// Whether the name `start..<end` is all of a quoted phrase (“产业升级行动”): the quotation
    /// marks make it a name, however generic its words.
    func isQuotedWhole(_ start: Int, _ end: Int) -> Bool {
        start > 0 && end < text.count && text[start - 1] == "“" && text[end] == "”"
    }

    /// Where a programme whose body holds a quoted name begins: at the quotation mark when what
    /// precedes it names nothing (河南省第二期|“三个一批”活动), is three characters or more and not the
    /// places, years and editions or the body that hold it (爱好者则齐聚|“…”诗词会, but 宁远县第二届“…”,
    /// 阿里巴巴达摩院“…”), or when the quoted part counts the
    /// items of a list before it (提升年|“三个年”活动); nil when the body holds no quotation.
    func quotedCoreStart(from start: Int, headStart: Int) -> Int? {
        guard let open = text[start..<headStart].firstIndex(of: "“"), open > start else { return nil }
        // A five-year plan's period (衡阳市农业“十四五”发展规划) is a plan's name's middle, after whose it is.
        if isFiveYearPeriod(at: open + 1, before: headStart), Lexicon.planWords.contains(WordKey(text, headStart, 2)) { return nil }
        if countEnd(at: open + 1, limit: headStart) != nil { return open }
        if namesNothing(start, open, generic: Lexicon.genericModifiers) { return open }
        // Three characters or more that are not who runs it (…达摩院|“…”) are said of it.
        let firstEdition = open - start >= 2 && text[open - 2] == "首" && text[open - 1] == "届"
        let heldBy = isPlacesYearsAndEditions(start, firstEdition ? open - 2 : open) || marks[start] & Mark.knownStart != 0
            || marks[open] & Mark.institutionHeadEnd != 0
        return open - start >= 3 && !heldBy ? open : nil
    }

    /// Whether a five-year plan's period (十四五, 十五五) is quoted at `index`, closing before `end`.
    func isFiveYearPeriod(at index: Int, before end: Int) -> Bool {
        index + 4 <= end && text[index] == "十" && Lexicon.numerals.contains(text[index + 1]) && text[index + 2] == "五" && text[index + 3] == "”"
    }

    /// Whether the verb ending at `index` names the kind of the one noun between it and the head,
    /// as in a compound (指挥|中心|项目, 计算|平台|项目), rather than governing what follows.
    func verbNamesNoun(at index: Int, before end: Int) -> Bool {
        end - index == 2 && words.contains(text, index, 2) && !Lexicon.genericModifiers.contains(WordKey(text, index, 2))
            && words.tag(in: text, at: index) == "n" && !(index >= 2 && Lexicon.governingVerbs.contains(WordKey(text, index - 2, 2)))
    }

    /// Whether the title of a post starts at `index` (办公室|主任, 党委|书记).
    func startsPostTitle(at index: Int) -> Bool {
        let title = index < text.count && text[index] == "副" ? index + 1 : index
        return (2...4).contains { title + $0 <= text.count && Lexicon.postTitleKeys.contains(WordKey(text, title, $0)) }
    }

    /// Whether a word of manner stands right before `index` (科学|规划, 成功|举办): what follows is done so.
    /// Not where the word begins a noun that runs on past `index` (科学研究|院 of 林业科学研究院): it is the name's.
    func followsMannerWord(_ index: Int) -> Bool {
        index >= 2 && Lexicon.mannerWords.contains(WordKey(text, index - 2, 2)) && !words.nounOutreaches(text, from: index - 2, past: index)
    }

    /// Where a model or rule (模式, 制度) begins: with the quoted name in its body (“四议两公开”制度),
    /// or at the place right before its head (总结|宁远模式); nil when it has neither.
    func modelNameStart(from start: Int, headStart: Int) -> Int? {
        // The quotation must close right before the head, or before generic words only (“…”新模式); before
        // a few common words that say what a 模式 is of (“借种还种”|滚动种植|模式), the name begins at the quotation.
        if let close = text[start..<headStart].lastIndex(of: "”") {
            if namesNothing(close + 1, headStart, generic: Lexicon.genericModifiers) { return start }
            if WordKey(text, headStart, 2) == Lexicon.modelWord, isShortDescription(close + 1, headStart),
               let open = matchingOpen(closingAt: close), open >= start { return open }
        }
        // A model numbered by its parts (321基层治理模式, 11333矛盾纠纷多元调解模式) is named from the numbers,
        // which the count trimming left before the body.
        var numberStart = start
        while numberStart > 0, start - numberStart < 8, Self.isDigit(text[numberStart - 1]) { numberStart -= 1 }
        if start - numberStart >= 3, numberStart == 0 || !Self.isDigit(text[numberStart - 1]) { return numberStart }
        return placeStarts[headStart].flatMap { $0 >= start ? $0 : nil }
    }

    /// Whether `start..<end` is one or two common words of at most six characters, of any part of speech.
    func isShortDescription(_ start: Int, _ end: Int) -> Bool {
        guard (2...6).contains(end - start), let first = words.word(in: text, at: start, limit: end) else { return false }
        return first.end == end || words.word(in: text, at: first.end, limit: end)?.end == end
    }

    /// Whether a programme's head runs on into a word for a document or a drawing (拿出|行动|方案, 渔港建设规划|图,
    /// 职业教育改革|发展实施方案): the longer word is the thing written about, and the head ends no name.
    func runsOnIntoDocument(_ headStart: Int, _ headEnd: Int) -> Bool {
        guard headEnd < text.count else { return false }
        if text[headEnd] == "图", head(headStart, headEnd, isIn: Lexicon.planWords) { return true }
        var planStart = headEnd
        while planStart - headEnd < 4, planStart + 2 <= text.count, Lexicon.planLeadWords.contains(WordKey(text, planStart, 2)) { planStart += 2 }
        return planStart + 2 <= text.count && Lexicon.planWords.contains(WordKey(text, planStart, 2)) && !head(headStart, headEnd, isIn: Lexicon.planWords)
    }

    /// Whether a project head names a campaign instead: 工程 that builds nothing (关爱工程), 项目 of a
    /// reform or a pilot (综合改革试点项目).
    func isCampaign(body: Range<Int>, head: Range<Int>, _ type: EntityType) -> Bool {
        guard type == .project, head.count == 2 else { return false }
        switch WordKey(text, head.lowerBound, 2) {
        case Lexicon.worksHead:
            // A works in phases (…一期工程) builds something, whatever its body says, and so does one named by the
            // river it is on alone (叙永县倒流河|工程).
            return !namesBuiltThing(body.lowerBound, body.upperBound) && !contains(Lexicon.phases, in: body.lowerBound, body.upperBound)
                && !(body.count >= 3 && Self.riverNameEnds.contains(text[body.upperBound - 1]))
        case Lexicon.projectHead:
            return (2...3).contains { contains(Lexicon.programmeMarkers, in: body.lowerBound, body.upperBound, length: $0) }
        default: return false
        }
    }

    func isNumeral(_ character: Unicode.Scalar) -> Bool { Self.isDigit(character) || Lexicon.numerals.contains(character) }

    /// Whether the 和 or 同 at `index` ends a word of two characters right after a place (山东|友和|生物科技…,
    /// 宁远县|天和|…): no one-character name stands before a conjunction, so the word is the name's.
    func endsWordAfterPlace(at index: Int) -> Bool {
        index >= 2 && Self.nameWordEnds.contains(text[index]) && placeStarts[index - 1] != nil && Self.isIdeograph(text[index - 1])
            && !Lexicon.stopCharacters.contains(text[index - 1]) && !Lexicon.centrePlaceCharacters.contains(text[index - 1]) && marks[index] & Mark.bodyEnd == 0
    }

    static let nameWordEnds = ScalarSet("和同")

    /// Where the body of a contest ends: at its head 比赛, or before the 比赛 of a contest's activity
    /// (扎稻草人|比赛活动); nil for other heads.
    func contestEnd(headStart: Int, headEnd: Int) -> Int? {
        if WordKey(text, headStart, headEnd - headStart) == Lexicon.contestWord { return headStart }
        return headStart >= 2 && WordKey(text, headStart - 2, 2) == Lexicon.contestWord && head(headStart, headEnd, isIn: Lexicon.activityHeads)
            ? headStart - 2 : nil
    }

    /// Whether a street is named by an ordinary two-character word (中央大街, 建设路): a site however generic its word.
    func isStreetNamedByWord(start: Int, headStart: Int, headEnd: Int) -> Bool {
        headStart - start == 2 && head(headStart, headEnd, isIn: Lexicon.streetHeads) && !Lexicon.genericPlaceWords.contains(WordKey(text, start, 2))
            && !text[start..<headStart].contains(where: isNumeral) && !Lexicon.stopCharacters.contains(text[start])
    }

    /// Whether the head 计划 or 规划 at `headStart..<headEnd` is the verb "plans to" (…项目|计划投资,
    /// 计划|年内完成, …标准|规划建设): what a works plans follows it (not 计划|执行情况, a plan's report).
    func isPlanVerb(headStart: Int, headEnd: Int) -> Bool {
        guard headEnd - headStart == 2, text[headStart] == "计" || text[headStart] == "规", text[headStart + 1] == "划",
              headEnd + 2 <= text.count else { return false }
        // A plan measured right after it (总规划|18平方公里) is the planned area, no named plan.
        return Lexicon.planObjects.contains(WordKey(text, headEnd, 2)) || Self.isDigit(text[headEnd])
    }

    /// Whether the conjunction at `index` stands inside a phrase that names one thing (国民经济和社会发展).
    func isInsideConjoinedPhrase(_ index: Int) -> Bool {
        // An act and a verbal noun joined by 和 (保障和发展, 改革和发展) are one topic of a plan's or a body's name.
        if text[index] == "和", index >= 2, index + 3 <= text.count, isAct(at: index - 2), words.has(tag: "vn", text, index + 1, 2) { return true }
        // Two sectors joined by 和 (高原特色农业和养老服务业…行动) are one topic.
        if text[index] == "和", index >= 2, text[index - 1] == "业",
           let next = stride(from: index + 2, through: min(index + 6, text.count - 1), by: 1).first(where: { text[$0] == "业" }),
           (index + 1..<next).allSatisfy({ Self.isIdeograph(text[$0]) && !Lexicon.stopCharacters.contains(text[$0]) }) { return true }
        return Lexicon.phrasesWithConjunctions.contains { phrase in
            phrase.indices.contains { offset in
                phrase[offset] == text[index] && index - offset >= 0 && index - offset + phrase.count <= text.count
                    && text[(index - offset)..<(index - offset + phrase.count)].elementsEqual(phrase)
            }
        }
    }

    /// Whether a word of two characters at `index` is a verb or a verbal noun (保障, 发展).
    func isAct(at index: Int) -> Bool {
        words.isVerb(text, index, 2) || words.has(tag: "vn", text, index, 2)
    }

    private func contains(_ phrases: PhraseSet, in start: Int, _ end: Int, length: Int = 2) -> Bool {
        (start..<max(start, end - length + 1)).contains { phrases.contains(WordKey(text, $0, length)) }
    }

    /// Whether a works heading a list item builds what the item's sentence names (教育提升工程。推进
    /// 宁远县第二中学建成投用。): the heading ends at a full stop or colon, and the next sentence names a
    /// built thing or a verb of building.
    func itemBuilds(after headEnd: Int) -> Bool {
        guard headEnd < text.count, Self.itemHeadingEnds.contains(text[headEnd]) else { return false }
        let start = headEnd + 1
        var end = start
        while end < text.count, end - start < 60, text[end] != "。", text[end] != "\n" { end += 1 }
        return namesBuiltThing(start, end) || contains(Lexicon.buildingVerbs, in: start, end)
    }

    static let itemHeadingEnds = ScalarSet("。：:")

    /// Whether the body `start..<end` names a built thing (a road, a pipe network, a reservoir).
    func namesBuiltThing(_ start: Int, _ end: Int) -> Bool {
        for i in start..<end {
            if Lexicon.builtThingCharacters.contains(text[i]) { return true }
            for length in 2...4 where i + length <= end && Lexicon.builtThingWords.contains(WordKey(text, i, length)) { return true }
        }
        return false
    }

    /// Whether `start..<end` holds nothing but goods and generic words (大型|水果): no place, no name.
    /// After 的 a common noun the text also writes on its own is goods too (国内最大的|大蒜|交易市场,
    /// where 大蒜 recurs): the phrase describes a kind. A noun written only before the head names the
    /// market (县城的|光明|农贸市场).
    func namesOnlyGoods(_ start: Int, _ end: Int) -> Bool {
        let describesKind = start > 0 && text[start - 1] == "的"
        var i = start
        while i < end {
            guard placeEnds[i] == nil,
                  let next = genericModifierEnd(at: i, limit: end, in: Lexicon.marketGoods) ?? (describesKind ? commonNounEnd(at: i, limit: end) : nil)
                    ?? genericModifierEnd(at: i, limit: end, in: Lexicon.genericModifiers)
            else { return false }
            i = next
        }
        return true
    }

    /// The end of the longest common noun (jieba's "n") that starts at `index`, ends by `limit` and
    /// stands elsewhere in the text with no market head after it.
    private func commonNounEnd(at index: Int, limit: Int) -> Int? {
        (2...4).reversed().lazy.map { index + $0 }.first { $0 <= limit && words.has(tag: "n", text, index, $0 - index) && standsElsewhere(index, $0) }
    }

    private func standsElsewhere(_ start: Int, _ end: Int) -> Bool {
        let length = end - start
        return (0...(text.count - length)).contains { other in
            other != start && text[other] == text[start] && text[other..<(other + length)].elementsEqual(text[start..<end])
                && !(2...4).contains { other + length + $0 <= text.count && Lexicon.marketHeads.contains(WordKey(text, other + length, $0)) }
        }
    }

    func genericModifierEnd(at index: Int, limit: Int, in generic: PhraseSet) -> Int? {
        for length in stride(from: min(4, limit - index), through: 1, by: -1) where generic.contains(WordKey(text, index, length)) {
            return index + length
        }
        return nil
    }

    func isGeneric(_ start: Int, _ end: Int) -> Bool {
        end - start <= Lexicon.longestGenericWord && Lexicon.genericWords.contains(String(scalars: text[start..<end]))
    }

    /// Whether a bracket opening at `open`, right after a bare level character, holds another level
    /// (镇|(街道), 村|(社区), 乡|(镇)) and closes before `end`.
    func bracketsAnotherLevel(open: Int, before end: Int) -> Bool {
        guard text[open] == "(" || text[open] == "（", open > 0, Self.levelCharacters.contains(text[open - 1]), placeStarts[open] == nil else { return false }
        let inner = (1...2).first { length in
            open + length + 1 < end && (text[open + length + 1] == ")" || text[open + length + 1] == "）")
        }
        guard let inner else { return false }
        return inner == 1 ? Self.levelCharacters.contains(text[open + 1])
            : WordKey(text, open + 1, 2) == Lexicon.subdistrictHead || WordKey(text, open + 1, 2) == Lexicon.communityWord
    }
}
