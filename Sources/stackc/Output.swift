import Foundation

/// Writing to stdout/stderr and files, with atomic replacement of output files.
enum Output {
    static func stdout(_ s: String) {
        FileHandle.standardOutput.write(Data(s.utf8))
    }

    static func stderr(_ s: String) {
        FileHandle.standardError.write(Data(s.utf8))
    }

    /// Writes `content` to `path` through a temporary file in the same folder, so a reader never
    /// sees a half-written file. Creates parent folders when `createDirs` is set.
    static func writeFile(_ path: String, _ content: String, createDirs: Bool) throws {
        let url = URL(fileURLWithPath: path)
        let dir = url.deletingLastPathComponent()
        if createDirs {
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        }
        try Data(content.utf8).write(to: url, options: .atomic)
    }
}
