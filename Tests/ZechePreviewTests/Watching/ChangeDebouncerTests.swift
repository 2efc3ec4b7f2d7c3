import Testing
@testable import ZechePreview

@Suite struct ChangeDebouncerTests {
    let start = ContinuousClock.now

    func at(_ milliseconds: Int) -> ContinuousClock.Instant {
        start.advanced(by: .milliseconds(milliseconds))
    }

    @Test func eventsCloserThanTheQuietPeriodFormOneBurst() {
        var debouncer = ChangeDebouncer(quietPeriod: .milliseconds(80), maximumDelay: .milliseconds(250))
        debouncer.record("a", at: at(0))
        debouncer.record("b", at: at(50))
        #expect(debouncer.takeBurst(at: at(100)) == nil)
        debouncer.record("a", at: at(120))
        #expect(debouncer.deadline == at(200))
        let burst = debouncer.takeBurst(at: at(200))
        #expect(burst?.paths == ["a": false, "b": false])
        #expect(debouncer.deadline == nil)
    }

    @Test func aBurstEndsAtTheMaximumDelayEvenIfEventsKeepComing() {
        var debouncer = ChangeDebouncer(quietPeriod: .milliseconds(80), maximumDelay: .milliseconds(250))
        for time in stride(from: 0, through: 240, by: 40) { debouncer.record("f\(time)", at: at(time)) }
        #expect(debouncer.deadline == at(250))
        #expect(debouncer.takeBurst(at: at(250))?.paths.count == 7)
    }

    @Test("A file modified and not yet closed holds the burst until it is closed or the maximum delay")
    func aFileBeingWrittenHoldsTheBurst() {
        var debouncer = ChangeDebouncer(quietPeriod: .milliseconds(80), maximumDelay: .milliseconds(250))
        // Truncated (modified), then a long pause on a busy machine before the text is written.
        debouncer.recordWriting("a.md", isOpen: true)
        debouncer.record("a.md", at: at(0))
        #expect(debouncer.deadline == at(250))
        #expect(debouncer.takeBurst(at: at(100)) == nil)
        debouncer.recordWriting("a.md", isOpen: false)
        debouncer.record("a.md", at: at(150))
        #expect(debouncer.deadline == at(230))
        #expect(debouncer.takeBurst(at: at(230))?.paths == ["a.md": false])
        // A file that is never closed still ends its burst at the maximum delay.
        debouncer.recordWriting("log.md", isOpen: true)
        debouncer.record("log.md", at: at(300))
        #expect(debouncer.deadline == at(550))
        #expect(debouncer.takeBurst(at: at(550))?.paths == ["log.md": false])
        debouncer.record("b.md", at: at(600))
        #expect(debouncer.deadline == at(680))
    }

    @Test func thePathKeepsHowItFirstAppeared() {
        var debouncer = ChangeDebouncer(quietPeriod: .milliseconds(80), maximumDelay: .milliseconds(250))
        debouncer.record("new", created: true, at: at(0))
        debouncer.record("new", at: at(10))
        debouncer.record("old", at: at(20))
        debouncer.record("old", created: true, at: at(30))
        #expect(debouncer.takeBurst(at: at(200))?.paths == ["new": true, "old": false])
    }

    @Test func lostEventsMakeTheBurstIncomplete() {
        var debouncer = ChangeDebouncer(quietPeriod: .milliseconds(80), maximumDelay: .milliseconds(250))
        debouncer.recordLostEvents(at: at(0))
        #expect(debouncer.takeBurst(at: at(100))?.isIncomplete == true)
    }
}

@Suite struct SiteInputKindTests {
    @Test(arguments: [
        ("site.yml", SiteInputKind?.some(.config)),
        ("Content/posts/a.md", .content),
        ("Content/posts/bundle/index.md", .content),
        ("Content/pages/impressum.MD", .content),
        ("Content/posts/a.markdown", .content),
        ("Content/posts/bundle/index.mdown", .content),
        ("Content/posts/a.mdx", .asset),
        ("Content/posts/bundle/photo.jpg", .asset),
        ("Content/images/logo.svg", .asset),
        ("Templates/layout.mustache", .template),
        ("Templates/partials/header.mustache", .template),
        ("Templates/i18n/de.yml", .template),
        ("Templates/assets/site.css", .asset),
        ("Output/index.html", nil),
        ("site.yml.bak", nil),
    ])
    func eachInputIsClassifiedByWhereItLives(path: String, kind: SiteInputKind?) {
        #expect(SiteInputKind.classify(path) == kind)
    }

    @Test(arguments: [
        ("Content/posts/.a.md.swp", true),
        ("Content/posts/a.md~", true),
        ("Content/posts/.#a.md", true),
        ("Content/posts/#a.md#", true),
        ("Content/posts/4913", true),
        ("Templates/layout.mustache___jb_tmp___", true),
        ("Content/posts/a.md", false),
        ("Content/posts/.well-known.md", false),
        ("Content/posts/swp.md", false),
    ])
    func editorScratchFilesAreRecognised(path: String, isScratch: Bool) {
        #expect(EditorScratchFiles.contains(path) == isScratch)
    }
}
