import ArgumentParser
import Foundation
import TupuGraph
import TupuLinker
import TupuRecognizer
import TupuSerialization

/// `tupu build`: texts in, graph files out.
struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build the knowledge graph of some texts and write it in four formats.",
        discussion: """
        Reads each FILE (or every *.txt in each folder), recognizes and links its entities, and \
        writes graph.rdf (RDF/XML), graph.nt (N-Triples), graph.ttl (Turtle) and graph.dot \
        (GraphViz) into the output folder. Each file is written to a temporary file and renamed \
        into place, so a failed build leaves the previous files whole.

        Example:
          tupu build                         # seeds/ → output/
          tupu build reports/ --output graph
          dot -Tsvg output/graph.dot > graph.svg
        """
    )

    @Argument(help: "Text files or folders of *.txt files (UTF-8 or GB18030).")
    var inputs: [String] = ["seeds"]

    @Option(name: .shortAndLong, help: "The folder to write the graph files into (created if missing).")
    var output: String = "output"

    func run() throws {
        let documents = try Pipeline().run(inputs)
        var builder = GraphBuilder()
        for document in documents { builder.add(document) }
        let store = builder.store
        let rdfxml = try RDFXMLWriter(for: store)
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        try rdfxml.write(store, to: output + "/graph.rdf")
        try NTriplesWriter.write(store, to: output + "/graph.nt")
        try TurtleWriter.write(store, to: output + "/graph.ttl")
        try DOTWriter.write(store, to: output + "/graph.dot")
        print(Summary(documents: documents, tripleCount: store.count, output: output).text)
    }
}

/// The lines `tupu build` prints when it is done.
struct Summary {
    let documents: [LinkedDocument]
    let tripleCount: Int
    let output: String

    var text: String {
        var lines = ["documents    \(documents.count)"]
        for type in EntityType.allCases {
            let count = documents.reduce(0) { $0 + $1.entities.filter { $0.type == type && !$0.isNamedOnlyInside }.count }
            lines.append("\(type.rawValue.padding(toLength: 13, withPad: " ", startingAt: 0))\(count)")
        }
        lines.append("relations    \(documents.reduce(0) { $0 + $1.relations.count })")
        lines.append("triples      \(tripleCount)")
        lines.append("wrote \(output)/graph.rdf, graph.nt, graph.ttl, graph.dot")
        return lines.joined(separator: "\n")
    }
}
