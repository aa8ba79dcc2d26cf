import Foundation
import Testing
import TupuTestSupport

/// The CLI's contracts and its answers to bad input.
@Suite final class CommandLineTests {
    /// The folder of the files a test writes, removed when the test ends.
    private let folder: String

    init() throws {
        folder = try PackagePaths.temporaryFolder()
    }

    deinit {
        try? FileManager.default.removeItem(atPath: folder)
    }

    private func tupu(_ arguments: [String]) throws -> ExternalTool.Run {
        try ExternalTool.run(PackagePaths.tupu, arguments)
    }

    private func file(_ name: String, _ data: Data) throws -> String {
        let path = folder + "/" + name
        try data.write(to: URL(fileURLWithPath: path))
        return path
    }

    static let sentence = "2024年，宁远县人民医院与湘南学院附属医院签署合作协议，共同推进乡村振兴。"

    @Test func entitiesTSVContract() throws {
        let path = try file("a.txt", Data(Self.sentence.utf8))
        let run = try tupu(["entities", path])
        #expect(run.status == 0, "\(run.error)")
        let lines = run.output.split(separator: "\n")
        #expect(lines.first == "document\ttype\tname\tsurface\tstart\tend")
        let scalars = Array(Self.sentence.unicodeScalars)
        for line in lines.dropFirst() {
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            #expect(cells.count == 6)
            #expect(cells[0] == "a.txt")
            #expect(["Place", "Institution", "Project", "Programme"].contains(cells[1]))
            let start = Int(cells[4])!, end = Int(cells[5])!
            #expect(String(String.UnicodeScalarView(scalars[start..<end])) == cells[3], "offsets point at the surface")
        }
        #expect(lines.contains { $0.hasPrefix("a.txt\tProgramme\t乡村振兴\t") })
    }

    /// Four districts are called 鼓楼区: which one a text is about must not depend on the hash
    /// seed of the process, so runs of the same input print the same facts.
    @Test func sameInputSameOutputAcrossRuns() throws {
        let path = try file("tie.txt", Data("鼓楼区召开区委全会。鼓楼区人民医院新院区启用，区委、区政府推进城市更新行动。".utf8))
        let outputs = try (0..<4).map { _ in try tupu(["facts", path]).output }
        #expect(!outputs[0].isEmpty)
        #expect(Set(outputs).count == 1, "\(Set(outputs))")
    }

    @Test func entitiesJSON() throws {
        let path = try file("a.txt", Data(Self.sentence.utf8))
        let run = try tupu(["entities", path, "--format", "json"])
        let rows = try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [[String: Any]]
        #expect(rows?.isEmpty == false)
        #expect(Set(rows?.first?.keys.map { $0 } ?? []) == ["document", "type", "name", "surface", "start", "end"])
    }

    @Test func gb18030IsDecoded() throws {
        let utf8Path = try file("report.txt", Data(Self.sentence.utf8))
        let gbPath = utf8Path.replacingOccurrences(of: "report.txt", with: "report-gb.txt")
        let iconv = try ExternalTool.run("/bin/sh", ["-c", "iconv -f UTF-8 -t GB18030 '\(utf8Path)' > '\(gbPath)'"])
        #expect(iconv.status == 0)
        let fromGB = try tupu(["entities", gbPath])
        let fromUTF8 = try tupu(["entities", utf8Path])
        #expect(fromGB.status == 0)
        #expect(fromGB.error.contains("GB18030"))
        let withoutDocument = { (text: String) in text.split(separator: "\n").map { $0.split(separator: "\t").dropFirst().joined(separator: "\t") } }
        #expect(withoutDocument(fromGB.output) == withoutDocument(fromUTF8.output))
        #expect(withoutDocument(fromUTF8.output).count > 1)
    }

    @Test(arguments: [
        ("empty.txt", Data(), "is empty"),
        ("blank.txt", Data(" \n\t\n".utf8), "is empty"),
        ("binary.txt", Data([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0xFF]), "binary"),
        ("latin.txt", Data([0xFF, 0xFE, 0xFD, 0x81]), "neither UTF-8 nor GB18030"),
    ])
    func badInputIsRefusedByName(_ name: String, _ data: Data, _ message: String) throws {
        let path = try file(name, data)
        let run = try tupu(["entities", path])
        #expect(run.status != 0)
        #expect(run.error.contains(name) && run.error.contains(message), "stderr: \(run.error)")
    }

    @Test func missingFileAndUnknownFlag() throws {
        let missing = try tupu(["entities", "/nonexistent/x.txt"])
        #expect(missing.status != 0 && missing.error.contains("/nonexistent/x.txt"))
        let flag = try tupu(["build", "--colour"])
        #expect(flag.status != 0 && flag.error.contains("--colour"))
    }

    @Test func markupAndXMLSpecialCharactersInTextReachTheGraphIntact() throws {
        let text = "<p>2025年，宁远县实施“A&B<2>”行动，县人民医院建成投用。</p>]]>"
        try Data(text.utf8).write(to: URL(fileURLWithPath: folder + "/m.txt"))
        let run = try tupu(["build", folder, "--output", folder + "/out"])
        #expect(run.status == 0, "\(run.error)")
        if ExternalTool.isAvailable("rapper") {
            let (triples, messages, _) = try GraphComparison.rapperTriples(ofRDFXML: folder + "/out/graph.rdf")
            #expect(messages.isEmpty)
            let nt = try GraphComparison.triples(ofNTriples: String(contentsOfFile: folder + "/out/graph.nt", encoding: .utf8))
            #expect(triples == nt)
        }
    }

    @Test func helpExplainsEveryCommandWithAnExample() throws {
        for command in ["build", "entities", "facts", "export"] {
            let run = try tupu([command, "--help"])
            #expect(run.status == 0)
            #expect(run.output.contains("Example"), "\(command) --help has an example")
        }
    }
}
