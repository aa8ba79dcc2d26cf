import Testing
import TupuRecognizer

/// Words of news of quarterly project launches that name no works: a sector's projects (战略新兴项目)
/// and a quarter's (二季度重点项目). Fresh sentences.
@Suite struct QuarterlyLaunchTests {
    static let namelessSentences = [
        "宁远县开工的既有科技含量高的战略新兴项目，也有新兴产业项目。",
        "宁远县二季度重点项目陆续开工。",
    ]

    @Test(arguments: namelessSentences) func namesNothingButTheCounty(_ text: String) {
        recognizer.expectNamesNothingButTheCounty(in: text)
    }
}
