import Foundation
import Testing
import TupuTestSupport

/// The seeds scored against their gold (docs/gold) by `tupu eval`, whose figures are the
/// reference scorers' (EvalCommandTests): a floor under the score reached, so that no change
/// lowers it unnoticed.
@Suite struct SeedRegressionTests {
    static let floors: [String: [String: Double]] = [
        "entities": ["micro": 0.95, "Place": 0.97, "Institution": 0.97, "Project": 0.86, "Programme": 0.98],
        "relations": ["micro": 0.70],
    ]

    @Test func seedScoresStayAboveTheirFloors() throws {
        let gold = PackagePaths.root + "/docs/gold"
        let run = try ExternalTool.run(PackagePaths.tupu, ["eval", "--gold", gold + "/entities.tsv", "--relations", gold + "/relations.tsv",
                                                          PackagePaths.root + "/seeds", "--format", "json"])
        #expect(run.status == 0, "\(run.error)")
        let figures = try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: [String: [String: Any]]]
        for (part, floors) in Self.floors {
            for (key, floor) in floors {
                let f1 = figures?[part]?[key]?["f1"] as? Double ?? 0
                #expect(f1 >= floor, "\(part) \(key) F1 \(f1) fell below \(floor)")
            }
        }
    }
}
