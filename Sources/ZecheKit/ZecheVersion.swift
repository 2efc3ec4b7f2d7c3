/// The version of Zeche, shown by `zeche --version` and in generated pages' generator tag.
public enum ZecheVersion {
    public static let current = "0.9.0"
}
