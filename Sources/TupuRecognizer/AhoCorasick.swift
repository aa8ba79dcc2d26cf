/// A multi-pattern matcher (Aho–Corasick automaton) over Unicode scalars: one pass over a
/// text finds every occurrence of every pattern, whatever the number of patterns.
///
/// - Complexity: building O(total pattern length); matching O(text length + matches).
public struct AhoCorasick<Payload: Sendable>: Sendable {
    /// Transitions, keyed by state << 21 | scalar (a scalar fits in 21 bits).
    private var transitions: [UInt64: Int32] = [:]
    private var failure: [Int32] = [0]
    /// For each state, the patterns ending there: (pattern length, payload index).
    private var outputs: [[(length: Int32, payload: Int32)]] = [[]]
    /// For each state, the nearest state on its failure chain that has outputs (or -1).
    private var outputLink: [Int32] = [-1]
    private var payloads: [Payload] = []

    /// Builds the automaton for `patterns`; equal patterns keep every payload.
    public init<S: Sequence>(_ patterns: S) where S.Element == (String, Payload) {
        for (pattern, payload) in patterns where !pattern.isEmpty {
            var state: Int32 = 0
            for scalar in pattern.unicodeScalars {
                let key = UInt64(state) << 21 | UInt64(scalar.value)
                if let next = transitions[key] {
                    state = next
                } else {
                    let next = Int32(failure.count)
                    failure.append(0)
                    outputs.append([])
                    outputLink.append(-1)
                    transitions[key] = next
                    state = next
                }
            }
            outputs[Int(state)].append((Int32(pattern.unicodeScalars.count), Int32(payloads.count)))
            payloads.append(payload)
        }
        buildFailureLinks()
    }

    private mutating func buildFailureLinks() {
        var children = Array(repeating: [(scalar: UInt32, state: Int32)](), count: failure.count)
        for (key, next) in transitions {
            children[Int(key >> 21)].append((UInt32(key & 0x1FFFFF), next))
        }
        var queue: [Int32] = children[0].map(\.state)
        var head = 0
        while head < queue.count {
            let state = queue[head]
            head += 1
            for (scalar, child) in children[Int(state)] {
                var fallback = failure[Int(state)]
                while true {
                    if state != 0, let next = transitions[UInt64(fallback) << 21 | UInt64(scalar)] {
                        failure[Int(child)] = next
                        break
                    }
                    if fallback == 0 { failure[Int(child)] = 0; break }
                    fallback = failure[Int(fallback)]
                }
                let f = Int(failure[Int(child)])
                outputLink[Int(child)] = outputs[f].isEmpty ? outputLink[f] : Int32(f)
                queue.append(child)
            }
        }
    }

    /// Every occurrence of every pattern in `text`: (start, end, payload), end exclusive,
    /// offsets in Unicode scalars.
    public func matches(in text: [Unicode.Scalar]) -> [(start: Int, end: Int, payload: Payload)] {
        var found: [(start: Int, end: Int, payload: Payload)] = []
        var state: Int32 = 0
        for (index, scalar) in text.enumerated() {
            while true {
                if let next = transitions[UInt64(state) << 21 | UInt64(scalar.value)] { state = next; break }
                if state == 0 { break }
                state = failure[Int(state)]
            }
            var report = state
            if outputs[Int(report)].isEmpty { report = outputLink[Int(report)] }
            while report > 0 {
                for (length, payload) in outputs[Int(report)] {
                    found.append((index + 1 - Int(length), index + 1, payloads[Int(payload)]))
                }
                report = outputLink[Int(report)]
            }
        }
        return found
    }
}
