/// std set functions: `set`, `setInter`, `setUnion`, `setDiff`, `setMember`.
enum SetFunctions {
    static func register(_ std: StdLibrary) {}
}
