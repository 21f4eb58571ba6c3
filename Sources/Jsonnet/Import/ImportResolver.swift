import Foundation

/// Finds the file an `import` names: relative to the importing file's folder first, then in
/// each library path (the last one given wins, as with `jsonnet -J`).
public struct ImportResolver: Sendable {
    /// Library search paths, in the order they are tried.
    public let libraryPaths: [String]
    /// Folder that relative paths given to the evaluator start from (nil: the process's).
    public let workingDirectory: String?

    public init(libraryPaths: [String] = [], workingDirectory: String? = nil) {
        self.libraryPaths = libraryPaths
        self.workingDirectory = workingDirectory
    }

    /// The displayed path and the contents of the file `path` imported from `importer`
    /// (a path as displayed), or nil when no candidate exists.
    func resolve(_ path: String, from importer: String) -> (path: String, bytes: [UInt8])? {
        var candidates: [String] = []
        if path.hasPrefix("/") {
            candidates.append(path)
        } else {
            candidates.append(ImportResolver.join(ImportResolver.directory(of: importer), path))
            for lib in libraryPaths { candidates.append(ImportResolver.join(lib, path)) }
        }
        for c in candidates {
            if let bytes = read(c) { return (c, bytes) }
        }
        return nil
    }

    /// Reads a file given as displayed (relative to the working directory).
    func read(_ displayed: String) -> [UInt8]? {
        let real: String
        if displayed.hasPrefix("/") || workingDirectory == nil {
            real = displayed
        } else {
            real = ImportResolver.join(workingDirectory!, displayed)
        }
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: real, isDirectory: &isDir), !isDir.boolValue,
              let data = FileManager.default.contents(atPath: real) else { return nil }
        return [UInt8](data)
    }

    static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[...slash])
    }

    /// `dir` and a relative `path` joined and cleaned lexically, as Go's `filepath.Join` does
    /// (go-jsonnet shows imported files under that name: `a/../c.libsonnet` is `c.libsonnet`).
    static func join(_ dir: String, _ path: String) -> String {
        if dir.isEmpty { return clean(path) }
        return clean(dir + "/" + path)
    }

    /// Go's `path.Clean`: no repeated or trailing slashes, no `.` elements, `..` removed with
    /// the element before it (and at the root), `.` for an empty result.
    static func clean(_ p: String) -> String {
        if p.isEmpty { return "." }
        let rooted = p.hasPrefix("/")
        var out: [Substring] = []
        for part in p.split(separator: "/") {
            if part == "." { continue }
            if part == ".." {
                if let last = out.last, last != ".." {
                    out.removeLast()
                } else if !rooted {
                    out.append(part)
                }
                continue
            }
            out.append(part)
        }
        let s = out.joined(separator: "/")
        if rooted { return "/" + s }
        return s.isEmpty ? "." : s
    }
}

/// Imported files by path: their bytes, and for code imports the value (a file is evaluated
/// once per evaluation however often it is imported).
final class ImportCache {
    let resolver: ImportResolver
    private var found: [String: (path: String, bytes: [UInt8])] = [:]
    var codeValues: [String: Value] = [:]
    var strings: [String: Value] = [:]

    init(resolver: ImportResolver) {
        self.resolver = resolver
    }

    func resolve(_ path: String, from importer: String) -> (path: String, bytes: [UInt8])? {
        let key = importer + "\u{0}" + path
        if let f = found[key] { return f }
        guard let f = resolver.resolve(path, from: importer) else { return nil }
        found[key] = f
        return f
    }
}
