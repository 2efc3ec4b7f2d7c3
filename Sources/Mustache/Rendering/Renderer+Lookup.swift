extension Renderer {
    /// Resolves a key path as the spec says: `.` is the top of the context stack; otherwise the
    /// first key is looked up from the top of the stack down, and every further key only in the
    /// value found before it. `nil` when a key is absent; a present `null` is `.null`.
    @inline(__always)
    func lookup(_ pathIndex: Int32) -> TemplateValue? {
        let path = program.paths[Int(pathIndex)]
        let start = Int(path.keysStart)
        let count = Int(path.count)
        if count == 0 { return contexts[contexts.count - 1] }
        let first = program.keys[start]
        var frame = contexts.count - 1
        while frame >= 0 {
            if let found = contexts[frame].member(first) {
                var value = found
                var index = 1
                while index < count {
                    guard let next = value.member(program.keys[start + index]) else {
                        return nil
                    }
                    value = next
                    index += 1
                }
                return value
            }
            frame -= 1
        }
        return nil
    }
}
