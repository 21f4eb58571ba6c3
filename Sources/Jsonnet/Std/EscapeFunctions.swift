/// std string escaping: `escapeStringJson`, `escapeStringBash`, `escapeStringDollars`, `escapeStringPython`, `escapeStringXML`.
enum EscapeFunctions {
    static func register(_ std: StdLibrary) {}
}
