import XCTest
@testable import RuleTesting

/// Inputs that would make promtool run out of memory or time end in a clear failure.
final class RunnerLimitsTests: XCTestCase {
    private func run(_ yaml: String) -> TestFileReport {
        let runner = RuleTestRunner(readFile: { _ in yaml })
        return runner.run("t.yml")
    }

    func testHugeSeriesAndEvalTimesFailCleanly() {
        let huge = run("tests:\n- input_series:\n  - series: x\n    values: 1x100000000000\n")
        XCTAssertEqual(huge.failures, [#"1:3: "1x100000000000" expands the series beyond 10000000 values"#])
        let far = run("tests:\n- input_series: []\n  promql_expr_test:\n  - expr: x\n    eval_time: 100y\n")
        XCTAssertEqual(far.failures, ["eval_time 100y needs 52560000 rule evaluations at evaluation_interval 1m; stackc runs at most 10000000"])
    }

    func testZeroEvaluationIntervalIsTheDefault() throws {
        XCTAssertEqual(try TestFile.parse("evaluation_interval: 0s\ntests: []\n").evaluationInterval, 60_000)
    }
}
