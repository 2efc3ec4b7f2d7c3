/// A place in a template that a message can point at: the tag's opening delimiter.
struct Site: Sendable {
    var template: Int32
    var offset: Int32
}
