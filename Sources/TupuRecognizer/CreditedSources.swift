/// The source a report credits on its credit line (来源:微言平果, 来源:辰溪融媒APP): an outlet or a body
/// by whatever name it goes, so a name with no head of its own.
struct CreditedSources {
    let text: [Unicode.Scalar]
    let words: WordList

    /// The words that open a credit line, before a colon (图源 credits a picture's outlet, 转自 a reprint's).
    static let markers: [[Unicode.Scalar]] = ["来源", "稿源", "图源", "转自"].map { Array($0.unicodeScalars) }
    /// The labels of a credit line's next field, which a page may write right after the source
    /// (教务处|发布时间, 巴中发布|收集编辑).
    static let nextFields: [[Unicode.Scalar]] = ["作者", "编辑", "收集", "发布时间", "发布者", "时间", "记者", "通讯员", "字体", "浏览", "阅读", "点击", "更新时间", "摄"].map { Array($0.unicodeScalars) }
    static let longest = 12

    /// One candidate for each credited source: the letters, digits and Han characters after the colon
    /// (or the slash a page sets instead: 来源 / 城固发布), up to the next field, and so for each further
    /// source listed after 、 (来源:…融媒体中心、天门发布) or after a space at the line's end (来源: 甘肃广电总台
    /// 视听甘肃); not the site itself (本站原创), a common word (网络) or a division.
    func candidates() -> [Candidate] {
        var found: [Candidate] = []
        var index = 0
        // The loop reads a local binding of the text: reading the property retained it at every character
        // once this function was no longer inlined (2% of recognition).
        let text = self.text
        while index + 3 < text.count {
            guard Self.markerInitials.contains(text[index]), let separator = separator(after: index + 2) ?? bracketedTransfer(at: index),
                  Self.markers.contains(where: { text.holds($0, at: index) }) else { index += 1; continue }
            if saysWhereMoneyComesFrom(markerAt: index) {
                index += 1
                continue
            }
            var start = separator + 1
            while start < text.count, text[start] == " " || text[start] == "\u{3000}" { start += 1 }
            var end = start
            while true {
                end = start
                while end < text.count, end - start < Self.longest, Self.isSourceCharacter(text[end]),
                      !Self.nextFields.contains(where: { text.holds($0, at: end) }), !startsDate(at: end) { end += 1 }
                if let source = source(start, end) { found.append(source) }
                guard let next = nextSourceStart(after: end) else { break }
                start = next
            }
            index = max(end, index + 1)
        }
        return found
    }

    /// Whether the marker at `index` says where money comes from (资金来源:, 经费来源:): no credit line.
    private func saysWhereMoneyComesFrom(markerAt index: Int) -> Bool {
        index >= 2 && Lexicon.fundsWords.contains(WordKey(text, index - 2, 2))
    }

    /// Whether a date a page writes right after the source begins at `index` (玉林新闻网|2023-09-25):
    /// a year of four digits before -, / or 年.
    private func startsDate(at index: Int) -> Bool {
        index + 4 < text.count && (index..<(index + 4)).allSatisfy { ("0"..."9").contains(text[$0]) } && "-/年".unicodeScalars.contains(text[index + 4])
    }

    /// Where a further source listed after the one ending at `end` begins: after 、, or after a space where
    /// the further source ends the line (来源: 甘肃广电总台 视听甘肃); nil where none is.
    private func nextSourceStart(after end: Int) -> Int? {
        guard end + 1 < text.count else { return nil }
        if text[end] == "、" { return end + 1 }
        guard text[end] == " " || text[end] == "\u{3000}" else { return nil }
        let start = skippingSpaces(from: end, before: text.count)
        var runEnd = start
        while runEnd < text.count, runEnd - start < Self.longest, Self.isSourceCharacter(text[runEnd]) { runEnd += 1 }
        guard runEnd > start, !Self.nextFields.contains(where: { text.holds($0, at: start) }) else { return nil }
        let lineEnd = skippingSpaces(from: runEnd, before: text.count)
        return lineEnd == text.count || text[lineEnd] == "\n" ? start : nil
    }

    /// Where the mark after a credit's marker is (来源:, 来源：, 来源 / as a page may set it), or nil.
    private func separator(after index: Int) -> Int? {
        var mark = index
        while mark < text.count, mark - index < 2, text[mark] == " " { mark += 1 }
        return mark < text.count && Self.separators.contains(text[mark]) ? mark : nil
    }

    /// Where the source of a transfer written in brackets without a mark begins, less one ((转自|恩施州水利厅网)), or nil.
    private func bracketedTransfer(at index: Int) -> Int? {
        guard index > 0, Self.openingBrackets.contains(text[index - 1]), text.holds(Self.transferMarker, at: index),
              text[(index + 2)..<min(text.count, index + 3 + Self.longest)].contains(where: Self.closingBrackets.contains) else { return nil }
        return index + 1
    }

    static let transferMarker = Array("转自".unicodeScalars)
    static let openingBrackets = ScalarSet("(（")
    static let closingBrackets = ScalarSet(")）")

    /// The first characters of the markers, looked at before the markers themselves.
    static let markerInitials = ScalarSet(markers.map { String($0[0]) }.joined())
    /// The marks that may follow a credit's marker.
    static let separators = ScalarSet(":：/")

    /// One candidate for each outlet cited by its title in book-title marks right before its reporter
    /// (据《财经》记者): two to eight ideographs, however common a word (财经).
    func titledOutlets() -> [Candidate] {
        var found: [Candidate] = []
        for close in text.indices where text[close] == "》" && text.holds(Self.reporterWord, at: close + 1) {
            guard let open = text[max(0, close - 9)..<close].lastIndex(of: "《"), (2...8).contains(close - open - 1),
                  text[(open + 1)..<close].allSatisfy(NameGrower.isIdeograph) else { continue }
            found.append(Candidate(type: .institution, start: open + 1, end: close, priority: 0))
        }
        return found
    }

    static let reporterWord = Array("记者".unicodeScalars)

    /// One candidate for each outlet a page's header line credits after the item's date and time, with
    /// nothing else on the line but a mark of origin (©原创   2025-11-03 10:50   云上谷城, 2013年08月24日14:20 今晚报): the letters,
    /// digits and Han characters that end the line, two to ten of them; not a common word or a person.
    func stampedOutlets() -> [Candidate] {
        var found: [Candidate] = []
        var lineStart = 0
        while lineStart < text.count {
            let lineEnd = text[lineStart...].firstIndex(of: "\n") ?? text.count
            if let outlet = stampedOutlet(lineStart, lineEnd) ?? outletBeforeStamp(lineStart, lineEnd) { found.append(outlet) }
            lineStart = lineEnd + 1
        }
        return found
    }

    private func stampedOutlet(_ lineStart: Int, _ lineEnd: Int) -> Candidate? {
        var index = skippingSpaces(from: lineStart, before: lineEnd)
        if index < lineEnd, text[index] == "©" { index += 1 }
        if text.holds(Self.originalWord, at: index) { index += Self.originalWord.count }
        guard let stampEnd = stampEnd(from: skippingSpaces(from: index, before: lineEnd), before: lineEnd) else { return nil }
        let start = skippingSpaces(from: stampEnd, before: lineEnd)
        var end = lineEnd
        while end > start, text[end - 1] == " " || text[end - 1] == "\u{3000}" { end -= 1 }
        guard start > stampEnd, (2...10).contains(end - start), text[start..<end].allSatisfy(Self.isSourceCharacter) else { return nil }
        return source(start, end)
    }

    static let originalWord = Array("原创".unicodeScalars)

    /// An outlet named in a media head's words on a line of its own before its stamp (中商情报网 2013-09-26).
    private func outletBeforeStamp(_ lineStart: Int, _ lineEnd: Int) -> Candidate? {
        let start = skippingSpaces(from: lineStart, before: lineEnd)
        var end = start
        while end < lineEnd, NameGrower.isIdeograph(text[end]) { end += 1 }
        guard (3...10).contains(end - start), end < lineEnd, text[end] == " " || text[end] == "\u{3000}",
              (1...2).contains(where: { Lexicon.mediaHeads.contains(WordKey(text, end - $0, $0)) }),
              let stampEnd = stampEnd(from: skippingSpaces(from: end, before: lineEnd), before: lineEnd),
              skippingSpaces(from: stampEnd, before: lineEnd) == lineEnd else { return nil }
        return source(start, end)
    }

    private func skippingSpaces(from index: Int, before end: Int) -> Int {
        var index = index
        while index < end, text[index] == " " || text[index] == "\u{3000}" { index += 1 }
        return index
    }

    /// The end of a date written 2025-11-03 at `index`, and of the time after it (10:50, 10:50:18), or nil.
    private func stampEnd(from index: Int, before end: Int) -> Int? {
        // The date written with hyphens (2025-11-03) or with its units (2013年08月24日).
        guard let year = digitsEnd(from: index, before: end, count: 4...4), year < end else { return nil }
        let written = text[year] == "年"
        guard written || text[year] == "-",
              let month = digitsEnd(from: year + 1, before: end, count: 1...2), month < end, text[month] == (written ? "月" : "-"),
              let day = digitsEnd(from: month + 1, before: end, count: 1...2) else { return nil }
        var i = day
        if written {
            guard day < end, text[day] == "日" else { return nil }
            i = day + 1
        }
        let timeStart = skippingSpaces(from: i, before: end)
        if timeStart > i || written, let hours = digitsEnd(from: timeStart, before: end, count: 1...2), hours < end, text[hours] == ":",
           var time = digitsEnd(from: hours + 1, before: end, count: 2...2) {
            if time < end, text[time] == ":", let seconds = digitsEnd(from: time + 1, before: end, count: 2...2) { time = seconds }
            i = time
        }
        return i
    }

    /// The end of a run of ASCII digits at `index` whose length is in `count`, or nil.
    private func digitsEnd(from index: Int, before end: Int, count: ClosedRange<Int>) -> Int? {
        var i = index
        while i < end, i - index < count.upperBound, ("0"..."9").contains(text[i]) { i += 1 }
        return count.contains(i - index) && (i == end || !("0"..."9").contains(text[i])) ? i : nil
    }

    /// The source credited between `start` and `end`, or nil: a source named as a division (来源:杨集镇)
    /// is left to the place rules; a person credited by a name of two characters (来源:陈冰) is no outlet,
    /// nor is a code (sp20241119).
    private func source(_ start: Int, _ end: Int) -> Candidate? {
        guard end - start >= 2, text[start] != "本", !words.contains(text, start, end - start),
              !NameGrower.levelCharacters.contains(text[end - 1]) || startsOutletBrand(start, end), !(end - start == 2 && Self.commonSurnames.contains(text[start])),
              !Self.holdsCode(text[start..<end]) else { return nil }
        return Candidate(type: .institution, start: start, end: end, priority: 0)
    }

    /// The words outlets put before their division's name (今丰县, 看宁远县, 掌上…县): a source that ends in a
    /// level character after one is an outlet, not the division.
    static let outletBrandPrefixes: [[Unicode.Scalar]] = ["今", "看", "爱", "掌上", "云上", "指尖", "魅力", "智慧", "大美", "印象", "视听"].map { Array($0.unicodeScalars) }

    private func startsOutletBrand(_ start: Int, _ end: Int) -> Bool {
        Self.outletBrandPrefixes.contains { text.holds($0, at: start) && end - start >= $0.count + 2 }
    }

    /// One candidate for each outlet a news item opens with, before 讯 (or a wire's 电 after the place it
    /// is filed from), perhaps after a day (文明风7月8日讯),
    /// and its reporter's credit (中经联播讯(通讯员…), 宁远发布讯 记者…), the line's end or a space (多彩贵州网讯 近日…): two to six ideographs at a line's start; not the paper
    /// itself (本报讯), a common word or a place (宁远讯, filed from the county).
    func datelineOutlets(isPlace: (Range<Int>) -> Bool) -> [Candidate] {
        var found: [Candidate] = []
        var lineStart = 0
        while lineStart < text.count {
            var start = lineStart
            while start < text.count, text[start] == " " || text[start] == "\u{3000}" { start += 1 }
            var end = start
            while end < text.count, end - start < 7, NameGrower.isIdeograph(text[end]), text[end] != "讯" { end += 1 }
            // Two outlets that carry the item together are written with a slash (滨州日报/|滨州网北海讯): the
            // dateline is read after it, and the first outlet counts with the second.
            var partner: Range<Int>?
            if end < text.count, text[end] == "/", (2...6).contains(end - start), !words.contains(text, start, end - start), !isPlace(start..<end) {
                partner = start..<end
                start = end + 1
                end = start
                while end < text.count, end - start < 7, NameGrower.isIdeograph(text[end]), text[end] != "讯" { end += 1 }
            }
            let foundBefore = found.count
            let dateline = dateEnd(from: end)
            // The place an item is filed from follows the outlet (红网时刻|石门11月10日讯, 滨州网|北海讯): the outlet ends before it.
            // After such a place a wire's 电 closes the dateline as 讯 does (新华财经|北京5月29日电).
            var filedFromPlace = false
            // Without a date the outlet must end in an outlet's head before the place (滨州网|北海讯, not 今日|永州讯).
            let withoutDate = dateline == end && end < text.count && text[end] == "讯"
            if dateline > end || withoutDate, end - start > 2, let place = ((start + 2)..<end).first(where: { isPlace($0..<end) }),
               !withoutDate || (1...3).contains(where: { place - $0 >= start && Lexicon.mediaHeads.contains(WordKey(text, place - $0, $0)) }) {
                end = place
                filedFromPlace = true
            }
            if dateline < text.count, text[dateline] == "讯" || (filedFromPlace && text[dateline] == "电" && !Lexicon.stopCharacters.contains(text[start])),
               (2...6).contains(end - start), text[start] != "本",
               !words.contains(text, start, end - start), creditsReporter(after: dateline + 1) || endsLine(at: dateline + 1) || spaceFollows(dateline + 1), !isPlace(start..<end) {
                found.append(Candidate(type: .institution, start: start, end: end, priority: 0))
            } else if let channel = channelOutletEnd(lineStart: start, isPlace: isPlace) {
                found.append(Candidate(type: .institution, start: start, end: channel, priority: 0))
            } else if let report = reportEnd(lineStart: start), text[start] != "本",
                      !words.contains(text, start, report - start), !isPlace(start..<report) {
                // An outlet that opens an item with 报道 and a space or its reporter (云上咸安报道 近日…, 云上嘉鱼报道(见习记者…)) reports it.
                found.append(Candidate(type: .institution, start: start, end: report, priority: 0))
            } else if let outletEnd = regionalReportOutletEnd(lineStart: start, isPlace: isPlace) {
                found.append(Candidate(type: .institution, start: start, end: outletEnd, priority: 0))
            }
            if let partner, found.count > foundBefore { found.append(Candidate(type: .institution, start: partner.lowerBound, end: partner.upperBound, priority: 0)) }
            guard let newline = text[end...].firstIndex(of: "\n") else { break }
            lineStart = newline + 1
        }
        return found
    }

    /// The places items are filed from, written between their outlet and their date at a line's start
    /// (新华社|福州|3月11日电, 红网时刻|娄底|10月27日讯): a division form among `hits` that ends where
    /// the date begins names the highest division of that form, whatever else the document is about;
    /// where none does, a township of the document's county by its short form (本报|定城|5月17日电: 定城镇).
    func datelinePlaces(among hits: [(start: Int, end: Int, payload: Recognizer.DivisionForm)], in gazetteer: Gazetteer,
                        county: Gazetteer.Division?) -> [Candidate] {
        datelinePlaceEnds().compactMap { end in
            let forms = hits.filter { $0.end == end && $0.end - $0.start >= 2 }.map { ($0.start, gazetteer.divisions[$0.payload.division]) }
            if let (start, division) = forms.min(by: { ($0.1.level, $0.1.index) < ($1.1.level, $1.1.index) }) {
                return Candidate(type: .place, start: start, end: end, priority: 2, division: division)
            }
            guard let county else { return nil }
            for length in 2...3 where end - length >= 0 {
                if let township = DocumentContext.township(of: county, shortForm: WordKey(text, end - length, length), in: gazetteer) {
                    return Candidate(type: .place, start: end - length, end: end, priority: 2, division: township)
                }
            }
            return nil
        }
    }

    /// Where the dates of the datelines begin: within a dozen characters of a line's start, after
    /// ideographs, a day that 讯 or 电 follows.
    private func datelinePlaceEnds() -> [Int] {
        var ends: [Int] = []
        var lineStart = 0
        while lineStart < text.count {
            var dateStart = lineStart
            while dateStart < text.count, dateStart - lineStart < 12, NameGrower.isIdeograph(text[dateStart]) || text[dateStart] == " " { dateStart += 1 }
            let dateline = dateEnd(from: dateStart)
            if dateStart - lineStart >= 4, dateline > dateStart, dateline < text.count, text[dateline] == "讯" || text[dateline] == "电" {
                ends.append(dateStart)
            }
            guard let newline = text[dateStart...].firstIndex(of: "\n") else { break }
            lineStart = newline + 1
        }
        return ends
    }

    /// The end of a day of a month written at `index` (7月8日), or `index` where none is.
    private func dateEnd(from index: Int) -> Int {
        var i = index
        while i < text.count, i - index < 6, ("0"..."9").contains(text[i]) || text[i] == "月" || text[i] == "日" { i += 1 }
        return i > index && text[i - 1] == "日" ? i : index
    }

    /// Whether a reporter's credit follows at `index`, in a bracket or not (（通讯员, ( 记者, 记者).
    /// Where an outlet's name ends before 报道 within the run of ideographs opening a line, when a space
    /// or a reporter's credit follows 报道, a colon between them or not (云上咸安|报道 近日, 云上通山|报道:(通讯员…),
    /// or nil: two to five characters, or up to eight ending in an outlet's head (中政易动决策网|报道 八月).
    private func reportEnd(lineStart start: Int) -> Int? {
        var end = start
        while end < text.count, end - start < 10, NameGrower.isIdeograph(text[end]) { end += 1 }
        guard let report = (start + 2...start + 8).first(where: { $0 + 2 <= end && text.holds(Self.reportWord, at: $0) }),
              report - start <= 5 || (1...3).contains(where: { Lexicon.mediaHeads.contains(WordKey(text, report - $0, $0)) }) else { return nil }
        var after = report + 2
        if after < text.count, Self.separators.contains(text[after]), text[after] != "/" { after += 1 }
        guard after < text.count, text[after] == " " || text[after] == "\u{3000}" || creditsReporter(after: after) else { return nil }
        return report
    }

    static let reportWord = Array("报道".unicodeScalars)

    /// Where an outlet's name ends before the region its channel reports from, when 报道 and a colon or a
    /// space follow the region at a line's start (国际在线|江苏|报道:近期…), or nil: the outlet ends in an
    /// outlet's head and is no place.
    private func regionalReportOutletEnd(lineStart start: Int, isPlace: (Range<Int>) -> Bool) -> Int? {
        var end = start
        while end < text.count, end - start < 12, NameGrower.isIdeograph(text[end]) { end += 1 }
        guard end - start >= 6, let report = ((start + 4)...(end - 2)).first(where: { text.holds(Self.reportWord, at: $0) }),
              report + 2 < text.count, Self.separators.contains(text[report + 2]) || spaceFollows(report + 2),
              let place = ((start + 2)..<(report - 1)).first(where: { isPlace($0..<report) }),
              (1...3).contains(where: { place - $0 >= start && Lexicon.mediaHeads.contains(WordKey(text, place - $0, $0)) }),
              !isPlace(start..<place) else { return nil }
        return place
    }

    /// Where an outlet's name ends before the place of its regional channel, when the channel opens a
    /// line and the item (国际在线|四川频道:…, 人民网|湖北频道消息), or nil: two to six characters,
    /// no common word nor place.
    private func channelOutletEnd(lineStart start: Int, isPlace: (Range<Int>) -> Bool) -> Int? {
        var end = start
        while end < text.count, end - start < 12, NameGrower.isIdeograph(text[end]) { end += 1 }
        guard end - start >= 6, text[start] != "本",
              let channel = (start + 4...end - 2).first(where: { text.holds(Self.channelWord, at: $0) }),
              channel + 2 < text.count, Self.channelOpenings.contains(where: { text.holds($0, at: channel + 2) }),
              let place = ((start + 2)..<(channel - 1)).first(where: { isPlace($0..<channel) }),
              place - start <= 6, !words.contains(text, start, place - start), !isPlace(start..<place) else { return nil }
        return place
    }

    static let channelWord = Array("频道".unicodeScalars)
    /// What follows a channel that opens an item: a colon, 消息 or 讯.
    static let channelOpenings: [[Unicode.Scalar]] = [":", "：", "消息", "讯"].map { Array($0.unicodeScalars) }

    /// Whether a space follows at `index`, as after an item's opening dateline (多彩贵州网讯| 近日…).
    private func spaceFollows(_ index: Int) -> Bool {
        index < text.count && (text[index] == " " || text[index] == "\u{3000}")
    }

    /// Whether a line ends at `index` (生意社07月15日讯|, a dateline on its own line).
    private func endsLine(at index: Int) -> Bool {
        index >= text.count || text[index] == "\n"
    }

    private func creditsReporter(after index: Int) -> Bool {
        var i = index
        while i < text.count, i - index < 3, text[i] == " " || text[i] == "(" || text[i] == "（" || text[i] == "\u{3000}" { i += 1 }
        // A reporter of a kind (分站记者, 特约记者, 首席记者) is credited as one.
        return Self.reporterLabels.contains { text.holds($0, at: i) }
            || (1...3).contains { kind in i + kind + 2 <= text.count && text[i..<(i + kind)].allSatisfy(NameGrower.isIdeograph) && text.holds(Self.reporterWord, at: i + kind) }
    }

    static let reporterLabels: [[Unicode.Scalar]] = ["记者", "通讯员", "全媒体记者", "融媒体记者", "实习生"].map { Array($0.unicodeScalars) }

    /// Whether a source holds a run of four digits or more without a Han character (sp20241119).
    private static func holdsCode(_ source: ArraySlice<Unicode.Scalar>) -> Bool {
        !source.contains(where: NameGrower.isIdeograph)
            && source.split(whereSeparator: { !("0"..."9").contains($0) }).contains { $0.count >= 4 }
    }

    /// The commonest Chinese surnames: a two-character credit beginning with one is a person's name.
    static let commonSurnames = ScalarSet("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")

    private static func isSourceCharacter(_ s: Unicode.Scalar) -> Bool {
        NameGrower.isIdeograph(s) || ("a"..."z").contains(s) || ("A"..."Z").contains(s) || ("0"..."9").contains(s)
    }
}
