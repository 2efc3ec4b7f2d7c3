import TextCore

/// Every template of a library compiled into one program: shared tables of code, static bytes
/// and names that the renderer indexes without hashing template names or copying.
struct Program: Sendable {
    var code: [Instruction] = []
    var text: [UInt8] = []
    var indentPoints: [Int32] = []
    var keys: [String] = []
    /// The `ByteHash` of each key, so that a render computes none.
    var keyHashes: [UInt64] = []
    var paths: [KeyPath] = []
    var includes: [Include] = []
    var overrides: [Override] = []
    var blockSites: [BlockSite] = []
    var blockNames: [String] = []
    var sites: [Site] = []
    var templates: [Template] = []

    // Interning tables, used while compiling only.
    var pathIndex: [String: Int32] = [:]
    var blockIndex: [String: Int32] = [:]

    /// The key path for `name`, compiled once per library.
    mutating func path(named name: String, keys: [String]) -> Int32 {
        if let index = pathIndex[name] { return index }
        let index = Int32(paths.count)
        paths.append(KeyPath(keysStart: Int32(self.keys.count), count: Int32(keys.count), name: name))
        self.keys.append(contentsOf: keys)
        keyHashes.append(contentsOf: keys.map { ByteHash.of($0) })
        pathIndex[name] = index
        return index
    }

    /// The id of the block called `name`.
    mutating func block(named name: String) -> Int32 {
        if let index = blockIndex[name] { return index }
        let index = Int32(blockNames.count)
        blockNames.append(name)
        blockIndex[name] = index
        return index
    }

    mutating func site(template: Int32, offset: Int) -> Int32 {
        sites.append(Site(template: template, offset: Int32(offset)))
        return Int32(sites.count - 1)
    }

    /// Appends `bytes` to the static text and returns their start.
    mutating func store(_ bytes: some Collection<UInt8>) -> (start: Int32, count: Int32) {
        let start = Int32(text.count)
        text.append(contentsOf: bytes)
        return (start, Int32(bytes.count))
    }
}
