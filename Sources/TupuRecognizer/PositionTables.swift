/// Tables over the positions of one text, for the questions name growth asks at every step:
/// arrays the length of the text, looked up without hashing.

/// A map from positions to positions (a place's end by its start).
struct PositionMap {
    private var values: [Int32]

    init(count: Int) { values = [Int32](repeating: -1, count: count + 1) }

    /// The end of the longest of `spans` that starts at each position, each end at most `count`.
    init<S: Sequence>(count: Int, longestSpans spans: S) where S.Element == (Int, Int) {
        self.init(count: count)
        for (start, end) in spans where end > self[start] ?? -1 { self[start] = end }
    }

    subscript(position: Int) -> Int? {
        get { position >= 0 && position < values.count && values[position] >= 0 ? Int(values[position]) : nil }
        set { values[position] = Int32(newValue ?? -1) }
    }

    /// The positions that have a value, with their values, in order.
    var entries: [(key: Int, value: Int)] {
        values.indices.compactMap { position in values[position] >= 0 ? (position, Int(values[position])) : nil }
    }
}

/// A set of positions.
struct PositionSet {
    private var bits: [UInt64]

    init(count: Int) { bits = [UInt64](repeating: 0, count: (count + 1) / 64 + 1) }

    /// The set of `positions`, each at most `count`.
    init<S: Sequence>(count: Int, _ positions: S) where S.Element == Int {
        self.init(count: count)
        for position in positions { insert(position) }
    }

    func contains(_ position: Int) -> Bool {
        position >= 0 && position >> 6 < bits.count && bits[position >> 6] & (1 << UInt64(position & 63)) != 0
    }

    mutating func insert(_ position: Int) { bits[position >> 6] |= 1 << UInt64(position & 63) }
}

/// A yes-or-no answer per text position, computed on first asking: the growers ask about the same
/// positions again and again as names overlap.
final class PositionMemo {
    /// 0 unasked, 1 no, 2 yes. Each access is one read or one write of a byte, never overlapping another:
    /// no dynamic check of exclusive access is needed.
    @exclusivity(unchecked) private var answers: [UInt8]

    init(count: Int) { answers = [UInt8](repeating: 0, count: count) }

    func value(at index: Int, compute: () -> Bool) -> Bool {
        if answers[index] == 0 { answers[index] = compute() ? 2 : 1 }
        return answers[index] == 2
    }
}
