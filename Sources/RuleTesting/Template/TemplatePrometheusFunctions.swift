import PromQL

/// The functions Prometheus 2.42 gives alert templates, as promtool runs them (no external URL
/// object: `externalURL` and `pathPrefix` fail as they do there).
enum TemplatePrometheusFunctions {
    typealias F = TemplateFunction

    /// Every function name a template may use (builtins included), for the parser.
    static let names: Set<String> = Set(TemplateBuiltins.all.keys).union([
        "query", "first", "label", "value", "strvalue", "args", "reReplaceAll", "safeHtml", "match",
        "title", "toUpper", "toLower", "graphLink", "tableLink", "sortByLabel", "humanize",
        "humanize1024", "humanizeDuration", "humanizePercentage", "humanizeTimestamp", "toTime",
        "pathPrefix", "externalURL", "parseDuration", "stripPort", "stripDomain",
    ])

    static let nilDereference = "runtime error: invalid memory address or nil pointer dereference"

    static func table(query: @escaping (String) throws -> [TemplateQuerySample]) -> [String: TemplateFunction] {
        var t = TemplateBuiltins.all
        t["query"] = F(params: [.string], variadic: nil) { a throws(TemplateFuncError) in
            guard case .string(let q) = a[0] else { return .invalid }
            do {
                let samples = try query(q)
                return .queryResult(QuerySlice(samples.map { TemplateSampleBox(labels: $0.labels, value: $0.value) }))
            } catch {
                throw TemplateFuncError(String(describing: error))
            }
        }
        t["first"] = F(params: [.queryResult], variadic: nil) { a throws(TemplateFuncError) in
            guard case .queryResult(let q) = a[0], q.count > 0 else {
                throw TemplateFuncError("first() called on vector with no elements")
            }
            return .sample(q.element(0))
        }
        t["label"] = F(params: [.string, .samplePointer], variadic: nil) { a throws(TemplateFuncError) in
            guard case .string(let name) = a[0], case .sample(let s?) = a[1] else {
                throw TemplateFuncError(nilDereference)
            }
            return .string(s.labels[name] ?? "")
        }
        t["value"] = F(params: [.samplePointer], variadic: nil) { a throws(TemplateFuncError) in
            guard case .sample(let s?) = a[0] else { throw TemplateFuncError(nilDereference) }
            return .float(s.value)
        }
        t["strvalue"] = F(params: [.samplePointer], variadic: nil) { a throws(TemplateFuncError) in
            guard case .sample(let s?) = a[0] else { throw TemplateFuncError(nilDereference) }
            return .string(s.labels["__value__"] ?? "")
        }
        t["args"] = F(params: [], variadic: .any) { a in
            var m: [String: GoValue] = [:]
            for (i, v) in a.enumerated() {
                let u = v.unwrapped
                if case .invalid = u { m["arg\(i)"] = .iface(nil) } else { m["arg\(i)"] = u }
            }
            return .anyMap(m)
        }
        t["reReplaceAll"] = F(params: [.string, .string, .string], variadic: nil) { a throws(TemplateFuncError) in
            let (p, r, s) = (str(a[0]), str(a[1]), str(a[2]))
            let re: RE2Regex
            do throws(RE2Error) {
                re = try RE2Regex(p)
            } catch {
                let q = GoStrconv.canBackquote(p) ? "`" + p + "`" : GoStrconv.quote(p)
                throw TemplateFuncError("regexp: Compile(\(q)): \(error.message)")
            }
            return .string(GoBytes.normalized(TemplateRegex.replaceAll(re, pattern: p, in: s, with: r)))
        }
        t["safeHtml"] = F(params: [.string], variadic: nil) { a in .html(str(a[0])) }
        t["match"] = F(params: [.string, .string], variadic: nil) { a throws(TemplateFuncError) in
            do throws(RE2Error) {
                return .bool(try RE2Regex(str(a[0])).matches(str(a[1])))
            } catch {
                throw TemplateFuncError(error.message)
            }
        }
        t["title"] = F(params: [.string], variadic: nil) { a in .string(title(str(a[0]))) }
        t["toUpper"] = F(params: [.string], variadic: nil) { a in
            .string(mapScalars(str(a[0]), GoUnicode.toUpper))
        }
        t["toLower"] = F(params: [.string], variadic: nil) { a in
            .string(mapScalars(str(a[0]), GoUnicode.toLower))
        }
        t["graphLink"] = F(params: [.string], variadic: nil) { a in
            .string("/graph?g0.expr=" + TemplateBuiltins.queryEscape(str(a[0])) + "&g0.tab=0")
        }
        t["tableLink"] = F(params: [.string], variadic: nil) { a in
            .string("/graph?g0.expr=" + TemplateBuiltins.queryEscape(str(a[0])) + "&g0.tab=1")
        }
        t["sortByLabel"] = F(params: [.string, .queryResult], variadic: nil) { a in
            let name = str(a[0])
            guard case .queryResult(let q) = a[1], let b = q.backing, q.count > 1 else { return a[1] }
            let window = b.samples[q.start..<(q.start + q.count)]
            // A stable sort by the label's value, bytewise.
            let sorted = window.enumerated().sorted { x, y in
                let lx = x.element.labels[name] ?? "", ly = y.element.labels[name] ?? ""
                if TemplateBuiltins.goLess(lx, ly) { return true }
                if TemplateBuiltins.goLess(ly, lx) { return false }
                return x.offset < y.offset
            }.map(\.element)
            b.samples.replaceSubrange(q.start..<(q.start + q.count), with: sorted)
            return a[1]
        }
        t["humanize"] = F(params: [.any], variadic: nil) { a throws(TemplateFuncError) in
            .string(TemplateHumanize.humanize(try toFloat(a[0])))
        }
        t["humanize1024"] = F(params: [.any], variadic: nil) { a throws(TemplateFuncError) in
            .string(TemplateHumanize.humanize1024(try toFloat(a[0])))
        }
        t["humanizeDuration"] = F(params: [.any], variadic: nil) { a throws(TemplateFuncError) in
            .string(TemplateHumanize.duration(try toFloat(a[0])))
        }
        t["humanizePercentage"] = F(params: [.any], variadic: nil) { a throws(TemplateFuncError) in
            .string(GoFmt.sprintf("%.4g%%", [.float(try toFloat(a[0]) * 100)]))
        }
        t["humanizeTimestamp"] = F(params: [.any], variadic: nil) { a throws(TemplateFuncError) in
            let v = try toFloat(a[0])
            if v.isNaN || v.isInfinite { return .string(GoFmt.sprintf("%.4g", [.float(v)])) }
            return .string(GoTimeFormat.string(try TemplateHumanize.floatToTime(v)))
        }
        t["toTime"] = F(params: [.any], variadic: nil) { a throws(TemplateFuncError) in
            let v = try toFloat(a[0])
            if v.isNaN || v.isInfinite { throw TemplateFuncError("value is NaN or Inf") }
            return .timePointer(GoTimeBox(try TemplateHumanize.floatToTime(v)))
        }
        t["pathPrefix"] = F(params: [], variadic: nil) { _ throws(TemplateFuncError) in
            throw TemplateFuncError(nilDereference)
        }
        t["externalURL"] = F(params: [], variadic: nil) { _ throws(TemplateFuncError) in
            throw TemplateFuncError(nilDereference)
        }
        t["parseDuration"] = F(params: [.string], variadic: nil) { a throws(TemplateFuncError) in
            .float(Double(try TemplateHumanize.parseDuration(str(a[0]))) / 1e9)
        }
        t["stripPort"] = F(params: [.string], variadic: nil) { a in
            let s = str(a[0])
            guard let (host, _) = GoNet.splitHostPort(s) else { return .string(s) }
            return .string(host)
        }
        t["stripDomain"] = F(params: [.string], variadic: nil) { a in
            let s = str(a[0])
            var host = s
            var port = ""
            if let (h, p) = GoNet.splitHostPort(s) {
                host = h
                port = p
            }
            if GoNet.isIP(host) { return .string(s) }
            host = String(host.split(separator: ".", omittingEmptySubsequences: false)[0])
            if !port.isEmpty { return .string(GoNet.joinHostPort(host, port)) }
            return .string(host)
        }
        return t
    }

    private static func str(_ v: GoValue) -> String {
        if case .string(let s) = v { return s }
        return ""
    }

    /// Prometheus' conversion of a template argument to a number: float64 and int as they are,
    /// strings by `strconv.ParseFloat`, anything else an error naming its type.
    static func toFloat(_ v: GoValue) throws(TemplateFuncError) -> Double {
        let u = v.unwrapped
        switch u {
        case .float(let f): return f
        case .int(let i): return Double(i)
        case .int64(let i): return Double(i)
        case .string(let s):
            switch GoStrconv.parseFloat(s) {
            case .success(let f): return f
            case .failure(.syntax):
                throw TemplateFuncError("strconv.ParseFloat: parsing \(GoStrconv.quote(s)): invalid syntax")
            case .failure(.range):
                throw TemplateFuncError("strconv.ParseFloat: parsing \(GoStrconv.quote(s)): value out of range")
            }
        case .invalid:
            throw TemplateFuncError("can't convert <nil> to float")
        default:
            throw TemplateFuncError("can't convert \(u.typeName) to float")
        }
    }

    /// `strings.Map`: invalid bytes are read as U+FFFD.
    private static func mapScalars(_ s: String, _ f: (Unicode.Scalar) -> Unicode.Scalar) -> String {
        var out = String.UnicodeScalarView()
        for u in s.unicodeScalars { out.append(f(GoBytes.isRawByte(u) ? "\u{FFFD}" : u)) }
        return String(out)
    }

    /// `strings.Title`: the first letter of each word in title case; words are separated by
    /// anything but letters, digits and `_`.
    static func title(_ s: String) -> String {
        func isSeparator(_ r: Unicode.Scalar) -> Bool {
            if r.value <= 0x7F {
                switch r {
                case "0"..."9", "a"..."z", "A"..."Z", "_": return false
                default: return true
                }
            }
            if GoUnicode.isLetter(r) || GoUnicode.isDigit(r) { return false }
            return GoUnicode.isSpace(r)
        }
        var prev: Unicode.Scalar = " "
        var out = String.UnicodeScalarView()
        for r0 in s.unicodeScalars {
            let r = GoBytes.isRawByte(r0) ? "\u{FFFD}" : r0
            out.append(isSeparator(prev) ? GoUnicode.toTitle(r) : r)
            prev = r
        }
        return String(out)
    }
}
