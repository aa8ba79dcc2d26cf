/// Bodies before a head that describe a kind of thing instead of naming one: how it is run
/// (规模化|油橄榄产业园), where something happens inside it (厂房里|生产线), one of a kind
/// introduced by 一 (在|一油橄榄科技|有限公司), the largest of a kind (最大的|…交易中心), a site ranked by
/// stars (四星级…园区), or a factory or processing works named by its product alone (腊肉|加工厂, 白酒|加工|建设项目).
extension NameGrower {
    /// Whether the body `start..<headStart` before a head of `type` describes a kind, no name.
    func describesKind(_ type: EntityType, start: Int, headStart: Int) -> Bool {
        // What a superlative describes (南方最大的|仿刺参交易中心) is the largest of a kind, unless a place names it.
        if start >= 3, text[start - 1] == "的", text[start - 3] == "最", !(start..<headStart).contains(where: { placeEnds[$0] != nil }) { return true }
        // A site ranked by stars (四川省四星级现代农业园区) is a title conferred, no site's name.
        if type == .place, (start..<max(start, headStart - 1)).contains(where: { text[$0] == "星" && text[$0 + 1] == "级" }) { return true }
        if type == .institution, isProductOnlyFactory(start: start, headStart: headStart) { return true }
        if type == .project, isProductOnlyProcessing(start: start, headStart: headStart) { return true }
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

    /// Whether a factory's body names its product alone, and how it is processed (腊肉|加工厂, 贝类精深|加工厂,
    /// 4万吨初|加工厂), or ends in what is done to the factory (建设|加工厂): a kind. A named one has its maker's, place's or brand's name before the product
    /// (布衣农家腊肉加工厂, 五指山竹笋加工厂, “南哇哇”加工厂).
    func isProductOnlyFactory(start: Int, headStart: Int) -> Bool {
        guard headStart > start, headStart + 3 <= text.count, Lexicon.factoryHeads.contains(WordKey(text, headStart, 3)) else { return false }
        // A verb right before the head says what is done to a factory (…公司建设|加工厂, 建成|饲料厂).
        if headStart - start >= 2, words.isVerb(text, headStart - 2, 2) || words.has(tag: "vn", text, headStart - 2, 2),
           !Lexicon.processingWords.contains(WordKey(text, headStart - 2, 2)) { return true }
        let end = processingStart(before: headStart, from: start)
        if Self.isDigit(text[start]) { return true }
        return end - start <= 3 && placeStarts[start] == nil && !text[start..<headStart].contains(where: QuotedNames.quoteMarks.contains)
    }

    /// Whether a works names the processing of a product and nothing more (白酒|加工|建设项目, 茶叶精深|加工|项目):
    /// the product, how it is processed, 加工 and generic words before the head. A named one has a maker, place
    /// or brand before the product (潭泉酒业白酒加工建设项目).
    func isProductOnlyProcessing(start: Int, headStart: Int) -> Bool {
        var end = headStart
        while end - 2 > start, Lexicon.genericModifiers.contains(WordKey(text, end - 2, 2)) { end -= 2 }
        guard end - 2 > start, WordKey(text, end - 2, 2) == Self.processingWord else { return false }
        end = processingStart(before: end - 2, from: start)
        return (1...3).contains(end - start) && placeStarts[start] == nil && placeCover[start] == 0
            && !text[start..<end].contains(where: { QuotedNames.quoteMarks.contains($0) || Self.isDigit($0) })
    }

    /// Where the words of how a product is processed (精深, 初, 综合) that end at `end` begin, no earlier than `start`.
    func processingStart(before end: Int, from start: Int) -> Int {
        var end = end
        while end > start, let length = (1...2).reversed().first(where: { end - $0 >= start && Lexicon.processingWords.contains(WordKey(text, end - $0, $0)) }) {
            end -= length
        }
        return end
    }

    static let processingWord = WordKey("加工".unicodeScalars)!
}
