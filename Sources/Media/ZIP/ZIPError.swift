/// Why ``ZIPWriter`` could not add a file or finish its archive. After an error the archive is
/// incomplete and must be thrown away.
public enum ZIPError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A name that cannot stand in an archive; `reason` says why.
    case invalidName(String, reason: String)
    /// A second file under a name already in the archive.
    case duplicateName(String)
    /// The archive would reach 4 GiB, or a file alone does: the limit of ZIP without its
    /// ZIP64 extension, which ``ZIPWriter`` does not write.
    case tooLarge(name: String)
    /// More than 65,534 files, ZIP's limit without ZIP64.
    case tooManyEntries
    /// A file to add could not be read.
    case unreadable(path: String, reason: String)
    /// A file's size or contents changed between the two reads that add it.
    case fileChanged(path: String)
    /// The archive could not be written.
    case writeFailed(reason: String)
    /// ``ZIPWriter/finish()`` was called already.
    case finished

    /// What is wrong, without the final period.
    public var message: String {
        switch self {
        case .invalidName(let name, let reason):
            "the name '\(name)' cannot be stored in a ZIP archive: \(reason)"
        case .duplicateName(let name):
            "the ZIP archive has a file named '\(name)' already"
        case .tooLarge(let name):
            "with '\(name)', the ZIP archive would reach 4 GiB, the limit of ZIP files without ZIP64"
        case .tooManyEntries:
            "the ZIP archive would hold more than 65,534 files, the limit of ZIP files without ZIP64"
        case .unreadable(let path, let reason):
            "'\(path)' cannot be read for the ZIP archive: \(reason)"
        case .fileChanged(let path):
            "'\(path)' changed while it was added to the ZIP archive"
        case .writeFailed(let reason):
            "the ZIP archive cannot be written: \(reason)"
        case .finished:
            "the ZIP archive is finished already"
        }
    }

    /// What to do about it.
    public var fix: String {
        switch self {
        case .invalidName: "give the file a name without control characters, backslashes or '..' folders"
        case .duplicateName: "give each file its own name"
        case .tooLarge, .tooManyEntries: "split the files into smaller albums"
        case .unreadable: "check that the file exists and can be read"
        case .fileChanged: "build again once the file is saved"
        case .writeFailed: "check the free disk space and the output folder's permissions"
        case .finished: "add every file before finishing the archive"
        }
    }

    /// The message and the fix on one line.
    public var description: String { "\(message); fix: \(fix)" }
}
