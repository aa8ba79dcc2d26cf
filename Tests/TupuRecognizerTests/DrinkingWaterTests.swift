import Testing
import TupuRecognizer

/// Names in news of rural drinking water: the State Council's national administrations are known by
/// name (国家疾病预防控制局); water works and zones named by their source and reach alone (村内饮水管网,
/// 乡镇级饮用水水源保护区) are kinds. Fresh sentences.
@Suite struct DrinkingWaterTests {
    @Test func aNationalAdministrationIsKnown() {
        let mentions = recognizer.recognize("水利部会同国家疾病预防控制局开展检查。").mentions
        #expect(mentions.contains { $0.type == .institution && $0.name == "国家疾病预防控制局" }, "found \(mentions.map(\.name))")
    }

    @Test func waterWorksAndZonesByTheirSourceAloneAreKinds() {
        for text in ["对村内饮水管网进行维修改造。", "完成乡镇级饮用水水源保护区划定。"] {
            let mentions = recognizer.recognize(text).mentions
            #expect(mentions.isEmpty, "\(text): found \(mentions.map(\.name))")
        }
    }
}
