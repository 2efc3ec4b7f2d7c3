/// The templates a template uses through partials and parents, directly or through others.
public struct TemplateDependencies: Sendable, Equatable {
    /// Names of the partials and parents reached with static names; a name that no template has
    /// is included too, so creating that template later can be noticed. The template itself is
    /// not included.
    public var names: Set<String>
    /// Whether a dynamic name (`{{>*name}}`) is used on the way, so any template may be used.
    public var usesDynamicNames: Bool

    /// Dependencies with the given names.
    public init(names: Set<String>, usesDynamicNames: Bool) {
        self.names = names
        self.usesDynamicNames = usesDynamicNames
    }
}
