import Foundation

/// Runs promtool rule-test files (`promtool test rules FILE…`), YAML or Jsonnet, and reports
/// each as promtool does.
public struct RuleTestRunner: Sendable {
    /// Reads a file's text. The caller decides how `.jsonnet` files become JSON text.
    public var readFile: @Sendable (String) throws -> String

    public init(readFile: @escaping @Sendable (String) throws -> String) {
        self.readFile = readFile
    }

    /// Runs every test group of the test file at `path`.
    public func run(_ path: String) -> TestFileReport {
        var report = TestFileReport(path: path)
        let text: String
        do {
            text = try readFile(path)
        } catch {
            report.fileErrors = ["\(error)"]
            return report
        }
        let file: TestFile
        do {
            file = try TestFile.parse(text)
        } catch {
            report.fileErrors = [error.message]
            return report
        }
        var order: [String: Int] = [:]
        for (i, name) in file.groupEvalOrder.enumerated() {
            if order[name] != nil {
                report.fileErrors = ["group name repeated in evaluation order: \(name)"]
                return report
            }
            order[name] = i
        }
        let base = (path as NSString).deletingLastPathComponent
        var ruleFiles: [String] = []
        for pattern in file.ruleFiles {
            let full = pattern.hasPrefix("/") || base.isEmpty ? pattern : base + "/" + pattern
            let matches: [String]
            do {
                matches = try Glob.expand(full)
            } catch {
                report.fileErrors = [error.description]
                return report
            }
            if matches.isEmpty { report.warnings.append("no file match pattern \(pattern)") }
            ruleFiles += matches
        }
        let groups = loadGroups(ruleFiles).map { groups in
            groups.enumerated().sorted { a, b in
                let x = order[a.element.name] ?? 0, y = order[b.element.name] ?? 0
                return x != y ? x < y : a.offset < b.offset
            }.map(\.element)
        }
        for group in file.tests {
            let run = TestGroupRun(group: group, ruleGroups: groups, evaluationInterval: file.evaluationInterval)
            report.groups.append(TestGroupReport(name: group.name, failures: run.run()))
        }
        return report
    }

    /// Every group of the rule files, in file order, or all their load errors.
    func loadGroups(_ files: [String]) -> Result<[RuleGroup], RuleLoadErrors> {
        var groups: [RuleGroup] = []
        var errors: [String] = []
        for f in files {
            let text: String
            do {
                text = try readFile(f)
            } catch {
                errors.append("\(f): \(error)")
                continue
            }
            switch RuleFileLoader.load(text, file: f, searchNested: f.hasSuffix(".jsonnet") || f.hasSuffix(".libsonnet")) {
            case .success(let g): groups += g
            case .failure(let e): errors += e.messages
            }
        }
        return errors.isEmpty ? .success(groups) : .failure(RuleLoadErrors(errors))
    }
}

/// The outcome of one test file.
public struct TestFileReport: Sendable {
    public var path: String
    /// Rule-file patterns that matched nothing.
    public var warnings: [String] = []
    /// Errors that stopped the whole file (unreadable, invalid, bad group order).
    public var fileErrors: [String] = []
    public var groups: [TestGroupReport] = []

    public init(path: String) { self.path = path }

    public var passed: Bool { fileErrors.isEmpty && groups.allSatisfy(\.failures.isEmpty) }

    /// All failures in promtool's order.
    public var failures: [String] { fileErrors + groups.flatMap(\.failures) }

    /// promtool's report: `Unit Testing:  FILE`, warnings, then `  SUCCESS` or `  FAILED:` and
    /// each failure followed by a blank line, then a blank line.
    public var text: String {
        var s = "Unit Testing:  \(path)\n"
        for w in warnings { s += "  WARNING: \(w)\n" }
        if passed {
            s += "  SUCCESS\n"
        } else {
            s += "  FAILED:\n"
            for f in failures { s += f + "\n\n" }
        }
        return s + "\n"
    }
}

/// The outcome of one test group: its failures (none when it passed).
public struct TestGroupReport: Sendable {
    public var name: String
    public var failures: [String]
}
