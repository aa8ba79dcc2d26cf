import Foundation
import Testing
import TupuTestSupport

/// `tupu eval` gives the reference scorers' figures and errors, on the seeds and on many
/// generated prediction files built to hit the scoring rules' corners.
@Suite(.serialized) struct EvalCommandTests {
    static let tools = PackagePaths.shared.map { $0 + "/tools" }
    static let toolsPresent = tools.map { FileManager.default.fileExists(atPath: $0 + "/score.py") } == true
        || { ExternalTool.notice("../shared/tools not found: tupu eval agreement skipped"); return false }()
    let gold = PackagePaths.root + "/docs/gold"

    /// Both scorers' outputs for one pair of prediction files: the figures and the error lines.
    private struct Outcome: Equatable {
        var figures: [String: [String: Double]] = [:]
        var errors: [String] = []
    }

    private func reference(_ goldEntities: String, _ goldRelations: String, _ entities: String, _ facts: String) throws -> Outcome {
        var outcome = Outcome()
        for (name, arguments) in [("entities", [Self.tools! + "/score.py", goldEntities, entities]),
                                  ("relations", [Self.tools! + "/score_relations.py", goldRelations, goldEntities, facts])] {
            let json = try ExternalTool.run(tool: "python3", arguments + ["--json"])
            #expect(json.status == 0, "\(json.error)")
            for (key, values) in try Self.figures(json.output) { outcome.figures[name + "." + key] = values }
            let text = try ExternalTool.run(tool: "python3", arguments + ["--errors"])
            outcome.errors += Self.errorLines(text.output)
        }
        return outcome
    }

    private func tupu(_ goldEntities: String, _ goldRelations: String, _ entities: String, _ facts: String) throws -> Outcome {
        let common = ["eval", "--gold", goldEntities, "--relations", goldRelations, "--predicted-entities", entities, "--predicted-facts", facts]
        let json = try ExternalTool.run(PackagePaths.tupu, common + ["--format", "json"])
        #expect(json.status == 0, "\(json.error)")
        let root = try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any] ?? [:]
        var outcome = Outcome()
        for name in ["entities", "relations"] {
            let part = try JSONSerialization.data(withJSONObject: root[name] ?? [:])
            for (key, values) in try Self.figures(String(decoding: part, as: UTF8.self)) { outcome.figures[name + "." + key] = values }
        }
        outcome.errors = Self.errorLines(try ExternalTool.run(PackagePaths.tupu, common + ["--errors"]).output)
        return outcome
    }

    /// Scores as numbers; an undefined score (JSON null) as -1.
    private static func figures(_ json: String) throws -> [String: [String: Double]] {
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: [String: Any]] ?? [:]
        return object.mapValues { values in values.mapValues { ($0 as? NSNumber)?.doubleValue ?? -1 } }
    }

    private static func errorLines(_ text: String) -> [String] {
        text.split(separator: "\n").map(String.init).filter { $0.contains("\tFP\t") || $0.contains("\tFN\t") }
    }

    @Test(.enabled(if: toolsPresent))
    func seedsScoreAsTheReferenceScorersSay() throws {
        let folder = try PackagePaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let entities = try ExternalTool.run(PackagePaths.tupu, ["entities", PackagePaths.root + "/seeds"])
        let facts = try ExternalTool.run(PackagePaths.tupu, ["facts", PackagePaths.root + "/seeds"])
        try entities.output.write(toFile: folder + "/e.tsv", atomically: true, encoding: .utf8)
        try facts.output.write(toFile: folder + "/f.tsv", atomically: true, encoding: .utf8)
        let expected = try reference(gold + "/entities.tsv", gold + "/relations.tsv", folder + "/e.tsv", folder + "/f.tsv")
        #expect(!expected.figures.isEmpty)
        #expect(try tupu(gold + "/entities.tsv", gold + "/relations.tsv", folder + "/e.tsv", folder + "/f.tsv") == expected)

        // Scoring the texts directly gives the same figures as scoring the saved tables.
        let direct = try ExternalTool.run(PackagePaths.tupu, ["eval", "--gold", gold + "/entities.tsv", "--relations", gold + "/relations.tsv",
                                                             PackagePaths.root + "/seeds", "--format", "json"])
        #expect(direct.status == 0, "\(direct.error)")
        let root = try JSONSerialization.jsonObject(with: Data(direct.output.utf8)) as? [String: [String: [String: Any]]]
        let micro = root?["entities"]?["micro"]?["f1"] as? Double
        #expect(micro.map { abs($0 - (expected.figures["entities.micro"]?["f1"] ?? -1)) < 1e-12 } == true)
    }

    /// Predictions drawn from the gold's own names and aliases, altered the ways real output
    /// differs (quotes, spaces, full-width letters, wrong types, duplicates, reversed pairs,
    /// unknown documents and relations, short lines), each scored by both.
    @Test(.enabled(if: toolsPresent), arguments: 0..<12)
    func generatedPredictionsScoreAsTheReferenceScorersSay(_ seed: Int) throws {
        var random = SeededRandom(seed: UInt64(seed) &+ 0x9E37)
        let goldEntities = try String(contentsOfFile: gold + "/entities.tsv", encoding: .utf8)
        let goldRelations = try String(contentsOfFile: gold + "/relations.tsv", encoding: .utf8)
        func rows(_ text: String) -> [[String]] {
            text.split(separator: "\n").dropFirst().map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
        }
        func altered(_ name: String) -> String {
            switch random.next(below: 8) {
            case 0: return "“" + name + "”"
            case 1: return " " + name + "\u{3000}"
            case 2: return name.replacingOccurrences(of: "1", with: "１").replacingOccurrences(of: "A", with: "Ａ")
            case 3: return String(name.dropLast())
            case 4: return "《" + name + "》"
            default: return name
            }
        }
        let types = ["Place", "Institution", "Project", "Programme", "Other"]
        var entityLines = ["document\ttype\tname\tsurface\tstart\tend"]
        for row in rows(goldEntities) where random.next(below: 10) < 7 {
            let aliases = row.count > 3 ? row[3].split(separator: "|").map(String.init) : []
            let name = ([row[2]] + aliases)[random.next(below: 1 + aliases.count)]
            let type = random.next(below: 6) == 0 ? types[random.next(below: types.count)] : row[1]
            entityLines.append([row[0], type, altered(name), name, "0", "1"].joined(separator: "\t"))
            if random.next(below: 8) == 0 { entityLines.append(entityLines.last!) }
        }
        entityLines += ["unknown.txt\tPlace\t某县", "short\tline", "", "# comment"]
        var factLines = ["document\tsubject\trelation\tobject\tsentence"]
        let relationRows = rows(goldRelations)
        for row in relationRows where random.next(below: 10) < 7 {
            var (subject, object) = (row[1], row[3])
            if random.next(below: 3) == 0 { swap(&subject, &object) }
            if random.next(below: 6) == 0 { object = relationRows[random.next(below: relationRows.count)][3] }
            let relation = random.next(below: 12) == 0 ? "mentions" : row[2]
            factLines.append([row[0], altered(subject), relation, altered(object), "句子。"].joined(separator: "\t"))
        }
        factLines += ["unknown.txt\tA\tpartOf\tB\tx", "too\tshort"]
        let folder = try PackagePaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try entityLines.joined(separator: "\n").write(toFile: folder + "/e.tsv", atomically: true, encoding: .utf8)
        try factLines.joined(separator: "\n").write(toFile: folder + "/f.tsv", atomically: true, encoding: .utf8)
        let expected = try reference(gold + "/entities.tsv", gold + "/relations.tsv", folder + "/e.tsv", folder + "/f.tsv")
        let answered = try tupu(gold + "/entities.tsv", gold + "/relations.tsv", folder + "/e.tsv", folder + "/f.tsv")
        #expect(Set(answered.figures.keys) == Set(expected.figures.keys))
        for (key, values) in expected.figures {
            for (measure, value) in values {
                #expect(abs((answered.figures[key]?[measure] ?? .nan) - value) < 1e-12, "\(key) \(measure)")
            }
        }
        #expect(answered.errors == expected.errors)
    }

    @Test func badGoldIsNamedWithItsLine() throws {
        let folder = try PackagePaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "document\ttype\tname\na.txt\tPlace\n".write(toFile: folder + "/g.tsv", atomically: true, encoding: .utf8)
        let run = try ExternalTool.run(PackagePaths.tupu, ["eval", "--gold", folder + "/g.tsv", "--predicted-entities", folder + "/g.tsv"])
        #expect(run.status != 0)
        #expect(run.error.contains("g.tsv:2"), "\(run.error)")
    }
}
