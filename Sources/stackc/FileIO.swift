import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// File access with go's error texts (`open out/a.json: no such file or directory`), which
/// `jsonnet` prints as they are.
enum FileIO {
    struct Problem: Error { let message: String }

    /// Where text goes: stdout or an open file.
    enum Sink {
        case stdout
        case file(Int32, String)

        func write(_ s: String) -> String? {
            switch self {
            case .stdout:
                Output.stdout(s)
                return nil
            case .file(let fd, let path):
                return FileIO.writeAll(fd, Data(s.utf8), path: path)
            }
        }

        func close() {
            if case .file(let fd, _) = self { _ = Glibc.close(fd) }
        }
    }

    /// go's wording of an errno: the C text with a lower-case first letter.
    static func describe(_ code: Int32) -> String {
        let text = String(cString: strerror(code))
        return text.prefix(1).lowercased() + text.dropFirst()
    }

    /// Why the input file cannot be read, in go-jsonnet's words, or nil.
    static func inputProblem(_ path: String) -> String? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 { return "Opening input file: \(path): \(describe(errno))" }
        defer { _ = Glibc.close(fd) }
        var byte: UInt8 = 0
        if read(fd, &byte, 1) < 0 { return "Reading input file: \(path): \(describe(errno))" }
        return nil
    }

    /// `os.Create`: opens the file for writing, truncating it.
    static func create(_ path: String) -> Result<Sink, Problem> {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        if fd < 0 { return .failure(Problem(message: "open \(path): \(describe(errno))")) }
        return .success(.file(fd, path))
    }

    /// `os.WriteFile`.
    static func writeFile(_ path: String, _ data: Data) -> String? {
        switch create(path) {
        case .failure(let problem):
            return problem.message
        case .success(let sink):
            defer { sink.close() }
            guard case .file(let fd, _) = sink else { return nil }
            return writeAll(fd, data, path: path)
        }
    }

    static func writeAll(_ fd: Int32, _ data: Data, path: String) -> String? {
        var failure: String?
        data.withUnsafeBytes { (buf: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < buf.count {
                let n = Glibc.write(fd, buf.baseAddress! + offset, buf.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = "write \(path): \(describe(errno))"
                    return
                }
                offset += n
            }
        }
        return failure
    }

    /// The content of an existing file, nil when there is none (`os.Stat` says it does not
    /// exist); a file that exists but cannot be read is an error.
    static func existingContent(_ path: String) -> Result<Data?, Problem> {
        var st = stat()
        if stat(path, &st) != 0 && errno == ENOENT { return .success(nil) }
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 { return .failure(Problem(message: "open \(path): \(describe(errno))")) }
        defer { _ = Glibc.close(fd) }
        var data = Data()
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = read(fd, &chunk, chunk.count)
            if n < 0 {
                if errno == EINTR { continue }
                return .failure(Problem(message: "read \(path): \(describe(errno))"))
            }
            if n == 0 { break }
            data.append(contentsOf: chunk[0..<n])
        }
        return .success(data)
    }

    /// `os.MkdirAll(filepath.Dir(path))`.
    static func makeParentDirectories(of path: String) -> String? {
        mkdirAll(directory(of: path))
    }

    /// `filepath.Dir` for the cases that matter here: everything before the last `/`.
    static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        var dir = String(path[..<slash])
        while dir.count > 1 && dir.hasSuffix("/") { dir.removeLast() }
        return dir.isEmpty ? "/" : dir
    }

    /// go's `os.MkdirAll`, with its error texts.
    static func mkdirAll(_ path: String) -> String? {
        var st = stat()
        if stat(path, &st) == 0 {
            return (st.st_mode & S_IFMT) == S_IFDIR ? nil : "mkdir \(path): \(describe(ENOTDIR))"
        }
        var end = path.endIndex
        while end > path.startIndex && path[path.index(before: end)] == "/" { end = path.index(before: end) }
        var start = end
        while start > path.startIndex && path[path.index(before: start)] != "/" { start = path.index(before: start) }
        if path.distance(from: path.startIndex, to: start) > 1 {
            if let problem = mkdirAll(String(path[..<path.index(before: start)])) { return problem }
        }
        if mkdir(path, 0o755) != 0 {
            let code = errno
            if lstat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR { return nil }
            return "mkdir \(path): \(describe(code))"
        }
        return nil
    }
}
