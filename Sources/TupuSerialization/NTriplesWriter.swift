import TupuGraph

/// Writes N-Triples (RDF 1.1): one triple a line, IRIs and literals in UTF-8, and only `"`, `\`,
/// line breaks, tabs and other control characters escaped.
public enum NTriplesWriter {
    /// Writes every triple of `store` to `path`, atomically.
    public static func write(_ store: TripleStore, to path: String) throws {
        try AtomicFile.write(to: path) { temporary in
            try TextFileWriter.write(to: temporary) { out in
                store.forEach { out.write(line(for: $0)) }
            }
        }
    }

    /// The N-Triples line of `triple`, with its final newline.
    public static func line(for triple: Triple) -> String {
        term(triple.subject) + " <" + triple.predicate.value + "> " + term(triple.object) + " .\n"
    }

    /// `term` in N-Triples syntax.
    public static func term(_ term: Term) -> String {
        switch term {
        case .iri(let iri): return "<" + iri.value + ">"
        case .blank(let node): return "_:" + node.label
        case .literal(let literal):
            var text = "\"" + escape(literal.lexicalForm) + "\""
            if let language = literal.language { text += "@" + language }
            else if let datatype = literal.datatype { text += "^^<" + datatype.value + ">" }
            return text
        }
    }

    /// Escapes a literal's lexical form for a double-quoted N-Triples or Turtle string.
    public static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x7F }) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 8)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                let hex = String(scalar.value, radix: 16, uppercase: true)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
