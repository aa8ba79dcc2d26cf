import Testing
import TupuRecognizer

/// Names in news of dairy farming: a village written with its nationality after its ethnic township,
/// an outlet credited for a picture (图源), 奶业振兴 as a national programme; and what names nothing:
/// ranches of a kind, ranches counted by 大 after their places, a division's dairy industry. Fresh sentences.
@Suite struct DairyFarmingTests {
    @Test func aVillageWrittenWithItsNationalityIsNamed() {
        recognizer.expectFinds(MarkedSentence("[Place:肇源县][Place:义顺蒙古族乡][Place:西义顺蒙古族村]举行开工仪式。"))
    }

    @Test func anOutletCreditedForAPictureIsNamed() {
        recognizer.expectFinds(MarkedSentence("[Place:宁远县]新建的牧场开工。(图源:[Institution:舜乡视界])"))
    }

    @Test func dairyRevivalIsANationalProgramme() {
        recognizer.expectFinds(MarkedSentence("[Place:宁远县]落实[Programme:奶业振兴]部署。"))
    }

    @Test func ranchesOfAKindOrCountedAndADivisionsIndustryNameNothing() {
        for text in ["宁远县加快规模化奶牛牧场建设。", "宁远、道县两大万头奶牛牧场建成。", "推动永州市乳业提升发展质量，宁远县受益。"] {
            let names = recognizer.recognize(text).mentions.filter { $0.type != .place }.map(\.name)
            #expect(names.isEmpty, "\(text): \(names)")
        }
    }
}
