import Testing
import TupuRecognizer

/// Names in news of oil mills: a site ranked by stars (…四星级现代农业园区) is a title conferred, no
/// site's name; the province before it stays a place. Fresh sentences.
@Suite struct StarRatedSiteTests {
    @Test func aStarRatedSiteIsATitle() {
        let mentions = recognizer.recognize("该园区去年被评为湖南省五星级现代农业园区。").mentions
        #expect(!mentions.contains { $0.name.contains("星级") }, "\(mentions.map(\.name))")
        #expect(mentions.contains { $0.type == .place && $0.name == "湖南省" }, "\(mentions.map(\.name))")
    }
}
