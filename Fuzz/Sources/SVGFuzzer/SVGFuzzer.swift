// libFuzzer target: the check of SVG pictures that Content/ may publish (SVGChecker).
//
// Checks: every problem points into the file (line and column at least 1, offset within the
// bytes); and what the checker accepts, a real XML parser (libxml2, through FoundationXML)
// reads the same way: when it parses the file, it finds no script or embedding element, no
// event handler attribute, and no URL attribute that leaves the site. A disagreement means
// the checker's reading of the XML could be tricked.
import Foundation
import FoundationXML
@testable import ZecheKit

func fuzzSVG(_ pointer: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data = pointer else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let checker = SVGChecker(bytes)
    if let problem = checker.firstProblem() {
        precondition(problem.offset >= 0 && problem.offset <= bytes.count, "a problem outside the file: \(problem)")
        let (line, column) = checker.position(of: problem.offset)
        precondition(line >= 1 && column >= 1, "a position before the file's start: \(line):\(column)")
        precondition(!problem.message.isEmpty, "a problem without a message")
        return 0
    }
    // FoundationXML (Swift 6.3.1) crashes on a processing instruction without data
    // (`<?x?>`): such inputs are checked by the checker alone.
    let afterDeclaration = bytes.starts(with: Array("<?xml ".utf8)) ? Array(bytes.drop { $0 != UInt8(ascii: ">") }) : bytes
    if afterDeclaration.indices.dropLast().contains(where: { afterDeclaration[$0] == UInt8(ascii: "<") && afterDeclaration[$0 + 1] == UInt8(ascii: "?") }) {
        return 0
    }
    let parser = XMLParser(data: Data(bytes))
    let reader = AcceptedPicture()
    parser.delegate = reader
    parser.shouldProcessNamespaces = false
    parser.shouldResolveExternalEntities = false
    guard parser.parse() else { return 0 }
    if let finding = reader.finding { preconditionFailure("the checker accepted \(finding)") }
    return 0
}

/// Looks, as libxml2 reads the file, for what the checker must have refused.
private final class AcceptedPicture: NSObject, XMLParserDelegate {
    var finding: String?

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String]) {
        let element = SVGScanner.localName(ArraySlice(elementName.utf8))
        if SVGChecker.refusedElements.contains(element) { finding = finding ?? "the element <\(elementName)>" }
        for (name, value) in attributes {
            let lower = name.lowercased()
            if lower == "xmlns" || lower.hasPrefix("xmlns:") { continue }
            let local = SVGScanner.localName(ArraySlice(name.utf8))
            if local.hasPrefix("on") { finding = finding ?? "the attribute \(name)" }
            if SVGChecker.scriptURLProblem(value) != nil { finding = finding ?? "a script URL in \(name)=\(value)" }
            if SVGChecker.urlAttributes.contains(local), SVGChecker.urlProblem(value) != nil {
                finding = finding ?? "the URL \(name)=\(value)"
            }
        }
    }

    func parser(_ parser: XMLParser, foundProcessingInstructionWithTarget target: String, data: String?) {
        if target.lowercased() == "xml-stylesheet" { finding = finding ?? "an xml-stylesheet instruction" }
    }

    func parser(_ parser: XMLParser, foundInternalEntityDeclarationWithName name: String, value: String?) {
        finding = finding ?? "the entity declaration \(name)"
    }
}
