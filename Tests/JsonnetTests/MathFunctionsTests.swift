import XCTest
@testable import Jsonnet

/// GoMath against go-jsonnet 0.22 (Go's math package on amd64), bit for bit, on inputs where
/// glibc's result differs in the last place; and the std math functions' quirks.
final class MathFunctionsTests: XCTestCase {
    private func bits(_ u: UInt64) -> Double { Double(bitPattern: u) }

    func testBitExactAgainstGo() {
        // (function, x, y, expected) as IEEE bit patterns, read off go-jsonnet's output.
        let cases: [(String, UInt64, UInt64, UInt64)] = [
            ("sin", 0xc1c06634eed033ed, 0, 0x3fb2a9d29d734864),
            ("sin", 0xd4c2216447caf3e7, 0, 0x3fda5b022aff1825),
            ("sin", 0x41cff742e9796d96, 0, 0xbfd95a2c07ea36eb),
            ("sin", 0x41bf39024f9405b8, 0, 0x3fede7ba124f5103),
            ("sin", 0x67a94cbd2183148c, 0, 0xbfd331012d9acca2),
            ("sin", 0x67a5b48b55bdc91a, 0, 0xbfe52363c6e9105e),
            ("sin", 0xc1d4b27d5f438c71, 0, 0xbfbbb3dab9eac90e),
            ("sin", 0xfb374a5acb666ed0, 0, 0xbfdf726dba144636),
            ("sin", 0x423093aa6a9e2453, 0, 0xbfe6a037a2848fa6),
            ("sin", 0x428f6ef54b377b3a, 0, 0xbfe6a0fa1b9743d4),
            ("sin", 0x42b68538eaf2ae21, 0, 0x3fe6a15703202d6b),
            ("sin", 0x41e5c6ae4849726d, 0, 0xbfe6a0ad80244307),
            ("sin", 0x427945830124cc88, 0, 0x3fe6a0281a13e288),
            ("sin", 0x42b7ca3eb4b42f38, 0, 0x3fe6a0eec2b29767),
            ("sin", 0x420efdfaf4c6efdc, 0, 0x3e66d93d918c00fa),
            ("sin", 0x42762fc68f520fe8, 0, 0xbf078ad0f42fbe74),
            ("cos", 0x60ecbb467521d9ff, 0, 0x3fcab68ee75e6a50),
            ("cos", 0xc0121ca27bc31b89, 0, 0xbfc7790d4e5bdbc4),
            ("cos", 0xc02a652035fc2257, 0, 0x3fe9d5d9f6c17103),
            ("cos", 0x420a29b7566e9c26, 0, 0x3fe77a22e9a52d6c),
            ("cos", 0xc017c89a4be52424, 0, 0x3fee326fe330c017),
            ("cos", 0x4045dea86e04cdfb, 0, 0x3fef0fc0a19fedba),
            ("cos", 0x41c46bab059ca2b3, 0, 0xbfe95f242830a71a),
            ("cos", 0xc06de42e42ac5748, 0, 0x3fedd6cb4a444957),
            ("cos", 0x423a21219234c2ff, 0, 0x3eb132eae41f1915),
            ("cos", 0x41e79a008625b626, 0, 0x3eca35bfe0b1c2a5),
            ("cos", 0x427c98db8356dcec, 0, 0x3fe6a0870539321c),
            ("cos", 0x41d43d220b138449, 0, 0x3fe6a09e75956e01),
            ("cos", 0x425cc2920e533f39, 0, 0xbee8080b4aae5dcc),
            ("cos", 0x41c6543e69951566, 0, 0x3fe6a09e544c2fb2),
            ("cos", 0x42525e62f0d8fc1f, 0, 0xbfe6a0ad4bebb9a8),
            ("cos", 0x4228ce1bcc584a9d, 0, 0xbec1d8c7b452815c),
            ("tan", 0x41c352ce0841a7c8, 0, 0x3ff99c5ebe8734c5),
            ("tan", 0x40832b2af004ff65, 0, 0x3ff00000000000f0),
            ("tan", 0x40142038dffb9110, 0, 0xc008372d4587debb),
            ("tan", 0x45e973811201f985, 0, 0xc03281f037abcc4e),
            ("tan", 0xe939c336e4005352, 0, 0x401e95678c9364d0),
            ("tan", 0xbff0f4b87b018fb8, 0, 0xbffc88a83bd10a65),
            ("tan", 0x401bf70823bbc60c, 0, 0x3feb659fbd9dfaa9),
            ("tan", 0xc018463e32d7c11a, 0, 0x3fcbe5994b306a33),
            ("tan", 0x427e61d67e99dc74, 0, 0xbff00092b2c384a5),
            ("tan", 0x4209960ffeabf044, 0, 0x417e64706f66e9e2),
            ("tan", 0x42313da6d0421325, 0, 0x3feffffc01142c6d),
            ("tan", 0x422ca8ece04ab6c5, 0, 0xbf1169bb2320a3ea),
            ("tan", 0x42760c929fa5f218, 0, 0xbfefffe8508d450d),
            ("tan", 0x426742d1d98c73e9, 0, 0xbfefff89d5102dff),
            ("tan", 0x42741e8ac7fb8453, 0, 0xbff0003b52544099),
            ("tan", 0x41fb7eba9234dfdd, 0, 0xc143fbebdb6d7e6e),
            ("asin", 0x3fed7b7f1a2f6454, 0, 0x3ff2be5d12265f25),
            ("asin", 0xbfeffffffff75307, 0, 0xbff921ef8c203005),
            ("asin", 0x3fefffef77332419, 0, 0x3ff911b77cf34360),
            ("asin", 0xbfe08a7be81ef762, 0, 0xbfe162268871f158),
            ("asin", 0x3feffd7f09715359, 0, 0x3ff8bcb5ce34bc78),
            ("asin", 0x3feffffffece045c, 0, 0x3ff921b55c149be1),
            ("asin", 0x3fee88f5d3b45440, 0, 0x3ff445c894f5fc4b),
            ("asin", 0xbfeffffffffa73d7, 0, 0xbff921f1e86cef07),
            ("acos", 0x3fefffffffffffaa, 0, 0x3e828c17b9000000),
            ("acos", 0xbfefffdcd02ad81d, 0, 0x4009161e37b7404a),
            ("acos", 0x3fef1ed4edf2e439, 0, 0x3fce1494127cd128),
            ("acos", 0x3fd7223efaaea70c, 0, 0x3ff3371f27daf77a),
            ("acos", 0x3fe1c8d7392664a0, 0, 0x3fef688a9ddc344f),
            ("acos", 0xbfefffffff8031a3, 0, 0x400921e4b8095a09),
            ("acos", 0x3fe786777eeb31ba, 0, 0x3fe7d61d9773d25b),
            ("acos", 0xbf7744c776ddf200, 0, 0x3ff9394023eecd99),
            ("atan", 0xc05c463abeccb2bb, 0, 0xbff8fdc41f9389be),
            ("atan", 0xbfe5b08406de2406, 0, 0xbfe30fb84098b851),
            ("atan", 0xbfe79e4cf45bce56, 0, 0xbfe458acb924548e),
            ("atan", 0x4121dc1800000000, 0, 0x3ff921f98994c00b),
            ("atan", 0x4003d85c06dcf91a, 0, 0x3ff3006b3ae6ea1e),
            ("atan", 0x40031dfc9be5cf73, 0, 0x3ff2ca9e392c597a),
            ("atan", 0xbfe9f9d79f0d3bd4, 0, 0xbfe5d1d3a4579893),
            ("atan", 0x4003539d97e2e618, 0, 0x3ff2da74421d5604),
            ("exp", 0xc07ff37b1588c942, 0, 0x11d62562117387b2),
            ("exp", 0x4085f40479ceb05c, 0, 0x7f46924251025694),
            ("exp", 0xc0099e7f05611831, 0, 0x3fa4d2069b2cbe79),
            ("exp", 0x4085e3a86a5f733e, 0, 0x7f175d077a7c6290),
            ("exp", 0x40125bb3319dbc8c, 0, 0x40589ccff3124a33),
            ("exp", 0x40860c11c149f85b, 0, 0x7f8c84e68d03a1be),
            ("exp", 0xc0862707d10d4935, 0, 0x0009e0773ecb6142),
            ("exp", 0x40083e78fc525a7c, 0, 0x4034b529e9093223),
            ("exp", 0xc08623e8f47db801, 0, 0x000e96c0ea8eec1c),
            ("exp", 0x40862b1e825cae95, 0, 0x7fe59adaa88b5e5c),
            ("exp", 0x40862b3e39e794d3, 0, 0x7fe5f12d12164215),
            ("exp", 0x40862b16e48ade8b, 0, 0x7fe58652bb1d390e),
            ("exp", 0x40862b37c85d54c7, 0, 0x7fe5df87e29937ee),
            ("exp", 0x40862a89fb58a556, 0, 0x7fe417f05c7c9aa7),
            ("exp", 0xc086332f4b102a5a, 0, 0x00022967fe18e208),
            ("exp", 0x40862aefd610dde9, 0, 0x7fe51e3bd92cba29),
            ("log", 0x00000000000012ea, 0, 0xc08628b76e3a7b57),
            ("log", 0x000000000010cec4, 0, 0xc08628b76e3a72f9),
            ("log", 0x0000000000007685, 0, 0xc08628b76e3a7b25),
            ("log", 0x0000354f44ff87fa, 0, 0xc086289cf29df9bb),
            ("log", 0x3ff980d4b6ce7d2f, 0, 0x3fddd67fdaf25d50),
            ("log", 0x0000000000f04a92, 0, 0xc08628b76e3a033b),
            ("log", 0x0000000000000067, 0, 0xc08628b76e3a7b61),
            ("log", 0x0000000000000312, 0, 0xc08628b76e3a7b5f),
            ("pow", 0x4006eafbd661899e, 0xc046800000000000, 0x3ba97d688b0ff4c6),
            ("pow", 0x3ffe5e48cadf90bd, 0xbff7e76c8b439581, 0x3fd891d4f18db0ac),
            ("pow", 0x40015a89b05d8500, 0x4075580000000000, 0x57c6d504fd01660e),
            ("pow", 0xc021d3f108a0dbf0, 0x4034000000000000, 0x43e16740fcbfd71f),
            ("pow", 0x40004cfd9b310ddf, 0xc070600000000000, 0x2f1f2626a4917fe8),
            ("pow", 0x3ff80124ce9af7fe, 0x4069680000000000, 0x475edf24dafd088d),
            ("pow", 0x408d80f5b33cb568, 0xc055000000000000, 0x0c0cb12fe9447aea),
            ("pow", 0x078831a121ce13a3, 0xbfefd914e434c044, 0x781157e55a491645),
            ("atan2", 0x443dd3dfeace39bb, 0x412495aa00000000, 0x3ff921fb54442d12),
            ("atan2", 0x40b0a53dc0b02f9a, 0xbead96f407805f9c, 0x3ff921fb545265b3),
            ("atan2", 0xc0168f18227b8536, 0x401a17a092de0980, 0xbfe6d0131e2089b5),
            ("atan2", 0xc0145c79fefdce8e, 0xc00497b7e61bb0b2, 0xc0004fd49d50d03a),
            ("atan2", 0xc023f0cd5bbefc7b, 0xc013a822357ee0ea, 0xc0003ad8af7dbc28),
            ("atan2", 0xb97caf263114343d, 0xb8d716d2679a14a1, 0xbff925339764544e),
            ("atan2", 0xc012f94e683957a0, 0xc020245e1f872aa0, 0xc004e1cd9cacb428),
            ("atan2", 0xc05990f16b003911, 0x3f889ff805479843, 0xbff921800abb2e69),
            ("hypot", 0xc0123f8b42ff73a4, 0xbfea5e4d55f5f0ea, 0x40128b22d6b9ba23),
            ("hypot", 0x3fa1f39884388d00, 0xc01fa0a37078cdd1, 0x401fa0b7d14d814e),
            ("hypot", 0x3fe38ad411549358, 0xc0c7cd1800000000, 0x40c7cd1800805d31),
            ("hypot", 0xc004a0e36bf9abb4, 0x3ff96236167d5f20, 0x4008385c44cfa928),
            ("hypot", 0x40ed598200000000, 0x3f7a62f30f9861ce, 0x40ed598200000030),
            ("hypot", 0x3fbb0bfb3d0bfe63, 0xbfa7878f4ca7731a, 0x3fbd7ea6c1d06967),
            ("hypot", 0x3fd97a1cb4af19c0, 0xc01031b644aca7c6, 0x401045b44852dfab),
            ("hypot", 0x4018ae4de2ec8d30, 0x40228c9482684622, 0x4026477141475e93),
        ]
        for (fn, xb, yb, want) in cases {
            let x = bits(xb), y = bits(yb)
            let got: Double
            switch fn {
            case "sin": got = GoMath.sin(x)
            case "cos": got = GoMath.cos(x)
            case "tan": got = GoMath.tan(x)
            case "asin": got = GoMath.asin(x)
            case "acos": got = GoMath.acos(x)
            case "atan": got = GoMath.atan(x)
            case "exp": got = GoMath.exp(x)
            case "log": got = GoMath.log(x)
            case "pow": got = GoMath.pow(x, y)
            case "atan2": got = GoMath.atan2(x, y)
            case "hypot": got = GoMath.hypot(x, y)
            default: XCTFail(fn); continue
            }
            XCTAssertEqual(got.bitPattern, want, "\(fn)(\(x), \(y)) = \(got), go: \(bits(want))")
        }
    }

    func testGoQuirks() {
        // go's exp builds 2^n as a double: n = 1024 overflows although e^709.5 is finite.
        XCTAssertEqual(GoMath.exp(709.5), .infinity)
        XCTAssertEqual(GoMath.exp(709.4), 1.2260423226426727e308)
        // go's log reads a subnormal's exponent from its bits: log(5e-324) is log(2^-1023).
        XCTAssertEqual(GoMath.log(.leastNonzeroMagnitude), -709.0895657128241)
        XCTAssertEqual(GoMath.log(3), 1.0986122886681096)
        XCTAssertEqual(GoMath.exp(2.25), 9.4877358363585245)
        // Results in the subnormal range are rounded once.
        XCTAssertEqual(GoMath.exp(-710.0681972435953).bitPattern, 0x000301b0909f2edf)
        XCTAssertEqual(GoMath.ldexp(0.7516501042516376, -1024).bitPattern, 0x000301b0909f2edf)
        XCTAssertEqual(GoMath.ldexp(0.75, -1074), .leastNonzeroMagnitude)
        XCTAssertEqual(GoMath.ldexp(0.5, -1074), 0)
        XCTAssertEqual(GoMath.ldexp(-0.75, 1025), -.infinity)
        // frexp keeps the sign (pow of a negative base with an odd exponent).
        XCTAssertEqual(GoMath.frexp(-0.75).0, -0.75)
        XCTAssertEqual(GoMath.frexp(.leastNonzeroMagnitude).1, -1073)
        XCTAssertEqual(GoMath.pow(-2, 3), -8)
        XCTAssertEqual(GoMath.pow(-0.0, 3).sign, .minus)
    }

    private func eval(_ code: String) -> String {
        do {
            return try Jsonnet().evaluate(.snippet(code: code, filename: "x.jsonnet"))
        } catch {
            return error.rendered
        }
    }

    func testStdValues() {
        XCTAssertEqual(eval("[std.abs(0), std.abs(-0), std.round(-0.4), std.max(0, -0), std.min(-0, 0)]"),
                       "[\n   -0,\n   0,\n   -0,\n   -0,\n   0\n]")
        XCTAssertEqual(eval("std.clamp(1, 2, error 'unused')"), "2")
        XCTAssertEqual(eval("[std.isEven(1e300), std.isOdd(-2.5), std.isEven(-2.5)]"), "[\n   true,\n   false,\n   true\n]")
    }

    func testStdErrors() {
        XCTAssertTrue(eval("std.max(1, 'a')").hasPrefix("RUNTIME ERROR: std.max second param expected number, got string\n\t<std>:883:7-71\tfunction <anonymous>\n"))
        XCTAssertTrue(eval("std.exp(709.5)").hasPrefix("RUNTIME ERROR: Overflow\n"))
        XCTAssertTrue(eval("std.log(-1)").hasPrefix("RUNTIME ERROR: Not a number\n"))
        XCTAssertTrue(eval("std.log2(0)").hasPrefix("RUNTIME ERROR: Overflow\n\t<std>:271:13-23\tfunction <anonymous>\n"))
    }
}
