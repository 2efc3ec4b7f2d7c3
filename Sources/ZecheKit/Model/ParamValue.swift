public import FrontMatter

/// The value of a front matter or `site.yml` key that Zeche does not know, kept for templates
/// (`article.params.KEY`) as the YAML parser read it.
public typealias ParamValue = YAMLNode
