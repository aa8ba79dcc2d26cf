import Testing
import TupuRecognizer

/// Names in news of township cultural stations: a verb of nearness (紧靠) ends the name before a site, a
/// body begun right after a digit ends a count (6室2厅1协会), and activities of fitness or the arts are
/// kinds. Fresh sentences.
@Suite struct CulturalStationTests {
    @Test func aVerbOfNearnessEndsTheNameBeforeASite() {
        let names = recognizer.namesBesidesTheCounty(in: "湾井镇综合文化站紧靠舜韵文化公园和镇中心幼儿园。")
        #expect(names.contains("舜韵文化公园"), "found \(names)")
        #expect(!names.contains { $0.hasPrefix("紧靠") }, "found \(names)")
    }

    @Test func aBodyBegunRightAfterADigitEndsACount() {
        let names = recognizer.namesBesidesTheCounty(in: "走进湾井镇综合文化站,站内设有6室2厅1协会,功能齐全。")
        #expect(!names.contains { $0.contains("室") || $0.contains("厅") }, "found \(names)")
    }

    @Test func activitiesOfFitnessOrTheArtsAreKinds() {
        let names = recognizer.namesBesidesTheCounty(in: "文化站是一个集图书阅览、体育健身活动为一体的场所,可开展各种文化艺术活动。")
        #expect(names.isEmpty, "found \(names)")
    }
}
