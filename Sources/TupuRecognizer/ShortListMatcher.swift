/// A matcher for the few names of one document (its county's villages whose characters all occur
/// in the text): the names are indexed by their first two characters and looked up where the text
/// holds one that begins a name. Cheaper to make than an automaton, which a document uses once.
///
/// Finds what an Aho–Corasick automaton of the same names finds, in the same order (by end, the
/// longer of two names ending together first).
struct ShortListMatcher<Payload> {
    private var byFirstPair: [UInt64: [(scalars: [Unicode.Scalar], payload: Payload)]] = [:]
    /// The characters (by their low ten bits) that begin a name: any other is passed with one test.
    private var firstFilter = [UInt64](repeating: 0, count: 16)

    /// Indexes `names`; names shorter than two characters are not looked for.
    init(_ names: [(String, Payload)]) {
        for (name, payload) in names {
            let scalars = Array(name.unicodeScalars)
            guard scalars.count >= 2 else { continue }
            byFirstPair[Self.key(scalars[0], scalars[1]), default: []].append((scalars, payload))
            firstFilter[Int(scalars[0].value >> 6 & 15)] |= 1 << UInt64(scalars[0].value & 63)
        }
    }

    /// Every occurrence of every name in `text`: (start, end, payload), end exclusive.
    func matches(in text: [Unicode.Scalar]) -> [(start: Int, end: Int, payload: Payload)] {
        var found: [(start: Int, end: Int, payload: Payload)] = []
        guard text.count >= 2 else { return found }
        for start in 0..<(text.count - 1) {
            let value = text[start].value
            guard firstFilter[Int(value >> 6 & 15)] & (1 << UInt64(value & 63)) != 0,
                  let names = byFirstPair[Self.key(text[start], text[start + 1])] else { continue }
            for (scalars, payload) in names where start + scalars.count <= text.count
                && text[(start + 2)..<(start + scalars.count)].elementsEqual(scalars[2...]) {
                found.append((start, start + scalars.count, payload))
            }
        }
        // In the order an automaton reports them: by end, and of two ending together the longer first.
        return found.sorted { ($0.end, $0.start) < ($1.end, $1.start) }
    }

    private static func key(_ first: Unicode.Scalar, _ second: Unicode.Scalar) -> UInt64 {
        UInt64(first.value) << 32 | UInt64(second.value)
    }
}
