import TupuGraph
import TupuXML

/// Writes a graph as RDF/XML through libxml2 (TupuXML's `XMLWriter`).
///
/// The triples of one subject share one node element; a subject's first rdf:type whose IRI has
/// a QName becomes the element name (a typed node). Objects are written as `rdf:resource`,
/// `rdf:nodeID` or text with `xml:lang` or `rdf:datatype` on the property element (never as
/// property attributes, whose language tags some parsers lose).
///
/// What RDF/XML cannot hold is refused before anything is written, with an error naming the
/// value: a predicate IRI with no NCName ending, a predicate the syntax reserves (rdf:about,
/// rdf:li …), and characters XML 1.0 forbids in a literal or IRI.
public struct RDFXMLWriter {
    private let namespaces: NamespaceTable

    /// Plans the document for `store`: checks every triple and chooses namespace prefixes.
    /// - Parameter prefixes: preferred prefixes; other namespaces get `ns0`, `ns1` ….
    /// - Throws: `SerializationError` for the first triple RDF/XML cannot hold.
    public init(for store: TripleStore, prefixes: [(prefix: String, namespace: String)] = standardPrefixes) throws {
        var table = NamespaceTable(preferred: prefixes)
        table.declare(RDF.namespace)
        try store.forEachTerm(Self.requireXMLCharacters)
        for predicate in store.predicates {
            _ = try table.qualifiedName(forPredicate: predicate)
        }
        store.forEach(predicate: RDF.type) { triple in
            if case .iri(let type) = triple.object { _ = table.qualifiedNameIfPossible(for: type) }
        }
        namespaces = table
    }

    /// Writes `store` (the one this writer was planned for) to `path`, atomically.
    public func write(_ store: TripleStore, to path: String) throws {
        try AtomicFile.write(to: path) { temporary in
            let xml = try XMLWriter(path: temporary)
            try xml.startDocument()
            try xml.startElement("rdf:RDF")
            for (prefix, namespace) in namespaces.declared {
                try xml.writeAttribute("xmlns:" + prefix, namespace)
            }
            var group: [Triple] = []
            try store.forEach { triple in
                if let first = group.first, first.subject != triple.subject {
                    try writeNode(group, to: xml)
                    group.removeAll(keepingCapacity: true)
                }
                group.append(triple)
            }
            if !group.isEmpty { try writeNode(group, to: xml) }
            try xml.finish()
        }
    }

    /// Writes `store` to `path` as RDF/XML, checking it first.
    public static func write(_ store: TripleStore, to path: String, prefixes: [(prefix: String, namespace: String)] = standardPrefixes) throws {
        try RDFXMLWriter(for: store, prefixes: prefixes).write(store, to: path)
    }

    /// One node element: the triples of one subject, in store order.
    private func writeNode(_ triples: [Triple], to xml: XMLWriter) throws {
        var properties = triples[...]
        var element = "rdf:Description"
        if let typeIndex = triples.firstIndex(where: { $0.predicate == RDF.type && $0.object.iri != nil }),
           let name = namespaces.elementName(forClass: triples[typeIndex].object.iri!) {
            element = name
            var rest = Array(triples)
            rest.remove(at: typeIndex)
            properties = rest[...]
        }
        try xml.startElement(element)
        switch triples[0].subject {
        case .iri(let iri): try xml.writeAttribute("rdf:about", iri.value)
        case .blank(let node): try xml.writeAttribute("rdf:nodeID", node.label)
        case .literal: preconditionFailure("a literal subject")
        }
        for triple in properties {
            try xml.startElement(try namespaces.elementName(forPredicate: triple.predicate))
            switch triple.object {
            case .iri(let iri): try xml.writeAttribute("rdf:resource", iri.value)
            case .blank(let node): try xml.writeAttribute("rdf:nodeID", node.label)
            case .literal(let literal):
                if let language = literal.language { try xml.writeAttribute("xml:lang", language) }
                else if let datatype = literal.datatype { try xml.writeAttribute("rdf:datatype", datatype.value) }
                try xml.writeText(literal.lexicalForm)
            }
            try xml.endElement()
        }
        try xml.endElement()
    }

    private static func requireXMLCharacters(in term: Term) throws {
        let text: String
        switch term {
        case .iri(let iri): text = iri.value
        case .literal(let literal): text = literal.lexicalForm
        case .blank: return
        }
        if let bad = XMLCharacters.firstForbidden(in: text) {
            let code = String(bad.value, radix: 16, uppercase: true)
            throw SerializationError.characterNotAllowedInXML(
                "U+" + String(repeating: "0", count: max(0, 4 - code.count)) + code, value: XMLCharacters.printable(text))
        }
    }
}

/// The namespaces of an RDF/XML document: which prefix each has, and how an IRI splits into
/// a namespace and an NCName local part.
struct NamespaceTable {
    private let preferred: [String: String]
    private(set) var declared: [(prefix: String, namespace: String)] = []
    private var prefixOf: [String: String] = [:]
    private var cache: [IRI: String] = [:]

    /// The rdf: names RDF/XML reserves for its syntax, or retired, or rewrites (rdf:li).
    static let reservedRDFNames: Set<String> = [
        "RDF", "Description", "about", "resource", "nodeID", "ID", "parseType", "datatype",
        "li", "aboutEach", "aboutEachPrefix", "bagID",
    ]

    init(preferred: [(prefix: String, namespace: String)]) {
        var map: [String: String] = [:]
        for (prefix, namespace) in preferred where map[namespace] == nil { map[namespace] = prefix }
        self.preferred = map
    }

    mutating func declare(_ namespace: String) {
        guard prefixOf[namespace] == nil else { return }
        var prefix = preferred[namespace] ?? "ns\(declared.count)"
        if declared.contains(where: { $0.prefix == prefix }) { prefix = "ns\(declared.count)" }
        prefixOf[namespace] = prefix
        declared.append((prefix, namespace))
    }

    /// The element name of a predicate, declaring its namespace on first use.
    mutating func qualifiedName(forPredicate iri: IRI) throws -> String {
        if let name = cache[iri] { return name }
        guard let (namespace, local) = Self.split(iri) else { throw SerializationError.predicateWithoutQName(iri.value) }
        if namespace == RDF.namespace && Self.reservedRDFNames.contains(local) {
            throw SerializationError.reservedPredicate("rdf:" + local)
        }
        declare(namespace)
        let name = prefixOf[namespace]! + ":" + local
        cache[iri] = name
        return name
    }

    /// The element name of a class for a typed node, declaring its namespace; nil when the IRI
    /// has no QName or is a reserved rdf: name (the node is then an rdf:Description).
    mutating func qualifiedNameIfPossible(for iri: IRI) -> String? {
        if let name = cache[iri] { return name }
        guard let (namespace, local) = Self.split(iri),
              !(namespace == RDF.namespace && Self.reservedRDFNames.contains(local)) else { return nil }
        declare(namespace)
        let name = prefixOf[namespace]! + ":" + local
        cache[iri] = name
        return name
    }

    /// The element name of a class planned as a typed node, or nil (the write pass declares nothing).
    func elementName(forClass iri: IRI) -> String? { cache[iri] }

    /// Splits an IRI before its longest NCName suffix; nil when that suffix is empty.
    static func split(_ iri: IRI) -> (namespace: String, local: String)? {
        let local = XMLNames.longestNCNameSuffix(of: iri.value)
        guard !local.isEmpty else { return nil }
        let namespace = String(iri.value[..<local.startIndex])
        return namespace.isEmpty ? nil : (namespace, String(local))
    }

    /// The element name of a predicate planned before writing.
    func elementName(forPredicate iri: IRI) throws -> String {
        guard let name = cache[iri] else { throw SerializationError.predicateWithoutQName(iri.value) }
        return name
    }
}
