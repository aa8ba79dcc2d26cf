import Testing
import TupuRecognizer

/// Names in news of Sichuan pepper: a paper cited by its title in book-title marks, 退耕还林 as a
/// national programme; and what names nothing: a report's kind in book-title marks, a quoted formula
/// that joins kinds of bodies. Fresh sentences.
@Suite struct SichuanPepperTests {
    @Test func aPaperCitedByItsTitleIsNamed() {
        recognizer.expectFinds(MarkedSentence("记者刘明摘自《[Institution:湖南农民报]》"))
    }

    @Test func grainForGreenIsANationalProgramme() {
        recognizer.expectFinds(MarkedSentence("[Place:宁远县]通过[Programme:退耕还林]扩大花椒种植。"))
    }

    @Test func aReportsKindInTitleMarksNamesNothing() {
        recognizer.expectNamesNothingButTheCounty(in: "宁远县印发《2023年统计年报》和《工作简报》。")
    }

    @Test func aQuotedFormulaOfBodiesIsNoBody() {
        let names = recognizer.recognize("宁远县采用“党支部+合作社”的模式带领椒农。").mentions.filter { $0.type == .institution }.map(\.name)
        #expect(names.isEmpty, "\(names)")
    }
}
