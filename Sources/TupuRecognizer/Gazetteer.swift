import Foundation

/// The national administrative divisions (province to village) with GB/T 2260 codes and short
/// forms, loaded from the package's `divisions.tsv` (derived from jionlp's Apache-2.0 data by
/// scripts/derive-divisions.py).
///
/// Provinces, prefectures, counties and townships are read at load time; the villages of a
/// township are kept as one unparsed line until a document about that county asks for them,
/// which keeps start-up fast and village names (ambiguous across China) out of other documents.
public struct Gazetteer: Sendable {
    /// One division.
    public struct Division: Sendable, Hashable {
        /// The division's level, province (1) to village (5).
        public enum Level: Int, Sendable, Comparable {
            case province = 1, prefecture, county, township, village
            public static func < (a: Level, b: Level) -> Bool { a.rawValue < b.rawValue }
        }
        /// The index of this division: its place in `Gazetteer.divisions` for provinces to
        /// townships; villages, which are not loaded there, are numbered after the last of them.
        public let index: Int
        public let level: Level
        /// The full name, as 壶关县.
        public let name: String
        /// The short form, as 壶关, for provinces, prefectures and counties; nil below.
        public let shortName: String?
        /// The GB/T 2260 code for levels 1–3; nil for townships and villages.
        public let code: String?
        /// The index of the parent division, nil for provinces.
        public let parent: Int?
    }

    /// Every division loaded so far (province to township), by index.
    public private(set) var divisions: [Division] = []
    /// For each township index, its villages as the raw `a|b|c` list and the number of the
    /// first of them among all villages.
    private var villageLists: [Int: (names: Substring, first: Int)] = [:]
    /// Child indexes by parent index.
    private var children: [Int: [Int]] = [:]

    /// The gazetteer shipped with the package.
    public static let shared: Gazetteer = {
        Gazetteer(tsv: PackageResource.text(of: "divisions.tsv"))
    }()

    /// Reads the `divisions.tsv` format (see scripts/derive-divisions.py).
    public init(tsv text: String) {
        var stack: [Division.Level: Int] = [:]
        var villageCount = 0
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            let level: Division.Level
            switch fields[0] {
            case "P": level = .province
            case "C": level = .prefecture
            case "D": level = .county
            case "T": level = .township
            default: continue
            }
            let parent = (1..<level.rawValue).reversed().lazy.compactMap { stack[Division.Level(rawValue: $0)!] }.first
            let index = divisions.count
            if let parent { children[parent, default: []].append(index) }
            if level == .township {
                divisions.append(Division(index: index, level: level, name: String(fields[1]), shortName: nil, code: nil, parent: parent))
                if fields.count > 2, !fields[2].isEmpty {
                    villageLists[index] = (fields[2], villageCount)
                    villageCount += 1 + fields[2].utf8.reduce(0) { $0 + ($1 == UInt8(ascii: "|") ? 1 : 0) }
                }
            } else {
                divisions.append(Division(index: index, level: level, name: String(fields[2]), shortName: String(fields[3]), code: String(fields[1]), parent: parent))
                stack[level] = index
                for deeper in Division.Level.allBelow(level) { stack[deeper] = nil }
            }
        }
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
        guard let (names, first) = villageLists[township.index] else { return [] }
        return names.split(separator: "|", omittingEmptySubsequences: false).enumerated().map { ordinal, name in
            Division(index: divisions.count + first + ordinal, level: .village, name: String(name), shortName: nil, code: nil, parent: township.index)
        }
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
