import Testing
import TupuRecognizer

/// Names in news of gastrodia: a pointed division before a counted list (覆盖|该县|…等12个乡镇) says
/// whose the listed townships are and is no part of the first. Fresh sentences.
@Suite struct GastrodiaTests {
    @Test func aPointedDivisionIsNoPartOfTheFirstItem() {
        let text = "宁远县的天麻种植已覆盖该县桐木漯、棉花坪等3个乡镇。"
        let names = recognizer.recognize(text).mentions.map(\.name)
        #expect(!names.contains { $0.hasPrefix("该县") }, "found \(names)")
        #expect(names.contains("桐木漯"), "found \(names)")
    }
}
