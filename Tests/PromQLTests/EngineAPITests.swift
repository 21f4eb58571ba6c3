import XCTest
import PromQL

/// The evaluator's public API: labels, storage, result shapes, range queries.
final class EngineAPITests: XCTestCase {
    func testLabels() {
        let l = Labels(["b": "2", "a": "1", "__name__": "m", "empty": ""])
        XCTAssertEqual(l.pairs.map(\.name), ["__name__", "a", "b"])
        XCTAssertEqual(l["a"], "1")
        XCTAssertNil(l["empty"])
        XCTAssertNil(l["zz"])
        XCTAssertEqual(l.description, #"{__name__="m", a="1", b="2"}"#)
        XCTAssertEqual(l.droppingName, Labels(["a": "1", "b": "2"]))
        XCTAssertEqual(l.setting("a", ""), Labels(["__name__": "m", "b": "2"]))
        XCTAssertEqual(l.setting("c", "3")["c"], "3")
        XCTAssertTrue(Labels(["a": "1"]) < Labels(["a": "2"]))
        XCTAssertTrue(Labels(["a": "1"]) < Labels(["a": "1", "b": "0"]))
    }

    func testStorageOrderAndStaleness() throws {
        let st = MemoryStorage()
        let m = Labels(["__name__": "m"])
        st.append(m, t: 120_000, v: 3)
        st.append(m, t: 0, v: 1)
        st.append(m, t: 60_000, v: 2)
        st.append(m, t: 60_000, v: 5)  // replaces
        st.appendStale(m, t: 180_000)
        let s = st.allSeries[0]
        XCTAssertEqual(s.timestamps, [0, 60_000, 120_000, 180_000])
        XCTAssertEqual(Array(s.values.prefix(3)), [1, 5, 3])
        XCTAssertTrue(isStaleMarker(s.values[3]))
        XCTAssertFalse(isStaleMarker(.nan))

        let e = PromQLEngine()
        guard case .vector(let v1) = try e.instantQuery(PromQLParser.parse("m"), at: 150_000, storage: st) else { return XCTFail() }
        XCTAssertEqual(v1.map(\.v), [3])
        XCTAssertEqual(v1.map(\.t), [150_000])
        guard case .vector(let v2) = try e.instantQuery(PromQLParser.parse("m"), at: 180_000, storage: st) else { return XCTFail() }
        XCTAssertTrue(v2.isEmpty)
        // A shorter lookback loses the sample.
        let short = PromQLEngine(lookbackDelta: 20_000)
        guard case .vector(let v3) = try short.instantQuery(PromQLParser.parse("m"), at: 150_000, storage: st) else { return XCTFail() }
        XCTAssertTrue(v3.isEmpty)
    }

    func testResultShapes() throws {
        let h = try EngineHarness([("m{a=\"1\"}", "1 2 stale 4")])
        let e = PromQLEngine()
        guard case .matrix(let m) = try e.instantQuery(PromQLParser.parse("m[3m]"), at: 180_000, storage: h.storage) else { return XCTFail() }
        XCTAssertEqual(m.count, 1)
        XCTAssertEqual(m[0].timestamps, [0, 60_000, 180_000])  // the stale marker is left out
        XCTAssertEqual(m[0].values, [1, 2, 4])
        XCTAssertEqual(m[0].labels["__name__"], "m")
        guard case .matrix(let sq) = try e.instantQuery(PromQLParser.parse("(m * 2)[2m:1m]"), at: 180_000, storage: h.storage) else { return XCTFail() }
        XCTAssertEqual(sq[0].timestamps, [60_000, 180_000])
        XCTAssertEqual(sq[0].values, [4, 8])
        XCTAssertNil(sq[0].labels["__name__"])
        guard case .string(let s) = try e.instantQuery(PromQLParser.parse(#""hi""#), at: 0, storage: h.storage) else { return XCTFail() }
        XCTAssertEqual(s, "hi")
        guard case .scalar(let t, let v) = try e.instantQuery(PromQLParser.parse("time() + 1"), at: 5_000, storage: h.storage) else { return XCTFail() }
        XCTAssertEqual(t, 5_000)
        XCTAssertEqual(v, 6)
    }

    func testRangeQuery() throws {
        let h = try EngineHarness([("m", "0+1x10")])
        let e = PromQLEngine()
        let r = try e.rangeQuery(PromQLParser.parse("m @ start() + m @ end() + m"), start: 60_000, end: 180_000, step: 60_000, storage: h.storage)
        XCTAssertEqual(r.count, 1)
        XCTAssertEqual(r[0].timestamps, [60_000, 120_000, 180_000])
        XCTAssertEqual(r[0].values, [5, 6, 7])
        let s = try e.rangeQuery(PromQLParser.parse("time()"), start: 0, end: 120_000, step: 60_000, storage: h.storage)
        XCTAssertEqual(s[0].values, [0, 60, 120])
        XCTAssertThrowsError(try e.rangeQuery(PromQLParser.parse("m"), start: 0, end: 1, step: 0, storage: h.storage))
    }

    func testErrorsCarryPrometheusWording() throws {
        let h = try EngineHarness([("m{x=\"1\"}", "1"), ("m{x=\"2\"}", "1"), ("n", "1")])
        XCTAssertEqual(try h.run("n + ignoring(x) m", at: "0m"),
            #"err: found duplicate series for the match group {} on the right hand-side of the operation: [{__name__="m", x="1"}, {__name__="m", x="2"}];many-to-many matching not allowed: matching labels must be unique on one side"#)
        XCTAssertEqual(try h.run("m / ignoring(x) n", at: "0m"),
            "err: multiple matches for labels: many-to-one matching must be explicit (group_left/group_right)")
    }

    func testAtan2CloseToGo() throws {
        // Go's math.Atan2 and libm may differ in the last bit; promtool printed 1.9739555984988078E-01.
        let h = try EngineHarness([("a", "1"), ("b", "5")])
        guard case .vector(let v) = try PromQLEngine().instantQuery(PromQLParser.parse("a atan2 on() b"), at: 0, storage: h.storage) else { return XCTFail() }
        XCTAssertEqual(v[0].v, 0.19739555984988078, accuracy: 1e-15)
    }
}
