import Testing
import TupuRecognizer

/// Names in lists of model villages and the news that publishes them: a part of a month (9月|底,
/// 5月|中旬) says when and begins no body, a party committee's rural and legal commissions are its
/// departments (市委农工委, 市委政法委), village plans are a kind (村庄规划), and a word of manner
/// before a verb (科学|编制, 合理|安排) begins no plan. Fresh sentences.
@Suite struct ModelVillageListTests {
    @Test func findsTheMarkedEntities() {
        recognizer.expectFinds(MarkedSentence("10月底[Institution:省委农村工作领导小组办公室]公布名单，5月中旬[Institution:县文化馆]举办活动。"))
        recognizer.expectFinds(MarkedSentence("[Institution:邵阳市委农工委]、[Institution:市委政法委]联合开展调研。"))
    }

    @Test func villagePlansAndActsOfMannerNameNothing() {
        let names = recognizer.namesBesidesTheCounty(in: "要科学编制村庄规划，合理安排放映计划。")
        #expect(names == [], "found \(names)")
    }
}
