/// Why a graph could not be written or read in some format. Each case names the value at fault.
public enum SerializationError: Error, Equatable, CustomStringConvertible {
    /// The file could not be created, written or renamed into place.
    case cannotWrite(String, reason: String)
    /// The file could not be read.
    case cannotRead(String, reason: String)
    /// A predicate IRI that has no XML QName form, so RDF/XML cannot hold it.
    case predicateWithoutQName(String)
    /// An rdf: name reserved by the RDF/XML syntax (rdf:about, rdf:li …) used as a predicate.
    case reservedPredicate(String)
    /// A literal or IRI holding a character XML 1.0 forbids.
    case characterNotAllowedInXML(String, value: String)
    /// A syntax error in an input file, with its 1-based line and column.
    case syntax(file: String, line: Int, column: Int, message: String)

    public var description: String {
        switch self {
        case .cannotWrite(let path, let reason): return "cannot write \(path): \(reason)"
        case .cannotRead(let path, let reason): return "cannot read \(path): \(reason)"
        case .predicateWithoutQName(let iri):
            return "RDF/XML cannot hold the predicate <\(iri)>: its IRI does not end in an XML name (an NCName such as 'label' or '名称'), so it has no element name"
        case .reservedPredicate(let name):
            return "RDF/XML cannot hold the predicate \(name): it is a name the RDF/XML syntax reserves"
        case .characterNotAllowedInXML(let character, let value):
            return "RDF/XML cannot hold \(character), which XML 1.0 forbids, in the value \"\(value)\""
        case .syntax(let file, let line, let column, let message):
            return "\(file):\(line):\(column): \(message)"
        }
    }
}
