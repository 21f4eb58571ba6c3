import XCTest
@testable import Jsonnet

/// The hash and base64 implementations in `Std/Hash/` against published test vectors
/// (RFC 1321 appendix A.5; FIPS 180-4 / FIPS 202 examples from NIST's CSRC: "abc", the
/// 448-bit and 896-bit messages, one million "a"; RFC 4648 §10), and the std functions
/// against go-jsonnet 0.22 outputs.
final class HashTests: XCTestCase {
    private static let msg448 = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"
    private static let msg896 = "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu"
    private static let millionA = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)

    private func hex(_ f: ([UInt8]) -> [UInt8], _ s: String) -> String { Digest.hex(f(Array(s.utf8))) }

    func testMD5() {
        let vectors: [(String, String)] = [
            ("", "d41d8cd98f00b204e9800998ecf8427e"),
            ("a", "0cc175b9c0f1b6a831c399e269772661"),
            ("abc", "900150983cd24fb0d6963f7d28e17f72"),
            ("message digest", "f96b697d7cb7938d525a2f31aaf161d0"),
            ("abcdefghijklmnopqrstuvwxyz", "c3fcd3d76192e4007dfb496cca67e13b"),
            ("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", "d174ab98d277d9f5a5611c2c9f419d9f"),
            (String(repeating: "1234567890", count: 8), "57edf4a22be3c955ac49da2e2107b67a"),
        ]
        for (m, d) in vectors { XCTAssertEqual(hex(MD5.digest, m), d, m) }
        XCTAssertEqual(Digest.hex(MD5.digest(Self.millionA)), "7707d6ae4e027c70eea2a935c2296f21")
    }

    func testSHA1() {
        XCTAssertEqual(hex(SHA1.digest, ""), "da39a3ee5e6b4b0d3255bfef95601890afd80709")
        XCTAssertEqual(hex(SHA1.digest, "abc"), "a9993e364706816aba3e25717850c26c9cd0d89d")
        XCTAssertEqual(hex(SHA1.digest, Self.msg448), "84983e441c3bd26ebaae4aa1f95129e5e54670f1")
        XCTAssertEqual(hex(SHA1.digest, Self.msg896), "a49b2446a02c645bf419f995b67091253a04a259")
        XCTAssertEqual(Digest.hex(SHA1.digest(Self.millionA)), "34aa973cd4c4daa4f61eeb2bdbad27316534016f")
    }

    func testSHA256() {
        XCTAssertEqual(hex(SHA256.digest, ""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        XCTAssertEqual(hex(SHA256.digest, "abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        XCTAssertEqual(hex(SHA256.digest, Self.msg448), "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        XCTAssertEqual(hex(SHA256.digest, Self.msg896), "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1")
        XCTAssertEqual(Digest.hex(SHA256.digest(Self.millionA)), "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    func testSHA512() {
        XCTAssertEqual(hex(SHA512.digest, ""), "cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e")
        XCTAssertEqual(hex(SHA512.digest, "abc"), "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f")
        XCTAssertEqual(hex(SHA512.digest, Self.msg448), "204a8fc6dda82f0a0ced7beb8e08a41657c16ef468b228a8279be331a703c33596fd15c13b1b07f9aa1d3bea57789ca031ad85c7a71dd70354ec631238ca3445")
        XCTAssertEqual(hex(SHA512.digest, Self.msg896), "8e959b75dae313da8cf4f72814fc143f8f7779c6eb9f7fa17299aeadb6889018501d289e4900f7e4331b99dec4b5433ac7d329eeb6dd26545e96e55b874be909")
        XCTAssertEqual(Digest.hex(SHA512.digest(Self.millionA)), "e718483d0ce769644e2e42c7bc15b4638e1f98b13b2044285632a803afa973ebde0ff244877ea60a4cb0432ce577c31beb009c5c2c49aa2e4eadb217ad8cc09b")
    }

    func testSHA3_512() {
        XCTAssertEqual(hex(SHA3.digest, ""), "a69f73cca23a9ac5c8b567dc185a756e97c982164fe25859e0d1dcc1475c80a615b2123af1f5f94c11e3e9402c3ac558f500199d95b6d3e301758586281dcd26")
        XCTAssertEqual(hex(SHA3.digest, "abc"), "b751850b1a57168a5693cd924b6b096e08f621827444f70d884f5d0240d2712e10e116e9192af3c91a7ec57647e3934057340b4cf408d5a56592f8274eec53f0")
        XCTAssertEqual(hex(SHA3.digest, Self.msg448), "04a371e84ecfb5b8b77cb48610fca8182dd457ce6f326a0fd3d7ec2f1e91636dee691fbe0c985302ba1b0d8dc78c086346b533b49c030d99a27daf1139d6e75e")
        XCTAssertEqual(hex(SHA3.digest, Self.msg896), "afebb2ef542e6579c50cad06d2e578f9f8dd6881d7dc824d26360feebf18a4fa73e3261122948efcfd492e74e82e2189ed0fb440d187f382270cb455f21dd185")
        XCTAssertEqual(Digest.hex(SHA3.digest(Self.millionA)), "3c3a876da14034ab60627c077bb98f7e120a2a5370212dffb3385a18d4f38859ed311d0a9d5141ce9cc5c66ee689b266a8aa18ace8282a0e0db596c90b0a7b87")
    }

    /// Messages of every length around the block and padding boundaries, against go-jsonnet.
    func testBoundaryLengths() throws {
        let code = "[std.md5(std.join('', std.makeArray(n, function(i) 'a'))) + std.sha1(std.join('', std.makeArray(n, function(i) 'b'))) + std.sha256(std.join('', std.makeArray(n, function(i) 'c'))) + std.sha512(std.join('', std.makeArray(n, function(i) 'd'))) + std.sha3(std.join('', std.makeArray(n, function(i) 'e'))) for n in std.range(0, 300)]"
        let out = try Jsonnet().evaluate(.snippet(code: "std.md5(std.join(',', \(code)))", filename: "x.jsonnet"))
        XCTAssertEqual(out, "\"e019847e2b7bbe7d81bd5e6bfde09930\"")
    }

    func testBase64Vectors() {
        let vectors = [("", ""), ("f", "Zg=="), ("fo", "Zm8="), ("foo", "Zm9v"), ("foob", "Zm9vYg=="),
                       ("fooba", "Zm9vYmE="), ("foobar", "Zm9vYmFy")]
        for (plain, enc) in vectors {
            XCTAssertEqual(Base64.encode(Array(plain.utf8)), enc)
            let dec = Array(enc.utf8).withUnsafeBufferPointer { Base64.decode($0) }
            XCTAssertEqual(try? dec.get(), Array(plain.utf8))
        }
    }

    /// Go's decoder: error offsets, skipped newlines, lenient trailing bits.
    func testBase64DecodeErrors() {
        func offset(_ s: String) -> Int? {
            let r = Array(s.utf8).withUnsafeBufferPointer { Base64.decode($0) }
            if case .failure(let e) = r { return e.offset }
            return nil
        }
        XCTAssertEqual(offset("YW=j"), 2)
        XCTAssertEqual(offset("Y==="), 1)
        XCTAssertEqual(offset("===="), 0)
        XCTAssertEqual(offset("YWJjY==="), 5)
        XCTAssertEqual(offset("YQ==YQ=="), 4)
        XCTAssertEqual(offset("YQ\n\n"), 2)
        XCTAssertEqual(offset("YWJ\n"), 1)
        XCTAssertEqual(offset("YWJjYW\nJ"), 5)
        XCTAssertEqual(offset("YWJj\nYWJj\n=="), 10)
        XCTAssertEqual(offset("YQ=\n"), 4)
        XCTAssertNil(offset("YQ\n=\n=\n\n"))
        XCTAssertNil(offset("YR=="))
    }

    func testGoUTF8() {
        XCTAssertEqual(Array(GoUTF8.string([240, 159, 152, 65]).unicodeScalars).count, 4)
        XCTAssertEqual(GoUTF8.string([237, 160, 128]), "\u{FFFD}\u{FFFD}\u{FFFD}")
        XCTAssertEqual(GoUTF8.string([0xC3, 0xA9]), "é")
        XCTAssertEqual(GoUTF8.string([]), "")
    }
}
