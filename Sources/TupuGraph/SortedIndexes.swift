/// Three permutations of a store's triples, each sorted: SPO, POS and OSP. Together they give
/// every one of the eight triple-pattern shapes a contiguous range to read.
struct SortedIndexes: Sendable {
    let spo: [EncodedTriple]
    let pos: [EncodedTriple]
    let osp: [EncodedTriple]

    init(_ triples: Set<EncodedTriple>) {
        var spo: [EncodedTriple] = []
        spo.reserveCapacity(triples.count)
        spo.append(contentsOf: triples)
        var pos = spo.map { EncodedTriple(a: $0.b, b: $0.c, c: $0.a) }
        var osp = spo.map { EncodedTriple(a: $0.c, b: $0.a, c: $0.b) }
        spo.sort(); pos.sort(); osp.sort()
        self.spo = spo; self.pos = pos; self.osp = osp
    }

    /// Calls `body` with each matching triple, in SPO layout, choosing the index whose
    /// prefix covers the bound positions.
    func forEachMatch(s: UInt32?, p: UInt32?, o: UInt32?, _ body: (EncodedTriple) throws -> Void) rethrows {
        switch (s, p, o) {
        case let (s?, p?, o?):
            try Self.scan(spo, s, p, o) { try body($0) }
        case let (s?, p?, nil):
            try Self.scan(spo, s, p, nil) { try body($0) }
        case let (s?, nil, nil):
            try Self.scan(spo, s, nil, nil) { try body($0) }
        case let (nil, p?, o?):
            try Self.scan(pos, p, o, nil) { try body(EncodedTriple(a: $0.c, b: $0.a, c: $0.b)) }
        case let (nil, p?, nil):
            try Self.scan(pos, p, nil, nil) { try body(EncodedTriple(a: $0.c, b: $0.a, c: $0.b)) }
        case let (s?, nil, o?):
            try Self.scan(osp, o, s, nil) { try body(EncodedTriple(a: $0.b, b: $0.c, c: $0.a)) }
        case let (nil, nil, o?):
            try Self.scan(osp, o, nil, nil) { try body(EncodedTriple(a: $0.b, b: $0.c, c: $0.a)) }
        case (nil, nil, nil):
            for key in spo { try body(key) }
        }
    }

    /// Visits the run of `index` whose leading components equal the bound ones.
    private static func scan(_ index: [EncodedTriple], _ a: UInt32, _ b: UInt32?, _ c: UInt32?, _ body: (EncodedTriple) throws -> Void) rethrows {
        let low = EncodedTriple(a: a, b: b ?? 0, c: c ?? 0)
        var i = lowerBound(index, low)
        while i < index.count {
            let key = index[i]
            guard key.a == a, b == nil || key.b == b!, c == nil || key.c == c! else { break }
            try body(key)
            i += 1
        }
    }

    private static func lowerBound(_ index: [EncodedTriple], _ key: EncodedTriple) -> Int {
        var low = 0, high = index.count
        while low < high {
            let mid = (low + high) / 2
            if index[mid] < key { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
