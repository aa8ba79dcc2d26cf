/// The checks on a head alone, before any name is grown from it: the words around the head say it is
/// a verb's object (按照|计划, 抓|项目), a kind (县级|医院, 本|规划), a length (…10千伏线路|16.66公里), a
/// division's name (汤|古镇) or a title (3A级景区|村庄), and no name ends there.
extension NameGrower {
    /// 片区, the parts of a place.
    static let partsHead = WordKey("片区".unicodeScalars)!

    /// What makes 节 begin a show (节目) or a day (节日).
    static let showOrDayCharacters = ScalarSet("目日")

    /// What names a campus by its side or age alone (西校区, 新校区, 老校区).
    static let campusQualifiers = ScalarSet("东西南北新老")

    /// Whether the head `headStart..<headEnd` of `type` ends no name, whatever would be grown before it.
    func refusesHeadAlone(type: EntityType, headStart: Int, headEnd: Int) -> Bool {
        // A body's head whose first character ends a verb begun before it (加|工坊 of 加工坊) is cut from that verb: no head.
        if type == .institution, headStart >= 1, headEnd - headStart == 2, isAct(at: headStart - 1) { return true }
        // A site's head right after a verb that ends what stands before (包括|水库枢纽工程) is its object, a kind; a
        // street may be named by the verb (建设|路).
        if type == .place, headStart > 0, marks[headStart] & Mark.boundaryEnd != 0, verbEnds(at: headStart),
           !head(headStart, headEnd, isIn: Lexicon.streetHeads), !Self.streetCharacters.contains(text[headStart]) { return true }
        // Joint holding (…煤矿|合资|控股) says who owns a company: 控股 there is a verb, no head.
        if type == .institution, headStart >= 2, WordKey(text, headStart, headEnd - headStart) == Self.holdingHead,
           Self.jointOwnershipWords.contains(WordKey(text, headStart - 2, 2)) { return true }
        // A festival's 节 that begins 节目 or 节日 (民俗文化|节目, 传统文化|节日) is a show's or a day's, no festival.
        if type == .programme, headEnd < text.count, text[headEnd - 1] == "节", Self.showOrDayCharacters.contains(text[headEnd]) { return true }
        // A works act after 经 (后经|扩建、改造) says what was done to a thing named before: no name.
        if type == .project, headStart > 0, text[headStart - 1] == "经" { return true }
        // A works head right after a list's joiner (测风塔及|项目建设) is an item of its own, the bare kind: no name.
        if type == .project, headStart > 0, Lexicon.listJoiners.contains(text[headStart - 1]) || text[headStart - 1] == "与" { return true }
        // A village's parts by direction (刘家寨村东西|片区) are the village's, no site of their own.
        if type == .place, headStart >= 3, Recognizer.directions.contains(text[headStart - 1]),
           let placeStart = placeStarts[headStart - 1] ?? (Recognizer.directions.contains(text[headStart - 2]) ? placeStarts[headStart - 2] : nil),
           placeLevels[placeStart].map({ $0 >= .village }) ?? (text[headStart - 2] == "村" || text[headStart - 3] == "村"),
           WordKey(text, headStart, headEnd - headStart) == Self.partsHead { return true }
        // A campus named by a direction or its age alone (莅临|西校区, 新校区) is a school's part spoken of, no name;
        // one right after its school (…实验小学|东校区) is grown with the school.
        if type == .institution, head(headStart, headEnd, isIn: Lexicon.campusHeads), headStart >= 1,
           Self.campusQualifiers.contains(text[headStart - 1]), headStart == 1 || marks[headStart - 1] & Mark.institutionHeadEnd == 0 { return true }
        // A head right after a superlative (全线最长|隧道, 最大|…) is the kind it ranks: no name.
        if headStart >= 2, text[headStart - 2] == "最", Self.isIdeograph(text[headStart - 1]) { return true }
        // 好 before 项目 (致富好项目, 大项目、好项目) praises a kind of works: no name.
        if type == .project, headStart >= 1, text[headStart - 1] == "好", WordKey(text, headStart, headEnd - headStart) == Lexicon.projectHead { return true }
        if (3...4).contains(where: { headStart + $0 > headEnd && headStart + $0 <= text.count
            && Lexicon.wordsBeginningWithHeads.contains(WordKey(text, headStart, $0)) }) { return true }
        // A road's kind before a number and 线 (紧挨|国道|318线) is named with them (see numberedRouteLines), not grown.
        if type == .place, head(headStart, headEnd, isIn: Lexicon.roadKinds), headEnd < text.count, Self.isDigit(text[headEnd]) { return true }
        if type == .place, WordKey(text, headStart, headEnd - headStart) == Lexicon.raftingHead,
           headStart == 0 || !Lexicon.raftedWaterCharacters.contains(text[headStart - 1]) { return true }
        // A bus or coach route (镇村公交|线路) is no works.
        if type == .project, headEnd - headStart == 2, text[headStart] == "线", text[headStart + 1] == "路", headStart >= 2,
           Lexicon.busRouteWords.contains(WordKey(text, headStart - 2, 2)) { return true }
        // A works head before 网 names a website (中国污水处理工程网), found from its own head; one before a
        // method or technique (…池塘改造|方法, 改造|技术) names a way of working.
        if type == .project, headEnd < text.count, text[headEnd] == "网" || (headEnd + 2 <= text.count && Lexicon.waysOfDoing.contains(WordKey(text, headEnd, 2))) { return true }
        // 段 names a works only after a road's 至 (…高速宁远至道县段): elsewhere (阶段, 路段) nothing is grown.
        if type == .project, WordKey(text, headStart, headEnd - headStart) == Lexicon.sectionHead,
           !text[max(0, headStart - Self.maximumLength(.project))..<headStart].contains("至") { return true }
        if headEnd >= 2, headEnd + 2 <= text.count, text[headEnd - 1] == "心", Lexicon.wordsAcrossHeadEnds.contains(WordKey(text, headEnd - 2, 4)) { return true }
        if (3...4).contains(where: { headEnd - $0 >= 0 && Lexicon.wordsEndingWithHeads.contains(WordKey(text, headEnd - $0, $0)) }) { return true }
        // A national pilot zone (国家…先行示范区) is a designation, named by its programme head: no site.
        if type == .place, pilotZoneStart(headStart: headStart, headEnd: headEnd) != nil { return true }
        // A works or plan head right after a preposition is its object (县长对照|项目用地图纸, 按照|计划),
        // as 项目 is after a verb of handling works (抓|项目促发展, 谋|项目).
        // So is one after 按 or 据 (按|计划推进, 据|规划): as planned; though 据 may end a noun (大数据|产业园).
        if type == .project || type == .programme, words.isPreposition(text, headStart - 2, 2)
            || (headStart > 0 && Self.accordanceCharacters.contains(text[headStart - 1]) && !words.has(tag: "n", text, headStart - 2, 2)) { return true }
        if type == .project, headStart > 0, WordKey(text, headStart, headEnd - headStart) == Lexicon.projectHead,
           Lexicon.worksHandlingVerbs.contains(text[headStart - 1]) { return true }
        // An institution's head before 制 names a system of such institutions (图书馆总分馆|制), and one
        // before 名录 or 名单 a list of them (…家庭农场|名录系统).
        // A limited company's full name ends before what it makes (…酱酒有限公司|制酒车间): its 制 begins a word.
        if type == .institution, headEnd < text.count, text[headEnd] == "制",
           !(headEnd - headStart >= 4 && Self.limitedCompanyEndings.contains(WordKey(text, headEnd - 4, 4))) { return true }
        // A body's board (供销社|理事会) is the body, named by its own head.
        if type == .institution, marks[headStart] & Mark.institutionHeadEnd != 0, head(headStart, headEnd, isIn: Lexicon.boardHeads) { return true }
        // A board's term (商会第二届|理事会, 新一届|理事会) is the body's board, no body of its own.
        if type == .institution, headStart > 0, text[headStart - 1] == "届", head(headStart, headEnd, isIn: Lexicon.boardHeads) { return true }
        if type == .institution, headEnd + 2 <= text.count, Lexicon.listWords.contains(WordKey(text, headEnd, 2)) { return true }
        // A programme head right after a body or department (…文化和旅游厅|改革发展处) is that body's business.
        if type == .programme, marks[headStart] & Mark.bodyEnd != 0 { return true }
        // A programme's head before 情况 is what goes on (野生动物活动|情况), no event.
        if type == .programme, headEnd + 2 <= text.count, WordKey(text, headEnd, 2) == Lexicon.situationWord { return true }
        // A plan followed by its verb is the verb (…迁建项目|计划投资2亿元): it plans, it names nothing.
        if type == .programme, isPlanVerb(headStart: headStart, headEnd: headEnd) { return true }
        // A head that begins a title is the title's (…工程|项目经理); a rank before an institution head makes a class (县级医院).
        if startsPostTitle(at: headStart) { return true }
        if type == .institution, headStart >= 2, text[headStart - 1] == "级", Lexicon.rankedLevels.contains(text[headStart - 2]) { return true }
        // So does a rank and those above or below it (二级以上|医院).
        if type == .institution, headStart >= 4, "上下".unicodeScalars.contains(text[headStart - 1]), text[headStart - 2] == "以", text[headStart - 3] == "级" { return true }
        // A plan before a particle of aspect (西吴镇规划|了…) is the verb, as 创建 is (创建了): no plan named.
        if type == .programme, head(headStart, headEnd, isIn: Lexicon.planWords), headEnd < text.count, Self.aspectParticles.contains(text[headEnd]) { return true }
        // A plan after an adverb of one character (正|计划, 拟|规划) is the subject's planning, no plan named.
        if type == .programme, headStart > 0, Lexicon.planAdverbs.contains(text[headStart - 1]), head(headStart, headEnd, isIn: Lexicon.planWords) { return true }
        // A head right after an adverb is a verb (对养老设施进一步|规划布局).
        // So does one after 下一步 (下一步|计划安排): the next step's plan is no named plan.
        if type == .programme || type == .project, (2...3).contains(where: { (words.isAdverb(text, headStart - $0, $0)
            && !Lexicon.phases.contains(WordKey(text, headStart - $0, $0))) || (headStart >= $0 && Lexicon.wordsBeforeUnnamedPlans.contains(WordKey(text, headStart - $0, $0))) }) { return true }
        // Lines and pipes of a voltage or a use measured right after their head (…10千伏线路|16.66公里, 雨水管网|345米)
        // are lengths of a kind; a named line stays one (…弋林跨河线路|5KM).
        if type == .project, headEnd < text.count, headStart >= 2, Self.isDigit(text[headEnd]), head(headStart, headEnd, isIn: Lexicon.measuredWorksHeads),
           Lexicon.kindsOfLine.contains(WordKey(text, headStart - 2, 2)) { return true }
        // A plan pointed at (本|规划, 该|方案) is the one the text is about or just named, no name written here.
        if type == .programme, headStart > 0, Self.pointingMarks.contains(text[headStart - 1]),
           Lexicon.planWords.contains(WordKey(text, headStart, headEnd - headStart)) { return true }
        // A plan after nothing but a verbal noun that begins the clause (“调整|规划, 会上，调整|计划) is the act on a plan.
        if type == .programme, headStart >= 2, Lexicon.planWords.contains(WordKey(text, headStart, headEnd - headStart)),
           headStart == 2 || Lexicon.clauseEnds.contains(text[headStart - 3]) || Self.openingMarks.contains(text[headStart - 3]),
           words.tag(of: String(scalars: text[(headStart - 2)..<headStart])) == "vn" { return true }
        // A works' plan (…发电项目|规划场区, …工程|规划) is the works' own business: the works is the name.
        if type == .programme, headStart >= 2, Lexicon.classHeads.contains(WordKey(text, headStart - 2, 2)),
           head(headStart, headEnd, isIn: Lexicon.planHeads) { return true }
        // 规划 before a verb of works is the verb (…种植基地|规划|种植黄精3000亩, 规划|建设): no plan is named.
        if type == .programme, head(headStart, headEnd, isIn: Lexicon.planHeads), headEnd + 2 <= text.count,
           words.isVerb(text, headEnd, 2) || Lexicon.worksVerbs.contains(WordKey(text, headEnd, 2)) { return true }
        // 规划 after what it is fitted to (结合住户实际情况|规划燃气管道, 根据群众需求|规划) is the verb: no plan named.
        if type == .programme, head(headStart, headEnd, isIn: Lexicon.planHeads), headStart >= 2,
           Self.groundsOfPlanning.contains(WordKey(text, headStart - 2, 2)) { return true }
        if type == .place, endsInsidePlace(headEnd) || beginsVillageName(headStart: headStart, headEnd: headEnd) { return true }
        // A site after someone coming or going (带着孩子|来|公园散步) is where they go, no name's head.
        if type == .place, headStart >= 3, Self.goingVerbs.contains(text[headStart - 1]), words.contains(text, headStart - 3, 2),
           !words.contains(text, headStart - 2, 2) { return true }
        // A site's head that ends a division's name (汤|古镇 of 汤古镇, the town) is the division's.
        if type == .place, placeCover[headStart] == headEnd, placeStarts[headStart] == nil { return true }
        // A site's head at the end of a longer one (高|新区 of 高新区) is that head's to grow.
        if type == .place, headHit(endingAt: headEnd, where: { hit in
            guard hit.start < headStart, case .head(.place) = hit.payload else { return false }
            return true
        }) != nil { return true }
        // A scenic-area rating before 村庄 (3A级景区|村庄) is a title of villages, no site.
        if type == .place, head(headStart, headEnd, isIn: Lexicon.scenicAreaHeads), headEnd < text.count, text[headEnd] == "村" { return true }
        // A street's head before 村 or 社区 begins a village's name (临颍县|南街村), no street.
        if type == .place, head(headStart, headEnd, isIn: Lexicon.streetHeads), headEnd < text.count, "村社".unicodeScalars.contains(text[headEnd]) { return true }
        // A direction after a verb of watching (欣赏|北路戏曲, 观看|东路花灯) names a kind of show, no street.
        if type == .place, head(headStart, headEnd, isIn: Lexicon.streetHeads), headStart >= 2,
           Lexicon.watchingVerbs.contains(WordKey(text, headStart - 2, 2)) { return true }
        return false
    }

    static let holdingHead = WordKey("控股".unicodeScalars)!
    /// How owners hold a company together (合资|控股, 参股).
    static let jointOwnershipWords = Lexicon.phrases(["合资", "参股", "共同"])
    /// How the full legal forms of a company end (…有限公司, …有限责任公司): they name one company, never a system.
    static let limitedCompanyEndings = Lexicon.phrases(["有限公司", "责任公司"])
}

extension NameGrower {
    /// Verbs of coming and going, which a site they go to follows (孩子|来|公园).
    static let goingVerbs = ScalarSet("来去")
    /// What planning is fitted to (实际情况, 群众需求, 发展需要): a plan is not named by it.
    static let groundsOfPlanning = Lexicon.phrases(["情况", "实际", "需要", "需求", "要求", "特点", "条件", "意愿"])
}
