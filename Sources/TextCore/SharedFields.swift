/// The fields of a struct kept in one object: `Article`, `Site`, a rendered body and a search
/// document are copied into lists, caches, contexts, signatures and an index's tables many
/// times a build, and a copy then retains one reference instead of one for each of their
/// strings, arrays and tables. Never changed: a struct that changes a field makes a new object
/// with it. Public, not `package`: a generic is specialized across modules only when public.
public final class SharedFields<Fields: Sendable>: Sendable {
    public let fields: Fields

    public init(_ fields: Fields) {
        self.fields = fields
    }
}
