/// The checks on a name once its start is found: where the start moves past words that are no part of the
/// name (a group before its subsidiary, a community before its village, a kind ranked by a superlative), and
/// the words from the start to the head that make the whole a class, a title, a kind or a figure of speech
/// rather than one thing's name (各大|医院, 国家级|…示范区, 生态涵养|保护区).
extension NameGrower {
    /// The start of the name of `type` found at `start` for the head `headStart..<headEnd`, moved past words
    /// that are no part of it, or nil where what begins there is no name at all.
    func adjustedStart(type: EntityType, start found: Int, headStart: Int, headEnd: Int) -> Int? {
        var start = found
        if type == .institution, let group = groupStart(beforeSubsidiaryAt: start, headEnd: headEnd) { start = group }
        // 和 right after a body's head joins two bodies (县人民医院|和|中医院): the second begins after it.
        if type == .institution, text[start] == "和", start > 0, start + 1 < headStart, marks[start] & Mark.institutionHeadEnd != 0 { start += 1 }
        // A body begun right after a digit is the end of a count (6室2厅1|协会), no name.
        if type == .institution, start > 0, Self.isDigit(text[start - 1]) { return nil }
        // A village after its community (东大街社区|长义新村) begins after it: the community is named on its own.
        if type == .place, text[headEnd - 1] == "村", let communityEnd = placeEnds[start], communityEnd <= headStart - 2,
           WordKey(text, communityEnd - 2, 2) == Lexicon.communityWord { start = communityEnd }
        // A kind ranked by a superlative before the name (全线最长隧道|金斗隧道) is no part of it.
        if type == .project || type == .place, headStart - start >= 5,
           let kindEnd = ((start + 3)..<(headStart - 1)).last(where: { end in
               marks[end] & (Mark.headEnd | Mark.placeHeadEnd) != 0 && headHit(endingAt: end, where: { $0.start >= start + 2 && text[$0.start - 2] == "最" }) != nil
           }) { start = kindEnd }
        // A port's district and its operating area are written in a chain after the port (福州港|罗源湾港区|可门作业区):
        // each is named on its own, from after the port's or the district's 港 or 港区.
        if type == .place, head(headStart, headEnd, isIn: Self.portAreaHeads),
           let portEnd = ((start + 1)..<max(start + 1, headStart - 1)).last(where: { end in
               text[end - 1] == "港" || (end >= 2 && text[end - 2] == "港" && text[end - 1] == "区" && marks[end] & Mark.placeHeadEnd != 0)
           }), !namesNothing(portEnd, headStart, generic: Lexicon.genericModifiers, placesName: true) { start = portEnd }
        return start
    }

    /// A port's districts and their operating areas (罗源湾港区, 可门作业区).
    static let portAreaHeads = Lexicon.phrases(["港区", "作业区"])

    /// Whether the words from `start` to the head `headStart..<headEnd` make a class, a title, a kind or a
    /// figure of speech of `type`, no one thing's name: read before the type is reconsidered.
    func namesAClassOrFigure(type: EntityType, start: Int, headStart: Int, headEnd: Int, kinds: Lexicon.HeadKinds) -> Bool {
        // A rank by size (第二大|水电站, 第3大港口) begins a kind ranked, no name.
        if headStart - start >= 3, text[start] == "第", let rank = (start + 2...min(start + 3, headStart - 1)).first(where: { text[$0] == "大" }),
           (start + 1..<rank).allSatisfy({ Lexicon.numerals.contains(text[$0]) || Self.isDigit(text[$0]) }) { return true }
        // A policy is named by a count or a quotation (殡葬六免政策, “1+N”政策); otherwise it is a kind (创业扶持政策).
        // A numeral that begins a common word (多种) or stands for many or none (更|多群众, 零距离) counts nothing, and a
        // quotation names it only with nothing but generic words after it (“零距离”|了解医疗保险|政策 is a clause).
        if type == .programme, WordKey(text, headStart, headEnd - headStart) == Lexicon.policyHead,
           !text[start..<headStart].indices.contains(where: { index in
               (Self.closingQuoteMarks.contains(text[index]) && namesNothing(index + 1, headStart, generic: Lexicon.genericModifiers)) || Self.isDigit(text[index])
                   || (Lexicon.numerals.contains(text[index]) && text[index] != "多" && text[index] != "零"
                       && !(2...3).contains(where: { index + $0 <= headStart && (Lexicon.vagueQuantities.contains(WordKey(text, index, $0)) || words.contains(text, index, $0)) }))
           }) { return true }
        // Every major one (各大|杨梅观光采摘园, 各大|医院, …等地各大|超市) is a class.
        if (max(0, start - 1)..<max(start, headStart - 1)).contains(where: { text[$0] == "各" && text[$0 + 1] == "大" }) { return true }
        // A township's or county's built-up streets (冢头镇|街区) are its centre, no site of their own.
        if type == .place, WordKey(text, headStart, headEnd - headStart) == Lexicon.blockHead, placesRun(from: start) == headStart { return true }
        // A superlative (有史以来最大|水利枢纽工程, 最长|…) describes the greatest of a kind, no name.
        if type == .project || type == .place, (start..<max(start, headStart - 1)).contains(where: { text[$0] == "最" && Self.isIdeograph(text[$0 + 1]) }) { return true }
        // A place of a batch (广西|首批特色小镇) is a title of a class of places, no place.
        if type == .place, (start..<max(start, headStart - 1)).contains(where: { WordKey(text, $0, 2) == Lexicon.firstBatchWord }) { return true }
        // An activity one engages in (从事|沙棘经济活动) is a trade, no programme.
        if type == .programme, start >= 2, kinds.contains(.activity), WordKey(text, start - 2, 2) == Lexicon.engagingWord { return true }
        if countsAKind(type, start: start, headStart: headStart, headEnd: headEnd) { return true }
        // A works of a bare institution head (异地新建|卫生院项目) is one of a kind.
        if type == .project, headHit(endingAt: headStart, where: { $0.start == start && $0.payload.isInstitutionHead }) != nil { return true }
        // So is a works of a park named by its sector alone (跨境电商|产业园|项目).
        if type == .project, headStart - start > 3, WordKey(text, headStart - 3, 3) == Self.industrialParkHead,
           namesNothing(start, headStart - 3, generic: Lexicon.genericModifiers, placesName: true) { return true }
        // A rank before a site's head (国家级|生态文明建设示范区) makes a title, not a place; so does the whole
        // country or province it is first in (锚定全国|动力储能电池产业示范园区).
        if type == .place, start > 0, text[start - 1] == "级" || (start >= 2 && Lexicon.nationwideWords.contains(WordKey(text, start - 2, 2))) { return true }
        // Bodies of a level and another in brackets (镇(街道)档案馆, 村(社区)服务站) are one in each such division: a class.
        if type == .institution, headStart - start >= 5,
           ((start + 1)..<(headStart - 3)).contains(where: { bracketsAnotherLevel(open: $0, before: headStart) }) { return true }
        // A body named with a year (忠县2018年基层…中心) or with the level of the divisions below a county
        // (麻阳|村级…中心, 建|村级…服务站) is the work of a year or a class of every such division, no body.
        if type == .institution, headStart - start >= 4, ((start + 1)..<(headStart - 1)).contains(where: { index in
            text[index] == "年" && Self.isDigit(text[index - 1]) || Lexicon.lowerLevelWords.contains(WordKey(text, index - 1, 2))
        }) { return true }
        // Courts named by 人民 alone (人民法庭, 人民法院) are the kind.
        if type == .institution, headStart - start == 2, WordKey(text, start, 2) == Lexicon.peopleWord,
           head(headStart, headEnd, isIn: Lexicon.courtHeads) { return true }
        // 最美, 优秀 or 先进 begins a title conferred (最美乡村卫生院, 优秀商会, 先进集体), no name.
        if headStart - start >= 2, Lexicon.titleWords.contains(WordKey(text, start, 2)) { return true }
        if describesKind(type, start: start, headStart: headStart) { return true }
        // Bodies of two levels at once (省市|妇联, 市县|残联) are a class, as departments are.
        if type == .institution, headStart - start >= 2, (start..<headStart).allSatisfy({ Self.bodyLevelCharacters.contains(text[$0]) }) { return true }
        // What is said of the place at hand (当地|丝绸公司, 本地|龙头企业) is pointed at, not named; so are
        // sites and bodies of a size bound (200只以上|规模养殖场), the first of a kind (永泰首家|五星级温泉酒店)
        // and several of one (多个|温泉旅游综合体).
        if (start..<max(start, headStart - 1)).contains(where: { Lexicon.describingWords.contains(WordKey(text, $0, 2))
            || (text[$0] == "多" && Lexicon.measureCharacters.contains(text[$0 + 1])) }) { return true }
        // So is a thing named by its kind alone after a demonstrative (这一|综合性婚姻服务综合体), though one with
        // a place of its own is named (这一|宁远县人民医院综合楼).
        if start >= 2, Lexicon.demonstratives.contains(WordKey(text, start - 2, 2)),
           !(start..<headStart).contains(where: { placeEnds[$0] != nil }) { return true }
        // A body's own head after 本, 该 or 我 (育植|本公司, 该合作社) points at a body named before; a
        // subsidiary (全资子公司) is a company's tie to another.
        if type == .institution, headStart > start, Self.selfReferences.contains(text[headStart - 1]), placeCover[headStart - 1] == 0,
           !words.hasWord(in: text, endingAt: headStart, startingBefore: headStart - 1) { return true }
        if type == .institution, let tie = [headStart, headStart - 1].first(where: { $0 >= 2 && $0 + 3 <= headEnd && WordKey(text, $0, 3) == Lexicon.subsidiaryWord }),
           tie - start <= 2, start == tie || Lexicon.ownershipTies.contains(WordKey(text, tie - 2, 2)) { return true }
        // Two levels written together (县乡|搬迁服务队, 市县|两级…) begin a class of both levels' bodies or works,
        // unless the second begins a word (县|乡村振兴局).
        if headStart - start >= 2, Lexicon.levelPairs.contains(WordKey(text, start, 2)), !words.contains(text, start + 1, 2) { return true }
        // A body's many or all of a kind (通城县众多|商会, 所有|学校, 各类|核桃合作社) are a class; written
        // before a body's members (部分|市女企业家协会|会员), the word counts the members.
        if type == .institution, (start >= 2 && Lexicon.wholeClassWords.contains(WordKey(text, start - 2, 2))
                                  && !(headEnd + 2 <= text.count && Lexicon.memberWords.contains(WordKey(text, headEnd, 2))))
            || (start..<max(start, headStart - 1)).contains(where: { Lexicon.wholeClassWords.contains(WordKey(text, $0, 2)) }) { return true }
        // A body's outlets of a kind (…总工会|户外劳动者服务站点) are a class of that body's.
        if type == .institution, headStart - start > 2, head(headStart, headEnd, isIn: Lexicon.outletHeads),
           ((start + 2)...headStart).contains(where: { marks[$0] & Mark.institutionHeadEnd != 0
               && namesNothing($0, headStart, generic: Lexicon.genericRanksAndKinds) }) { return true }
        // A sub-district of a kind or title (信用|街道, 信用示范|街道), or after a bare level word (镇|街道: towns
        // and sub-districts), is no sub-district's name; nor are the streets of a kind of place (乡间|街道).
        if type == .place, headStart - start >= 1, WordKey(text, headStart, headEnd - headStart) == Lexicon.subdistrictHead,
           headStart - start == 1 || Lexicon.villageKinds.contains(WordKey(text, headStart - 2, 2))
            || (headStart - start == 2 && Lexicon.genericPlaceWords.contains(WordKey(text, start, 2))) { return true }
        // An activity's venue (全民健身活动|场地) is no activity.
        if type == .programme, headEnd + 2 <= text.count, Lexicon.venueWords.contains(WordKey(text, headEnd, 2)) { return true }
        // And the place before the direction is the area's (桥南|区域 holds 桥).
        if type == .place, WordKey(text, headStart, headEnd - headStart) == Lexicon.areaHead, headStart - start < 2 { return true }
        // A place-like phrase in quotation marks is a figure of speech (铺就“康庄大道”), not a site.
        if type == .place, start > 0, text[start - 1] == "“", headEnd < text.count, text[headEnd] == "”" { return true }
        // So is a quoted body's name that counts units (“全国已建成64万多个…服务站”, “建强百家…服务站”): a figure or a slogan.
        if type == .institution, isQuotedWhole(start, headEnd), countsUnits(in: start..<headStart) { return true }
        // A firm named by its trade (曲辰|种业) has a trade name before the head, not a common noun of the trade (农作物|种业),
        // and no word of the sector after it (油橄榄种业|产业).
        if type == .institution, head(headStart, headEnd, isIn: Lexicon.tradeFirmHeadKeys),
           ((2...4).contains(headStart - start) && words.contains(text, start, headStart - start) && words.tag(in: text, at: start) == "n")
            || (headEnd + 2 <= text.count && Lexicon.sectorWords.contains(WordKey(text, headEnd, 2))) { return true }
        // A contest named by what is done in it alone (稻谷收割|比赛, 摸稻花鱼|比赛) is a kind; a named one is written
        // with its place, year, edition, quotation or event (湾井镇第二届…比赛, 全国残运会|跳绳比赛, 丰收节…比赛).
        if type == .programme, let contest = contestEnd(headStart: headStart, headEnd: headEnd),
           !(start..<max(start, contest)).contains(where: { placeEnds[$0] != nil || Self.isDigit(text[$0]) || Self.eventCharacters.contains(text[$0])
               || QuotedNames.quoteMarks.contains(text[$0]) || marks[$0] & Mark.knownStart != 0 }) { return true }
        // Getting on or off a highway (汪洋镇下|高速公路) names no road.
        if type == .project, headStart > 0, head(headStart, headEnd, isIn: Lexicon.roadHeads), "上下进出驶".unicodeScalars.contains(text[headStart - 1]) { return true }
        return false
    }

    /// Whether the words from `start` to the head `headStart..<headEnd`, read as `type`, name only a kind (generic
    /// words, a kind of village, goods and size, a verb's object): read once the type is settled.
    func namesAKindOnly(type: EntityType, start: Int, headStart: Int, headEnd: Int, kinds: Lexicon.HeadKinds) -> Bool {
        // A body named by what it turns out a day or a year (日产150吨|大米加工厂) is a kind of plant, no one plant.
        if type == .institution, start + 2 < headStart, Self.outputWords.contains(WordKey(text, start, 2)) { return true }
        // A place's homestays (打响|宁远|民宿|特色品牌) are its trade in lodging, no one house.
        if type == .institution, placeEnds[start] == headStart, WordKey(text, headStart, headEnd - headStart) == Self.homestayHead { return true }
        // A canteen named by whom it serves alone (幸福|食堂, 长者|食堂, 社区|老年|食堂), unquoted, is a kind of canteen;
        // one canteen is written with its place (古埂社区|老年食堂) or in quotation marks (李梅村“长者食堂”).
        if type == .institution, WordKey(text, headStart, headEnd - headStart) == Self.canteenHead, !isQuotedWhole(start, headEnd),
           namesNothing(start, headStart, generic: Self.canteenKinds, placesName: true) { return true }
        // Generic words right after 为 close the frame 以…为 (以民宿为|核心|改扩建周边房屋, 以村部为|主体|改造): the act
        // after them is a verb, no works. The act may be read from its last characters (核心改|扩建): the generic
        // words end where the whole act begins.
        if type == .project, start > 0, text[start - 1] == "为" {
            let actStart = headStart > start && Lexicon.worksActWords.contains(WordKey(text, headStart - 1, headEnd - headStart + 1)) ? headStart - 1 : headStart
            if namesNothing(start, actStart, generic: Lexicon.genericModifiers) { return true }
        }
        // A works' act followed by 而成 says what a thing was made from (由…办公室改建|而成), no works.
        if type == .project, headEnd + 2 <= text.count, text[headEnd] == "而", text[headEnd + 1] == "成" { return true }
        // One character before generic words (在|徐|投资项目: 徐州) is an abbreviation said of works of a kind, no name.
        if type == .project, headStart - start >= 3, Self.isIdeograph(text[start]), placeCover[start] == 0, marks[start] & Mark.knownStart == 0,
           !words.contains(text, start, 2), (2...4).contains(where: { Lexicon.genericModifiers.contains(WordKey(text, start + 1, $0)) }),
           namesNothing(start + 1, headStart, generic: Lexicon.genericModifiers) { return true }
        // A works described by its type (无调节河床式|水电站, 引水式径流|电站; not a word such as 模式) and no place is a kind of works.
        if type == .project, headStart - start >= 3, ((start + 2)..<headStart).contains(where: { text[$0] == "式" && !words.contains(text, $0 - 1, 2) }),
           !(start..<headStart).contains(where: { placeEnds[$0] != nil || placeCover[$0] != 0 || QuotedNames.quoteMarks.contains(text[$0]) }) { return true }
        // Two kinds of works joined by 和, a common word before it and common words or one character after it
        // (船闸和|变电站, 厂房和|变电站), name no works.
        if type == .project, headStart - start >= 3, let joiner = ((start + 2)..<headStart).first(where: { text[$0] == "和" }),
           isCommonWord(start, joiner),
           headStart - joiner <= 2 || isCommonWord(joiner + 1, headStart) { return true }
        if type == .project, ranksProjectsOfAWorks(start: start, headStart: headStart, headEnd: headEnd) { return true }
        if type == .project || type == .programme, namesAClass(start: start, headStart: headStart, headEnd: headEnd, kinds: kinds) { return true }
        // So are works of a kind of village (中心村|电网改造, 贫困村|项目).
        if type == .project, start + 3 <= headStart, text[start + 2] == "村", Lexicon.villageKinds.contains(WordKey(text, start, 2)) { return true }
        // A zone or site named by generic words only (生态涵养保护区, 国家全域旅游示范区) is a kind, not a place;
        // a road's number names it (106国道).
        if type == .place, !head(headStart, headEnd, isIn: Lexicon.roadKinds), namesNothing(start, headStart, generic: Lexicon.genericModifiers, placesName: true),
           !isStreetNamedByWord(start: start, headStart: headStart, headEnd: headEnd) { return true }
        // So is a market named by its goods and size alone (大型|水果|批发市场, 农产品|交易市场).
        if type == .place, head(headStart, headEnd, isIn: Lexicon.marketHeads), namesOnlyGoods(start, headStart) { return true }
        // A village written with its kind has a short name of its own (王楼|行政村), no body's, count's or word's
        // (农业农村部|行政村, 3000吨|行政村, 贫困|行政村).
        if type == .place, head(headStart, headEnd, isIn: Lexicon.villageKindHeads),
           !(2...4).contains(headStart - start) || !Recognizer.isBareNameBody(text[start..<headStart], levelsAllowed: false)
            || words.contains(text, start, headStart - start) || (start..<headStart).contains(where: { marks[$0] & Mark.institutionHeadEnd != 0 }) { return true }
        // A national programme ending in the head (防灾减灾|宣传周) is named by itself, not by a part of it.
        if type == .programme, lexiconHit(endingAt: headEnd, where: { hit in
            if case .known(.programme) = hit.payload { hit.start < headStart && hit.start <= start } else { false }
        }) != nil { return true }
        // A modal before a verb (采血车就会|开往|活动地点) begins a predicate, no name.
        if type == .programme, headStart - start >= 3, Lexicon.modalCharacters.contains(text[start]), words.isVerb(text, start + 1, 2) { return true }
        // People addressed as a group (同学们|行动迅速, 干部们) name nothing.
        if text[start..<headStart].contains("们") { return true }
        // An activity named by its place and generic words only (在锁南镇|宣传|活动现场) is a kind held there.
        if type == .programme, kinds.contains(.activity), let placeEnd = placeEnds[start], placeEnd < headStart,
           namesNothing(placeEnd, headStart, generic: Lexicon.activityKinds) { return true }
        // A site after 变 is what a thing is turned into (茶园变公园), a figure of speech.
        if type == .place, headStart - start >= 2, text[(start + 1)..<headStart].contains("变") { return true }
        // A site after a verb of going into (群众心声|融入|公园建设, 游客|走进|景区) is that verb's object.
        if type == .place, headStart - start >= 2, Lexicon.placementVerbs.contains(WordKey(text, headStart - 2, 2)) { return true }
        // A site of a site's kind (陵园|广场, 烈士陵园|墓地) is a kind, though streets take such names (公园|路)
        // and name sites (中大街|立交桥).
        if type == .place, !head(headStart, headEnd, isIn: Lexicon.streetHeads),
           headHit(endingAt: headStart, where: { hit in
               guard case .head(.place) = hit.payload, hit.start >= start, !head(hit.start, headStart, isIn: Lexicon.streetHeads) else { return false }
               return hit.start == start || namesNothing(start, hit.start, generic: Lexicon.genericModifiers)
           }) != nil { return true }
        // A plan right after a title in book-title marks and generic words (《…方案》|总体|规划) is that titled plan's.
        if type == .programme, let close = text[start..<headStart].lastIndex(of: "》"),
           close + 1 == headStart || namesNothing(close + 1, headStart, generic: Lexicon.genericModifiers) { return true }
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
            || (headStart - start >= 2 && text[headStart - 2] == "养" && Self.isIdeograph(text[headStart - 1])) { return true }
        if type == .institution, !kinds.contains(.media),
           namesNothing(start, headStart, generic: Lexicon.genericInstitutionModifiers, placesName: true) { return true }
        // A cooperative, an association or an alliance set up (成立|食用菌种植合作社, 成立|花卉协会, 成立了|果业合作社,
        // 建立|产业联盟) and named by common words alone is a kind being set up.
        if type == .institution, start >= 2,
           (3...4).contains(where: { headEnd - $0 >= headStart && Lexicon.cooperativeEndings.contains(WordKey(text, headEnd - $0, $0)) })
               || head(headStart, headEnd, isIn: Lexicon.associationHeads),
           Lexicon.foundingVerbs.contains(WordKey(text, start - 2, 2))
               || (start >= 3 && text[start - 1] == "了" && Lexicon.foundingVerbs.contains(WordKey(text, start - 3, 2))),
           isCommonWord(start, headStart) { return true }
        if type == .institution, namesClassOfBodies(start: start, headStart: headStart, headEnd: headEnd, kinds: kinds) { return true }
        if type == .project, WordKey(text, headStart, headEnd - headStart) == Lexicon.sectionHead, !isRoadSection(start, headStart) { return true }
        return false
    }

    static let industrialParkHead = WordKey("产业园".unicodeScalars)!

    /// 民宿, a homestay: named by its own name (周家院子民宿), not by its place alone (宁远民宿, the county's trade).
    static let homestayHead = WordKey("民宿".unicodeScalars)!

    /// 食堂, a canteen, and the words of whom canteens serve (幸福食堂, 长者食堂, 职工食堂).
    static let canteenHead = WordKey("食堂".unicodeScalars)!
    static let canteenKinds = Lexicon.genericModifiers.union(Lexicon.phrases([
        "幸福", "长者", "老年", "老人", "爱心", "助老", "助餐", "社区", "村级", "职工", "员工", "学生", "机关", "学校", "单位", "集体", "长者幸福", "老年幸福",
    ]))

    /// What a plant turns out in a day, a month or a year (日产, 年产), which sizes a kind of plant.
    static let outputWords = Lexicon.phrases(["日产", "月产", "年产"])

    /// Marks that close a quotation or a title (”, 」, 》).
    static let closingQuoteMarks = ScalarSet("”」》』’")
}
