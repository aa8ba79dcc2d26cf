import Testing
import TupuRecognizer

/// Names in news of tea industries' conferences: a large state bank's branch named with the bank
/// (中国建设银行…分行, though 建设 elsewhere ends a name), and a department whose head's character
/// begins its chief's title (农业厅|厅长史…, where 长史 is a word). Fresh sentences.
@Suite struct TeaIndustryTests {
    @Test func findsTheMarkedEntities() {
        recognizer.expectFinds(MarkedSentence("[Institution:中国建设银行永州分行]副行长出席仪式。"))
        recognizer.expectFinds(MarkedSentence("[Institution:省农业厅]厅长史文博出席仪式。"))
    }
}
