/// A literal: a lexical form with either a language tag or a datatype (RDF 1.1).
///
/// A literal with a language tag has the datatype rdf:langString; one with neither has xsd:string.
public struct Literal: Hashable, Sendable {
    /// The lexical form, as written.
    public let lexicalForm: String
    /// The BCP 47 language tag, lower-cased, or nil.
    public let language: String?
    /// The datatype IRI; nil means xsd:string (or rdf:langString when `language` is set).
    public let datatype: IRI?

    /// A plain string literal (xsd:string).
    public init(_ lexicalForm: String) {
        self.lexicalForm = lexicalForm
        self.language = nil
        self.datatype = nil
    }

    /// A language-tagged literal.
    /// - Throws: `GraphError.invalidLanguageTag` when `language` is not of the form `zh`, `zh-Hans`, `en-GB`.
    public init(_ lexicalForm: String, language: String) throws {
        guard Literal.isLanguageTag(language) else { throw GraphError.invalidLanguageTag(language) }
        self.lexicalForm = lexicalForm
        self.language = language.lowercased()
        self.datatype = nil
    }

    /// A literal whose language tag was checked and lower-cased when it was first made.
    init(_ lexicalForm: String, checkedLanguage: String) {
        self.lexicalForm = lexicalForm
        self.language = checkedLanguage
        self.datatype = nil
    }

    /// A typed literal; xsd:string is stored as a plain literal so that both spellings are one term.
    public init(_ lexicalForm: String, datatype: IRI) {
        self.lexicalForm = lexicalForm
        self.language = nil
        self.datatype = datatype == XSD.string ? nil : datatype
    }

    static func isLanguageTag(_ tag: String) -> Bool {
        let parts = tag.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, (1...8).contains(first.count), first.allSatisfy({ $0.isASCII && $0.isLetter }) else { return false }
        return parts.dropFirst().allSatisfy { (1...8).contains($0.count) && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } }
    }
}

/// A blank node, named by a label unique within one graph.
public struct BlankNode: Hashable, Sendable {
    /// The label, letters, digits, `_` and `-` only, so that it is valid in N-Triples, Turtle and rdf:nodeID.
    public let label: String

    /// - Throws: `GraphError.invalidBlankNodeLabel` for an empty label or one with other characters.
    public init(_ label: String) throws {
        guard let first = label.unicodeScalars.first, first.properties.isAlphabetic || first == "_",
              label.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" || $0 == "-" })
        else { throw GraphError.invalidBlankNodeLabel(label) }
        self.label = label
    }

    /// A label checked when it was first made.
    init(unchecked label: String) { self.label = label }
}

/// An RDF term: the subject, predicate or object of a triple.
public enum Term: Hashable, Sendable, Comparable {
    case iri(IRI)
    case blank(BlankNode)
    case literal(Literal)

    /// A plain string literal.
    public static func string(_ text: String) -> Term { .literal(Literal(text)) }

    /// The IRI, when this term is one.
    public var iri: IRI? { if case .iri(let i) = self { return i } else { return nil } }

    /// The literal, when this term is one.
    public var literal: Literal? { if case .literal(let l) = self { return l } else { return nil } }

    /// Orders IRIs before blank nodes before literals, then by text: a stable order for writers.
    public static func < (lhs: Term, rhs: Term) -> Bool {
        switch (lhs, rhs) {
        case (.iri(let a), .iri(let b)): return a.value < b.value
        case (.blank(let a), .blank(let b)): return a.label < b.label
        case (.literal(let a), .literal(let b)):
            if a.lexicalForm != b.lexicalForm { return a.lexicalForm < b.lexicalForm }
            if a.language != b.language { return (a.language ?? "") < (b.language ?? "") }
            return (a.datatype?.value ?? "") < (b.datatype?.value ?? "")
        default: return lhs.rank < rhs.rank
        }
    }

    private var rank: Int {
        switch self {
        case .iri: return 0
        case .blank: return 1
        case .literal: return 2
        }
    }
}

/// One RDF statement. Subjects are IRIs or blank nodes, predicates IRIs (checked on construction).
public struct Triple: Hashable, Sendable {
    public let subject: Term
    public let predicate: IRI
    public let object: Term

    /// - Throws: `GraphError.literalSubject` when the subject is a literal.
    public init(_ subject: Term, _ predicate: IRI, _ object: Term) throws {
        if case .literal = subject { throw GraphError.literalSubject(subject) }
        self.subject = subject
        self.predicate = predicate
        self.object = object
    }

    /// A triple whose subject is an IRI, which needs no check.
    public init(_ subject: IRI, _ predicate: IRI, _ object: Term) {
        self.subject = .iri(subject)
        self.predicate = predicate
        self.object = object
    }
}
