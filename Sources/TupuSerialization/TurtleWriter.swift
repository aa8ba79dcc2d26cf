import TupuGraph

/// Writes Turtle: `@prefix` lines for the namespaces in use, then one block per subject with
/// its predicates separated by `;` and objects of one predicate by `,`.
public enum TurtleWriter {
    /// Writes `store` to `path`, atomically.
    public static func write(_ store: TripleStore, to path: String, prefixes: [(prefix: String, namespace: String)] = standardPrefixes) throws {
        try AtomicFile.write(to: path) { temporary in
            try TextFileWriter.write(to: temporary) { out in
                for (prefix, namespace) in prefixes { out.write("@prefix \(prefix): <\(namespace)> .\n") }
                let namer = PrefixedNames(prefixes)
                var current: (subject: Term, predicate: IRI)?
                store.forEach { triple in
                    if let (subject, predicate) = current, subject == triple.subject {
                        out.write(predicate == triple.predicate ? " ,\n        " : " ;\n    " + namer.name(for: triple.predicate) + " ")
                    } else {
                        out.write(current == nil ? "\n" : " .\n\n")
                        out.write(namer.term(triple.subject) + "\n    " + namer.name(for: triple.predicate) + " ")
                    }
                    out.write(namer.term(triple.object))
                    current = (triple.subject, triple.predicate)
                }
                if current != nil { out.write(" .\n") }
            }
        }
    }
}

/// Abbreviates IRIs to prefixed names where Turtle's PN_LOCAL grammar allows it.
struct PrefixedNames {
    let prefixes: [(prefix: String, namespace: String)]

    init(_ prefixes: [(prefix: String, namespace: String)]) { self.prefixes = prefixes }

    func name(for iri: IRI) -> String {
        if iri == RDF.type { return "a" }
        return abbreviated(iri)
    }

    func term(_ term: Term) -> String {
        switch term {
        case .iri(let iri): return abbreviated(iri)
        case .blank(let node): return "_:" + node.label
        case .literal(let literal):
            var text = "\"" + NTriplesWriter.escape(literal.lexicalForm) + "\""
            if let language = literal.language { text += "@" + language }
            else if let datatype = literal.datatype { text += "^^" + abbreviated(datatype) }
            return text
        }
    }

    private func abbreviated(_ iri: IRI) -> String {
        for (prefix, namespace) in prefixes where iri.value.hasPrefix(namespace) {
            let local = iri.value.dropFirst(namespace.count)
            if Self.isSafeLocalName(local) { return prefix + ":" + local }
        }
        return "<" + iri.value + ">"
    }

    /// A conservative PN_LOCAL: letters (any script), digits, `_` and `-`, not starting with `-`.
    static func isSafeLocalName(_ local: Substring) -> Bool {
        guard let first = local.unicodeScalars.first, first != "-" else { return false }
        return local.unicodeScalars.allSatisfy { s in
            ("a"..."z").contains(s) || ("A"..."Z").contains(s) || ("0"..."9").contains(s) || s == "_" || s == "-"
                || (s.value >= 0x3400 && s.value <= 0x9FFF) || (s.value >= 0xF900 && s.value <= 0xFAFF)
        }
    }
}
