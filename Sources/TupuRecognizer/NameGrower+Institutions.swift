/// Where the names of institutions begin: beside another of the same head, after a building verb
/// or a medium, and the bank and branch or group and legal form a company's name joins.
extension NameGrower {
    /// Where an institution's name begins, from `start`: after another name of the same head beside it
    /// (灵溪中学|三禾中学), unless that one is a kind the second is (贞丰县平台公司金帝公司: its platform
    /// company, 金帝公司); after a building verb, for an institution is not a works (…县新建|学校10所);
    /// and after a medium and a dash (中国赣州网-|赣南日报).
    func institutionStart(from start: Int, headStart: Int, headEnd: Int) -> Int {
        var start = start
        // A bare level character of a county or above right after a word of a body's role, in no place's
        // name, begins a bare body (牵头医院|县人民医院, 成员单位|县中医医院), not a company's own (国投集团|州粮储公司).
        if let bare = (start + 2..<max(start + 2, headStart)).last(where: { index in
            Self.bodyLevelCharacters.contains(text[index]) && placeCover[index] == 0 && placeEnds[index] == nil
                && marks[index + 1] & Mark.placeHeadEnd == 0 && Lexicon.bodyRoles.contains(WordKey(text, index - 2, 2))
                && !words.hasWord(in: text, endingAt: index + 1, startingBefore: index) && !words.contains(text, index, 2)
        }) {
            start = bare
        }
        // A company's name can begin with a function character after its city (郴州市|都闻贸易有限公司):
        // written right after a division's full name, before a character that stands alone before a
        // common word (闻|贸易), that character is the name's; before a name of its own it joins
        // two names (宁远县|与|湘南矿产开发公司), as before a place (宁远县|与|永州市…公司).
        if start >= 2, Lexicon.stopCharacters.contains(text[start - 1]), placeEnds[start] == nil, let placeStart = placeStarts[start - 1],
           Self.levelCharacters.contains(text[start - 2]), head(headStart, headEnd, isIn: Lexicon.companyForms),
           !words.contains(text, start, 2), words.word(in: text, at: start + 1, limit: headStart) != nil {
            start = placeStart
        }
        // A company's name read after a post title that a place's level character begins (黄平县|长|隆农业有限公司
        // read as 县长): no company follows a head of county by name, so the place and that character are the name's.
        if start >= 3, head(headStart, headEnd, isIn: Lexicon.companyForms), headStart - start >= 2,
           let placeStart = placeStarts[start - 1], placeStart < start - 2, Self.levelCharacters.contains(text[start - 2]),
           Lexicon.postTitleKeys.contains(WordKey(text, start - 2, 2)) {
            start = placeStart
        }
        // A common word before a division's full name is said of the body, not part of its name
        // (社有企业|德阳供销发展集团有限公司, 新一届|浏阳市供销合作社), unless the word is a place too
        // (海口|桂林洋…) or names a campaign with it (健康乌兰察布行动推进办); a bank's branch is named
        // after its bank (人行|光山县支行).
        if start + 2 < headStart, placeEnds[start] == nil, !head(headStart, headEnd, isIn: Lexicon.branchHeads),
           !Lexicon.campaignPrefixes.contains(WordKey(text, start, 2)),
           let placeStart = (start + 2..<min(start + 5, headStart)).first(where: { placeEnds[$0] != nil && placeLevels[$0] != nil }),
           words.contains(text, start, placeStart - start) || (text[start] == "新" && words.contains(text, start + 1, placeStart - start - 1)) {
            start = placeStart
        }
        if start + 2 < headStart {
            let headKey = WordKey(text, headStart, headEnd - headStart)
            // Searched from the head backwards, without a lazy sequence (whose closure would copy the grower).
            var sameHead: (start: Int, end: Int, payload: Recognizer.LexiconEntry)? = nil
            for end in stride(from: headStart - 1, through: start + 2, by: -1) where marks[end] & Mark.institutionHeadEnd != 0 {
                if let hit = headHit(endingAt: end, where: { $0.start >= start && WordKey(text, $0.start, $0.end - $0.start) == headKey }) {
                    sameHead = hit
                    break
                }
            }
            if let sameHead, !namesNothing(start, sameHead.start, generic: Lexicon.genericInstitutionModifiers) {
                start = sameHead.end + (text[sameHead.end] == "·" ? 1 : 0)
            }
        }
        if start + 2 <= headStart,
           let verbEnd = ((start + 2)...headStart).last(where: { placeCover[$0] == 0 && Lexicon.buildingVerbs.contains(WordKey(text, $0 - 2, 2)) }) {
            start = verbEnd
        }
        // A company's tie to its owner (其全资子公司|河北爱扬食品有限公司, 该基地所属企业|…) is said of it, no part of its name.
        if start + 5 <= headStart, head(headStart, headEnd, isIn: Lexicon.companyForms),
           let tieEnd = stride(from: headStart - 2, through: start + 3, by: -1).first(where: { end in
               WordKey(text, end - 3, 3) == Lexicon.subsidiaryWord || (end >= start + 4 && Lexicon.ownerWords.contains(WordKey(text, end - 4, 4)))
           }) {
            start = tieEnd
        }
        // A company's rank among its sector's or its owner (省级龙头企业|汇美公司, 村集体企业|…公司) is said of it, no part of its name.
        if start + 6 <= headStart, head(headStart, headEnd, isIn: Lexicon.companyForms),
           let rankEnd = stride(from: headStart - 2, through: start + 4, by: -1).first(where: { end in
               WordKey(text, end - 2, 2) == Lexicon.enterpriseWord && Lexicon.companyRanks.contains(WordKey(text, end - 4, 2))
                   // What follows must be a name, not common words (龙头企业|管理|有限公司: 企业 is the name's).
                   && !isCommonWord(end, headStart)
           }) {
            start = rankEnd
        }
        // A bank's branch is named with its bank and the place it serves (中国农业发展银行|上饶市分行, 农发行|宁远县支行).
        if head(headStart, headEnd, isIn: Lexicon.branchHeads), let (bank, _) = bankBeforeBranch(start: start, headStart: headStart) {
            start = bank.start
        }
        // A branch right after its bank's whole name grown from 银行 (省农业发展银行|营业部).
        if head(headStart, headEnd, isIn: Lexicon.branchHeads),
           let bankHead = headHit(endingAt: headStart, where: { WordKey(text, $0.start, $0.end - $0.start) == Lexicon.bankHead }),
           let bank = grow(type: .institution, headStart: bankHead.start, headEnd: bankHead.end).first, bank.start < start {
            start = bank.start
        }
        // Two media credited together (中国赣州网-赣南日报, 湖南日报·新湖南客户端) are two names.
        if let dash = (start..<headStart).last(where: { Self.mediaJoiners.contains(text[$0]) && marks[$0] & Mark.institutionHeadEnd != 0 }),
           headHit(endingAt: dash, where: { headKinds($0.start, $0.end).contains(.media) }) != nil {
            start = dash + 1
        }
        return start
    }

    /// The bank, known by its full or short name, written before the place of a branch that the
    /// grown name `start..<headStart` holds, perhaps with its short name in brackets
    /// (中国农业发展银行(简称农发行)|十堰分行): its hit and where the place begins, or nil.
    func bankBeforeBranch(start: Int, headStart: Int) -> (bank: (start: Int, end: Int, payload: Recognizer.LexiconEntry), placeStart: Int)? {
        guard let placeStart = (start..<headStart).first(where: { placeEnds[$0] != nil }) else { return nil }
        var bankEnd = placeStart
        if bankEnd > 0, text[bankEnd - 1] == ")" || text[bankEnd - 1] == "）", let open = matchingOpen(closingAt: bankEnd - 1) { bankEnd = open }
        guard let bank = lexiconHit(endingAt: bankEnd, where: { hit in
            switch hit.payload {
            case .known(.institution), .shortName(.institution, _): true
            default: false
            }
        }), bank.start <= start else { return nil }
        return (bank, placeStart)
    }

    /// The head of a bank's branch (分行, 支行) ending at `end`, or nil.
    func branchHeadHit(endingAt end: Int) -> (start: Int, end: Int, payload: Recognizer.LexiconEntry)? {
        let text = self.text
        return headHit(endingAt: end, where: { end - $0.start <= 4 && Lexicon.branchHeads.contains(WordKey(text, $0.start, end - $0.start)) })
    }

    /// The head of the longest company form (有限公司 before 公司) that ends at `end`, if any.
    func companyHeadHit(endingAt end: Int) -> (start: Int, end: Int, payload: Recognizer.LexiconEntry)? {
        for length in [4, 2] where end >= length && Lexicon.companyForms.contains(WordKey(text, end - length, length)) {
            if let hit = headHit(endingAt: end, where: { $0.start == end - length }) { return hit }
        }
        return nil
    }

    /// The name of a bank's branch written with the bank's short name (农发行|宁远县支行) or with it in
    /// brackets: the bank's full name and the branch's place and head (中国农业发展银行宁远县支行); nil for other names.
    func branchName(start: Int, headStart: Int, headEnd: Int) -> String? {
        guard head(headStart, headEnd, isIn: Lexicon.branchHeads), let (bank, placeStart) = bankBeforeBranch(start: start, headStart: headStart),
              bank.start == start else { return nil }
        let full: String
        switch bank.payload {
        case .shortName(_, let index): full = Lexicon.institutionShortNames[index].full
        default:
            guard placeStart > bank.end else { return nil }
            full = String(scalars: text[bank.start..<bank.end])
        }
        return full + String(scalars: text[placeStart..<headEnd])
    }

    /// A company's legal form (有限公司, 公司): after a group's name (…投资集团|有限公司) it completes
    /// that name, and 公司 of 有限公司 is that form's; nil elsewhere, where it heads a name of its own.
    func companyWithLegalForm(headStart: Int, headEnd: Int) -> [Candidate]? {
        if let group = headHit(endingAt: headStart, where: { $0.start < headStart }) {
            return grow(type: .institution, headStart: group.start, headEnd: group.end).map { named in
                named.name == nil ? Candidate(type: named.type, start: named.start, end: headEnd, priority: named.priority) : named
            }
        }
        return headHit(endingAt: headEnd, where: { $0.start < headStart && (head($0.start, headEnd, isIn: Lexicon.companyForms)
            || Lexicon.longCompanyForms.contains(String(scalars: text[$0.start..<headEnd]))) }) != nil ? [] : nil
    }
}

extension NameGrower {
    /// Where the group's name begins right before a company named by its place (中国能源建设集团|韶关电力有限公司,
    /// 国家电投集团|江西分公司, …集团|湖南工程有限公司): the subsidiary is written with its group, one name. Nil
    /// elsewhere, and where no 公司 ends the name at `headEnd` or within a legal form's length after it.
    func groupStart(beforeSubsidiaryAt start: Int, headEnd: Int) -> Int? {
        guard start >= 4, placeEnds[start] != nil, text[start - 2] == "集", text[start - 1] == "团",
              (0...4).contains(where: { headEnd + $0 <= text.count && text[headEnd + $0 - 2] == "公" && text[headEnd + $0 - 1] == "司" })
        else { return nil }
        return grow(type: .institution, headStart: start - 2, headEnd: start).first.map(\.start)
    }

    /// The partner of a joint project (…有限公司与…徐州分公司|合作项目): a works named by the body that joins
    /// in it and 合作 alone names no works, but the body right before it is named.
    func partnerOfJointProject(headStart: Int, headEnd: Int) -> [Candidate]? {
        guard WordKey(text, headStart, headEnd - headStart) == Lexicon.projectHead, headStart >= 4,
              WordKey(text, headStart - 2, 2) == Self.cooperationWord,
              let partner = headHit(endingAt: headStart - 2, where: { $0.payload.isInstitutionHead }) else { return nil }
        return grow(type: .institution, headStart: partner.start, headEnd: partner.end)
    }

    static let cooperationWord = WordKey("合作".unicodeScalars)!

    /// Whether the body grown back to `start` before the head `headStart..<headEnd` names a class of
    /// bodies rather than one: a batch, a body's members, bodies counted, a division's industry, the
    /// bodies of every township or of a whole division.
    func namesClassOfBodies(start: Int, headStart: Int, headEnd: Int, kinds: Lexicon.HeadKinds) -> Bool {
        // Bodies of a batch (四川省第八批|家庭农场) are a class; a team sent in rotations (福建省第五批援藏工作队) is one.
        if let ordinal = ordinalStart(in: start..<headStart), (ordinal + 2..<headStart).contains(where: { text[$0] == "批" }),
           !head(headStart, headEnd, isIn: Lexicon.rotatedTeamHeads) { return true }
        // The members of a body (教育集团|成员|学校, 医共体|成员|单位) are a class.
        if headStart - start >= 4, WordKey(text, headStart - 2, 2) == Lexicon.memberWord { return true }
        // Bodies counted by 大 (七大运营管理中心) are a class, as works are; so are the bodies of divisions or
        // places counted (五市|人民政府, 两县|政府, 两地|协会), outside a place's name.
        if headStart - start >= 2, Lexicon.numerals.contains(text[start]), text[start + 1] == "大" { return true }
        // So are bodies of places counted by 大 (云龙、永平|两大|万头奶牛牧场), though 一大 is a congress (中共一大…纪念馆).
        if (start + 1..<max(start + 1, headStart - 1)).contains(where: { index in
            Lexicon.numerals.contains(text[index]) && text[index] != "一" && text[index + 1] == "大" && placeCover[index] == 0
        }) { return true }
        // A division's industry (大理州|乳业, 云南|药业) is no company: a company's name holds a word of its own.
        if head(headStart, headEnd, isIn: Lexicon.industryHeads), placeEnds[start] == headStart || divisionForms.contains(where: { form in
            form.start == start && (form.end == headStart || (form.end == headStart - 1 && Self.levelCharacters.contains(text[form.end])))
        }) { return true }
        if headStart >= 2, Self.levelCharacters.contains(text[headStart - 1]) || text[headStart - 1] == "地",
           Lexicon.numerals.contains(text[headStart - 2]),
           placeCover[headStart - 1] == 0 { return true }
        // Units of every township (衡东县乡镇政府专职消防队) are a class.
        if kinds.contains(.unit), (start..<max(start, headStart - 1)).contains(where: { WordKey(text, $0, 2) == Lexicon.townshipsWord }) { return true }
        // So are the bodies of a whole division (辽宁|全省供销社), where 全 begins a word (not 安全|区…) and
        // stands in no place's name (天全县人民医院, 全州县人民医院).
        if (start..<max(start, headStart - 1)).contains(where: { index in
            text[index] == "全" && placeCover[index] == 0 && placeEnds[index] == nil && Lexicon.wholeDivisionWords.contains(WordKey(text, index, 2))
                && !words.hasWord(in: text, endingAt: index + 1, startingBefore: index)
        }) { return true }
        return false
    }

    /// Bureaus numbered under a national group, written by the group's short form, the number and 局, with
    /// the trade's character between (中建八局, 中铁十一局, 中交二航局): bodies, though 局 alone heads nothing
    /// (格局, 布局). The word before must end before 中 (其中|三局 is a count of rounds), and 局 begin no word (八局|面).
    func numberedBureaus() -> [Candidate] {
        var found: [Candidate] = []
        for end in text.indices where text[end] == "局" {
            var numberEnd = end
            if numberEnd > 0, Self.bureauTradeCharacters.contains(text[numberEnd - 1]) { numberEnd -= 1 }
            var numberStart = numberEnd
            while numberStart > 0, numberEnd - numberStart < 3, Self.bureauNumerals.contains(text[numberStart - 1]) { numberStart -= 1 }
            let start = numberStart - 2
            guard numberStart < numberEnd, start >= 0, text[start] == "中", Self.isIdeograph(text[start + 1]),
                  !Self.bureauNumerals.contains(text[start + 1]), !Self.notGroupsCharacters.contains(text[start + 1]),
                  start == 0 || !words.contains(text, start - 1, 2),
                  !words.contains(text, end, 2) else { continue }
            found.append(Candidate(type: .institution, start: start, end: end + 1, priority: 1))
        }
        return found
    }

    /// The numbers of a group's bureaus (八局, 十一局).
    static let bureauNumerals = ScalarSet("一二三四五六七八九十")
    /// The trades a numbered bureau's name may write before 局 (中交二|航|局, 中交一|公|局).
    static let bureauTradeCharacters = ScalarSet("航公")
    /// Second characters that make 中 no group's short form (中央, 中心, 中国).
    static let notGroupsCharacters = ScalarSet("央心国")

    /// Whether the bureau item beginning at `itemStart` follows, in a list of bureaus joined by 、, one written with
    /// a county's level character (县教育局、住建局、|国土局): the list's bureaus are the county's.
    func isListedAfterCountyBureau(itemStart: Int) -> Bool {
        var end = itemStart - 1
        while end >= 3, text[end] == "、", text[end - 1] == "局" {
            let itemEnd = end
            var start = itemEnd - 1
            while start > 0, itemEnd - start < 8, Self.isIdeograph(text[start - 1]), !Lexicon.stopCharacters.contains(text[start - 1]),
                  text[start - 1] != "县" { start -= 1 }
            if start > 0, text[start - 1] == "县" { return true }
            end = start - 1
        }
        return false
    }
}
