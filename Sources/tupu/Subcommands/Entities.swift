import ArgumentParser
import Foundation
import TupuLinker

/// Output formats for tables of entities and relations.
enum TableFormat: String, ExpressibleByArgument, CaseIterable {
    case tsv, json
}

/// `tupu entities`: the entities of each text, one line each.
struct Entities: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the entities of each text: one line per entity per document.",
        discussion: """
        TSV with the header: document, type, name, surface, start, end. `document` is the file \
        name; `type` is Place, Institution, Project or Programme; `name` the canonical name; \
        `surface` the first mention as written; `start` and `end` its offsets in Unicode scalars \
        (0-based, end exclusive). --format json prints the same rows as a JSON array.

        Example:
          tupu entities seeds/*.txt
          tupu entities report.txt --format json
        """
    )

    @Argument(help: "Text files or folders of *.txt files.")
    var inputs: [String]

    @Option(help: "Output format: \(TableFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: TableFormat = .tsv

    func run() throws {
        let rows = try Pipeline().run(inputs).flatMap { document in
            document.entities.map { entity -> [String: Any] in
                let first = entity.mentions[0]
                return ["document": document.name, "type": entity.type.rawValue, "name": entity.name,
                        "surface": first.surface, "start": first.start, "end": first.end]
            }
        }
        print(try Table(columns: ["document", "type", "name", "surface", "start", "end"], rows: rows).render(format), terminator: "")
    }
}

/// Rows rendered as TSV (with a header; tabs and line breaks in values become spaces) or JSON.
struct Table {
    let columns: [String]
    let rows: [[String: Any]]

    func render(_ format: TableFormat) throws -> String {
        switch format {
        case .tsv:
            let lines = [columns.joined(separator: "\t")] + rows.map { row in
                columns.map { column in
                    "\(row[column] ?? "")".replacingOccurrences(of: "\t", with: " ").replacingOccurrences(of: "\n", with: " ")
                }.joined(separator: "\t")
            }
            return lines.joined(separator: "\n") + "\n"
        case .json:
            let data = try JSONSerialization.data(withJSONObject: rows, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
            return String(decoding: data, as: UTF8.self) + "\n"
        }
    }
}
