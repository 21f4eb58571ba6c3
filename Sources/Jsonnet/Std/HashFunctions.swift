/// std hashes: `md5`, `sha1`, `sha256`, `sha512`, `sha3`.
enum HashFunctions {
    static func register(_ std: StdLibrary) {}
}
