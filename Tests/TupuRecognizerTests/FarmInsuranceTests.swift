import Testing
import TupuRecognizer

/// Names in news of farm insurance: an insurer's county branch after its full name is one body
/// (…股份有限公司宁远县支公司), and 保险公司 alone is a kind of company, no name. Fresh sentences.
@Suite struct FarmInsuranceTests {
    @Test func findsAnInsurersCountyBranch() {
        recognizer.expectFinds(MarkedSentence("[Institution:中国人寿财产保险股份有限公司宁远县支公司]来到[Place:湾井镇]。"))
    }

    @Test func anInsuranceCompanyAloneIsNoName() {
        #expect(recognizer.namesBesidesTheCounty(in: "保险公司将会予以理赔。").isEmpty)
    }
}
