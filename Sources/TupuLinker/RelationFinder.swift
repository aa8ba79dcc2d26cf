import Foundation
import TupuRecognizer

/// Finds the relations of ANNOTATION.md in one document.
///
/// - partOf: a place's nearest ancestor among the document's places (from the gazetteer), or
///   the document's county for an unlisted area (…新村, …片区).
/// - locatedIn: an institution, project or site whose name begins with a place of the
///   document is in that place; otherwise in the document's county.
/// - runs: the document's county runs each programme it reports.
/// - cooperatesWith: in a sentence with a cooperation word (合作, 签约 …), its institutions and
///   places work together.
/// - honouredWith: a place or institution followed by 获评, 被评为 … and a title.
struct RelationFinder {
    let document: RecognizedDocument
    let entities: [Entity]
    let gazetteer: Gazetteer

    static let cooperationWords = ["合作", "签约", "签署", "携手", "结对", "对口", "共建", "战略协议", "帮扶"]
    static let honourWords = ["获评", "被评为", "评为", "荣获", "入选", "成功创建", "跻身", "被授予", "获得"]
    static let conjunctions: Set<String> = ["与", "和", "同", "及", "、", "携手", "联合"]
    static let areaSuffixes = ["村", "镇", "乡", "街道", "社区", "片区", "新区", "开发区", "园区", "示范区", "保护区", "小镇"]

    private var county: Entity? {
        document.county.flatMap { county in entities.first { $0.type == .place && $0.division?.index == county.index } }
    }

    func relations() -> [Relation] {
        var found: [Relation] = []
        var seen = Set<String>()
        func add(_ subject: Entity, _ kind: Relation.Kind, _ object: String, _ sentence: String) {
            guard subject.name != object, seen.insert(subject.name + "\t" + kind.rawValue + "\t" + object).inserted else { return }
            if kind == .cooperatesWith, seen.contains(object + "\tcooperatesWith\t" + subject.name) { return }
            found.append(Relation(subject: subject.name, kind: kind, object: object, sentence: sentence))
        }
        let places = entities.filter { $0.type == .place }
        let placeForms = PlaceForms(places)
        let placeDivisions = Set(places.compactMap { $0.division?.index })
        for entity in entities {
            let sentence = Sentences.containing(entity.mentions[0].start, in: document.text)
            switch entity.type {
            case .place:
                if let division = entity.division {
                    if let parent = gazetteer.ancestors(of: division).first(where: { placeDivisions.contains($0.index) }),
                       let container = places.first(where: { $0.division?.index == parent.index }) {
                        add(entity, .partOf, container.name, sentence)
                    }
                } else if let container = containingPlace(of: entity, among: placeForms) ?? county {
                    let isArea = Self.areaSuffixes.contains { entity.name.hasSuffix($0) }
                    add(entity, isArea ? .partOf : .locatedIn, container.name, sentence)
                }
            case .institution, .project:
                if let container = containingPlace(of: entity, among: placeForms) ?? county {
                    add(entity, .locatedIn, container.name, sentence)
                }
            case .programme:
                if let county { add(county, .runs, entity.name, sentence) }
            }
        }
        var namedMentions: [(entity: Entity, mention: Mention)] = []
        for entity in entities where (entity.type == .institution || entity.type == .place) && !entity.isNamedOnlyInside {
            for mention in entity.mentions { namedMentions.append((entity, mention)) }
        }
        namedMentions.sort { $0.mention.start < $1.mention.start }
        var next = 0
        for (range, sentence) in Sentences.split(document.text) {
            while next < namedMentions.count && namedMentions[next].mention.start < range.lowerBound { next += 1 }
            let mentions = namedMentions[next...].prefix { range.contains($0.mention.start) }
            if Self.cooperationWords.contains(where: { Self.offset(of: $0, in: document.text, range: range) != nil }) {
                for (left, right) in zip(mentions, mentions.dropFirst()) where left.entity != right.entity && left.mention.end <= right.mention.start {
                    let between = String(scalars: document.text[left.mention.end..<right.mention.start])
                    if Self.conjunctions.contains(between) { add(left.entity, .cooperatesWith, right.entity.name, sentence) }
                }
            }
            for honour in Self.honours(in: document.text, range: range) {
                let titles = Self.titles(in: document.text, from: honour.upperBound, to: range.upperBound)
                guard !titles.isEmpty else { continue }
                let subject = mentions.last { $0.mention.end <= honour.lowerBound && !titles.contains($0.entity.name) }?.entity ?? county
                if let subject { for title in titles { add(subject, .honouredWith, title, sentence) } }
            }
        }
        return found
    }

    /// The most specific place of the document that `entity`'s name begins with: of the places
    /// written one after another at its start (宁远县湾井镇卫生院), the last.
    private func containingPlace(of entity: Entity, among forms: PlaceForms) -> Entity? {
        var rest = Substring(entity.name)
        var container: Entity?
        while forms.longest > 0 && rest.count > 1 {
            let lengths = (1...min(forms.longest, rest.count - 1)).reversed()
            guard let length = lengths.first(where: { forms.place[String(rest.prefix($0))].map { $0.name != entity.name } ?? false })
            else { break }
            container = forms.place[String(rest.prefix(length))]
            rest = rest.dropFirst(length)
        }
        return container
    }

    /// The document's places by every form of their names (name, aliases, short form).
    struct PlaceForms {
        var place: [String: Entity] = [:]
        var longest = 0

        init(_ places: [Entity]) {
            for entity in places {
                for form in [entity.name] + entity.aliases + [entity.division?.shortName].compactMap({ $0 }) where place[form] == nil {
                    place[form] = entity
                    longest = max(longest, form.count)
                }
            }
        }
    }

    /// Where `word` first occurs within `range` of `text`, in scalars.
    static func offset(of word: String, in text: [Unicode.Scalar], range: Range<Int>) -> Int? {
        let pattern = Array(word.unicodeScalars)
        guard range.count >= pattern.count, let first = pattern.first else { return nil }
        return (range.lowerBound...(range.upperBound - pattern.count)).first {
            text[$0] == first && text[$0..<$0 + pattern.count].elementsEqual(pattern)
        }
    }

    static let titleEnds = Set("，。；、！？,;（(\n\r".unicodeScalars)
    /// Words that end an unquoted title's clause rather than the title (入选…试点县以来).
    static let titleTails = ["以来", "之后", "以后", "后"]

    /// Where honour words stand in `range`, the longest at each place (被评为 before 评为), in order.
    static func honours(in text: [Unicode.Scalar], range: Range<Int>) -> [Range<Int>] {
        var found: [Range<Int>] = []
        var index = range.lowerBound
        while index < range.upperBound {
            var length: Int?
            for word in honourScalars where text[index] == word[0] && index + word.count <= range.upperBound
                && word.count > (length ?? 0) && text[index..<index + word.count].elementsEqual(word) {
                length = word.count
            }
            if let length {
                found.append(index..<index + length)
                index += length
            } else {
                index += 1
            }
        }
        return found
    }

    private static let honourScalars = honourWords.map { Array($0.unicodeScalars) }

    /// The titles written from `start` (after an honour word) to at most `end`: each of the quoted
    /// titles written one after another (“A”“B”、“C”), or the words up to the next punctuation.
    static func titles(in text: [Unicode.Scalar], from start: Int, to end: Int) -> [String] {
        var first = start
        while first < end && text[first] == " " { first += 1 }
        guard first < end else { return [] }
        if text[first] == "“" || text[first] == "\"" {
            var titles: [String] = []
            var open = first
            while open < end, text[open] == "“" || text[open] == "\"",
                  let close = (open + 1..<end).first(where: { text[$0] == "”" || text[$0] == "\"" }) {
                if close - open > 2 { titles.append(String(scalars: text[(open + 1)..<close])) }
                open = close + 1 < end && text[close + 1] == "、" ? close + 2 : close + 1
            }
            return titles
        }
        var last = first
        while last < end && last - first < 24 && !titleEnds.contains(text[last]) { last += 1 }
        var title = String(scalars: text[first..<last]).trimmingCharacters(in: .whitespaces)
        if let tail = titleTails.first(where: { title.hasSuffix($0) }) { title.removeLast(tail.count) }
        return title.unicodeScalars.count >= 3 ? [title] : []
    }
}

/// Sentence boundaries of Chinese text: 。！？； and line breaks.
public enum Sentences {
    static let terminators: Set<Unicode.Scalar> = Set("。！？；!?;\n".unicodeScalars)

    /// Each sentence with its scalar range.
    public static func split(_ text: [Unicode.Scalar]) -> [(range: Range<Int>, text: String)] {
        var result: [(Range<Int>, String)] = []
        var start = 0
        for (index, scalar) in text.enumerated() where terminators.contains(scalar) {
            appendSentence(start..<index + 1, text, to: &result)
            start = index + 1
        }
        appendSentence(start..<text.count, text, to: &result)
        return result
    }

    /// The sentence holding the scalar at `offset`.
    public static func containing(_ offset: Int, in text: [Unicode.Scalar]) -> String {
        var start = offset
        while start > 0 && !terminators.contains(text[start - 1]) { start -= 1 }
        var end = offset
        while end < text.count && !terminators.contains(text[end]) { end += 1 }
        return trimmed(text[start..<min(text.count, end + 1)])
    }

    private static func appendSentence(_ range: Range<Int>, _ text: [Unicode.Scalar], to result: inout [(Range<Int>, String)]) {
        let sentence = trimmed(text[range])
        if !sentence.isEmpty { result.append((range, sentence)) }
    }

    private static func trimmed(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        let kept = scalars.drop { $0.properties.isWhitespace }
        return String(scalars: kept[..<(kept.lastIndex { !$0.properties.isWhitespace }.map { $0 + 1 } ?? kept.startIndex)])
    }
}
