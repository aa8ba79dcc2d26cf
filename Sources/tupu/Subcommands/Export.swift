import ArgumentParser
import Foundation
import TupuGraph
import TupuSerialization

/// Graph formats `tupu export` writes.
enum GraphFormat: String, ExpressibleByArgument, CaseIterable {
    case rdfxml, ntriples, turtle, dot
}

/// `tupu export`: converts a graph file to another format.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Convert a graph file (N-Triples) to RDF/XML, N-Triples, Turtle or GraphViz DOT.",
        discussion: """
        Reads the N-Triples file --input (default output/graph.nt) and writes it in --format to \
        --output, or to standard output when no --output is given. What RDF/XML cannot hold (a \
        predicate IRI with no XML name ending, a reserved rdf: name as predicate, characters XML 1.0 \
        forbids) is refused with a message naming the value, and no file is written.

        Example:
          tupu export --format turtle
          tupu export --input data.nt --format rdfxml --output data.rdf
        """
    )

    @Option(help: "The graph format to write: \(GraphFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: GraphFormat

    @Option(help: "The N-Triples file to read.")
    var input: String = "output/graph.nt"

    @Option(name: .shortAndLong, help: "The file to write (default: standard output).")
    var output: String?

    func run() throws {
        let store = try NTriplesParser.read(path: input)
        if let output {
            try write(store, to: output)
            return
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tupu-export-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("graph").path
        try write(store, to: path)
        FileHandle.standardOutput.write(try Data(contentsOf: URL(fileURLWithPath: path)))
    }

    private func write(_ store: TripleStore, to path: String) throws {
        switch format {
        case .rdfxml: try RDFXMLWriter.write(store, to: path)
        case .ntriples: try NTriplesWriter.write(store, to: path)
        case .turtle: try TurtleWriter.write(store, to: path)
        case .dot: try DOTWriter.write(store, to: path)
        }
    }
}
