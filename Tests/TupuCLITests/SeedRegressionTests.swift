import Foundation
import Testing
import TupuTestSupport

/// The seeds scored against their gold (Tests/Fixtures/gold) with the reference scorer of
/// ANNOTATION.md: a floor under the score reached, so that no change lowers it unnoticed.
@Suite struct SeedRegressionTests {
    static let scorer = PackagePaths.shared.map { $0 + "/tools/score.py" }
    static let floors: [String: Double] = ["micro": 0.63, "Place": 0.60, "Institution": 0.74, "Project": 0.44, "Programme": 0.66]

    @Test(.enabled(if: scorer.map { FileManager.default.fileExists(atPath: $0) } == true
                   || { ExternalTool.notice("../shared/tools/score.py not found: seed regression skipped"); return false }()))
    func seedScoresStayAboveTheirFloors() throws {
        let folder = try PackagePaths.temporaryFolder()
        let entities = try ExternalTool.run(PackagePaths.tupu, ["entities", PackagePaths.root + "/seeds"])
        #expect(entities.status == 0)
        try Data(entities.output.utf8).write(to: URL(fileURLWithPath: folder + "/pred.tsv"))
        let score = try ExternalTool.run(tool: "python3", [Self.scorer!, PackagePaths.root + "/Tests/Fixtures/gold/entities.tsv", folder + "/pred.tsv", "--json"])
        let figures = try JSONSerialization.jsonObject(with: Data(score.output.utf8)) as? [String: [String: Double]]
        for (key, floor) in Self.floors {
            let f1 = figures?[key]?["f1"] ?? 0
            #expect(f1 >= floor, "\(key) F1 \(f1) fell below \(floor)")
        }
    }
}
