/// Scores predicted relations against gold relations by the rules of ANNOTATION.md, with the same
/// figures as the reference scorer (shared/tools/score_relations.py) on any input.
///
/// Subjects and objects match a gold entity's canonical name or any alias (from the entity
/// gold); the object of honouredWith is a title, compared normalised; cooperatesWith matches
/// either way round. Required gold relations are matched first, by a maximum bipartite matching,
/// then the remaining predictions against optional ones, which count neither way.
public struct RelationScorer: Sendable {
    /// The relations of ANNOTATION.md, in the order scores are reported.
    public static let relations = ["partOf", "locatedIn", "cooperatesWith", "honouredWith", "runs"]
    static let symmetric: Set<String> = ["cooperatesWith"]
    static let titleObject: Set<String> = ["honouredWith"]

    struct GoldRelation: Sendable {
        let subject: String
        let object: String
        let optional: Bool
        let subjectForms: Set<String>
        let objectForms: Set<String>
    }

    private struct Key: Hashable, Sendable { let document: String, relation: String }
    private let gold: [Key: [GoldRelation]]
    private let entityDocuments: Set<String>
    /// Notes about the gold, as the reference scorer prints them on standard error.
    public private(set) var warnings: [String] = []

    /// Reads the gold relations (document, subject, relation, object, required|optional) and the
    /// entity gold of the same documents, which gives each canonical name its aliases.
    /// - Throws: `GoldFileError` for a line without five columns, an unknown relation or status.
    public init(goldTSV text: String, source: String, entities: EntityScorer) throws {
        var warnings: [String] = []
        let forms = EntityForms(entities)
        var gold: [Key: [GoldRelation]] = [:]
        for (line, raw) in ScoringText.rows(of: text) {
            guard raw.count == 5 else {
                throw GoldFileError(description: "\(source):\(line): expected 5 tab-separated columns, found \(raw.count)")
            }
            let columns = raw.map { $0.trimmingPythonSpace() }
            let (document, subject, relation, object, status) = (columns[0], columns[1], columns[2], columns[3], columns[4])
            guard Self.relations.contains(relation) else {
                throw GoldFileError(description: "\(source):\(line): unknown relation '\(relation)' (expected one of \(Self.relations.joined(separator: ", ")))")
            }
            guard status == "required" || status == "optional" else {
                throw GoldFileError(description: "\(source):\(line): status must be required or optional, not '\(status)'")
            }
            let subjectForms = forms.forms(document, subject) { warnings.append($0) }
            let objectForms = Self.titleObject.contains(relation)
                ? [ScoringText.normalized(object)] : forms.forms(document, object) { warnings.append($0) }
            gold[Key(document: document, relation: relation), default: []].append(GoldRelation(
                subject: subject, object: object, optional: status == "optional", subjectForms: subjectForms, objectForms: objectForms))
        }
        self.gold = gold
        self.entityDocuments = Set(entities.gold.keys)
        self.warnings = warnings
    }

    /// The documents of the relation gold and the entity gold, sorted.
    public var documents: [String] {
        Set(gold.keys.map(\.document)).union(entityDocuments).sorted(by: ScoringText.scalarOrder)
    }

    /// Per-relation and micro-averaged scores, the errors, and notes on ignored predictions.
    public struct Report: Sendable {
        public let byRelation: [String: Counts]
        public let micro: Counts
        public let errors: [ScoringError]
        public let warnings: [String]
    }

    /// Scores `predictions` (rows of document, subject, relation, object; further columns are
    /// ignored) over `documents` (default: every document of either gold file).
    public func score(predictions rows: [[String]], documents: [String]? = nil) -> Report {
        let documents = documents ?? self.documents
        let scored = Set(documents)
        var predicted: [Key: Set<Pair>] = [:]
        var ignored: [String: Int] = [:]
        for columns in rows {
            guard columns.count >= 4 else { ignored["short line", default: 0] += 1; continue }
            let document = columns[0].trimmingPythonSpace(), relation = columns[2].trimmingPythonSpace()
            let subject = ScoringText.normalized(columns[1]), object = ScoringText.normalized(columns[3])
            if !scored.contains(document) {
                ignored["document not scored", default: 0] += 1
            } else if !Self.relations.contains(relation) {
                ignored["relation '\(relation)'", default: 0] += 1
            } else {
                let pair = Self.symmetric.contains(relation) && ScoringText.scalarOrder(object, subject)
                    ? Pair(subject: object, object: subject) : Pair(subject: subject, object: object)
                predicted[Key(document: document, relation: relation), default: []].insert(pair)
            }
        }
        var counts: [String: Counts] = [:]
        var errors: [ScoringError] = []
        for document in documents {
            for relation in Self.relations {
                let key = Key(document: document, relation: relation)
                let (relationCounts, relationErrors) = match(predicted[key] ?? [], gold[key] ?? [], document, relation)
                counts[relation, default: Counts()] = counts[relation, default: Counts()] + relationCounts
                errors += relationErrors
            }
        }
        let micro = Self.relations.reduce(Counts()) { $0 + counts[$1, default: Counts()] }
        let notes = ignored.keys.sorted(by: ScoringText.scalarOrder).map { "ignored \(ignored[$0]!) prediction line(s): \($0)" }
        return Report(byRelation: counts, micro: micro, errors: errors, warnings: notes)
    }

    private struct Pair: Hashable {
        let subject: String, object: String

        static func order(_ a: Pair, _ b: Pair) -> Bool {
            a.subject != b.subject ? ScoringText.scalarOrder(a.subject, b.subject) : ScoringText.scalarOrder(a.object, b.object)
        }
    }

    private func match(_ predicted: Set<Pair>, _ entries: [GoldRelation], _ document: String, _ relation: String) -> (Counts, [ScoringError]) {
        let predictions = predicted.sorted(by: Pair.order)
        let symmetric = Self.symmetric.contains(relation)
        func fits(_ pair: Pair, _ entry: GoldRelation) -> Bool {
            (entry.subjectForms.contains(pair.subject) && entry.objectForms.contains(pair.object))
                || (symmetric && entry.subjectForms.contains(pair.object) && entry.objectForms.contains(pair.subject))
        }
        let required = entries.indices.filter { !entries[$0].optional }
        let optional = entries.indices.filter { entries[$0].optional }
        let requiredHits = Self.maximumMatching(predictions.map { p in required.indices.filter { fits(p, entries[required[$0]]) } })
        let rest = predictions.indices.filter { requiredHits[$0] == nil }.map { predictions[$0] }
        let optionalHits = Self.maximumMatching(rest.map { p in optional.indices.filter { fits(p, entries[optional[$0]]) } })
        var counts = Counts(truePositives: requiredHits.count)
        var errors: [ScoringError] = []
        for (index, pair) in rest.enumerated() where optionalHits[index] == nil {
            counts.falsePositives += 1
            errors.append(ScoringError(document: document, kind: .falsePositive, fields: [relation, pair.subject, pair.object]))
        }
        let matched = Set(requiredHits.values.map { required[$0] })
        for index in required where !matched.contains(index) {
            counts.falseNegatives += 1
            errors.append(ScoringError(document: document, kind: .falseNegative, fields: [relation, entries[index].subject, entries[index].object]))
        }
        return (counts, errors)
    }

    /// Kuhn's augmenting paths, in the reference scorer's order: a maximum matching from
    /// prediction index to gold index over `edges` (the gold indexes each prediction fits).
    static func maximumMatching(_ edges: [[Int]]) -> [Int: Int] {
        var owner: [Int: Int] = [:]   // gold index → prediction index
        func augment(_ prediction: Int, _ seen: inout Set<Int>) -> Bool {
            for gold in edges[prediction] where !seen.contains(gold) {
                seen.insert(gold)
                if let current = owner[gold] {
                    if !augment(current, &seen) { continue }
                }
                owner[gold] = prediction
                return true
            }
            return false
        }
        for prediction in edges.indices {
            var seen = Set<Int>()
            _ = augment(prediction, &seen)
        }
        return Dictionary(uniqueKeysWithValues: owner.map { ($0.value, $0.key) })
    }
}

/// The accepted forms of each document's gold entities, looked up by canonical name or alias.
struct EntityForms {
    private var canonical: [String: [String: Set<String>]] = [:]   // document → canonical → forms
    private var owners: [String: [String: Set<String>]] = [:]      // document → form → canonicals

    init(_ entities: EntityScorer) {
        for (document, entries) in entities.gold {
            for entry in entries {
                let name = ScoringText.normalized(entry.name)
                canonical[document, default: [:]][name, default: []].formUnion(entry.forms)
                for form in entry.forms { owners[document, default: [:]][form, default: []].insert(name) }
            }
        }
    }

    /// The forms of the gold entity `name` (its canonical name or, failing that, an alias).
    func forms(_ document: String, _ name: String, warn: (String) -> Void) -> Set<String> {
        let key = ScoringText.normalized(name)
        if let forms = canonical[document]?[key] { return forms }
        let candidates = owners[document]?[key] ?? []
        if candidates.count == 1, let owner = candidates.first {
            warn("\(document): '\(name)' is an alias, not the canonical name, of '\(owner)'")
            return canonical[document]![owner]!
        }
        warn("\(document): '\(name)' is not an entity of the entity gold; compared as written")
        return [key]
    }
}
