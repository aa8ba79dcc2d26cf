import Testing
import TupuRecognizer

/// Names in news of household waste sorting: a street written with 路 alone right after a word of where
/// (在中山路, 沿长安路, 位于舜源路) is a place; common words ending in 路 (道路, 公路, 新路) are not. Fresh sentences.
@Suite struct WasteSortingTests {
    @Test func aStreetAfterAWordOfWhereIsAPlace() {
        recognizer.expectFinds(MarkedSentence("[Place:宁远县]已在[Place:中山路]建成垃圾分类亭3座,并沿[Place:长安路]设置果皮箱。"))
        recognizer.expectFinds(MarkedSentence("[Place:宁远县]分拣站位于[Place:舜源路]以北。"))
    }

    @Test func commonWordsEndingInLuNameNoStreet() {
        recognizer.expectNamesNothingButTheCounty(in: "宁远县在公路两侧、在道路上设置垃圾桶,走出一条新路,在路口设点。")
    }
}
