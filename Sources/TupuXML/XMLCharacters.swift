/// The characters XML 1.0 allows in a document (production `Char`), and the names it allows
/// (`NCName` of Namespaces in XML 1.0): checks made in Swift before anything reaches libxml2.
public enum XMLCharacters {
    /// Whether XML 1.0 allows `scalar` anywhere in a document:
    /// #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].
    public static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }

    /// The first character of `text` that XML 1.0 forbids, or nil.
    public static func firstForbidden(in text: String) -> Unicode.Scalar? {
        if text.utf8.withContiguousStorageIfAvailable(mayHoldForbidden) == false { return nil }
        for scalar in text.unicodeScalars where !isAllowed(scalar) { return scalar }
        return nil
    }

    /// A byte-level screen: false when valid UTF-8 `bytes` surely hold no forbidden character,
    /// which is so unless they hold a C0 control other than tab, LF and CR, or the lead byte
    /// 0xEF of U+FFFE and U+FFFF. (Swift strings hold no surrogates.)
    private static func mayHoldForbidden(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for byte in bytes where byte < 0x20 || byte == 0xEF {
            if byte == 0x09 || byte == 0x0A || byte == 0x0D { continue }
            return true
        }
        return false
    }

    /// - Throws: `XMLError.forbiddenCharacter` naming the first forbidden character and the value.
    public static func requireAllowed(_ text: String) throws {
        if let bad = firstForbidden(in: text) { throw XMLError.forbiddenCharacter(bad, in: text) }
    }

    /// `text` with control and forbidden characters shown as `\u{…}`, for error messages.
    public static func printable(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars.prefix(200) {
            if scalar.value < 0x20 || !isAllowed(scalar) {
                out += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return text.unicodeScalars.count > 200 ? out + "…" : out
    }
}

/// XML names without a colon (NCName), as element and attribute local parts and prefixes.
public enum XMLNames {
    /// Whether `name` is an NCName: a NameStartChar other than `:`, then NameChars other than `:`.
    public static func isNCName(_ name: String) -> Bool {
        var scalars = name.unicodeScalars.makeIterator()
        guard let first = scalars.next(), isNameStart(first) else { return false }
        while let next = scalars.next() {
            guard isNameStart(next) || isNameContinuation(next) else { return false }
        }
        return true
    }

    /// The longest suffix of `text` that is an NCName (it may be empty).
    public static func longestNCNameSuffix(of text: String) -> Substring {
        let scalars = text.unicodeScalars
        var start = scalars.endIndex
        var candidate = scalars.endIndex
        while start > scalars.startIndex {
            let previous = scalars.index(before: start)
            let s = scalars[previous]
            guard isNameStart(s) || isNameContinuation(s) else { break }
            start = previous
            if isNameStart(s) { candidate = start }
        }
        return Substring(scalars[candidate...])
    }

    static func isNameStart(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x41...0x5A, 0x61...0x7A, 0x5F: return true
        case 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x2FF, 0x370...0x37D, 0x37F...0x1FFF, 0x200C...0x200D,
             0x2070...0x218F, 0x2C00...0x2FEF, 0x3001...0xD7FF, 0xF900...0xFDCF, 0xFDF0...0xFFFD, 0x10000...0xEFFFF:
            return true
        default: return false
        }
    }

    static func isNameContinuation(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x2D, 0x2E, 0x30...0x39, 0xB7, 0x300...0x36F, 0x203F...0x2040: return true
        default: return false
        }
    }
}
