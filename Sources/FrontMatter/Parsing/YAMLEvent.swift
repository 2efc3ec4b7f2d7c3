/// One event of the parser: the structure of the document in source order.
enum YAMLEvent {
    case streamStart
    case streamEnd
    case documentStart(offset: Int)
    case documentEnd
    case sequenceStart(offset: Int, isFlow: Bool, anchor: YAMLToken?)
    case sequenceEnd
    case mappingStart(offset: Int, isFlow: Bool, anchor: YAMLToken?)
    case mappingEnd
    /// A scalar; an empty value (like `key:` with nothing after it) is an empty plain scalar.
    case scalar(YAMLToken, anchor: YAMLToken?)
    /// `*name`: the node of the anchor `&name` again.
    case alias(YAMLToken)
}
