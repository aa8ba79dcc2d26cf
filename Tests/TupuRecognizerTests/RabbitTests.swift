import Testing
import TupuRecognizer

/// Names in news of rabbit farming: a county, a township and a village written in a row are a chain,
/// though the data lacks both the township and the village (应县柑寨镇柑柏场村). Fresh sentences.
@Suite struct RabbitTests {
    @Test func aChainOfUnlistedTownshipAndVillageIsNamed() {
        let names = recognizer.recognize("记者来到应县柑寨镇柑柏场村三组,看到兔场里一派繁忙。").mentions.filter { $0.type == .place }.map(\.name)
        #expect(names == ["应县", "柑寨镇", "柑柏场村"], "\(names)")
    }

    @Test func aCountyBeforeItsVillagersNamesNoChain() {
        let names = recognizer.recognize("应县组织镇村民养兔。").mentions.map(\.name)
        #expect(names == ["应县"], "\(names)")
    }
}
