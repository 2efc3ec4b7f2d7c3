import Foundation
@testable import Media
import Testing
import ZecheTestSupport

@Suite struct ZIPWriterTests {
    /// The files of a small press kit album: text, binary bytes with every value, an empty file,
    /// a file of several chunks, and names with umlauts and folders.
    static let album: [(name: String, bytes: [UInt8])] = [
        ("index.md", Array("---\ntitle: Logos\n---\n".utf8)),
        ("q-one-logo.svg", Array("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 120 40\"/>".utf8)),
        ("alle-bytes.bin", (0..<4096).map { UInt8($0 % 256) }),
        ("leer.txt", []),
        ("Förderturm über Zollverein.jpg", (0..<(ZIPWriter.chunkLength * 2 + 17)).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ $0 >> 9) }),
        ("unterordner/Ärger mit ß.txt", Array("Grüße aus dem Revier\n".utf8)),
    ]

    static let hasUnzip = PackagePaths.executable(named: "unzip") != nil && PackagePaths.executable(named: "zipinfo") != nil

    /// Writes the album's files into a folder and zips them from there into `archive.zip`.
    private func writeArchive(in folder: TemporaryDirectory, time: DOSDateTime = .earliest) throws -> URL {
        let archive = folder.url.appendingPathComponent("archive.zip")
        _ = FileManager.default.createFile(atPath: archive.path, contents: nil)
        let handle = try FileHandle(forWritingTo: archive)
        defer { try? handle.close() }
        let writer = ZIPWriter(writingTo: handle, modificationTime: time)
        for (index, file) in Self.album.enumerated() {
            let source = try folder.write(Data(file.bytes), to: "source/\(index)")
            try writer.addFile(named: file.name, contentsOf: source)
        }
        try writer.finish()
        return archive
    }

    private func run(_ tool: String, _ arguments: [String], in folder: URL? = nil) throws -> CommandRun {
        let executable = try #require(PackagePaths.executable(named: tool))
        return try CommandRun.run(executable, arguments, in: folder, environment: ["LC_ALL": "C.UTF-8", "PATH": "/usr/bin:/bin"])
    }

    @Test("unzip -l lists every file with its size", .enabled(if: hasUnzip, "unzip is not installed"))
    func unzipLists() throws {
        let folder = try TemporaryDirectory()
        let listing = try run("unzip", ["-l", try writeArchive(in: folder).path])
        #expect(listing.status == 0, "\(listing)")
        for file in Self.album {
            #expect(listing.standardOutput.contains("\(file.bytes.count)  1980-01-01 00:00   \(file.name)\n"), "\(file.name) in \(listing)")
        }
        #expect(listing.standardOutput.contains("\(Self.album.map(\.bytes.count).reduce(0, +))                     6 files"))
    }

    @Test("unzip -t finds every file intact", .enabled(if: hasUnzip, "unzip is not installed"))
    func unzipTests() throws {
        let folder = try TemporaryDirectory()
        let test = try run("unzip", ["-t", try writeArchive(in: folder).path])
        #expect(test.status == 0, "\(test)")
        for file in Self.album {
            #expect(test.standardOutput.contains("testing: \(file.name)"), "\(test)")
        }
        #expect(test.standardOutput.contains("No errors detected in compressed data"))
    }

    @Test("zipinfo -v shows stored entries with the right CRC and the fixed time", .enabled(if: hasUnzip, "unzip is not installed"))
    func zipinfoShowsStoredEntries() throws {
        let folder = try TemporaryDirectory()
        let time = try #require(DOSDateTime(year: 2026, month: 11, day: 24, hour: 14, minute: 30))
        let info = try run("zipinfo", ["-v", try writeArchive(in: folder, time: time).path])
        #expect(info.status == 0, "\(info)")
        let entries = info.standardOutput.components(separatedBy: "Central directory entry #").dropFirst()
        #expect(entries.count == Self.album.count)
        for (entry, file) in zip(entries, Self.album) {
            let crc = String(CRC32.checksum(file.bytes), radix: 16)
            let paddedCRC = String(repeating: "0", count: 8 - crc.count) + crc
            #expect(entry.contains("  \(file.name)\n"), "\(entry)")
            #expect(entry.contains("compression method:                             none (stored)"), "\(entry)")
            #expect(entry.contains("32-bit CRC value (hex):                         \(paddedCRC)"), "\(entry)")
            #expect(entry.contains("compressed size:                                \(file.bytes.count) bytes"), "\(entry)")
            #expect(entry.contains("file last modified on (DOS date/time):          2026 Nov 24 14:30:00"), "\(entry)")
            #expect(entry.contains("Unix file attributes (100644 octal):            -rw-r--r--"), "\(entry)")
        }
    }

    @Test("Extracting gives every file's bytes back", .enabled(if: hasUnzip, "unzip is not installed"))
    func extractingGivesTheSameBytes() throws {
        let folder = try TemporaryDirectory()
        let archive = try writeArchive(in: folder)
        let extraction = try run("unzip", ["-q", archive.path, "-d", folder.url.appendingPathComponent("out").path])
        #expect(extraction.status == 0, "\(extraction)")
        for file in Self.album {
            let extracted = try Data(contentsOf: folder.url.appendingPathComponent("out").appendingPathComponent(file.name))
            #expect([UInt8](extracted) == file.bytes, "\(file.name)")
        }
    }

    @Test("Two runs give identical archives, on a file handle and in memory")
    func deterministic() throws {
        let first = try TemporaryDirectory()
        let second = try TemporaryDirectory()
        let onDisk = try Data(contentsOf: writeArchive(in: first))
        #expect(try Data(contentsOf: writeArchive(in: second)) == onDisk)
        let inMemory = ZIPWriter()
        for file in Self.album { try inMemory.addFile(named: file.name, bytes: file.bytes) }
        try inMemory.finish()
        #expect(Data(inMemory.bytes) == onDisk)
        // Local headers, the files, the central directory and the end record, and nothing else.
        let names = Self.album.map { $0.name.utf8.count }.reduce(0, +)
        #expect(onDisk.count == Self.album.map(\.bytes.count).reduce(0, +) + (30 + 46) * Self.album.count + 2 * names + 22)
    }

    @Test("Every header marks its name as UTF-8 with flag bit 11")
    func utf8Flag() throws {
        let writer = ZIPWriter()
        try writer.addFile(named: "Förderturm.jpg", bytes: [1, 2, 3])
        try writer.finish()
        let bytes = writer.bytes
        // The local header's flags at byte 6, the central directory header's at byte 8.
        let central = try #require(bytes.indices.first { bytes[$0...].starts(with: [0x50, 0x4B, 0x01, 0x02]) })
        #expect(bytes[6] == 0x00 && bytes[7] == 0x08)
        #expect(bytes[central + 8] == 0x00 && bytes[central + 9] == 0x08)
        #expect(Array(bytes[30..<(30 + "Förderturm.jpg".utf8.count)]) == Array("Förderturm.jpg".utf8))
    }

    @Test("An empty archive is an end record alone", .enabled(if: hasUnzip, "unzip is not installed"))
    func emptyArchive() throws {
        let writer = ZIPWriter()
        try writer.finish()
        #expect(writer.bytes == [0x50, 0x4B, 0x05, 0x06] + [UInt8](repeating: 0, count: 18))
        #expect(throws: ZIPError.finished) { try writer.finish() }
        #expect(throws: ZIPError.finished) { try writer.addFile(named: "a", bytes: []) }
    }

    @Test("Names that could escape the folder or confuse unzip programs are refused", arguments: [
        ("", "it is empty"),
        ("/etc/passwd", "it starts with '/'"),
        ("../x.jpg", "it has a '.' or '..' folder"),
        ("a/./b.jpg", "it has a '.' or '..' folder"),
        ("a//b.jpg", "it has an empty folder name or ends with '/'"),
        ("ordner/", "it has an empty folder name or ends with '/'"),
        ("a\\b.jpg", "it holds a backslash, which Windows reads as a folder separator"),
        ("a\nb.jpg", "it holds the control character 10"),
    ])
    func invalidNames(name: String, reason: String) {
        let writer = ZIPWriter()
        #expect(throws: ZIPError.invalidName(name, reason: reason)) { try writer.addFile(named: name, bytes: [1]) }
        #expect(writer.bytes.isEmpty)
    }

    @Test("A name can be used once")
    func duplicateName() throws {
        let writer = ZIPWriter()
        try writer.addFile(named: "logo.png", bytes: [1])
        #expect(throws: ZIPError.duplicateName("logo.png")) { try writer.addFile(named: "logo.png", bytes: [2]) }
        #expect(ZIPError.duplicateName("logo.png").message == "the ZIP archive has a file named 'logo.png' already")
    }

    @Test("A missing file is named in the error")
    func missingFile() throws {
        let folder = try TemporaryDirectory()
        let missing = folder.url.appendingPathComponent("fehlt.jpg")
        let writer = ZIPWriter()
        #expect {
            try writer.addFile(named: "fehlt.jpg", contentsOf: missing)
        } throws: { error in
            guard case .unreadable(let path, _) = error as? ZIPError else { return false }
            return path == missing.path
        }
    }

    @Test("An archive that would reach 4 GiB is refused before the file is read or anything written")
    func limitWithoutZIP64() throws {
        let folder = try TemporaryDirectory()
        // A sparse file: 4 GiB less 10 bytes on paper, nothing on disk. With its header, the
        // archive would pass ZIP's 32-bit offsets.
        let large = folder.url.appendingPathComponent("video.mp4")
        _ = FileManager.default.createFile(atPath: large.path, contents: nil)
        let handle = try FileHandle(forWritingTo: large)
        try handle.truncate(atOffset: UInt64(ZIPWriter.maximumOffset - 10))
        try handle.close()
        let writer = ZIPWriter()
        #expect(throws: ZIPError.tooLarge(name: "video.mp4")) { try writer.addFile(named: "video.mp4", contentsOf: large) }
        #expect(writer.bytes.isEmpty)
        #expect(ZIPError.tooLarge(name: "video.mp4").message
            == "with 'video.mp4', the ZIP archive would reach 4 GiB, the limit of ZIP files without ZIP64")
        #expect(ZIPError.tooLarge(name: "video.mp4").fix == "split the files into smaller albums")
    }

    @Test("The 65,535th file is refused")
    func entryLimit() throws {
        let writer = ZIPWriter()
        for index in 0..<ZIPWriter.maximumEntryCount {
            try writer.addFile(named: "\(index)", bytes: [])
        }
        #expect(throws: ZIPError.tooManyEntries) { try writer.addFile(named: "one-too-many", bytes: []) }
        try writer.finish()
        // The end record counts 65,534 entries.
        #expect(Array(writer.bytes.suffix(22)[(writer.bytes.count - 12)..<(writer.bytes.count - 10)]) == [0xFE, 0xFF])
    }
}
