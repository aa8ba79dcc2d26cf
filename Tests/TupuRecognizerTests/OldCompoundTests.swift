import Testing
import TupuRecognizer

/// Names in news of old residential compounds renovated: a works whose year is typeset with a space
/// before 年 (2024 年), and what names nothing: a year's generic works so typeset, kinds of compound
/// after common words (城镇|老旧|小区, 方便|老旧|小区), a compound rebuilt, and a district whose name
/// reads as a phrase (老城区, the old town) where the text does not support it. Fresh sentences.
@Suite struct OldCompoundTests {
    @Test func aYearTypesetWithASpaceStaysInTheWorksName() {
        recognizer.expectFinds(MarkedSentence("[Project:宁远县2024 年农村公路提升工程]开工。"))
    }

    @Test(arguments: ["宁远县推进2023 年重点项目。", "宁远县改造城镇老旧小区18个。", "宁远县为方便老旧小区居民出行修路。",
                      "宁远县重建小区内雨污管网。", "宁远县的主城区、老城区环境改善。"])
    func namesNothingButTheCounty(_ text: String) {
        recognizer.expectNamesNothingButTheCounty(in: text)
    }
}
