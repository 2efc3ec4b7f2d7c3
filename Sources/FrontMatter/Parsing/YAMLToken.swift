/// One token of the scanner: a kind, its byte range and, for scalars, the value.
struct YAMLToken {
    enum Kind {
        case streamStart, streamEnd, documentStart, documentEnd
        case blockSequenceStart, blockMappingStart, blockEnd
        case flowSequenceStart, flowMappingStart, flowSequenceEnd, flowMappingEnd
        case blockEntry, flowEntry, key, value, scalar
        /// `&name` and `*name`; the value is the name without the indicator.
        case anchor, alias
    }

    var kind: Kind
    var start: Int
    var end: Int
    var value = ""
    var style = ScalarStyle.plain
}

/// How a scalar was written; only plain scalars are resolved to numbers, booleans and dates.
enum ScalarStyle {
    case plain, singleQuoted, doubleQuoted, literal, folded
}
