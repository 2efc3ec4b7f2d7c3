import Foundation
import Search

/// The posting lists of a search index state (`SearchStateFile`), in parts beside it: each
/// part holds the lists of a run of term ids, is named by its checksum
/// (`.zeche-cache/search-de.<checksum>`), and is read and checked only when an update needs one
/// of its lists. A build writes only the parts whose lists changed; the others stay as they are.
struct SearchStateParts: PostingStore {
    struct Part: Sendable, Equatable {
        /// The term ids whose lists it holds.
        let terms: Range<Int>
        /// The checksum its bytes end with, which names it.
        let checksum: UInt64
    }

    let folder: URL
    /// The state's file name: a part's is this, a dot and its checksum in hex.
    let stateName: String
    let parts: [Part]

    static func fileName(ofPart checksum: UInt64, state: String) -> String {
        let hex = String(checksum, radix: 16)
        return state + "." + String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// The reader of `part`'s lists when its file is there, whole, and the one the state names.
    private func reader(of part: Part) -> CacheReader? {
        let path = folder.appendingPathComponent(Self.fileName(ofPart: part.checksum, state: stateName)).path
        guard let bytes = CacheFile.read(path), CacheWriter.checksum(ofSealed: bytes) == part.checksum else { return nil }
        return CacheReader.verified(bytes)
    }

    func read(_ terms: [Int32]) -> [(list: [UInt8], encoded: [UInt8])]? {
        var found: [(list: [UInt8], encoded: [UInt8])] = []
        found.reserveCapacity(terms.count)
        var index = 0
        for part in parts where index < terms.count && part.terms.contains(Int(terms[index])) {
            guard var reader = reader(of: part) else { return nil }
            do throws(CacheReader.Damaged) {
                for term in part.terms {
                    let bytes = (list: try reader.readBytes(), encoded: try reader.readBytes())
                    if index < terms.count, Int(terms[index]) == term {
                        found.append(bytes)
                        index += 1
                    }
                }
            } catch {
                return nil
            }
        }
        return index == terms.count ? found : nil
    }

    var partCount: Int { parts.count }

    func forEachList(inPart index: Int, _ body: (Int32, UnsafeBufferPointer<UInt8>) -> Void) -> Bool {
        let part = parts[index]
        guard var reader = reader(of: part) else { return false }
        do throws(CacheReader.Damaged) {
            for term in part.terms {
                let list = try reader.readStringPlace()
                _ = try reader.readStringPlace()
                reader.withBytes { bytes in body(Int32(term), UnsafeBufferPointer(rebasing: bytes[list.offset..<(list.offset + list.count)])) }
            }
        } catch {
            return false
        }
        return true
    }
}
