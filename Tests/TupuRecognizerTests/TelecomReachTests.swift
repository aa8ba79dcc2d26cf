import Testing
import TupuRecognizer

/// Names in news of 5G and broadband reaching villages: villages counted in thousands written in words (近万个行政村,
/// 四千余个行政村) and production zones are kinds; a works of building networks named with a quoted slogan
/// (5G网络“强镇兴乡”工程) is a project; the state's telecommunication programme, the year's first documents and the
/// policy joining poverty gains to revitalisation are programmes. Fresh sentences.
@Suite struct TelecomReachTests {
    @Test func villagesCountedInWordsAndProductionZonesAreKinds() {
        recognizer.expectNamesNothingButTheCounty(in: "宁远县共计解决近万个行政村通光纤、四千余个行政村通4G网络,推动网络向生产作业区延伸。")
    }

    @Test func aNetworkWorksWithAQuotedSloganIsAProject() {
        recognizer.expectFinds(MarkedSentence("[Project:宁远县5G网络强镇兴乡工程|宁远县5G网络“强镇兴乡”工程]日前全面动工。"))
    }

    @Test func nationalProgrammesAndDocumentsAreProgrammes() {
        recognizer.expectFinds(MarkedSentence("[Place:宁远县]持续推进[Programme:电信普遍服务],落实[Programme:中央一号文件]和[Programme:省委一号文件]精神,助力[Programme:巩固拓展脱贫攻坚成果同乡村振兴有效衔接]。"))
    }

    @Test func aPlaceBegunWithTenThousandIsNoCount() {
        recognizer.expectFinds(MarkedSentence("游客来到[Place:湾井镇万家渡口]。"))
    }
}
