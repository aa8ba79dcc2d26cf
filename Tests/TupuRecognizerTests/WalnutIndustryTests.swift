import Testing
import TupuRecognizer

/// What names nothing in news of walnut industries: bodies of every kind (各类|核桃合作社), bodies
/// counted after the collective noun of their kind (销售协会|组织|50个, perhaps with a space typeset before
/// the comma), and works on the low- and middle-yield forests and fields (中低产林改造), a class.
/// Fresh sentences.
@Suite struct WalnutIndustryTests {
    @Test(arguments: [
        "宁远县组建各类核桃合作社。",
        "宁远县建立核桃合作社和销售协会组织30个。",
        "宁远县培育销售协会组织30个 , 会员900余人。",
        "宁远县实施中低产林改造。",
        "宁远县完成中低产田改造工程。",
    ])
    func namesNothingButTheCounty(_ text: String) {
        recognizer.expectNamesNothingButTheCounty(in: text)
    }

    @Test func aNamedCooperativeIsStillNamed() {
        recognizer.expectFinds(MarkedSentence("[Institution:宁远县舜丰核桃专业合作社]组织会员30人。"))
    }
}
