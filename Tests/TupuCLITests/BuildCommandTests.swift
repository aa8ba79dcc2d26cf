import Foundation
import Testing
import TupuTestSupport

/// `tupu build` on the seeds, with its output checked by independent tools.
@Suite(.serialized) final class BuildCommandTests {
    let folder: String
    let run: ExternalTool.Run

    init() throws {
        folder = try PackagePaths.temporaryFolder()
        run = try ExternalTool.run(PackagePaths.tupu, ["build", PackagePaths.root + "/seeds", "--output", folder])
    }

    deinit {
        try? FileManager.default.removeItem(atPath: folder)
    }

    @Test func buildSucceedsAndSummarises() {
        #expect(run.status == 0, "stderr: \(run.error)")
        #expect(run.output.contains("documents    2"))
        for file in ["graph.rdf", "graph.nt", "graph.ttl", "graph.dot"] {
            #expect(FileManager.default.fileExists(atPath: folder + "/" + file))
        }
        let leftovers = (try? FileManager.default.contentsOfDirectory(atPath: folder))?.filter { $0.hasSuffix(".tmp") } ?? []
        #expect(leftovers.isEmpty)
    }

    @Test(.enabled(if: ExternalTool.isAvailable("rapper") || { ExternalTool.notice("rapper not installed: RDF/XML check skipped"); return false }()))
    func rapperReadsExactlyTheNTriples() throws {
        let (fromXML, messages, status) = try GraphComparison.rapperTriples(ofRDFXML: folder + "/graph.rdf")
        #expect(status == 0)
        #expect(messages.isEmpty, "rapper said: \(messages)")
        let ntriples = try GraphComparison.triples(ofNTriples: String(contentsOfFile: folder + "/graph.nt", encoding: .utf8))
        #expect(!ntriples.isEmpty)
        #expect(fromXML == ntriples)
        let turtle = try ExternalTool.run(tool: "rapper", ["-q", "-i", "turtle", "-o", "ntriples", folder + "/graph.ttl"])
        #expect(turtle.error.isEmpty, "rapper said of the Turtle: \(turtle.error)")
        #expect(try GraphComparison.triples(ofNTriples: turtle.output) == ntriples)
    }

    @Test(.enabled(if: GraphComparison.rdflibAvailable))
    func rdflibReadsExactlyTheNTriples() throws {
        let rdflib = try GraphComparison.rdflibAgrees(rdfXML: folder + "/graph.rdf", nTriples: folder + "/graph.nt")
        #expect(rdflib.same, "rdflib: \(rdflib.messages)")
    }

    @Test(.enabled(if: ExternalTool.isAvailable("dot") || { ExternalTool.notice("graphviz not installed: DOT check skipped"); return false }()))
    func dotRendersChineseLabels() throws {
        let svg = try ExternalTool.run(tool: "dot", ["-Tsvg", folder + "/graph.dot"])
        #expect(svg.status == 0, "dot said: \(svg.error)")
        let ntriples = try String(contentsOfFile: folder + "/graph.nt", encoding: .utf8)
        let placeLabels = ntriples.split(separator: "\n").filter { $0.contains("rdf-schema#label") && $0.contains("/id/place/") }
        #expect(!placeLabels.isEmpty)
        for line in placeLabels.prefix(5) {
            let label = line.split(separator: "\"")[1]
            #expect(svg.output.contains(String(label)), "the SVG shows \(label)")
        }
    }

    @Test(.enabled(if: ExternalTool.isAvailable("rapper") || { ExternalTool.notice("rapper not installed: ontology check skipped"); return false }()))
    func everyTermUsedIsDeclaredInTheOntologyWithChineseAndEnglishLabels() throws {
        let ontology = try ExternalTool.run(tool: "rapper", ["-q", "-i", "rdfxml", "-o", "ntriples", PackagePaths.root + "/ontology/tupu.rdf"])
        #expect(ontology.status == 0 && ontology.error.isEmpty, "rapper said: \(ontology.error)")
        let graph = try String(contentsOfFile: folder + "/graph.nt", encoding: .utf8)
        let namespace = "https://w3id.org/tupu/ontology#"
        let used = Set(graph.split(separator: "\n").flatMap { line in
            line.split(separator: " ").filter { $0.hasPrefix("<" + namespace) }.map { String($0.dropFirst().dropLast()) }
        })
        #expect(used.count >= 10)
        for term in used {
            for language in ["zh", "en"] {
                #expect(ontology.output.contains("<\(term)> <http://www.w3.org/2000/01/rdf-schema#label> \"") &&
                        ontology.output.split(separator: "\n").contains { $0.hasPrefix("<\(term)> <http://www.w3.org/2000/01/rdf-schema#label>") && $0.hasSuffix("@\(language) .") },
                        "\(term) has a \(language) label in ontology/tupu.rdf")
            }
        }
    }
}
