extension SHA256 {
    /// HMAC-SHA256 (RFC 2104) of `message` under `key`: a hash that only the holder of the key
    /// can compute, so the private address of an embargoed article cannot be derived from its
    /// slug alone.
    static func hmac(key: [UInt8], message: [UInt8]) -> [UInt8] {
        var block = key.count > blockSize ? hash(key) : key
        block += [UInt8](repeating: 0, count: blockSize - block.count)
        let inner = hash(block.map { $0 ^ 0x36 } + message)
        return hash(block.map { $0 ^ 0x5c } + inner)
    }
}
