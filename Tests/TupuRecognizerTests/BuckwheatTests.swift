import Testing
import TupuRecognizer

/// Names in news of buckwheat growing: the country's great deserts and sandy lands are places, as its great
/// mountain ranges are (科尔沁沙地, 库布其沙漠), though jieba's place names lack them. Fresh sentences.
@Suite struct BuckwheatTests {
    @Test func aGreatSandyLandIsAPlace() {
        let mentions = recognizer.recognize("奈曼旗地处科尔沁沙地南缘,荞麦耐旱耐瘠。").mentions
        #expect(mentions.contains { $0.name == "科尔沁沙地" && $0.type == .place }, "\(mentions.map(\.name))")
    }

    @Test func aGreatDesertIsAPlace() {
        let mentions = recognizer.recognize("杭锦旗在库布其沙漠边缘种植苦荞。").mentions
        #expect(mentions.contains { $0.name == "库布其沙漠" && $0.type == .place }, "\(mentions.map(\.name))")
    }
}
