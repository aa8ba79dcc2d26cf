/// Scores predicted entities against gold entities by the rules of ANNOTATION.md, with the same
/// figures as the reference scorer (shared/tools/score.py) on any input.
///
/// A prediction is a document, a type and a name; it matches an unused gold entry of the same
/// document and type whose canonical name or an alias equals it after normalisation. A match
/// with an optional entry counts neither way; unmatched required entries are misses. Duplicate
/// predictions (same type and normalised name) count once.
public struct EntityScorer: Sendable {
    /// One gold entity.
    struct GoldEntity: Sendable {
        let type: String
        let name: String
        let forms: Set<String>
        let optional: Bool
    }

    /// Gold entities by document, in file order.
    let gold: [String: [GoldEntity]]

    /// The entity types of ANNOTATION.md, in the order scores are reported.
    public static let types = ["Place", "Institution", "Project", "Programme"]

    /// Reads a gold file: document, type, name, aliases (`|`-separated), status (`optional` or `required`).
    /// - Throws: `GoldFileError` for a line with fewer than three columns.
    public init(goldTSV text: String, source: String) throws {
        var gold: [String: [GoldEntity]] = [:]
        for (line, columns) in ScoringText.rows(of: text) {
            guard columns.count >= 3 else {
                throw GoldFileError(description: "\(source):\(line): expected document, type and name, found \(columns.count) column(s)")
            }
            let aliases = columns.count > 3 ? columns[3].split(separator: "|").map(String.init) : []
            let status = columns.count > 4 ? columns[4] : "required"
            gold[columns[0], default: []].append(GoldEntity(
                type: columns[1], name: columns[2],
                forms: Set(([columns[2]] + aliases).map(ScoringText.normalized)),
                optional: status.trimmingPythonSpace() == "optional"))
        }
        self.gold = gold
    }

    /// The documents the gold annotates, sorted.
    public var documents: [String] { gold.keys.sorted(by: ScoringText.scalarOrder) }

    /// Per-type, micro-averaged and untyped scores, and the errors.
    public struct Report: Sendable {
        /// Counts for each type of `EntityScorer.types` that was annotated or predicted.
        public let byType: [String: Counts]
        /// All types together; false positives of types outside the four count too.
        public let micro: Counts
        /// Type ignored.
        public let untyped: Counts
        /// False positives (normalised name) and misses (gold name), document by document.
        public let errors: [ScoringError]
    }

    /// Scores `predictions` (rows of document, type, name; rows with fewer columns are ignored)
    /// over `documents` (default: every gold document).
    public func score(predictions rows: [[String]], documents: [String]? = nil) -> Report {
        var predicted: [String: Set<Prediction>] = [:]
        for columns in rows where columns.count >= 3 {
            predicted[columns[0], default: []].insert(Prediction(type: columns[1], name: ScoringText.normalized(columns[2])))
        }
        let documents = documents ?? self.documents
        let (typed, errors) = count(predicted, documents, typed: true)
        let (untyped, _) = count(predicted, documents, typed: false)
        var micro = Counts()
        for (type, counts) in typed {
            micro.falsePositives += counts.falsePositives
            if Self.types.contains(type) {
                micro.truePositives += counts.truePositives
                micro.falseNegatives += counts.falseNegatives
            }
        }
        return Report(byType: typed, micro: micro, untyped: untyped["", default: Counts()], errors: errors)
    }

    private struct Prediction: Hashable {
        let type: String
        let name: String

        static func order(_ a: Prediction, _ b: Prediction) -> Bool {
            a.type != b.type ? ScoringText.scalarOrder(a.type, b.type) : ScoringText.scalarOrder(a.name, b.name)
        }
    }

    /// The reference scorer's greedy matching: predictions in sorted order, each to the first
    /// unused gold entry it fits. Untyped counts are kept under the key "".
    private func count(_ predicted: [String: Set<Prediction>], _ documents: [String], typed: Bool) -> ([String: Counts], [ScoringError]) {
        var counts: [String: Counts] = [:]
        var errors: [ScoringError] = []
        for document in documents {
            let entries = gold[document] ?? []
            var used = Set<Int>()
            for prediction in (predicted[document] ?? []).sorted(by: Prediction.order) {
                let key = typed ? prediction.type : ""
                let hit = entries.indices.first { index in
                    !used.contains(index) && (!typed || entries[index].type == prediction.type) && entries[index].forms.contains(prediction.name)
                }
                if let hit {
                    used.insert(hit)
                    if !entries[hit].optional { counts[key, default: Counts()].truePositives += 1 }
                } else {
                    counts[key, default: Counts()].falsePositives += 1
                    errors.append(ScoringError(document: document, kind: .falsePositive, fields: [prediction.type, prediction.name]))
                }
            }
            for (index, entry) in entries.enumerated() where !used.contains(index) && !entry.optional {
                counts[typed ? entry.type : "", default: Counts()].falseNegatives += 1
                errors.append(ScoringError(document: document, kind: .falseNegative, fields: [entry.type, entry.name]))
            }
        }
        return (counts, errors)
    }
}

extension String {
    /// The string without leading and trailing white space as Python's `str.strip()` sees it.
    func trimmingPythonSpace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !ScoringText.isSpace($0) }),
              let last = scalars.lastIndex(where: { !ScoringText.isSpace($0) }) else { return "" }
        return String(scalars[first...last])
    }
}
