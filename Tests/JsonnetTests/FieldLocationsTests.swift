import XCTest
import Jsonnet

/// `evaluateJSONWithLocations`: where each object field's value is written, through objects
/// only and up to the depth asked for; the value is the same as `evaluateJSON`'s.
final class FieldLocationsTests: XCTestCase {
    func testFieldsAreLocatedAtTheirTopmostDefinition() throws {
        let code = """
            local base = { b: 1, c: 2 };
            {
              a: base { c: 3 },
              d: [{ e: 4 }],
              f:: 5,
              g: { h: { i: 6 } },
            }
            """
        let (value, locations) = try Jsonnet().evaluateJSONWithLocations(.snippet(code: code, filename: "x.jsonnet"), depth: 2)
        XCTAssertEqual(value, try Jsonnet().evaluateJSON(.snippet(code: code, filename: "x.jsonnet")))
        XCTAssertEqual(locations, [
            ".a": "x.jsonnet:3:6", ".a.b": "x.jsonnet:1:19", ".a.c": "x.jsonnet:3:16",
            ".d": "x.jsonnet:4:6",
            ".g": "x.jsonnet:6:6", ".g.h": "x.jsonnet:6:11",
        ])
    }
}
