import Foundation

/// Why the output folder could not be written or replaced.
public enum OutputError: Error, Sendable, Equatable, CustomStringConvertible {
    case notAFolder(String)
    case notZechesFolder(String)
    case cannotCreate(folder: String, reason: String)
    case cannotWrite(path: String, reason: String)
    case cannotReplace(folder: String, reason: String)
    /// A source file to copy could not be read.
    case cannotRead(path: String, reason: String)
    /// The output folder, or `inner` in it, may not be changed.
    case readOnly(folder: String, inner: String)
    /// The disk (or the user's quota) ran out of space while the new site was written.
    case diskFull
    /// Another build of the same output is running (its process id, when known) and did not
    /// finish within `seconds`.
    case busy(folder: String, process: Int32?, seconds: Double)

    public var description: String {
        switch self {
        case .notAFolder(let path): "the output '\(path)' is a file, not a folder"
        case .notZechesFolder(let path): "'\(path)' is not empty and was not made by Zeche, so it is not replaced"
        case .cannotCreate(let folder, let reason): "cannot create files in '\(folder)': \(reason)"
        case .cannotWrite(let path, let reason): "cannot write '\(path)': \(reason)"
        case .cannotReplace(let folder, let reason): "cannot replace '\(folder)': \(reason)"
        case .cannotRead(let path, let reason): "cannot read '\(path)': \(reason)"
        case .readOnly(let folder, let inner) where folder == inner: "'\(folder)' is read-only, so it is not replaced"
        case .readOnly(let folder, let inner): "'\(inner)' is read-only, so '\(folder)' is not replaced"
        case .diskFull: "the disk is full; the new site did not fit"
        case .busy(let folder, let process, let seconds):
            "another build of '\(folder)' is running\(process.map { " (process \($0))" } ?? "") and did not finish within \(String(format: "%g", seconds)) s"
        }
    }

    public var fix: String {
        switch self {
        case .notAFolder: "remove the file or pass another folder with --output"
        case .notZechesFolder: "move its contents away, or pass another folder with --output"
        case .cannotCreate, .cannotReplace: "check the folder's permissions and free disk space"
        case .cannotWrite: "check free disk space and permissions; the previous output was left as it was"
        case .cannotRead: "check that the file is readable; the previous output was left as it was"
        case .readOnly(let folder, _): "make it writable with 'chmod -R u+w \(folder)', or pass another folder with --output"
        case .diskFull: "free some disk space and build again; the previous output was left as it was"
        case .busy: "wait for the other build and build again, or build into another folder with --output"
        }
    }
}
