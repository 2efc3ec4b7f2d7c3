import Dispatch

extension DocumentIndexer {
    /// The posting table of `documents` (in id order), analysed by up to `workers` threads:
    /// each indexes a consecutive run of documents into a table of its own, and the tables
    /// are merged in run order, so that every posting list stays in document order.
    static func index(_ documents: [SearchDocument], languages: [SearchLanguage], workers: Int) -> PostingTable {
        // Below a few hundred documents, a thread costs more than it saves.
        let workerCount = max(1, min(workers, documents.count / 200))
        let runLength = (documents.count + workerCount - 1) / max(1, workerCount)
        let tables = TableSlots(count: workerCount)
        let work: @Sendable (Int) -> Void = { worker in
            var indexer = DocumentIndexer()
            for id in (worker * runLength)..<min(documents.count, (worker + 1) * runLength) {
                indexer.add(documents[id], id: Int32(id), language: languages[id])
            }
            tables.store(indexer.table, at: worker)
        }
        if workerCount == 1 {
            work(0)
        } else {
            DispatchQueue.concurrentPerform(iterations: workerCount, execute: work)
        }
        return PostingTable.merged(tables.take())
    }
}

/// One slot per worker; each worker writes only its own, and they are read after all finish.
private final class TableSlots: @unchecked Sendable {
    private let slots: UnsafeMutablePointer<PostingTable>
    private let count: Int

    init(count: Int) {
        self.count = count
        slots = .allocate(capacity: count)
        slots.initialize(repeating: PostingTable(), count: count)
    }

    deinit {
        slots.deinitialize(count: count)
        slots.deallocate()
    }

    func store(_ table: PostingTable, at index: Int) {
        slots[index] = table
    }

    /// The tables, each left empty in its slot: the caller holds the only reference, so that
    /// merging them grows the first in place instead of copying it.
    func take() -> [PostingTable] {
        (0..<count).map { index in
            let table = slots[index]
            slots[index] = PostingTable()
            return table
        }
    }
}
