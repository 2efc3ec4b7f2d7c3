/// The fields of a struct kept in one object: `Article`, `Site` and a rendered body are copied
/// into lists, caches, contexts and signatures many times a build, and a copy then retains one
/// reference instead of one for each of their strings, arrays and tables. Never changed: a
/// struct that changes a field makes a new object with it.
final class SharedFields<Fields: Sendable>: Sendable {
    let fields: Fields

    init(_ fields: Fields) {
        self.fields = fields
    }
}
