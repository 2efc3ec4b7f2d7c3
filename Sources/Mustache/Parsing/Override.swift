/// A block overridden inside a parent tag: the block's id and where its content's code starts.
struct Override: Sendable {
    var block: Int32
    var start: Int32
}
