/// The four kinds of named entity of ANNOTATION.md.
public enum EntityType: String, CaseIterable, Sendable, Comparable, Codable {
    case place = "Place"
    case institution = "Institution"
    case project = "Project"
    case programme = "Programme"

    public static func < (a: EntityType, b: EntityType) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// One occurrence of a named entity in a text.
public struct Mention: Sendable, Hashable {
    public let type: EntityType
    /// The name as the text writes it, quotation marks removed (“乡村工匠”培育行动 → 乡村工匠培育行动).
    public let name: String
    /// The span as written, quotation marks included.
    public let surface: String
    /// Offsets in Unicode scalars, 0-based, end exclusive.
    public let start: Int
    public let end: Int
    /// The administrative division this mention names, when it names one.
    public let division: Gazetteer.Division?

    public init(type: EntityType, name: String, surface: String, start: Int, end: Int, division: Gazetteer.Division? = nil) {
        self.type = type
        self.name = name
        self.surface = surface
        self.start = start
        self.end = end
        self.division = division
    }
}

/// What the recognizer found in one document: its mentions, in text order, and the divisions
/// the document is about (the county, its prefecture and province, the township and village it
/// names most), which linking uses to complete bare names (县委 → 宁远县委, 村委会 → 下灌村村委会).
public struct RecognizedDocument: Sendable {
    public let text: [Unicode.Scalar]
    public let mentions: [Mention]
    /// The county-level division the document is mostly about, if any.
    public let county: Gazetteer.Division?
    /// The prefecture-level division the document is about (the county's, or the most named).
    public let prefecture: Gazetteer.Division?
    /// The province-level division the document is about.
    public let province: Gazetteer.Division?
    /// Places named only inside longer names (湾井镇 in 湾井镇香芋产业园, 永州市 in 湖南省永州市宁远县):
    /// no mentions of their own (ANNOTATION.md), but nodes of the graph that relations reach.
    public let innerPlaces: [Mention]
    /// The township and the village the document names most, if any: bare 镇党委 and 村委会 are theirs.
    public let township: Gazetteer.Division?
    public let village: Gazetteer.Division?
}
