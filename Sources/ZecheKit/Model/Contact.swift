/// A press contact, from `Content/contacts/ID.md`: whom journalists call about a release.
public struct Contact: Sendable {
    /// The file name without `.md`; articles and `site.yml` name contacts by it.
    public let id: String
    public let name: String
    public let role: String?
    /// The number as written, for display, and in E.164 form (`+49201123456710`) for links.
    public let phone: String?
    public let phoneE164: String?
    public let email: String?
    /// The portrait, if any.
    public let photo: SiteImage?
    /// The languages the contact answers in, as written ("Deutsch", "English").
    public let languages: [String]
    /// The short text of the file's body, rendered, and as plain text.
    public let bioHTML: String
    public let bioText: String
    /// The vCard Zeche writes for the contact: `/contacts/ID.vcf` below the base path.
    public let vCardURL: String
    /// The contact's entry on the contacts page: `/contacts/#ID`.
    public let url: String
    public let sourcePath: String
    public let params: [String: ParamValue]
}
