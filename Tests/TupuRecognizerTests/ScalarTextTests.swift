import Testing
@testable import TupuRecognizer

/// The recognizer's own transcoding between strings and arrays of scalars, which it does by hand
/// for speed: every width of UTF-8 (one to four bytes) must come back as the standard library
/// decodes and encodes it. And the filter of adjacent pairs that rules names out before a search:
/// it may let an absent name through, never keep out one the text holds.
@Suite struct ScalarTextTests {
    static let texts = [
        "", "a", "宁远县", "Café “乡村工匠” 行动", "ü中𠀀x", "𝔸𝔹🙂", "\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}\u{10FFFF}",
        String(repeating: "县人民医院（é）、", count: 200),
    ]

    @Test(arguments: texts) func aStringDecodesToTheScalarsTheStandardLibraryReads(_ text: String) {
        #expect(text.scalarArray == Array(text.unicodeScalars))
    }

    @Test(arguments: texts) func scalarsEncodeToTheStringTheyCameFrom(_ text: String) {
        let scalars = Array(text.unicodeScalars)
        #expect(String(scalars: scalars[...]) == text)
        #expect(String(scalars: scalars.dropFirst()).utf8.elementsEqual(String(String.UnicodeScalarView(scalars.dropFirst())).utf8))
    }

    @Test func thePairFilterKeepsEveryNameTheTextHolds() {
        let text = Array("宁远县湾井镇下灌村、九嶷山乡牛亚岭瑶族村和Café 𠀀村开展“乡村振兴”行动。".unicodeScalars)
        let filter = ScalarPairFilter(of: text)
        for start in text.indices {
            for end in (start + 1)...min(text.count, start + 6) {
                #expect(filter.mayContainPairs(utf8: ArraySlice(String(scalars: text[start..<end]).utf8)))
            }
        }
    }

    @Test func thePairFilterRulesOutNamesWhosePairsTheTextLacks() {
        let filter = ScalarPairFilter(of: Array("宁远县湾井镇下灌村".unicodeScalars))
        // Each character is in the text, but not side by side as these names write them.
        for name in ["灌井村", "湾远镇", "下宁村", "镇湾井"] {
            #expect(!filter.mayContainPairs(utf8: ArraySlice(name.utf8)), "\(name)")
        }
    }
}
