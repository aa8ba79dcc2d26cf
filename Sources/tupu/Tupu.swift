import ArgumentParser

/// The `tupu` command: builds a knowledge graph of places, institutions, projects and
/// programmes from Chinese regional-development texts.
@main
struct TupuCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tupu",
        abstract: "Tupu (图谱): a knowledge graph of the places, institutions, projects and programmes in Chinese county reports.",
        discussion: """
        Reads Chinese texts (county work reports, "two sessions" special issues, county news), \
        recognizes four kinds of named entity, links them into one entity per real thing with the \
        relations the text states, and writes the graph as RDF/XML, N-Triples, Turtle and GraphViz DOT.

        Example:
          tupu build seeds --output output
          tupu entities seeds/*.txt
          tupu eval --gold docs/gold/entities.tsv seeds
        """,
        subcommands: [Build.self, Entities.self, Facts.self, Export.self, Eval.self]
    )
}
