import Testing
import TupuRecognizer

/// Names in news of city reading rooms and homes for the aged: 城市书房, 颐养中心 and 康养中心 head
/// bodies, 花园 heads residential sites, 原 before a body says what it was, and a room's opening
/// hours (24小时城市书房) name no room. Fresh sentences.
@Suite struct ReadingRoomTests {
    @Test func findsTheMarkedEntities() {
        recognizer.expectFinds(MarkedSentence("新建[Institution:九嶷广场城市书房]，位于[Place:舜陵花园]旁。"))
        recognizer.expectFinds(MarkedSentence("将原[Institution:青山颐养中心]改造为人才公寓。"))
    }

    @Test func aRoomsOpeningHoursNameNoRoom() {
        let names = recognizer.namesBesidesTheCounty(in: "截至目前，已建成3个24小时城市书房。")
        #expect(names == [], "found \(names)")
    }
}
