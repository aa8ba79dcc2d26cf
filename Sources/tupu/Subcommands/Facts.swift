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

    @Argument(help: "Text files or folders of *.txt files.")
    var inputs: [String]

    @Option(help: "Output format: \(TableFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: TableFormat = .tsv

    func run() throws {
        let rows = try Pipeline().run(inputs).flatMap { document in
            document.relations.map { relation -> [String: Any] in
                ["document": document.name, "subject": relation.subject, "relation": relation.kind.rawValue,
                 "object": relation.object, "sentence": relation.sentence]
            }
        }
        print(try Table(columns: ["document", "subject", "relation", "object", "sentence"], rows: rows).render(format), terminator: "")
    }
}
