/// A front matter block that cannot be split from its body, with the position of its opening
/// line: the same shape as a YAML error, and reported the same way.
public typealias FrontMatterError = YAMLError
