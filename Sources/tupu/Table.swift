import ArgumentParser
import Foundation
import TupuLinker

/// Output formats for tables of entities and relations.
enum TableFormat: String, ExpressibleByArgument, CaseIterable {
    case tsv, json
}

/// The arguments of the commands that print a table per document (`entities`, `facts`): the
/// texts to read and the output format.
struct TableOptions: ParsableArguments {
    @Argument(help: "Text files or folders of *.txt files.")
    var inputs: [String]

    @Option(help: "Output format: \(TableFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: TableFormat = .tsv

    /// Recognizes and links the inputs, then prints the rows `rows` gives for each document.
    func printTable(columns: [String], rows: (LinkedDocument) -> [[String: Any]]) throws {
        let all = try Pipeline().run(inputs).flatMap(rows)
        print(try Table(columns: columns, rows: all).render(format), terminator: "")
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
