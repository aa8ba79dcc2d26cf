import Testing
import TupuRecognizer

/// Names in news of science-and-technology courtyards: the national programme itself, an association
/// known by its abbreviation (农技协), a headline's separator 丨 that no name runs across, and the
/// conjunctions that join a counted list of bodies to what precedes it (并与|A、B等3所高校).
/// Fresh sentences.
@Suite struct ScienceCourtyardTests {
    static let cases: [MarkedSentence] = [
        MarkedSentence("[Place:宁远县]建设[Programme:科技小院]，服务三农。"),
        MarkedSentence("基层动态丨[Institution:宁远县科协]积极推进工作。"),
        MarkedSentence("[Institution:宁远县农技协]组织培训。"),
        MarkedSentence("同时,并与[Institution:湖南农业大学]、[Institution:中南大学]等3所高校建立机制。"),
    ]

    @Test(arguments: cases) func findsTheMarkedEntities(_ sentence: MarkedSentence) {
        recognizer.expectFinds(sentence)
    }
}
