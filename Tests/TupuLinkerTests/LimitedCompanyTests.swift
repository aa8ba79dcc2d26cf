import Testing
import TupuLinker
import TupuRecognizer

private let recognizer = Recognizer()
private let linker = Linker()

/// A limited company written without its 有限 (宁远县舜源养殖有限公司, 舜源养殖公司) is one institution.
@Suite struct LimitedCompanyTests {
    @Test func aCompanyWithAndWithoutItsLimitedIsOneBody() {
        let text = "宁远县舜源养殖有限公司是最早的强村公司。2003年，舜源养殖公司联合42个村发展养殖。"
        let found = linker.link(recognizer.recognize(text), name: "t.txt").entities.filter { $0.type == .institution && $0.name.contains("舜源") }
        #expect(found.count == 1 && found.first?.mentions.count == 2, "\(found.map(\.name))")
    }

    /// So is a company written with and without 公司 (国家电网公司, 国家电网).
    @Test func aCompanyWithAndWithoutItsFormIsOneBody() {
        let text = "国家电网公司与宁远县签约。国家电网下属的公司参加。"
        let found = linker.link(recognizer.recognize(text), name: "t.txt").entities.filter { $0.type == .institution && $0.name.hasPrefix("国家电网") }
        #expect(found.count == 1 && found.first?.mentions.count == 2, "\(found.map(\.name))")
    }
}
