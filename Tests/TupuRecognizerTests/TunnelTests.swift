import Testing
import TupuRecognizer

/// Names in news of tunnels: 从 stays apart from 中国 after it, builders' bureaus (工程局, 大桥局) are
/// bodies, and a kind ranked by a superlative (全线最长隧道) or called long and large (长大隧道) is no
/// name, nor part of the name after it. Fresh sentences.
@Suite struct TunnelTests {
    @Test func fromStaysApartFromChina() {
        let names = recognizer.namesBesidesTheCounty(in: "据记者从中国铁建股份有限公司获悉,宁远县九嶷隧道贯通。")
        #expect(names.contains("中国铁建股份有限公司"), "found \(names)")
        #expect(!names.contains { $0.hasPrefix("记者") || $0.hasPrefix("从") }, "found \(names)")
    }

    @Test func buildersBureausAreBodies() {
        let names = recognizer.namesBesidesTheCounty(in: "宁远县九嶷隧道由中铁大桥局承建,中交第二航务工程局参建。")
        #expect(names.contains("中铁大桥局") && names.contains("中交第二航务工程局"), "found \(names)")
        #expect(!names.contains("中铁大桥"), "found \(names)")
    }

    @Test func aKindRankedBySuperlativeIsNoName() {
        let names = recognizer.namesBesidesTheCounty(in: "宁道高速全线最长隧道九嶷隧道顺利贯通,成为全线首个贯通的长大隧道。宁道高速最长隧道贯通。")
        #expect(names.contains("九嶷隧道"), "found \(names)")
        #expect(!names.contains { $0.hasSuffix("隧道") && $0 != "九嶷隧道" }, "found \(names)")
    }
}
