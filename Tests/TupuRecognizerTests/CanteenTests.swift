import Testing
import TupuRecognizer

/// Names in news of community canteens for the elderly: a canteen written with its place (…社区长者食堂) is an
/// institution, one named only by whom it serves (幸福食堂, 职工食堂) a kind unless quoted; a community the
/// gazetteer lacks, found after its sub-district, is found again where the text writes it alone; a village of
/// the data that has become a community (下灌村, 下灌社区) is that village, under its new name, where the text writes it
/// after its township. Fresh sentences.
@Suite struct CanteenTests {
    @Test func aCanteenWithItsPlaceIsAnInstitution() {
        recognizer.expectFinds(MarkedSentence("[Institution:宁远县舜陵街道柳溪社区长者食堂]正式开业,为老人提供助餐服务。"))
        recognizer.expectFinds(MarkedSentence("[Place:宁远县]又添一家“[Institution:长者食堂]”。"))
    }

    @Test func aCanteenNamedByWhomItServesIsAKind() {
        recognizer.expectNamesNothingButTheCounty(in: "宁远县计划建设幸福食堂20家,社区老年食堂覆盖城乡。")
        recognizer.expectNamesNothingButTheCounty(in: "幸福食堂开启幸福“食”光,宁远县老人点赞。")
    }

    @Test func anUnlistedCommunityIsFoundAgainWhereWrittenAlone() {
        let text = "宁远县舜陵街道柳溪社区长者食堂开业。据了解,柳溪社区高龄老人较多。"
        let again = text.unicodeScalars.count - "柳溪社区高龄老人较多。".unicodeScalars.count
        let places = recognizer.recognize(text).mentions.filter { $0.type == .place }
        #expect(places.contains { $0.name == "柳溪社区" && $0.start == again }, "\(places.map { ($0.name, $0.start) })")
    }

    @Test func aVillageThatBecameACommunityIsFoundByItsNewName() {
        let mentions = recognizer.recognize("宁远县湾井镇下灌社区召开会议,下灌社区居民踊跃参加。").mentions.filter { $0.name == "下灌社区" }
        #expect(mentions.count == 2 && mentions.allSatisfy { $0.division?.level == .village }, "\(mentions.map { ($0.name, $0.division?.name ?? "-") })")
    }
}
