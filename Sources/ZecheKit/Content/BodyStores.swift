import Foundation
import Synchronization

/// Where a one-shot build keeps its articles' rendered bodies (`BodyStore`): a temporary file,
/// or, in a cold build that writes the content cache, the cache's parts being made (`makeParts`),
/// each body in the part that will hold its article. Those parts are then sealed where the
/// bodies already are (`ContentStore.save`), instead of copied out of the temporary file: a cold
/// build writes its bodies once.
final class BodyStores: Sendable {
    /// `nil` when no temporary file could be made: bodies then stay in memory.
    private let temporary = BodyStore()
    private let parts = Mutex<[BodyStore]>([])

    /// Sends the bodies rendered from now on to the parts of a content cache of `count` parts
    /// in `folder`, or leaves them in the temporary file when a part's file cannot be made.
    func makeParts(count: Int, in folder: URL) {
        var made: [BodyStore] = []
        for index in 0..<count {
            guard let store = BodyStore(part: index, in: folder) else {
                made.forEach { $0.forgetName() }
                return
            }
            made.append(store)
        }
        parts.withLock { $0 = made }
    }

    /// The parts being made, in order; empty when the bodies go to the temporary file.
    var partStores: [BodyStore] { parts.withLock { $0 } }

    /// Where the body of the article at `path` goes.
    func store(for path: String) -> BodyStore? {
        let parts = partStores
        return parts.isEmpty ? temporary : parts[ContentStore.part(of: path, count: parts.count)]
    }

    /// Whether a body could not be read back: its page would lack it, so the build fails.
    var hasFailed: Bool { temporary?.hasFailed == true || partStores.contains { $0.hasFailed } }

    /// Removes the names of the parts that were not sealed (the content cache was not written,
    /// or wrote them whole): nothing is left in the cache's folder, and their bodies are read
    /// from the open files as before.
    func forgetUnsealedParts() {
        partStores.forEach { $0.forgetName() }
    }
}
