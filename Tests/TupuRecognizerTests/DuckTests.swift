import Testing
import TupuRecognizer

/// Names in news of duck farming: a name that would begin inside a body's head begins after the head and
/// after the verb that follows it (合作社|采用|“公司+农户”模式), as it does at a clause's start. Fresh sentences.
@Suite struct DuckTests {
    @Test func aNameAfterABodysHeadBeginsAfterItsVerb() {
        let names = recognizer.recognize("宁远县的合作社推行“基地+农户”模式。").mentions.map(\.name)
        #expect(names.contains("基地+农户模式") && !names.contains { $0.hasPrefix("推行") }, "\(names)")
    }
}
