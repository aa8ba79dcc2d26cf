import Testing
import TupuRecognizer

/// Names in news of canteens for the elderly: a meal-help point is a kind (助餐服务点), and 行动 in
/// 行动不便 (hard of movement) heads no campaign. Fresh sentences.
@Suite struct ElderlyCanteenTests {
    @Test func kindsAndIdiomsAreNoNames() {
        let names = recognizer.namesBesidesTheCounty(in: "老人们在助餐服务点用餐，志愿者把午餐送给符合用餐条件行动不便的老人。")
        #expect(names == [], "found \(names)")
    }
}
