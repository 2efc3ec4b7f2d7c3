import Testing
@testable import ZechePreview

@Suite struct MediaTypeTests {
    @Test(arguments: [
        ("/index.html", "text/html; charset=utf-8"),
        ("/assets/site.css", "text/css; charset=utf-8"),
        ("/assets/app.js", "text/javascript; charset=utf-8"),
        ("/feed.json", "application/json"),
        ("/feed.xml", "application/xml; charset=utf-8"),
        ("/images/logo.svg", "image/svg+xml"),
        ("/images/photo.png", "image/png"),
        ("/images/photo.jpg", "image/jpeg"),
        ("/images/photo.jpeg", "image/jpeg"),
        ("/images/anim.gif", "image/gif"),
        ("/images/photo.webp", "image/webp"),
        ("/images/photo.avif", "image/avif"),
        ("/favicon.ico", "image/x-icon"),
        ("/fonts/text.woff2", "font/woff2"),
        ("/robots.txt", "text/plain; charset=utf-8"),
        ("/download.bin", "application/octet-stream"),
    ])
    func eachFileIsServedWithTheContentTypeOfItsExtension(path: String, type: String) throws {
        try withServer { server in
            let response = try fetch(path, from: server)
            #expect(response.status == 200)
            #expect(response.headers["content-type"] == type)
        }
    }

    @Test(arguments: [
        ("/A/PHOTO.JPG", "image/jpeg"),
        ("/folder.with.dots/readme", "application/octet-stream"),
        ("/.hidden", "application/octet-stream"),
        ("/archive.tar.gz", "application/octet-stream"),
        ("/contacts/lena-berg.vcf", "text/vcard; charset=utf-8"),
    ])
    func extensionsAreMatchedWithoutRegardToCaseAndOnlyInTheLastSegment(path: String, type: String) {
        #expect(MediaType.forPath(path) == type)
    }
}
