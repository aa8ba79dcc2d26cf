import Testing
import TupuRecognizer

/// Names in township health news: days observed each year, the national family-doctor programme,
/// and activities that are kinds or are on quoted topics. Fresh sentences.
@Suite struct HealthDriveTests {
    static let cases: [MarkedSentence] = [
        // A quoted day observed each year; the national family-doctor programme.
        MarkedSentence("在第8个“[Programme:全国助残日]”，[Place:宁远县]开展[Programme:家庭医生签约服务]活动。"),
    ]

    @Test(arguments: cases)
    func findsTheMarkedEntities(_ sentence: MarkedSentence) {
        recognizer.expectFinds(sentence)
    }

    /// Kinds of activity (送医送药义诊活动) and an activity on quoted topics (“A”“B”主题…活动) are no
    /// names; the quoted topics, launched by 开展, may be.
    @Test func kindsAndTopicsOfActivityAreNoNames() {
        let names = recognizer.namesBesidesTheCounty(in: "宁远县开展送医送药义诊活动，到集市开展“合理膳食”“健康体重”主题科普宣传活动。")
        #expect(!names.contains { $0.hasSuffix("活动") }, "found \(names)")
    }
}
