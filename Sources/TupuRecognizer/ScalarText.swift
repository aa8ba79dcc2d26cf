extension String {
    /// The string of `scalars`, transcoded to UTF-8 in one pass (the recognizer's texts are
    /// arrays of scalars, and its names are slices of them).
    public init(scalars: ArraySlice<Unicode.Scalar>) {
        var capacity = 0
        for scalar in scalars { capacity += UTF8.width(scalar) }
        self.init(unsafeUninitializedCapacity: capacity) { buffer in
            var count = 0
            for scalar in scalars {
                let value = scalar.value
                switch value {
                case ..<0x80:
                    buffer[count] = UInt8(value)
                    count += 1
                case ..<0x800:
                    buffer[count] = UInt8(0xC0 | value >> 6)
                    buffer[count + 1] = UInt8(0x80 | value & 0x3F)
                    count += 2
                case ..<0x10000:
                    buffer[count] = UInt8(0xE0 | value >> 12)
                    buffer[count + 1] = UInt8(0x80 | value >> 6 & 0x3F)
                    buffer[count + 2] = UInt8(0x80 | value & 0x3F)
                    count += 3
                default:
                    buffer[count] = UInt8(0xF0 | value >> 18)
                    buffer[count + 1] = UInt8(0x80 | value >> 12 & 0x3F)
                    buffer[count + 2] = UInt8(0x80 | value >> 6 & 0x3F)
                    buffer[count + 3] = UInt8(0x80 | value & 0x3F)
                    count += 4
                }
            }
            return count
        }
    }

    /// The string's Unicode scalars as an array, counted and then decoded from its UTF-8: `Array(unicodeScalars)`
    /// decodes the text twice, once to count and once to copy; counting lead bytes is cheaper.
    var scalarArray: [Unicode.Scalar] {
        var copy = self
        return copy.withUTF8 { bytes in
            // A string is valid UTF-8: its scalars are its bytes that are no continuation bytes, and each
            // lead byte says how many continuation bytes follow.
            var scalarCount = 0
            for byte in bytes where byte & 0xC0 != 0x80 { scalarCount += 1 }
            return [Unicode.Scalar](unsafeUninitializedCapacity: scalarCount) { buffer, count in
                var index = 0
                count = 0
                while index < bytes.count {
                    let lead = UInt32(bytes[index])
                    let value: UInt32
                    switch lead {
                    case ..<0x80:
                        value = lead
                        index += 1
                    case ..<0xE0:
                        value = (lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
                        index += 2
                    case ..<0xF0:
                        value = (lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
                        index += 3
                    default:
                        value = (lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12 | UInt32(bytes[index + 2] & 0x3F) << 6
                            | UInt32(bytes[index + 3] & 0x3F)
                        index += 4
                    }
                    buffer[count] = Unicode.Scalar(value).unsafelyUnwrapped
                    count += 1
                }
            }
        }
    }
}

extension Array where Element == Unicode.Scalar {
    /// Whether `word` is written at `index` of the text.
    func holds(_ word: [Unicode.Scalar], at index: Int) -> Bool {
        index >= 0 && index + word.count <= count && self[index..<(index + word.count)].elementsEqual(word)
    }
}

/// A set of characters of the Basic Multilingual Plane as a bitmap: membership without hashing,
/// for the character classes the recognizer tests at every step.
public struct ScalarSet: Sendable {
    private var bits = [UInt64](repeating: 0, count: 0x10000 / 64)

    /// The set of the characters of `characters` (all in the Basic Multilingual Plane).
    public init(_ characters: String) {
        for scalar in characters.unicodeScalars {
            precondition(scalar.value < 0x10000, "ScalarSet holds the Basic Multilingual Plane only")
            bits[Int(scalar.value >> 6)] |= 1 << (scalar.value & 63)
        }
    }

    /// The set of the characters of the Basic Multilingual Plane that `scalars` holds.
    public init<S: Sequence>(of scalars: S) where S.Element == Unicode.Scalar {
        for scalar in scalars where scalar.value < 0x10000 { bits[Int(scalar.value >> 6)] |= 1 << (scalar.value & 63) }
    }

    /// Adds `scalar`; one outside the Basic Multilingual Plane is left out.
    mutating func insert(_ scalar: Unicode.Scalar) {
        guard scalar.value < 0x10000 else { return }
        bits[Int(scalar.value >> 6)] |= 1 << (scalar.value & 63)
    }

    @inline(__always)
    public func contains(_ scalar: Unicode.Scalar) -> Bool {
        contains(scalar.value)
    }

    @inline(__always)
    func contains(_ value: UInt32) -> Bool {
        value < 0x10000 && bits[Int(value >> 6)] & (1 << (value & 63)) != 0
    }

    /// Whether every character of the UTF-8 text `utf8` is in the set; characters beyond the
    /// Basic Multilingual Plane, which the set does not hold, count as in it.
    func containsAll(utf8: ArraySlice<UInt8>) -> Bool {
        everyScalar(ofUTF8: utf8) { $0 >= 0x10000 || contains($0) }
    }
}

/// Whether `utf8` decodes whole and `test` holds for each of its scalars' values, in order; it stops
/// at the first that fails. Names in the gazetteer are tested this way before a string is made of them.
@inline(__always)
func everyScalar(ofUTF8 utf8: ArraySlice<UInt8>, _ test: (UInt32) -> Bool) -> Bool {
    var i = utf8.startIndex
    while i < utf8.endIndex {
        let lead = utf8[i]
        let width = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        guard i + width <= utf8.endIndex else { return false }
        var value = width == 1 ? UInt32(lead) : UInt32(lead) & (0xFF >> (width + 1))
        for j in 1..<width { value = value << 6 | UInt32(utf8[i + j] & 0x3F) }
        guard test(value) else { return false }
        i += width
    }
    return true
}

/// The pairs of adjacent characters of a text, hashed into a bitmap: a filter that rules out, without
/// searching, the names that cannot occur in the text (a name occurs only where each of its pairs
/// does). A pair it holds may still be absent: a hash collision lets a name through, never keeps one out.
struct ScalarPairFilter {
    private var bits = [UInt64](repeating: 0, count: 1 << (Self.hashBits - 6))
    private static var hashBits: Int { 16 }

    init(of text: [Unicode.Scalar]) {
        for index in text.indices.dropFirst() { insert(text[index - 1].value, text[index].value) }
    }

    @inline(__always)
    private static func slot(_ first: UInt32, _ second: UInt32) -> Int {
        let mixed = ((first &* 0x9E37_79B1) ^ second) &* 0x85EB_CA6B
        return Int(mixed >> UInt32(32 - hashBits))
    }

    private mutating func insert(_ first: UInt32, _ second: UInt32) {
        let slot = Self.slot(first, second)
        bits[slot >> 6] |= 1 << UInt64(slot & 63)
    }

    /// Whether every pair of adjacent characters of the UTF-8 text `utf8` may be in the text.
    func mayContainPairs(utf8: ArraySlice<UInt8>) -> Bool {
        var previous: UInt32? = nil
        return everyScalar(ofUTF8: utf8) { value in
            defer { previous = value }
            guard let previous else { return true }
            let slot = Self.slot(previous, value)
            return bits[slot >> 6] & (1 << UInt64(slot & 63)) != 0
        }
    }
}
