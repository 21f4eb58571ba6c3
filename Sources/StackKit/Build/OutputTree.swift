import Foundation

/// Writes a build's files as one directory, atomically: everything is written into a fresh
/// sibling directory, which then replaces the target. A failure before the swap leaves the
/// previous tree untouched, and files the new build no longer produces disappear with it.
public enum OutputTree {
    /// What changed compared with the previous tree.
    public struct Report: Sendable, Equatable {
        /// Files that are new or whose bytes differ.
        public var changed: Int
        /// Files of the previous tree that are gone.
        public var removed: Int

        public init(changed: Int, removed: Int) {
            self.changed = changed
            self.removed = removed
        }
    }

    public static func write(_ files: [(path: String, contents: String)], to dir: String) throws(BuildError) -> Report {
        let fm = FileManager.default
        let target = URL(fileURLWithPath: dir).standardizedFileURL
        let parent = target.deletingLastPathComponent()
        let token = String(UInt64.random(in: 0...UInt64.max), radix: 36)
        let staging = parent.appendingPathComponent(".\(target.lastPathComponent).stackc-new-\(token)")
        let retired = parent.appendingPathComponent(".\(target.lastPathComponent).stackc-old-\(token)")
        do {
            try fm.createDirectory(at: parent, withIntermediateDirectories: true)
            try fm.createDirectory(at: staging, withIntermediateDirectories: false)
        } catch {
            throw BuildError("cannot create \(staging.path): \(error.localizedDescription)")
        }
        var report = Report(changed: 0, removed: 0)
        let old = existingFiles(target)
        do {
            for f in files {
                let url = staging.appendingPathComponent(f.path + "")
                try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                let data = Data(f.contents.utf8)
                try data.write(to: url)
                if let before = old[f.path], before == data { continue }
                report.changed += 1
            }
        } catch {
            try? fm.removeItem(at: staging)
            throw BuildError("cannot write the output: \(error.localizedDescription)")
        }
        let produced = Set(files.map { $0.path })
        report.removed = old.keys.filter { !produced.contains($0) }.count
        do {
            var isDir: ObjCBool = false
            if fm.fileExists(atPath: target.path, isDirectory: &isDir) {
                guard isDir.boolValue else {
                    try? fm.removeItem(at: staging)
                    throw BuildError("\(target.path) exists and is not a directory")
                }
                try fm.moveItem(at: target, to: retired)
                do {
                    try fm.moveItem(at: staging, to: target)
                } catch {
                    try? fm.moveItem(at: retired, to: target)
                    throw error
                }
                try? fm.removeItem(at: retired)
            } else {
                try fm.moveItem(at: staging, to: target)
            }
        } catch let e as BuildError {
            throw e
        } catch {
            try? fm.removeItem(at: staging)
            throw BuildError("cannot move the new output into \(target.path): \(error.localizedDescription)")
        }
        return report
    }

    /// The files under `dir` (relative paths) with their bytes; empty if there is none.
    static func existingFiles(_ dir: URL) -> [String: Data] {
        var out: [String: Data] = [:]
        let fm = FileManager.default
        guard let e = fm.enumerator(at: dir, includingPropertiesForKeys: [.isRegularFileKey]) else { return out }
        let base = dir.resolvingSymlinksInPath().path
        for case let url as URL in e {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            let full = url.resolvingSymlinksInPath().path
            guard full.hasPrefix(base + "/") else { continue }
            let rel = String(full.dropFirst(base.count + 1))
            out[rel] = (try? Data(contentsOf: url)) ?? Data()
        }
        return out
    }
}
