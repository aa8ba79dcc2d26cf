import Testing
import TupuRecognizer

/// An item's date and its outlet on a line of their own (2024年05月10日 湖南三农在线) credit the outlet,
/// as a credit line or a reporter after it does; the same outlet's head running on into other words
/// credits nothing. Fresh sentences.
@Suite struct DateLineOutletTests {
    @Test func anOutletAfterTheDateOnItsOwnLineIsCredited() {
        let mentions = recognizer.recognize("2024年05月10日 湖南三农在线\n李明\n宁远县推进秸秆还田。").mentions
        #expect(mentions.contains { $0.type == .institution && $0.name == "湖南三农在线" }, "found \(mentions.map(\.name))")
    }

    @Test func anOutletsHeadRunningOnIsNoCredit() {
        let mentions = recognizer.recognize("2024年05月10日 湖南三农在线服务平台上线。").mentions
        #expect(!mentions.contains { $0.name == "湖南三农在线" }, "found \(mentions.map(\.name))")
    }
}
