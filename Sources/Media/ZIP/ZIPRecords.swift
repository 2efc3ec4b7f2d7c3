/// One file's line in the central directory, kept until ``ZIPWriter/finish()`` writes them.
struct CentralDirectoryEntry {
    let name: [UInt8]
    let size: Int
    let crc: UInt32
    let localHeaderOffset: Int

    /// The central directory file header (APPNOTE 4.3.12).
    func centralDirectoryRecord(modificationTime: DOSDateTime) -> [UInt8] {
        var record = LittleEndianBytes()
        record.append32(0x0201_4B50)
        record.append16(ZIPRecords.versionMadeBy)
        record.append16(ZIPRecords.versionNeeded)
        record.append16(ZIPRecords.flags)
        record.append16(0) // method: stored
        record.append16(modificationTime.dosTime)
        record.append16(modificationTime.dosDate)
        record.append32(crc)
        record.append32(UInt32(size)) // compressed size
        record.append32(UInt32(size))
        record.append16(UInt16(name.count))
        record.append16(0) // extra field length
        record.append16(0) // comment length
        record.append16(0) // disk number
        record.append16(0) // internal attributes
        record.append32(ZIPRecords.externalAttributes)
        record.append32(UInt32(localHeaderOffset))
        record.bytes += name
        return record.bytes
    }
}

/// The fixed parts of ZIP's records, and the rules for names.
enum ZIPRecords {
    /// Made on Unix (3), by APPNOTE version 2.0, so that unzip applies the file mode below.
    static let versionMadeBy: UInt16 = 3 << 8 | 20
    /// Version 1.0 reads stored files.
    static let versionNeeded: UInt16 = 10
    /// Bit 11: the name is UTF-8.
    static let flags: UInt16 = 1 << 11
    /// A regular file with mode 644 in the high 16 bits, as Info-ZIP stores Unix modes.
    static let externalAttributes: UInt32 = 0o100644 << 16

    /// The length of a local file header without its name.
    static let localFileHeaderLength = 30

    /// The local file header (APPNOTE 4.3.7) that stands before each file's bytes.
    static func localFileHeader(name: [UInt8], size: Int, crc: UInt32, modificationTime: DOSDateTime) -> [UInt8] {
        var header = LittleEndianBytes()
        header.append32(0x0403_4B50)
        header.append16(versionNeeded)
        header.append16(flags)
        header.append16(0) // method: stored
        header.append16(modificationTime.dosTime)
        header.append16(modificationTime.dosDate)
        header.append32(crc)
        header.append32(UInt32(truncatingIfNeeded: size)) // compressed size; checked by the caller
        header.append32(UInt32(truncatingIfNeeded: size))
        header.append16(UInt16(truncatingIfNeeded: name.count))
        header.append16(0) // extra field length
        header.bytes += name
        return header.bytes
    }

    /// The end of central directory record (APPNOTE 4.3.16), for an archive on one disk.
    static func endOfCentralDirectory(entryCount: Int, directorySize: Int, directoryOffset: Int) -> [UInt8] {
        var record = LittleEndianBytes()
        record.append32(0x0605_4B50)
        record.append16(0) // this disk
        record.append16(0) // the disk where the directory starts
        record.append16(UInt16(entryCount))
        record.append16(UInt16(entryCount))
        record.append32(UInt32(truncatingIfNeeded: directorySize))
        record.append32(UInt32(truncatingIfNeeded: directoryOffset))
        record.append16(0) // comment length
        return record.bytes
    }

    /// Refuses names that would extract outside the target folder, name a folder, or mean
    /// different things to different unzip programs.
    static func validate(name: String) throws(ZIPError) {
        let utf8 = Array(name.utf8)
        guard !utf8.isEmpty else { throw .invalidName(name, reason: "it is empty") }
        guard utf8.count <= 0xFFFF else { throw .invalidName(name, reason: "it is longer than 65,535 bytes") }
        if let control = utf8.first(where: { $0 < 0x20 || $0 == 0x7F }) {
            throw .invalidName(name, reason: "it holds the control character \(control)")
        }
        guard !utf8.contains(UInt8(ascii: "\\")) else {
            throw .invalidName(name, reason: "it holds a backslash, which Windows reads as a folder separator")
        }
        guard utf8.first != UInt8(ascii: "/") else {
            throw .invalidName(name, reason: "it starts with '/'")
        }
        for segment in utf8.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false) {
            if segment.isEmpty { throw .invalidName(name, reason: "it has an empty folder name or ends with '/'") }
            if segment.elementsEqual([UInt8(ascii: ".")]) || segment.elementsEqual([UInt8(ascii: "."), UInt8(ascii: ".")]) {
                throw .invalidName(name, reason: "it has a '.' or '..' folder")
            }
        }
    }
}

/// Bytes with integers appended little-endian, as ZIP stores them.
struct LittleEndianBytes {
    var bytes: [UInt8] = []

    mutating func append16(_ value: UInt16) {
        bytes.append(UInt8(value & 0xFF))
        bytes.append(UInt8(value >> 8))
    }

    mutating func append32(_ value: UInt32) {
        for shift in stride(from: 0, to: 32, by: 8) {
            bytes.append(UInt8((value >> UInt32(shift)) & 0xFF))
        }
    }
}
