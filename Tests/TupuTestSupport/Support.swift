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
        let output = Pipe(), error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        let errData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, output: String(decoding: outData, as: UTF8.self),
                   error: String(decoding: errData, as: UTF8.self))
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

    /// The triples rapper reads from an RDF/XML file, with rapper's warnings and errors.
    public static func rapperTriples(ofRDFXML path: String) throws -> (triples: Set<Triple>, messages: String, status: Int32) {
        let run = try ExternalTool.run(tool: "rapper", ["-q", "-i", "rdfxml", "-o", "ntriples", path])
        return (try triples(ofNTriples: run.output), run.error, run.status)
    }
}
