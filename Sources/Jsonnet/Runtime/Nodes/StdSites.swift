/// Places in go-jsonnet's own std library (written in Jsonnet) that its error traces point
/// at. go-jsonnet implements some operators and std functions in Jsonnet, so their errors
/// carry a `<std>:line:col` frame and a caller line without a context; stackc implements them
/// natively and adds the same lines to match its output.
enum StdSite: String {
    case modDivision = "<std>:259:7-23"
    case modTypes = "<std>:263:7-94"
    case objectHasEx = "<std>:1579:5-32"
    case objectFields = "<std>:1570:5-33"
    case objectHas = "<std>:1576:5-33"
    case mapFunction = "<std>:276:7-76"
    case mapArray = "<std>:278:7-82"
    case assertEqualFunctions = "<std>:858:8-14"
    case assertEqualFailed = "<std>:861:7-56"
    case sliceNegativeStep = "<std>:(232:5)-(246:66)"
    case sliceZeroStep = "<std>:(233:5)-(246:66)"
    case sliceNotIndexable = "<std>:(234:5)-(246:66)"
    case sliceStepType = "<std>:232:12-27"
    case mapCall = "<std>:280:50-62"
}

extension Evaluator {
    /// An error raised inside go-jsonnet's Jsonnet std library function called from `site`.
    /// `desugared`: the call comes from an operator (`%`, `in`), which shows no context.
    func stdError(_ message: String, in std: StdSite, calledFrom site: Node, desugared: Bool = false) -> RuntimeError {
        stdError(message, frames: [(std.rawValue, std.context)], calledFrom: site, desugared: desugared)
    }

    /// An error whose trace starts with several std-library frames (innermost first).
    func stdError(_ message: String, frames: [(String, String)], calledFrom site: Node, desugared: Bool = false) -> RuntimeError {
        var lines = frames.map { TraceLine(location: $0.0, name: $0.1) }
        lines.append(TraceLine(location: site.traceLine.location, name: desugared ? "" : (site.context?.text ?? "")))
        lines.append(contentsOf: traceLines(errorSite: nil))
        return RuntimeError(message: message, trace: lines)
    }
}

extension Evaluator {
    /// Evaluates `body` (an operand that go-jsonnet evaluates inside its std library code);
    /// an error raised there gets go's std frames `frames` (innermost first) and the calling
    /// expression `site` (shown without a context) inserted below the frames `body` pushed.
    @inline(__always)
    func withStdFrames<T>(_ frames: [(String, String)], calledFrom site: Node,
                          _ body: () throws(RuntimeError) -> T) throws(RuntimeError) -> T {
        let depth = stack.count
        do {
            return try body()
        } catch {
            var lines = frames.map { TraceLine(location: $0.0, name: $0.1) }
            lines.append(TraceLine(location: site.traceLine.location, name: ""))
            throw error.inserting(lines, belowDepth: depth)
        }
    }
}

/// The go-jsonnet std frames shown for operands of desugared operators.
enum StdOperandFrames {
    static let modLeft = [("<std>:258:21-22", "thunk from <function <anonymous>>"), ("<std>:31:26-27", "thunk from <function <anonymous>>"),
                          ("<std>:31:17-28", "function <anonymous>"), ("<std>:258:8-23", "function <anonymous>")]
    static let modRightOfNumber = [("<std>:258:40-41", "thunk from <function <anonymous>>"), ("<std>:31:26-27", "thunk from <function <anonymous>>"),
                                   ("<std>:31:17-28", "function <anonymous>"), ("<std>:258:27-42", "function <anonymous>")]
    static let modRightOfString = [("<std>:261:21-22", "thunk from <function <anonymous>>"), ("<std>:819:20-24", "thunk from <function <anonymous>>"),
                                   ("<std>:34:25-26", "thunk from <function <anonymous>>"), ("<std>:34:16-27", "function <anonymous>"),
                                   ("<std>:819:8-25", "function <anonymous>"), ("<std>:261:7-23", "function <anonymous>")]
    static let modRightOfOther = [("<std>:263:86-87", "thunk from <function <anonymous>>"), ("<std>:263:77-88", "function <anonymous>")]
    static let inObject = [("<std>:1579:21-22", "thunk from <function <anonymous>>"), ("<std>:1579:5-32", "function <anonymous>")]
    static let inName = [("<std>:1579:24-25", "thunk from <function <anonymous>>"), ("<std>:1579:5-32", "function <anonymous>")]
    static let sliceTarget = [("<std>:234:25-34", "thunk from <function <anonymous>>"), ("<std>:30:26-27", "thunk from <function <anonymous>>"),
                              ("<std>:30:17-28", "function <anonymous>"), ("<std>:234:12-35", "function <anonymous>")]
    static let sliceBegin = [("<std>:213:14-19", "object <invar>"), ("<std>:246:54-65", "thunk from <function <anonymous>>"),
                             ("<std>:236:10-13", "function <build>"), ("<std>:246:5-66", "function <anonymous>")]
    static let sliceEnd = [("<std>:220:14-17", "object <invar>"), ("<std>:236:17-26", "function <build>"),
                           ("<std>:246:5-66", "function <anonymous>")]
    static let sliceStep = [("<std>:227:14-18", "object <invar>"), ("<std>:232:12-22", "function <anonymous>")]
}

extension StdSite {
    /// The context go-jsonnet prints beside this location.
    var context: String {
        switch self {
        case .sliceNegativeStep, .sliceZeroStep, .sliceNotIndexable: return ""
        default: return "function <anonymous>"
        }
    }

    /// A site node for this location (for stack entries of emulated std calls).
    var node: SiteNode { SiteNode(fixedLocation: rawValue, context: TraceName(context)) }
}
