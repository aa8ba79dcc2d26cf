/// What went wrong while writing or reading XML.
public enum XMLError: Error, Equatable, CustomStringConvertible {
    /// libxml2 could not open the file for writing.
    case cannotOpen(String)
    /// A libxml2 call failed (disk full, closed stream …).
    case writeFailed(operation: String, path: String)
    /// The writer was used after `finish()`.
    case writerFinished(String)
    /// An element or attribute name that is not a valid qualified XML name.
    case invalidName(String)
    /// A character XML 1.0 does not allow, in the value quoted.
    case forbiddenCharacter(Unicode.Scalar, in: String)

    public var description: String {
        switch self {
        case .cannotOpen(let path): return "cannot open \(path) for writing"
        case .writeFailed(let operation, let path): return "libxml2 failed to \(operation) in \(path)"
        case .writerFinished(let path): return "the XML writer for \(path) is already finished"
        case .invalidName(let name): return "'\(name)' is not a valid XML name"
        case .forbiddenCharacter(let scalar, let value):
            let code = String(scalar.value, radix: 16, uppercase: true)
            return "U+\(String(repeating: "0", count: max(0, 4 - code.count)) + code) cannot be written in XML 1.0, in the value \"\(XMLCharacters.printable(value))\""
        }
    }
}
