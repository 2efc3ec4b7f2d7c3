extension Renderer {
    /// Resolves a key path as the spec says: `.` is the top of the context stack; otherwise the
    /// first key is looked up from the top of the stack down, and every further key only in the
    /// value found before it. `nil` when a key is absent; a present `null` is `.null`.
    ///
    /// The stack and the keys are read in place: copying a context to look into it retained
    /// and released its storage, shared by both rendering threads, at every probe.
    @inline(__always)
    func lookup(_ pathIndex: Int32) -> TemplateValue? {
        let path = program.paths[Int(pathIndex)]
        let start = Int(path.keysStart)
        let count = Int(path.count)
        return contexts.withUnsafeBufferPointer { contexts -> TemplateValue? in
            if count == 0 { return contexts[contexts.count - 1] }
            return program.keys.withUnsafeBufferPointer { keys -> TemplateValue? in
                program.keyHashes.withUnsafeBufferPointer { hashes -> TemplateValue? in
                    var frame = contexts.count - 1
                    while frame >= 0 {
                        if let found = contexts[frame].member(keys[start], hash: hashes[start]) {
                            if count == 1 { return found }
                            var value = found
                            for index in start + 1..<start + count {
                                guard let next = value.member(keys[index], hash: hashes[index]) else { return nil }
                                value = next
                            }
                            return value
                        }
                        frame -= 1
                    }
                    return nil
                }
            }
        }
    }
}
