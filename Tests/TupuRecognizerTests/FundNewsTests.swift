import Testing
import TupuRecognizer

/// Names in news of rural-revitalisation funds: the works a fund pays for are a class. Fresh sentences.
@Suite struct FundNewsTests {
    /// The works a fund pays for (…补助资金项目, 衔接资金产业发展项目) are a class, no works of their own.
    @Test func aFundsWorksAreAClass() {
        let names = recognizer.namesBesidesTheCounty(in: "宁远县加强财政衔接推进乡村振兴补助资金项目管理,完成第三批衔接资金产业发展项目入库。")
        #expect(!names.contains { $0.hasSuffix("项目") }, "found \(names)")
    }
}
