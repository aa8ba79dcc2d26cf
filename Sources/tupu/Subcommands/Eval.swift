import ArgumentParser
import Foundation
import TupuEvaluation
import TupuLinker

/// `tupu eval`: scores recognition (and relations) against gold files, by ANNOTATION.md's rules.
struct Eval: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Score entities (and relations) against gold annotations.",
        discussion: """
        Runs recognition and linking on the texts (default seeds/) and scores the entities \
        against --gold by the rules of ANNOTATION.md: precision, recall and F1 per type, \
        micro-averaged and untyped. With --relations, the relations are scored too, per relation \
        and micro-averaged. The figures are those of the reference scorers (score.py, \
        score_relations.py) on the same predictions.

        Only the documents given are scored when texts are read; with --predicted-entities or \
        --predicted-facts (saved `tupu entities` / `tupu facts` output, or any TSV of document, \
        type, name / document, subject, relation, object) every gold document is scored instead.

        Example:
          tupu eval --gold docs/gold/entities.tsv --relations docs/gold/relations.tsv seeds
          tupu eval --gold gold.tsv reports/ --errors
          tupu eval --gold gold.tsv --predicted-entities predictions.tsv --format json
        """
    )

    @Option(help: "Gold entities: document, type, name, aliases (a|b), required|optional.")
    var gold: String

    @Option(help: "Gold relations: document, subject, relation, object, required|optional.")
    var relations: String?

    @Option(help: "Score this saved entity table instead of recognizing texts.")
    var predictedEntities: String?

    @Option(help: "Score this saved relation table instead of linking texts (needs --relations).")
    var predictedFacts: String?

    @Flag(help: "List false positives (FP) and misses (FN) after the scores.")
    var errors = false

    @Option(help: "Output format: text or json.")
    var format: ScoreFormat = .text

    @Argument(help: "Text files or folders of *.txt files to recognize.")
    var inputs: [String] = []

    func validate() throws {
        if predictedFacts != nil && relations == nil { throw ValidationError("--predicted-facts needs --relations (the gold relations).") }
        if !inputs.isEmpty && predictedEntities != nil && (relations == nil || predictedFacts != nil) {
            throw ValidationError("give either texts or --predicted-entities/--predicted-facts, not both.")
        }
    }

    func run() throws {
        let entityGold = try EntityScorer(goldTSV: try Self.read(gold), source: gold)
        let relationGold = try relations.map { try RelationScorer(goldTSV: try Self.read($0), source: $0, entities: entityGold) }
        relationGold?.warnings.forEach { Terminal.error("tupu eval: \($0)") }

        let needsTexts = predictedEntities == nil || (relationGold != nil && predictedFacts == nil)
        let documents = needsTexts ? try Pipeline().run(inputs.isEmpty ? ["seeds"] : inputs) : []
        let scored = needsTexts ? documents.map(\.name).sorted() : nil
        if let scored {
            let missing = entityGold.documents.filter { !scored.contains($0) }
            if !missing.isEmpty { Terminal.error("tupu eval: \(missing.count) gold document(s) not among the texts, not scored: \(missing.prefix(5).joined(separator: ", "))") }
            for name in scored where !entityGold.documents.contains(name) {
                Terminal.error("tupu eval: \(name) is not in the gold: its entities count as false positives")
            }
        }

        let entityRows = try predictedEntities.map { try Self.rows(of: $0) }
            ?? documents.flatMap { Self.columns(Entities.rows(of: $0), ["document", "type", "name"]) }
        let entityReport = entityGold.score(predictions: entityRows, documents: predictedEntities == nil ? scored : nil)
        let relationReport = try relationGold.map { scorer in
            let rows = try predictedFacts.map { try Self.rows(of: $0) }
                ?? documents.flatMap { Self.columns(Facts.rows(of: $0), ["document", "subject", "relation", "object"]) }
            return scorer.score(predictions: rows, documents: predictedFacts == nil ? scored : nil)
        }
        relationReport?.warnings.forEach { Terminal.error("tupu eval: \($0)") }
        print(try ScoreReport(entities: entityReport, relations: relationReport).render(format, errors: errors), terminator: "")
    }

    private static func read(_ path: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else { throw ValidationFailure("cannot read \(path)") }
        guard let text = String(data: data, encoding: .utf8) else { throw ValidationFailure("\(path) is not UTF-8 text") }
        return text
    }

    private static func rows(of path: String) throws -> [[String]] {
        ScoringText.rows(of: try read(path)).map(\.columns)
    }

    private static func columns(_ rows: [[String: Any]], _ names: [String]) -> [[String]] {
        rows.map { row in names.map { "\(row[$0] ?? "")" } }
    }
}
