import TextCore

extension FileSignature {
    /// A signature read back from the build cache.
    init(size: Int64, modifiedSeconds: Int, modifiedNanoseconds: Int, inode: UInt64) {
        self.size = size
        self.modifiedSeconds = modifiedSeconds
        self.modifiedNanoseconds = modifiedNanoseconds
        self.inode = inode
    }
}

extension FileSignature: StableHashable {
    func stableHash(into hasher: inout StableHasher) {
        hasher.combine(size)
        hasher.combine(modifiedSeconds)
        hasher.combine(modifiedNanoseconds)
        hasher.combine(inode)
    }
}
