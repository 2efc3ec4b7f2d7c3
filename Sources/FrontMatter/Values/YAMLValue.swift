/// The data of a YAML node, resolved as PyYAML's `safe_load` resolves the YAML 1.1 subset.
///
/// Plain scalars become `null`, booleans (`true`/`yes`/`on` in three casings and their
/// opposites), integers, floats, dates and date-times; quoted and block scalars stay strings.
public enum YAMLValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case date(YAMLDate)
    case dateTime(YAMLDateTime)
    case sequence([YAMLNode])
    /// A mapping with its pairs in source order.
    case mapping([YAMLPair])
}
