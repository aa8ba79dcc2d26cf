import Testing
import TupuRecognizer

/// Names in news of cured pork: an outlet's dateline followed by a space opens an item (多彩宁远网讯 近日…),
/// and a village's collective enterprise said before a company's name (村集体企业|…有限公司) is no part of
/// it. Fresh sentences.
@Suite struct CuredPorkTests {
    @Test func aDatelineBeforeASpaceCreditsItsOutlet() {
        let mentions = recognizer.recognize("多彩宁远网讯 近日,宁远县湾井镇下灌村腊肉加工厂投产。").mentions
        #expect(mentions.contains { $0.name == "多彩宁远网" && $0.type == .institution }, "\(mentions.map(\.name))")
    }

    @Test func aCollectiveEnterpriseSaidOfACompanyIsNoPartOfIt() {
        let names = recognizer.recognize("今年10月,村集体企业湖南舜源农业发展有限公司成立。").mentions.map(\.name)
        #expect(names.contains("湖南舜源农业发展有限公司") && !names.contains { $0.contains("集体企业") }, "\(names)")
    }
}
