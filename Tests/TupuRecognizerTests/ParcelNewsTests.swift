import Testing
import TupuRecognizer

/// Names in rural e-commerce and parcel news: service stations and points of express and
/// e-commerce, distribution centres, a newspaper's item filed from a place, a national
/// demonstration programme's own 项目, drives launched with 推进. Fresh sentences.
@Suite struct ParcelNewsTests {
    static let cases: [MarkedSentence] = [
        // 快递 is a noun before a station's head; stations and points of a village are named by it.
        MarkedSentence("[Place:宁远县]干部参观了[Institution:湾井镇下灌村快递服务站]和[Institution:桥头村电商服务站点]。"),
        // Distribution centres are institutions.
        MarkedSentence("[Institution:舜源物流分拨中心]和[Institution:九嶷配送中心]整合了快递资源。"),
        // A newspaper credited on an item filed from a place.
        MarkedSentence("[Institution:永州农民报][Place:宁远县|宁远]讯(通讯员 李明)近日，[Place:宁远县]快递网点覆盖所有乡镇。"),
        // A national demonstration programme's 项目, with the level of the county that runs it.
        MarkedSentence("[Place:宁远县]顺利通过[Programme:电子商务进农村综合示范|国家电子商务进农村综合示范县项目]验收。"),
        // 推进 launches a quoted drive.
        MarkedSentence("[Place:宁远县]稳步推进[Programme:交邮融合|“交邮融合”]，打通末端配送。"),
    ]

    @Test(arguments: cases)
    func findsTheMarkedEntities(_ sentence: MarkedSentence) {
        recognizer.expectFinds(sentence)
    }

    /// Stations and alliances named by generic words only (邮政快递服务站, 战略合作联盟) are kinds, and
    /// 项目 after 做 is the verb's object.
    @Test func genericStationsAndAlliancesAreNoNames() {
        let names = recognizer.namesBesidesTheCounty(in: "宁远县加强邮政快递服务站建设，与企业达成战略合作联盟，局长向专家组做项目情况汇报。")
        #expect(names.isEmpty, "found \(names)")
    }

    /// A quoted institution after 推进 (推进“…治疗中心”工作) stays an institution.
    @Test func aQuotedInstitutionIsNoDrive() {
        let mentions = recognizer.recognize("宁远县人民医院深入推进“湘南微创治疗中心”工作。").mentions
        #expect(mentions.contains { $0.type == .institution && $0.name == "湘南微创治疗中心" }, "\(mentions.map(\.name))")
        #expect(!mentions.contains { $0.type == .programme }, "\(mentions.map(\.name))")
    }

    /// A two-character county inside a common word (示|范县 of 示范县) is no mention, and does not
    /// take the document from the county it names (宁陵).
    @Test func aCountyInsideAWordIsNoMention() {
        let mentions = recognizer.recognize("2017年被确定为河南省级电子商务进农村综合示范县。下一步深耕宁陵文化。").mentions
        let places = mentions.filter { $0.type == .place }.map(\.name)
        #expect(!places.contains("范县") && places.contains("宁陵"), "\(places)")
    }
}
