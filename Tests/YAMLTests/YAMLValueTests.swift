import XCTest
@testable import YAML

/// Value equality of the YAML reader's output type.
final class YAMLValueTests: XCTestCase {
    func testMappingsCompareInOrder() {
        let a = YAMLValue.mapping([(.string("a"), .int(1)), (.string("b"), .null)])
        XCTAssertEqual(a, YAMLValue.mapping([(.string("a"), .int(1)), (.string("b"), .null)]))
        XCTAssertNotEqual(a, YAMLValue.mapping([(.string("b"), .null), (.string("a"), .int(1))]))
    }
}
