import Testing
import TupuRecognizer

/// Names in news of community service centres: communities listed before 等 and a count share the
/// head after it (印山社区、泠江社区等3个党群服务中心); a floor says where and begins no body (三楼|…);
/// clubs are bodies (健身俱乐部); and works that relocate or build a centre are projects
/// (整体搬迁工程, 邻里中心建设工程). Fresh sentences.
@Suite struct CommunityCentreTests {
    @Test func findsTheMarkedEntities() {
        recognizer.expectFinds(MarkedSentence(
            "[Place:宁远县][Place:舜陵街道]对[Institution:印山社区党群服务中心|印山社区]、[Institution:泠江社区党群服务中心|泠江社区]、[Institution:舜峰社区党群服务中心|舜峰社区]等3个党群服务中心进行改造提升。"))
        recognizer.expectFinds(MarkedSentence("三楼党员活动中心同时开放，[Institution:新生命健身俱乐部]入驻。"))
        recognizer.expectFinds(MarkedSentence("推进[Project:新寨整体搬迁工程]和[Project:邻里中心建设工程]。"))
    }
}
