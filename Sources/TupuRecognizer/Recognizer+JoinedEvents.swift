/// Two events held as one, written with 暨 between them (…农民丰收节暨第八届石榴文化节, …会议暨…推进会):
/// one programme, named by the whole. A quoted series after 暨 (…半程马拉松暨“跑遍四川”渠县站) is a
/// programme of its own that the event is a stop of.
extension Recognizer {
    /// The programmes made of two programme candidates that 暨 joins, each written right beside it.
    static func eventsJoinedByJi(in candidates: [Candidate], text: [Unicode.Scalar]) -> [Candidate] {
        var joined: [Candidate] = []
        // Indexes, not copies: a candidate copied retains its division and name.
        for index in candidates.indices {
            let end = candidates[index].end
            guard candidates[index].type == .programme, end + 1 < text.count, text[end] == "暨", !QuotedNames.quoteMarks.contains(text[end + 1]),
                  let second = candidates.firstIndex(where: { $0.type == .programme && $0.start == end + 1 }) else { continue }
            joined.append(Candidate(type: .programme, start: candidates[index].start, end: candidates[second].end,
                                    priority: max(candidates[index].priority, candidates[second].priority)))
        }
        return joined
    }
}
