import Foundation
import Testing
import TupuTestSupport

/// `tupu export` refuses what RDF/XML cannot hold, names it, and writes nothing.
@Suite struct ExportCommandTests {
    static let refused: [(ntriples: String, named: String)] = [
        ("<http://example.org/s> <http://example.org/p/123> \"v\" .", "http://example.org/p/123"),
        ("<http://example.org/s> <http://example.org/prop/> \"v\" .", "http://example.org/prop/"),
        ("<http://example.org/s> <http://example.org/term%20> \"v\" .", "http://example.org/term%20"),
        ("<http://example.org/s> <http://www.w3.org/1999/02/22-rdf-syntax-ns#about> \"v\" .", "rdf:about"),
        ("<http://example.org/s> <http://www.w3.org/1999/02/22-rdf-syntax-ns#resource> \"v\" .", "rdf:resource"),
        ("<http://example.org/s> <http://example.org/p> \"a\\u0001b\" .", "U+0001"),
        ("<http://example.org/s> <http://example.org/p> \"a\\uFFFEb\" .", "U+FFFE"),
        ("<http://example.org/s\\u0001> <http://example.org/p> \"v\" .", "U+0001"),
        ("<http://example.org/s\\uFFFE> <http://example.org/p> \"v\" .", "U+FFFE"),
    ]

    @Test(arguments: refused)
    func refusedWithNameAndNoFile(_ ntriples: String, _ named: String) throws {
        let folder = try PackagePaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Data((ntriples + "\n").utf8).write(to: URL(fileURLWithPath: folder + "/in.nt"))
        let run = try ExternalTool.run(PackagePaths.tupu, ["export", "--input", folder + "/in.nt", "--format", "rdfxml", "--output", folder + "/out.rdf"])
        #expect(run.status != 0)
        #expect(run.error.contains(named), "stderr: \(run.error)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["in.nt"], "nothing written")
    }

    @Test func convertsBetweenFormats() throws {
        let folder = try PackagePaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let nt = "<http://example.org/s> <http://www.w3.org/2000/01/rdf-schema#label> \"壶关县 & <x>\"@zh .\n"
            + "<http://example.org/s> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/tupu/ontology#Place> .\n"
        try Data(nt.utf8).write(to: URL(fileURLWithPath: folder + "/in.nt"))
        for format in ["rdfxml", "ntriples", "turtle", "dot"] {
            let run = try ExternalTool.run(PackagePaths.tupu, ["export", "--input", folder + "/in.nt", "--format", format])
            #expect(run.status == 0, "\(format): \(run.error)")
            #expect(run.output.contains("壶关县"))
        }
    }
}
