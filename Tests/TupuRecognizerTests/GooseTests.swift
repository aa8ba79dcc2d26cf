import Testing
import TupuRecognizer

/// Names in news of goose farming: poultry firms named by their trade (…鹅业, …禽业) and unions of
/// cooperatives (…养殖联社) are institutions. Fresh sentences.
@Suite struct GooseTests {
    @Test func aPoultryFirmNamedByItsTradeIsAnInstitution() {
        let mentions = recognizer.recognize("成鹅由宁远县舜帝鹅业统一收购。").mentions
        #expect(mentions.contains { $0.name == "宁远县舜帝鹅业" && $0.type == .institution }, "\(mentions.map(\.name))")
    }

    @Test func aUnionOfCooperativesIsAnInstitution() {
        let mentions = recognizer.recognize("五家合作社牵头成立了九嶷白鹅养殖联社。").mentions
        #expect(mentions.contains { $0.name == "九嶷白鹅养殖联社" && $0.type == .institution }, "\(mentions.map(\.name))")
    }
}
