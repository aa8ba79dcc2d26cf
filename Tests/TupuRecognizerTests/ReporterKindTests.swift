import Testing
import TupuRecognizer

/// An outlet's station opens an item with its dateline and a reporter of a kind in brackets
/// (…站5月3日讯（特约记者 …）): the outlet is credited as it is before a plain 记者. Fresh sentences.
@Suite struct ReporterKindTests {
    @Test func anOutletBeforeAReporterOfAKindIsCredited() {
        for label in ["特约记者", "分站记者", "首席记者"] {
            let text = "红网衡阳站5月3日讯（\(label) 李明 通讯员 王芳）5月2日，衡南县举行检查。"
            let mentions = recognizer.recognize(text).mentions
            #expect(mentions.contains { $0.type == .institution && $0.name == "红网衡阳站" }, "\(label): found \(mentions.map(\.name))")
        }
    }

    @Test func aBracketWithoutAReporterCreditsNoOutlet() {
        let mentions = recognizer.recognize("红网衡阳站5月3日讯（图文 李明）5月2日，衡南县举行检查。").mentions
        #expect(!mentions.contains { $0.name == "红网衡阳站" }, "found \(mentions.map(\.name))")
    }
}
