/// std encodings: `base64`, `base64Decode`, `base64DecodeBytes`, `encodeUTF8`, `decodeUTF8`.
enum EncodingFunctions {
    static func register(_ std: StdLibrary) {}
}
