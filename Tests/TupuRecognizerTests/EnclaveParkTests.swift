import Testing
import TupuRecognizer

/// Names in news of enclave industrial parks: 产业飞地 heads works named by the places that share them
/// (道县—江永产业飞地), two prefectures written together both count (永州郴州签订…), 同处 ends what
/// stands before a name, and 山海协作 is a programme known by name. Fresh sentences.
@Suite struct EnclaveParkTests {
    @Test func anEnclaveParkIsAWorksNamedByItsPlaces() {
        let names = recognizer.namesBesidesTheCounty(in: "道县—江永产业飞地建成投产,多家企业同处宁远产业飞地。")
        #expect(names.contains("道县—江永产业飞地"), "found \(names)")
        #expect(names.contains("宁远产业飞地"), "found \(names)")
    }

    @Test func twoPrefecturesWrittenTogetherBothCount() {
        let divisions = recognizer.recognize("永州郴州签订合作协议,两地共建产业园区。").mentions.compactMap { $0.division?.name }
        #expect(divisions.contains("永州市") && divisions.contains("郴州市"), "found \(divisions)")
    }

    @Test func shanhaiCooperationIsAProgramme() {
        recognizer.expectFinds(MarkedSentence("[Place:宁远县]与沿海县区深化[Programme:山海协作]。"))
    }
}
