import Foundation
import TupuRecognizer

/// Gives each mention its canonical name (ANNOTATION.md, "Spans and names"): the fullest
/// unambiguous form the document uses or implies.
struct CanonicalNamer {
    let document: RecognizedDocument
    let gazetteer: Gazetteer

    /// Bodies written with the level word first (县委, 市政府, 县人民医院) and the division they take.
    private var divisionForLevelWord: [Unicode.Scalar: Gazetteer.Division] {
        var map: [Unicode.Scalar: Gazetteer.Division] = [:]
        if let county = document.county, let last = county.name.unicodeScalars.last { map[last] = county }
        if let prefecture = document.prefecture, let last = prefecture.name.unicodeScalars.last, map[last] == nil { map[last] = prefecture }
        if let province = document.province, let last = province.name.unicodeScalars.last, map[last] == nil { map[last] = province }
        return map
    }

    func canonicalName(of mention: Mention) -> String {
        var name = mention.name
        if let division = mention.division, mention.type == .place { return division.name }
        guard mention.type == .institution else { return name }
        if name.hasPrefix("中共") { name.removeFirst(2) }
        name = name.replacingOccurrences(of: "人民政府", with: "政府")
        if let first = name.unicodeScalars.first, let division = divisionForLevelWord[first],
           !name.hasPrefix(division.name), !startsWithDivisionName(name) {
            return division.name + String(String.UnicodeScalarView(name.unicodeScalars.dropFirst()))
        }
        return name
    }

    /// Whether `name` begins with a full division name (县 alone does not count).
    private func startsWithDivisionName(_ name: String) -> Bool {
        document.mentions.contains { $0.division != nil && $0.division!.name.count > 1 && name.hasPrefix($0.division!.name) }
    }

    /// Folds an institution named without its county (实验小学) into the entity named with it
    /// (平顺县实验小学), which then carries the short name as an alias.
    func mergingShortForms(_ entities: [Entity]) -> [Entity] {
        guard let county = document.county else { return entities }
        let prefixes = [county.name] + (county.shortName.map { [$0] } ?? [])
        var result = entities
        var removed = Set<Int>()
        for (index, entity) in entities.enumerated() where entity.type != .place {
            let fuller = prefixes.lazy.compactMap { prefix in
                result.firstIndex { $0.type == entity.type && $0.name == prefix + entity.name }
            }.first
            guard let target = fuller else { continue }
            result[target].aliases.append(entity.name)
            result[target].mentions = (result[target].mentions + entity.mentions).sorted { $0.start < $1.start }
            removed.insert(index)
        }
        return result.enumerated().filter { !removed.contains($0.offset) }.map(\.element)
    }
}
