import Testing
import TupuRecognizer

/// Names in news of camellia-oil farming: the words of the genre that name nothing (a poor mountain
/// village after its township, a body set up by forest farmers, a mountain area whose name ends like a
/// district's), beside a district that a time word comes before.
/// Fresh sentences.
@Suite struct OilTeaTests {
    @Test(arguments: [
        "宁远县引导林农建立专业协会和专业合作社。",
        "宁远县地处粤西山区。",
    ]) func namesNothingButTheCounty(_ text: String) {
        recognizer.expectNamesNothingButTheCounty(in: text)
    }

    @Test(arguments: [
        ("宁远县湾井镇贫困山村发展油茶产业。", ["宁远县", "湾井镇"]),
        ("宁远县下灌村位于大龙山区。", ["宁远县", "下灌村"]),
        ("今年南山区完成投资。", ["南山区"]),
    ]) func namesOnlyTheDivisions(_ text: String, _ expected: [String]) {
        let names = recognizer.recognize(text).mentions.map(\.name)
        #expect(names == expected, "\(names)")
    }
}
