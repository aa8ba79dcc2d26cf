/// Projects named as another thing's class, not as works of their own: a named works' ranked projects
/// (青岛-安顺共建产业园|重点项目), a zone's by sector or status (…示范区|产业项目) and a quoted programme's
/// (“双百工程”重点项目); and the zones a works is named after (…示范园区建设项目), which their own heads grow.
extension NameGrower {
    /// Whether a 项目 after a named works and words of rank only (青岛-安顺共建产业园|重点项目) names
    /// that works' projects as a class: the works is the name, found from its own head.
    func ranksProjectsOfAWorks(start: Int, headStart: Int, headEnd: Int) -> Bool {
        guard WordKey(text, headStart, headEnd - headStart) == Lexicon.projectHead, start + 2 < headStart - 1 else { return false }
        // A head inside a zone's longer head (示范园|区, 工业园|区: 示范园区) ends nothing.
        return ((start + 2)...(headStart - 1)).contains { end in
            marks[end + 1] & Mark.placeHeadEnd == 0 && (
                (marks[end] & Mark.headEnd != 0 && end < headStart
                    && headHit(endingAt: end, where: { if case .head(.project) = $0.payload { $0.start > start } else { false } }) != nil
                    && isRankOnly(end, headStart))
                // A zone's projects by sector or status only (…乡村振兴示范区|产业项目) are its projects as a class; what
                // it builds names one (…天堂景区|旅游基础设施建设项目), and so does building the zone itself (…示范园区|建设项目).
                || (marks[end] & Mark.placeHeadEnd != 0 && end < headStart && namesNothing(end, headStart, generic: Lexicon.sectorAndStatusWords)
                    && !(headStart - end == 2 && Lexicon.worksActs.contains(WordKey(text, end, 2)) && isNamedZone(endingAt: end))))
        }
    }

    /// Whether the zone whose head ends at `end` has a name before its head (宁远县|工业园区), not the
    /// head alone (自贸区, 园区): building such a zone is a works of its own.
    func isNamedZone(endingAt end: Int) -> Bool {
        guard let zoneHead = headHit(endingAt: end, where: { if case .head(.place) = $0.payload { true } else { false } }),
              let zone = grow(type: .place, headStart: zoneHead.start, headEnd: zoneHead.end).first else { return false }
        return zone.start < zoneHead.start
    }

    /// Whether `start..<end` is made of words of rank only (重点, 签约招商).
    func isRankOnly(_ start: Int, _ end: Int) -> Bool {
        var i = start
        while i < end, let next = genericModifierEnd(at: i, limit: end, in: Lexicon.rankModifiers) { i = next }
        return i == end
    }

    /// The programme quoted before generic words and 项目 (“四个十大”重点项目, 生猪产业“双百工程”重点项目):
    /// those projects are its own, and the programme is named by its quotation; nil for any other body,
    /// and for a township's or village's one project under it (建作村|“旱改水”项目), which the place and quotation name.
    func quotedProgrammeOfProjects(start: Int, headStart: Int, headEnd: Int) -> Candidate? {
        guard let open = text[start..<headStart].lastIndex(of: "“"), let close = text[open..<headStart].firstIndex(of: "”"), close - open >= 3,
              !(close + 1 == headStart && localPlaceEnds.contains(open)),
              close + 1 == headStart || namesNothing(close + 1, headStart, generic: Lexicon.genericModifiers),
              WordKey(text, headStart, headEnd - headStart) == Lexicon.projectHead else { return nil }
        return Candidate(type: .programme, start: open, end: close + 1, priority: 1)
    }

    /// Where the zone whose head ends inside `start..<end` begins as its head grows it (…示范园区 of
    /// …示范园区建设, the walk from the works' head stopped inside it at 示范|园区), or nil where no zone's head is there.
    func zoneStart(within start: Int, _ end: Int) -> Int? {
        guard end - start >= 2, let zoneEnd = ((start + 2)...end).last(where: { marks[$0] & Mark.placeHeadEnd != 0 }),
              let zoneHead = headHit(endingAt: zoneEnd, where: { head($0.start, $0.end, isIn: Lexicon.zoneHeads) }) else { return nil }
        return grow(type: .place, headStart: zoneHead.start, headEnd: zoneHead.end).first.map(\.start)
    }

    /// Whether a power station, or its works, is named by places and the station's kind of power only
    /// (长子|抽水蓄能电站, 万和|风电场, 绩溪|抽水蓄能电站工程): the one station of the place, no class.
    func namesPlacesPowerStation(afterPlaces: Int, headStart: Int, headEnd: Int) -> Bool {
        if head(headStart, headEnd, isIn: Lexicon.powerStationHeads) { return namesNothing(afterPlaces, headStart, generic: Lexicon.kindsOfPower) }
        guard let station = (2...3).first(where: { headStart - $0 > afterPlaces && Lexicon.powerStationHeads.contains(WordKey(text, headStart - $0, $0)) })
        else { return false }
        return namesNothing(afterPlaces, headStart - station, generic: Lexicon.kindsOfPower)
    }

    /// Whether a works is named by places and a public facility each place has one of, before generic
    /// words only (肃州区|公共实训基地|建设项目): the works of the place's one facility, no class.
    func namesPlacesFacility(afterPlaces: Int, headStart: Int) -> Bool {
        guard let facility = Lexicon.placesOwnFacilities.first(where: { text.holds($0, at: afterPlaces) }),
              afterPlaces + facility.count <= headStart else { return false }
        return namesNothing(afterPlaces + facility.count, headStart, generic: Lexicon.genericModifiers)
    }

    /// Where a pilot ends that a works' name is the subject of (…改造|试点, …改造|提升试点), or nil: 试点 right
    /// after the head, or after an act of works, and no name character after it (…试点项目 is the works').
    func pilotEnd(after headEnd: Int) -> Int? {
        let act = (2...3).first(where: { headEnd + $0 + 2 <= text.count && Lexicon.worksActWords.contains(WordKey(text, headEnd, $0))
            && WordKey(text, headEnd + $0, 2) == Lexicon.pilotWord }) ?? 0
        let end = headEnd + act + 2
        guard end <= text.count, WordKey(text, headEnd + act, 2) == Lexicon.pilotWord,
              end == text.count || !Self.isNameCharacter(text[end]) || Lexicon.stopCharacters.contains(text[end]) else { return nil }
        return end
    }
}
