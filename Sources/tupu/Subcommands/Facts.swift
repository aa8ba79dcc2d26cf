import ArgumentParser
import TupuLinker

/// `tupu facts`: the relations each text states.
struct Facts: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the relations of each text: one line per relation per document.",
        discussion: """
        TSV with the header: document, subject, relation, object, sentence. `relation` is one of \
        partOf, locatedIn, cooperatesWith, honouredWith, runs; subject and object are canonical \
        entity names (the object of honouredWith is the title as written); `sentence` is the \
        sentence the relation comes from.

        Example:
          tupu facts seeds/*.txt
          tupu facts report.txt --format json
        """
    )

    @OptionGroup var options: TableOptions

    static let columns = ["document", "subject", "relation", "object", "sentence"]

    /// One row per relation `document` states, with the sentence it comes from.
    static func rows(of document: LinkedDocument) -> [[String: Any]] {
        document.relations.map { relation in
            ["document": document.name, "subject": relation.subject, "relation": relation.kind.rawValue,
             "object": relation.object, "sentence": relation.sentence]
        }
    }

    func run() throws {
        try options.printTable(columns: Self.columns, rows: Self.rows)
    }
}
