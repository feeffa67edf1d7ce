import Foundation

/// An exclusive lock file per source, so two harvests of one source never run at once (also across processes).
/// The kernel releases it when the process ends, even on kill -9.
final class SourceLock {
    private let descriptor: Int32

    init?(path: String) {
        let descriptor = open(path, O_CREAT | O_RDWR, 0o644)
        guard descriptor >= 0 else { return nil }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            close(descriptor)
            return nil
        }
        self.descriptor = descriptor
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
