import XCTest
import PromQL
import RuleTesting

/// Loading promtool `input_series` into storage, queried back through the engine; errors as
/// promtool words them (checked with `promtool test rules`).
final class InputSeriesTests: XCTestCase {
    private func value(_ query: String, at t: Int64, _ storage: MemoryStorage) throws -> [String] {
        let r = try PromQLEngine().instantQuery(try PromQLParser.parse(query), at: t, storage: storage)
        guard case .vector(let samples) = r else { return ["not a vector"] }
        return samples.map { "\($0.labels) \($0.v)" }
    }

    func testSeriesAreLoadedOneStepPerInterval() throws {
        let s = MemoryStorage()
        try InputSeries.load(series: #"up{job="node", instance="a"}"#, values: "1+1x2 _ stale 7", interval: 60_000, into: s)
        XCTAssertEqual(try value("up", at: 0, s), [#"{__name__="up", instance="a", job="node"}"# + " 1.0"])
        XCTAssertEqual(try value("up", at: 120_000, s), [#"{__name__="up", instance="a", job="node"}"# + " 3.0"])
        XCTAssertEqual(try value("up", at: 180_000, s), [#"{__name__="up", instance="a", job="node"}"# + " 3.0"])
        XCTAssertEqual(try value("up", at: 240_000, s), [])
        XCTAssertEqual(try value("up", at: 300_000, s), [#"{__name__="up", instance="a", job="node"}"# + " 7.0"])
    }

    func testErrors() {
        let cases: [(String, String, String)] = [
            (#"up{a=~"x"}"#, "1", #"unexpected <op:=~> in label set, expected "=""#),
            (#"up{a="b",a="c"}"#, "1", #"label name "a" is not unique: invalid sample"#),
            ("up", "1 stalex2", #"1:6: parse error: unexpected identifier "stalex2" in series values, expected number or "stale""#),
        ]
        for (series, values, expected) in cases {
            XCTAssertThrowsError(try InputSeries.load(series: series, values: values, interval: 60_000, into: MemoryStorage())) { e in
                XCTAssertTrue("\(e)".contains(expected), "\(e)")
            }
        }
    }
}
