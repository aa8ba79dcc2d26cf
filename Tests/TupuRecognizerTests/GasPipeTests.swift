import Testing
import TupuRecognizer

/// Names in news of old gas pipes replaced: 规划 after what it is fitted to (结合…实际情况|规划) is the verb;
/// residential areas listed before the count of their class (…等3片居民区) are places, and a site running across
/// one's edge (植物园|东里) gives way to the list; a page's stamp with the date written in units
/// (2024年08月24日14:20 今晚报) credits its outlet; a household's pipes (户内燃气管道) and old ones (燃气旧管网)
/// are kinds. Fresh sentences.
@Suite struct GasPipeTests {
    @Test func planningFittedToCircumstancesIsTheVerb() {
        recognizer.expectNamesNothingButTheCounty(in: "宁远县施工人员正结合住户实际情况规划燃气管道入户方式。")
    }

    @Test func residentialAreasCountedAsSuchArePlaces() {
        recognizer.expectFinds(MarkedSentence("[Place:宁远县]先后完成[Place:舜陵街道][Place:东风里]、[Place:西湖里]、[Place:南山里]等3片居民区的改造任务。"))
        recognizer.expectFinds(MarkedSentence("[Place:宁远县]先后完成[Place:舜陵街道][Place:植物园东里]、[Place:东风里]等2片居民区改造。"))
    }

    @Test func aStampWithTheDateInUnitsCreditsItsOutlet() {
        recognizer.expectFinds(MarkedSentence("2024年08月24日14:20 [Institution:今晚报]\n[Place:宁远县]燃气管网改造完工。"))
    }

    @Test func householdsAndOldPipesAreKinds() {
        recognizer.expectNamesNothingButTheCounty(in: "宁远县全面改造全县200公里燃气旧管网,对小区进行户内燃气管道改造。")
    }
}
