import Testing
import TupuRecognizer

/// Names in news of textile and garment parks: a works counted in tens of thousands of pieces or
/// spindles (200万件服装项目, 20万锭纺纱项目) is a kind, however the count is written. Fresh sentences.
@Suite struct TextileParkTests {
    @Test func worksCountedInTensOfThousandsAreKinds() {
        recognizer.expectNamesNothingButTheCounty(in: "宁远县拟建200万件服装项目和20万锭纺纱项目。")
    }
}
