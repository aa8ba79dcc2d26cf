import Foundation
import TupuGraph

/// Reads N-Triples (RDF 1.1) into triples. Errors name the file, line and column.
public struct NTriplesParser {
    private let source: String

    /// - Parameter source: the name used in error messages (usually the file path).
    public init(source: String = "<input>") { self.source = source }

    /// Reads the N-Triples file at `path` into a store.
    public static func read(path: String) throws -> TripleStore {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw SerializationError.cannotRead(path, reason: "no such file, or it cannot be opened")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw SerializationError.cannotRead(path, reason: "it is not UTF-8 text")
        }
        var store = TripleStore()
        try NTriplesParser(source: path).parse(text) { store.insert($0) }
        return store
    }

    /// Parses `text`, calling `body` with each triple in order.
    public func parse(_ text: String, _ body: (Triple) throws -> Void) throws {
        var lineNumber = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            var cursor = LineCursor(Array(line.unicodeScalars), line: lineNumber, source: source)
            cursor.skipSpace()
            if cursor.atEnd || cursor.peek == "#" { continue }
            let subject = try cursor.subject()
            cursor.skipSpace()
            let predicate = try cursor.iri()
            cursor.skipSpace()
            let object = try cursor.object()
            cursor.skipSpace()
            try cursor.expect(".")
            cursor.skipSpace()
            if !cursor.atEnd && cursor.peek != "#" { throw cursor.error("unexpected text after the final '.'") }
            try body(Triple(subject, predicate, object))
        }
    }
}

/// A position in one line of N-Triples, with the term readers.
private struct LineCursor {
    let scalars: [Unicode.Scalar]
    let line: Int
    let source: String
    var index = 0

    init(_ scalars: [Unicode.Scalar], line: Int, source: String) {
        var scalars = scalars
        if scalars.last == "\r" { scalars.removeLast() }
        self.scalars = scalars
        self.line = line
        self.source = source
    }

    var atEnd: Bool { index >= scalars.count }
    var peek: Unicode.Scalar { scalars[index] }

    func error(_ message: String) -> SerializationError {
        .syntax(file: source, line: line, column: index + 1, message: message)
    }

    mutating func skipSpace() { while !atEnd && (peek == " " || peek == "\t") { index += 1 } }

    mutating func expect(_ scalar: Unicode.Scalar) throws {
        guard !atEnd, peek == scalar else { throw error("expected '\(scalar)'") }
        index += 1
    }

    mutating func subject() throws -> Term {
        guard !atEnd else { throw error("expected a subject") }
        if peek == "<" { return .iri(try iri()) }
        if peek == "_" { return .blank(try blankNode()) }
        throw error("expected an IRI or blank node as subject")
    }

    mutating func object() throws -> Term {
        guard !atEnd else { throw error("expected an object") }
        switch peek {
        case "<": return .iri(try iri())
        case "_": return .blank(try blankNode())
        case "\"": return .literal(try literal())
        default: throw error("expected an IRI, blank node or literal as object")
        }
    }

    mutating func iri() throws -> IRI {
        let start = index
        try expect("<")
        var text = ""
        while true {
            guard !atEnd else { throw error("unterminated IRI") }
            let s = peek
            index += 1
            if s == ">" { break }
            if s == "\\" { text.unicodeScalars.append(try unicodeEscape()) } else { text.unicodeScalars.append(s) }
        }
        do { return try IRI(text) } catch let failure as GraphError {
            index = start
            throw error(failure.description)
        }
    }

    mutating func blankNode() throws -> BlankNode {
        try expect("_")
        try expect(":")
        var label = ""
        while !atEnd, peek != " ", peek != "\t", peek != "." || (index + 1 < scalars.count && scalars[index + 1] != " " && scalars[index + 1] != "\t") {
            label.unicodeScalars.append(peek)
            index += 1
        }
        do { return try BlankNode(label) } catch { throw self.error("invalid blank node label '\(label)'") }
    }

    mutating func literal() throws -> Literal {
        try expect("\"")
        var text = ""
        while true {
            guard !atEnd else { throw error("unterminated string") }
            let s = peek
            index += 1
            if s == "\"" { break }
            if s == "\\" {
                guard !atEnd else { throw error("unterminated escape") }
                switch peek {
                case "t": text += "\t"; index += 1
                case "b": text += "\u{8}"; index += 1
                case "n": text += "\n"; index += 1
                case "r": text += "\r"; index += 1
                case "f": text += "\u{C}"; index += 1
                case "\"": text += "\""; index += 1
                case "'": text += "'"; index += 1
                case "\\": text += "\\"; index += 1
                default: text.unicodeScalars.append(try unicodeEscape())
                }
            } else {
                text.unicodeScalars.append(s)
            }
        }
        if !atEnd && peek == "@" {
            index += 1
            var tag = ""
            while !atEnd, peek.properties.isASCIIHexDigit || ("a"..."z").contains(peek) || ("A"..."Z").contains(peek) || peek == "-" {
                tag.unicodeScalars.append(peek)
                index += 1
            }
            do { return try Literal(text, language: tag) } catch { throw self.error("invalid language tag '\(tag)'") }
        }
        if !atEnd && peek == "^" {
            try expect("^")
            try expect("^")
            return Literal(text, datatype: try iri())
        }
        return Literal(text)
    }

    /// Reads `uXXXX` or `UXXXXXXXX` after a backslash.
    mutating func unicodeEscape() throws -> Unicode.Scalar {
        guard !atEnd else { throw error("unterminated escape") }
        let width: Int
        switch peek {
        case "u": width = 4
        case "U": width = 8
        default: throw error("invalid escape '\\\(peek)'")
        }
        index += 1
        guard index + width <= scalars.count else { throw error("short \\u escape") }
        let digits = String(String.UnicodeScalarView(scalars[index..<index + width]))
        guard let value = UInt32(digits, radix: 16), let scalar = Unicode.Scalar(value) else {
            throw error("invalid \\u escape '\(digits)'")
        }
        index += width
        return scalar
    }
}
