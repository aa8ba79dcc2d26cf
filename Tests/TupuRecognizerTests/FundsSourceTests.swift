import Testing
import TupuRecognizer

/// Names in approvals of cemeteries: where money comes from (资金来源:) is no credit line, and a
/// cemetery for ashes (骨灰公墓) is a kind. Fresh sentences.
@Suite struct FundsSourceTests {
    @Test func whereMoneyComesFromIsNoCreditLine() {
        let names = recognizer.namesBesidesTheCounty(in: "四、总投资及资金来源:项目估算总投资1575万元,其中,湾井镇公墓180万元。\n经费来源:县财政。")
        #expect(!names.contains { $0.contains("投资") || $0.contains("财政") }, "found \(names)")
    }

    @Test func aCemeteryForAshesIsAKind() {
        // The road the site is measured along is a place (舜德路, as h1614's 勐景路); the cemetery is a kind.
        let names = recognizer.namesBesidesTheCounty(in: "宁远县拟在舜德路6公里选址规划建设骨灰公墓一处，项目规划骨灰公墓用地50亩。")
        #expect(names == ["舜德路"], "found \(names)")
    }
}
