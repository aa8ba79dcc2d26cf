extension String {
    /// The string of `scalars`, transcoded to UTF-8 in one pass (the recognizer's texts are
    /// arrays of scalars, and its names are slices of them).
    public init(scalars: ArraySlice<Unicode.Scalar>) {
        let capacity = scalars.reduce(0) { $0 + UTF8.width($1) }
        self.init(unsafeUninitializedCapacity: capacity) { buffer in
            var count = 0
            for scalar in scalars {
                UTF8.encode(scalar) { byte in
                    buffer[count] = byte
                    count += 1
                }
            }
            return count
        }
    }

    /// The string's Unicode scalars as an array, decoded in one pass: `Array(unicodeScalars)`
    /// walks the text twice, once to count and once to copy. Chinese text takes three bytes a
    /// character; other text grows the array as it goes.
    var scalarArray: [Unicode.Scalar] {
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(utf8.count / 3)
        for scalar in unicodeScalars { scalars.append(scalar) }
        return scalars
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
        var i = utf8.startIndex
        while i < utf8.endIndex {
            let lead = utf8[i]
            let width = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
            guard i + width <= utf8.endIndex else { return false }
            var value = width == 1 ? UInt32(lead) : UInt32(lead) & (0xFF >> (width + 1))
            for j in 1..<width { value = value << 6 | UInt32(utf8[i + j] & 0x3F) }
            guard value >= 0x10000 || contains(value) else { return false }
            i += width
        }
        return true
    }
}
