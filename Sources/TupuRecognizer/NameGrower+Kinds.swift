/// Bodies before a head that describe a kind of thing instead of naming one: how it is run
/// (规模化|油橄榄产业园), where something happens inside it (厂房里|生产线), one of a kind
/// introduced by 一 (在|一油橄榄科技|有限公司), the largest of a kind (最大的|…交易中心), or a site ranked by
/// stars (四星级…园区).
extension NameGrower {
    /// Whether the body `start..<headStart` before a head of `type` describes a kind, no name.
    func describesKind(_ type: EntityType, start: Int, headStart: Int) -> Bool {
        // What a superlative describes (南方最大的|仿刺参交易中心) is the largest of a kind, unless a place names it.
        if start >= 3, text[start - 1] == "的", text[start - 3] == "最", !(start..<headStart).contains(where: { placeEnds[$0] != nil }) { return true }
        // A site ranked by stars (四川省四星级现代农业园区) is a title conferred, no site's name.
        if type == .place, (start..<max(start, headStart - 1)).contains(where: { text[$0] == "星" && text[$0 + 1] == "级" }) { return true }
        guard headStart - start >= 3 else { return false }
        // A manner of running things (规模化, 标准化, 现代化, but not 茶文化) begins the body of no works or body.
        if type != .programme, text[start + 2] == "化", text[start + 1] != "文", words.contains(text, start, 3) { return true }
        // A common noun and 里 or 内 (厂房里, 车间内) say where, and nothing more.
        if headStart - start == 3, Self.insideLocatives.contains(text[start + 2]), words.has(tag: "n", text, start, 2) { return true }
        // A thing introduced by 一 after a verb or preposition (在|一…公司, 是|一…合作社) is one of its kind,
        // unless 一 begins a word with what follows (一品, 一汽 are names' words).
        return type == .institution && start > 0 && text[start] == "一" && Self.copulasAndPrepositions.contains(text[start - 1])
            && !words.contains(text, start, 2) && !isNumeral(text[start + 1])
    }

    static let insideLocatives = ScalarSet("里内")
}
