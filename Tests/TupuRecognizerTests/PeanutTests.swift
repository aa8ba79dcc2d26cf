import Testing
import TupuRecognizer

/// Names in news of peanuts: an exchange (…商品交易所) and a farming consortium (…农业联合体,
/// …产业联合体) are institutions, and the city an exchange is named after is inside its name; a
/// consortium of a kind (紧密型医疗联合体, 农业产业化联合体) names no body. Fresh sentences.
@Suite struct PeanutTests {
    @Test func anExchangeIsAnInstitution() {
        recognizer.expectFinds(MarkedSentence("[Institution:上海期货交易所]在[Place:宁远县]设立花生交割库。"))
        let names = recognizer.recognize("上海期货交易所在宁远县设立花生交割库。").mentions.map(\.name)
        #expect(!names.contains("上海市"), "\(names)")
    }

    @Test func aFarmingConsortiumIsAnInstitution() {
        recognizer.expectFinds(MarkedSentence("记者在[Institution:宁远县舜丰农业联合体]采访。"))
        recognizer.expectFinds(MarkedSentence("公司经营有[Institution:舜丰现代农业产业联合体]九嶷基地。"))
    }

    @Test func consortiaOfAKindNameNoBody() {
        recognizer.expectNamesNothingButTheCounty(in: "宁远县完成紧密型医疗联合体组建任务,培育农业产业化联合体。")
    }
}
