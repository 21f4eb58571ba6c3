#if canImport(Glibc)
import Glibc

/// glibc's `pthread_getattr_np` (a GNU extension the Glibc module does not export).
@_silgen_name("pthread_getattr_np")
private func pthreadGetattrNP(_ thread: pthread_t, _ attr: UnsafeMutablePointer<pthread_attr_t>) -> Int32
#elseif canImport(Darwin)
import Darwin
#endif

/// Go grows goroutine stacks to a gigabyte; Swift threads have fixed ones. The parser and the
/// executor recurse with the nesting of the template (and `template` calls with Go's depth of
/// 100000), so they check the room left on the current thread's stack: when it runs low the
/// expansion starts again on a thread with a large stack, and if even that runs low the
/// template is reported as nesting too deeply.
struct TemplateStackGuard {
    /// The lowest stack address the recursion may reach.
    private let limit: UInt

    /// Room kept free below the checks, for the deepest non-recursive work (fmt, regexps).
    static let margin: UInt = 256 * 1024

    init() {
        var low: UInt = 0
        #if canImport(Glibc)
        var attr = pthread_attr_t()
        if pthreadGetattrNP(pthread_self(), &attr) == 0 {
            var addr: UnsafeMutableRawPointer? = nil
            var size = 0
            if pthread_attr_getstack(&attr, &addr, &size) == 0, let addr {
                low = UInt(bitPattern: addr)
            }
            pthread_attr_destroy(&attr)
        }
        #elseif canImport(Darwin)
        let top = UInt(bitPattern: pthread_get_stackaddr_np(pthread_self()))
        low = top - UInt(pthread_get_stacksize_np(pthread_self()))
        #endif
        if low == 0 {
            // Unknown bounds: assume half a megabyte below the current frame.
            low = TemplateStackGuard.here() &- 512 * 1024
        }
        limit = low + TemplateStackGuard.margin
    }

    @inline(never)
    private static func here() -> UInt {
        var x = 0
        return withUnsafeMutablePointer(to: &x) { UInt(bitPattern: $0) }
    }

    /// Whether the stack has room for more recursion.
    var hasRoom: Bool { TemplateStackGuard.here() > limit }
}

/// Thrown when the current thread's stack is too small for the template's nesting.
struct TemplateNeedsDeepStack: Error {}
