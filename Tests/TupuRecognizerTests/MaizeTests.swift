import Testing
import TupuRecognizer

/// Names in news of maize harvests: a verb of sending goods (运往, 销往), which jieba tags a verbal noun,
/// ends what stands before a body's head (秸秆被运往|养殖场): a kind sent to names nothing. Fresh sentences.
@Suite struct MaizeTests {
    @Test func aVerbOfSendingEndsWhatStandsBeforeAHead() {
        recognizer.expectNamesNothingButTheCounty(in: "宁远县的秸秆直接被运往养殖场做饲料。")
        recognizer.expectNamesNothingButTheCounty(in: "宁远县的脐橙销往合作社。")
    }
}
