import Foundation

/// Where the bundled monitoring library (`stdlib/`, imported as `stackc/…`) is: the directory
/// in `STACKC_STDLIB`, else the first `stdlib/` (or `share/stackc/stdlib/`) holding a
/// `stackc/` folder found walking up from the executable's real location.
enum StdlibLocation {
    static func find(environment: [String: String]) -> String? {
        if let dir = environment["STACKC_STDLIB"], !dir.isEmpty { return dir }
        let fm = FileManager.default
        let exe = Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])
        var dir = exe.resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<8 {
            for candidate in ["stdlib", "share/stackc/stdlib"] {
                let lib = dir.appendingPathComponent(candidate)
                var isDir: ObjCBool = false
                if fm.fileExists(atPath: lib.appendingPathComponent("stackc").path, isDirectory: &isDir), isDir.boolValue {
                    return lib.path
                }
            }
            let up = dir.deletingLastPathComponent()
            if up.path == dir.path { break }
            dir = up
        }
        return nil
    }
}
