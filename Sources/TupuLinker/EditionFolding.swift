import Foundation
import TupuRecognizer

/// One recurring event or programme however its edition is written: 四川省第十届乡村文化旅游节(夏季),
/// 四川第十届乡村文化旅游节 and 四川省乡村文化旅游节 are one programme, under the fullest name; so
/// are a contest's 篮球比赛 and 篮球赛, a day observed each year and the activities held for it, and a
/// drive and the activities held under it.
extension CanonicalNamer {
    /// Marks of an edition: 第十届, 十二届, 第3届, a year (2024年), and a season in brackets, (春季), （夏季）.
    private static let editionMarks = try! NSRegularExpression(
        pattern: "第?[0-9一二三四五六七八九十百零〇两]+届|[0-9]{4}年度?|[(（][春夏秋冬]季?[)）]")

    /// The name without its edition marks and without the place it begins with, and that place's
    /// canonical name (nil when it begins with none).
    private func editionFreeKey(_ name: String, prefixes: [String: String], longestPrefix: Int) -> (key: String, place: String?) {
        var bare = Self.editionMarks.stringByReplacingMatches(in: name, range: NSRange(name.startIndex..., in: name), withTemplate: "")
        // A contest is its 比赛 or its 赛 (篮球比赛, 篮球赛), with or without the scope it is open to
        // (环巢湖全国自行车公开赛, 环巢湖自行车公开赛).
        if bare.hasSuffix("比赛") { bare = String(bare.dropLast(2)) + "赛" }
        if bare.hasSuffix("赛") { bare = bare.replacingOccurrences(of: "全国", with: "") }
        bare = Self.periodOfConsultationDay(heldBy: bare) ?? Self.observedDay(heldBy: bare) ?? Self.drive(heldBy: bare)
        for length in stride(from: min(longestPrefix, bare.count - 2), through: 1, by: -1) {
            if let place = prefixes[String(bare.prefix(length))] {
                let rest = bare.dropFirst(length)
                return Self.bracketedPlace(openingWith: rest, prefixes: prefixes).map { (String($0.rest), $0.place) } ?? (String(rest), place)
            }
        }
        return (bare, nil)
    }

    /// The place in brackets that `rest` opens with, the one within the place before it that holds
    /// the event (温州|(苍南)开茶节: 苍南), and what follows it; nil when `rest` opens with none.
    private static func bracketedPlace(openingWith rest: Substring, prefixes: [String: String]) -> (rest: Substring, place: String)? {
        guard let open = rest.first, open == "(" || open == "（",
              let close = rest.firstIndex(where: { $0 == ")" || $0 == "）" }),
              let place = prefixes[String(rest[rest.index(after: rest.startIndex)..<close])] else { return nil }
        let after = rest[rest.index(after: close)...]
        return after.count >= 2 ? (after, place) : nil
    }

    /// The day observed each year that an activity is held for (纪念世界红十字日活动, 世界红十字日纪念活动,
    /// 世界读书日宣传活动, 中华慈善日爱心捐款活动: 世界红十字日, 世界读书日, 中华慈善日), or nil: one
    /// occasion, however its activity is written.
    static func observedDay(heldBy name: String) -> String? {
        var day = Substring(name)
        let commemorated = day.hasPrefix("纪念")
        if commemorated { day = day.dropFirst(2) }
        guard let tail = observanceTails.first(where: day.hasSuffix) ?? (commemorated ? "" : nil) else { return nil }
        day = day.dropLast(tail.count)
        // What the activity does on the day may stand between (中华慈善日|爱心捐款|活动).
        if !day.hasSuffix("日"), !tail.isEmpty, let dayEnd = day.lastIndex(of: "日"), day.distance(from: dayEnd, to: day.endIndex) <= 7 {
            day = day[...dayEnd]
        }
        return day.count >= 4 && day.hasSuffix("日") ? String(day) : nil
    }

    private static let observanceTails = ["纪念活动", "宣传活动", "主题活动", "活动"]

    /// The drive an activity is held under (巾帼家政进社区活动, 巾帼家政进社区宣讲活动, 安全生产月启动仪式:
    /// 巾帼家政进社区, 安全生产月): one
    /// programme, as an activity under a quoted drive takes the drive's name; `name` when no activity
    /// ends it or too little is left.
    static func drive(heldBy name: String) -> String {
        guard let tail = driveActivityTails.first(where: name.hasSuffix), name.count - tail.count >= 4 else { return name }
        return String(name.dropLast(tail.count))
    }

    private static let driveActivityTails = ["启动仪式", "宣讲活动", "宣传活动", "主题活动", "系列活动", "活动"]

    /// The month or week of a drive whose day of consultation an activity is (安全生产月咨询日活动,
    /// 安全生产月宣传咨询日: 安全生产月), or nil: the day is one event of the drive.
    static func periodOfConsultationDay(heldBy name: String) -> String? {
        guard let tail = consultationDayTails.first(where: name.hasSuffix) else { return nil }
        let period = name.dropLast(tail.count)
        return period.count >= 4 && (period.hasSuffix("月") || period.hasSuffix("周")) ? String(period) : nil
    }

    private static let consultationDayTails = ["宣传咨询日活动", "咨询日活动", "宣传咨询日", "咨询日"]

    /// Folds the programmes that differ only by edition marks or by a place prefix the fullest
    /// of them carries (十二届乡村文化旅游节 into 四川省第十二届(春季)乡村文化旅游节); programmes
    /// prefixed by different places stay apart, and one without a place joins the document's own.
    func mergingEditions(_ entities: [Entity]) -> [Entity] {
        let prefixes = placePrefixes
        let longestPrefix = prefixes.keys.map(\.count).max() ?? 0
        var groups: [String: [(position: Int, place: String?)]] = [:]
        for (position, entity) in entities.enumerated() where entity.type == .programme {
            let key = editionFreeKey(entity.name, prefixes: prefixes, longestPrefix: longestPrefix)
            guard !key.key.isEmpty else { continue }
            groups[key.key, default: []].append((position, key.place))
        }
        let documentPlaces = Set([document.county, document.prefecture, document.province].compactMap { $0?.name })
        var fullerOf: [Int: Int] = [:]
        for members in groups.values where members.count > 1 {
            var byPlace = Dictionary(grouping: members.filter { $0.place != nil }, by: { $0.place! })
            let unplaced = members.filter { $0.place == nil }
            // Names without a place belong with the only place, or else with the document's own.
            let home = byPlace.count == 1 ? byPlace.keys.first : byPlace.keys.filter(documentPlaces.contains).onlyElement
            if let home {
                // A title cited without a place and one with it are two documents (《“十四五”…规划》, 《马鞍山市“十四五”…规划》).
                let homeTitled = byPlace[home]!.contains { isTitled(entities[$0.position]) }
                byPlace[home, default: []] += unplaced.filter { !(homeTitled && isTitled(entities[$0.position])) }
            } else if byPlace.isEmpty {
                byPlace[""] = unplaced
            }
            for group in byPlace.values where group.count > 1 {
                let fullest = group.max { (entities[$0.position].name.count, -$0.position) < (entities[$1.position].name.count, -$1.position) }!
                for member in group where member.position != fullest.position { fullerOf[member.position] = fullest.position }
            }
        }
        return Self.merging(entities, into: fullerOf)
    }
}

extension CanonicalNamer {
    /// Folds a programme written as a quoted name and a tail into the one with the same quoted
    /// name and a longer tail that ends with it (“晒比促”观摩活动 into “晒比促”集中观摩活动); other
    /// tails name other events of the series (“…”系列活动, “…”全景宴推活动).
    func mergingQuotedCores(_ entities: [Entity]) -> [Entity] {
        var byCore: [Substring: [(position: Int, tail: Substring)]] = [:]
        for (position, entity) in entities.enumerated() where entity.type == .programme {
            guard let surface = entity.mentions.first?.surface, surface.hasPrefix("“"), let close = surface.firstIndex(of: "”") else { continue }
            byCore[surface[surface.index(after: surface.startIndex)..<close], default: []].append((position, surface[surface.index(after: close)...]))
        }
        var fullerOf: [Int: Int] = [:]
        for members in byCore.values where members.count > 1 {
            for member in members where !member.tail.isEmpty {
                let fuller = members.first { $0.tail.count > member.tail.count && $0.tail.hasSuffix(member.tail) }
                if let fuller { fullerOf[member.position] = fuller.position }
            }
        }
        return Self.merging(entities, into: fullerOf)
    }
}

extension CanonicalNamer {
    /// A bracket inside a works' or a plan's name after its first character: a phase or period ((一期),
    /// （二期）, (2021-2035年)), a former name (原S225线) or other names of its owner (行校、社校).
    private static let bracketedPhase = try! NSRegularExpression(pattern: "(?<=.)[(（][^()（）]{1,12}[)）]")

    /// Folds a works or a plan written without its bracket into the one name that has it
    /// (纳家户村基础设施改造项目 into 纳家户村基础设施改造(二期)项目, as ANNOTATION.md reads the
    /// bracket); where several phases are named, the bare name stays apart.
    func mergingPhases(_ entities: [Entity]) -> [Entity] {
        struct BareName: Hashable { let type: EntityType, name: String }
        var byBareName: [BareName: [Int]] = [:]
        for (position, entity) in entities.enumerated() where entity.type == .project || entity.type == .programme {
            let name = entity.name
            let bare = Self.bracketedPhase.stringByReplacingMatches(in: name, range: NSRange(name.startIndex..., in: name), withTemplate: "")
            byBareName[BareName(type: entity.type, name: bare), default: []].append(position)
        }
        var fullerOf: [Int: Int] = [:]
        for (bare, members) in byBareName where members.count == 2 {
            guard let phased = members.first(where: { entities[$0].name != bare.name }),
                  let plain = members.first(where: { entities[$0].name == bare.name }) else { continue }
            fullerOf[plain] = phased
        }
        return Self.merging(entities, into: fullerOf)
    }
}

private extension Array {
    /// The element of a one-element array; nil for none or several.
    var onlyElement: Element? { count == 1 ? first : nil }
}
