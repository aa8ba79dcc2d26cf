import TupuRecognizer

/// One works written after two places, one inside the other: 贵州潭泉酒业白酒加工建设项目 and
/// 湄潭县潭泉酒业白酒加工建设项目 are one works, named by its province as a brand and by its county.
extension CanonicalNamer {
    /// `entities` with each works whose name, its leading place taken off, is another's so taken off, the
    /// one place a province or prefecture holding the other, folded into the first written.
    func mergingNestedPlaceForms(_ entities: [Entity]) -> [Entity] {
        var divisionOf: [String: Gazetteer.Division] = [:]
        for place in entities where place.type == .place {
            guard let division = place.division else { continue }
            for form in [place.name] + place.aliases { divisionOf[form] = division }
        }
        for place in document.innerPlaces {
            guard let division = place.division else { continue }
            divisionOf[place.name] = division
            divisionOf[place.surface] = divisionOf[place.surface] ?? division
        }
        let longestPlace = divisionOf.keys.map(\.count).max() ?? 0
        var firstWithRest: [String: (position: Int, division: Gazetteer.Division)] = [:]
        var fullerOf: [Int: Int] = [:]
        let order = entities.indices.sorted { (entities[$0].mentions.first?.start ?? 0) < (entities[$1].mentions.first?.start ?? 0) }
        for position in order where entities[position].type == .project {
            let name = entities[position].name
            guard let length = stride(from: min(longestPlace, name.count - Self.shortestNestedRest), through: 2, by: -1)
                    .first(where: { divisionOf[String(name.prefix($0))] != nil }),
                  let division = divisionOf[String(name.prefix(length))] else { continue }
            let rest = String(name.dropFirst(length))
            if let first = firstWithRest[rest], first.position != position, areNested(first.division, division) {
                fullerOf[position] = first.position
            } else if firstWithRest[rest] == nil {
                firstWithRest[rest] = (position, division)
            }
        }
        return Self.merging(entities, into: fullerOf)
    }

    /// Whether one division is a province or prefecture that holds the other.
    private func areNested(_ first: Gazetteer.Division, _ second: Gazetteer.Division) -> Bool {
        let (outer, inner) = first.level < second.level ? (first, second) : (second, first)
        guard outer.level == .province || outer.level == .prefecture, outer.index != inner.index else { return false }
        return gazetteer.ancestors(of: inner).contains { $0.index == outer.index }
    }

    /// The fewest characters of a works' name after its place that make it one works' (潭泉酒业…项目), not a
    /// kind's that every place may have (污水处理厂).
    static let shortestNestedRest = 8
}
