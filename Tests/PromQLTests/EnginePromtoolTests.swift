import XCTest
import PromQL

/// Expectations read off `promtool test rules` (Prometheus 2.42) by /tmp/pteng/gen.py.
final class EnginePromtoolTests: XCTestCase {
    func testGroup0_selectors() throws {
        let h = try EngineHarness(interval: 60000, [
            ("a{job=\"x\",instance=\"1\"}", "1 2 3 stale"),
            ("a{job=\"y\",instance=\"1\"}", "10 _ _ _ _ _ _ _ 5"),
            ("b{job=\"x\"}", "0+10x20"),
        ])
        XCTAssertEqual(try h.run("a", at: "5m"), "{__name__=\"a\", instance=\"1\", job=\"y\"} 1E+01", "a @ 5m")
        XCTAssertEqual(try h.run("a", at: "6m"), "nil", "a @ 6m")
        XCTAssertEqual(try h.run("a", at: "3m"), "{__name__=\"a\", instance=\"1\", job=\"y\"} 1E+01", "a @ 3m")
        XCTAssertEqual(try h.run("a", at: "2m"), "{__name__=\"a\", instance=\"1\", job=\"x\"} 3E+00, {__name__=\"a\", instance=\"1\", job=\"y\"} 1E+01", "a @ 2m")
        XCTAssertEqual(try h.run("a", at: "8m"), "{__name__=\"a\", instance=\"1\", job=\"y\"} 5E+00", "a @ 8m")
        XCTAssertEqual(try h.run("a{job=~\"x|z\"}", at: "1m"), "{__name__=\"a\", instance=\"1\", job=\"x\"} 2E+00", "a{job=~\"x|z\"} @ 1m")
        XCTAssertEqual(try h.run("a{job!~\"x\"}", at: "1m"), "{__name__=\"a\", instance=\"1\", job=\"y\"} 1E+01", "a{job!~\"x\"} @ 1m")
        XCTAssertEqual(try h.run("a{job!=\"x\"}", at: "1m"), "{__name__=\"a\", instance=\"1\", job=\"y\"} 1E+01", "a{job!=\"x\"} @ 1m")
        XCTAssertEqual(try h.run("{__name__=~\"a|b\"}", at: "1m"), "{__name__=\"a\", instance=\"1\", job=\"x\"} 2E+00, {__name__=\"a\", instance=\"1\", job=\"y\"} 1E+01, {__name__=\"b\", job=\"x\"} 1E+01", "{__name__=~\"a|b\"} @ 1m")
        XCTAssertEqual(try h.run("a offset 1m", at: "3m"), "{__name__=\"a\", instance=\"1\", job=\"x\"} 3E+00, {__name__=\"a\", instance=\"1\", job=\"y\"} 1E+01", "a offset 1m @ 3m")
        XCTAssertEqual(try h.run("a @ 60", at: "10m"), "{__name__=\"a\", instance=\"1\", job=\"x\"} 2E+00, {__name__=\"a\", instance=\"1\", job=\"y\"} 1E+01", "a @ 60 @ 10m")
        XCTAssertEqual(try h.run("b @ 120 offset 1m", at: "10m"), "{__name__=\"b\", job=\"x\"} 1E+01", "b @ 120 offset 1m @ 10m")
        XCTAssertEqual(try h.run("b offset -2m", at: "1m"), "{__name__=\"b\", job=\"x\"} 3E+01", "b offset -2m @ 1m")
        XCTAssertEqual(try h.run("1 < a", at: "2m"), "{__name__=\"a\", instance=\"1\", job=\"x\"} 3E+00, {__name__=\"a\", instance=\"1\", job=\"y\"} 1E+01", "1 < a @ 2m")
        XCTAssertEqual(try h.run("a > 1", at: "2m"), "{__name__=\"a\", instance=\"1\", job=\"x\"} 3E+00, {__name__=\"a\", instance=\"1\", job=\"y\"} 1E+01", "a > 1 @ 2m")
        XCTAssertEqual(try h.run("a > bool 1", at: "2m"), "{instance=\"1\", job=\"x\"} 1E+00, {instance=\"1\", job=\"y\"} 1E+00", "a > bool 1 @ 2m")
        XCTAssertEqual(try h.run("2 * a", at: "1m"), "{instance=\"1\", job=\"x\"} 4E+00, {instance=\"1\", job=\"y\"} 2E+01", "2 * a @ 1m")
        XCTAssertEqual(try h.run("-a", at: "1m"), "{instance=\"1\", job=\"x\"} -2E+00, {instance=\"1\", job=\"y\"} -1E+01", "-a @ 1m")
        XCTAssertEqual(try h.run("a - 1", at: "1m"), "{instance=\"1\", job=\"x\"} 1E+00, {instance=\"1\", job=\"y\"} 9E+00", "a - 1 @ 1m")
        XCTAssertEqual(try h.run("1", at: "0m"), "{} 1E+00", "1 @ 0m")
        XCTAssertEqual(try h.run("2 ^ 3 + 1 % 3", at: "0m"), "{} 9E+00", "2 ^ 3 + 1 % 3 @ 0m")
        XCTAssertEqual(try h.run("1 < bool 2", at: "0m"), "{} 1E+00", "1 < bool 2 @ 0m")
        XCTAssertEqual(try h.run("time()", at: "3m"), "{} 1.8E+02", "time() @ 3m")
    }
    func testGroup1_binops() throws {
        let h = try EngineHarness(interval: 60000, [
            ("a{job=\"x\",instance=\"1\"}", "1 2 3"),
            ("a{job=\"y\",instance=\"1\"}", "10 20 30"),
            ("b{job=\"x\"}", "5 6 7"),
            ("b{job=\"y\"}", "50 60 70"),
            ("c{job=\"x\",role=\"r\"}", "100"),
            ("c{job=\"y\",role=\"s\"}", "200"),
        ])
        XCTAssertEqual(try h.run("a + on(instance) a", at: "2m"), "err: found duplicate series for the match group {instance=\"1\"} on the right hand-side of the operation: [{__name__=\"a\", instance=\"1\", job=\"x\"}, {__name__=\"a\", instance=\"1\", job=\"y\"}];many-to-many matching not allowed: matching labels must be unique on one side", "a + on(instance) a @ 2m")
        XCTAssertEqual(try h.run("a + ignoring(instance) b", at: "1m"), "{job=\"x\"} 8E+00, {job=\"y\"} 8E+01", "a + ignoring(instance) b @ 1m")
        XCTAssertEqual(try h.run("a > ignoring(instance) b", at: "1m"), "nil", "a > ignoring(instance) b @ 1m")
        XCTAssertEqual(try h.run("b < ignoring(instance) a", at: "1m"), "nil", "b < ignoring(instance) a @ 1m")
        XCTAssertEqual(try h.run("a / on(job) b", at: "2m"), "{job=\"x\"} 4.2857142857142855E-01, {job=\"y\"} 4.2857142857142855E-01", "a / on(job) b @ 2m")
        XCTAssertEqual(try h.run("a * on(job) group_left(role) c", at: "0m"), "{instance=\"1\", job=\"x\", role=\"r\"} 1E+02, {instance=\"1\", job=\"y\", role=\"s\"} 2E+03", "a * on(job) group_left(role) c @ 0m")
        XCTAssertEqual(try h.run("c * on(job) group_right(role) a", at: "0m"), "{instance=\"1\", job=\"x\", role=\"r\"} 1E+02, {instance=\"1\", job=\"y\", role=\"s\"} 2E+03", "c * on(job) group_right(role) a @ 0m")
        XCTAssertEqual(try h.run("b + on() group_left a", at: "0m"), "err: found duplicate series for the match group {} on the right hand-side of the operation: [{__name__=\"a\", instance=\"1\", job=\"x\"}, {__name__=\"a\", instance=\"1\", job=\"y\"}];many-to-many matching not allowed: matching labels must be unique on one side", "b + on() group_left a @ 0m")
        XCTAssertEqual(try h.run("a + b", at: "0m"), "nil", "a + b @ 0m")
        XCTAssertEqual(try h.run("a and on(job) b", at: "0m"), "{__name__=\"a\", instance=\"1\", job=\"x\"} 1E+00, {__name__=\"a\", instance=\"1\", job=\"y\"} 1E+01", "a and on(job) b @ 0m")
        XCTAssertEqual(try h.run("a or b", at: "0m"), "{__name__=\"a\", instance=\"1\", job=\"x\"} 1E+00, {__name__=\"a\", instance=\"1\", job=\"y\"} 1E+01, {__name__=\"b\", job=\"x\"} 5E+00, {__name__=\"b\", job=\"y\"} 5E+01", "a or b @ 0m")
        XCTAssertEqual(try h.run("a unless on(job) b{job=\"x\"}", at: "0m"), "{__name__=\"a\", instance=\"1\", job=\"y\"} 1E+01", "a unless on(job) b{job=\"x\"} @ 0m")
        XCTAssertEqual(try h.run("a == bool on(job, instance) a", at: "0m"), "{instance=\"1\", job=\"x\"} 1E+00, {instance=\"1\", job=\"y\"} 1E+00", "a == bool on(job, instance) a @ 0m")
        XCTAssertEqual(try h.run("b + on(job) group_left a", at: "0m"), "{job=\"x\"} 6E+00, {job=\"y\"} 6E+01", "b + on(job) group_left a @ 0m")
        XCTAssertEqual(try h.run("a + on(job) group_left(instance) b", at: "0m"), "{job=\"x\"} 6E+00, {job=\"y\"} 6E+01", "a + on(job) group_left(instance) b @ 0m")
        XCTAssertEqual(try h.run("b - on(job) group_right c", at: "0m"), "{job=\"x\", role=\"r\"} -9.5E+01, {job=\"y\", role=\"s\"} -1.5E+02", "b - on(job) group_right c @ 0m")
        XCTAssertEqual(try h.run("a != ignoring(instance) b", at: "0m"), "{__name__=\"a\", job=\"x\"} 1E+00, {__name__=\"a\", job=\"y\"} 1E+01", "a != ignoring(instance) b @ 0m")
    }
    func testGroup2_aggregations() throws {
        let h = try EngineHarness(interval: 60000, [
            ("x{job=\"a\",i=\"1\"}", "1 5"),
            ("x{job=\"a\",i=\"2\"}", "2 4"),
            ("x{job=\"a\",i=\"3\"}", "3 NaN"),
            ("x{job=\"b\",i=\"1\"}", "10 10"),
            ("x{job=\"b\",i=\"2\"}", "20 11"),
        ])
        XCTAssertEqual(try h.run("sum(x)", at: "0m"), "{} 3.6E+01", "sum(x) @ 0m")
        XCTAssertEqual(try h.run("sum by (job) (x)", at: "0m"), "{job=\"a\"} 6E+00, {job=\"b\"} 3E+01", "sum by (job) (x) @ 0m")
        XCTAssertEqual(try h.run("avg without (i) (x)", at: "0m"), "{job=\"a\"} 2E+00, {job=\"b\"} 1.5E+01", "avg without (i) (x) @ 0m")
        XCTAssertEqual(try h.run("min by (job) (x)", at: "1m"), "{job=\"a\"} 4E+00, {job=\"b\"} 1E+01", "min by (job) (x) @ 1m")
        XCTAssertEqual(try h.run("max by (job) (x)", at: "1m"), "{job=\"a\"} 5E+00, {job=\"b\"} 1.1E+01", "max by (job) (x) @ 1m")
        XCTAssertEqual(try h.run("count(x)", at: "0m"), "{} 5E+00", "count(x) @ 0m")
        XCTAssertEqual(try h.run("group by (job) (x)", at: "0m"), "{job=\"a\"} 1E+00, {job=\"b\"} 1E+00", "group by (job) (x) @ 0m")
        XCTAssertEqual(try h.run("stddev by (job) (x)", at: "0m"), "{job=\"a\"} 8.16496580927726E-01, {job=\"b\"} 5E+00", "stddev by (job) (x) @ 0m")
        XCTAssertEqual(try h.run("stdvar(x)", at: "0m"), "{} 5.096E+01", "stdvar(x) @ 0m")
        XCTAssertEqual(try h.run("topk(2, x)", at: "0m"), "{__name__=\"x\", i=\"1\", job=\"b\"} 1E+01, {__name__=\"x\", i=\"2\", job=\"b\"} 2E+01", "topk(2, x) @ 0m")
        XCTAssertEqual(try h.run("bottomk by (job) (1, x)", at: "0m"), "{__name__=\"x\", i=\"1\", job=\"a\"} 1E+00, {__name__=\"x\", i=\"1\", job=\"b\"} 1E+01", "bottomk by (job) (1, x) @ 0m")
        XCTAssertEqual(try h.run("topk(1, x)", at: "1m"), "{__name__=\"x\", i=\"2\", job=\"b\"} 1.1E+01", "topk(1, x) @ 1m")
        XCTAssertEqual(try h.run("quantile(0.5, x)", at: "0m"), "{} 3E+00", "quantile(0.5, x) @ 0m")
        XCTAssertEqual(try h.run("quantile by (job) (0.9, x)", at: "0m"), "{job=\"a\"} 2.8000000000000003E+00, {job=\"b\"} 1.9E+01", "quantile by (job) (0.9, x) @ 0m")
        XCTAssertEqual(try h.run("quantile(2, x)", at: "0m"), "{} +Inf", "quantile(2, x) @ 0m")
        XCTAssertEqual(try h.run("count_values(\"v\", x)", at: "1m"), "{v=\"10\"} 1E+00, {v=\"11\"} 1E+00, {v=\"4\"} 1E+00, {v=\"5\"} 1E+00, {v=\"NaN\"} 1E+00", "count_values(\"v\", x) @ 1m")
        XCTAssertEqual(try h.run("count_values by (job) (\"v\", x)", at: "0m"), "{job=\"a\", v=\"1\"} 1E+00, {job=\"a\", v=\"2\"} 1E+00, {job=\"a\", v=\"3\"} 1E+00, {job=\"b\", v=\"10\"} 1E+00, {job=\"b\", v=\"20\"} 1E+00", "count_values by (job) (\"v\", x) @ 0m")
        XCTAssertEqual(try h.run("sum by (__name__) (x)", at: "0m"), "{__name__=\"x\"} 3.6E+01", "sum by (__name__) (x) @ 0m")
        XCTAssertEqual(try h.run("max(x)", at: "1m"), "{} 1.1E+01", "max(x) @ 1m")
        XCTAssertEqual(try h.run("sum without (job, i) (x)", at: "0m"), "{} 3.6E+01", "sum without (job, i) (x) @ 0m")
        XCTAssertEqual(try h.run("topk(0, x)", at: "0m"), "nil", "topk(0, x) @ 0m")
    }
    func testGroup3_rates() throws {
        let h = try EngineHarness(interval: 60000, [
            ("c{job=\"a\"}", "0+10x10"),
            ("c{job=\"b\"}", "5 10 20 3 8 _ _ 20"),
            ("g{job=\"a\"}", "1 3 2 5 4 8 7"),
        ])
        XCTAssertEqual(try h.run("rate(c[5m])", at: "5m"), "{job=\"a\"} 1.6666666666666669E-01, {job=\"b\"} 9.583333333333333E-02", "rate(c[5m]) @ 5m")
        XCTAssertEqual(try h.run("increase(c[5m])", at: "5m"), "{job=\"a\"} 5E+01, {job=\"b\"} 2.875E+01", "increase(c[5m]) @ 5m")
        XCTAssertEqual(try h.run("increase(c[3m])", at: "10m"), "{job=\"a\"} 3E+01", "increase(c[3m]) @ 10m")
        XCTAssertEqual(try h.run("rate(c[1m])", at: "1m"), "{job=\"a\"} 1.6666666666666666E-01, {job=\"b\"} 8.333333333333333E-02", "rate(c[1m]) @ 1m")
        XCTAssertEqual(try h.run("delta(g[5m])", at: "6m"), "{job=\"a\"} 4E+00", "delta(g[5m]) @ 6m")
        XCTAssertEqual(try h.run("irate(c[5m])", at: "4m"), "{job=\"a\"} 1.6666666666666666E-01, {job=\"b\"} 8.333333333333333E-02", "irate(c[5m]) @ 4m")
        XCTAssertEqual(try h.run("idelta(g[5m])", at: "6m"), "{job=\"a\"} -1E+00", "idelta(g[5m]) @ 6m")
        XCTAssertEqual(try h.run("increase(c[10m])", at: "7m"), "{job=\"a\"} 7E+01, {job=\"b\"} 4E+01", "increase(c[10m]) @ 7m")
        XCTAssertEqual(try h.run("deriv(g[5m])", at: "6m"), "{job=\"a\"} 1.7619047619047618E-02", "deriv(g[5m]) @ 6m")
        XCTAssertEqual(try h.run("predict_linear(g[5m], 60)", at: "6m"), "{job=\"a\"} 8.533333333333333E+00", "predict_linear(g[5m], 60) @ 6m")
        XCTAssertEqual(try h.run("changes(g[10m])", at: "6m"), "{job=\"a\"} 6E+00", "changes(g[10m]) @ 6m")
        XCTAssertEqual(try h.run("resets(c[10m])", at: "8m"), "{job=\"a\"} 0E+00, {job=\"b\"} 1E+00", "resets(c[10m]) @ 8m")
        XCTAssertEqual(try h.run("avg_over_time(g[5m])", at: "6m"), "{job=\"a\"} 4.833333333333334E+00", "avg_over_time(g[5m]) @ 6m")
        XCTAssertEqual(try h.run("min_over_time(g[5m])", at: "6m"), "{job=\"a\"} 2E+00", "min_over_time(g[5m]) @ 6m")
        XCTAssertEqual(try h.run("max_over_time(g[5m])", at: "6m"), "{job=\"a\"} 8E+00", "max_over_time(g[5m]) @ 6m")
        XCTAssertEqual(try h.run("sum_over_time(g[5m])", at: "6m"), "{job=\"a\"} 2.9E+01", "sum_over_time(g[5m]) @ 6m")
        XCTAssertEqual(try h.run("count_over_time(g[5m])", at: "6m"), "{job=\"a\"} 6E+00", "count_over_time(g[5m]) @ 6m")
        XCTAssertEqual(try h.run("quantile_over_time(0.3, g[5m])", at: "6m"), "{job=\"a\"} 3.5E+00", "quantile_over_time(0.3, g[5m]) @ 6m")
        XCTAssertEqual(try h.run("stddev_over_time(g[5m])", at: "6m"), "{job=\"a\"} 2.1147629234082532E+00", "stddev_over_time(g[5m]) @ 6m")
        XCTAssertEqual(try h.run("stdvar_over_time(g[5m])", at: "6m"), "{job=\"a\"} 4.472222222222222E+00", "stdvar_over_time(g[5m]) @ 6m")
        XCTAssertEqual(try h.run("last_over_time(g[5m])", at: "6m"), "{__name__=\"g\", job=\"a\"} 7E+00", "last_over_time(g[5m]) @ 6m")
        XCTAssertEqual(try h.run("present_over_time(g[5m])", at: "6m"), "{job=\"a\"} 1E+00", "present_over_time(g[5m]) @ 6m")
        XCTAssertEqual(try h.run("holt_winters(g[10m], 0.5, 0.5)", at: "6m"), "{job=\"a\"} 7.615234375E+00", "holt_winters(g[10m], 0.5, 0.5) @ 6m")
        XCTAssertEqual(try h.run("rate(c[5m] offset 2m)", at: "8m"), "{job=\"a\"} 1.6666666666666669E-01, {job=\"b\"} 7E-02", "rate(c[5m] offset 2m) @ 8m")
        XCTAssertEqual(try h.run("increase(c[2m])", at: "1m"), "{job=\"a\"} 1E+01, {job=\"b\"} 1E+01", "increase(c[2m]) @ 1m")
        XCTAssertEqual(try h.run("rate(c[5m])", at: "30m"), "nil", "rate(c[5m]) @ 30m")
    }
    func testGroup4_functions() throws {
        let h = try EngineHarness(interval: 60000, [
            ("v{job=\"a\"}", "-1.5 2.5"),
            ("v{job=\"b\"}", "0.25 16"),
            ("h_bucket{le=\"0.1\"}", "1 2"),
            ("h_bucket{le=\"1\"}", "3 5"),
            ("h_bucket{le=\"10\"}", "6 8"),
            ("h_bucket{le=\"+Inf\"}", "8 10"),
            ("t", "1700000000"),
        ])
        XCTAssertEqual(try h.run("abs(v)", at: "0m"), "{job=\"a\"} 1.5E+00, {job=\"b\"} 2.5E-01", "abs(v) @ 0m")
        XCTAssertEqual(try h.run("ceil(v)", at: "0m"), "{job=\"a\"} -1E+00, {job=\"b\"} 1E+00", "ceil(v) @ 0m")
        XCTAssertEqual(try h.run("floor(v)", at: "0m"), "{job=\"a\"} -2E+00, {job=\"b\"} 0E+00", "floor(v) @ 0m")
        XCTAssertEqual(try h.run("round(v)", at: "0m"), "{job=\"a\"} -1E+00, {job=\"b\"} 0E+00", "round(v) @ 0m")
        XCTAssertEqual(try h.run("round(v, 0.2)", at: "1m"), "{job=\"a\"} 2.6E+00, {job=\"b\"} 1.6E+01", "round(v, 0.2) @ 1m")
        XCTAssertEqual(try h.run("exp(v)", at: "0m"), "{job=\"a\"} 2.2313016014842982E-01, {job=\"b\"} 1.2840254166877414E+00", "exp(v) @ 0m")
        XCTAssertEqual(try h.run("ln(v)", at: "1m"), "{job=\"a\"} 9.162907318741551E-01, {job=\"b\"} 2.772588722239781E+00", "ln(v) @ 1m")
        XCTAssertEqual(try h.run("log2(v)", at: "1m"), "{job=\"a\"} 1.3219280948873622E+00, {job=\"b\"} 4E+00", "log2(v) @ 1m")
        XCTAssertEqual(try h.run("log10(v)", at: "1m"), "{job=\"a\"} 3.979400086720376E-01, {job=\"b\"} 1.2041199826559248E+00", "log10(v) @ 1m")
        XCTAssertEqual(try h.run("sqrt(v)", at: "1m"), "{job=\"a\"} 1.5811388300841898E+00, {job=\"b\"} 4E+00", "sqrt(v) @ 1m")
        XCTAssertEqual(try h.run("clamp(v, 0, 1)", at: "0m"), "{job=\"a\"} 0E+00, {job=\"b\"} 2.5E-01", "clamp(v, 0, 1) @ 0m")
        XCTAssertEqual(try h.run("clamp_min(v, 0)", at: "0m"), "{job=\"a\"} 0E+00, {job=\"b\"} 2.5E-01", "clamp_min(v, 0) @ 0m")
        XCTAssertEqual(try h.run("clamp_max(v, 0)", at: "0m"), "{job=\"a\"} -1.5E+00, {job=\"b\"} 0E+00", "clamp_max(v, 0) @ 0m")
        XCTAssertEqual(try h.run("clamp(v, 2, 1)", at: "0m"), "nil", "clamp(v, 2, 1) @ 0m")
        XCTAssertEqual(try h.run("absent(v)", at: "0m"), "nil", "absent(v) @ 0m")
        XCTAssertEqual(try h.run("absent(nope{job=\"x\", a=~\"b\"})", at: "0m"), "{job=\"x\"} 1E+00", "absent(nope{job=\"x\", a=~\"b\"}) @ 0m")
        XCTAssertEqual(try h.run("absent_over_time(nope{job=\"x\"}[1m])", at: "0m"), "{job=\"x\"} 1E+00", "absent_over_time(nope{job=\"x\"}[1m]) @ 0m")
        XCTAssertEqual(try h.run("absent(sum(nope))", at: "0m"), "{} 1E+00", "absent(sum(nope)) @ 0m")
        XCTAssertEqual(try h.run("histogram_quantile(0.5, h_bucket)", at: "0m"), "{} 4E+00", "histogram_quantile(0.5, h_bucket) @ 0m")
        XCTAssertEqual(try h.run("histogram_quantile(0.99, h_bucket)", at: "1m"), "{} 1E+01", "histogram_quantile(0.99, h_bucket) @ 1m")
        XCTAssertEqual(try h.run("histogram_quantile(0.05, h_bucket)", at: "0m"), "{} 4.000000000000001E-02", "histogram_quantile(0.05, h_bucket) @ 0m")
        XCTAssertEqual(try h.run("label_replace(v, \"dst\", \"$1-x\", \"job\", \"(.*)\")", at: "0m"), "{__name__=\"v\", dst=\"a-x\", job=\"a\"} -1.5E+00, {__name__=\"v\", dst=\"b-x\", job=\"b\"} 2.5E-01", "label_replace(v, \"dst\", \"$1-x\", \"job\", \"(.*)\") @ 0m")
        XCTAssertEqual(try h.run("label_replace(v, \"job\", \"\", \"job\", \"a\")", at: "0m"), "{__name__=\"v\"} -1.5E+00, {__name__=\"v\", job=\"b\"} 2.5E-01", "label_replace(v, \"job\", \"\", \"job\", \"a\") @ 0m")
        XCTAssertEqual(try h.run("label_join(v, \"j\", \"-\", \"job\", \"job\")", at: "0m"), "{__name__=\"v\", j=\"a-a\", job=\"a\"} -1.5E+00, {__name__=\"v\", j=\"b-b\", job=\"b\"} 2.5E-01", "label_join(v, \"j\", \"-\", \"job\", \"job\") @ 0m")
        XCTAssertEqual(try h.run("scalar(v)", at: "0m"), "{} NaN", "scalar(v) @ 0m")
        XCTAssertEqual(try h.run("scalar(v{job=\"a\"})", at: "0m"), "{} -1.5E+00", "scalar(v{job=\"a\"}) @ 0m")
        XCTAssertEqual(try h.run("vector(3)", at: "0m"), "{} 3E+00", "vector(3) @ 0m")
        XCTAssertEqual(try h.run("timestamp(v)", at: "1m"), "{job=\"a\"} 6E+01, {job=\"b\"} 6E+01", "timestamp(v) @ 1m")
        XCTAssertEqual(try h.run("timestamp(v offset 1m)", at: "3m"), "{job=\"a\"} 6E+01, {job=\"b\"} 6E+01", "timestamp(v offset 1m) @ 3m")
        XCTAssertEqual(try h.run("year(t)", at: "0m"), "{} 2.023E+03", "year(t) @ 0m")
        XCTAssertEqual(try h.run("month(t)", at: "0m"), "{} 1.1E+01", "month(t) @ 0m")
        XCTAssertEqual(try h.run("day_of_month(t)", at: "0m"), "{} 1.4E+01", "day_of_month(t) @ 0m")
        XCTAssertEqual(try h.run("day_of_week(t)", at: "0m"), "{} 2E+00", "day_of_week(t) @ 0m")
        XCTAssertEqual(try h.run("hour(t)", at: "0m"), "{} 2.2E+01", "hour(t) @ 0m")
        XCTAssertEqual(try h.run("minute(t)", at: "0m"), "{} 1.3E+01", "minute(t) @ 0m")
        XCTAssertEqual(try h.run("days_in_month(t)", at: "0m"), "{} 3E+01", "days_in_month(t) @ 0m")
        XCTAssertEqual(try h.run("year()", at: "0m"), "{} 1.97E+03", "year() @ 0m")
        XCTAssertEqual(try h.run("sort(v)", at: "0m"), "{__name__=\"v\", job=\"a\"} -1.5E+00, {__name__=\"v\", job=\"b\"} 2.5E-01", "sort(v) @ 0m")
        XCTAssertEqual(try h.run("sort_desc(v)", at: "0m"), "{__name__=\"v\", job=\"a\"} -1.5E+00, {__name__=\"v\", job=\"b\"} 2.5E-01", "sort_desc(v) @ 0m")
        XCTAssertEqual(try h.run("sgn(v)", at: "0m"), "{job=\"a\"} -1E+00, {job=\"b\"} 1E+00", "sgn(v) @ 0m")
    }
    func testGroup5_subqueries() throws {
        let h = try EngineHarness(interval: 60000, [
            ("c{job=\"a\"}", "0+10x30"),
            ("g", "1 3 2 5 4 8 7 1 2 3"),
        ])
        XCTAssertEqual(try h.run("max_over_time(g[5m:1m])", at: "6m"), "{} 8E+00", "max_over_time(g[5m:1m]) @ 6m")
        XCTAssertEqual(try h.run("rate(c[5m:1m])", at: "10m"), "{job=\"a\"} 1.6666666666666669E-01", "rate(c[5m:1m]) @ 10m")
        XCTAssertEqual(try h.run("sum_over_time(g[4m:2m])", at: "7m"), "{} 1.1E+01", "sum_over_time(g[4m:2m]) @ 7m")
        XCTAssertEqual(try h.run("avg_over_time(rate(c[2m])[5m:])", at: "10m"), "{job=\"a\"} 1.6666666666666666E-01", "avg_over_time(rate(c[2m])[5m:]) @ 10m")
        XCTAssertEqual(try h.run("max_over_time(g[5m:1m] offset 2m)", at: "9m"), "{} 8E+00", "max_over_time(g[5m:1m] offset 2m) @ 9m")
        XCTAssertEqual(try h.run("count_over_time(g[5m:30s])", at: "6m"), "{} 1.1E+01", "count_over_time(g[5m:30s]) @ 6m")
        XCTAssertEqual(try h.run("min_over_time((g * 2)[3m:1m])", at: "5m"), "{} 4E+00", "min_over_time((g * 2)[3m:1m]) @ 5m")
    }
    func testGroup6_more() throws {
        let h = try EngineHarness(interval: 60000, [
            ("f{job=\"a\"}", "0.1 0.2 0.3 0.7 1.1 NaN 0.4"),
            ("f{job=\"b\"}", "1e300 1e300 -1e300 3"),
            ("s{job=\"a\"}", "1 2 stale 4 5"),
            ("m{job=\"a\",x=\"1\"}", "1"),
            ("m{job=\"a\",x=\"2\"}", "2"),
            ("n{job=\"a\"}", "3"),
        ])
        XCTAssertEqual(try h.run("sum_over_time(f[10m])", at: "3m"), "{job=\"a\"} 1.3E+00, {job=\"b\"} 1E+300", "sum_over_time(f[10m]) @ 3m")
        XCTAssertEqual(try h.run("avg_over_time(f[10m])", at: "4m"), "{job=\"a\"} 4.8E-01, {job=\"b\"} 2.5E+299", "avg_over_time(f[10m]) @ 4m")
        XCTAssertEqual(try h.run("avg_over_time(f[10m])", at: "6m"), "{job=\"a\"} NaN, {job=\"b\"} 2.5E+299", "avg_over_time(f[10m]) @ 6m")
        XCTAssertEqual(try h.run("stddev_over_time(f[10m])", at: "4m"), "{job=\"a\"} 3.709447398198282E-01, {job=\"b\"} NaN", "stddev_over_time(f[10m]) @ 4m")
        XCTAssertEqual(try h.run("sum(f)", at: "1m"), "{} 1E+300", "sum(f) @ 1m")
        XCTAssertEqual(try h.run("avg(f)", at: "2m"), "{} -5E+299", "avg(f) @ 2m")
        XCTAssertEqual(try h.run("count_over_time(s[10m])", at: "4m"), "{job=\"a\"} 4E+00", "count_over_time(s[10m]) @ 4m")
        XCTAssertEqual(try h.run("s", at: "2m"), "nil", "s @ 2m")
        XCTAssertEqual(try h.run("s", at: "3m"), "{__name__=\"s\", job=\"a\"} 4E+00", "s @ 3m")
        XCTAssertEqual(try h.run("rate(s[5m])", at: "4m"), "{job=\"a\"} 1.6666666666666666E-02", "rate(s[5m]) @ 4m")
        XCTAssertEqual(try h.run("m + on(job) n", at: "0m"), "err: multiple matches for labels: many-to-one matching must be explicit (group_left/group_right)", "m + on(job) n @ 0m")
        XCTAssertEqual(try h.run("n + on(job) m", at: "0m"), "err: found duplicate series for the match group {job=\"a\"} on the right hand-side of the operation: [{__name__=\"m\", job=\"a\", x=\"1\"}, {__name__=\"m\", job=\"a\", x=\"2\"}];many-to-many matching not allowed: matching labels must be unique on one side", "n + on(job) m @ 0m")
        XCTAssertEqual(try h.run("m + on(job) group_left n", at: "0m"), "{job=\"a\", x=\"1\"} 4E+00, {job=\"a\", x=\"2\"} 5E+00", "m + on(job) group_left n @ 0m")
        XCTAssertEqual(try h.run("n + on(job) group_right m", at: "0m"), "{job=\"a\", x=\"1\"} 4E+00, {job=\"a\", x=\"2\"} 5E+00", "n + on(job) group_right m @ 0m")
        XCTAssertEqual(try h.run("m * ignoring(x) group_left n", at: "0m"), "{job=\"a\", x=\"1\"} 3E+00, {job=\"a\", x=\"2\"} 6E+00", "m * ignoring(x) group_left n @ 0m")
        XCTAssertEqual(try h.run("holt_winters(f[10m], 1, 0.5)", at: "4m"), "err: invalid smoothing factor. Expected: 0 < sf < 1, got: 1.000000", "holt_winters(f[10m], 1, 0.5) @ 4m")
        XCTAssertEqual(try h.run("label_replace(m, \"x\", \"1\", \"job\", \".*\")", at: "0m"), "err: vector cannot contain metrics with the same labelset", "label_replace(m, \"x\", \"1\", \"job\", \".*\") @ 0m")
        XCTAssertEqual(try h.run("label_replace(m, \"1x\", \"1\", \"job\", \".*\")", at: "0m"), "err: invalid destination label name in label_replace(): 1x", "label_replace(m, \"1x\", \"1\", \"job\", \".*\") @ 0m")
        XCTAssertEqual(try h.run("topk(1, f)", at: "5m"), "{__name__=\"f\", job=\"b\"} 3E+00", "topk(1, f) @ 5m")
        XCTAssertEqual(try h.run("max(f)", at: "5m"), "{} 3E+00", "max(f) @ 5m")
        XCTAssertEqual(try h.run("min(f)", at: "5m"), "{} 3E+00", "min(f) @ 5m")
        XCTAssertEqual(try h.run("absent(nope{job=~\"x\"})", at: "0m"), "{} 1E+00", "absent(nope{job=~\"x\"}) @ 0m")
        XCTAssertEqual(try h.run("absent(nope{job=\"x\",job=\"y\"})", at: "0m"), "{} 1E+00", "absent(nope{job=\"x\",job=\"y\"}) @ 0m")
        XCTAssertEqual(try h.run("max_over_time(m[5m:1m] @ 0)", at: "10m"), "{job=\"a\", x=\"1\"} 1E+00, {job=\"a\", x=\"2\"} 2E+00", "max_over_time(m[5m:1m] @ 0) @ 10m")
        XCTAssertEqual(try h.run("last_over_time(m[5m:1m])", at: "2m"), "{__name__=\"m\", job=\"a\", x=\"1\"} 1E+00, {__name__=\"m\", job=\"a\", x=\"2\"} 2E+00", "last_over_time(m[5m:1m]) @ 2m")
        XCTAssertEqual(try h.run("sum_over_time(n[1m])", at: "1m"), "{job=\"a\"} 3E+00", "sum_over_time(n[1m]) @ 1m")
        XCTAssertEqual(try h.run("deriv(f[10m])", at: "4m"), "{job=\"a\"} 4.166666666666667E-03, {job=\"b\"} -8.333333333333334E+297", "deriv(f[10m]) @ 4m")
        XCTAssertEqual(try h.run("predict_linear(f[10m], 3600)", at: "4m"), "{job=\"a\"} 1.598E+01, {job=\"b\"} -3.1E+301", "predict_linear(f[10m], 3600) @ 4m")
        XCTAssertEqual(try h.run("changes(f[10m])", at: "6m"), "{job=\"a\"} 6E+00, {job=\"b\"} 2E+00", "changes(f[10m]) @ 6m")
        XCTAssertEqual(try h.run("irate(f[10m])", at: "4m"), "{job=\"a\"} 6.666666666666669E-03, {job=\"b\"} 1.6666666666666668E+298", "irate(f[10m]) @ 4m")
        XCTAssertEqual(try h.run("idelta(f[10m])", at: "4m"), "{job=\"a\"} 4.0000000000000013E-01, {job=\"b\"} 1E+300", "idelta(f[10m]) @ 4m")
        XCTAssertEqual(try h.run("delta(f[10m])", at: "4m"), "{job=\"a\"} 1.125E+00, {job=\"b\"} -1.5E+300", "delta(f[10m]) @ 4m")
        XCTAssertEqual(try h.run("quantile_over_time(0.5, f[10m])", at: "6m"), "{job=\"a\"} 3E-01, {job=\"b\"} 5E+299", "quantile_over_time(0.5, f[10m]) @ 6m")
        XCTAssertEqual(try h.run("quantile(0.5, f)", at: "5m"), "{} NaN", "quantile(0.5, f) @ 5m")
        XCTAssertEqual(try h.run("sort(f)", at: "5m"), "{__name__=\"f\", job=\"a\"} NaN, {__name__=\"f\", job=\"b\"} 3E+00", "sort(f) @ 5m")
        XCTAssertEqual(try h.run("timestamp(s)", at: "4m"), "{job=\"a\"} 2.4E+02", "timestamp(s) @ 4m")
        XCTAssertEqual(try h.run("timestamp(sum(s))", at: "4m"), "{} 2.4E+02", "timestamp(sum(s)) @ 4m")
        XCTAssertEqual(try h.run("(m * 2) > 3", at: "0m"), "{job=\"a\", x=\"2\"} 4E+00", "(m * 2) > 3 @ 0m")
        XCTAssertEqual(try h.run("m > bool on(job) group_left n", at: "0m"), "{job=\"a\", x=\"1\"} 0E+00, {job=\"a\", x=\"2\"} 0E+00", "m > bool on(job) group_left n @ 0m")
        XCTAssertEqual(try h.run("round(f, 0.1)", at: "4m"), "{job=\"a\"} 1.1E+00, {job=\"b\"} 3E+00", "round(f, 0.1) @ 4m")
        XCTAssertEqual(try h.run("f{job=\"b\"} % 7", at: "3m"), "{job=\"b\"} 3E+00", "f{job=\"b\"} % 7 @ 3m")
        XCTAssertEqual(try h.run("-f{job=\"b\"} % 7", at: "3m"), "{job=\"b\"} -3E+00", "-f{job=\"b\"} % 7 @ 3m")
        XCTAssertEqual(try h.run("2 ^ f{job=\"a\"}", at: "3m"), "{job=\"a\"} 1.624504792712471E+00", "2 ^ f{job=\"a\"} @ 3m")
        XCTAssertEqual(try h.run("vector(1) + vector(2)", at: "0m"), "{} 3E+00", "vector(1) + vector(2) @ 0m")
    }
    func testGroup7_precision() throws {
        let h = try EngineHarness(interval: 60000, [
            ("p{i=\"1\"}", "0.1 0.1 0.1 0.1 0.1 0.1 0.1 0.1 0.1 0.1 0.1"),
            ("p{i=\"2\"}", "0.2"),
            ("p{i=\"3\"}", "0.3"),
            ("p{i=\"4\"}", "0.7"),
            ("p{i=\"5\"}", "1.1"),
            ("p{i=\"6\"}", "0.1"),
            ("p{i=\"7\"}", "0.1"),
            ("p{i=\"8\"}", "0.1"),
            ("p{i=\"9\"}", "0.1"),
            ("p{i=\"10\"}", "0.1"),
            ("h_bucket{job=\"a\",le=\"1\"}", "0 1"),
            ("h_bucket{job=\"a\",le=\"2\"}", "0 1"),
            ("h_bucket{job=\"a\",le=\"+Inf\"}", "0 1"),
            ("h_bucket{job=\"b\",le=\"-1\"}", "5"),
            ("h_bucket{job=\"b\",le=\"5\"}", "3"),
            ("h_bucket{job=\"b\",le=\"+Inf\"}", "10"),
            ("h_bucket{job=\"c\",le=\"1\"}", "5"),
            ("h_bucket{job=\"c\",le=\"2\"}", "6"),
            ("h_bucket{job=\"d\",le=\"1.0\"}", "2"),
            ("h_bucket{job=\"d\",le=\"1\"}", "3"),
            ("h_bucket{job=\"d\",le=\"Inf\"}", "10"),
        ])
        XCTAssertEqual(try h.run("sum_over_time(p[10m])", at: "10m"), "{i=\"1\"} 1.1E+00, {i=\"10\"} 1E-01, {i=\"2\"} 2E-01, {i=\"3\"} 3E-01, {i=\"4\"} 7E-01, {i=\"5\"} 1.1E+00, {i=\"6\"} 1E-01, {i=\"7\"} 1E-01, {i=\"8\"} 1E-01, {i=\"9\"} 1E-01", "sum_over_time(p[10m]) @ 10m")
        XCTAssertEqual(try h.run("avg_over_time(p[10m])", at: "10m"), "{i=\"1\"} 1E-01, {i=\"10\"} 1E-01, {i=\"2\"} 2E-01, {i=\"3\"} 3E-01, {i=\"4\"} 7E-01, {i=\"5\"} 1.1E+00, {i=\"6\"} 1E-01, {i=\"7\"} 1E-01, {i=\"8\"} 1E-01, {i=\"9\"} 1E-01", "avg_over_time(p[10m]) @ 10m")
        XCTAssertEqual(try h.run("stddev_over_time(p[10m])", at: "10m"), "{i=\"1\"} 0E+00, {i=\"10\"} 0E+00, {i=\"2\"} 0E+00, {i=\"3\"} 0E+00, {i=\"4\"} 0E+00, {i=\"5\"} 0E+00, {i=\"6\"} 0E+00, {i=\"7\"} 0E+00, {i=\"8\"} 0E+00, {i=\"9\"} 0E+00", "stddev_over_time(p[10m]) @ 10m")
        XCTAssertEqual(try h.run("histogram_quantile(0.5, h_bucket)", at: "0m"), "{job=\"a\"} NaN, {job=\"b\"} -1E+00, {job=\"c\"} NaN, {job=\"d\"} 1E+00", "histogram_quantile(0.5, h_bucket) @ 0m")
        XCTAssertEqual(try h.run("histogram_quantile(0.5, h_bucket)", at: "1m"), "{job=\"a\"} 5E-01, {job=\"b\"} -1E+00, {job=\"c\"} NaN, {job=\"d\"} 1E+00", "histogram_quantile(0.5, h_bucket) @ 1m")
        XCTAssertEqual(try h.run("histogram_quantile(0, h_bucket)", at: "0m"), "{job=\"a\"} NaN, {job=\"b\"} -1E+00, {job=\"c\"} NaN, {job=\"d\"} 0E+00", "histogram_quantile(0, h_bucket) @ 0m")
        XCTAssertEqual(try h.run("histogram_quantile(1, h_bucket)", at: "0m"), "{job=\"a\"} NaN, {job=\"b\"} 5E+00, {job=\"c\"} NaN, {job=\"d\"} 1E+00", "histogram_quantile(1, h_bucket) @ 0m")
        XCTAssertEqual(try h.run("histogram_quantile(-1, h_bucket)", at: "0m"), "{job=\"a\"} -Inf, {job=\"b\"} -Inf, {job=\"c\"} -Inf, {job=\"d\"} -Inf", "histogram_quantile(-1, h_bucket) @ 0m")
        XCTAssertEqual(try h.run("histogram_quantile(0.5, rate(h_bucket[5m]))", at: "1m"), "{job=\"a\"} 5E-01", "histogram_quantile(0.5, rate(h_bucket[5m])) @ 1m")
        XCTAssertEqual(try h.run("count_values(\"val\", p)", at: "0m"), "{val=\"0.1\"} 6E+00, {val=\"0.2\"} 1E+00, {val=\"0.3\"} 1E+00, {val=\"0.7\"} 1E+00, {val=\"1.1\"} 1E+00", "count_values(\"val\", p) @ 0m")
        XCTAssertEqual(try h.run("topk(scalar(p{i=\"2\"}) * 10, p)", at: "0m"), "{__name__=\"p\", i=\"4\"} 7E-01, {__name__=\"p\", i=\"5\"} 1.1E+00", "topk(scalar(p{i=\"2\"}) * 10, p) @ 0m")
        XCTAssertEqual(try h.run("quantile(0.25, p)", at: "0m"), "{} 1E-01", "quantile(0.25, p) @ 0m")
        XCTAssertEqual(try h.run("p @ start()", at: "3m"), "{__name__=\"p\", i=\"1\"} 1E-01, {__name__=\"p\", i=\"10\"} 1E-01, {__name__=\"p\", i=\"2\"} 2E-01, {__name__=\"p\", i=\"3\"} 3E-01, {__name__=\"p\", i=\"4\"} 7E-01, {__name__=\"p\", i=\"5\"} 1.1E+00, {__name__=\"p\", i=\"6\"} 1E-01, {__name__=\"p\", i=\"7\"} 1E-01, {__name__=\"p\", i=\"8\"} 1E-01, {__name__=\"p\", i=\"9\"} 1E-01", "p @ start() @ 3m")
        XCTAssertEqual(try h.run("p{i=\"1\"} @ end() offset 2m", at: "3m"), "{__name__=\"p\", i=\"1\"} 1E-01", "p{i=\"1\"} @ end() offset 2m @ 3m")
        XCTAssertEqual(try h.run("sum(p) by (i) > bool 0.15", at: "0m"), "{i=\"1\"} 0E+00, {i=\"10\"} 0E+00, {i=\"2\"} 1E+00, {i=\"3\"} 1E+00, {i=\"4\"} 1E+00, {i=\"5\"} 1E+00, {i=\"6\"} 0E+00, {i=\"7\"} 0E+00, {i=\"8\"} 0E+00, {i=\"9\"} 0E+00", "sum(p) by (i) > bool 0.15 @ 0m")
        XCTAssertEqual(try h.run("p{i=\"2\"} unless p", at: "0m"), "nil", "p{i=\"2\"} unless p @ 0m")
        XCTAssertEqual(try h.run("p{i=\"2\"} or on(i) p{i=\"3\"}", at: "0m"), "{__name__=\"p\", i=\"2\"} 2E-01, {__name__=\"p\", i=\"3\"} 3E-01", "p{i=\"2\"} or on(i) p{i=\"3\"} @ 0m")
        XCTAssertEqual(try h.run("scalar(p{i=\"3\"}) * p{i=\"2\"}", at: "0m"), "{i=\"2\"} 6E-02", "scalar(p{i=\"3\"}) * p{i=\"2\"} @ 0m")
        XCTAssertEqual(try h.run("rate(p[5m:1m] offset 1m)", at: "10m"), "{i=\"1\"} 0E+00, {i=\"10\"} 0E+00, {i=\"2\"} 0E+00, {i=\"3\"} 0E+00, {i=\"4\"} 0E+00, {i=\"5\"} 0E+00, {i=\"6\"} 0E+00, {i=\"7\"} 0E+00, {i=\"8\"} 0E+00, {i=\"9\"} 0E+00", "rate(p[5m:1m] offset 1m) @ 10m")
        XCTAssertEqual(try h.run("max_over_time(count(p)[3m:1m])", at: "2m"), "{} 1E+01", "max_over_time(count(p)[3m:1m]) @ 2m")
        XCTAssertEqual(try h.run("count(count by (i) (p))", at: "0m"), "{} 1E+01", "count(count by (i) (p)) @ 0m")
        XCTAssertEqual(try h.run("sum(rate(p[5m])) by (i)", at: "6m"), "{i=\"1\"} 0E+00", "sum(rate(p[5m])) by (i) @ 6m")
        XCTAssertEqual(try h.run("0.15 < p", at: "0m"), "{__name__=\"p\", i=\"2\"} 2E-01, {__name__=\"p\", i=\"3\"} 3E-01, {__name__=\"p\", i=\"4\"} 7E-01, {__name__=\"p\", i=\"5\"} 1.1E+00", "0.15 < p @ 0m")
        XCTAssertEqual(try h.run("p >= bool on(i) p", at: "0m"), "{i=\"1\"} 1E+00, {i=\"10\"} 1E+00, {i=\"2\"} 1E+00, {i=\"3\"} 1E+00, {i=\"4\"} 1E+00, {i=\"5\"} 1E+00, {i=\"6\"} 1E+00, {i=\"7\"} 1E+00, {i=\"8\"} 1E+00, {i=\"9\"} 1E+00", "p >= bool on(i) p @ 0m")
        XCTAssertEqual(try h.run("label_join(p, \"n\", \",\", \"__name__\", \"i\")", at: "0m"), "{__name__=\"p\", i=\"1\", n=\"p,1\"} 1E-01, {__name__=\"p\", i=\"10\", n=\"p,10\"} 1E-01, {__name__=\"p\", i=\"2\", n=\"p,2\"} 2E-01, {__name__=\"p\", i=\"3\", n=\"p,3\"} 3E-01, {__name__=\"p\", i=\"4\", n=\"p,4\"} 7E-01, {__name__=\"p\", i=\"5\", n=\"p,5\"} 1.1E+00, {__name__=\"p\", i=\"6\", n=\"p,6\"} 1E-01, {__name__=\"p\", i=\"7\", n=\"p,7\"} 1E-01, {__name__=\"p\", i=\"8\", n=\"p,8\"} 1E-01, {__name__=\"p\", i=\"9\", n=\"p,9\"} 1E-01", "label_join(p, \"n\", \",\", \"__name__\", \"i\") @ 0m")
        XCTAssertEqual(try h.run("topk(2, p) by (i)", at: "0m"), "{__name__=\"p\", i=\"1\"} 1E-01, {__name__=\"p\", i=\"10\"} 1E-01, {__name__=\"p\", i=\"2\"} 2E-01, {__name__=\"p\", i=\"3\"} 3E-01, {__name__=\"p\", i=\"4\"} 7E-01, {__name__=\"p\", i=\"5\"} 1.1E+00, {__name__=\"p\", i=\"6\"} 1E-01, {__name__=\"p\", i=\"7\"} 1E-01, {__name__=\"p\", i=\"8\"} 1E-01, {__name__=\"p\", i=\"9\"} 1E-01", "topk(2, p) by (i) @ 0m")
    }
    func testGroup8_duplicates() throws {
        let h = try EngineHarness(interval: 60000, [
            ("m{job=\"a\",x=\"1\"}", "1 2"),
            ("m2{job=\"a\",x=\"1\"}", "3 4"),
            ("n{job=\"a\"}", "5 6"),
        ])
        XCTAssertEqual(try h.run("{__name__=~\"m|m2\"} * on(job) group_left n", at: "0m"), "err: multiple matches for labels: grouping labels must ensure unique matches", "{__name__=~\"m|m2\"} * on(job) group_left n @ 0m")
        XCTAssertEqual(try h.run("abs({__name__=~\"m|m2\"})", at: "0m"), "err: vector cannot contain metrics with the same labelset", "abs({__name__=~\"m|m2\"}) @ 0m")
        XCTAssertEqual(try h.run("{__name__=~\"m|m2\"} * 2", at: "0m"), "err: vector cannot contain metrics with the same labelset", "{__name__=~\"m|m2\"} * 2 @ 0m")
        XCTAssertEqual(try h.run("-{__name__=~\"m|m2\"}", at: "0m"), "err: vector cannot contain metrics with the same labelset", "-{__name__=~\"m|m2\"} @ 0m")
        XCTAssertEqual(try h.run("rate({__name__=~\"m|m2\"}[5m])", at: "1m"), "err: vector cannot contain metrics with the same labelset", "rate({__name__=~\"m|m2\"}[5m]) @ 1m")
        XCTAssertEqual(try h.run("{__name__=~\"m|m2\"} > 1", at: "0m"), "{__name__=\"m2\", job=\"a\", x=\"1\"} 3E+00", "{__name__=~\"m|m2\"} > 1 @ 0m")
        XCTAssertEqual(try h.run("{__name__=~\"m|m2\"} > bool 1", at: "0m"), "err: vector cannot contain metrics with the same labelset", "{__name__=~\"m|m2\"} > bool 1 @ 0m")
        XCTAssertEqual(try h.run("last_over_time({__name__=~\"m|m2\"}[5m])", at: "1m"), "{__name__=\"m\", job=\"a\", x=\"1\"} 2E+00, {__name__=\"m2\", job=\"a\", x=\"1\"} 4E+00", "last_over_time({__name__=~\"m|m2\"}[5m]) @ 1m")
        XCTAssertEqual(try h.run("timestamp({__name__=~\"m|m2\"})", at: "0m"), "err: vector cannot contain metrics with the same labelset", "timestamp({__name__=~\"m|m2\"}) @ 0m")
        XCTAssertEqual(try h.run("{__name__=~\"m|m2\"} + ignoring(x) n", at: "0m"), "err: multiple matches for labels: many-to-one matching must be explicit (group_left/group_right)", "{__name__=~\"m|m2\"} + ignoring(x) n @ 0m")
        XCTAssertEqual(try h.run("topk(nan, n)", at: "0m"), "err: Scalar value NaN overflows int64", "topk(nan, n) @ 0m")
        XCTAssertEqual(try h.run("quantile(nan, n)", at: "0m"), "{} NaN", "quantile(nan, n) @ 0m")
        XCTAssertEqual(try h.run("{__name__=~\"m|m2\"} or n", at: "0m"), "{__name__=\"m\", job=\"a\", x=\"1\"} 1E+00, {__name__=\"m2\", job=\"a\", x=\"1\"} 3E+00, {__name__=\"n\", job=\"a\"} 5E+00", "{__name__=~\"m|m2\"} or n @ 0m")
        XCTAssertEqual(try h.run("sum_over_time({__name__=~\"m|m2\"}[5m:1m])", at: "1m"), "err: vector cannot contain metrics with the same labelset", "sum_over_time({__name__=~\"m|m2\"}[5m:1m]) @ 1m")
        XCTAssertEqual(try h.run("round({__name__=~\"m|m2\"})", at: "1m"), "err: vector cannot contain metrics with the same labelset", "round({__name__=~\"m|m2\"}) @ 1m")
        XCTAssertEqual(try h.run("label_replace({__name__=~\"m|m2\"}, \"__name__\", \"\", \"job\", \".*\")", at: "1m"), "err: vector cannot contain metrics with the same labelset", "label_replace({__name__=~\"m|m2\"}, \"__name__\", \"\", \"job\", \".*\") @ 1m")
        XCTAssertEqual(try h.run("label_replace(n, \"a\", \"$1\", \"job\", \"(\")", at: "1m"), "err: invalid regular expression in label_replace(): (", "label_replace(n, \"a\", \"$1\", \"job\", \"(\") @ 1m")
    }
    func testGroup9_interval15s() throws {
        let h = try EngineHarness(interval: 15000, [
            ("c{job=\"a\"}", "0+7x40"),
            ("c{job=\"b\"}", "100 110 5 15 _ 30 40 stale 50 60 _x5 70"),
            ("g", "1 -2 3 -4 5 -6 7 -8 9 -10"),
            ("t{x=\"1\"}", "-86400 0 951782400 1000000000.5 4102444799"),
        ])
        XCTAssertEqual(try h.run("rate(c[1m])", at: "2m"), "{job=\"a\"} 4.666666666666667E-01, {job=\"b\"} 4.444444444444444E-01", "rate(c[1m]) @ 2m")
        XCTAssertEqual(try h.run("increase(c[2m])", at: "2m"), "{job=\"a\"} 5.6E+01, {job=\"b\"} 6E+01", "increase(c[2m]) @ 2m")
        XCTAssertEqual(try h.run("rate(c[1m])", at: "1m30s"), "{job=\"a\"} 4.666666666666667E-01, {job=\"b\"} 5.833333333333334E-01", "rate(c[1m]) @ 1m30s")
        XCTAssertEqual(try h.run("irate(c[1m])", at: "1m40s"), "{job=\"a\"} 4.666666666666667E-01, {job=\"b\"} 6.666666666666666E-01", "irate(c[1m]) @ 1m40s")
        XCTAssertEqual(try h.run("increase(c[90s])", at: "3m"), "{job=\"a\"} 4.2E+01, {job=\"b\"} 2.5E+01", "increase(c[90s]) @ 3m")
        XCTAssertEqual(try h.run("delta(g[1m])", at: "2m"), "{} 4E+00", "delta(g[1m]) @ 2m")
        XCTAssertEqual(try h.run("rate(c[5m])", at: "4m"), "{job=\"a\"} 3.7333333333333335E-01, {job=\"b\"} 3.011111111111111E-01", "rate(c[5m]) @ 4m")
        XCTAssertEqual(try h.run("resets(c[5m])", at: "3m"), "{job=\"a\"} 0E+00, {job=\"b\"} 1E+00", "resets(c[5m]) @ 3m")
        XCTAssertEqual(try h.run("changes(c[5m])", at: "3m"), "{job=\"a\"} 1.2E+01, {job=\"b\"} 7E+00", "changes(c[5m]) @ 3m")
        XCTAssertEqual(try h.run("deriv(g[2m])", at: "2m20s"), "{} -4.126984126984127E-02", "deriv(g[2m]) @ 2m20s")
        XCTAssertEqual(try h.run("predict_linear(g[1m:15s], 30)", at: "2m"), "{} 3.8E+00", "predict_linear(g[1m:15s], 30) @ 2m")
        XCTAssertEqual(try h.run("max_over_time(g[1m:20s])", at: "1m50s"), "{} 7E+00", "max_over_time(g[1m:20s]) @ 1m50s")
        XCTAssertEqual(try h.run("avg_over_time(g[1m:7s])", at: "2m3s"), "{} -1.3333333333333333E+00", "avg_over_time(g[1m:7s]) @ 2m3s")
        XCTAssertEqual(try h.run("rate(c[1m:15s])", at: "3m"), "{job=\"a\"} 4.666666666666667E-01, {job=\"b\"} 1.6666666666666666E-01", "rate(c[1m:15s]) @ 3m")
        XCTAssertEqual(try h.run("absent(rate(nope[5m]))", at: "0m"), "{} 1E+00", "absent(rate(nope[5m])) @ 0m")
        XCTAssertEqual(try h.run("absent_over_time(nope{job=\"x\"}[5m:1m])", at: "0m"), "{} 1E+00", "absent_over_time(nope{job=\"x\"}[5m:1m]) @ 0m")
        XCTAssertEqual(try h.run("absent(nope{job=\"x\"} * 2)", at: "0m"), "{} 1E+00", "absent(nope{job=\"x\"} * 2) @ 0m")
        XCTAssertEqual(try h.run("day_of_week(t)", at: "0s"), "{x=\"1\"} 3E+00", "day_of_week(t) @ 0s")
        XCTAssertEqual(try h.run("day_of_week(t)", at: "15s"), "{x=\"1\"} 4E+00", "day_of_week(t) @ 15s")
        XCTAssertEqual(try h.run("day_of_week(t)", at: "30s"), "{x=\"1\"} 2E+00", "day_of_week(t) @ 30s")
        XCTAssertEqual(try h.run("days_in_month(t)", at: "30s"), "{x=\"1\"} 2.9E+01", "days_in_month(t) @ 30s")
        XCTAssertEqual(try h.run("year(t)", at: "45s"), "{x=\"1\"} 2.001E+03", "year(t) @ 45s")
        XCTAssertEqual(try h.run("day_of_month(t)", at: "1m"), "{x=\"1\"} 3.1E+01", "day_of_month(t) @ 1m")
        XCTAssertEqual(try h.run("hour(t)", at: "45s"), "{x=\"1\"} 1E+00", "hour(t) @ 45s")
        XCTAssertEqual(try h.run("minute(t)", at: "45s"), "{x=\"1\"} 4.6E+01", "minute(t) @ 45s")
        XCTAssertEqual(try h.run("month(t)", at: "1m"), "{x=\"1\"} 1.2E+01", "month(t) @ 1m")
        XCTAssertEqual(try h.run("day_of_year(t)", at: "30s"), "{x=\"1\"} 6E+01", "day_of_year(t) @ 30s")
        XCTAssertEqual(try h.run("day_of_week(t)", at: "45s"), "{x=\"1\"} 0E+00", "day_of_week(t) @ 45s")
        XCTAssertEqual(try h.run("label_replace(g, \"x\", \"$1$2\", \"nope\", \"(a*)(.*)\")", at: "0s"), "{__name__=\"g\"} 1E+00", "label_replace(g, \"x\", \"$1$2\", \"nope\", \"(a*)(.*)\") @ 0s")
        XCTAssertEqual(try h.run("label_replace(g, \"x\", \"${1}y\", \"__name__\", \"(g)\")", at: "0s"), "{__name__=\"g\", x=\"gy\"} 1E+00", "label_replace(g, \"x\", \"${1}y\", \"__name__\", \"(g)\") @ 0s")
        XCTAssertEqual(try h.run("vector(scalar(nope))", at: "0s"), "{} NaN", "vector(scalar(nope)) @ 0s")
        XCTAssertEqual(try h.run("g == g", at: "0s"), "{__name__=\"g\"} 1E+00", "g == g @ 0s")
        XCTAssertEqual(try h.run("holt_winters(g[2m], 0.3, 0.7)", at: "2m"), "{} 1.8805435481944E+00", "holt_winters(g[2m], 0.3, 0.7) @ 2m")
        XCTAssertEqual(try h.run("min_over_time(c[1m] offset 1m)", at: "2m"), "{job=\"a\"} 0E+00, {job=\"b\"} 5E+00", "min_over_time(c[1m] offset 1m) @ 2m")
        XCTAssertEqual(try h.run("g offset 15s", at: "1m"), "{__name__=\"g\"} -4E+00", "g offset 15s @ 1m")
        XCTAssertEqual(try h.run("sum(c) / count(c)", at: "1m"), "{} 2.15E+01", "sum(c) / count(c) @ 1m")
    }
}
