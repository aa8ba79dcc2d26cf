import Testing
import TupuRecognizer

/// Names in news of food-processing parks: 预制菜 is a noun, no verb a name starts after
/// (…的预制菜产业园项目), an industrial park by 工业园 is a site whose name ends before 内 (舜源工业园|内), and a works
/// pointed at (这一项目) is none. Fresh sentences.
@Suite struct FoodParkTests {
    @Test func findsTheMarkedEntities() {
        recognizer.expectFinds(MarkedSentence("项目位于[Place:舜源工业园]内，[Project:宁远县预制菜产业园项目]进展顺利。"))
    }

    @Test func aWorksPointedAtAndAKindOfParkAreNoNames() {
        let names = recognizer.namesBesidesTheCounty(in: "目前这一项目已经完成过半，各地加快建设的预制菜产业园项目陆续投产。")
        #expect(!names.contains("这一项目") && !names.contains("菜产业园项目"), "found \(names)")
    }
}
