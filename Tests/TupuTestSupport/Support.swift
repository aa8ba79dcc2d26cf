import Foundation
import TupuGraph
import TupuSerialization

/// Runs external programs (rapper, dot, the built `tupu`) for the tests.
public enum ExternalTool {
    /// The result of one run.
    public struct Run {
        public let status: Int32
        public let output: String
        public let error: String
    }

    /// Whether `name` is on the PATH.
    public static func isAvailable(_ name: String) -> Bool {
        (try? run("/usr/bin/env", ["which", name]))?.status == 0
    }

    /// Runs `executable` with `arguments`, optionally in `folder`, and waits for it.
    public static func run(_ executable: String, _ arguments: [String], in folder: String? = nil) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let folder { process.currentDirectoryURL = URL(fileURLWithPath: folder) }
        // Output goes to files, not pipes: reading a pipe with FileHandle traps when a signal
        // interrupts the read, and a full stderr pipe would block the child.
        let captureFolder = FileManager.default.temporaryDirectory.appendingPathComponent("tupu-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: captureFolder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: captureFolder) }
        let outURL = captureFolder.appendingPathComponent("out"), errURL = captureFolder.appendingPathComponent("err")
        guard FileManager.default.createFile(atPath: outURL.path, contents: nil),
              FileManager.default.createFile(atPath: errURL.path, contents: nil)
        else { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: captureFolder.path]) }
        let output = try FileHandle(forWritingTo: outURL), error = try FileHandle(forWritingTo: errURL)
        defer { try? output.close(); try? error.close() }
        process.standardOutput = output
        process.standardError = error
        try process.run()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, output: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
                   error: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }

    /// Runs a tool found on the PATH.
    public static func run(tool: String, _ arguments: [String], in folder: String? = nil) throws -> Run {
        try run("/usr/bin/env", [tool] + arguments, in: folder)
    }

    /// Prints a visible notice that a check was skipped, and why.
    public static func notice(_ message: String) {
        FileHandle.standardError.write(Data("NOTICE: \(message)\n".utf8))
    }
}

/// Paths of the package and its build products, for end-to-end tests.
public enum PackagePaths {
    /// The package root (the folder holding Package.swift).
    public static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url.path }
        }
        preconditionFailure("Package.swift not found above \(#filePath)")
    }()

    /// The built `tupu` executable, next to the test bundle.
    public static var tupu: String {
        let folder = Bundle.main.bundleURL.path
        for candidate in [folder + "/tupu", root + "/.build/debug/tupu"] where FileManager.default.isExecutableFile(atPath: candidate) {
            return candidate
        }
        return root + "/.build/debug/tupu"
    }

    /// The shared folder beside the project (../shared), when it is there.
    public static var shared: String? {
        let path = URL(fileURLWithPath: root).deletingLastPathComponent().appendingPathComponent("shared").path
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }

    /// A new empty temporary folder.
    public static func temporaryFolder() throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("tupu-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }
}

/// Compares graphs written or read by different tools.
public enum GraphComparison {
    /// The triples of N-Triples text (another tool's output), read with our parser.
    public static func triples(ofNTriples text: String) throws -> Set<Triple> {
        var triples = Set<Triple>()
        try NTriplesParser(source: "tool output").parse(text) { triples.insert($0) }
        return triples
    }

    /// Whether Python's rdflib can be imported (scripts/setup.sh installs it from PyPI).
    public static let rdflibAvailable: Bool = {
        let available = (try? ExternalTool.run(tool: "python3", ["-c", "import rdflib"]))?.status == 0
        if !available { ExternalTool.notice("rdflib not installed: rdflib cross-checks skipped") }
        return available
    }()

    /// Whether rdflib reads the RDF/XML file and the N-Triples file as the same graph (isomorphic:
    /// equal up to the naming of blank nodes). `messages` holds rdflib's error or the triples
    /// found in only one of them.
    public static func rdflibAgrees(rdfXML: String, nTriples: String) throws -> (same: Bool, messages: String) {
        let script = """
            import sys
            from rdflib import Graph
            from rdflib.compare import isomorphic, to_isomorphic, graph_diff
            xml = Graph().parse(sys.argv[1], format="xml")
            nt = Graph().parse(sys.argv[2], format="nt")
            if isomorphic(xml, nt):
                print("same")
            else:
                _, only_xml, only_nt = graph_diff(to_isomorphic(xml), to_isomorphic(nt))
                print("only in RDF/XML:", sorted(only_xml)[:5], "only in N-Triples:", sorted(only_nt)[:5])
            """
        let run = try ExternalTool.run(tool: "python3", ["-c", script, rdfXML, nTriples])
        let same = run.status == 0 && run.output == "same\n"
        return (same, run.status == 0 ? run.output : run.error)
    }

    /// The triples rapper reads from an RDF/XML file, with rapper's warnings and errors.
    public static func rapperTriples(ofRDFXML path: String) throws -> (triples: Set<Triple>, messages: String, status: Int32) {
        let run = try ExternalTool.run(tool: "rapper", ["-q", "-i", "rdfxml", "-o", "ntriples", path])
        return (try triples(ofNTriples: run.output), run.error, run.status)
    }
}
