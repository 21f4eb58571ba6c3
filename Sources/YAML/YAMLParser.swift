/// Turns tokens into events (document, collection and scalar boundaries), as a state machine
/// with explicit stacks, so deep nesting costs no native stack.

/// What an event marks.
public enum YAMLEventKind: UInt8, Sendable {
    case streamStart, streamEnd, documentStart, documentEnd, alias, scalar
    case sequenceStart, sequenceEnd, mappingStart, mappingEnd
}

/// One step of a YAML stream: a document or collection boundary, a scalar or an alias.
public struct YAMLEvent {
    public var kind: YAMLEventKind
    public var start: YAMLMark
    public var end: YAMLMark
    /// Anchor defined on the node, or the anchor an alias refers to.
    public var anchor: String = ""
    /// Full tag (after handle expansion), or "" when none was given.
    public var tag: String = ""
    /// Scalar text.
    public var value: String = ""
    /// A plain scalar without a tag (or with the non-specific tag "!"): its type comes from
    /// the schema.
    public var plainImplicit = false
    var quotedImplicit = false
    public var style: YAMLScalarStyle = .plain
    /// A flow collection.
    public var flow = false
    /// A document without `---` / `...`, or a collection without a tag.
    public var implicit = false

    init(_ kind: YAMLEventKind, _ start: YAMLMark, _ end: YAMLMark) {
        self.kind = kind
        self.start = start
        self.end = end
    }
}

struct YAMLParser {
    private enum State {
        case streamStart, implicitDocumentStart, documentStart, documentContent, documentEnd
        case blockNode, blockSequenceFirstEntry, blockSequenceEntry, indentlessSequenceEntry
        case blockMappingFirstKey, blockMappingKey, blockMappingValue
        case flowSequenceFirstEntry, flowSequenceEntry, flowSequenceEntryMappingKey
        case flowSequenceEntryMappingValue, flowSequenceEntryMappingEnd
        case flowMappingFirstKey, flowMappingKey, flowMappingValue, flowMappingEmptyValue, end
    }

    var scanner: YAMLScanner
    private var state = State.streamStart
    private var states: [State] = []
    private var marks: [YAMLMark] = []
    private var tagDirectives: [(handle: String, prefix: String)] = []
    private(set) var finished = false

    init(_ scanner: YAMLScanner) { self.scanner = scanner }

    private func error(_ problem: String, _ at: YAMLMark, context: String? = nil, _ contextMark: YAMLMark? = nil) -> YAMLError {
        YAMLError(.parser, problem, at: at, context: context, contextMark: contextMark)
    }

    /// The next event.
    mutating func next() throws(YAMLError) -> YAMLEvent {
        switch state {
        case .streamStart:
            let t = try scanner.peek()
            guard t.kind == .streamStart else { throw error("did not find expected <stream-start>", t.start) }
            state = .implicitDocumentStart
            scanner.skipToken()
            return YAMLEvent(.streamStart, t.start, t.end)
        case .implicitDocumentStart: return try documentStart(implicit: true)
        case .documentStart: return try documentStart(implicit: false)
        case .documentContent:
            let t = try scanner.peek()
            switch t.kind {
            case .versionDirective, .tagDirective, .documentStart, .documentEnd, .streamEnd:
                state = states.removeLast()
                return emptyScalar(t.start)
            default:
                return try node(block: true, indentless: false)
            }
        case .documentEnd:
            let t = try scanner.peek()
            var e = YAMLEvent(.documentEnd, t.start, t.start)
            e.implicit = true
            if t.kind == .documentEnd {
                e.end = t.end
                e.implicit = false
                scanner.skipToken()
            }
            tagDirectives = []
            state = .documentStart
            return e
        case .blockNode: return try node(block: true, indentless: false)
        case .blockSequenceFirstEntry: return try blockSequenceEntry(first: true)
        case .blockSequenceEntry: return try blockSequenceEntry(first: false)
        case .indentlessSequenceEntry: return try indentlessSequenceEntry()
        case .blockMappingFirstKey: return try blockMappingKey(first: true)
        case .blockMappingKey: return try blockMappingKey(first: false)
        case .blockMappingValue: return try blockMappingValue()
        case .flowSequenceFirstEntry: return try flowSequenceEntry(first: true)
        case .flowSequenceEntry: return try flowSequenceEntry(first: false)
        case .flowSequenceEntryMappingKey:
            let t = try scanner.peek()
            if t.kind != .value && t.kind != .flowEntry && t.kind != .flowSequenceEnd {
                states.append(.flowSequenceEntryMappingValue)
                return try node(block: false, indentless: false)
            }
            state = .flowSequenceEntryMappingValue
            return emptyScalar(t.start)
        case .flowSequenceEntryMappingValue:
            var t = try scanner.peek()
            if t.kind == .value {
                scanner.skipToken()
                t = try scanner.peek()
                if t.kind != .flowEntry && t.kind != .flowSequenceEnd {
                    states.append(.flowSequenceEntryMappingEnd)
                    return try node(block: false, indentless: false)
                }
            }
            state = .flowSequenceEntryMappingEnd
            return emptyScalar(t.start)
        case .flowSequenceEntryMappingEnd:
            state = .flowSequenceEntry
            let t = try scanner.peek()
            return YAMLEvent(.mappingEnd, t.start, t.start)
        case .flowMappingFirstKey: return try flowMappingKey(first: true)
        case .flowMappingKey: return try flowMappingKey(first: false)
        case .flowMappingValue: return try flowMappingValue(empty: false)
        case .flowMappingEmptyValue: return try flowMappingValue(empty: true)
        case .end:
            throw error("no more events", YAMLMark())
        }
    }

    private func emptyScalar(_ mark: YAMLMark) -> YAMLEvent {
        var e = YAMLEvent(.scalar, mark, mark)
        e.plainImplicit = true
        return e
    }

    private mutating func documentStart(implicit: Bool) throws(YAMLError) -> YAMLEvent {
        var t = try scanner.peek()
        if !implicit {
            while t.kind == .documentEnd {
                scanner.skipToken()
                t = try scanner.peek()
            }
        }
        if implicit && t.kind != .versionDirective && t.kind != .tagDirective && t.kind != .documentStart && t.kind != .streamEnd {
            try processDirectives()
            states.append(.documentEnd)
            state = .blockNode
            var e = YAMLEvent(.documentStart, t.start, t.start)
            e.implicit = true
            return e
        }
        if t.kind != .streamEnd {
            let start = t.start
            try processDirectives()
            t = try scanner.peek()
            if t.kind != .documentStart {
                throw error("did not find expected <document start>", t.start)
            }
            states.append(.documentEnd)
            state = .documentContent
            let e = YAMLEvent(.documentStart, start, t.end)
            scanner.skipToken()
            return e
        }
        state = .end
        finished = true
        scanner.skipToken()
        return YAMLEvent(.streamEnd, t.start, t.end)
    }

    private mutating func processDirectives() throws(YAMLError) {
        var sawVersion = false
        var t = try scanner.peek()
        tagDirectives = []
        while t.kind == .versionDirective || t.kind == .tagDirective {
            if t.kind == .versionDirective {
                if sawVersion { throw error("found duplicate %YAML directive", t.start) }
                let (major, minor) = scanner.headVersion
                if major != 1 || !scanner.options.minorVersions.contains(minor) {
                    throw error("found incompatible YAML document", t.start)
                }
                sawVersion = true
            } else {
                let handle = scanner.headValue
                if tagDirectives.contains(where: { $0.handle == handle }) {
                    throw error("found duplicate %TAG directive", t.start)
                }
                tagDirectives.append((handle, scanner.headSuffix))
            }
            scanner.skipToken()
            t = try scanner.peek()
        }
        if !tagDirectives.contains(where: { $0.handle == "!" }) { tagDirectives.append(("!", "!")) }
        if !tagDirectives.contains(where: { $0.handle == "!!" }) { tagDirectives.append(("!!", "tag:yaml.org,2002:")) }
    }

    private mutating func node(block: Bool, indentless: Bool) throws(YAMLError) -> YAMLEvent {
        var t = try scanner.peek()
        if t.kind == .alias {
            state = states.removeLast()
            var e = YAMLEvent(.alias, t.start, t.end)
            e.anchor = scanner.headValue
            scanner.skipToken()
            return e
        }
        var start = t.start, end = t.start, tagMark = t.start
        var anchor = "", tagHandle = "", tagSuffix = "", hasTag = false
        if t.kind == .anchor {
            anchor = scanner.headValue
            start = t.start
            end = t.end
            scanner.skipToken()
            t = try scanner.peek()
            if t.kind == .tag {
                hasTag = true
                tagHandle = scanner.headValue
                tagSuffix = scanner.headSuffix
                tagMark = t.start
                end = t.end
                scanner.skipToken()
                t = try scanner.peek()
            }
        } else if t.kind == .tag {
            hasTag = true
            tagHandle = scanner.headValue
            tagSuffix = scanner.headSuffix
            start = t.start
            tagMark = t.start
            end = t.end
            scanner.skipToken()
            t = try scanner.peek()
            if t.kind == .anchor {
                anchor = scanner.headValue
                end = t.end
                scanner.skipToken()
                t = try scanner.peek()
            }
        }
        var tag = ""
        if hasTag {
            if tagHandle.isEmpty {
                tag = tagSuffix
            } else if let d = tagDirectives.first(where: { $0.handle == tagHandle }) {
                tag = d.prefix + tagSuffix
            } else {
                throw error("found undefined tag handle", tagMark, context: "while parsing a node", start)
            }
        }
        let implicit = tag.isEmpty
        if indentless && t.kind == .blockEntry {
            state = .indentlessSequenceEntry
            var e = YAMLEvent(.sequenceStart, start, t.end)
            e.anchor = anchor
            e.tag = tag
            e.implicit = implicit
            return e
        }
        switch t.kind {
        case .scalar:
            var e = YAMLEvent(.scalar, start, t.end)
            e.anchor = anchor
            e.tag = tag
            e.value = scanner.headValue
            e.style = scanner.headStyle
            if (tag.isEmpty && e.style == .plain) || tag == "!" {
                e.plainImplicit = true
            } else if tag.isEmpty {
                e.quotedImplicit = true
            }
            state = states.removeLast()
            scanner.skipToken()
            return e
        case .flowSequenceStart, .flowMappingStart:
            let seq = t.kind == .flowSequenceStart
            state = seq ? .flowSequenceFirstEntry : .flowMappingFirstKey
            var e = YAMLEvent(seq ? .sequenceStart : .mappingStart, start, t.end)
            e.anchor = anchor
            e.tag = tag
            e.implicit = implicit
            e.flow = true
            return e
        case .blockSequenceStart where block, .blockMappingStart where block:
            let seq = t.kind == .blockSequenceStart
            state = seq ? .blockSequenceFirstEntry : .blockMappingFirstKey
            var e = YAMLEvent(seq ? .sequenceStart : .mappingStart, start, t.end)
            e.anchor = anchor
            e.tag = tag
            e.implicit = implicit
            return e
        default:
            if !anchor.isEmpty || !tag.isEmpty {
                state = states.removeLast()
                var e = YAMLEvent(.scalar, start, end)
                e.anchor = anchor
                e.tag = tag
                e.plainImplicit = implicit
                return e
            }
            throw error("did not find expected node content", t.start,
                        context: block ? "while parsing a block node" : "while parsing a flow node", start)
        }
    }

    private mutating func blockSequenceEntry(first: Bool) throws(YAMLError) -> YAMLEvent {
        if first {
            let t = try scanner.peek()
            marks.append(t.start)
            scanner.skipToken()
        }
        var t = try scanner.peek()
        if t.kind == .blockEntry {
            let m = t.end
            scanner.skipToken()
            t = try scanner.peek()
            if t.kind != .blockEntry && t.kind != .blockEnd {
                states.append(.blockSequenceEntry)
                return try node(block: true, indentless: false)
            }
            state = .blockSequenceEntry
            return emptyScalar(m)
        }
        if t.kind == .blockEnd {
            state = states.removeLast()
            marks.removeLast()
            scanner.skipToken()
            return YAMLEvent(.sequenceEnd, t.start, t.end)
        }
        let cm = marks.removeLast()
        throw error("did not find expected '-' indicator", t.start, context: "while parsing a block collection", cm)
    }

    private mutating func indentlessSequenceEntry() throws(YAMLError) -> YAMLEvent {
        var t = try scanner.peek()
        if t.kind == .blockEntry {
            let m = t.end
            scanner.skipToken()
            t = try scanner.peek()
            if t.kind != .blockEntry && t.kind != .key && t.kind != .value && t.kind != .blockEnd {
                states.append(.indentlessSequenceEntry)
                return try node(block: true, indentless: false)
            }
            state = .indentlessSequenceEntry
            return emptyScalar(m)
        }
        state = states.removeLast()
        return YAMLEvent(.sequenceEnd, t.start, t.start)
    }

    private mutating func blockMappingKey(first: Bool) throws(YAMLError) -> YAMLEvent {
        if first {
            let t = try scanner.peek()
            marks.append(t.start)
            scanner.skipToken()
        }
        var t = try scanner.peek()
        if t.kind == .key {
            let m = t.end
            scanner.skipToken()
            t = try scanner.peek()
            if t.kind != .key && t.kind != .value && t.kind != .blockEnd {
                states.append(.blockMappingValue)
                return try node(block: true, indentless: true)
            }
            state = .blockMappingValue
            return emptyScalar(m)
        }
        if t.kind == .blockEnd {
            state = states.removeLast()
            marks.removeLast()
            scanner.skipToken()
            return YAMLEvent(.mappingEnd, t.start, t.end)
        }
        let cm = marks.removeLast()
        throw error("did not find expected key", t.start, context: "while parsing a block mapping", cm)
    }

    private mutating func blockMappingValue() throws(YAMLError) -> YAMLEvent {
        var t = try scanner.peek()
        if t.kind == .value {
            let m = t.end
            scanner.skipToken()
            t = try scanner.peek()
            if t.kind != .key && t.kind != .value && t.kind != .blockEnd {
                states.append(.blockMappingKey)
                return try node(block: true, indentless: true)
            }
            state = .blockMappingKey
            return emptyScalar(m)
        }
        state = .blockMappingKey
        return emptyScalar(t.start)
    }

    private mutating func flowSequenceEntry(first: Bool) throws(YAMLError) -> YAMLEvent {
        if first {
            let t = try scanner.peek()
            marks.append(t.start)
            scanner.skipToken()
        }
        var t = try scanner.peek()
        if t.kind != .flowSequenceEnd {
            if !first {
                if t.kind == .flowEntry {
                    scanner.skipToken()
                    t = try scanner.peek()
                } else {
                    let cm = marks.removeLast()
                    throw error("did not find expected ',' or ']'", t.start, context: "while parsing a flow sequence", cm)
                }
            }
            if t.kind == .key {
                state = .flowSequenceEntryMappingKey
                var e = YAMLEvent(.mappingStart, t.start, t.end)
                e.implicit = true
                e.flow = true
                scanner.skipToken()
                return e
            } else if t.kind != .flowSequenceEnd {
                states.append(.flowSequenceEntry)
                return try node(block: false, indentless: false)
            }
        }
        state = states.removeLast()
        marks.removeLast()
        scanner.skipToken()
        return YAMLEvent(.sequenceEnd, t.start, t.end)
    }

    private mutating func flowMappingKey(first: Bool) throws(YAMLError) -> YAMLEvent {
        if first {
            let t = try scanner.peek()
            marks.append(t.start)
            scanner.skipToken()
        }
        var t = try scanner.peek()
        if t.kind != .flowMappingEnd {
            if !first {
                if t.kind == .flowEntry {
                    scanner.skipToken()
                    t = try scanner.peek()
                } else {
                    let cm = marks.removeLast()
                    throw error("did not find expected ',' or '}'", t.start, context: "while parsing a flow mapping", cm)
                }
            }
            if t.kind == .key {
                scanner.skipToken()
                t = try scanner.peek()
                if t.kind != .value && t.kind != .flowEntry && t.kind != .flowMappingEnd {
                    states.append(.flowMappingValue)
                    return try node(block: false, indentless: false)
                }
                state = .flowMappingValue
                return emptyScalar(t.start)
            } else if t.kind != .flowMappingEnd {
                states.append(.flowMappingEmptyValue)
                return try node(block: false, indentless: false)
            }
        }
        state = states.removeLast()
        marks.removeLast()
        scanner.skipToken()
        return YAMLEvent(.mappingEnd, t.start, t.end)
    }

    private mutating func flowMappingValue(empty: Bool) throws(YAMLError) -> YAMLEvent {
        var t = try scanner.peek()
        if empty {
            state = .flowMappingKey
            return emptyScalar(t.start)
        }
        if t.kind == .value {
            scanner.skipToken()
            t = try scanner.peek()
            if t.kind != .flowEntry && t.kind != .flowMappingEnd {
                states.append(.flowMappingKey)
                return try node(block: false, indentless: false)
            }
        }
        state = .flowMappingKey
        return emptyScalar(t.start)
    }
}
