import Foundation
import Testing
import TupuXML

@Suite struct XMLWriterTests {
    private func temporaryPath() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("tupu-xml-\(UUID().uuidString).xml").path
    }

    @Test func escapesSpecialCharactersInTextAndAttributes() throws {
        let path = temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let writer = try XMLWriter(path: path, indent: false)
        try writer.startDocument()
        try writer.startElement("root")
        try writer.writeAttribute("a", "x<&\">\n\t\r")
        try writer.writeText("1 < 2 & ]]> \"q\"\r\n")
        try writer.finish()
        let xml = try String(contentsOfFile: path, encoding: .utf8)
        #expect(xml.contains("a=\"x&lt;&amp;&quot;&gt;&#10;&#9;&#13;\""))
        #expect(xml.contains("1 &lt; 2 &amp; ]]&gt; &quot;q&quot;&#13;\n"))
    }

    @Test(arguments: ["\u{1}", "a\u{FFFE}b", "\u{FFFF}", "\u{B}"])
    func refusesCharactersXMLForbids(_ value: String) throws {
        let path = temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let writer = try XMLWriter(path: path)
        try writer.startElement("root")
        #expect(throws: XMLError.self) { try writer.writeText(value) }
        #expect(throws: XMLError.self) { try writer.writeAttribute("a", value) }
    }

    @Test(arguments: ["123", "ns0:123", "a b", "", ":x"])
    func refusesInvalidNames(_ name: String) throws {
        let path = temporaryPath()
        defer { try? FileManager.default.removeItem(atPath: path) }
        let writer = try XMLWriter(path: path)
        #expect(throws: XMLError.invalidName(name)) { try writer.startElement(name) }
    }

    @Test(arguments: [("label", true), ("名称", true), ("_x-1.2", true), ("1a", false), ("a:b", false), ("-a", false), ("", false)])
    func ncNames(_ name: String, _ valid: Bool) {
        #expect(XMLNames.isNCName(name) == valid)
    }

    @Test(arguments: [("http://ex.org/p/123", ""), ("http://ex.org/prop/", ""), ("http://ex.org/term%20", ""),
                      ("http://ex.org/ns#label", "label"), ("http://ex.org/属性", "属性"), ("http://ex.org/x-1", "x-1")])
    func ncNameSuffix(_ iri: String, _ suffix: String) {
        #expect(XMLNames.longestNCNameSuffix(of: iri) == suffix)
    }
}
