extension TemplateLibrary {
    /// The partials and parents the template called `name` uses with static names, directly or
    /// through other templates; `nil` if no template is called `name`.
    ///
    /// A preview server re-renders a page when its template or one of these changes (or when
    /// `usesDynamicNames` is true, when any template changes).
    public func dependencies(of name: String) -> TemplateDependencies? {
        guard let start = names[name] else { return nil }
        var reached: Set<String> = []
        var usesDynamicNames = false
        var visited: Set<Int32> = [start]
        var queue = [start]
        while let index = queue.popLast() {
            let template = program.templates[Int(index)]
            usesDynamicNames = usesDynamicNames || template.hasDynamicReferences
            for reference in template.references {
                reached.insert(reference)
                if let next = names[reference], visited.insert(next).inserted { queue.append(next) }
            }
        }
        reached.remove(name)
        return TemplateDependencies(names: reached, usesDynamicNames: usesDynamicNames)
    }
}
