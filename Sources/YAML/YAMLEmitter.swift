/// Writes a `YAMLEmitValue` as one YAML document byte-identical to `gojsontoyaml` (ghodss/yaml
/// over go-yaml v2 `yaml.Marshal`), the converter behind kube-prometheus's `manifests/`:
/// block style, 2-space indentation, sequences not indented under their key, keys in go-yaml's
/// natural order, `{}`/`[]` for empty collections, strings quoted only when needed, long
/// scalars folded at spaces past column 80, multi-line strings as `|` blocks.
public enum YAMLEmitter {
    /// One YAML document, go-yaml v2 / gojsontoyaml style, ending with "\n". No leading "---".
    public static func emit(_ value: YAMLEmitValue) -> String {
        var w = YAMLEmitWriter(capacity: 4096)
        emitNode(value, parentIndent: -1, mappingContext: false, simpleKey: false, &w)
        w.writeIndent(0)
        return String(decoding: w.out, as: UTF8.self)
    }

    /// A scalar mapping key of more than 128 UTF-8 bytes, or with a line break, is written as
    /// an explicit `? key` / `: value` pair.
    static func isSimpleKey(_ k: String) -> Bool {
        k.utf8.count <= 128 && !k.unicodeScalars.contains { YAMLEmitScalarStyle.isBreak($0.value) }
    }

    private static func emitNode(_ v: YAMLEmitValue, parentIndent: Int, mappingContext: Bool, simpleKey: Bool, _ w: inout YAMLEmitWriter) {
        switch v {
        case .null: emitRaw("null", &w)
        case .bool(let b): emitRaw(b ? "true" : "false", &w)
        case .number(let d): emitRaw(YAMLEmitNumber.format(d), &w)
        case .string(let s):
            let indent = parentIndent < 0 ? YAMLEmitWriter.bestIndent : parentIndent + YAMLEmitWriter.bestIndent
            w.writeScalar(s, style: YAMLEmitScalarStyle.of(s, simpleKey: simpleKey), indent: indent, allowBreaks: !simpleKey)
        case .array(let items):
            if items.isEmpty {
                w.writeIndicator("[", needWhitespace: true, isWhitespace: true, isIndention: false)
                w.writeIndicator("]", needWhitespace: false, isWhitespace: false, isIndention: false)
                return
            }
            let indentless = mappingContext && !w.indention
            let indent = parentIndent < 0 ? 0 : (indentless ? parentIndent : parentIndent + YAMLEmitWriter.bestIndent)
            for item in items {
                w.writeIndent(indent)
                w.writeIndicator("-", needWhitespace: true, isWhitespace: false, isIndention: true)
                emitNode(item, parentIndent: indent, mappingContext: false, simpleKey: false, &w)
            }
        case .object(let fields):
            if fields.isEmpty {
                w.writeIndicator("{", needWhitespace: true, isWhitespace: true, isIndention: false)
                w.writeIndicator("}", needWhitespace: false, isWhitespace: false, isIndention: false)
                return
            }
            let indent = parentIndent < 0 ? 0 : parentIndent + YAMLEmitWriter.bestIndent
            for key in YAMLEmitKeyOrder.sorted(fields.keys) {
                w.writeIndent(indent)
                if isSimpleKey(key) {
                    emitNode(.string(key), parentIndent: indent, mappingContext: true, simpleKey: true, &w)
                    w.writeIndicator(":", needWhitespace: false, isWhitespace: false, isIndention: false)
                } else {
                    w.writeIndicator("?", needWhitespace: true, isWhitespace: false, isIndention: true)
                    emitNode(.string(key), parentIndent: indent, mappingContext: true, simpleKey: false, &w)
                    w.writeIndent(indent)
                    w.writeIndicator(":", needWhitespace: true, isWhitespace: false, isIndention: true)
                }
                emitNode(fields[key]!, parentIndent: indent, mappingContext: true, simpleKey: false, &w)
            }
        }
    }

    /// A plain scalar that needs no analysis (null, booleans, numbers).
    private static func emitRaw(_ s: String, _ w: inout YAMLEmitWriter) {
        if !w.whitespace { w.putASCII(0x20) }
        for b in s.utf8 { w.putASCII(b) }
        w.whitespace = false
        w.indention = false
    }
}
