import Dispatch
import Synchronization

/// Where a kept index finds the lists it has not taken in: a build's state on disk
/// (`.zeche-cache/search-…`), read a part at a time and checked as it is read, so that an
/// update takes in only the lists it touches. A store that finds its bytes damaged says so, and
/// the update makes the index anew.
package protocol PostingStore: Sendable {
    /// The whole-word postings (`PostingList`'s bytes) and the filed list as the term files
    /// write it of each of `terms`, ascending, in that order; `nil` when they cannot be read.
    func read(_ terms: [Int32]) -> [(list: [UInt8], encoded: [UInt8])]?

    /// How many parts the lists are in: parts can be read at the same time.
    var partCount: Int { get }

    /// Hands every term's whole-word postings in `part` (`0..<partCount`) to `body`, the bytes
    /// valid during the call only; `false` when they cannot be read.
    func forEachList(inPart part: Int, _ body: (Int32, UnsafeBufferPointer<UInt8>) -> Void) -> Bool
}

/// The lists of a restored state that are still in its store.
struct StoredLists: Sendable {
    let store: any PostingStore
    /// Per term id of the snapshot: whether the model holds its list and encoding. Terms added
    /// since have no stored list.
    var isLoaded: [Bool]

    func isStored(_ term: Int32) -> Bool { Int(term) < isLoaded.count && !isLoaded[Int(term)] }

    /// Takes the lists of `terms` the model does not hold yet into `model` and `layout`, each
    /// checked against the documents and the size the snapshot gave; `false` when one cannot be
    /// read or does not hold together.
    mutating func load(_ terms: some Sequence<Int32>, model: inout IndexModel, layout: inout IndexLayout) -> Bool {
        let missing = Set(terms.filter(isStored)).sorted()
        guard !missing.isEmpty else { return true }
        guard let read = store.read(missing), read.count == missing.count else { return false }
        for (term, bytes) in zip(missing, read) {
            guard let list = PostingList(checking: bytes.list, documentCount: model.documentCount),
                  bytes.encoded.count == layout.sizes[Int(term)] else { return false }
            model.takeIn(list, for: term)
            layout.encoded[Int(term)] = bytes.encoded
            isLoaded[Int(term)] = true
        }
        return true
    }

    /// The whole-word postings of the `wanted` documents (`IndexModel.wanted`) in the lists
    /// still stored: the parts are read in two runs, each on a core of its own. `nil` when a
    /// part cannot be read.
    func postings(wanted: [Bool]) -> IndexModel.OldPostings? {
        let runs = min(2, store.partCount)
        let runLength = (store.partCount + runs - 1) / max(1, runs)
        let found = Mutex<[IndexModel.OldPostings?]>(Array(repeating: [:], count: runs))
        DispatchQueue.concurrentPerform(iterations: runs) { run in
            var postings: IndexModel.OldPostings = [:]
            let parts = (run * runLength)..<min(store.partCount, (run + 1) * runLength)
            let isRead = parts.allSatisfy { part in
                store.forEachList(inPart: part) { term, bytes in
                    if isStored(term) { IndexModel.collect(term, bytes, wanted: wanted, into: &postings) }
                }
            }
            found.withLock { $0[run] = isRead ? postings : nil }
        }
        var postings: IndexModel.OldPostings = [:]
        for run in found.withLock({ $0 }) {
            guard let run else { return nil }
            // Each term is in one part only: the runs found the postings of different terms.
            for (document, terms) in run { postings[document, default: [:]].merge(terms) { kept, _ in kept } }
        }
        return postings
    }

    /// Takes in every list still stored.
    mutating func loadAll(model: inout IndexModel, layout: inout IndexLayout) -> Bool {
        load((0..<Int32(isLoaded.count)), model: &model, layout: &layout)
    }
}
