import ArgumentParser
import Foundation
import TupuEvaluation

/// How `tupu eval` prints its scores.
enum ScoreFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

/// The scores of one evaluation, laid out as the reference scorers print them (a table per
/// part, then the errors as tab-separated lines), or as JSON.
struct ScoreReport {
    let entities: EntityScorer.Report
    let relations: RelationScorer.Report?

    private var entityRows: [(String, Counts?)] {
        EntityScorer.types.map { ($0, entities.byType[$0, default: Counts()]) } + [("micro", entities.micro), ("untyped", entities.untyped)]
    }

    /// Relation rows; a relation with nothing annotated and nothing predicted has no scores.
    private var relationRows: [(String, Counts?)] {
        guard let relations else { return [] }
        return (RelationScorer.relations.map { ($0, relations.byRelation[$0]) } + [("micro", relations.micro)]).map { name, counts in
            (name, counts.flatMap { $0.isEmpty ? nil : $0 })
        }
    }

    func render(_ format: ScoreFormat, errors: Bool) throws -> String {
        switch format {
        case .text: return text(errors: errors)
        case .json: return try json(errors: errors)
        }
    }

    private func text(errors: Bool) -> String {
        var out = "== entities\n" + Self.table("type", width: 12, entityRows)
        if errors { out += entities.errors.map(Self.line).joined() }
        if let relations {
            out += "== relations\n" + Self.table("relation", width: 16, relationRows)
            if errors { out += relations.errors.map(Self.line).joined() }
        }
        return out
    }

    private static func table(_ heading: String, width: Int, _ rows: [(String, Counts?)]) -> String {
        func padded(_ text: String, _ width: Int, left: Bool) -> String {
            let pad = String(repeating: " ", count: max(0, width - text.count))
            return left ? text + pad : pad + text
        }
        var out = padded(heading, width, left: true) + ["P", "R", "F1"].map { padded($0, 7, left: false) }.joined()
            + ["tp", "fp", "fn"].map { padded($0, 6, left: false) }.joined() + "\n"
        for (name, counts) in rows {
            let shown = counts ?? Counts()
            let figures = counts.map { [$0.precision, $0.recall, $0.f1].map { String(format: "%7.3f", $0) }.joined() }
                ?? String(repeating: padded("-", 7, left: false), count: 3)
            out += padded(name, width, left: true) + figures
                + [shown.truePositives, shown.falsePositives, shown.falseNegatives].map { padded(String($0), 6, left: false) }.joined() + "\n"
        }
        return out
    }

    private static func line(_ error: ScoringError) -> String {
        ([error.document, error.kind.rawValue] + error.fields).joined(separator: "\t") + "\n"
    }

    private func json(errors: Bool) throws -> String {
        func object(_ rows: [(String, Counts?)]) -> [String: Any] {
            Dictionary(uniqueKeysWithValues: rows.map { name, counts in
                let shown = counts ?? Counts()
                let figures: [String: Any] = counts.map { ["p": $0.precision, "r": $0.recall, "f1": $0.f1] } ?? ["p": NSNull(), "r": NSNull(), "f1": NSNull()]
                return (name, figures.merging(["tp": shown.truePositives, "fp": shown.falsePositives, "fn": shown.falseNegatives]) { a, _ in a })
            })
        }
        func list(_ errors: [ScoringError]) -> [[String]] { errors.map { [$0.document, $0.kind.rawValue] + $0.fields } }
        var root: [String: Any] = ["entities": object(entityRows)]
        if errors { root["entityErrors"] = list(entities.errors) }
        if let relations {
            root["relations"] = object(relationRows)
            if errors { root["relationErrors"] = list(relations.errors) }
        }
        let data = try JSONSerialization.data(withJSONObject: root, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
