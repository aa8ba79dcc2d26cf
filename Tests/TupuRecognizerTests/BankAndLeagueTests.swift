import Testing
import TupuRecognizer

/// Names in policy-bank credit news and village sports leagues: a bank's branches and their party
/// committees named with the bank, roads by their number, a works financed by PPP, items whose
/// brackets list what they name, editions of local leagues, outlets crediting an item, bodies of a
/// bare 自治区. Fresh sentences.
@Suite struct BankAndLeagueTests {
    static let cases: [MarkedSentence] = [
        // A branch named with the bank's short name, its full name, or its name grown from 银行.
        MarkedSentence("[Institution:中国农业发展银行宁远县支行|农发行宁远县支行]向[Place:宁远县]投放贷款。"),
        MarkedSentence("[Institution:中国农业发展银行永州市分行党委]书记出席，[Institution:省农业发展银行营业部]签约。"),
        // A road's number is part of the works' name; a name before PPP keeps it.
        MarkedSentence("授信支持[Project:454省道宁远至道县段改扩建项目]和[Project:宁远县乡村振兴基础设施及产业一体化PPP项目]。"),
        // Commas inside a bracket list what one item names.
        MarkedSentence("[Place:宁远县]重点支持[Project:九嶷水库建设项目|九嶷水库建设]、[Project:两河(舜河、冷水河)流域治理项目|两河(舜河、冷水河)流域治理]等水利项目。"),
        // A league with its place and edition, however generic its sport; a national strategy of a strong nation.
        MarkedSentence("[Programme:宁远县第四届乡镇篮球比赛]开幕，推动[Programme:体育强国]建设。"),
        // An outlet crediting its item (…网消息), its name beginning with 今日.
        MarkedSentence("[Institution:今日宁远网]消息 8月19日，[Place:宁远县]召开会议。"),
    ]

    @Test(arguments: cases)
    func findsTheMarkedEntities(_ sentence: MarkedSentence) {
        recognizer.expectFinds(sentence)
    }

    /// Games counted or pointed at (四节比赛, 这场比赛), talent schemes of every level (省市人才项目)
    /// and policy banks as a kind are no names.
    @Test func gamesSchemesAndKindsOfBankAreNoNames() {
        let names = recognizer.namesBesidesTheCounty(in: "宁远县经过四节比赛，这场比赛很精彩，依托省市人才项目，发挥政策性银行作用。")
        #expect(names.isEmpty, "found \(names)")
    }

    /// 自来水 is one word: a works named after a water plant keeps it.
    @Test func aWaterWorksKeepsItsWholeName() {
        let names = recognizer.recognize("宁远县完成自来水二厂整体搬迁工程。").mentions.map(\.name)
        #expect(names.contains("自来水二厂整体搬迁工程"), "\(names)")
    }
}
