import CCmarkGFM
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An image whose HTML Zeche writes instead of cmark: it has attributes from the caller (its
/// size, lazy loading) or is a figure with a caption or credit.
struct ImageRendering {
    let node: OpaquePointer
    /// The paragraph the image stands alone in, when it becomes a figure.
    let figureParagraph: OpaquePointer?
    /// The alt text, HTML-escaped as cmark writes it: read before any node changes, since a
    /// nested image is replaced first.
    let alt: String
    let title: String
    let caption: String?
    let credit: String?
    let attributes: ImageAttributes?
}

extension DocumentWalker {
    /// Records the image with its caption and credit; one with attributes or a figure is
    /// rendered by `renderImages` once the walk is over.
    mutating func visitImage(_ node: OpaquePointer, reference: LinkReference, attributes: ImageAttributes?) {
        let title = cmark_node_get_title(node).map { String(cString: $0) } ?? ""
        let (caption, credit) = MarkdownImage.captionAndCredit(ofTitle: title)
        let paragraph = (caption != nil || credit != nil) ? Self.paragraph(holdingOnly: node) : nil
        let alt = Self.altText(of: node)
        images.append(MarkdownImage(
            destination: reference.destination, alt: alt, caption: caption, credit: credit, isFigure: paragraph != nil,
            line: reference.line, column: reference.column))
        guard attributes != nil || paragraph != nil else { return }
        imageRenderings.append(ImageRendering(node: node, figureParagraph: paragraph, alt: ImageHTML.escaped(alt), title: title,
                                              caption: caption, credit: credit, attributes: attributes))
    }

    /// Replaces each recorded image by its HTML, the innermost first: an image inside another
    /// one's description goes with the outer image.
    func renderImages(memory: UnsafeMutablePointer<cmark_mem>) {
        for image in imageRenderings.reversed() {
            let url = cmark_node_get_url(image.node).map { String(cString: $0) } ?? ""
            if let paragraph = image.figureParagraph {
                let img = ImageHTML.img(url: url, escapedAlt: image.alt, title: nil, attributes: image.attributes)
                guard let figure = cmark_node_new_with_mem(CMARK_NODE_CUSTOM_BLOCK, memory) else { continue }
                cmark_node_set_on_enter(figure, ImageHTML.figure(img: img, caption: image.caption, credit: image.credit))
                cmark_node_set_on_exit(figure, "")
                guard cmark_node_insert_before(paragraph, figure) != 0 else {
                    cmark_node_free(figure)
                    continue
                }
                cmark_node_unlink(paragraph)
                cmark_node_free(paragraph)
            } else {
                let img = ImageHTML.img(url: url, escapedAlt: image.alt, title: image.title, attributes: image.attributes)
                guard let inline = cmark_node_new_with_mem(CMARK_NODE_CUSTOM_INLINE, memory) else { continue }
                cmark_node_set_on_enter(inline, img)
                cmark_node_set_on_exit(inline, "")
                guard cmark_node_insert_before(image.node, inline) != 0 else {
                    cmark_node_free(inline)
                    continue
                }
                cmark_node_unlink(image.node)
                cmark_node_free(image.node)
            }
        }
    }

    /// The paragraph whose only content is `image` (spaces and line breaks aside), or `nil`.
    private static func paragraph(holdingOnly image: OpaquePointer) -> OpaquePointer? {
        guard let parent = cmark_node_parent(image), cmark_node_get_type(parent) == CMARK_NODE_PARAGRAPH else { return nil }
        var child = cmark_node_first_child(parent)
        while let current = child {
            defer { child = cmark_node_next(current) }
            if current == image { continue }
            switch cmark_node_get_type(current) {
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                continue
            case CMARK_NODE_TEXT:
                let literal = cmark_node_get_literal(current).map { String(cString: $0) } ?? ""
                if literal.allSatisfy(\.isWhitespace) { continue }
                return nil
            default:
                return nil
            }
        }
        return parent
    }

    /// The image's description as cmark writes its `alt`: the literal text of its text, code
    /// and inline HTML nodes, a space for each line break.
    private static func altText(of image: OpaquePointer) -> String {
        guard let iterator = cmark_iter_new(image) else { return "" }
        defer { cmark_iter_free(iterator) }
        var text = ""
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let current = cmark_iter_get_node(iterator), current != image else { continue }
            switch cmark_node_get_type(current) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE, CMARK_NODE_HTML_INLINE:
                if let literal = cmark_node_get_literal(current) { text += String(cString: literal) }
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                text += " "
            default:
                break
            }
        }
        return text
    }
}
