/// Go `time.Time` behaviour for UTC times: civil dates, `String()`, `Format` layouts.
enum GoTimeFormat {
    static let months = ["January", "February", "March", "April", "May", "June", "July", "August",
                         "September", "October", "November", "December"]
    static let days = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]

    static func monthName(_ m: Int) -> String {
        (1...12).contains(m) ? months[m - 1] : "%!Month(\(m))"
    }

    static func weekdayName(_ d: Int) -> String {
        (0...6).contains(d) ? days[d] : "%!Weekday(\(d))"
    }

    /// The civil fields of a UTC time.
    struct Civil {
        var year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int
        var nanos: Int, weekday: Int, yearDay: Int
    }

    static func floorDiv(_ a: Int64, _ b: Int64) -> Int64 {
        let q = a / b
        return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q
    }

    static func civil(_ t: GoTime) -> Civil {
        let days = floorDiv(t.seconds, 86_400)
        let secs = Int(t.seconds - days * 86_400)
        // Days since 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's algorithm).
        let z = days + 719_468
        let era = floorDiv(z, 146_097)
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        var y = yoe + era * 400
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        if m <= 2 { y += 1 }
        let wd = Int(((days % 7) + 7 + 4) % 7)  // 1970-01-01 was a Thursday
        let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
        let cum = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]
        var yd = cum[Int(m) - 1] + Int(d)
        if leap && m > 2 { yd += 1 }
        return Civil(year: Int(y), month: Int(m), day: Int(d), hour: secs / 3600, minute: (secs / 60) % 60,
                     second: secs % 60, nanos: Int(t.nanos), weekday: wd, yearDay: yd)
    }

    private static func pad(_ v: Int, _ width: Int) -> String {
        var s = String(abs(v))
        while s.count < width { s = "0" + s }
        return v < 0 ? "-" + s : s
    }

    /// `Time.String()` of a UTC time: `2006-01-02 15:04:05.999999999 +0000 UTC`.
    static func string(_ t: GoTime) -> String {
        format(t, "2006-01-02 15:04:05.999999999 -0700 MST")
    }

    /// `Time.Format(layout)` for a UTC time.
    static func format(_ t: GoTime, _ layout: String) -> String {
        let c = civil(t)
        let l = Array(layout.unicodeScalars)
        var out = ""
        var i = 0
        func has(_ s: String) -> Bool {
            let u = Array(s.unicodeScalars)
            guard i + u.count <= l.count else { return false }
            for k in 0..<u.count where l[i + k] != u[k] { return false }
            return true
        }
        let hour12 = c.hour % 12 == 0 ? 12 : c.hour % 12
        while i < l.count {
            let ch = l[i]
            var matched: (String, String)? = nil
            switch ch {
            case "J":
                if has("January") { matched = ("January", monthName(c.month)) }
                else if has("Jan") { matched = ("Jan", String(monthName(c.month).prefix(3))) }
            case "M":
                if has("Monday") { matched = ("Monday", weekdayName(c.weekday)) }
                else if has("Mon") { matched = ("Mon", String(weekdayName(c.weekday).prefix(3))) }
                else if has("MST") { matched = ("MST", "UTC") }
            case "0":
                if has("01") { matched = ("01", pad(c.month, 2)) }
                else if has("02") { matched = ("02", pad(c.day, 2)) }
                else if has("03") { matched = ("03", pad(hour12, 2)) }
                else if has("04") { matched = ("04", pad(c.minute, 2)) }
                else if has("05") { matched = ("05", pad(c.second, 2)) }
                else if has("06") { matched = ("06", pad(c.year % 100, 2)) }
                else if has("002") { matched = ("002", pad(c.yearDay, 3)) }
            case "1":
                if has("15") { matched = ("15", pad(c.hour, 2)) }
                else { matched = ("1", String(c.month)) }
            case "2":
                if has("2006") { matched = ("2006", pad(c.year, 4)) }
                else { matched = ("2", String(c.day)) }
            case "_":
                if has("_2") && !has("_2006") {
                    matched = ("_2", c.day < 10 ? " " + String(c.day) : String(c.day))
                } else if has("__2") {
                    var d = String(c.yearDay)
                    while d.count < 3 { d = " " + d }
                    matched = ("__2", d)
                }
            case "3": matched = ("3", String(hour12))
            case "4": matched = ("4", String(c.minute))
            case "5": matched = ("5", String(c.second))
            case "P":
                if has("PM") { matched = ("PM", c.hour >= 12 ? "PM" : "AM") }
            case "p":
                if has("pm") { matched = ("pm", c.hour >= 12 ? "pm" : "am") }
            case "-":
                if has("-07:00:00") { matched = ("-07:00:00", "+00:00:00") }
                else if has("-0700") { matched = ("-0700", "+0000") }
                else if has("-07:00") { matched = ("-07:00", "+00:00") }
                else if has("-07") { matched = ("-07", "+00") }
            case "Z":
                if has("Z07:00:00") { matched = ("Z07:00:00", "Z") }
                else if has("Z0700") { matched = ("Z0700", "Z") }
                else if has("Z07:00") { matched = ("Z07:00", "Z") }
                else if has("Z07") { matched = ("Z07", "Z") }
            case ".", ",":
                // .000 / .999 (or with a comma): fractional seconds.
                if i + 1 < l.count, l[i + 1] == "0" || l[i + 1] == "9" {
                    let digit = l[i + 1]
                    var j = i + 1
                    while j < l.count && l[j] == digit { j += 1 }
                    // Only when not followed by another digit.
                    if !(j < l.count && l[j].properties.numericType != nil && l[j].isASCII) {
                        let n = j - i - 1
                        var frac = pad(c.nanos, 9)
                        frac = String(frac.prefix(n))
                        var text = String(ch) + frac
                        if digit == "9" {
                            while frac.hasSuffix("0") { frac.removeLast() }
                            text = frac.isEmpty ? "" : String(ch) + frac
                        }
                        let original = String(String.UnicodeScalarView(l[i..<j]))
                        matched = (original, text)
                    }
                }
            default: break
            }
            if let (token, text) = matched {
                out += text
                i += token.unicodeScalars.count
            } else {
                out.unicodeScalars.append(ch)
                i += 1
            }
        }
        return out
    }
}

/// The methods templates may call on a `*time.Time` (`(toTime 0).Year`).
enum TemplateTimeMethods {
    static func method(_ name: String, _ t: GoTime) -> TemplateFunction? {
        let c = { GoTimeFormat.civil(t) }
        func f(_ v: @escaping () -> GoValue) -> TemplateFunction {
            TemplateFunction(params: [], variadic: nil) { _ in v() }
        }
        switch name {
        case "Unix": return f { .int64(t.seconds) }
        case "UnixMilli": return f { .int64(t.seconds * 1000 + t.nanos / 1_000_000) }
        case "UnixMicro": return f { .int64(t.seconds * 1_000_000 + t.nanos / 1000) }
        case "UnixNano": return f { .int64(t.seconds &* 1_000_000_000 &+ t.nanos) }
        case "Year": return f { .int(c().year) }
        case "Month": return f { .month(c().month) }
        case "Day": return f { .int(c().day) }
        case "Hour": return f { .int(c().hour) }
        case "Minute": return f { .int(c().minute) }
        case "Second": return f { .int(c().second) }
        case "Nanosecond": return f { .int(Int(t.nanos)) }
        case "YearDay": return f { .int(c().yearDay) }
        case "Weekday": return f { .weekday(c().weekday) }
        case "String": return f { .string(GoTimeFormat.string(t)) }
        case "UTC": return f { .time(t) }
        case "IsZero": return f { .bool(t.seconds == -62_135_596_800 && t.nanos == 0) }
        case "Format":
            return TemplateFunction(params: [.string], variadic: nil) { a in
                guard case .string(let layout) = a[0] else { return .string("") }
                return .string(GoTimeFormat.format(t, layout))
            }
        default: return nil
        }
    }
}
