import Testing
import TupuRecognizer

/// Names in news of village street lights: a quoted slogan that begins with a doubled character
/// (“户户亮灯”工程, reaching every household) names a campaign, not a works. Fresh sentences.
@Suite struct StreetLightTests {
    @Test func aSloganReachingEveryOneNamesACampaign() {
        let text = "宁远县委、县政府安排人均50元配套资金，于2022年4月在全县范围开展“户户亮灯”工程。截至目前，宁远县已安装路灯。"
        let mentions = recognizer.recognize(text).mentions
        #expect(mentions.contains { $0.type == .programme && $0.name == "户户亮灯工程" }, "found \(mentions.map { "\($0.type) \($0.name)" })")
        #expect(!mentions.contains { $0.type == .project }, "found \(mentions.map(\.name))")
    }

    @Test func aQuotedWorksOfThingsBuiltStaysAWorks() {
        let mentions = recognizer.recognize("镇里推进“通村公路”工程。").mentions
        #expect(mentions.contains { $0.type == .project && $0.name == "通村公路工程" }, "found \(mentions.map(\.name))")
    }
}
