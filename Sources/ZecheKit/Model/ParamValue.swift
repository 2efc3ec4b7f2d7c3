/// Temporary until the FrontMatter target lands: the value of an unknown front matter key.
public typealias ParamValue = String
