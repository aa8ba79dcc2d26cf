import Testing
import TupuRecognizer

/// Names in news of artists' associations: associations by their short names (县书协, 县作协), a
/// military sub-district (…军分区), a department of radio, film and television (…广播电影电视局),
/// exhibitions of calligraphy (…书法展, …书法大展), a cup named with a boundary word before 杯
/// (…建设杯…), and a body after a post title and a person's name written without a comma
/// (副部长|李明|县民政局党组). Fresh sentences.
@Suite struct ArtistsAssociationTests {
    static let cases: [MarkedSentence] = [
        MarkedSentence("[Institution:县书协|县书协]、[Institution:县作协|县作协]和[Institution:永州军分区]联合举办活动。"),
        MarkedSentence("[Institution:宁远县文化广播电影电视局]局长出席。"),
        MarkedSentence("与会人员参观了[Programme:宁远县首届舜德书法展|宁远县首届“舜德”书法展]。"),
        MarkedSentence("[Programme:首届舜源建设杯硬笔书法大展]开幕。"),
        MarkedSentence("县委宣传部副部长李明[Institution:县民政局党组|县民政局党组]书记出席。"),
    ]

    @Test(arguments: cases) func findsTheMarkedEntities(_ sentence: MarkedSentence) {
        recognizer.expectFinds(sentence)
    }
}
