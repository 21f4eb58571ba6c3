/// A Thompson-NFA program compiled from an ``RE2Node`` tree, run by ``RE2PikeVM``.
struct RE2Program: Sendable {
    enum Op: UInt8, Sendable {
        case char        // x = scalar
        case charClass   // x = index into classes
        case anyChar
        case anyCharNotNL
        case split       // prefer x, then y
        case jmp         // x
        case save        // x = capture slot
        case assert      // x = Assertion raw value
        case match
        case fail
    }

    enum Assertion: Int32, Sendable {
        case beginLine, endLine, beginText, endText, wordBoundary, noWordBoundary
    }

    struct Inst: Sendable {
        var op: Op
        var x: Int32 = 0
        var y: Int32 = 0
    }

    var insts: [Inst] = []
    var classes: [RE2CharClass] = []
    /// Capture slots: two per group, group 0 included.
    var slotCount = 2
    /// Whether every match must start at offset 0 (the pattern begins with `^`/`\A`, not multi-line).
    var anchoredStart = false

    init(_ root: RE2Node, groupCount: Int) {
        slotCount = 2 * groupCount
        emit(.save, x: 0)
        compile(root)
        emit(.save, x: 1)
        emit(.match)
        anchoredStart = RE2Program.startsWithBeginText(root)
    }

    private static func startsWithBeginText(_ node: RE2Node) -> Bool {
        switch node {
        case .beginText: return true
        case .capture(_, let sub): return startsWithBeginText(sub)
        case .concat(let subs): return subs.first.map(startsWithBeginText) ?? false
        case .alternate(let subs): return !subs.isEmpty && subs.allSatisfy(startsWithBeginText)
        case .repeat(let sub, let min, _, _): return min >= 1 && startsWithBeginText(sub)
        default: return false
        }
    }

    /// Whether `node` can match the empty string.
    static func nullable(_ node: RE2Node) -> Bool {
        switch node {
        case .empty, .beginLine, .endLine, .beginText, .endText, .wordBoundary, .noWordBoundary: return true
        case .literal, .charClass, .anyChar, .anyCharNotNL: return false
        case .capture(_, let sub): return nullable(sub)
        case .concat(let subs): return subs.allSatisfy(nullable)
        case .alternate(let subs): return subs.contains(where: nullable)
        case .repeat(let sub, let min, _, _): return min == 0 || nullable(sub)
        }
    }

    @discardableResult
    private mutating func emit(_ op: Op, x: Int32 = 0, y: Int32 = 0) -> Int {
        insts.append(Inst(op: op, x: x, y: y))
        return insts.count - 1
    }

    private var here: Int32 { Int32(insts.count) }

    private mutating func compile(_ node: RE2Node) {
        switch node {
        case .empty:
            break
        case .literal(let c):
            emit(.char, x: Int32(c))
        case .charClass(let cls):
            if cls.isEmpty {
                emit(.fail)
            } else if let c = cls.singleScalar {
                emit(.char, x: Int32(c))
            } else {
                classes.append(cls)
                emit(.charClass, x: Int32(classes.count - 1))
            }
        case .anyChar: emit(.anyChar)
        case .anyCharNotNL: emit(.anyCharNotNL)
        case .beginLine: emit(.assert, x: Assertion.beginLine.rawValue)
        case .endLine: emit(.assert, x: Assertion.endLine.rawValue)
        case .beginText: emit(.assert, x: Assertion.beginText.rawValue)
        case .endText: emit(.assert, x: Assertion.endText.rawValue)
        case .wordBoundary: emit(.assert, x: Assertion.wordBoundary.rawValue)
        case .noWordBoundary: emit(.assert, x: Assertion.noWordBoundary.rawValue)
        case .capture(let index, let sub):
            emit(.save, x: Int32(2 * index))
            compile(sub)
            emit(.save, x: Int32(2 * index + 1))
        case .concat(let subs):
            for sub in subs { compile(sub) }
        case .alternate(let subs):
            var jumps: [Int] = []
            for (i, sub) in subs.enumerated() {
                if i < subs.count - 1 {
                    let split = emit(.split)
                    insts[split].x = here
                    compile(sub)
                    jumps.append(emit(.jmp))
                    insts[split].y = here
                } else {
                    compile(sub)
                }
            }
            for j in jumps { insts[j].x = here }
        case .repeat(let sub, let min, let max, let greedy):
            if max == -1 {
                if min == 0 && RE2Program.nullable(sub) {
                    // A body that can match empty is compiled as (x+)?, which gives the
                    // empty iteration its Perl/Go priority: `(|a)*` on "aa" matches "".
                    let quest = emit(.split)
                    let start = here
                    compile(sub)
                    let split = emit(.split)
                    setSplit(split, body: start, out: here, greedy: greedy)
                    setSplit(quest, body: start, out: here, greedy: greedy)
                } else if min == 0 {
                    // L: split body, out; body; jmp L; out:
                    let split = emit(.split)
                    compile(sub)
                    emit(.jmp, x: Int32(split))
                    setSplit(split, body: Int32(split + 1), out: here, greedy: greedy)
                } else {
                    for _ in 0..<(min - 1) { compile(sub) }
                    // L: body; split L, out
                    let start = here
                    compile(sub)
                    let split = emit(.split)
                    setSplit(split, body: start, out: here, greedy: greedy)
                }
            } else {
                for _ in 0..<min { compile(sub) }
                // Nested optionals x(x(x)?)?: every split leaves to the common end.
                var splits: [Int] = []
                for _ in 0..<(max - min) {
                    let split = emit(.split)
                    splits.append(split)
                    compile(sub)
                }
                for split in splits { setSplit(split, body: Int32(split + 1), out: here, greedy: greedy) }
            }
        }
    }

    private mutating func setSplit(_ at: Int, body: Int32, out: Int32, greedy: Bool) {
        insts[at].x = greedy ? body : out
        insts[at].y = greedy ? out : body
    }
}

/// Pike's NFA simulation: threads advance in lock step over the input, in priority order, so
/// the first thread to reach `match` is the leftmost-first (Perl-like) match. Linear in
/// `input.count × program size`.
struct RE2PikeVM {
    private let insts: [RE2Program.Inst]
    private let classes: [RE2CharClass]
    private let anchoredStart: Bool

    init(_ program: RE2Program) {
        insts = program.insts
        classes = program.classes
        anchoredStart = program.anchoredStart
    }

    private struct Entry {
        var pc: Int32      // -1: restore `slot` to `value`
        var slot: Int32
        var value: Int
    }

    @inline(__always)
    private static func isWord(_ c: UInt32) -> Bool {
        switch c {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A, 0x5F: return true
        default: return false
        }
    }

    /// Runs the program over `input`. With `slots == 0` it only answers whether there is a match
    /// (returning `[]`); otherwise it returns the `slots` capture offsets (-1 when unset).
    func run(_ input: [UInt32], slots: Int) -> [Int]? {
        let n = input.count
        let size = insts.count
        var cPcs = [Int32](repeating: 0, count: size), nPcs = cPcs
        var cCaps = [Int](repeating: -1, count: size * slots), nCaps = cCaps
        var cSeen = [UInt32](repeating: 0, count: size), nSeen = cSeen
        var cCount = 0, nCount = 0
        var nStamp: UInt32 = 1
        var work = [Int](repeating: -1, count: slots)
        var stack: [Entry] = []
        stack.reserveCapacity(16)
        var matched: [Int]? = nil

        func check(_ kind: Int32, _ pos: Int) -> Bool {
            let prev: UInt32? = pos > 0 ? input[pos - 1] : nil
            let next: UInt32? = pos < n ? input[pos] : nil
            switch RE2Program.Assertion(rawValue: kind)! {
            case .beginText: return pos == 0
            case .endText: return pos == n
            case .beginLine: return pos == 0 || prev == 0x0A
            case .endLine: return pos == n || next == 0x0A
            case .wordBoundary, .noWordBoundary:
                let a = prev.map(RE2PikeVM.isWord) ?? false
                let b = next.map(RE2PikeVM.isWord) ?? false
                return (a != b) == (kind == RE2Program.Assertion.wordBoundary.rawValue)
            }
        }

        // Adds the thread at `pc0` (captures in `work`) and its ε-closure to the next list.
        func add(_ pc0: Int32, _ pos: Int) {
            stack.append(Entry(pc: pc0, slot: -1, value: 0))
            while let e = stack.popLast() {
                if e.pc < 0 {
                    work[Int(e.slot)] = e.value
                    continue
                }
                var pc = Int(e.pc)
                while true {
                    if nSeen[pc] == nStamp { break }
                    nSeen[pc] = nStamp
                    let inst = insts[pc]
                    switch inst.op {
                    case .jmp:
                        pc = Int(inst.x)
                        continue
                    case .split:
                        stack.append(Entry(pc: inst.y, slot: -1, value: 0))
                        pc = Int(inst.x)
                        continue
                    case .save:
                        let slot = Int(inst.x)
                        if slot < slots {
                            stack.append(Entry(pc: -1, slot: inst.x, value: work[slot]))
                            work[slot] = pos
                        }
                        pc += 1
                        continue
                    case .assert:
                        if check(inst.x, pos) { pc += 1; continue }
                    case .fail:
                        break
                    default:
                        nPcs[nCount] = Int32(pc)
                        if slots > 0 {
                            let base = nCount * slots
                            for k in 0..<slots { nCaps[base + k] = work[k] }
                        }
                        nCount += 1
                    }
                    break
                }
            }
        }

        add(0, 0)
        swap(&cPcs, &nPcs); swap(&cCaps, &nCaps); swap(&cSeen, &nSeen)
        cCount = nCount
        var pos = 0
        while true {
            if cCount == 0 && (matched != nil || anchoredStart) { break }
            let c: UInt32 = pos < n ? input[pos] : UInt32.max
            nCount = 0
            nStamp &+= 1
            if nStamp == 0 {
                for k in 0..<size { nSeen[k] = 0 }
                nStamp = 1
            }
            var i = 0
            threads: while i < cCount {
                let pc = Int(cPcs[i])
                let inst = insts[pc]
                var ok = false
                switch inst.op {
                case .match:
                    if slots == 0 { return [] }
                    matched = Array(cCaps[(i * slots)..<((i + 1) * slots)])
                    break threads
                case .char: ok = c == UInt32(bitPattern: inst.x)
                case .charClass: ok = c != UInt32.max && classes[Int(inst.x)].contains(c)
                case .anyChar: ok = c != UInt32.max
                case .anyCharNotNL: ok = c != UInt32.max && c != 0x0A
                default: break
                }
                if ok {
                    if slots > 0 {
                        let base = i * slots
                        for k in 0..<slots { work[k] = cCaps[base + k] }
                    }
                    add(Int32(pc + 1), pos + 1)
                }
                i += 1
            }
            if pos >= n { break }
            if matched == nil && !anchoredStart {
                for k in 0..<slots { work[k] = -1 }
                add(0, pos + 1)
            }
            swap(&cPcs, &nPcs); swap(&cCaps, &nCaps); swap(&cSeen, &nSeen)
            cCount = nCount
            pos += 1
        }
        return matched
    }
}
