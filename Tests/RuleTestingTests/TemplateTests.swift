import XCTest
@testable import RuleTesting

/// Alert template expansion: the API's contract, robustness on hostile input, and a few
/// behaviours the promtool oracle cannot show (see TemplateOracleCasesTests for those).
final class TemplateTests: XCTestCase {
    struct QueryFailure: Error, CustomStringConvertible {
        let description: String
    }

    let context = AlertTemplateContext(labels: ["__name__": "up", "job": "api", "instance": "h:9090"],
                                       externalLabels: ["region": "eu"], externalURL: "http://x/", value: 0.5)

    func expand(_ text: String, rule: String = "R",
                query: (String) throws -> [TemplateQuerySample] = { _ in [] }) -> String {
        AlertTemplate.expand(text, ruleName: rule, context: context, query: query)
    }

    func testTextWithoutActionsIsReturnedAsIs() {
        XCTAssertEqual(expand("no actions } here }}"), "no actions } here }}")
        XCTAssertEqual(expand(""), "")
        XCTAssertNil(AlertTemplate.syntaxError("plain", ruleName: "R"))
    }

    func testVariablesAndData() {
        XCTAssertEqual(expand("{{ $labels.job }} {{ .Labels.instance }} {{ $value }} {{ $externalLabels.region }} {{ $externalURL }}"),
                       "api h:9090 0.5 eu http://x/")
        XCTAssertEqual(expand("{{ $labels }}"), "map[__name__:up instance:h:9090 job:api]")
    }

    func testErrorsNameTheRuleAndShiftColumns() {
        XCTAssertEqual(expand("{{ .Foo }}", rule: "HighLoad"),
                       "<error expanding template: error executing template __alert_HighLoad: template: __alert_HighLoad:1:115: "
                       + "executing \"__alert_HighLoad\" at <.Foo>: can't evaluate field Foo in type struct { Labels map[string]string; "
                       + "ExternalLabels map[string]string; ExternalURL string; Value float64 }>")
        XCTAssertEqual(expand("{{ if }}", rule: "A"),
                       "<error expanding template: error parsing template __alert_A: template: __alert_A:1: missing value for if>")
        XCTAssertEqual(AlertTemplate.syntaxError("x\n{{ foo }}", ruleName: "A"), "template: __alert_A:2: function \"foo\" not defined")
        // A rule name is quoted as Go's %q quotes it.
        XCTAssertEqual(expand("{{ len 1 }}", rule: "a\"b"),
                       "<error expanding template: error executing template __alert_a\"b: template: __alert_a\"b:1:115: "
                       + "executing \"__alert_a\\\"b\" at <len 1>: error calling len: len of type int>")
    }

    func testTheMainTemplateByName() {
        // Checked with promtool (template-oracle.py -e, rule T0).
        XCTAssertEqual(AlertTemplate.syntaxError("{{ define \"__alert_T0\" }}x{{ end }}", ruleName: "T0"),
                       "template: __alert_T0:1: template: multiple definition of template \"__alert_T0\"")
        XCTAssertEqual(expand("{{ define \"__alert_T0\" }} {{ end }}ok", rule: "T0"), "ok")
        XCTAssertEqual(expand("a{{ template \"__alert_T0\" }}", rule: "T0"),
                       "<error expanding template: error executing template __alert_T0: template: __alert_T0:1:125: "
                       + "executing \"__alert_T0\" at <{{template \"__alert_T0\"}}>: exceeded maximum template depth (100000)>")
    }

    func testQueryResultsAndErrors() {
        let q: (String) throws -> [TemplateQuerySample] = { s in
            if s == "bad" { throw QueryFailure(description: "1:1: parse error: boom") }
            return [TemplateQuerySample(labels: ["job": "b"], value: 2), TemplateQuerySample(labels: ["job": "a"], value: 1)]
        }
        XCTAssertEqual(expand("{{ range sortByLabel \"job\" (query \"x\") }}{{ .Labels.job }}={{ .Value }};{{ end }}", query: q),
                       "a=1;b=2;")
        XCTAssertEqual(expand("{{ query \"x\" | first | value | humanize }}", query: q), "2")
        XCTAssertEqual(expand("{{ query \"bad\" }}", query: q),
                       "<error expanding template: error executing template __alert_R: template: __alert_R:1:115: "
                       + "executing \"__alert_R\" at <query \"bad\">: error calling query: 1:1: parse error: boom>")
    }

    func testHugeWidthsAndPrecisions() {
        // Go refuses widths and precisions past 10^6-ish by eating the rest of the format.
        XCTAssertEqual(expand("{{ printf \"%999999999d|\" 1 }}"), "%!(NOVERB)%!(EXTRA int=1)")
        XCTAssertEqual(expand("{{ printf \"%.999999999f|\" 1.5 }}"), "%!(NOVERB)%!(EXTRA float64=1.5)")
        XCTAssertEqual(expand("{{ printf \"%*d\" 99999999 1 }}"), "%!(BADWIDTH)1")
        XCTAssertEqual(expand("{{ printf \"%.*d\" 99999999 1 }}"), "%!(BADPREC)1")
        XCTAssertEqual(expand("{{ printf \"%[99999999999999999999]d\" 1 }}"), "%!d(BADINDEX)")
        // The largest accepted ones work.
        XCTAssertEqual(expand("{{ printf \"%9999999d\" 1 | len }}"), "9999999")
        XCTAssertEqual(expand("{{ printf \"%.9999999f\" 0.1 | len }}"), "10000001")
        XCTAssertEqual(expand("{{ printf \"%.9999999e\" 0.1 | len }}"), "10000005")
        XCTAssertEqual(expand("{{ printf \"%#.9999999g\" 0.1 | len }}"), "10000001")
        XCTAssertEqual(expand("{{ printf \"%.9999999x\" 0.1 | len }}"), "10000007")
    }

    func testDeepNestingDoesNotCrash() {
        // Go 1.19 has no nesting limit; these run on a thread with a large stack.
        let parens = "{{ " + String(repeating: "(", count: 50_000) + "1" + String(repeating: ")", count: 50_000) + " }}"
        XCTAssertEqual(expand(parens), "1")
        let ifs = String(repeating: "{{ if 1 }}", count: 20_000) + "x" + String(repeating: "{{ end }}", count: 20_000)
        XCTAssertEqual(expand(ifs), "x")
        let withs = String(repeating: "{{ with $labels }}", count: 10_000) + "{{ .job }}" + String(repeating: "{{ end }}", count: 10_000)
        XCTAssertEqual(expand(withs), "api")
        // Unbalanced deep input is a parse error, not a crash.
        XCTAssertEqual(expand("{{ " + String(repeating: "(", count: 100_000)),
                       "<error expanding template: error parsing template __alert_R: template: __alert_R:1: unclosed action>")
        XCTAssertEqual(AlertTemplate.syntaxError(String(repeating: "{{ if 1 }}", count: 30_000), ruleName: "R"),
                       "template: __alert_R:1: unexpected EOF")
        // Way past anything the large stack holds: an error, not a crash.
        let absurd = "{{ " + String(repeating: "(", count: 3_000_000) + "1" + String(repeating: ")", count: 3_000_000) + " }}"
        let r = expand(absurd)
        XCTAssertTrue(r == "1" || r.hasPrefix("<error expanding template:"), String(r.prefix(200)))
    }

    func testTemplateRecursionStopsAtGoDepth() {
        XCTAssertEqual(expand("{{ define \"r\" }}{{ template \"r\" . }}{{ end }}{{ template \"r\" . }}"),
                       "<error expanding template: error executing template __alert_R: template: __alert_R:1:140: "
                       + "executing \"r\" at <{{template \"r\" .}}>: exceeded maximum template depth (100000)>")
        // Bounded recursion deeper than a default thread stack takes.
        let countdown = "{{ define \"r\" }}{{ if . }}{{ template \"r\" (slice . 1) }}{{ end }}{{ end }}"
            + "{{ template \"r\" (printf \"%20000s\" \"\") }}done"
        XCTAssertEqual(expand(countdown), "done")
    }

    func testExpansionOnSmallStackThreads() {
        // Dispatch worker threads have small stacks; deep templates must still work there.
        let group = DispatchGroup()
        let results = ResultBox()
        let text = String(repeating: "{{ if 1 }}", count: 3_000) + "ok" + String(repeating: "{{ end }}", count: 3_000)
        let ctx = context
        for _ in 0..<4 {
            DispatchQueue.global().async(group: group) {
                let r = AlertTemplate.expand(text, ruleName: "R", context: ctx, query: { _ in [] })
                results.append(r)
            }
        }
        group.wait()
        XCTAssertEqual(results.values, ["ok", "ok", "ok", "ok"])
    }

    final class ResultBox: @unchecked Sendable {
        private let lock = NSLock()
        private var items: [String] = []
        func append(_ s: String) { lock.lock(); items.append(s); lock.unlock() }
        var values: [String] { lock.lock(); defer { lock.unlock() }; return items }
    }

    func testHostileInputsGiveGoErrors() {
        let inputs = ["{{", "}}{{", "{{ \"", "{{ `", "{{ '", "{{/*", "{{ - }}", "{{ 0x }}", "{{ 1e999 }}", "{{ \u{0} }}",
                      "{{ printf \"%\" }}", "{{ printf \"%[\" }}", "{{ printf \"%[1\" 1 }}", "{{ printf \"%.\" 1 }}",
                      "{{ printf \"%-0+# 0d\" -0 }}", "{{ index \"\" 0 }}", "{{ slice \"\" 0 0 0 }}", "{{ slice \"a\" 1 0 }}",
                      "{{ reReplaceAll \"(\" \"\" \"\" }}", "{{ reReplaceAll \"\" \"$\" \"ab\" }}", "{{ humanizeDuration 1e308 }}",
                      "{{ humanizeTimestamp 9223372036.854775807 }}", "{{ parseDuration \"9223372036854775807ms\" }}",
                      "{{ toTime -9223372036 }}", "{{ (toTime -9223372036).Format \"2006 Jan _2 .000000000\" }}",
                      "{{ printf \"%c%U%q\" -1 -1 -1 }}", "{{ printf \"%x\" -9223372036854775808 }}", "{{ -9223372036854775809 }}"]
        for text in inputs {
            _ = expand(text)
            _ = AlertTemplate.syntaxError(text, ruleName: "R")
        }
    }

    func testLargeTemplateIsQuick() {
        let body = String(repeating: "{{ $labels.job | toUpper }} {{ humanize $value }} {{ printf \"%.2f\" $value }}\n", count: 2_000)
        let start = Date()
        let r = expand(body)
        XCTAssertEqual(r.split(separator: "\n").count, 2_000)
        XCTAssertLessThan(Date().timeIntervalSince(start), 5)
    }
}
