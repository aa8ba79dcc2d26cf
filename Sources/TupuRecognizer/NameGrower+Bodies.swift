/// Government and party bodies, and media: departments after a division (县卫健局, 县委统战部),
/// a committee's department in a list of posts (县委常委、宣传部部长), the two bodies of 党委政府,
/// national news sites (中国经济网) and their channels (人民网-湖南频道), and numbered schools (县二中).
extension NameGrower {
    /// Whether a one-character department head ends a two-character word and is no head (干部,
    /// 格局, 花厅), unless that word's first character ends a word before it (财政|局, not
    /// 财|政局); 组织部 is one. A direction (永州市|南部) is never one.
    func endsCommonWord(headStart: Int, headEnd: Int) -> Bool {
        headEnd - headStart == 1 && headStart > 0 && words.contains(text, headStart - 1, 2)
            && (!words.contains(text, headStart - 2, 2) || words.isLocative(text, headStart - 1, 2))
    }

    /// Whether 长 after a one-character head makes the chief's title of the department written
    /// before it (宣传部|长, 公安局|长): the head still ends the department's name, where a two-character
    /// topic follows a list's mark, a level character or a committee (常委、宣传部长, 县公安局长).
    func isChiefsContractedTitle(headEnd: Int) -> Bool {
        let headStart = headEnd - 1, topicStart = headEnd - 3
        guard topicStart >= 1, headEnd < text.count, text[headEnd] == "长", Self.chiefTitleHeads.contains(text[headStart]),
              words.contains(text, topicStart, 2) else { return false }
        let before = text[topicStart - 1]
        return before == "、" || before == "委" || Self.levelCharacters.contains(before)
    }

    static let chiefTitleHeads = ScalarSet("部局厅")

    /// Whether a department head begins a word of quantity (部分, 局部): it ends no body, and names
    /// grown back over it go on (部分|小区改造 is no name's end).
    func beginsQuantityWord(headStart: Int) -> Bool {
        headStart + 2 <= text.count && Lexicon.quantityWordsOfHeads.contains(WordKey(text, headStart, 2))
    }

    /// 县卫健局, 县委统战部, 湖南省财政厅: a department head after a division name or a bare level
    /// character (and 委 of its party committee), with a topic of one to six characters between;
    /// never the end or the start of a common word (格局, 干部, 东部; 部门, 局长).
    /// Where the topic of a merged department begins (…县|文化广电旅游体育|局): three or more of the words
    /// departments join, and nothing else, back from the head; nil for fewer.
    func mergedDepartmentTopicStart(before headStart: Int) -> Int? {
        let run = departmentTopicRun(before: headStart)
        return run.words >= 3 && headStart - run.start >= 6 ? run.start : nil
    }

    /// The words departments join (文化, 体育, 和) written back from `headStart`, longest first: where they
    /// begin and how many there are.
    func departmentTopicRun(before headStart: Int) -> (start: Int, words: Int) {
        var start = headStart, count = 0
        while let word = Lexicon.departmentTopicWords.filter({ start - $0.count >= 0 && text[(start - $0.count)..<start].elementsEqual($0) })
                .max(by: { $0.count < $1.count }) {
            start -= word.count
            count += 1
        }
        return (start, count)
    }

    func department(headStart: Int, headEnd: Int) -> [Candidate] {
        // 部 right after a count (增设15部|电梯, 三部) is the classifier of machines, no department.
        if headEnd - headStart == 1, text[headStart] == "部", headStart > 0,
           Self.isDigit(text[headStart - 1]) || Lexicon.numerals.contains(text[headStart - 1]) { return [] }
        if let government = governmentAfterCommittee(headStart: headStart, headEnd: headEnd) { return [government] }
        guard isShortCentre(headStart: headStart, headEnd: headEnd) != false else { return [] }
        // A bare committee written after its term and before a session's count (县十届|委员会|第三次会议) names the
        // meeting; the body (the county's 政协) is not written. A standing committee so written keeps its name (TermBodies).
        if headStart >= 1, text[headStart - 1] == "届",
           sessionCountFollows(at: headEnd) || (headEnd < text.count && text[headEnd] == "第" && sessionCountFollows(at: headEnd + 1)) { return [] }
        // A head's character written again to begin its chief's title (农业厅|厅长) is the title's, no head.
        if headEnd >= 2, text[headEnd - 1] == text[headEnd - 2], startsPostTitle(at: headEnd - 1) { return [] }
        // A sub-district's office (韩店街道|办) is named by the sub-district.
        if WordKey(text, headStart, headEnd - headStart) == Lexicon.abbreviatedOfficeHead, headStart >= 4,
           text[headStart - 2] == "街", text[headStart - 1] == "道", headEnd == text.count || !"事公".unicodeScalars.contains(text[headEnd]) {
            let placeStart = placeStarts[headStart] ?? trimmedStart(nameStart(before: headStart - 2, limit: 4), before: headStart - 2)
            return headStart - 2 - placeStart >= 2 ? [Candidate(type: .institution, start: placeStart, end: headEnd, priority: 1)] : []
        }
        guard !endsCommonWord(headStart: headStart, headEnd: headEnd),
              startsPostTitle(at: headEnd) || isChiefsContractedTitle(headEnd: headEnd)
                || !words.splits(text, at: headEnd, startingAfter: headStart - 1) else { return [] }
        // A department's party group (省粮食和储备局|党组) is named with the department's whole name.
        if WordKey(text, headStart, headEnd - headStart) == Lexicon.partyGroupHead,
           let group = unitOfDepartment(headStart: headStart, headEnd: headEnd) {
            return [group]
        }
        // A known topic (文化和旅游厅, 投资促进局): neither a function character nor a boundary word stops it.
        // Governments of two levels or of every level (县、乡镇两级|政府, 各级|政府) are a class.
        if headStart >= 2, text[headStart - 1] == "级", Lexicon.numerals.contains(text[headStart - 2]) || text[headStart - 2] == "各" { return [] }
        // A head right after a verb of founding (部署成立|委员会) is that verb's object.
        if headStart >= 2, Lexicon.foundingVerbs.contains(WordKey(text, headStart - 2, 2)) { return [] }
        let knownTopic = Lexicon.knownDepartmentTopics.first { topic in
            headStart - topic.count >= 0 && text[(headStart - topic.count)..<headStart].elementsEqual(topic)
        }.map { headStart - $0.count } ?? mergedDepartmentTopicStart(before: headStart)
        var near = nameStart(before: knownTopic ?? headStart, limit: 14, crossesBodies: true)
        // The writer's or the named division (我县, 本市, 该县) has the department: its level character begins it
        // (该|县交通运输局), and no trimming takes it away again; growing may have stopped at it already (该|县自然资源局).
        var pointed = near >= 2 && Self.levelCharacters.contains(text[near - 1]) && Lexicon.pointingCharacters.contains(text[near - 2])
        if pointed {
            near -= 1
        } else if near >= 1, near < (knownTopic ?? headStart), Self.levelCharacters.contains(text[near]), Lexicon.pointingCharacters.contains(text[near - 1]) {
            pointed = true
        }
        // Of two departments written one after the other (《永州市教育局|永州市人力资源和社会保障局关于…》), the
        // second begins with its own place.
        let topicStart = knownTopic ?? headStart
        // A sub-bureau (…公路局|宁远分局) is the bureau's own: one name.
        if near + 1 < topicStart, WordKey(text, headStart, headEnd - headStart) != Lexicon.subBureauHead,
           let second = ((near + 1)..<topicStart).last(where: { marks[$0] & Mark.bodyEnd != 0 && placeEnds[$0] != nil }) {
            near = second
        }
        let grown = conjoinedTopicStart(before: near, headStart: headStart) ?? near
        if let committee = committeeListed(before: grown), (1...4).contains(headStart - grown), !Self.levelCharacters.contains(text[grown]) {
            return [Candidate(type: .institution, start: grown, end: headEnd, priority: 1,
                              name: committee + String(scalars: text[grown..<headEnd]))]
        }
        // A department named whole by its head (发改委) has no topic before it.
        if let division = divisionListed(before: grown), (1...6).contains(headStart - grown) || (headStart == grown && headEnd - headStart >= 3),
           placeEnds[grown] == nil,
           !Self.levelCharacters.contains(text[grown]) {
            return [Candidate(type: .institution, start: grown, end: headEnd, priority: 1,
                              name: division + String(scalars: text[grown..<headEnd]))]
        }
        var start = afterFormerMark(pointed && grown == near ? grown : trimmedStart(grown, before: knownTopic ?? headStart), before: headStart)
        guard start < (knownTopic ?? headStart), !(Self.levelCharacters.contains(text[start]) && followsListedLevel(start)) else { return [] }
        // Departments of two levels at once (省市|林草局, 市县|教育局) are a class; 县|市场监管局 is one.
        if start + 2 < headStart, Self.bodyLevelCharacters.contains(text[start]), Self.bodyLevelCharacters.contains(text[start + 1]),
           !words.contains(text, start + 1, 2) { return [] }
        var topic = placeEnds[start].flatMap { $0 <= headStart ? $0 : nil }
            ?? (Self.levelCharacters.contains(text[start]) || isBareMinorityLevel(at: start) ? start + 1
                : isBareAutonomousRegion(at: start, before: headStart) ? start + 3 : headStart + 1)
        // Of adjacent places (湖南宁远县政府) the body is the last, most specific one's.
        while topic < headStart, let next = placeEnds[topic], next <= headStart {
            start = topic
            topic = next
        }
        guard topic <= headStart else { return bareBureau(headStart: headStart, headEnd: headEnd).map { [$0] } ?? [] }
        // A year is no department's topic: 宁远县|2024年|政府工作报告 is the county's government's report of that year.
        if topic + 1 < headStart, ((topic + 1)..<headStart).contains(where: { text[$0] == "年" && Self.isDigit(text[$0 - 1]) }) { return [] }
        if topic < headStart, text[topic] == "委", headEnd - headStart == 1 || topic + 1 < headStart { topic += 1 }
        // 县委县政府: two bare bodies, each found as such.
        if topic < headStart, marks[topic] & Mark.bodyStart != 0 { return [] }
        // A department's own office (财政局|农业开发办公室) is named after the department.
        let innerDepartmentEnd = stride(from: headStart - 2, to: topic + 1, by: -1).first { marks[$0] & Mark.bodyEnd != 0 }
        let ownOffice = innerDepartmentEnd.map { headStart - $0 <= 6 && !words.isVerb(text, $0, 2) } ?? false
            && head(headStart, headEnd, isIn: Lexicon.officeHeads)
        guard (0...6).contains(headStart - topic) || topic == knownTopic || ownOffice || (grown != near && headStart - topic <= 10),
              headStart - topic >= 1 || headEnd - headStart >= 2 else { return [] }
        // A verb is no topic: 陵水|安排|政府投资 is the county arranging. One that qualifies a noun of the
        // topic (退役|军人|事务局) is part of it, and a known topic the word list tags as a verb (审计|局) is one.
        if headStart - topic >= 2, topic != knownTopic, words.isVerb(text, topic, 2), !Lexicon.worksVerbs.contains(WordKey(text, topic, 2)),
           !(topic + 4 <= headStart && words.tag(in: text, at: topic + 2) == "n") { return [] }
        // The bodies of every township (衡东县乡镇政府, 4个乡镇政府) are a class.
        if (topic..<max(topic, headStart - 1)).contains(where: { WordKey(text, $0, 2) == Lexicon.townshipsWord }) { return [] }
        // So are those of two levels written with a bracket (各乡(镇)人民政府, 镇(街道)党委).
        if start + 1 < headStart, bracketsAnotherLevel(open: start + 1, before: headStart) { return [] }
        // An office by its abbreviation (县美丽办) stands in a list of bodies, with a short topic, or is said to
        // act, where its topic may run to four characters (县蔬菜产业办|获悉), as a trade's may (湘潭市建材行业办|和); one whose topic is a national
        // programme (乡村振兴办) is the office of that programme wherever it stands.
        if WordKey(text, headStart, headEnd - headStart) == Lexicon.abbreviatedOfficeHead {
            let acts = isSaidToActOrHaveStaff(after: headEnd)
            let listed = (headEnd < text.count && Lexicon.bodyListMarks.contains(text[headEnd])) || (start > 0 && text[start - 1] == "、")
            let programmesOffice = lexiconHit(endingAt: headStart) { hit in
                if case .known(.programme) = hit.payload { hit.start == topic } else { false }
            } != nil
            // A trade's office (建材行业办) takes a topic of four characters too.
            let tradesOffice = headStart - topic == 4 && WordKey(text, headStart - 2, 2) == Self.tradeWord
            guard listed || acts || programmesOffice, (1...(acts || programmesOffice || tradesOffice ? 4 : 3)).contains(headStart - topic),
                  placeEnds[start] == nil || topic > start + 1 else { return [] }
        }
        if String(scalars: text[topic..<headEnd]) == "党委政府" {
            // 湾井镇党委政府: the township's party committee and its government.
            let division = String(scalars: text[start..<topic])
            return [Candidate(type: .institution, start: start, end: topic + 2, priority: 1),
                    Candidate(type: .institution, start: topic + 2, end: headEnd, priority: 1, name: division + "政府")]
        }
        if headStart >= 1, text[headStart - 1] == "委", placeEnds[start] == headStart - 1, String(scalars: text[headStart..<headEnd]) == "政府" {
            // 汉寿县委政府: the county's party committee and its government.
            let division = String(scalars: text[start..<(headStart - 1)])
            return [Candidate(type: .institution, start: start, end: headStart, priority: 1),
                    Candidate(type: .institution, start: headStart, end: headEnd, priority: 1, name: division + "政府")]
        }
        let end = unitEnd(after: headEnd) ?? headEnd
        return [Candidate(type: .institution, start: start, end: end, priority: 1)] + departmentsOfListedPlaces(before: start, topic: topic, end: end)
    }

    /// The body whose head `headStart..<headEnd` follows a department right away (…文化和旅游厅|机关党委,
    /// …储备局|党组), named with the department's whole name; nil where no department ends at `headStart`.
    func unitOfDepartment(headStart: Int, headEnd: Int) -> Candidate? {
        guard let owned = lexiconHit(endingAt: headStart, where: { if case .departmentHead = $0.payload { true } else { false } }),
              let owner = department(headStart: owned.start, headEnd: owned.end).first else { return nil }
        return Candidate(type: .institution, start: owner.start, end: headEnd, priority: 1,
                         name: owner.name.map { $0 + String(scalars: text[headStart..<headEnd]) })
    }

    /// 淮阳、郸城农业农村局: places of one level listed right before a department that the last of them
    /// begins each have that department. Over the place it is written as, the item is the department.
    func departmentsOfListedPlaces(before start: Int, topic: Int, end: Int) -> [Candidate] {
        guard placeEnds[start] == topic, let level = placeLevels[start] else { return [] }
        let department = String(scalars: text[topic..<end])
        var items: [Candidate] = []
        var first = start
        while first >= 2, text[first - 1] == "、", let earlier = placeStarts[first - 1], placeLevels[earlier] == level {
            items.append(Candidate(type: .institution, start: earlier, end: first - 1, priority: 4,
                                   name: String(scalars: text[earlier..<(first - 1)]) + department))
            first = earlier
        }
        return items
    }

    /// Where a centre or section of the department ending at `index` ends (宁远县公安局|反诈中心,
    /// …|反诈骗宣传中心, 省能源局|新能源处, 县财政局|预算股): two to five characters and 中心, 处, 科 or 股 right
    /// after them, no common word running on from the head (中心城区, 处理, 科技, 股份) but a chief's title (处长).
    func unitEnd(after index: Int) -> Int? {
        for unitStart in (index + 2)...(index + 5) {
            guard unitStart < text.count, text[index..<unitStart].allSatisfy({ Self.isIdeograph($0) && !Lexicon.stopCharacters.contains($0) }),
                  !((index + 1)..<unitStart).contains(where: { marks[$0] & (Mark.boundaryEnd | Mark.bodyEnd) != 0 }) else { continue }
            if unitStart + 2 <= text.count, text[unitStart] == "中", text[unitStart + 1] == "心",
               !(3...4).contains(where: { words.contains(text, unitStart, $0) }) { return unitStart + 2 }
            if Self.sectionHeads.contains(text[unitStart]), words.contains(text, unitStart - 2, 2), !isSaidToActOrHaveStaff(after: index),
               sectionEnds(at: unitStart + 1) { return unitStart + 1 }
        }
        return nil
    }

    /// The heads of a department's sections (发展规划处, 干部科, 预算股).
    static let sectionHeads = ScalarSet("处科股")

    /// Whether a section's head ends its name at `index`: the text ends or pauses there, a chief's title
    /// follows (处|长), or a word that does not run back into the head (干部科|负责人; not 科|普馆, 处|理).
    private func sectionEnds(at index: Int) -> Bool {
        guard index < text.count, Self.isIdeograph(text[index]), !Lexicon.stopCharacters.contains(text[index]), text[index] != "长" else { return true }
        return !words.contains(text, index - 1, 2) && (2...4).contains { words.contains(text, index, $0) }
    }

    /// Whether a bare 州, 旗 or 盟 begins a body at `index` (州投资促进局, 旗教育局): the
    /// document's prefecture or banner, where no name runs into it.
    func isBareMinorityLevel(at index: Int) -> Bool {
        "州旗盟".unicodeScalars.contains(text[index]) && (index == 0 || !Self.isNameCharacter(text[index - 1]))
    }

    /// Whether the bare level character at `index` follows another in a list (各乡、|镇人民政府): the
    /// bodies of every division of those levels, a class.
    func followsListedLevel(_ index: Int) -> Bool {
        index >= 2 && text[index - 1] == "、" && Self.levelCharacters.contains(text[index - 2])
            && (index == 2 || !Self.isNameCharacter(text[index - 3]) || text[index - 3] == "各")
    }

    /// Whether a bare 自治区 begins a body at `index` (自治区体育局): the document's autonomous region,
    /// where no name runs into it.
    func isBareAutonomousRegion(at index: Int, before end: Int) -> Bool {
        index + 3 <= end && text[index] == "自" && text[index + 1] == "治" && text[index + 2] == "区"
            && (index == 0 || !Self.isNameCharacter(text[index - 1]))
    }

    /// The party committee in a list of posts right before `index` (宁远县委常委、|宣传部部长;
    /// 市委常委、|统战部部长): the department that follows is that committee's.
    func committeeListed(before index: Int) -> String? {
        guard let posts = Self.committeePosts.first(where: { index >= $0.count + 1 && text[(index - $0.count)..<index].elementsEqual($0) })
        else { return nil }
        let levelEnd = index - posts.count
        if let placeStart = placeStarts[levelEnd] { return String(scalars: text[placeStart..<levelEnd]) + "委" }
        return Self.levelCharacters.contains(text[levelEnd - 1]) ? String(scalars: text[(levelEnd - 1)..<levelEnd]) + "委" : nil
    }

    /// The posts of a party committee written before a list of posts (县委常委、, 县委副书记、).
    static let committeePosts: [[Unicode.Scalar]] = ["委常委、", "委副书记、", "委书记、"].map { Array($0.unicodeScalars) }

    /// The division whose department heads a list of departments right before `index`
    /// (张北县政府办、|教育局、|农业农村局): the departments listed after it by their topic alone are
    /// that division's. Nil where the list holds anything but departments.
    func divisionListed(before index: Int) -> String? {
        var separator = index - 1
        for _ in 0..<8 {
            // The item before the separator ends with a department, or with the title of its chief
            // (县安委会办公室主任、|应急局局长).
            guard separator > 0, text[separator] == "、", let itemEnd = bodyEnd(atOrBefore: separator) else { return nil }
            // The item before the separator: a division, or a bare level character (县|教育局), and its
            // department; or a department alone.
            let earliest = max(0, itemEnd - 14)
            if let placeStart = (earliest..<itemEnd).first(where: { start in
                placeEnds[start].map { $0 < itemEnd && itemEnd - $0 <= 8 } ?? false
            }), !text[placeStart..<separator].contains("、") {
                return String(scalars: text[placeStart..<placeEnds[placeStart]!])
            }
            // A level character begins the item, after a mark or a preposition (由|县发改局、财政局).
            if let level = ((itemEnd - 9)..<(itemEnd - 2)).last(where: beginsListedItem), !text[level..<separator].contains("、") {
                return String(text[level])
            }
            guard let previous = (earliest..<separator).last(where: { text[$0] == "、" }), separator - previous <= 9 else { return nil }
            separator = previous
        }
        return nil
    }

    /// Whether a level character at `start` begins an item of a list of departments: at the text's
    /// start, or after a mark, a list's joiner or a preposition (由|县发改局、财政局).
    private func beginsListedItem(_ start: Int) -> Bool {
        guard start >= 0, Self.levelCharacters.contains(text[start]) else { return false }
        guard start > 0 else { return true }
        let before = text[start - 1]
        return !Self.isIdeograph(before) || Lexicon.bodyListMarks.contains(before) || Self.copulasAndPrepositions.contains(before)
    }

    /// Where the department of a list's item ends: at `separator`, or before the title of its chief
    /// written there (…办公室|主任、); nil when the item ends with neither. A party committee's posts
    /// (县委副书记、) head lists of the committee's own departments: see committeeListed.
    private func bodyEnd(atOrBefore separator: Int) -> Int? {
        if marks[separator] & Mark.bodyEnd != 0 { return separator }
        return (2...4).lazy.map { separator - $0 }.first { titleStart in
            titleStart > 0 && Lexicon.postTitleKeys.contains(WordKey(text, titleStart, separator - titleStart))
                && marks[titleStart] & Mark.bodyEnd != 0 && text[titleStart - 1] != "委"
        }
    }

    /// Where a news site's name ending at `headStart` begins: at 中国, one to three characters
    /// before (中国经济网), or where the name grew to when a newspaper or a province comes right
    /// before 网 (河南商报网, 每日甘肃网); nil otherwise (管网, 电网).
    func newsSiteStart(from start: Int, headStart: Int) -> Int? {
        if provinceEnds.contains(headStart) || (2...3).contains(where: { headStart - $0 >= start && head(headStart - $0, headStart, isIn: Lexicon.mediaHeads) }) {
            return start < headStart ? start : nil
        }
        let prefix = Lexicon.newsSitePrefix
        // A national trade site (中国污水处理工程网) stands apart: before a space, a mark or the line's end.
        let standsApart = headStart + 1 == text.count || !Self.isIdeograph(text[headStart + 1])
        let earliest = max(start, headStart - prefix.count - (standsApart ? 8 : 3)), latest = headStart - prefix.count - 1
        if earliest <= latest, let national = (earliest...latest).first(where: { text[$0..<($0 + prefix.count)].elementsEqual(prefix) }) {
            return national
        }
        return (2...8).contains(headStart - start) && isCredited(start: start, end: headStart + 1) ? start : nil
    }

    /// Whether the name `start..<end` stands where a report credits its source: after a credit line's
    /// word and colon (来源:, 转自:, 发布:), before 记者 or 讯, before a photographer and 摄, between 由 or 据 and 发布, 提供, 转载 or
    /// 报道, or before a dateline (东北网双鸭山12月21日电).
    func isCredited(start: Int, end: Int) -> Bool {
        func has(_ word: String, at index: Int) -> Bool {
            let scalars = Array(word.unicodeScalars)
            return index >= 0 && index + scalars.count <= text.count && text[index..<(index + scalars.count)].elementsEqual(scalars)
        }
        // A credit line, perhaps with a space after its colon (来源: 浙江在线, 发布:中乡网).
        var before = start
        while before > 0, text[before - 1] == " " { before -= 1 }
        if before >= 3, text[before - 1] == ":" || text[before - 1] == "：", Self.creditLineMarkers.contains(where: { text.holds($0, at: before - 3) }) { return true }
        // An item's date and its outlet on a line of their own (2025年06月06日 甘肃三农在线).
        if before < start, before >= 2, text[before - 1] == "日", Self.isDigit(text[before - 2]),
           end == text.count || text[end] == "\n" || text[end] == " " { return true }
        var after = end
        while after < text.count, text[after] == " " { after += 1 }
        // A paper cited by its title in book-title marks, perhaps padded with spaces (摘自《山西农民报》, 《 中国能源报 》),
        // not a report's kind (《统计年报》, 《工作简报》).
        if before > 0, text[before - 1] == "《", after < text.count, text[after] == "》", text[end - 1] == "报",
           !Self.reportKindCharacters.contains(text[end - 2]) { return true }
        // A reporter's outlet (上游新闻记者, 顶端新闻·河南商报记者, 东南网 通讯员) or a news item's (北京人大网讯,
        // 今日宁远网消息).
        if has("记者", at: after) || has("通讯员", at: after) || has("讯", at: end) || has("消息", at: end) { return true }
        // A photograph's credit: the outlet, a space, its photographer and 摄 (视界网 杨东 摄).
        if after > end, (2...4).contains(where: { length in
            guard after + length <= text.count, text[after..<(after + length)].allSatisfy(Self.isIdeograph) else { return false }
            var mark = after + length
            while mark < text.count, text[mark] == " " { mark += 1 }
            return has("摄", at: mark)
        }) { return true }
        // A news item filed from a place (农村大众报|宁远讯).
        if end + 2 < text.count, (end + 2...min(text.count - 1, end + 6)).contains(where: { placeStarts[$0] == end && has("讯", at: $0) }) { return true }
        if end < text.count, Self.mediaJoiners.contains(text[end]), end + 3 <= min(text.count - 2, end + 8),
           (end + 3...min(text.count - 2, end + 8)).contains(where: { has("记者", at: $0) }) { return true }
        // The second of two outlets credited together (来源:滨州日报·|滨州网).
        if start > 1, Self.mediaJoiners.contains(text[start - 1]), marks[start - 1] & Mark.institutionHeadEnd != 0 { return true }
        // Two outlets crediting one item (华龙网-新重庆客户端9月28日18时讯): the first is credited too.
        if end < text.count, Self.mediaJoiners.contains(text[end]), end + 4 < text.count,
           (end + 4...min(text.count - 1, end + 20)).contains(where: { has("讯", at: $0) && (text[$0 - 1] == "时" || text[$0 - 1] == "日") }) { return true }
        if start > 0, text[start - 1] == "由" || text[start - 1] == "据",
           ["发布", "提供", "转载", "报道", "消息", "了解", "获悉"].contains(where: { has($0, at: end) }) { return true }
        // A dateline: a place of up to four characters, then a day of a month, then 电 or 讯.
        var i = end
        while i < text.count, i - end < 4, Self.isIdeograph(text[i]), !Self.isDigit(text[i]) { i += 1 }
        let day = i
        while i < text.count, i - day < 7, Self.isDigit(text[i]) || text[i] == "月" || text[i] == "日" { i += 1 }
        return i > day + 2 && text[i - 1] == "日" && i < text.count && (text[i] == "电" || text[i] == "讯")
    }

    /// Where the name begins on a credit line that ends at `headStart` (来源:|经济参考报): right after
    /// its colon and any spaces, with two to six ideographs up to the head; nil elsewhere.
    func creditLineStart(before headStart: Int) -> Int? {
        var start = headStart
        while start > 0, headStart - start < 6, Self.isIdeograph(text[start - 1]) { start -= 1 }
        guard headStart - start >= 2 else { return nil }
        var colon = start
        while colon > 0, text[colon - 1] == " " { colon -= 1 }
        guard colon >= 3, text[colon - 1] == ":" || text[colon - 1] == "：" else { return nil }
        return Self.creditLineMarkers.contains(where: { text.holds($0, at: colon - 3) }) ? start : nil
    }

    /// The words before a colon that credit a medium by name: those of a credit line (CreditedSources) and 发布.
    static let creditLineMarkers = CreditedSources.markers + [Array("发布".unicodeScalars)]

    /// Characters before 报 that make a report's kind, no paper (年报, 简报, 汇报, 情报, 通报, 公报, 月报, 季报, 快报).
    static let reportKindCharacters = ScalarSet("年简汇情通公月季快")

    /// 中都镇党委、政府 and 宁远县委、政府: a bare 政府 listed right after a division's party committee is that
    /// division's government, named with the division; nil elsewhere.
    func governmentAfterCommittee(headStart: Int, headEnd: Int) -> Candidate? {
        guard headEnd - headStart == 2, text[headStart] == "政", text[headStart + 1] == "府", headStart >= 4,
              text[headStart - 1] == "、", text[headStart - 2] == "委" else { return nil }
        let placeEnd = text[headStart - 3] == "党" ? headStart - 3 : headStart - 2
        guard let placeStart = placeStarts[placeEnd] else { return nil }
        return Candidate(type: .institution, start: headStart, end: headEnd, priority: 1,
                         name: String(scalars: text[placeStart..<placeEnd]) + "政府")
    }

    /// The end of a channel a news site names after a dash (人民网-湖南频道), or nil.
    func channelEnd(after end: Int) -> Int? {
        guard end < text.count, text[end] == "-" else { return nil }
        var i = end + 1
        while i < text.count, i - end <= 8, Self.isIdeograph(text[i]) {
            if i + 1 < text.count, text[i] == "频", text[i + 1] == "道" { return i + 2 }
            i += 1
        }
        return nil
    }

    /// A numbered middle school (固安一中, 县二中): named by a division's name or short form, or a
    /// bare 县 or 市, right before its head, whose 中 begins no word (市一|中心, 二中|全会 …).
    func ordinalSchool(headStart: Int, headEnd: Int) -> [Candidate] {
        guard headStart > 0, headEnd >= text.count || !(words.contains(text, headEnd - 1, 2) || text[headEnd] == "全") else { return [] }
        // The forms come in order of their ends: the first ending at the head is found by halving.
        var low = 0, high = divisionForms.count
        while low < high {
            let middle = (low + high) / 2
            if divisionForms[middle].end < headStart { low = middle + 1 } else { high = middle }
        }
        if let start = divisionForms[low...].prefix(while: { $0.end == headStart }).map(\.start).min() {
            return [Candidate(type: .institution, start: start, end: headEnd, priority: 1)]
        }
        // A township's name without 镇 or 乡 names its school too (二安镇…|二安一中).
        if let length = (2...4).first(where: { length in
            headStart >= length && townshipShortForms.contains(WordKey(text, headStart - length, length))
                && (beginsApart(headStart - length) || verbEnds(at: headStart - length))
        }) {
            return [Candidate(type: .institution, start: headStart - length, end: headEnd, priority: 1)]
        }
        guard "县市".unicodeScalars.contains(text[headStart - 1]) else { return [] }
        return [Candidate(type: .institution, start: headStart - 1, end: headEnd, priority: 1)]
    }

    /// A school named by its ordinal alone (完成|第四中学|异地新建): 第 and a numeral right before a
    /// school head, with nothing that can belong to a name before them; nil otherwise.
    func ordinalSchoolNamedAlone(headStart: Int, headEnd: Int) -> Candidate? {
        guard head(headStart, headEnd, isIn: Lexicon.ordinalNamedSchoolHeads) else { return nil }
        var start = headStart
        while start > 0, Lexicon.numerals.contains(text[start - 1]) { start -= 1 }
        guard start < headStart, start > 0, text[start - 1] == "第" else { return nil }
        start -= 1
        return beginsApart(start) ? Candidate(type: .institution, start: start, end: headEnd, priority: 1) : nil
    }

    /// Whether nothing that can belong to a name stands right before `start`: the text's start, a mark, a
    /// function character or the end of a boundary word.
    func beginsApart(_ start: Int) -> Bool {
        start == 0 || !Self.isNameCharacter(text[start - 1]) || Lexicon.stopCharacters.contains(text[start - 1])
            || marks[start] & Mark.boundaryEnd != 0
    }

    /// A campus or a section belongs to the one school right before it: of two schools side by side
    /// (宁远县实验中学|舜德中学新校区) the first is a name of its own.
    func campusOfOneSchool(_ campus: Candidate, headStart: Int) -> Candidate {
        let schoolEnds = ((campus.start + 1)..<headStart).filter { marks[$0] & Mark.institutionHeadEnd != 0 }
        guard schoolEnds.count >= 2 else { return campus }
        return Candidate(type: campus.type, start: schoolEnds[schoolEnds.count - 2], end: campus.end, priority: campus.priority)
    }

    /// Whether the head 中心 at `headStart..<headEnd` ends a centre written short after its division
    /// (县农机中心, 我区农水中心, 宁远县农水中心): two characters of topic after a level character of a
    /// county or above that begins the name or follows a function character or a verb, or after a division; no place (县城|中心), no verb (新建|中心)
    /// and no other head (县综合服务中心 has its own). A topic of a noun and the verb that serves it
    /// counts too (县投资促进中心). nil for any other head.
    func isShortCentre(headStart: Int, headEnd: Int) -> Bool? {
        guard WordKey(text, headStart, headEnd - headStart) == Lexicon.centreHead else { return nil }
        // 中心工作 is the work at the centre of a body's tasks (县政府|中心工作), no centre; a centre's
        // workstation or office (…中心|工作站) is still one.
        if headEnd + 2 <= text.count, WordKey(text, headEnd, 2) == Lexicon.workWord,
           headEnd + 2 == text.count || !Lexicon.workUnitCharacters.contains(text[headEnd + 2]) { return false }
        guard headStart >= 3, headHit(endingAt: headEnd, where: { $0.start < headStart }) == nil,
              !(headStart - 2..<headStart).contains(where: { !Self.isIdeograph(text[$0]) || Lexicon.centrePlaceCharacters.contains(text[$0]) }),
              !words.isAdverb(text, headStart - 2, 2)
        else { return false }
        // A topic of two words departments join (县|文化体育|中心) is a centre's too.
        let run = departmentTopicRun(before: headStart)
        // So is one of two words right after a level character (县|法律援助|中心).
        let twoWords = headStart >= 5 && Self.bodyLevelCharacters.contains(text[headStart - 5])
            && words.contains(text, headStart - 4, 2) && words.contains(text, headStart - 2, 2)
            && !(headStart - 4..<headStart).contains(where: { Self.bodyLevelCharacters.contains(text[$0]) })
        let topic = run.words >= 2 ? headStart - run.start : words.isVerb(text, headStart - 2, 2) || twoWords ? 4 : 2
        guard headStart >= topic + 1, run.words >= 2 || topic == 2 || (words.contains(text, headStart - 4, 2) && !words.isVerb(text, headStart - 4, 2)
                                                                       && !words.isAdverb(text, headStart - 4, 2)) else { return false }
        let level = headStart - topic - 1
        return placeStarts[headStart - topic] != nil
            || Self.bodyLevelCharacters.contains(text[level])
                && (level == 0 || !Self.isNameCharacter(text[level - 1]) || Lexicon.pointingCharacters.contains(text[level - 1])
                    // or after a function character or a verb (由|县体育中心, 联合|县体育中心)
                    || Lexicon.stopCharacters.contains(text[level - 1]) || verbEnds(at: level) || marks[level] & Mark.boundaryEnd != 0)
    }

    /// A unit of a national body written right after it (农业农村部|规划设计研究院, 解放军|总医院), or its company
    /// (国家电网|公司), named with the national body: the unit's head is one of research, teaching, care,
    /// publishing or business, and what stands between is Han characters and numerals that begin with no verb
    /// and hold no other head (农业农村部|认定|合作社 names no unit).
    func nationalUnit(headStart: Int, headEnd: Int) -> Candidate? {
        func isNational(_ hit: (start: Int, end: Int, payload: Recognizer.LexiconEntry)) -> Bool {
            if case .known(.institution) = hit.payload { true } else { false }
        }
        // The hits come in order of their ends: the first ending near the head is found by halving, and the
        // national body nearest the head, the longest of those ending there, is taken.
        var low = 0, high = lexiconHits.count
        while low < high {
            let middle = (low + high) / 2
            if lexiconHits[middle].end < headStart - Self.longestUnitName { low = middle + 1 } else { high = middle }
        }
        var found: (start: Int, end: Int, payload: Recognizer.LexiconEntry)?
        for hit in lexiconHits[low...].prefix(while: { $0.end <= headStart }) where isNational(hit) {
            if found == nil || hit.end > found!.end || (hit.end == found!.end && hit.start < found!.start) { found = hit }
        }
        guard let national = found else { return nil }
        let end = national.end
        // The body's last character may begin a word instead (建设|部署).
        guard !words.contains(text, end - 1, 2) else { return nil }
        let anyEnd = Mark.institutionHeadEnd | Mark.placeHeadEnd | Mark.bodyEnd
        guard head(headStart, headEnd, isIn: Lexicon.nationalUnitHeads),
              (end..<headStart).allSatisfy({ (Self.isIdeograph(text[$0]) || isNumeral(text[$0])) && !Lexicon.stopCharacters.contains(text[$0]) }),
              end == headStart || (((end + 1)..<headStart).allSatisfy({ marks[$0] & anyEnd == 0 }) && words.tag(in: text, at: end) != "v")
        else { return nil }
        return Candidate(type: .institution, start: national.start, end: headEnd, priority: 1)
    }

    /// How many characters a national body's unit writes between the body and its head (规划设计 of …研究院).
    static let longestUnitName = 6

    /// A bureau written without its division (地震局|工作人员, 联合|教育局…): one word of its business and 局,
    /// after no name character, and said to act or to have staff or listed after a county's bureau (县教育局、|住建局). It is the bureau of the document's county,
    /// named with the county's level character in `Recognizer.recognize`.
    func bareBureau(headStart: Int, headEnd: Int) -> Candidate? {
        guard headEnd - headStart == 1, text[headStart] == "局", headStart >= 2 else { return nil }
        // A list's bureau may be written short (县教育局、|住建局): its two characters need be no word.
        let listed = isListedAfterCountyBureau(itemStart: headStart - 2)
        guard words.contains(text, headStart - 2, 2) || listed,
              !Self.levelCharacters.contains(text[headStart - 2]), !Lexicon.pointingCharacters.contains(text[headStart - 2]),
              headStart == 2 || !Self.isNameCharacter(text[headStart - 3]) || Lexicon.stopCharacters.contains(text[headStart - 3])
                || (headStart >= 4 && Lexicon.bureauPartnerWords.contains(WordKey(text, headStart - 4, 2))),
              isSaidToActOrHaveStaff(after: headEnd) || listed else { return nil }
        return Candidate(type: .institution, start: headStart - 2, end: headEnd, priority: 1, bareBodyLevel: .county, isBureauWithoutDivision: true)
    }

    /// Whether a body's chief's post, its staff or its acting follows `index` (…|局长, …|工作人员, …|联合), not
    /// a document its acting names (…|指导意见).
    func isSaidToActOrHaveStaff(after index: Int) -> Bool {
        startsPostTitle(at: index) || (2...4).contains { length in
            index + length <= text.count && Lexicon.staffWords.contains(WordKey(text, index, length))
                && !(index + length + 2 <= text.count && Lexicon.documentWords.contains(WordKey(text, index + length, 2)))
        }
    }
}


extension NameGrower {
    /// The end of a special committee right after a bare conference or congress (市政协|人口资源环境委员会,
    /// 县人大常委会|农业与农村委员会): two to eight characters of its field and 委员会, or nil.
    func specialCommitteeEnd(after bodyStart: Int, _ bodyEnd: Int) -> Int? {
        guard Self.congressEndings.contains(where: { bodyEnd - $0.count >= bodyStart && text[(bodyEnd - $0.count)..<bodyEnd].elementsEqual($0) }) else { return nil }
        var end = bodyEnd
        while end < text.count, end - bodyEnd < 11, Self.isIdeograph(text[end]), !Lexicon.sentenceEnds.contains(text[end]) {
            end += 1
            if end - bodyEnd >= 5, text[(end - 3)..<end].elementsEqual(Self.committeeWord) { return end }
        }
        return nil
    }

    /// What a bare conference or congress ends with (政协, 人大, 人大常委会).
    static let congressEndings = ["政协", "人大", "常委会"].map { Array($0.unicodeScalars) }
    static let committeeWord = Array("委员会".unicodeScalars)

    static let tradeWord = WordKey("行业".unicodeScalars)!
}
