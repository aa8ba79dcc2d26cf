import Testing
import TupuLinker
import TupuRecognizer

private let recognizer = Recognizer()
private let linker = Linker()

private func entities(in text: String) -> [Entity] {
    linker.link(recognizer.recognize(text), name: "t.txt").entities
}

/// An activity held under a drive is the drive, however the activity is written
/// (巾帼家政进社区活动, “巾帼家政进社区”宣讲活动).
@Suite struct DriveActivityTests {
    @Test func activitiesHeldUnderADriveAreTheDrive() {
        let found = entities(in: "宁远县妇联开展巾帼家政进社区活动，又在湾井镇举办“巾帼家政进社区”宣讲活动。").filter { $0.type == .programme }
        #expect(found.count == 1, "\(found.map(\.name))")
    }

    @Test func differentDrivesStayApart() {
        let found = entities(in: "宁远县开展巾帼家政进社区活动，又开展送戏下乡宣传活动。").filter { $0.type == .programme }
        #expect(found.count == 2, "\(found.map(\.name))")
    }
}

extension DriveActivityTests {
    /// The consultation day of a drive's month (“安全生产月”宣传咨询日活动) is the month's drive.
    @Test func theConsultationDayOfADrivesMonthIsTheDrive() {
        let found = entities(in: "今年6月是第25个全国“安全生产月”。宁远县应急管理局在广场开展“安全生产月”宣传咨询日活动。")
            .filter { $0.type == .programme }
        #expect(found.map(\.name).count == 1, "\(found.map(\.name))")
    }
}
