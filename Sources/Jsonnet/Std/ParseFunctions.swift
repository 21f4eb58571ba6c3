/// std parsers of data formats: `parseJson`, `parseYaml`.
enum ParseFunctions {
    static func register(_ std: StdLibrary) {}
}
