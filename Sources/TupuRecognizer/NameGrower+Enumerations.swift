/// Projects enumerated after a count of them (产业转型类项目12项，具体为：A、B、C等。; 8个项目分别是：…):
/// the text says each item is a project, whatever its last word (和美固废, 泽州县中医院, 石河水库).
extension NameGrower {
    /// Words that open an enumeration of what was just counted.
    static let enumerationOpeners: [[Unicode.Scalar]] = ["具体为", "具体是", "分别是", "分别为"].map { Array($0.unicodeScalars) }

    /// The items of every enumeration of projects in the text.
    func enumeratedProjects() -> [Candidate] {
        var found: [Candidate] = []
        var index = 0
        while index + 3 <= text.count {
            guard text[index] == "具" || text[index] == "分",
                  let opener = Self.enumerationOpeners.first(where: { index + $0.count <= text.count && text[index..<(index + $0.count)].elementsEqual($0) }),
                  followsProjectCount(index) else {
                index += 1
                continue
            }
            var itemStart = index + opener.count
            if itemStart < text.count, text[itemStart] == "：" || text[itemStart] == ":" { itemStart += 1 }
            let (items, end) = enumerationItems(from: itemStart)
            found += items
            index = max(end, index + 1)
        }
        return found
    }

    /// Whether a count of projects ends right before `index`, perhaps after a comma (类项目12项，|具体为, 8个项目|分别是).
    private func followsProjectCount(_ index: Int) -> Bool {
        var end = index
        if end > 0, text[end - 1] == "，" || text[end - 1] == "," { end -= 1 }
        func isCount(endingAt end: Int) -> Bool {
            end >= 2 && "个项".unicodeScalars.contains(text[end - 1]) && (Self.isDigit(text[end - 2]) || Lexicon.numerals.contains(text[end - 2]))
        }
        guard end >= 4 else { return false }
        if WordKey(text, end - 2, 2) == Lexicon.projectHead || WordKey(text, end - 2, 2) == Lexicon.worksHead { return isCount(endingAt: end - 2) }
        guard isCount(endingAt: end) else { return false }
        var countStart = end - 2
        while countStart > 0, Self.isDigit(text[countStart - 1]) || Lexicon.numerals.contains(text[countStart - 1]) { countStart -= 1 }
        // What was counted: projects, works, or a class of them (民生和社会事业类|7项).
        return countStart >= 2 && (WordKey(text, countStart - 2, 2) == Lexicon.projectHead
                                   || WordKey(text, countStart - 2, 2) == Lexicon.worksHead || text[countStart - 1] == "类")
    }

    /// The items from `start` up to 等 (what follows it is their kind: 等民生实事项目) or the end of
    /// the sentence, and where the enumeration ends.
    private func enumerationItems(from start: Int) -> ([Candidate], Int) {
        var items: [Candidate] = []
        var itemStart = start
        var i = start
        while i < text.count, i - start < 400 {
            let character = text[i]
            let endsList = character == "。" || character == "；" || character == ";" || character == "\n" || character == "等"
            if character == "、" || endsList {
                if let item = enumeratedItem(itemStart, i) { items.append(item) }
                if endsList { return (items, i) }
                itemStart = i + 1
            } else if !(Self.isNameCharacter(character) || "（）()“”.".unicodeScalars.contains(character)) {
                return ([], i)
            }
            i += 1
        }
        return ([], i)
    }

    /// One item as a project: after any amount and function word before it (投资3亿元的|…); no
    /// generic phrase and no place alone (孝门村 in 孝门村等民生实事项目).
    private func enumeratedItem(_ start: Int, _ end: Int) -> Candidate? {
        var start = start
        if start + 1 < end, let lastStop = ((start + 1)..<end).last(where: { Lexicon.stopCharacters.contains(text[$0]) && !startsWordInName(at: $0, end: end) }) {
            start = lastStop + 1
        }
        start = skippingLeadingWords(from: start, before: end)
        guard end - start >= 2, end - start <= Self.maximumLength(.project), hasNameCharacter(start, end),
              placeEnds[start] != end, !namesNothing(start, end, generic: Lexicon.genericModifiers) else { return nil }
        return Candidate(type: .project, start: start, end: end, priority: 3)
    }
}
