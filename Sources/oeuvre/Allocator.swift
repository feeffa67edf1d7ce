import CJemalloc

/// The memory allocator the process runs on: jemalloc, linked in for long normalize and link runs.
enum Allocator {
    /// `jemalloc 5.3.0-0-g…`, or `system malloc` when jemalloc is not the process's malloc.
    static var description: String {
        oeuvre_allocator_version().map { "jemalloc " + String(cString: $0) } ?? "system malloc"
    }
}
