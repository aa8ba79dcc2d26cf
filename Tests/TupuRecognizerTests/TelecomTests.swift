import Testing
import TupuRecognizer

/// Names in news of telecoms reaching villages: a county written under the level it has taken since
/// the data was made (长泰|区 for 长泰县), prefectures listed before a count of 地市, an outlet credited
/// for a photograph (视界网 杨东 摄), and a drive numbered by its batch (第九批…试点项目), which 申报
/// governs. Fresh sentences.
@Suite struct TelecomTests {
    @Test func findsTheMarkedEntities() {
        recognizer.expectFinds(MarkedSentence("[Place:漳州市]下辖的[Place:长泰区]开通5G基站。"))
        recognizer.expectFinds(MarkedSentence("完成了[Place:邵阳]、[Place:怀化]、[Place:娄底]、[Place:益阳]四地市140个行政村的网络建设。"))
        recognizer.expectFinds(MarkedSentence("工作人员在检查设备。([Institution:视界网] 李明 摄)"))
        recognizer.expectFinds(MarkedSentence("组织企业积极申报[Programme:第九批电信普遍服务试点项目]。"))
    }
}
