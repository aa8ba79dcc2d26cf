import Foundation

/// The national administrative divisions (province to village) with GB/T 2260 codes and short
/// forms, loaded from the package's `divisions.tsv` (derived from jionlp's Apache-2.0 data by
/// scripts/derive-divisions.py).
///
/// Provinces, prefectures, counties and townships are read at load time; the villages of a
/// township are kept as one unparsed line until a document about that county asks for them,
/// which keeps start-up fast and village names (ambiguous across China) out of other documents.
public struct Gazetteer: Sendable {
    /// One division. A class: candidates and mentions carry divisions around by the million,
    /// and a reference copies faster than a struct of strings.
    public final class Division: Sendable, Hashable {
        /// The division's level, province (1) to village (5).
        public enum Level: Int, Sendable, Comparable {
            case province = 1, prefecture, county, township, village
            public static func < (a: Level, b: Level) -> Bool { a.rawValue < b.rawValue }
        }
        /// The index of this division: its place in `Gazetteer.divisions` for provinces to
        /// townships; villages, which are not loaded there, are numbered after the last of them.
        public let index: Int
        public let level: Level
        /// The full name, as 宁远县.
        public let name: String
        /// The short form, as 宁远, for provinces, prefectures and counties; nil below.
        public let shortName: String?
        /// The GB/T 2260 code for levels 1–3; nil for townships and villages.
        public let code: String?
        /// The index of the parent division, nil for provinces.
        public let parent: Int?

        init(index: Int, level: Level, name: String, shortName: String?, code: String?, parent: Int?) {
            self.index = index
            self.level = level
            self.name = name
            self.shortName = shortName
            self.code = code
            self.parent = parent
        }

        /// The same division under a name a text writes for it (旬阳县, the county that became
        /// 旬阳市): equal to this one, but named as the document names it.
        func named(_ writtenName: String) -> Division {
            Division(index: index, level: level, name: writtenName, shortName: shortName, code: code, parent: parent)
        }

        /// Divisions are equal when they are the same division (indexes are unique).
        public static func == (a: Division, b: Division) -> Bool { a.index == b.index }
        public func hash(into hasher: inout Hasher) { hasher.combine(index) }
    }

    /// Every division loaded so far (province to township), by index.
    public private(set) var divisions: [Division] = []
    /// The file's bytes, which hold the village lists until a document asks for them.
    private let bytes: [UInt8]
    /// For each township index, where its `a|b|c` village list lies in `bytes` and the number
    /// of the first of its villages among all villages.
    private var villageLists: [Int: (names: Range<Int>, first: Int)] = [:]
    /// Child indexes by parent index.
    private var children: [Int: [Int]] = [:]
    /// Names prefectures and counties had before they were renamed or merged (襄樊市 for 襄阳市,
    /// 长治县 for 上党区), each with the index of the division it names today.
    private(set) var formerNames: [(name: String, division: Int)] = []

    /// The gazetteer shipped with the package.
    public static let shared: Gazetteer = {
        Gazetteer(tsv: PackageResource.text(of: "divisions.tsv"))
    }()

    /// Reads the `divisions.tsv` format (see scripts/derive-divisions.py): a tab-separated level
    /// letter (P, C, D, T) and, for P/C/D, code, name and short form; for T, name and villages;
    /// an F line gives a former name of the P, C or D division above it.
    public init(tsv text: String) {
        bytes = Array(text.utf8)
        var stack: [Division.Level: Int] = [:]
        var villageCount = 0
        var lineStart = 0
        while lineStart < bytes.count {
            let lineEnd = bytes[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
            defer { lineStart = lineEnd + 1 }
            let fields = Self.fields(of: lineStart..<lineEnd, in: bytes)
            let level: Division.Level
            switch bytes[lineStart] {
            case UInt8(ascii: "P"): level = .province
            case UInt8(ascii: "C"): level = .prefecture
            case UInt8(ascii: "D"): level = .county
            case UInt8(ascii: "T"): level = .township
            case UInt8(ascii: "F"):
                if let named = divisions.last, named.level <= .county, fields.count > 1 {
                    formerNames.append((String(decoding: bytes[fields[1]], as: UTF8.self), named.index))
                }
                continue
            default: continue
            }
            let parent = (1..<level.rawValue).reversed().lazy.compactMap { stack[Division.Level(rawValue: $0)!] }.first
            let index = divisions.count
            if let parent { children[parent, default: []].append(index) }
            func field(_ number: Int) -> String { String(decoding: bytes[fields[number]], as: UTF8.self) }
            if level == .township {
                divisions.append(Division(index: index, level: level, name: field(1), shortName: nil, code: nil, parent: parent))
                if fields.count > 2, !fields[2].isEmpty {
                    villageLists[index] = (fields[2], villageCount)
                    villageCount += 1 + bytes[fields[2]].reduce(0) { $0 + ($1 == UInt8(ascii: "|") ? 1 : 0) }
                }
            } else {
                divisions.append(Division(index: index, level: level, name: field(2), shortName: field(3), code: field(1), parent: parent))
                stack[level] = index
                for deeper in Division.Level.allBelow(level) { stack[deeper] = nil }
            }
        }
    }

    /// The tab-separated fields of the line `range`, as ranges of `bytes`.
    private static func fields(of range: Range<Int>, in bytes: [UInt8]) -> [Range<Int>] {
        var fields: [Range<Int>] = []
        var start = range.lowerBound
        for i in range where bytes[i] == UInt8(ascii: "\t") {
            fields.append(start..<i)
            start = i + 1
        }
        fields.append(start..<range.upperBound)
        return fields
    }

    /// Whether `ancestor` is above `division` in the hierarchy.
    public func isAncestor(_ ancestor: Division, of division: Division) -> Bool {
        var parent = division.parent
        while let index = parent {
            if index == ancestor.index { return true }
            parent = divisions[index].parent
        }
        return false
    }

    /// The chain from `division` up to its province, nearest first, `division` excluded.
    public func ancestors(of division: Division) -> [Division] {
        var chain: [Division] = []
        var next = division.parent
        while let index = next {
            chain.append(divisions[index])
            next = divisions[index].parent
        }
        return chain
    }

    /// The townships directly under the county-level `county`.
    public func townships(of county: Division) -> [Division] {
        children[county.index, default: []].map { divisions[$0] }.filter { $0.level == .township }
    }

    /// The villages of `township` (parsed on demand), each with an index of its own.
    public func villages(of township: Division) -> [Division] {
        villages(of: township) { _ in true }
    }

    /// The villages of `township` whose UTF-8 names pass `admitted` (which sees the bytes
    /// before any string is made of them).
    func villages(of township: Division, admitting admitted: (ArraySlice<UInt8>) -> Bool) -> [Division] {
        guard let (names, first) = villageLists[township.index] else { return [] }
        var villages: [Division] = []
        var start = names.lowerBound
        var ordinal = 0
        for end in names where bytes[end] == UInt8(ascii: "|") || end == names.upperBound - 1 {
            let nameEnd = bytes[end] == UInt8(ascii: "|") ? end : end + 1
            if admitted(bytes[start..<nameEnd]) {
                villages.append(village(bytes[start..<nameEnd], index: divisions.count + first + ordinal, township: township))
            }
            ordinal += 1
            start = end + 1
        }
        return villages
    }

    private func village(_ name: ArraySlice<UInt8>, index: Int, township: Division) -> Division {
        Division(index: index, level: .village, name: String(decoding: name, as: UTF8.self), shortName: nil, code: nil, parent: township.index)
    }
}

extension Gazetteer.Division.Level {
    static func allBelow(_ level: Self) -> [Self] {
        ((level.rawValue + 1)...5).compactMap(Self.init(rawValue:))
    }
}

/// The data files shipped in the package's resources.
enum PackageResource {
    /// The UTF-8 text of the resource `name`; its absence is a broken build, not a user error.
    static func text(of name: String) -> String {
        let url = Bundle.module.resourceURL?.appendingPathComponent(name)
        guard let url, let data = try? Data(contentsOf: url), let text = String(data: data, encoding: .utf8)
        else { preconditionFailure("the package resource \(name) is missing") }
        return text
    }
}

extension Gazetteer {
    /// The fifty-five minority nationalities, as their names stand before 族 in the names of
    /// ethnic townships (铁楼藏族乡, 某某土家族苗族乡).
    static let ethnicGroups: Set<String> = [
        "蒙古", "回", "藏", "维吾尔", "苗", "彝", "壮", "布依", "朝鲜", "满", "侗", "瑶", "白", "土家", "哈尼",
        "哈萨克", "傣", "黎", "傈僳", "佤", "畲", "高山", "拉祜", "水", "东乡", "纳西", "景颇", "柯尔克孜", "土",
        "达斡尔", "仫佬", "羌", "布朗", "撒拉", "毛南", "仡佬", "锡伯", "阿昌", "普米", "塔吉克", "怒",
        "乌孜别克", "俄罗斯", "鄂温克", "德昂", "保安", "裕固", "京", "塔塔尔", "独龙", "鄂伦春", "赫哲",
        "门巴", "珞巴", "基诺",
    ]

    /// The name an ethnic township goes by in ordinary text, its nationalities left out (铁楼乡 for
    /// 铁楼藏族乡); nil for a township whose name holds none, or whose name would keep under two
    /// characters before 乡 or 镇.
    public static func plainName(ofEthnicTownship name: String) -> String? {
        var body = Array(name.unicodeScalars)
        guard let suffix = body.last, suffix == "乡" || suffix == "镇" else { return nil }
        body.removeLast()
        return droppingNationalities(from: body, bareNamesToo: false).map { String(scalars: $0[...]) + String(suffix) }
    }

    /// `body` without the nationalities that end it, two characters at least kept (铁楼藏族 → 铁楼), each
    /// written with 族 or, where `bareNamesToo`, without it (和布克赛尔蒙古 → 和布克赛尔); nil where none ends it.
    static func droppingNationalities(from body: [Unicode.Scalar], bareNamesToo: Bool) -> [Unicode.Scalar]? {
        var body = body
        var stripped = false
        while body.last == "族" || bareNamesToo {
            let rest = body.last == "族" ? body.dropLast() : body[...]
            guard let group = (1...4).reversed().first(where: { length in
                length <= rest.count - 2 && ethnicGroups.contains(String(scalars: rest.suffix(length)))
            }) else { break }
            body = Array(rest.dropLast(group))
            stripped = true
        }
        return stripped ? body : nil
    }
}

extension Gazetteer {
    /// The name an autonomous county goes by before its level word when its short form cuts that name
    /// (和布克赛尔 of 和布克赛尔蒙古自治县, short 和布; 塔什库尔干 of 塔什库尔干塔吉克自治县, short 塔县): the
    /// name without its nationalities, written with or without 族; nil where that is the short form or no
    /// longer than it.
    static func plainName(ofAutonomousCounty division: Division) -> String? {
        guard division.level == .county, division.name.hasSuffix("自治县"), let short = division.shortName,
              let body = droppingNationalities(from: Array(division.name.unicodeScalars.dropLast(3)), bareNamesToo: true) else { return nil }
        let plain = String(scalars: body[...])
        guard plain.unicodeScalars.count > short.unicodeScalars.count, plain.hasPrefix(short.replacingOccurrences(of: "县", with: "")),
              !plain.hasSuffix("族") else { return nil }
        return plain
    }
}
