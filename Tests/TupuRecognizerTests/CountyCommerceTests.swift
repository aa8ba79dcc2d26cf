import Testing
import TupuRecognizer

/// Names in news of county commerce and rural parcel delivery: a plan's title with the period it
/// covers ((2024—2026年)), committees of commerce and of state assets (商务委, 国资委), shared-delivery
/// centres (共配中心, 统仓共配…), an event whose topic follows 发展 (…融合发展交流活动), and bodies
/// counted with their level (3个县级…中心), which are kinds. Fresh sentences.
@Suite struct CountyCommerceTests {
    static let cases: [MarkedSentence] = [
        MarkedSentence("[Place:宁远县]印发《[Programme:宁远县乡村商贸流通体系建设实施方案(2024—2026年)|宁远县乡村商贸流通体系建设实施方案(2024—2026年)]》。"),
        MarkedSentence("[Institution:宁远县商务委]会同[Institution:宁远县国资委]召开座谈会。"),
        MarkedSentence("[Place:湾井镇]谋划了统仓共配冷链物流园项目，[Institution:宁远县寄递物流共配中心]已投入使用。"),
        MarkedSentence("在[Place:永州市]举行的“[Programme:山货出山县域电商融合发展交流活动|山货出山”县域电商融合发展交流活动]上，"),
    ]

    @Test(arguments: cases) func findsTheMarkedEntities(_ sentence: MarkedSentence) {
        recognizer.expectFinds(sentence)
    }

    @Test func aProjectOfSharedDeliveryKeepsItsWholeName() {
        #expect(recognizer.namesBesidesTheCounty(in: "湾井镇谋划了统仓共配冷链物流园项目。").contains("统仓共配冷链物流园项目"))
    }

    @Test func bodiesCountedWithTheirLevelAreKinds() {
        #expect(recognizer.namesBesidesTheCounty(in: "宁远县打造3个县级综合商贸服务中心，两个市级乡镇商贸中心。").isEmpty)
    }
}
