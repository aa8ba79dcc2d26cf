import Testing
import TupuRecognizer

/// Names in news of township congresses: a township congress's presidium written with its bare level
/// word (镇人大主席团) is the township's, as its 镇人大 is. Fresh sentences.
@Suite struct TownshipCongressTests {
    @Test func findsTheMarkedEntities() {
        recognizer.expectFinds(MarkedSentence("[Place:湾井镇]召开人代会，选举产生了[Institution:镇人大主席团]主席、副主席。"))
    }
}
