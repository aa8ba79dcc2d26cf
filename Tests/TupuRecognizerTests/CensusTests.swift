import Testing
import TupuRecognizer

/// Ordinals listed like the short forms of townships: 第二、第三产业 names no numbered sub-districts
/// (第二街道, 第三街道), whatever county has them. Fresh sentences.
@Suite struct CensusTests {
    @Test func ordinalsListedAreNoTownships() {
        #expect(recognizer.namesBesidesTheCounty(in: "普查全面调查宁远县第二、第三产业的发展规模、布局和效益。").isEmpty)
        #expect(recognizer.namesBesidesTheCounty(in: "通过全面掌握我国第一、第二产业的结构和效益等情况。").isEmpty)
    }
}
