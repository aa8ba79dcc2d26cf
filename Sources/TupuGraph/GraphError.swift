/// What can be wrong with a term or triple given to the graph model.
public enum GraphError: Error, Equatable, CustomStringConvertible {
    case invalidIRI(String, reason: String)
    case invalidLanguageTag(String)
    case invalidBlankNodeLabel(String)
    case literalSubject(Term)

    public var description: String {
        switch self {
        case .invalidIRI(let value, let reason): return "invalid IRI <\(value)>: \(reason)"
        case .invalidLanguageTag(let tag): return "invalid language tag '\(tag)'"
        case .invalidBlankNodeLabel(let label): return "invalid blank node label '\(label)'"
        case .literalSubject: return "a literal cannot be the subject of a triple"
        }
    }
}
