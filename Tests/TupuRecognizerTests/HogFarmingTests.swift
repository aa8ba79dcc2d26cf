import Testing
import TupuRecognizer

/// Names in news of hog farming: companies listed before 等多家…企业, a statistics bureau's survey team,
/// a new town, a county's five-year plan with its quoted period; and what names nothing: a year's
/// output after 建设, farms of scale, firms of farming and herding. Fresh sentences.
@Suite struct HogFarmingTests {
    @Test func companiesListedBeforeAVagueCountAreNamed() {
        recognizer.expectFinds(MarkedSentence("[Place:宁远县]招引[Institution:湖北金旭]、[Institution:四川铁骑]等多家大型龙头企业落户。"))
    }

    @Test func aVagueCountOfKindsNamesNothing() {
        recognizer.expectNamesNothingButTheCounty(in: "宁远县引进龙头企业、合作社等多家企业。")
    }

    @Test func aSurveyTeamIsNamedWithItsBureau() {
        recognizer.expectFinds(MarkedSentence("据[Institution:国家统计局宁远调查队]核定，[Place:宁远县]生猪存栏稳定。"))
    }

    @Test func aNewTownIsAPlace() {
        recognizer.expectFinds(MarkedSentence("加工环节布局在[Place:滨江新城]。"))
    }

    @Test func aPlanKeepsItsPlaceBeforeItsQuotedPeriod() {
        recognizer.expectFinds(MarkedSentence("被列入[Programme:宁远县畜牧业十四五发展规划|宁远县畜牧业“十四五”发展规划]。"))
    }

    @Test func anAnnualOutputAfterBuildingIsNoDriveYear() {
        recognizer.expectNamesNothingButTheCounty(in: "宁远县按国际标准建设年屠宰30万头生猪的加工厂。")
    }

    @Test func farmsOfScaleAndHerdingFirmsAreKinds() {
        recognizer.expectNamesNothingButTheCounty(in: "宁远县有年出栏万头以上的规模养殖场12个，已成为大型农牧企业集团。")
    }
}
