/// std hashes: `md5`, `sha1`, `sha256`, `sha512`, `sha3` (SHA3-512). Each takes a string and
/// returns the lowercase hex digest of its UTF-8 bytes. The algorithms are in `Std/Hash/`.
enum HashFunctions {
    static func register(_ std: StdLibrary) {
        let hashes: [(String, (UnsafeRawBufferPointer) -> [UInt8])] = [
            ("md5", MD5.digest), ("sha1", SHA1.digest), ("sha256", SHA256.digest),
            ("sha512", SHA512.digest), ("sha3", SHA3.digest),
        ]
        for (name, digest) in hashes {
            std.add(Builtin(name, ["s"]) { a, vm, site throws(RuntimeError) in
                let s = try vm.string(a[0], site)
                var str = s.string
                let d = str.withUTF8 { digest(UnsafeRawBufferPointer($0)) }
                return .string(JString(Digest.hex(d)))
            })
        }
    }
}
