public import Foundation

/// Writes a ZIP archive (PKWARE APPNOTE 6.3) of files stored without compression, one after
/// another, to a file handle as it goes or into memory.
///
/// The archives are deterministic: every entry has the same time (``DOSDateTime``), the file
/// mode `rw-r--r--`, no extra fields and no comment, so the same files in the same order give
/// the same bytes. Names are stored as UTF-8, marked by flag bit 11. Files are read one at a
/// time in chunks of 1 MiB, twice (once for the CRC-32 the header needs first, once to copy),
/// so memory stays bounded whatever their size. Archives of 4 GiB or more would need ZIP64,
/// which this writer refuses with ``ZIPError/tooLarge(name:)``: press kits are far smaller.
///
/// A class because the archive being written has identity: each call continues the same one.
/// After any error the archive is incomplete; throw it away.
public final class ZIPWriter {
    private enum Destination {
        case file(FileHandle)
        case memory
    }

    /// ZIP's 32-bit fields hold at most this (`0xFFFFFFFF` itself marks a ZIP64 value).
    static let maximumOffset = 0xFFFF_FFFE
    /// ZIP's 16-bit entry count holds at most this (`0xFFFF` marks a ZIP64 count).
    static let maximumEntryCount = 0xFFFE
    static let chunkLength = 1 << 20

    private let destination: Destination
    private let modificationTime: DOSDateTime
    private var writtenCount = 0
    private var entries: [CentralDirectoryEntry] = []
    private var names: Set<String> = []
    private var isFinished = false

    /// The archive written so far, when the writer writes into memory; empty when it writes to
    /// a file handle.
    public private(set) var bytes: [UInt8] = []

    /// A writer that writes the archive to `handle` as files are added, from the handle's
    /// current position on; the caller closes the handle after ``finish()``.
    public init(writingTo handle: FileHandle, modificationTime: DOSDateTime = .earliest) {
        destination = .file(handle)
        self.modificationTime = modificationTime
    }

    /// A writer that collects the archive in ``bytes``.
    public init(modificationTime: DOSDateTime = .earliest) {
        destination = .memory
        self.modificationTime = modificationTime
    }

    /// The size in bytes of the archive that files of these names and sizes make, in this
    /// order: a stored archive's length follows from them alone (30 bytes of local header and
    /// 46 of directory entry per file, each with the UTF-8 name, and the 22-byte end record),
    /// so a page can state it before the archive is written.
    public static func archiveSize(of entries: [(name: String, size: Int)]) -> Int {
        entries.reduce(22) { total, entry in total + 30 + 46 + 2 * entry.name.utf8.count + entry.size }
    }

    /// Adds a file with the given contents under `name` (a relative path with `/` between
    /// folders: `logos/q-one-logo.png`).
    public func addFile(named name: String, bytes contents: [UInt8]) throws(ZIPError) {
        let entry = try startEntry(named: name, size: contents.count, crc: CRC32.checksum(contents))
        try write(contents[...])
        entries.append(entry)
    }

    /// Adds the file at `url` under `name`, reading it in chunks.
    public func addFile(named name: String, contentsOf url: URL) throws(ZIPError) {
        let handle = try open(url)
        defer { try? handle.close() }
        // Refuse a file that cannot fit before reading it: it may be gigabytes long.
        do {
            let size = try handle.seekToEnd()
            try checkLimits(name: name, size: size > UInt64(Int.max) ? Int.max : Int(size))
            try handle.seek(toOffset: 0)
        } catch let error as ZIPError {
            throw error
        } catch {
            throw .unreadable(path: url.path, reason: (error as NSError).localizedDescription)
        }
        var crc = CRC32()
        var size = 0
        try forEachChunk(of: handle, url: url) { chunk in
            crc.update(chunk)
            size += chunk.count
        }
        let entry = try startEntry(named: name, size: size, crc: crc.value)
        do {
            try handle.seek(toOffset: 0)
        } catch {
            throw .unreadable(path: url.path, reason: (error as NSError).localizedDescription)
        }
        var copiedCRC = CRC32()
        var copiedSize = 0
        try forEachChunk(of: handle, url: url) { (chunk) throws(ZIPError) in
            copiedCRC.update(chunk)
            copiedSize += chunk.count
            guard copiedSize <= size else { throw .fileChanged(path: url.path) }
            try write(chunk)
        }
        guard copiedSize == size, copiedCRC.value == crc.value else { throw .fileChanged(path: url.path) }
        entries.append(entry)
    }

    /// Writes the central directory and the end record. The archive is complete after it.
    public func finish() throws(ZIPError) {
        guard !isFinished else { throw .finished }
        isFinished = true
        let directoryStart = writtenCount
        var directory: [UInt8] = []
        for entry in entries {
            directory += entry.centralDirectoryRecord(modificationTime: modificationTime)
        }
        directory += ZIPRecords.endOfCentralDirectory(
            entryCount: entries.count, directorySize: directory.count, directoryOffset: directoryStart)
        try write(directory[...])
    }

    /// Checks the name and the limits, then writes the entry's local header.
    private func startEntry(named name: String, size: Int, crc: UInt32) throws(ZIPError) -> CentralDirectoryEntry {
        try checkLimits(name: name, size: size)
        let nameBytes = Array(name.utf8)
        let header = ZIPRecords.localFileHeader(
            name: nameBytes, size: size, crc: crc, modificationTime: modificationTime)
        let entry = CentralDirectoryEntry(name: nameBytes, size: size, crc: crc, localHeaderOffset: writtenCount)
        names.insert(name)
        try write(header[...])
        return entry
    }

    /// Checks that a file of `size` bytes can be added under `name`.
    private func checkLimits(name: String, size: Int) throws(ZIPError) {
        guard !isFinished else { throw .finished }
        try ZIPRecords.validate(name: name)
        guard !names.contains(name) else { throw .duplicateName(name) }
        guard entries.count < Self.maximumEntryCount else { throw .tooManyEntries }
        let headerLength = ZIPRecords.localFileHeaderLength + name.utf8.count
        // The next header's offset, and the central directory's, must fit 32 bits.
        guard size <= Self.maximumOffset, writtenCount <= Self.maximumOffset - headerLength - size else {
            throw .tooLarge(name: name)
        }
    }

    private func write(_ chunk: ArraySlice<UInt8>) throws(ZIPError) {
        switch destination {
        case .memory:
            bytes += chunk
        case .file(let handle):
            do {
                try handle.write(contentsOf: Data(chunk))
            } catch {
                throw .writeFailed(reason: (error as NSError).localizedDescription)
            }
        }
        writtenCount += chunk.count
    }

    private func open(_ url: URL) throws(ZIPError) -> FileHandle {
        do {
            return try FileHandle(forReadingFrom: url)
        } catch {
            throw .unreadable(path: url.path, reason: (error as NSError).localizedDescription)
        }
    }

    private func forEachChunk(
        of handle: FileHandle, url: URL, _ body: (ArraySlice<UInt8>) throws(ZIPError) -> Void
    ) throws(ZIPError) {
        while true {
            let data: Data
            do {
                data = try handle.read(upToCount: Self.chunkLength) ?? Data()
            } catch {
                throw .unreadable(path: url.path, reason: (error as NSError).localizedDescription)
            }
            guard !data.isEmpty else { return }
            try body(Array(data)[...])
        }
    }
}
