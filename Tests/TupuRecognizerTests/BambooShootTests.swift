import Testing
import TupuRecognizer

/// Names in news of bamboo shoots: 纳入 (to take into) ends what stands before a plan's name
/// (竹产业纳入|“十四五”高质量发展规划). Fresh sentences.
@Suite struct BambooShootTests {
    @Test func aPlanTakenIntoBeginsAfterTheVerb() {
        let programmes = recognizer.recognize("县里把笋用林纳入“十四五”林业发展规划。").mentions.filter { $0.type == .programme }.map(\.name)
        #expect(!programmes.contains { $0.contains("纳入") }, "found \(programmes)")
    }
}
