/// The representation graph of one YAML document: scalars with their tags and styles,
/// collections, and aliases pointing at the anchored node they repeat. Nothing is resolved
/// yet: schemas (`YAMLValue` for the YAML 1.2 core schema, or another one) interpret it.
public final class YAMLNode {
    public enum Kind: UInt8, Sendable {
        case scalar, sequence, mapping, alias
    }

    public let kind: Kind
    /// Scalar text; for an alias, the anchor name.
    public let value: String
    /// Full tag (`tag:yaml.org,2002:int`, `!local`), or "" when none was written.
    public let tag: String
    public let style: YAMLScalarStyle
    /// True for a plain scalar without a tag (or with the non-specific tag `!`): its type is
    /// up to the schema. Quoted scalars without a tag are strings.
    public let plainImplicit: Bool
    /// The anchor defined on this node, or "".
    public let anchor: String
    public let mark: YAMLMark
    /// Sequence items; for a mapping, keys and values alternating.
    public internal(set) var children: [YAMLNode] = []
    /// For an alias: the node it repeats (kept alive by its `YAMLDocument`).
    public internal(set) weak var target: YAMLNode?
    /// Whether a flow collection (`[...]`, `{...}`).
    public let flow: Bool

    init(kind: Kind, value: String = "", tag: String = "", style: YAMLScalarStyle = .plain,
         plainImplicit: Bool = false, anchor: String = "", mark: YAMLMark, flow: Bool = false) {
        self.kind = kind
        self.value = value
        self.tag = tag
        self.style = style
        self.plainImplicit = plainImplicit
        self.anchor = anchor
        self.mark = mark
        self.flow = flow
    }

    /// An alias of `target` named `name`.
    public static func alias(_ name: String, to target: YAMLNode, at mark: YAMLMark) -> YAMLNode {
        let n = YAMLNode(kind: .alias, value: name, mark: mark)
        n.target = target
        return n
    }

    /// A null scalar, for marking names as defined.
    nonisolated(unsafe) public static let placeholder = YAMLNode(kind: .scalar, mark: YAMLMark())

    /// Number of key/value pairs of a mapping.
    public var pairCount: Int { children.count / 2 }
}

/// One document of a stream: its root node (a null scalar for an empty document) and the
/// anchored nodes that its aliases refer to.
public final class YAMLDocument {
    public let root: YAMLNode
    public let anchored: [YAMLNode]
    /// Whether the document began with an explicit `---`.
    public let explicitStart: Bool

    init(root: YAMLNode, anchored: [YAMLNode], explicitStart: Bool) {
        self.root = root
        self.anchored = anchored
        self.explicitStart = explicitStart
    }
}

/// Reads the documents of a YAML stream one at a time.
public final class YAMLReader {
    var parser: YAMLParser
    private var started = false

    public init(_ text: String, options: YAMLOptions = YAMLOptions()) {
        var text = text
        parser = text.withUTF8 { YAMLParser(YAMLScanner($0, options: options)) }
    }

    /// Reads UTF-8 bytes (which must be valid UTF-8).
    public init(bytes: UnsafeBufferPointer<UInt8>, options: YAMLOptions = YAMLOptions()) {
        parser = YAMLParser(YAMLScanner(bytes, options: options))
    }

    /// The furthest byte offset of the input that reading has looked at so far.
    public var furthestOffset: Int { parser.scanner.furthest }

    /// The next event of the stream (after the stream start).
    public func nextEvent() throws(YAMLError) -> YAMLEvent {
        if !started {
            _ = try parser.next()
            started = true
        }
        return try parser.next()
    }

    /// Whether the stream has ended.
    public var finished: Bool { parser.finished }

    /// Builds the node that begins with event `first` (a scalar, alias, or collection start,
    /// whose events up to the matching end are read), registering its anchors in `anchors`
    /// (an anchor is registered when its node starts, so an alias inside a node may refer to
    /// it).
    public func compose(_ first: YAMLEvent, anchors: inout [String: YAMLNode], anchored: inout [YAMLNode]) throws(YAMLError) -> YAMLNode {
        var stack: [YAMLNode] = []
        var root: YAMLNode?
        var e = first
        while true {
            var node: YAMLNode?
            switch e.kind {
            case .scalar:
                node = YAMLNode(kind: .scalar, value: e.value, tag: e.tag, style: e.style,
                                plainImplicit: e.plainImplicit, anchor: e.anchor, mark: e.start)
            case .alias:
                guard let t = anchors[e.anchor] else {
                    throw YAMLError(.composer, "unknown anchor '\(e.anchor)' referenced", at: e.start)
                }
                let n = YAMLNode(kind: .alias, value: e.anchor, mark: e.start)
                n.target = t
                node = n
            case .sequenceStart, .mappingStart:
                let n = YAMLNode(kind: e.kind == .sequenceStart ? .sequence : .mapping, tag: e.tag,
                                 anchor: e.anchor, mark: e.start, flow: e.flow)
                if !n.anchor.isEmpty {
                    anchors[n.anchor] = n
                    anchored.append(n)
                }
                if let parent = stack.last { parent.children.append(n) } else { root = n }
                stack.append(n)
            case .sequenceEnd, .mappingEnd:
                stack.removeLast()
            default:
                throw YAMLError(.composer, "unexpected event", at: e.start)
            }
            if let n = node {
                if n.kind == .scalar && !n.anchor.isEmpty {
                    anchors[n.anchor] = n
                    anchored.append(n)
                }
                if let parent = stack.last { parent.children.append(n) } else { root = n }
            }
            if stack.isEmpty { return root! }
            e = try parser.next()
        }
    }

    /// The next document, or nil at the end of the stream.
    public func nextDocument() throws(YAMLError) -> YAMLDocument? {
        if parser.finished { return nil }
        let first = try nextEvent()
        if first.kind == .streamEnd { return nil }
        // first is DOCUMENT-START
        var anchors: [String: YAMLNode] = [:]
        var anchored: [YAMLNode] = []
        let root = try compose(try parser.next(), anchors: &anchors, anchored: &anchored)
        let end = try parser.next()
        if end.kind != .documentEnd {
            throw YAMLError(.composer, "expected document end", at: end.start)
        }
        return YAMLDocument(root: root, anchored: anchored, explicitStart: !first.implicit)
    }
}
