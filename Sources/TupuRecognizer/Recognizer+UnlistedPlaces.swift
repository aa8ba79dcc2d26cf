/// Places the gazetteer lacks or spells otherwise, found by where the text writes them: villages
/// after their township (湾井镇枫木村), townships between their county and a village (应县臧寨乡花寨村)
/// or listed beside other townships, and sub-districts written as their office.
extension Recognizer {
    /// 湾井镇枫木村: two to four characters and 村 right after a township name are a village of
    /// it, listed in the gazetteer or not (official lists and reports spell villages differently); so
    /// are they with 屯, a hamlet (宝坛乡沙坪屯: the natural villages of 广西 and the north-east).
    func unlistedVillages(after places: [Candidate], in text: [Unicode.Scalar]) -> [Candidate] {
        // A township the data lists several of, none the document's (黄桥镇 of 泰兴, of 滕州, …), heads its villages too.
        let townships = places.filter { place in
            place.division?.level == .township
                || (place.division == nil && place.length >= 3 && Self.townshipCharacters.contains(text[place.end - 1]))
        }
        guard !townships.isEmpty else { return [] }
        let townshipEnds = PositionSet(count: text.count, townships.lazy.map(\.end))
        let followed = PositionSet(count: text.count, places.lazy.map(\.start).filter(townshipEnds.contains))
        return townships.compactMap { township in
            guard !followed.contains(township.end) else { return nil }
            for length in 3...5 where township.end + length <= text.count && Self.villageWords.contains(text[township.end + length - 1]) {
                let body = text[township.end..<(township.end + length - 1)]
                // Its 村 begins no word (…镇组织|村民), unless a second 村 follows that does (北庄岭村|村民) or
                // the word is where in the village (龙镇鲍庄村|上: 村上).
                let villageWord = township.end + length - 1
                guard Self.isBareNameBody(body, levelsAllowed: true), !Lexicon.villageKinds.contains(WordKey(text, township.end, length - 1)),
                      !words.contains(text, villageWord, 2) || (text[villageWord + 1] == "村" && words.contains(text, villageWord + 1, 2))
                        || words.has(tag: "s", text, villageWord, 2),
                      !words.contains(text, township.end, length), !words.contains(text, township.end + length - 2, 2),
                      length < 5 || !(0..<3).contains(where: { words.contains(text, township.end + $0, 2) }),
                      // A verb after the township says what it does (湾井镇组建|驻村工作队), and a generic word
                      // what kind of village follows (桥墩镇贫困|山村): no village's name.
                      length < 4 || !(words.isVerb(text, township.end, 2) || Lexicon.genericModifiers.contains(WordKey(text, township.end, 2))) else { continue }
                return Candidate(type: .place, start: township.end, end: township.end + length, priority: 1)
            }
            // A community (武庙集镇|汪小庄社区): two or three characters and 社区.
            for length in 2...3 where township.end + length + 2 <= text.count
                && WordKey(text, township.end + length, 2) == Lexicon.communityWord {
                guard Self.isBareNameBody(text[township.end..<(township.end + length)], levelsAllowed: false),
                      !words.contains(text, township.end, length) else { continue }
                return Candidate(type: .place, start: township.end, end: township.end + length + 2, priority: 1)
            }
            return nil
        }
    }

    /// 军店镇军马村、小峪村和上茅坪村: two to four characters and 村 listed right after a village
    /// (after 、, 和 or 及) are a village too, listed in the gazetteer or not; so are they written right
    /// after a village of the data (东胜村小胡村): a natural village of it.
    func unlistedVillages(listedAfter places: [Candidate], in text: [Unicode.Scalar]) -> [Candidate] {
        let starts = PositionSet(count: text.count, places.lazy.map(\.start))
        let dataVillageEnds = PositionSet(count: text.count, places.lazy.filter { $0.division?.level == .village }.map(\.end))
        var found: [Candidate] = []
        var villageEnds = places.indices.filter { places[$0].type == .place && text[places[$0].end - 1] == "村" }.map { places[$0].end }
        while let end = villageEnds.popLast() {
            let listed = end + 1 < text.count && Lexicon.listJoiners.contains(text[end])
            // A natural village written after its village's committee (畔塘村委|福佬塘村, …村委会|…村) is one of it.
            let committeeEnd = dataVillageEnds.contains(end) ? villageCommitteeEnd(at: end, in: text) : nil
            let start = listed ? end + 1 : committeeEnd ?? end
            guard listed || (dataVillageEnds.contains(end) && end < text.count), !starts.contains(start) else { continue }
            for length in 3...5 where start + length <= text.count && text[start + length - 1] == "村" {
                let body = text[start..<(start + length - 1)]
                guard Self.isBareNameBody(body, levelsAllowed: false), !Lexicon.villageKinds.contains(WordKey(text, start, length - 1)),
                      !words.contains(text, start + length - 1, 2), !words.contains(text, start, length),
                      listed || committeeEnd != nil || isNaturalVillage(start: start, length: length, in: text, placeStarts: starts) else { continue }
                found.append(Candidate(type: .place, start: start, end: start + length, priority: 1))
                villageEnds.append(start + length)
                break
            }
        }
        return found
    }

    /// 与张家庄、王家村携手: two or three characters and 庄 or 村 listed right before a village (before 、,
    /// 和 or 及), after a mark, a function character or a whole word, are a village too.
    func villagesListedBefore(_ places: [Candidate], in text: [Unicode.Scalar]) -> [Candidate] {
        let starts = PositionSet(count: text.count, places.lazy.map(\.start))
        return places.compactMap { village in
            guard village.type == .place, text[village.end - 1] == "村", village.start >= 4, Lexicon.listJoiners.contains(text[village.start - 1]) else { return nil }
            let end = village.start - 1
            return (3...4).lazy.compactMap { length -> Candidate? in
                let start = end - length
                guard start >= 0, !starts.contains(start), Self.listedVillageEnds.contains(text[end - 1]),
                      Self.isBareNameBody(text[start..<(end - 1)], levelsAllowed: false),
                      !words.contains(text, start, length), !words.contains(text, end - 2, 2), !words.contains(text, start, 2),
                      beginsApart(start, in: text) else { return nil }
                return Candidate(type: .place, start: start, end: end, priority: 1)
            }.first
        }
    }

    /// The characters a listed village's name ends with: 村, or 庄 for a hamlet (张家庄).
    static let listedVillageEnds = ScalarSet("村庄")

    /// Whether a name can begin at `start`: at the text's start, after a mark or a function character, or
    /// where a whole word ends (决定与|张家庄).
    private func beginsApart(_ start: Int, in text: [Unicode.Scalar]) -> Bool {
        start == 0 || !NameGrower.isIdeograph(text[start - 1]) || Lexicon.stopCharacters.contains(text[start - 1])
            || words.hasWord(in: text, endingAt: start, startingBefore: start - 1)
    }

    /// 茂林镇潘村村: a village of the data written after its township with a second 村 (the data's 潘村,
    /// 下灌村) is that village, named as written, unless the second 村 begins a word (下灌村|村民, 村委会)
    /// or runs on into one the word list lacks (下灌村|村医): a word or a mark must follow it.
    func villagesWrittenWithSecondVillageWord(after places: [Candidate], in text: [Unicode.Scalar]) -> [Candidate] {
        places.compactMap { township in
            // Only where 村村 follows within a village name's length is the township's list of villages read.
            guard let division = township.division, division.level == .township,
                  stride(from: township.end + 2, to: min(text.count, township.end + 7), by: 1).contains(where: { text[$0] == "村" && text[$0 - 1] == "村" }),
                  let village = DocumentContext.village(of: division, writtenAt: township.end, in: text, gazetteer: gazetteer),
                  village.name.hasSuffix("村") else { return nil }
            let end = township.end + village.name.unicodeScalars.count
            guard end < text.count, text[end] == "村", !words.contains(text, end, 2), !words.contains(text, end, 3),
                  end + 1 == text.count || !NameGrower.isIdeograph(text[end + 1]) || Lexicon.stopCharacters.contains(text[end + 1])
                      || words.contains(text, end + 1, 2) else { return nil }
            return Candidate(type: .place, start: township.end, end: end + 1, priority: 1)
        }
    }

    /// Where a village's committee written right after the village ends (畔塘村|委, …村|委会), or nil.
    private func villageCommitteeEnd(at index: Int, in text: [Unicode.Scalar]) -> Int? {
        guard index + 3 < text.count, text[index] == "委" else { return nil }
        return text[index + 1] == "会" ? index + 2 : index + 1
    }

    /// Whether the two or three characters and 村 at `start`, right after a village, are a natural
    /// village of it (东胜村|小胡村): no count, no place begun inside, and no word begun or ended
    /// there (下灌村|新农村, |四个行政村, |依照石家村), for a kind or a clause is likelier than a name.
    private func isNaturalVillage(start: Int, length: Int, in text: [Unicode.Scalar], placeStarts: PositionSet) -> Bool {
        length <= 4 && !text[start..<(start + length - 1)].contains(where: Lexicon.numerals.contains)
            && !((start + 1)..<(start + length)).contains(where: placeStarts.contains)
            && !(2...3).contains(where: { words.contains(text, start, $0) || (length >= $0 && words.contains(text, start + length - $0, $0)) })
    }

    /// Whether `body` can be the name before 村, 乡 or 镇 of an unlisted village or township: Han
    /// characters, no function character, and (unless `levelsAllowed`) no level character.
    static func isBareNameBody(_ body: ArraySlice<Unicode.Scalar>, levelsAllowed: Bool) -> Bool {
        body.allSatisfy { NameGrower.isIdeograph($0) && !Lexicon.stopCharacters.contains($0) && (levelsAllowed || !NameGrower.levelCharacters.contains($0)) }
    }

    /// 木洞村立足杨梅产业…木洞村党支部: two characters and 村 that the text writes at least twice, each
    /// time after a mark, a function character or a whole word, are a village, though no county or
    /// township it names holds it. Neither the two characters nor their last with 村 may be a word
    /// (贫困村, 农村), nor a kind of village (示范村), nor a place the text names (南京|村民).
    func villagesWrittenRepeatedly(after places: [Candidate], in text: [Unicode.Scalar]) -> [Candidate] {
        let placeStarts = PositionSet(count: text.count, places.lazy.map(\.start))
        var spans: [WordKey: [Int]] = [:]
        for end in text.indices.dropFirst(2) where text[end] == "村" {
            let start = end - 2
            let body = text[start..<end]
            guard !placeStarts.contains(start), Self.isBareNameBody(body, levelsAllowed: false), !body.contains(where: Lexicon.numerals.contains),
                  !Lexicon.villageKinds.contains(WordKey(text, start, 2)), !words.contains(text, start, 2),
                  !words.contains(text, start + 1, 2), !words.contains(text, start, 3),
                  beginsApart(start, in: text) else { continue }
            spans[WordKey(text, start, 2), default: []].append(start)
        }
        return spans.values.filter { $0.count >= 2 }.flatMap { $0 }.sorted().map { Candidate(type: .place, start: $0, end: $0 + 3, priority: 1) }
    }

    /// 北门街道龙牙亭社区…龙牙亭社区高龄老人多: a village or community the gazetteer lacks, once found
    /// right after its township, is the same place wherever else the text writes it apart, unless its
    /// 村 begins a word there (枫木村|民; not 黄石包村|社会, where 社会 is read first).
    func unlistedPlacesWrittenAgain(_ places: [Candidate], in text: [Unicode.Scalar]) -> [Candidate] {
        let unlisted = places.filter { place in
            place.type == .place && place.division == nil && place.length >= 3
                && (Self.villageWords.contains(text[place.end - 1]) || WordKey(text, place.end - 2, 2) == Lexicon.communityWord)
        }
        guard !unlisted.isEmpty else { return [] }
        var namesByFirst: [Unicode.Scalar: [ArraySlice<Unicode.Scalar>]] = [:]
        for place in unlisted where namesByFirst[text[place.start]]?.contains(text[place.start..<place.end]) != true {
            namesByFirst[text[place.start], default: []].append(text[place.start..<place.end])
        }
        var found: [Candidate] = []
        // A shorter place begun at the same character (黄石 of 黄石包村) gives way to the longer name.
        for start in text.indices {
            guard let names = namesByFirst[text[start]], beginsApart(start, in: text) else { continue }
            for name in names {
                let end = start + name.count
                guard end <= text.count, text[start..<end].elementsEqual(name), !villageWordBeginsWord(endingAt: end, in: text) else { continue }
                found.append(Candidate(type: .place, start: start, end: end, priority: 1))
            }
        }
        return found
    }

    /// 位于我镇东王内村: two or three characters and 村 right after the township that writes the report
    /// (我镇, 本乡, 该镇) are a village of it, named or not in the text.
    func villagesOfTheWritersTownship(in text: [Unicode.Scalar]) -> [Candidate] {
        var found: [Candidate] = []
        var index = 0
        while index + 4 < text.count {
            defer { index += 1 }
            guard Self.townshipCharacters.contains(text[index + 1]), Lexicon.pointingCharacters.contains(text[index]) else { continue }
            let start = index + 2
            for length in 3...4 where start + length <= text.count && text[start + length - 1] == "村" {
                let body = text[start..<(start + length - 1)]
                guard Self.isBareNameBody(body, levelsAllowed: true),
                      !words.contains(text, start, length), !words.contains(text, start + length - 1, 2) else { continue }
                found.append(Candidate(type: .place, start: start, end: start + length, priority: 1))
                break
            }
        }
        return found
    }

    static let townshipCharacters = ScalarSet("镇乡")
    /// The characters that end an unlisted village's name: 村, and 屯 of a hamlet.
    static let villageWords = ScalarSet("村屯")

    /// 义顺蒙古族乡东义顺蒙古族村: a village written with its nationalities right after its township is the
    /// village the data names without them (东义顺村), named as written; nil when no such village follows a township.
    private func villageWrittenInFull(bodyEnd: Int, end: Int, after places: [Candidate], in text: [Unicode.Scalar]) -> Candidate? {
        for length in 2...4 where bodyEnd - length >= 0 {
            let start = bodyEnd - length
            guard let township = places.first(where: { $0.end == start && $0.division?.level == .township })?.division else { continue }
            let plainName = Array((String(scalars: text[start..<bodyEnd]) + "村").utf8)
            guard let village = gazetteer.villages(of: township, admitting: { $0.elementsEqual(plainName) }).first else { continue }
            return Candidate(type: .place, start: start, end: end, priority: 2, division: village.named(String(scalars: text[start..<end])))
        }
        return nil
    }

    /// 蓟州区孙各庄满族乡: a township of a county the document names, written with the nationalities
    /// that its name in the data lacks (孙各庄乡), is that township, named as written; so is a village
    /// of such a township written right after it (…乡东义顺蒙古族村).
    func ethnicTownshipsWrittenInFull(of places: [Candidate], in text: [Unicode.Scalar]) -> [Candidate] {
        let counties = places.compactMap(\.division).filter { $0.level == .county }
        guard !counties.isEmpty else { return [] }
        let starts = PositionSet(count: text.count, places.lazy.map(\.start))
        var found: [Candidate] = []
        // The counties' townships by name, read once the text shows a township written with a nationality.
        var townshipsByName: [String: Gazetteer.Division]? = nil
        // 族 before 乡 or 镇, found by a plain scan for 族: most texts hold none.
        var nationality = 1
        while true {
            nationality += 1
            while nationality < text.count - 1, text[nationality] != "族" { nationality += 1 }
            guard nationality < text.count - 1 else { break }
            let isVillage = text[nationality + 1] == "村"
            guard isVillage || Self.townshipCharacters.contains(text[nationality + 1]) else { continue }
            let end = nationality + 2
            // Strip the nationalities back from 族 (…土家族苗族乡): what stands before them is the plain name's body.
            var bodyEnd = end - 1
            while bodyEnd > 0, text[bodyEnd - 1] == "族", let group = (1...4).reversed().first(where: { length in
                bodyEnd - 1 - length >= 2 && Gazetteer.ethnicGroups.contains(String(scalars: text[(bodyEnd - 1 - length)..<(bodyEnd - 1)]))
            }) {
                bodyEnd -= group + 1
            }
            guard bodyEnd < end - 1 else { continue }
            if isVillage {
                if let village = villageWrittenInFull(bodyEnd: bodyEnd, end: end, after: found + places, in: text) { found.append(village) }
                continue
            }
            if townshipsByName == nil {
                townshipsByName = Dictionary(counties.flatMap { gazetteer.townships(of: $0) }.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
            }
            for length in 2...4 where bodyEnd - length >= 0 && !starts.contains(bodyEnd - length) {
                let plainName = String(scalars: text[(bodyEnd - length)..<bodyEnd]) + String(text[end - 1])
                guard let township = townshipsByName?[plainName] else { continue }
                found.append(Candidate(type: .place, start: bodyEnd - length, end: end, priority: 2, division: township,
                                       name: String(scalars: text[(bodyEnd - length)..<end])))
                break
            }
        }
        return found
    }

    /// 应县臧寨乡花寨村: two or three characters and 乡 or 镇 between a county and one of its villages
    /// are a township of that county, listed in the gazetteer or not (the data spells it 藏寨乡); the
    /// village after it is named too. A village the data lacks, written as a bare name and 村, does as
    /// well (荣县过水镇|柑柏场村): county, township and village in a row are a chain.
    func unlistedTownships(inChainsOf places: [Candidate], in text: [Unicode.Scalar]) -> [Candidate] {
        let starts = PositionSet(count: text.count, places.lazy.map(\.start))
        var found: [Candidate] = []
        for county in places where !starts.contains(county.end) {
            guard let division = county.division, division.level == .county else { continue }
            for length in 3...4 where county.end + length < text.count && Self.townshipCharacters.contains(text[county.end + length - 1]) {
                let start = county.end, end = county.end + length
                guard Self.isBareNameBody(text[start..<(end - 1)], levelsAllowed: false),
                      !words.contains(text, start, length), !words.contains(text, end - 2, 2) else { continue }
                let village = starts.contains(end) ? nil : gazetteer.townships(of: division).lazy.compactMap { township in
                    DocumentContext.village(of: township, writtenAt: end, in: text, gazetteer: self.gazetteer)
                }.first
                let unlistedVillage = starts.contains(end) || village != nil ? nil : unlistedVillageEnd(at: end, in: text)
                guard starts.contains(end) || village != nil || unlistedVillage != nil else { continue }
                found.append(Candidate(type: .place, start: start, end: end, priority: 1))
                if let village {
                    found.append(Candidate(type: .place, start: end, end: end + village.name.unicodeScalars.count, priority: 2, division: village))
                } else if let unlistedVillage {
                    found.append(Candidate(type: .place, start: end, end: unlistedVillage, priority: 1))
                }
                break
            }
        }
        return found
    }

    /// Where a village the data lacks, written at `start` as two to four characters and 村, ends: a bare
    /// name that is no word, whose 村 begins no word (…|村民), or nil.
    private func unlistedVillageEnd(at start: Int, in text: [Unicode.Scalar]) -> Int? {
        (3...5).first { length in
            start + length <= text.count && text[start + length - 1] == "村"
                && Self.isBareNameBody(text[start..<(start + length - 1)], levelsAllowed: false)
                && !Lexicon.villageKinds.contains(WordKey(text, start, length - 1))
                && !words.contains(text, start, length) && !words.contains(text, start + length - 1, 2) && !words.contains(text, start, 2)
        }.map { start + $0 }
    }

    /// 城郊办事处杨河村, 关索街道办月亮湾村: a sub-district written as its office (城郊办事处, 关索街道办 for
    /// 城郊街道, 关索街道) right before one of its villages is that sub-district.
    func subDistrictsByTheirOffice(before places: [Candidate], in text: [Unicode.Scalar]) -> [Candidate] {
        var offices = subDistrictsListedByTheirOffice(after: places, in: text)
        // Indexes, not copies: a candidate copied retains its division and name.
        for index in places.indices where places[index].division?.level == .county {
            let end = places[index].end
            guard (2...4).contains(where: { end + $0 < text.count && (text[end + $0] == "办" || text[end + $0] == "街") }) else { continue }
            offices += officesAfterTheirCounty(places[index], in: text)
        }
        return offices + places.indices.compactMap { index in
            let villageStart = places[index].start
            guard villageStart >= 5, Lexicon.subDistrictOfficeWords.contains(WordKey(text, villageStart - 3, 3)),
                  let division = places[index].division, division.level == .village, let parent = division.parent else { return nil }
            let officeStart = villageStart - 3
            let subDistrict = gazetteer.divisions[parent]
            return (2...4).lazy.filter { officeStart >= $0 }.first { length in
                subDistrict.name == String(scalars: text[(officeStart - length)..<officeStart]) + "街道"
            }.map { Candidate(type: .place, start: officeStart - $0, end: villageStart, priority: 2, division: subDistrict, name: subDistrict.name) }
        }
    }

    /// 猴场镇和瓮水街道办事处: a sub-district written as its office, listed right after a township of the
    /// same county, is that sub-district.
    func subDistrictsListedByTheirOffice(after places: [Candidate], in text: [Unicode.Scalar]) -> [Candidate] {
        places.compactMap { township in
            guard let division = township.division, division.level == .township, let county = division.parent,
                  township.end + 6 <= text.count, Lexicon.listJoiners.contains(text[township.end]) else { return nil }
            let nameStart = township.end + 1
            return (2...4).lazy.compactMap { length -> Candidate? in
                let officeStart = nameStart + length + 2
                guard officeStart + 3 <= text.count, text[officeStart - 2] == "街", text[officeStart - 1] == "道",
                      Lexicon.subDistrictOfficeWords.contains(WordKey(text, officeStart, 3)) else { return nil }
                let name = String(scalars: text[nameStart..<(officeStart)])
                guard let subDistrict = self.gazetteer.townships(of: self.gazetteer.divisions[county]).first(where: { $0.name == name }) else { return nil }
                return Candidate(type: .place, start: nameStart, end: officeStart + 3, priority: 2, division: subDistrict, name: subDistrict.name)
            }.first
        }
    }

    /// 应城市东马坊办事处大郑村: after its county, a sub-district written as its office and then one of its
    /// villages (a village of a county the document is not about, which nothing else finds) are both named.
    func officesAfterTheirCounty(_ county: Candidate, in text: [Unicode.Scalar]) -> [Candidate] {
        guard let division = county.division, division.level == .county,
              let office = (2...4).lazy.compactMap({ length -> (end: Int, subDistrict: Gazetteer.Division)? in
                  let officeStart = county.end + length
                  guard officeStart + 3 < text.count, text[officeStart] == "办" || text[officeStart] == "街",
                        Lexicon.subDistrictOfficeWords.contains(WordKey(text, officeStart, 3)) else { return nil }
                  let name = String(scalars: text[county.end..<officeStart]) + "街道"
                  return gazetteer.townships(of: division).first { $0.name == name }.map { (officeStart + 3, $0) }
              }).first else { return [] }
        let villageEnd = ((office.end + 2)...min(text.count, office.end + 6)).first { end in
            text[end - 1] == "村" || (end - office.end >= 3 && text[end - 2] == "社" && text[end - 1] == "区")
        }
        guard let villageEnd else { return [] }
        let name = Array(String(scalars: text[office.end..<villageEnd]).utf8)
        guard let village = gazetteer.villages(of: office.subDistrict, admitting: { $0.elementsEqual(name) }).first else { return [] }
        return [Candidate(type: .place, start: county.end, end: office.end, priority: 2, division: office.subDistrict, name: office.subDistrict.name),
                Candidate(type: .place, start: office.end, end: villageEnd, priority: 2, division: village)]
    }

    /// 涡北镇、宋河镇、丘集乡: an item of two or three characters and 乡 or 镇 listed right beside a
    /// township of the document, or beside another such item, is a township too, listed in the
    /// gazetteer or not (a misspelling, a name changed since the data was made, a township merged away).
    func unlistedTownships(beside places: [Candidate], in text: [Unicode.Scalar]) -> [Candidate] {
        let townships = places.filter { $0.division?.level == .township }
        guard !townships.isEmpty else { return [] }
        let starts = PositionSet(count: text.count, places.lazy.map(\.start))
        let firstStartByEnd = Dictionary(places.map { ($0.end, $0.start) }, uniquingKeysWith: min)
        func item(from start: Int, length: Int) -> Candidate? {
            // A place of the data may end the item, begun inside it: the item is a longer township the
            // data lacks (松柏镇、大九湖镇 holds 九湖镇, a township of another province).
            guard start >= 0, start + length <= text.count, Self.townshipCharacters.contains(text[start + length - 1]),
                  !starts.contains(start), firstStartByEnd[start + length].map({ $0 > start }) ?? true else { return nil }
            let body = text[start..<(start + length - 1)]
            guard Self.isBareNameBody(body, levelsAllowed: false),
                  !words.contains(text, start, length), !words.contains(text, start + length - 2, 2) else { return nil }
            // A verb before 镇 or 乡 that no list mark follows begins a clause (小吕乡,|实行|镇管村体制).
            if words.isVerb(text, start, length - 1), start + length >= text.count || !Self.townshipListMarks.contains(text[start + length]) { return nil }
            return Candidate(type: .place, start: start, end: start + length, priority: 1)
        }
        var found: [Candidate] = []
        // Items found become anchors for the items beside them (团结镇,道二乡,花垣镇).
        var anchors = townships
        while let township = anchors.popLast() {
            // A township merged away may be written as former (、原栖真乡): 原 is no part of its name.
            let former = township.end + 1 < text.count && text[township.end + 1] == "原" ? 1 : 0
            if township.end < text.count, Self.townshipListMarks.contains(text[township.end]),
               let next = (3...4).lazy.compactMap({ item(from: township.end + 1 + former, length: $0) }).first,
               !found.contains(where: { $0.start == next.start }) {
                found.append(next)
                anchors.append(next)
            }
            if township.start >= 4, Self.townshipListMarks.contains(text[township.start - 1]),
               let previous = (3...4).lazy.compactMap({ length in
                   item(from: township.start - 1 - length, length: length).flatMap { candidate in
                       // The item begins the list or follows a mark of it: after a mark or a word (同意|两河乡、民乐镇).
                       candidate.start == 0 || !NameGrower.isNameCharacter(text[candidate.start - 1])
                           || Self.townshipListMarks.contains(text[candidate.start - 1])
                           || words.hasWord(in: text, endingAt: candidate.start, startingBefore: candidate.start - 1) ? candidate : nil
                   }
               }).first, !found.contains(where: { $0.start == previous.start }) {
                found.append(previous)
                anchors.append(previous)
            }
        }
        return found
    }

    /// The marks between the items of a list of townships (、 , ， 和 及 与).
    static let townshipListMarks = ScalarSet("、，,和及与")

    /// 在五凤乡八亩后村: two or three characters and 乡 or 镇 right before a village of the gazetteer, after no
    /// name character, are a township the data lacks (merged away or renamed since); the text's other
    /// mentions of it are found too (在五凤乡建成).
    func unlistedTownships(beforeVillages places: [Candidate], in text: [Unicode.Scalar]) -> [Candidate] {
        let starts = PositionSet(count: text.count, places.lazy.map(\.start)), ends = PositionSet(count: text.count, places.lazy.map(\.end))
        func standsApart(_ start: Int) -> Bool {
            start == 0 || !NameGrower.isNameCharacter(text[start - 1]) || Lexicon.stopCharacters.contains(text[start - 1]) || ends.contains(start)
        }
        var names: Set<[Unicode.Scalar]> = []
        // A village after a township the data has (湾井镇|下灌村) needs no other.
        for village in places where village.division?.level == .village && village.start >= 3 && Self.townshipCharacters.contains(text[village.start - 1])
            && !ends.contains(village.start) {
            for length in 3...4 where village.start >= length {
                let start = village.start - length
                guard !starts.contains(start), standsApart(start), Self.isBareNameBody(text[start..<(village.start - 1)], levelsAllowed: false),
                      !words.contains(text, start, length), !words.contains(text, village.start - 2, 2) else { continue }
                names.insert(Array(text[start..<village.start]))
                break
            }
        }
        var found: [Candidate] = []
        for name in names {
            var start = 0
            while start + name.count <= text.count {
                if text[start] == name[0], text[start..<(start + name.count)].elementsEqual(name), !starts.contains(start), standsApart(start) {
                    found.append(Candidate(type: .place, start: start, end: start + name.count, priority: 1))
                }
                start += 1
            }
        }
        return found
    }
}

