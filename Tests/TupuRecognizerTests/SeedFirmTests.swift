import Testing
import TupuRecognizer

/// Names in news of seed production: seed firms named by their trade (金穗种业) and stations that
/// manage a trade or a site (…水库管理站) are bodies; a common noun of the trade (农作物|种业) or a word of
/// the sector after it (油茶种业|产业) makes none. Fresh sentences.
@Suite struct SeedFirmTests {
    @Test func seedFirmsByTheirTradeNamesAreBodies() {
        let mentions = recognizer.recognize("进驻宁远县制种的企业有：金穗种业、丰源种业、宁远县种子公司。").mentions
        for name in ["金穗种业", "丰源种业"] {
            #expect(mentions.contains { $0.type == .institution && $0.name == name }, "\(name): found \(mentions.map(\.name))")
        }
    }

    @Test func aStationThatManagesASiteIsABody() {
        let mentions = recognizer.recognize("宁远县水库管理站负责巡查。").mentions
        #expect(mentions.contains { $0.type == .institution && $0.name == "宁远县水库管理站" }, "found \(mentions.map(\.name))")
    }

    @Test func theTradeAsASectorIsNoFirm() {
        for text in ["抓住国家发展农作物种业的机会。", "全县油茶种业产业规模扩大。"] {
            let mentions = recognizer.recognize(text).mentions
            #expect(!mentions.contains { $0.type == .institution }, "\(text): found \(mentions.map(\.name))")
        }
    }
}
