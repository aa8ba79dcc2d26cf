/// An absolute IRI (RFC 3987), checked when it is made.
///
/// Use `IRI(_:)` for a complete IRI that must already be valid, and
/// `IRI.encodingSegment(_:)` to turn free text (a Chinese name, say) into a path segment:
/// Chinese characters stay as they are, and only what RFC 3987 does not allow in a segment
/// is percent-encoded.
public struct IRI: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The IRI as text.
    public let value: String

    /// Makes an IRI from text that must already be a valid absolute IRI.
    /// - Throws: `GraphError.invalidIRI` naming the value and what is wrong with it.
    public init(_ value: String) throws {
        if let problem = IRI.problem(in: value) {
            throw GraphError.invalidIRI(value, reason: problem)
        }
        self.value = value
    }

    /// Makes an IRI from text known to be valid (vocabulary constants); checked in debug builds.
    init(trusted value: String) {
        assert(IRI.problem(in: value) == nil, "invalid vocabulary IRI \(value)")
        self.value = value
    }

    public var description: String { "<\(value)>" }

    public static func < (lhs: IRI, rhs: IRI) -> Bool { lhs.value < rhs.value }

    /// Appends free-text path segments separated by `/`, each percent-encoded as a segment.
    public func appending(segments: [String]) -> IRI {
        IRI(trusted: value + segments.map(IRI.encodingSegment).joined(separator: "/"))
    }

    /// Percent-encodes `text` as an IRI path segment (RFC 3987 `isegment`): unreserved ASCII,
    /// sub-delimiters, `:` `@` and the `ucschar` ranges stay; everything else (space, `#`, `%`,
    /// `/`, `?`, controls, private-use and non-characters) becomes `%XX` of its UTF-8 bytes.
    public static func encodingSegment(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if isSegmentCharacter(scalar) {
                out.unicodeScalars.append(scalar)
            } else {
                for byte in String(scalar).utf8 {
                    out += "%" + hexDigits[Int(byte >> 4)] + hexDigits[Int(byte & 0xF)]
                }
            }
        }
        return out
    }

    private static let hexDigits = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "A", "B", "C", "D", "E", "F"]

    static func isSegmentCharacter(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x61...0x7A, 0x41...0x5A, 0x30...0x39: return true
        case 0x2D, 0x2E, 0x5F, 0x7E: return true            // - . _ ~
        case 0x21, 0x24, 0x26...0x2C, 0x3B, 0x3D: return true // ! $ & ' ( ) * + , ; =
        case 0x3A, 0x40: return true                         // : @
        default: return isUCSChar(s)
        }
    }

    /// RFC 3987 `ucschar`: the non-ASCII characters an IRI may hold unencoded.
    static func isUCSChar(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if (0xA0...0xD7FF).contains(v) || (0xF900...0xFDCF).contains(v) || (0xFDF0...0xFFEF).contains(v) { return true }
        if v >= 0x10000 && v <= 0xEFFFD { return (v & 0xFFFF) <= 0xFFFD }
        return false
    }

    /// What makes `value` an invalid absolute IRI, or nil when it is valid.
    static func problem(in value: String) -> String? {
        let scalars = Array(value.unicodeScalars)
        guard let colon = scalars.firstIndex(of: ":"), colon > 0 else { return "it has no scheme" }
        guard isASCIILetter(scalars[0]),
              scalars[1..<colon].allSatisfy({ isASCIILetter($0) || ("0"..."9").contains($0) || "+-.".unicodeScalars.contains($0) })
        else { return "its scheme is not valid" }
        var i = 0
        while i < scalars.count {
            let s = scalars[i]
            if s == "%" {
                guard i + 2 < scalars.count, scalars[i + 1].properties.isASCIIHexDigit, scalars[i + 2].properties.isASCIIHexDigit
                else { return "a % is not followed by two hex digits" }
                i += 3
                continue
            }
            if s.value <= 0x20 || s.value == 0x7F { return "it holds a space or control character (U+\(hex(s)))" }
            if "<>\"{}|\\^`".unicodeScalars.contains(s) { return "it holds the character \(s), which an IRI may not" }
            if s.value > 0x7F && !isUCSChar(s) && !(0xE000...0xF8FF).contains(s.value) && !(s.value >= 0xF0000 && (s.value & 0xFFFF) <= 0xFFFD) {
                return "it holds U+\(hex(s)), which an IRI may not"
            }
            i += 1
        }
        return nil
    }

    private static func isASCIILetter(_ s: Unicode.Scalar) -> Bool { ("a"..."z").contains(s) || ("A"..."Z").contains(s) }
    private static func hex(_ s: Unicode.Scalar) -> String {
        let h = String(s.value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - h.count)) + h
    }
}
