/// A multi-pattern matcher (Aho–Corasick automaton) over Unicode scalars: one pass over a
/// text finds every occurrence of every pattern, whatever the number of patterns.
///
/// - Complexity: building O(total pattern length); matching O(text length + matches).
public struct AhoCorasick<Payload: Sendable>: Sendable {
    /// The edges of state `s` are `edgeScalars[edgeStart[s]..<edgeStart[s + 1]]`, sorted, leading
    /// to the states at the same places in `edgeTargets`.
    private var edgeStart: [Int32] = []
    private var edgeScalars: [UInt32] = []
    private var edgeTargets: [Int32] = []
    /// The root's edges for the common CJK ideographs, by scalar value (0: none): most steps of
    /// a match start from the root or fall back to it. Other scalars search the root's edges
    /// like any other state's. Small automata (a document's villages) have none: the table
    /// would cost more to make than it saves.
    private var rootTable: [Int32] = []
    private static var tableRange: Range<UInt32> { 0x4E00..<0xA000 }
    private static var smallestWithTable: Int { 64 }
    /// The scalars (by their low ten bits) that leave the root: any other scalar read at the root
    /// leaves the automaton there, found with one test (most of a text's characters begin no pattern).
    private var rootFilter = [UInt64](repeating: 0, count: 16)
    private var failure: [Int32] = [0]
    /// The patterns ending at state `s` are `outputLengths[outputStart[s]..<outputStart[s + 1]]`,
    /// with their payloads' indices at the same places of `outputPayloads`.
    private var outputStart: [Int32] = []
    private var outputLengths: [Int32] = []
    private var outputPayloads: [Int32] = []
    /// For each state, the nearest state on its failure chain that has outputs (or -1).
    private var outputLink: [Int32] = [-1]
    private var payloads: [Payload] = []

    /// Builds the automaton for `patterns`; equal patterns keep every payload.
    public init<S: Sequence>(_ patterns: S) where S.Element == (String, Payload) {
        var children: [[(scalar: UInt32, state: Int32)]] = [[]]
        var outputs: [[(length: Int32, payload: Int32)]] = [[]]
        var rootIndex: [UInt32: Int32] = [:]
        for (pattern, payload) in patterns where !pattern.isEmpty {
            var state: Int32 = 0
            for scalar in pattern.unicodeScalars {
                if state == 0, let next = rootIndex[scalar.value] {
                    state = next
                } else if state != 0, let next = children[Int(state)].first(where: { $0.scalar == scalar.value })?.state {
                    state = next
                } else {
                    let next = Int32(failure.count)
                    failure.append(0)
                    outputs.append([])
                    outputLink.append(-1)
                    children.append([])
                    children[Int(state)].append((scalar.value, next))
                    if state == 0 { rootIndex[scalar.value] = next }
                    state = next
                }
            }
            outputs[Int(state)].append((Int32(pattern.unicodeScalars.count), Int32(payloads.count)))
            payloads.append(payload)
        }
        for scalar in rootIndex.keys { rootFilter[Int(scalar >> 6 & 15)] |= 1 << UInt64(scalar & 63) }
        if rootIndex.count >= Self.smallestWithTable {
            rootTable = [Int32](repeating: 0, count: Int(Self.tableRange.count))
            for (scalar, state) in rootIndex where Self.tableRange.contains(scalar) {
                rootTable[Int(scalar - Self.tableRange.lowerBound)] = state
            }
        }
        layOutEdges(children)
        buildFailureLinks(children, outputs)
        outputStart.reserveCapacity(outputs.count + 1)
        outputLengths.reserveCapacity(payloads.count)
        outputPayloads.reserveCapacity(payloads.count)
        for patterns in outputs {
            outputStart.append(Int32(outputLengths.count))
            for (length, payload) in patterns {
                outputLengths.append(length)
                outputPayloads.append(payload)
            }
        }
        outputStart.append(Int32(outputLengths.count))
    }

    private mutating func layOutEdges(_ children: [[(scalar: UInt32, state: Int32)]]) {
        edgeStart.reserveCapacity(children.count + 1)
        for edges in children {
            edgeStart.append(Int32(edgeScalars.count))
            for edge in edges.sorted(by: { $0.scalar < $1.scalar }) {
                edgeScalars.append(edge.scalar)
                edgeTargets.append(edge.state)
            }
        }
        edgeStart.append(Int32(edgeScalars.count))
    }

    private mutating func buildFailureLinks(_ children: [[(scalar: UInt32, state: Int32)]], _ outputs: [[(length: Int32, payload: Int32)]]) {
        var queue: [Int32] = children[0].map(\.state)
        var head = 0
        while head < queue.count {
            let state = queue[head]
            head += 1
            for (scalar, child) in children[Int(state)] {
                var fallback = failure[Int(state)]
                while true {
                    if state != 0, let next = transition(from: fallback, on: scalar) {
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

    /// The state reached from `state` on `scalar`, or nil when there is no such edge.
    @inline(__always)
    private func transition(from state: Int32, on scalar: UInt32) -> Int32? {
        if state == 0 && !rootTable.isEmpty && Self.tableRange.contains(scalar) {
            let next = rootTable[Int(scalar - Self.tableRange.lowerBound)]
            return next == 0 ? nil : next
        }
        var low = Int(edgeStart[Int(state)]), high = Int(edgeStart[Int(state) + 1])
        while low < high {
            let middle = (low + high) / 2
            if edgeScalars[middle] < scalar { low = middle + 1 } else { high = middle }
        }
        return low < edgeStart[Int(state) + 1] && edgeScalars[low] == scalar ? edgeTargets[low] : nil
    }

    /// Every occurrence of every pattern in `text`: (start, end, payload), end exclusive,
    /// offsets in Unicode scalars.
    public func matches(in text: [Unicode.Scalar]) -> [(start: Int, end: Int, payload: Payload)] {
        var found: [(start: Int, end: Int, payload: Payload)] = []
        var state: Int32 = 0
        for (index, scalar) in text.enumerated() {
            let value = scalar.value
            if state == 0, rootFilter[Int(value >> 6 & 15)] & (1 << UInt64(value & 63)) == 0 { continue }
            while true {
                if let next = transition(from: state, on: value) { state = next; break }
                if state == 0 { break }
                state = failure[Int(state)]
            }
            var report = state
            if outputStart[Int(report)] == outputStart[Int(report) + 1] { report = outputLink[Int(report)] }
            while report > 0 {
                for output in Int(outputStart[Int(report)])..<Int(outputStart[Int(report) + 1]) {
                    found.append((index + 1 - Int(outputLengths[output]), index + 1, payloads[Int(outputPayloads[output])]))
                }
                report = outputLink[Int(report)]
            }
        }
        return found
    }
}
