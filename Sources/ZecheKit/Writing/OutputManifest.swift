import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What Zeche knows of the published output and of the previous generation kept beside it,
/// stored beside the output (`.Output.zeche-generations/manifest`), never published.
///
/// Each tree is recognised by its marker file `.zeche-output` (device, inode and change
/// time): a tree whose marker is not the recorded one (replaced, copied back, touched by a
/// killed build) is not trusted, and the build writes a fresh tree instead.
struct OutputManifest: Equatable, Sendable {
    /// How a file of the output is recognised without reading it: size and XXH64.
    struct Entry: Equatable, Sendable {
        let size: Int
        let digest: UInt64

        init(size: Int, digest: UInt64) {
            self.size = size
            self.digest = digest
        }

        init(_ bytes: UnsafeRawBufferPointer) {
            self.init(size: bytes.count, digest: FileDigest.xxh64(bytes))
        }
    }

    /// A tree's marker file: a new file has a new inode and change time, which no copy keeps.
    struct TreeIdentity: Equatable, Sendable {
        let device: UInt64
        let inode: UInt64
        let changeSeconds: Int64
        let changeNanoseconds: Int64

        /// The identity of the tree at `folder`, or `nil` without a marker.
        init?(of folder: String) {
            var info = stat()
            guard lstat(folder + "/" + OutputFolder.markerName, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
            device = UInt64(info.st_dev)
            inode = UInt64(info.st_ino)
            changeSeconds = Int64(info.st_ctim.tv_sec)
            changeNanoseconds = Int64(info.st_ctim.tv_nsec)
        }

        init(device: UInt64, inode: UInt64, changeSeconds: Int64, changeNanoseconds: Int64) {
            self.device = device
            self.inode = inode
            self.changeSeconds = changeSeconds
            self.changeNanoseconds = changeNanoseconds
        }
    }

    /// The published tree.
    var live: TreeIdentity
    /// The modification times of the published tree's folder and of the folders at its top
    /// (`OutputFolder.shallowStamp`): a file added or removed there by hand shows in it.
    var liveStamp: UInt64
    /// The previous generation beside it, if it is complete and recorded.
    var hidden: TreeIdentity?
    /// Paths at which the previous generation differs from the published tree: files written
    /// or removed by the last build. Everywhere else the two trees share their files.
    var differing: Set<String>
    /// Every file of the published tree except the marker.
    var files: [String: Entry]
}
