import Testing
import TupuRecognizer

/// Names in news of public cemeteries: a county's short form that reports use as a word of their own
/// (惠民 of 惠民殡葬政策, 惠农 of 惠农政策) names no county, even where the text names its province.
/// Fresh sentences.
@Suite struct PublicCemeteryTests {
    @Test func shortFormsUsedAsWordsNameNoCounty() {
        let shandong = recognizer.recognize("山东省各县已全面启动惠民殡葬政策。").mentions.map(\.name)
        #expect(!shandong.contains("惠民县"), "found \(shandong)")
        let ningxia = recognizer.recognize("宁夏回族自治区全面启动惠农补贴政策。").mentions.map(\.name)
        #expect(!ningxia.contains("惠农区"), "found \(ningxia)")
    }

    @Test func theCountyNamedInFullStillIsOne() {
        recognizer.expectFinds(MarkedSentence("[Place:滨州市惠民县]实施惠民工程。"))
    }
}
