/// Interns field names: every distinct name gets a small integer id, so objects compare ids
/// instead of strings on field lookup. Names compare by UTF-8 bytes, as Jsonnet strings do.
final class NameTable {
    private var ids: [ByteString: Int32] = [:]
    private(set) var strings: [String] = []
    private var jstrings: [JString] = []

    func id(_ s: String) -> Int32 {
        let key = ByteString(string: s)
        if let id = ids[key] { return id }
        let id = Int32(strings.count)
        ids[key] = id
        strings.append(s)
        jstrings.append(JString(s))
        return id
    }

    /// The id of a Jsonnet string, remembered on the string object for the next lookup.
    @inline(__always)
    func id(_ s: JString) -> Int32 {
        if s.nameOwner == ObjectIdentifier(self) { return s.nameID }
        let id = self.id(s.string)
        if s !== JString.empty {  // the only string shared between evaluations
            s.nameID = id
            s.nameOwner = ObjectIdentifier(self)
        }
        return id
    }

    func string(_ id: Int32) -> String { strings[Int(id)] }
    func jstring(_ id: Int32) -> JString { jstrings[Int(id)] }
}
