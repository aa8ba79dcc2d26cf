import Testing
import TupuRecognizer

/// Names in news of university and hospital partnerships and of county leaders' project tours:
/// medical centres and named studios, companies by their trade, a body after the city it stands
/// in, campaigns named by a word and a place, works said of their owner or their site, and the
/// items of a counted list. Fresh sentences.
@Suite struct PartnershipNewsTests {
    static let cases: [MarkedSentence] = [
        // Medical centres and named studios are bodies; so are companies named by their trade (牧业, 泵业).
        MarkedSentence("[Institution:宁远县人民医院胸痛中心]和[Institution:李明名医工作室]揭牌，[Institution:湾井镇鸿源牧业]、[Institution:冷水镇金山泵业]参加。"),
        // A city before a body named with its province is where the body is; 健康 and 平安 before a place name a campaign.
        MarkedSentence("[Place:宁远县]代表团前往[Place:长沙][Institution:湖南省建工集团]考察，加快建设[Programme:健康宁远]，建设“[Programme:平安永州]”。"),
        // 战略合作 is no strategy; 会同 before 县府办 is "together with", and 县府办 is the county's office.
        MarkedSentence("[Institution:宁远县人民政府]与[Institution:湖南中医药大学]战略合作签约仪式举行，县长会同[Institution:县府办]主任前往。"),
        // A works said of its owner or sited in a park before its capacity; items of a list counted after their head.
        MarkedSentence("[Place:宁远县]主要建设[Project:年产5万吨竹胶板生产线]，该公司[Project:竹木制品加工建设项目]开工，[Place:宁远县工业园区][Project:3000吨茶油加工项目]投产，实施[Project:宁远智慧校园建设项目|宁远智慧校园建设]、[Project:茶油精深加工项目|茶油精深加工]等重点项目32个。"),
    ]

    @Test(arguments: cases)
    func findsTheMarkedEntities(_ sentence: MarkedSentence) {
        recognizer.expectFinds(sentence)
    }

    /// A works head after a preposition or a governing verb is its object; 畜牧业 is an industry.
    @Test func objectsOfVerbsAreNoNames() {
        let text = "宁远县县长对照项目用地图纸，要求力争项目早建成，督导检查产业项目建设情况，发展现代畜牧业。"
        let names = recognizer.namesBesidesTheCounty(in: text)
        #expect(names.isEmpty, "found \(names)")
    }
}
