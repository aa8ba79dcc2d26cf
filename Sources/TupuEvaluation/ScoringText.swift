import Foundation

/// The text rules of ANNOTATION.md's scoring, shared by the entity and relation scorers: how
/// names are compared and how TSV files are read.
public enum ScoringText {
    /// Quotation and title marks that names are compared without.
    static let stripped: Set<Unicode.Scalar> = Set("“”「」《》〈〉\"'‘’『』".unicodeScalars)

    /// A name as scoring compares it: NFKC, with white space and quotation marks removed.
    public static func normalized(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.precomposedStringWithCompatibilityMapping.unicodeScalars
        where !isSpace(scalar) && !stripped.contains(scalar) {
            out.append(scalar)
        }
        return String(out)
    }

    /// White space as the reference scorer (Python's `str.isspace`) sees it: the Unicode
    /// White_Space characters and the information separators U+001C–U+001F.
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace || (0x1C...0x1F).contains(scalar.value)
    }

    /// The data lines of a TSV file, split into columns, with their 1-based line numbers: blank
    /// lines, comments (`#`) and a header line starting with `document` are skipped. Lines end
    /// at LF, CR or CRLF.
    public static func rows(of text: String) -> [(line: Int, columns: [String])] {
        var rows: [(Int, [String])] = []
        let normalisedBreaks = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        for (index, line) in normalisedBreaks.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.unicodeScalars.allSatisfy(isSpace) || line.hasPrefix("document\t") || line == "document" || line.hasPrefix("#") { continue }
            rows.append((index + 1, line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)))
        }
        return rows
    }

    /// Orders strings by their Unicode scalar values, as Python sorts them.
    static func scalarOrder(_ a: String, _ b: String) -> Bool {
        a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars) { $0.value < $1.value }
    }
}

/// True positives, false positives and misses, with the precision, recall and F1 they give.
public struct Counts: Sendable, Equatable {
    public var truePositives = 0
    public var falsePositives = 0
    public var falseNegatives = 0

    public init(truePositives: Int = 0, falsePositives: Int = 0, falseNegatives: Int = 0) {
        self.truePositives = truePositives
        self.falsePositives = falsePositives
        self.falseNegatives = falseNegatives
    }

    /// Whether nothing was annotated and nothing predicted (the scores are then undefined).
    public var isEmpty: Bool { truePositives + falsePositives + falseNegatives == 0 }

    public var precision: Double {
        truePositives + falsePositives == 0 ? 0 : Double(truePositives) / Double(truePositives + falsePositives)
    }

    public var recall: Double {
        truePositives + falseNegatives == 0 ? 0 : Double(truePositives) / Double(truePositives + falseNegatives)
    }

    public var f1: Double {
        let p = precision, r = recall
        return p + r == 0 ? 0 : 2 * p * r / (p + r)
    }

    static func + (a: Counts, b: Counts) -> Counts {
        Counts(truePositives: a.truePositives + b.truePositives, falsePositives: a.falsePositives + b.falsePositives,
               falseNegatives: a.falseNegatives + b.falseNegatives)
    }
}

/// A false positive or a miss, for `--errors`.
public struct ScoringError: Sendable, Equatable {
    public enum Kind: String, Sendable { case falsePositive = "FP", falseNegative = "FN" }
    public let document: String
    public let kind: Kind
    /// The entity type or the relation name, then the name(s) as the reference scorer prints them.
    public let fields: [String]
}

/// A gold file that cannot be read, with the line at fault.
public struct GoldFileError: Error, CustomStringConvertible {
    public let description: String
}
