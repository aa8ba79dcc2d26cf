#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Interns terms: each distinct term gets a dense 32-bit identifier, so that the store's indexes
/// hold small fixed-size integers instead of strings.
///
/// The text of every term lives once in one UTF-8 arena (each followed by a NUL byte), described
/// by a fixed-size record; an open-addressing table of identifiers finds a term by its bytes.
/// A language tag is interned as a term of its own kind that no triple uses, so a tagged
/// literal is its text plus the identifier of its tag, and a typed literal its text plus the
/// identifier of its datatype IRI. A million-triple graph costs its text plus about 30 bytes
/// per term, instead of a Swift `Term` held twice (array and dictionary key) with a heap
/// string each.
struct TermDictionary: Sendable {
    /// How a record's text is to be read.
    enum Kind: UInt8, Sendable {
        case iri, blank, plainLiteral, taggedLiteral, typedLiteral, languageTag
    }

    private struct Record: Sendable {
        var offset: Int
        var length: UInt32
        var annotation: UInt32   // the language-tag or datatype identifier of a literal
        var kind: Kind
    }

    private var arena: [UInt8] = []
    private var records: [Record] = []
    private var slots: [UInt32] = Array(repeating: 0, count: 16)   // identifier + 1; 0 is empty

    /// How many distinct terms (language tags included) have been interned.
    var count: Int { records.count }

    /// The identifier of `term`, adding it when it is new.
    mutating func intern(_ term: Term) -> UInt32 {
        switch term {
        case .iri(let iri): return intern(.iri, iri.value, 0)
        case .blank(let node): return intern(.blank, node.label, 0)
        case .literal(let literal):
            if let language = literal.language {
                return intern(.taggedLiteral, literal.lexicalForm, intern(.languageTag, language, 0))
            }
            if let datatype = literal.datatype {
                return intern(.typedLiteral, literal.lexicalForm, intern(.iri, datatype.value, 0))
            }
            return intern(.plainLiteral, literal.lexicalForm, 0)
        }
    }

    /// The identifier of `term`, or nil when the dictionary has never seen it.
    func identifier(of term: Term) -> UInt32? {
        switch term {
        case .iri(let iri): return lookUp(.iri, iri.value, 0)
        case .blank(let node): return lookUp(.blank, node.label, 0)
        case .literal(let literal):
            if let language = literal.language {
                return lookUp(.languageTag, language, 0).flatMap { lookUp(.taggedLiteral, literal.lexicalForm, $0) }
            }
            if let datatype = literal.datatype {
                return lookUp(.iri, datatype.value, 0).flatMap { lookUp(.typedLiteral, literal.lexicalForm, $0) }
            }
            return lookUp(.plainLiteral, literal.lexicalForm, 0)
        }
    }

    /// The term with identifier `id`, rebuilt from the arena.
    subscript(id: UInt32) -> Term {
        let record = records[Int(id)]
        let text = self.text(of: id)
        switch record.kind {
        case .iri: return .iri(IRI(trusted: text))
        case .blank: return .blank(BlankNode(unchecked: text))
        case .plainLiteral: return .literal(Literal(text))
        case .taggedLiteral: return .literal(Literal(text, checkedLanguage: self.text(of: record.annotation)))
        case .typedLiteral: return .literal(Literal(text, datatype: IRI(trusted: self.text(of: record.annotation))))
        case .languageTag: preconditionFailure("a language tag is not a term")
        }
    }

    /// Whether `id` names a term a triple can hold (not a language tag).
    func isTerm(_ id: UInt32) -> Bool { records[Int(id)].kind != .languageTag }

    mutating func reserveCapacity(_ count: Int) {
        records.reserveCapacity(count)
        arena.reserveCapacity(count * 64)
        if count * 2 > slots.count { rehash(capacity: Self.capacity(for: count)) }
    }

    // MARK: - Arena and table

    private func text(of id: UInt32) -> String {
        let record = records[Int(id)]
        return arena.withUnsafeBufferPointer { bytes in
            String(decoding: UnsafeBufferPointer(rebasing: bytes[record.offset..<record.offset + Int(record.length)]), as: UTF8.self)
        }
    }

    private func lookUp(_ kind: Kind, _ text: String, _ annotation: UInt32) -> UInt32? {
        var text = text
        return text.withUTF8 { find(kind, $0, annotation).found }
    }

    private mutating func intern(_ kind: Kind, _ text: String, _ annotation: UInt32) -> UInt32 {
        var text = text
        return text.withUTF8 { bytes in
            let (found, slot) = find(kind, bytes, annotation)
            if let found { return found }
            let id = UInt32(records.count)
            records.append(Record(offset: arena.count, length: UInt32(bytes.count), annotation: annotation, kind: kind))
            arena.append(contentsOf: bytes)
            arena.append(0)
            slots[slot] = id + 1
            if records.count * 2 > slots.count { rehash(capacity: slots.count * 2) }
            return id
        }
    }

    /// The identifier of the term with these parts, or the empty slot where it would go.
    private func find(_ kind: Kind, _ bytes: UnsafeBufferPointer<UInt8>, _ annotation: UInt32) -> (found: UInt32?, slot: Int) {
        let mask = slots.count - 1
        var slot = Self.hash(kind, bytes, annotation) & mask
        return arena.withUnsafeBufferPointer { arena in
            while true {
                let entry = slots[slot]
                if entry == 0 { return (nil, slot) }
                let record = records[Int(entry - 1)]
                if record.kind == kind, record.annotation == annotation, Int(record.length) == bytes.count,
                   bytes.count == 0 || memcmp(arena.baseAddress! + record.offset, bytes.baseAddress!, bytes.count) == 0 {
                    return (entry - 1, slot)
                }
                slot = (slot + 1) & mask
            }
        }
    }

    private mutating func rehash(capacity: Int) {
        var fresh = [UInt32](repeating: 0, count: capacity)
        let mask = capacity - 1
        arena.withUnsafeBufferPointer { arena in
            for (index, record) in records.enumerated() {
                let bytes = UnsafeBufferPointer(rebasing: arena[record.offset..<record.offset + Int(record.length)])
                var slot = Self.hash(record.kind, bytes, record.annotation) & mask
                while fresh[slot] != 0 { slot = (slot + 1) & mask }
                fresh[slot] = UInt32(index + 1)
            }
        }
        slots = fresh
    }

    private static func capacity(for count: Int) -> Int {
        var capacity = 16
        while capacity < count * 2 { capacity *= 2 }
        return capacity
    }

    private static func hash(_ kind: Kind, _ bytes: UnsafeBufferPointer<UInt8>, _ annotation: UInt32) -> Int {
        var hasher = Hasher()
        hasher.combine(kind.rawValue)
        hasher.combine(annotation)
        hasher.combine(bytes: UnsafeRawBufferPointer(bytes))
        return hasher.finalize()
    }
}

/// A triple as three term identifiers, in some order (SPO, POS or OSP) fixed by the index holding it.
struct EncodedTriple: Hashable, Comparable, Sendable {
    var a: UInt32, b: UInt32, c: UInt32

    static func < (l: EncodedTriple, r: EncodedTriple) -> Bool {
        if l.a != r.a { return l.a < r.a }
        if l.b != r.b { return l.b < r.b }
        return l.c < r.c
    }
}
