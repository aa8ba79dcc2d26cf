import Testing
import TupuRecognizer

/// Names in news of county railway stations: cities listed by their short forms before 等城市, and
/// the words of the genre that name nothing (a station, its square and hub as kinds of works, a
/// national railway strategy, a station area's planning), and a body after a verb of going, visiting
/// or opening. Fresh sentences.
@Suite struct RailwayStationTests {
    static let cases: [MarkedSentence] = [
        MarkedSentence("高铁开通后，[Place:宁远县]到[Place:西安]、[Place:合肥]等大城市只需三小时。"),
        MarkedSentence("[Place:宁远县]组织学生参观[Institution:宁远县博物馆]。"),
    ]

    @Test(arguments: cases) func findsTheMarkedEntities(_ sentence: MarkedSentence) {
        recognizer.expectFinds(sentence)
    }

    /// Railway words as kinds, and bodies of a kind after a verb of going, visiting or opening.
    static let namelessSentences = [
        "宁远县规划了高铁站项目，站前广场及交通枢纽项目也在建设中。",
        "随着国家高铁战略的深入推进，宁远县站区规划、设计等工作已完成。",
        "宁远县学生参观纪念馆，老人去医院，村民开餐馆。",
    ]

    @Test(arguments: namelessSentences) func namesNothingButTheCounty(_ text: String) {
        recognizer.expectNamesNothingButTheCounty(in: text)
    }
}
