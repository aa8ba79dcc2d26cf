import Synchronization

/// An in-memory RDF graph: a set of triples with dictionary-encoded terms and three sorted
/// indexes (SPO, POS, OSP), so that every triple pattern with any of subject, predicate and
/// object bound is answered by a binary search instead of a scan.
///
/// Inserting is cheap (a hash-set insert); the indexes are sorted the first time a pattern is
/// asked after a change, then kept until the next change. Safe to share across threads.
///
/// - Complexity: insert O(1) amortised; a bound pattern O(log n + k) for k answers once the
///   indexes are built; building them O(n log n).
public struct TripleStore: Sendable {
    var dictionary = TermDictionary()
    private(set) var encoded: Set<EncodedTriple> = []
    private var cache = IndexCache()

    /// An empty store.
    public init() {}

    /// A store holding `triples`.
    public init<S: Sequence>(_ triples: S) where S.Element == Triple {
        for triple in triples { insert(triple) }
    }

    /// How many distinct triples the store holds.
    public var count: Int { encoded.count }

    /// Calls `body` once with each distinct term the store holds: the terms of its triples and
    /// the datatypes of its literals. Writers check what a syntax cannot hold here, once per term.
    public func forEachTerm(_ body: (Term) throws -> Void) rethrows {
        for id in 0..<UInt32(dictionary.count) where dictionary.isTerm(id) {
            try body(dictionary[id])
        }
    }

    /// The distinct predicates, in index order.
    public var predicates: [IRI] {
        var result: [IRI] = []
        var last: UInt32?
        for key in cache.indexes(of: encoded).pos where key.a != last {
            result.append(dictionary[key.a].iri!)
            last = key.a
        }
        return result
    }

    /// Adds `triple`; returns false when it was already there (set semantics).
    @discardableResult
    public mutating func insert(_ triple: Triple) -> Bool {
        let key = EncodedTriple(
            a: dictionary.intern(triple.subject),
            b: dictionary.intern(.iri(triple.predicate)),
            c: dictionary.intern(triple.object))
        let (inserted, _) = encoded.insert(key)
        if inserted { cache = IndexCache() }
        return inserted
    }

    /// Reserves room for about `count` triples and twice as many terms.
    public mutating func reserveCapacity(_ count: Int) {
        encoded.reserveCapacity(count)
        dictionary.reserveCapacity(count * 2)
    }

    /// Whether the store holds `triple`.
    public func contains(_ triple: Triple) -> Bool {
        guard let s = dictionary.identifier(of: triple.subject),
              let p = dictionary.identifier(of: .iri(triple.predicate)),
              let o = dictionary.identifier(of: triple.object) else { return false }
        return encoded.contains(EncodedTriple(a: s, b: p, c: o))
    }

    /// The triples matching a pattern; nil leaves that position open. Answers come in
    /// the order of the index used (SPO for subject patterns and the open pattern).
    public func triples(subject: Term? = nil, predicate: IRI? = nil, object: Term? = nil) -> [Triple] {
        var result: [Triple] = []
        forEach(subject: subject, predicate: predicate, object: object) { result.append($0) }
        return result
    }

    /// Calls `body` with each triple matching a pattern, without collecting them.
    public func forEach(subject: Term? = nil, predicate: IRI? = nil, object: Term? = nil, _ body: (Triple) throws -> Void) rethrows {
        func id(_ term: Term?) -> UInt32?? {
            guard let term else { return .some(nil) }
            guard let found = dictionary.identifier(of: term) else { return nil }
            return .some(found)
        }
        guard let s = id(subject), let p = id(predicate.map(Term.iri)), let o = id(object) else { return }
        let indexes = cache.indexes(of: encoded)
        try indexes.forEachMatch(s: s, p: p, o: o) { spo in
            try body(decode(spo))
        }
    }

    /// All triples in subject, predicate, object order of their identifiers: triples of one
    /// subject come together, which serialisers rely on.
    public var allTriples: [Triple] { triples() }

    /// The distinct subjects, in index order.
    public var subjects: [Term] {
        var result: [Term] = []
        var last: UInt32?
        for key in cache.indexes(of: encoded).spo where key.a != last {
            result.append(dictionary[key.a])
            last = key.a
        }
        return result
    }

    private func decode(_ key: EncodedTriple) -> Triple {
        guard case .iri(let predicate) = dictionary[key.b] else { preconditionFailure("predicate is not an IRI") }
        return try! Triple(dictionary[key.a], predicate, dictionary[key.c])
    }
}

/// The sorted indexes of a store's current triples, built on first use and shared by copies of
/// the store until one of them changes.
final class IndexCache: Sendable {
    private let built = Mutex<SortedIndexes?>(nil)

    func indexes(of triples: Set<EncodedTriple>) -> SortedIndexes {
        built.withLock { value in
            if let value { return value }
            let made = SortedIndexes(triples)
            value = made
            return made
        }
    }
}
