import ArgumentParser
import TupuLinker

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

    @OptionGroup var options: TableOptions

    static let columns = ["document", "type", "name", "surface", "start", "end"]

    /// One row per entity of `document` that has a mention of its own: its canonical name and its first mention.
    static func rows(of document: LinkedDocument) -> [[String: Any]] {
        document.entities.filter { !$0.isNamedOnlyInside }.map { entity in
            let first = entity.mentions[0]
            return ["document": document.name, "type": entity.type.rawValue, "name": entity.name,
                    "surface": first.surface, "start": first.start, "end": first.end]
        }
    }

    func run() throws {
        try options.printTable(columns: Self.columns, rows: Self.rows)
    }
}
