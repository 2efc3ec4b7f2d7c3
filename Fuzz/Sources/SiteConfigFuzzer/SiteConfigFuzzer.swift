// libFuzzer target: reading site.yml, from YAML text to a checked SiteConfig.
//
// A configuration that is refused must say why: a nil config comes with at least one error,
// and every diagnostic names site.yml.
import FrontMatter
@testable import ZecheKit

func fuzzSiteConfig(_ pointer: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data = pointer else { return 0 }
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let node: YAMLNode?
    do {
        node = try YAMLParser().parse(text)
    } catch {
        return 0
    }
    let (config, diagnostics) = SiteConfigLoader(path: "site.yml").load(node, baseURLOverride: nil)
    if config == nil {
        precondition(diagnostics.containsErrors, "site.yml refused without an error")
    }
    if let config {
        let base = config.urls.base.absolute
        precondition(base.hasPrefix("http://") || base.hasPrefix("https://"), "a base URL that is not http(s): \(base)")
        precondition(base.hasSuffix("/"), "a base URL without its final slash: \(base)")
        _ = config.urls.absolute("/tags/")
    }
    for diagnostic in diagnostics {
        precondition(diagnostic.description.contains("site.yml"), "a diagnostic without its file: \(diagnostic)")
    }
    return 0
}
