/// std functions that read numbers from strings: `parseInt`, `parseOctal`, `parseHex`.
enum StringParseFunctions {
    static func register(_ std: StdLibrary) {}
}
