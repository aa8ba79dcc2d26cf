/// Counts and ranks before and after a name's head (县6个重点项目, 第十一批, 3个示范点): where they end,
/// and whether they make the words around them a class of things rather than one thing's name.
extension NameGrower {
    /// Whether a count inside the body `start..<headStart` stands before generic words and ranks only
    /// (…公园|3个国家4A级旅游|景区, 境内|57座小型|水库): the sites listed before it are of that kind.
    func countsRankedSites(_ start: Int, _ headStart: Int) -> Bool {
        (start + 1..<max(start + 1, headStart)).contains { index in
            guard Self.isDigit(text[index]) || Lexicon.numerals.contains(text[index]), !isNumeral(text[index - 1]),
                  let end = classCountEnd(at: index, limit: headStart)
                    ?? countEnd(at: index, limit: headStart).flatMap({ Lexicon.classifiersAfterWorks.contains(text[$0 - 1]) ? $0 : nil })
            else { return false }
            var i = end
            while i < headStart {
                if let next = genericModifierEnd(at: i, limit: headStart, in: Lexicon.genericModifiers) { i = next; continue }
                // A rank: 4A级, 5A级, 二级.
                if let rank = (i + 1..<min(headStart, i + 4)).first(where: { text[$0] == "级" }),
                   text[i..<rank].allSatisfy({ Self.isDigit($0) || Lexicon.numerals.contains($0) || $0 == "A" }) { i = rank + 1; continue }
                return false
            }
            return true
        }
    }

    /// The end of a count at `index` (6个, 第四批, 四场, 一, 3.5万), or nil.
    func countEnd(at index: Int, limit: Int) -> Int? {
        var i = index
        if i < limit, text[i] == "第" { i += 1 }
        let digits = i
        while i < limit, Self.isDigit(text[i]) || Lexicon.numerals.contains(text[i]) || (i > digits && text[i] == ".") { i += 1 }
        guard i > digits else { return largeCountEnd(at: index, limit: limit) }
        // About so many (10余个, 20多家).
        if i + 1 < limit, "余多".unicodeScalars.contains(text[i]), Lexicon.measureCharacters.contains(text[i + 1]) { i += 1 }
        if i < limit, Lexicon.measureCharacters.contains(text[i]) { i += 1 }
        // A sum of money (5000万元, 3亿元).
        if i < limit, text[i] == "元", "万亿".unicodeScalars.contains(text[i - 1]) { i += 1 }
        return periodEnd(at: i, limit: limit)
    }

    /// The end of a count in thousands or tens of thousands written in words where no numeral begins it,
    /// said as about so many (近万个, 上千家) or as more than (千余个, read on after the 四 of 四千余个), or nil:
    /// it counts only so and with its classifier (万家|渡口 and 千万|工程 are names).
    private func largeCountEnd(at index: Int, limit: Int) -> Int? {
        var i = index
        let about = i < limit && Self.aboutCharacters.contains(text[i])
        if about { i += 1 }
        let digits = i
        while i < limit, Lexicon.numerals.contains(text[i]) || Self.largeNumerals.contains(text[i]) { i += 1 }
        guard i > digits, text[digits..<i].contains(where: Self.largeNumerals.contains) else { return nil }
        let more = i + 1 < limit && Lexicon.approximations.contains(text[i]) && Lexicon.measureCharacters.contains(text[i + 1])
        if more { i += 1 }
        guard about || more, i < limit, Lexicon.measureCharacters.contains(text[i]) else { return nil }
        return i + 1
    }

    /// What says about so many before a count in words (近万个, 上千家, 约千人).
    static let aboutCharacters = ScalarSet("近上约逾")

    /// The end of a kind word at `index` (创新型, 外向型, 科技型), or nil.
    func kindEnd(at index: Int, limit: Int) -> Int? {
        (2...3).map { index + $0 }.first { $0 <= limit && text[$0 - 1] == "型" }
    }

    /// Whether production lines are counted by 条 right before their body, before a phrase of 的 that
    /// describes them, or at the body's start (7条|精粉生产线, 10余条国内领先的|全自动…生产线, 两条米线生产线).
    func isCountedLine(_ start: Int, _ headStart: Int) -> Bool {
        var countEnd = start
        if start >= 2, text[start - 1] == "的",
           let classifier = (max(0, start - 10)..<(start - 1)).last(where: { text[$0] == "条" }),
           !text[classifier..<start].contains(where: { !Self.isIdeograph($0) }) {
            countEnd = classifier + 1
        }
        if countEnd >= 2, text[countEnd - 1] == "条", isNumeral(text[countEnd - 2]) || Lexicon.approximations.contains(text[countEnd - 2]) { return true }
        var index = start
        while index < headStart, isNumeral(text[index]) || (index > start && Lexicon.approximations.contains(text[index])) { index += 1 }
        return index > start && index < headStart && text[index] == "条"
    }

    /// Whether a body counts what its head names: a count after any places and generic words it
    /// begins with (村里|一个|环湖公园, 宁远县|两个|风电项目), or a number, or a number and a classifier, right before it (30|座郊野公园,
    /// 建设3个|光伏项目).
    func isCounted(_ start: Int, before headStart: Int, by measures: ScalarSet = Lexicon.measureCharacters) -> Bool {
        // The level of what is counted may stand between the count and the body (5个|县级|综合商贸服务中心).
        let counted = start >= 4 && Lexicon.levelRanks.contains(WordKey(text, start - 2, 2)) ? start - 2 : start
        // A year written without 年 (2024|渠县半程马拉松) dates an event; it counts nothing.
        if counted > 0, Self.isDigit(text[counted - 1]),
           !isYearWithoutMark(endingAt: counted) || Lexicon.dateCharacters.contains(text[counted]) { return true }
        if counted >= 2, Lexicon.projectClassifiers.contains(text[counted - 1]) || Self.capacityClassifiers.contains(text[counted - 1]),
           Self.isDigit(text[counted - 2]) || Lexicon.numerals.contains(text[counted - 2])
            // A count in tens of thousands (200万件|服装项目) counts too.
            || (counted >= 3 && Self.largeNumberCharacters.contains(text[counted - 2])
                && (Self.isDigit(text[counted - 3]) || Lexicon.numerals.contains(text[counted - 3]))) { return true }
        // So does a name begun at the classifier of such a count (200万|件服装项目, 20万|锭纺纱项目).
        if counted >= 2, counted < headStart, Lexicon.projectClassifiers.contains(text[counted]) || Self.capacityClassifiers.contains(text[counted]),
           Self.largeNumberCharacters.contains(text[counted - 1]), Self.isDigit(text[counted - 2]) || Lexicon.numerals.contains(text[counted - 2]) { return true }
        var i = start
        while let next = placeEnds[i].flatMap({ $0 < headStart ? $0 : nil })
                ?? genericModifierEnd(at: i, limit: headStart, in: Lexicon.genericModifiers) { i = next }
        // The great ones counted (两大|石雕工业园, 三大|景区) are a count of a kind.
        if i + 2 < headStart, Lexicon.numerals.contains(text[i]), text[i + 1] == "大" { return true }
        // A numeral alone begins many names (九嶷山, 七里海): only one with its measure counts.
        guard let count = countEnd(at: i, limit: headStart) else { return false }
        return measures.contains(text[count - 1])
    }

    /// Whether the count right before `start` follows 等, counting the items of a list (A、B等|11个).
    func countsListedItems(before start: Int) -> Bool {
        var i = start - 1
        while i > 0, Lexicon.projectClassifiers.contains(text[i]) || isNumeral(text[i]) { i -= 1 }
        return i < start - 1 && text[i] == "等"
    }

    /// Whether a count of activities (十余项, 11大项, 三场) stands in `start..<headStart` before words of
    /// their kind only (主题, 系列, generic words): what precedes it is said of them, no name.
    func countsActivities(_ start: Int, _ headStart: Int) -> Bool {
        (start..<headStart).contains { index in
            isNumeral(text[index]) && (index == start || !isNumeral(text[index - 1]))
                && countEnd(at: index, limit: headStart).map { end in
                    Self.activityClassifiers.contains(text[end - 1]) && (end == headStart || namesNothing(end, headStart, generic: Self.activityKindWords))
                } == true
        }
    }

    /// The classifiers that count activities (项, 场, 次).
    static let activityClassifiers = ScalarSet("项场次")
    /// Words of an activity's kind after its count (主题, 系列): no name.
    static let activityKindWords = Lexicon.genericModifiers.union(Lexicon.phrases(["主题", "系列", "专题", "大项"]))

    /// Whether a body is counted by its classifier before or after it (组建34支|志愿服务队, “8+N”志愿服务队|980支,
    /// 153+X支志愿服务队), but not where the count ends the clause with what follows (实验小学|两所“…机房”).
    /// Checked only where a classifier or a number is near, since counting is rare.
    func isCountedBody(start: Int, headStart: Int, headEnd: Int) -> Bool {
        let classifierNear = (max(0, start - 3)..<headStart).contains { Lexicon.classifiersOfBodies.contains(text[$0]) }
        // A quoted title counted after its quotation (“…特色学校”20所) is a class too, as are bodies counted
        // after the collective noun of their kind (销售协会|组织|50个).
        var countStart = headEnd < text.count && text[headEnd] == "”" ? headEnd + 1 : headEnd
        if countStart + 2 <= text.count, Lexicon.collectiveNouns.contains(WordKey(text, countStart, 2)) { countStart += 2 }
        let numberAfter = countStart < text.count && isNumeral(text[countStart])
        guard classifierNear || numberAfter else { return false }
        return isCounted(start, before: headStart, by: Lexicon.classifiersOfBodies)
            || isCounted(after: countStart, by: Lexicon.classifiersOfBodies, endingClause: true)
            || countsSeveral(start: start, headStart: headStart)
            // A numeral and its classifier right before the generic words a body begins with (两种|乡村民宿).
            || (start >= 2 && Lexicon.classifiersOfBodies.contains(text[start - 1]) && isNumeral(text[start - 2])
                && namesNothing(start, headStart, generic: Lexicon.genericInstitutionModifiers, placesName: true))
            || (max(0, start - 1)..<headStart).contains(where: { index in
                index + 1 < headStart && Lexicon.classifiersOfBodies.contains(text[index + 1])
                    && (Self.isDigit(text[index]) || Self.isFormulaTerm(text[index]) || (index + 2 == headStart && Lexicon.numerals.contains(text[index]))
                        || (Lexicon.approximations.contains(text[index]) && index > 0 && Self.isDigit(text[index - 1])))
            })
    }

    /// Whether more than one body is counted right before the name or inside what was grown (4所|足球特殊学校,
    /// 全国140多万家|合作社), or any number of them by 股, a wave (一股|农民合作社…热潮): a kind of body. Inside
    /// the name only a count in digits or with its magnitude counts (not 三家村, a village).
    private func countsSeveral(start: Int, headStart: Int) -> Bool {
        (max(1, start - 1)..<max(1, headStart)).contains { index in
            let wave = text[index] == "股"
            return Lexicon.classifiersOfBodies.contains(text[index])
                && (index < start || wave || Self.isDigit(text[index - 1]) || Self.approximateMagnitudes.contains(text[index - 1]))
                && (isPlural(countEndingAt: index) || (wave && isNumeral(text[index - 1])))
        }
    }

    /// Whether a count of more than one ends at `end` (4, 12, 两, 三, 5万多, 140多万; not 1 or 一).
    func isPlural(countEndingAt end: Int) -> Bool {
        var last = end
        while last >= 2, Self.approximateMagnitudes.contains(text[last - 1]), end - last < 3 { last -= 1 }
        guard last >= 1, isNumeral(text[last - 1]) else { return false }
        let single = last < 2 || !isNumeral(text[last - 2])
        return last < end || !(single && (text[last - 1] == "1" || text[last - 1] == "一"))
    }

    /// What may stand between a count's digits and its classifier: approximations and magnitudes (5万多家, 300余所).
    static let approximateMagnitudes = ScalarSet("多余万千百亿")

    /// The end of a count of a class at `index` (135个, 三大), or nil.
    func classCountEnd(at index: Int, limit: Int) -> Int? {
        guard isNumeral(text[index]) else { return nil }
        if index + 2 <= limit, Lexicon.numerals.contains(text[index]), text[index + 1] == "大" { return index + 2 }
        guard let end = countEnd(at: index, limit: limit), Lexicon.projectClassifiers.contains(text[end - 1]) else { return nil }
        return end
    }

    /// Where the 第 stands of an ordinal whose numerals end at `lastNumeral` (第|十一|批), or nil.
    func ordinalMark(before lastNumeral: Int) -> Int? {
        var index = lastNumeral
        while index > 0, lastNumeral - index < 4, isNumeral(text[index]) { index -= 1 }
        return text[index] == "第" && index < lastNumeral ? index : nil
    }

    /// Where an ordinal (第 and a numeral: 第十五个, 第八批) begins in `range`, or nil.
    func ordinalStart(in range: Range<Int>) -> Int? {
        range.count >= 2 ? (range.lowerBound..<(range.upperBound - 1)).first { text[$0] == "第" && isNumeral(text[$0 + 1]) } : nil
    }

    /// Whether a count follows the head (项目5个, 项目109个), perhaps only one that ends its clause.
    func isCounted(after headEnd: Int, by classifiers: ScalarSet = Lexicon.classifiersAfterWorks, endingClause: Bool = false) -> Bool {
        guard headEnd < text.count, Self.isDigit(text[headEnd]) || Lexicon.numerals.contains(text[headEnd]),
              let count = countEnd(at: headEnd, limit: min(text.count, headEnd + 8)) else { return false }
        // A space typeset before the clause's mark (50个 ,) ends nothing of its own.
        var after = count
        while after < text.count, text[after] == " " { after += 1 }
        return classifiers.contains(text[count - 1]) && (!endingClause || after == text.count || Lexicon.clauseEnds.contains(text[after]))
    }

    /// Whether a count or rank around the name ending in the head `headStart..<headEnd` makes it one of a
    /// kind (7座试点郊野公园, 组建34支|志愿服务队, 两个风电项目, 开展3个专项行动): no name of its own.
    func countsAKind(_ type: EntityType, start: Int, headStart: Int, headEnd: Int) -> Bool {
        // Counted or qualified sites are kinds (村里一个环湖公园, 7座试点郊野公园), and so are sites
        // counted inside the body before their rank (…公园|3个国家4A级旅游|景区).
        // A site counted right after it, ending the clause (…现代农业园区17个、, …旅游景区2个、), is a kind.
        if type == .place, isCounted(start, before: headStart) || countsRankedSites(start, headStart)
            || isCounted(after: headEnd, endingClause: true) { return true }
        // So are bodies counted by theirs, before or after (组建34支|志愿服务队, “8+N”志愿服务队|980支,
        // but not 实验小学|两所“…机房”, which counts what follows).
        if type == .institution, isCountedBody(start: start, headStart: headStart, headEnd: headEnd) { return true }
        // So are projects counted by theirs (两个风电项目, 3个光伏项目, 32个…治理工程); what counts a thing the works
        // build (县城8条老街改造) or a capacity (5万吨…项目) does not make a class, nor does the count of a list's
        // items before works of 工程 (红旗水库、干龙潭水库等11个…整治工程).
        let worksHead = WordKey(text, headStart, headEnd - headStart)
        if type == .project, worksHead == Lexicon.projectHead || (worksHead == Lexicon.worksHead && !countsListedItems(before: start)),
           isCounted(start, before: headStart, by: Lexicon.projectClassifiers), ordinalStart(in: start..<headStart) == nil { return true }
        // So are works ranked by an ordinal and a classifier of things (全省第一条名优茶…生产线): the first of a kind.
        if type == .project, text[start] == "第", let numeralEnd = (start + 1..<headStart).first(where: { !isNumeral(text[$0]) }),
           numeralEnd > start + 1, Lexicon.rankedThingClassifiers.contains(text[numeralEnd]) { return true }
        // So are lines counted by theirs, before or in the body (拥有7条|精粉生产线, 两条米线生产线): a plant's
        // equipment, no works.
        if type == .project, WordKey(text, headStart, headEnd - headStart) == Lexicon.productionLineHead, isCountedLine(start, headStart) { return true }
        // And so is the works of a line counted so (又一条|日产4500吨…熟料生产线|项目).
        if type == .project, headStart - start > 3, WordKey(text, headStart - 3, 3) == Lexicon.productionLineHead,
           isCountedLine(start, headStart - 3) { return true }
        // So are works of any head after a vague quantity (捐建一批|安全饮水工程).
        if type == .project, (2...3).contains(where: { start >= $0 && Lexicon.vagueQuantities.contains(WordKey(text, start - $0, $0)) }) { return true }
        // So are drives counted by theirs (完成7个垃圾分类示范达标小区创建, 开展3个专项行动), though not by an
        // ordinal (第十五个…宣传月).
        if type == .programme, isCounted(start, before: headStart, by: Lexicon.projectClassifiers), ordinalStart(in: start..<headStart) == nil { return true }
        // So are activities counted inside what was grown, before words of their kind only (串联|十余项|主题活动).
        if type == .programme, countsActivities(start, headStart) { return true }
        // A works after the last item of a list and the list's count (A、B|10座水库除险加固工程) names no works of
        // its own: the items share the count's head.
        if type == .project, start > 0, text[start - 1] == "、", start + 3 < headStart,
           ((start + 2)...min(start + 4, headStart - 1)).contains(where: { index in
               isNumeral(text[index]) && !isNumeral(text[index - 1])
                   && countEnd(at: index, limit: headStart).map { Lexicon.classifiersAfterWorks.contains(text[$0 - 1]) } == true
           }) { return true }
        // So are works of each of a kind (各|农村水厂提标升级项目).
        if type == .project, start > 0, text[start - 1] == "各" { return true }
        // So are works of any head counted by a classifier of sites before words of a kind only (可设2家|生猪屠宰场,
        // 建成3座|标准化屠宰场).
        if type == .project, start + 1 < headStart, let classifier = (start + 1..<headStart).last(where: { Self.siteClassifiers.contains(text[$0]) }),
           Self.isDigit(text[classifier - 1]) || Lexicon.numerals.contains(text[classifier - 1]),
           classifier + 1 == headStart || namesNothing(classifier + 1, headStart, generic: Lexicon.genericModifiers) { return true }
        return false
    }

    /// The classifiers that count sites and works (家, 座, 处, 所).
    static let siteClassifiers = ScalarSet("家座处所")

    /// Classifiers of a works' capacity before its kind (20万|锭|纺纱项目, spindles).
    static let capacityClassifiers = ScalarSet("锭")
    /// Characters that make a number large (200|万|件, 3|亿|元).
    static let largeNumberCharacters = ScalarSet("万亿千")
}
