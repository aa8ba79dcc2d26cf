import Testing
import TupuRecognizer

/// Names in news of shoe-making parks: products listed right before 等生产线 name no works, and a verb before
/// the one company listed before 等 and a count of companies (培育|…鞋业等8家…企业) is no part of its name.
/// Fresh sentences.
@Suite struct ShoeParkTests {
    @Test func productsListedBeforeProductionLinesNameNoWorks() {
        recognizer.expectNamesNothingButTheCounty(in: "宁远县建成鞋面、鞋底等生产线187条。")
    }

    @Test func aVerbBeforeTheOneListedCompanyIsNotItsName() {
        recognizer.expectFinds(MarkedSentence("[Place:宁远县]已培育[Institution:舜源鞋业]等8家鞋服类劳动密集型企业。"))
        #expect(!recognizer.namesBesidesTheCounty(in: "宁远县已培育舜源鞋业等8家鞋服类劳动密集型企业。").contains("培育舜源鞋业"))
    }
}
