/// A hash table from short phrases (`WordKey`) to a one-byte value, with open addressing and a
/// multiplicative hash: the recognizer asks it several times for every character near a head, and
/// the standard dictionary's seeded hashing costs more than the look-up itself.
struct WordTable: Sendable {
    private var lows: [UInt64]
    private var highs: [UInt32]
    /// `empty` where no key is stored.
    private var values: [UInt8]
    private var mask: Int
    private(set) var count = 0
    private static let empty: UInt8 = .max

    init(minimumCapacity: Int = 16) {
        var capacity = 16
        while capacity < minimumCapacity * 2 { capacity <<= 1 }
        lows = [UInt64](repeating: 0, count: capacity)
        highs = [UInt32](repeating: 0, count: capacity)
        values = [UInt8](repeating: Self.empty, count: capacity)
        mask = capacity - 1
    }

    private func slot(of key: WordKey) -> Int {
        let mixed = (key.low &* 0x9E37_79B9_7F4A_7C15) ^ (UInt64(key.high) &* 0xC2B2_AE3D_27D4_EB4F)
        var index = Int(truncatingIfNeeded: (mixed ^ (mixed >> 29)) & UInt64(mask))
        while values[index] != Self.empty && (lows[index] != key.low || highs[index] != key.high) { index = (index + 1) & mask }
        return index
    }

    /// The value stored for `key`; storing a value below 255 adds or replaces it.
    subscript(key: WordKey) -> UInt8? {
        get {
            let index = slot(of: key)
            return values[index] == Self.empty ? nil : values[index]
        }
        set {
            guard let newValue, newValue != Self.empty else { preconditionFailure("WordTable stores values below 255 only") }
            if (count + 1) * 2 > values.count { grow() }
            let index = slot(of: key)
            if values[index] == Self.empty { count += 1 }
            lows[index] = key.low
            highs[index] = key.high
            values[index] = newValue
        }
    }

    private mutating func grow() {
        let old = zip(zip(lows, highs), values).filter { $0.1 != Self.empty }
        self = WordTable(minimumCapacity: values.count)
        for ((low, high), value) in old { self[WordKey(low: low, high: high)] = value }
    }
}

/// A set of short phrases (one to four characters), looked up like `WordTable`.
struct PhraseSet: Sendable {
    private var table = WordTable()
    private(set) var phrases: [WordKey] = []

    init<S: Sequence>(_ keys: S) where S.Element == WordKey {
        for key in keys where table[key] == nil {
            table[key] = 1
            phrases.append(key)
        }
    }

    func contains(_ key: WordKey) -> Bool { table[key] != nil }

    func union(_ other: PhraseSet) -> PhraseSet { PhraseSet(phrases + other.phrases) }
}
