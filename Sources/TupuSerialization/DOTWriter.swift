import TupuGraph

/// Writes the entity graph as GraphViz DOT: one node per entity (a subject typed with one of
/// the four entity classes), labelled with its Chinese name, with a shape and colour per type,
/// and one edge per relation between entities, labelled with the relation's Chinese label.
/// Titles (the objects of honouredWith) become note-shaped nodes. Documents and provenance
/// nodes are left out: the picture is of the things the texts talk about.
public enum DOTWriter {
    /// The font named in the graph attributes: a CJK font that Debian's fonts-noto-cjk provides.
    public static let font = "Noto Sans CJK SC"

    struct Style {
        let shape: String
        let colour: String
    }

    static let styles: [IRI: Style] = [
        Tupu.place: Style(shape: "ellipse", colour: "#cfe8cf"),
        Tupu.institution: Style(shape: "box", colour: "#cfe0f5"),
        Tupu.project: Style(shape: "hexagon", colour: "#f8dcc0"),
        Tupu.programme: Style(shape: "octagon", colour: "#eed5f0"),
    ]

    static let relationLabels: [IRI: String] = [
        Tupu.partOf: "隶属", Tupu.locatedIn: "位于", Tupu.cooperatesWith: "合作",
        Tupu.honouredWith: "获评", Tupu.runs: "开展",
    ]

    /// The DOT text for `store`.
    public static func document(for store: TripleStore) -> String {
        var out = "digraph tupu {\n"
        out += "  graph [charset=\"UTF-8\", rankdir=LR, fontname=\"\(font)\", label=\"图谱\"];\n"
        out += "  node [fontname=\"\(font)\", style=filled];\n"
        out += "  edge [fontname=\"\(font)\", fontsize=10];\n"
        var entities: Set<Term> = []
        for (typeIRI, style) in styles.sorted(by: { $0.key < $1.key }) {
            for triple in store.triples(predicate: RDF.type, object: .iri(typeIRI)) {
                entities.insert(triple.subject)
                let label = store.triples(subject: triple.subject, predicate: RDFS.label).first?.object.literal?.lexicalForm
                out += "  \(quoted(identifier(triple.subject))) [label=\(quoted(label ?? identifier(triple.subject))), shape=\(style.shape), fillcolor=\(quoted(style.colour))];\n"
            }
        }
        var titles: Set<String> = []
        for (relation, label) in relationLabels.sorted(by: { $0.key < $1.key }) {
            for triple in store.triples(predicate: relation) where entities.contains(triple.subject) {
                let target: String
                switch triple.object {
                case .literal(let title):
                    target = "title:" + title.lexicalForm
                    if titles.insert(target).inserted {
                        out += "  \(quoted(target)) [label=\(quoted(title.lexicalForm)), shape=note, fillcolor=\"#fff6bf\"];\n"
                    }
                case let object where entities.contains(object):
                    target = identifier(object)
                default:
                    continue
                }
                let direction = relation == Tupu.cooperatesWith ? ", dir=both" : ""
                out += "  \(quoted(identifier(triple.subject))) -> \(quoted(target)) [label=\(quoted(label))\(direction)];\n"
            }
        }
        return out + "}\n"
    }

    /// Writes the DOT text for `store` to `path`, atomically.
    public static func write(_ store: TripleStore, to path: String) throws {
        try AtomicFile.write(document(for: store), to: path)
    }

    private static func identifier(_ term: Term) -> String {
        switch term {
        case .iri(let iri): return iri.value
        case .blank(let node): return "_:" + node.label
        case .literal(let literal): return literal.lexicalForm
        }
    }

    /// A DOT double-quoted string: `"` and `\` escaped, line breaks as `\n`.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": break
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
