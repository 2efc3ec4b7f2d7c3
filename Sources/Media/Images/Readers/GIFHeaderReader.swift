/// Reads a GIF's size from its logical screen descriptor, right after the six bytes of
/// `GIF87a` or `GIF89a`: the width and height of the canvas every frame is drawn on (GIF89a,
/// section 18).
enum GIFHeaderReader {
    static func read(_ file: ImageBytes) throws(ImageError) -> ImageInfo {
        let width = try file.uint16LE(at: 6)
        let height = try file.uint16LE(at: 8)
        guard width > 0, height > 0 else {
            throw .emptyImage(.gif, part: "logical screen descriptor", width: width, height: height)
        }
        return ImageInfo(format: .gif, storedWidth: width, storedHeight: height)
    }
}
