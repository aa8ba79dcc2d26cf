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
        for entity in entities {
            let sentence = Sentences.containing(entity.mentions[0].start, in: document.text)
            switch entity.type {
            case .place:
                if let division = entity.division {
                    let indexes = Set(places.compactMap { $0.division?.index })
                    if let parent = gazetteer.ancestors(of: division).first(where: { indexes.contains($0.index) }),
                       let container = places.first(where: { $0.division?.index == parent.index }) {
                        add(entity, .partOf, container.name, sentence)
                    }
                } else if let container = containingPlace(of: entity, among: places) ?? county {
                    let isArea = Self.areaSuffixes.contains { entity.name.hasSuffix($0) }
                    add(entity, isArea ? .partOf : .locatedIn, container.name, sentence)
                }
            case .institution, .project:
                if let container = containingPlace(of: entity, among: places) ?? county {
                    add(entity, .locatedIn, container.name, sentence)
                }
            case .programme:
                if let county { add(county, .runs, entity.name, sentence) }
            }
        }
        for (range, sentence) in Sentences.split(document.text) {
            var mentions: [(entity: Entity, mention: Mention)] = []
            for entity in entities where entity.type == .institution || entity.type == .place {
                for mention in entity.mentions where range.contains(mention.start) { mentions.append((entity, mention)) }
            }
            mentions.sort { $0.mention.start < $1.mention.start }
            if Self.cooperationWords.contains(where: sentence.contains) {
                for (left, right) in zip(mentions, mentions.dropFirst()) where left.entity != right.entity {
                    let between = String(String.UnicodeScalarView(document.text[left.mention.end..<right.mention.start]))
                    if Self.conjunctions.contains(between) { add(left.entity, .cooperatesWith, right.entity.name, sentence) }
                }
            }
            for word in Self.honourWords {
                guard let title = Self.title(after: word, in: sentence),
                      let wordStart = Self.offset(of: word, in: document.text, range: range) else { continue }
                let subject = mentions.last { $0.mention.end <= wordStart && $0.entity.name != title }?.entity ?? county
                if let subject { add(subject, .honouredWith, title, sentence) }
                break
            }
        }
        return found
    }

    /// The place of the document whose name begins `entity`'s name (the longest such).
    private func containingPlace(of entity: Entity, among places: [Entity]) -> Entity? {
        places.filter { place in
            place.name != entity.name && ([place.name] + place.aliases + [place.division?.shortName].compactMap { $0 }).contains { entity.name.hasPrefix($0) }
        }.max { $0.name.count < $1.name.count }
    }

    /// Where `word` first occurs within `range` of `text`, in scalars.
    static func offset(of word: String, in text: [Unicode.Scalar], range: Range<Int>) -> Int? {
        let pattern = Array(word.unicodeScalars)
        guard range.count >= pattern.count else { return nil }
        return (range.lowerBound...(range.upperBound - pattern.count)).first { Array(text[$0..<$0 + pattern.count]) == pattern }
    }

    /// The title after an honour word: the quoted text, or the words up to the next punctuation.
    static func title(after word: String, in sentence: String) -> String? {
        guard let range = sentence.range(of: word) else { return nil }
        var rest = sentence[range.upperBound...].drop { $0 == " " }
        if rest.first == "“" || rest.first == "\"" {
            rest = rest.dropFirst()
            guard let close = rest.firstIndex(where: { $0 == "”" || $0 == "\"" }) else { return nil }
            let title = String(rest[..<close])
            return title.count >= 2 ? title : nil
        }
        let title = String(rest.prefix { !"，。；、！？,;（(".contains($0) }.prefix(24))
        return title.count >= 3 ? title : nil
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
        String(String.UnicodeScalarView(scalars)).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
