/// Two events held as one, written with 暨 between them (…农民丰收节暨第八届石榴文化节, …会议暨…推进会):
/// one programme, named by the whole. A quoted series after 暨 (…半程马拉松暨“跑遍四川”渠县站) is a
/// programme of its own that the event is a stop of.
extension Recognizer {
    /// The programmes made of two programme candidates that 暨 joins, each written right beside it.
    static func eventsJoinedByJi(in candidates: [Candidate], text: [Unicode.Scalar]) -> [Candidate] {
        var joined: [Candidate] = []
        for first in candidates where first.type == .programme && first.end + 1 < text.count && text[first.end] == "暨"
            && !QuotedNames.quoteMarks.contains(text[first.end + 1]) {
            guard let second = candidates.first(where: { $0.type == .programme && $0.start == first.end + 1 }) else { continue }
            joined.append(Candidate(type: .programme, start: first.start, end: second.end, priority: max(first.priority, second.priority)))
        }
        return joined
    }
}
