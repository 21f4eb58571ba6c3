import XCTest
@testable import Jsonnet

/// Array, sort and set functions against go-jsonnet 0.22, for what golden files cannot hold:
/// go-jsonnet's crashes (whose text includes a Go stack dump) and large mixed-type sorts (the
/// error depends on which pair Go's `sort.Stable` compares first). Expectations come from
/// go-jsonnet (the `_gojsonnet` Python module).
final class ArrayFunctionsTests: XCTestCase {
    private func evaluate(_ code: String) throws(JsonnetError) -> String {
        try Jsonnet().evaluate(.snippet(code: code, filename: "x.jsonnet"))
    }

    private func expectError(_ code: String, startingWith prefix: String, file: StaticString = #filePath, line: UInt = #line) {
        do {
            let got = try evaluate(code)
            XCTFail("\(code): expected an error, got \(got)", file: file, line: line)
        } catch {
            XCTAssertTrue(error.rendered.hasPrefix(prefix), "\(code): expected \(prefix), got \(error.rendered)", file: file, line: line)
        }
    }

    /// go-jsonnet's removeAt slices its Go array without checking the index and crashes.
    func testRemoveAtOutOfRangeCrashes() {
        expectError("std.removeAt([1, 2, 3], 3)", startingWith: "INTERNAL ERROR: (CRASH) runtime error: slice bounds out of range [4:3]\n")
        expectError("std.removeAt([1, 2, 3], 5)",
                    startingWith: "INTERNAL ERROR: (CRASH) runtime error: slice bounds out of range [:5] with capacity 3\n")
        expectError("std.removeAt([1, 2, 3], -1)", startingWith: "INTERNAL ERROR: (CRASH) runtime error: slice bounds out of range [:-1]\n")
        expectError("std.removeAt([], 0)", startingWith: "INTERNAL ERROR: (CRASH) runtime error: slice bounds out of range [1:0]\n")
    }

    /// Snippet and the first line of go-jsonnet's error.
    static let mixedSorts: [(String, String)] = [
        ("std.sort([9,25,3,4,34,6,23,37,3,32,null,2,5,27,26,4,15,5,35,27,3,36,7,null,40,40,37,3,36,37,25,3,14,2,35,8,18,26,9,34,7,36,19,35,11,6,37,36,40,12,23,6,35,4,36,3,39,13,31,34,27,20,29,37,29,23])",
         "Unexpected type null"),
        ("std.sort([19,33,31,21,28,18,38,4,7,32,26,10,21,9,31,26,2,4,35,36,20,21,22,38,31,37,29,4,5,17,30,4,3,19,36,28,18,24,22,1,29,22,10,39,7,31,3,13,18,8,15,25,25,31,5,10,28,25,35,17,8,27,35,17,26,22,24,14,9,5,11,9,14,14,0,31,37,11,16,18,0,true,26,34,23,39,36,20,8,32,39,3,29,35,25,25,25,25])",
         "Unexpected type boolean"),
        ("std.sort([3,12,4,13,28,10,7,21,38,3,6,0,36,9,34,6,23,39,1,4,13,39,24,9,40,16,22,38,23,30,7,7,31,29,30,\"s\",19,5,9,6,21,16,30,10,33,1,13,33,23,9,34,1,33,19,5,16,33,23,10,22,14,34,34,32,21,40,14,39,12,15,25,14,12,33,31,22])",
         "Unexpected type number, expected string"),
        ("std.sort([{},12,38,22,28,22,23,5,14,6,14,30,12,21,13,30,39,39,0,30,22,5,7,24,12,30,11,27,40,21,5,25,29,25,5,10,10,8,1,9,37,29,9,39,38,30,22,9,35,35,8,1,0,6,33,8,27,12,13,1,16,13,18,32,15,37,20,16,34,26,8,3,22,29,37,33,26,32,8,34,9,33,32,1,28])",
         "Unexpected type object, expected number"),
        ("std.sort([9,11,9,30,39,7,35,3,20,33,33,35,30,6,35,3,15,12,17,2,6,32,28,35,1,4,28,20,39,32,38,32,12,17,28,32,34,30,32,15,33,16,35,12,28,8,26,7,25,28,20,4,15,27,4,13,19,7,9,23,9,16,8,29,14,6,25,31,10,14,10,27,32,25,21,26,12,22,20,5,23,1,21,35,29,28,1,24,21,33,39,18,32,4,7,14,6,5,16,17,2,11,17,8,27,16,25,9,34,{},36,31,20,5,17,3,11,27,4,17,1,40,5,16])",
         "Unexpected type object"),
        ("std.sort([4,16,7,29,0,21,35,26,17,39,8,2,33,15,7,10,16,3,11,12,19,40,19,33,13,null,28,32,11,17,22,1,16,2,0,1,32,35,12,32,30,15,28,6,27,31,34,25,32,19,13,14,21])",
         "Unexpected type null"),
        ("std.sort([3,8,0,4,40,16,27,10,3,5,24,32,18,38,15,18,2,29,11,10,17,28,0,16,23,21,35,20,15,2,19,13,22,11,0,21,24,5,30,17,32,12,15,32,0,5,16,5,9,25,37,2,25,1,19,19,40,14,5,37,33,9,38,24,20,\"s\",9,18,39])",
         "Unexpected type number, expected string"),
        ("std.sort([27,32,8,33,32,36,1,37,14,5,1,2,8,40,23,6,24,28,35,3,40,1,40,34,15,31,16,0,29,4,32,34,5,33,4,30,16,4,16,15,13,14,29,31,24,4,30,18,2,39,40,12,4,38,9,21,16,19,39,36,8,0,true,3,31,17,6,13,31,18,33,18,29,29,29,7,35,12,19,5,30,1,18,29,4,32,28,17,24,13,13,4,37,5,9,33,16,23,8,38,40,32,17,7,23])",
         "Unexpected type boolean"),
    ]

    func testMixedSortErrorsFollowGoStableSort() {
        for (code, message) in Self.mixedSorts {
            expectError(code, startingWith: "RUNTIME ERROR: \(message)\n")
        }
    }

    func testSortIsStableAndOrdersByCodePoint() throws {
        let sorted = try evaluate("std.sort([{k: i % 3, i: i} for i in std.range(0, 29)], function(o) o.k) == " +
                                  "[{k: k, i: i} for k in [0, 1, 2] for i in std.range(0, 29) if i % 3 == k]")
        XCTAssertEqual(sorted, "true")
        let strings = try evaluate("std.sort(['\\u00e9', 'e\\u0301', 'z', '\\ud83d\\ude00', '\\uffff'])")
        // Compared as bytes: Swift's String equality treats "e\u{301}" and "\u{e9}" as equal.
        let expected = "[\n   \"e\u{301}\",\n   \"z\",\n   \"\u{e9}\",\n   \"\u{ffff}\",\n   \"\u{1F600}\"\n]"
        XCTAssertEqual(Array(strings.utf8), Array(expected.utf8))
    }
}
