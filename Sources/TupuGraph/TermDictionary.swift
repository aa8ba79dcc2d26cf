/// Interns terms: each distinct term gets a dense 32-bit identifier, so that the store's indexes
/// hold small fixed-size integers instead of strings.
struct TermDictionary: Sendable {
    private(set) var terms: [Term] = []
    private var identifiers: [Term: UInt32] = [:]

    /// The identifier of `term`, adding it when it is new.
    mutating func intern(_ term: Term) -> UInt32 {
        if let id = identifiers[term] { return id }
        let id = UInt32(terms.count)
        terms.append(term)
        identifiers[term] = id
        return id
    }

    /// The identifier of `term`, or nil when the dictionary has never seen it.
    func identifier(of term: Term) -> UInt32? { identifiers[term] }

    subscript(id: UInt32) -> Term { terms[Int(id)] }

    mutating func reserveCapacity(_ count: Int) {
        terms.reserveCapacity(count)
        identifiers.reserveCapacity(count)
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
