import XCTest
import PromQL

/// The target links (the parser's and the regex engine's tests live beside this file).
final class PromQLTargetTests: XCTestCase {
    func testNamespaceExists() {
        XCTAssertEqual(String(describing: PromQL.self), "PromQL")
    }
}
