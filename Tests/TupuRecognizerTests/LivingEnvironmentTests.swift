import Testing
import TupuRecognizer

/// Names in news of rural living-environment drives: a township's name whose 乡 begins the word 乡村
/// (宜居|乡村) names no township where the text names no county. Fresh sentences.
@Suite struct LivingEnvironmentTests {
    @Test func aTownshipWhoseLevelBeginsAWordIsNoPlace() {
        let names = recognizer.recognize("各村建设美丽宜居乡村，改善村容村貌。").mentions.map(\.name)
        #expect(!names.contains { $0.hasSuffix("乡") }, "found \(names)")
    }
}
