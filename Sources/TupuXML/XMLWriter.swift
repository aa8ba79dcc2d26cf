internal import CLibXML2

/// Writes an XML document to a file through libxml2's xmlTextWriter, one call per element,
/// attribute or text node, streaming (nothing is held in memory).
///
/// libxml2 escapes `<`, `&`, `>` and `"` and writes `\r`, `\n`, `\t` in attributes as
/// character references, but passes characters that XML 1.0 forbids straight through;
/// this writer refuses those with `XMLError.forbiddenCharacter` before calling it.
///
/// Call `finish()` to end the document and flush; a writer dropped without it closes the file
/// with whatever was written, so callers write into a temporary file and discard it on error.
public final class XMLWriter {
    private var writer: xmlTextWriterPtr?
    private let path: String
    private var checkedNames: Set<String> = []

    /// Opens `path` for writing (creating or truncating it).
    /// - Parameter indent: whether to put each element on its own indented line.
    /// - Throws: `XMLError.cannotOpen` when libxml2 cannot open the file.
    public init(path: String, indent: Bool = true) throws {
        Self.initialiseLibrary()
        self.path = path
        guard let writer = xmlNewTextWriterFilename(path, 0) else { throw XMLError.cannotOpen(path) }
        self.writer = writer
        if indent {
            try check(xmlTextWriterSetIndent(writer, 1), "set indentation")
            try check(withXMLChars("  ") { xmlTextWriterSetIndentString(writer, $0) }, "set indentation")
        }
    }

    /// libxml2 sets up its global tables (encoding handlers among them) lazily, which races when
    /// two threads start documents at once; `xmlInitParser` once, before any writer, prevents it.
    private static let libraryInitialised: Void = xmlInitParser()

    private static func initialiseLibrary() { _ = libraryInitialised }

    deinit {
        if let writer { xmlFreeTextWriter(writer) }
    }

    /// Writes the XML declaration (version 1.0, UTF-8).
    public func startDocument() throws {
        try check(xmlTextWriterStartDocument(try handle(), "1.0", "UTF-8", nil), "start the document")
    }

    /// Opens an element; `name` is a qualified name such as `rdf:Description`.
    public func startElement(_ name: String) throws {
        let writer = try handle()
        try requireName(name)
        try check(withXMLChars(name) { xmlTextWriterStartElement(writer, $0) }, "start element \(name)")
    }

    /// Adds an attribute to the element just opened; the value is escaped.
    public func writeAttribute(_ name: String, _ value: String) throws {
        let writer = try handle()
        try requireName(name)
        try XMLCharacters.requireAllowed(value)
        let code = withXMLChars(name) { n in withXMLChars(value) { v in xmlTextWriterWriteAttribute(writer, n, v) } }
        try check(code, "write attribute \(name)")
    }

    /// Writes character data inside the open element; the text is escaped.
    public func writeText(_ text: String) throws {
        let writer = try handle()
        try XMLCharacters.requireAllowed(text)
        try check(withXMLChars(text) { xmlTextWriterWriteString(writer, $0) }, "write text")
    }

    /// Closes the innermost open element.
    public func endElement() throws {
        try check(xmlTextWriterEndElement(try handle()), "end an element")
    }

    /// Closes every open element, ends the document, flushes and closes the file.
    public func finish() throws {
        let writer = try handle()
        try check(xmlTextWriterEndDocument(writer), "end the document")
        try check(xmlTextWriterFlush(writer), "flush the file")
        xmlFreeTextWriter(writer)
        self.writer = nil
    }

    private func handle() throws -> xmlTextWriterPtr {
        guard let writer else { throw XMLError.writerFinished(path) }
        return writer
    }

    /// Checks a qualified name once; documents repeat a handful of names many times.
    private func requireName(_ name: String) throws {
        if checkedNames.contains(name) { return }
        let parts = name.split(separator: ":", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), parts.allSatisfy({ XMLNames.isNCName(String($0)) }) || name.hasPrefix("xmlns")
        else { throw XMLError.invalidName(name) }
        checkedNames.insert(name)
    }

    /// Turns a libxml2 return code into a Swift error: negative means the call failed.
    private func check(_ code: Int32, _ operation: String) throws {
        if code < 0 { throw XMLError.writeFailed(operation: operation, path: path) }
    }
}

/// Lends `text` to libxml2 as a NUL-terminated `xmlChar` string for the duration of `body`.
private func withXMLChars<R>(_ text: String, _ body: (UnsafePointer<xmlChar>) -> R) -> R {
    text.withCString { pointer in
        pointer.withMemoryRebound(to: xmlChar.self, capacity: text.utf8.count + 1, body)
    }
}
