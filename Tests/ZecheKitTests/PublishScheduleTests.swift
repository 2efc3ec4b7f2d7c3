import Testing
@testable import ZecheKit

/// The publishing workflow of a site made by `zeche init` runs often enough that a release goes
/// online within the hour of its embargo or date.
struct PublishScheduleTests {
    /// The minutes past the hour of the workflow's `cron:` line, which must run every hour.
    static func scheduledMinutes() throws -> [Int] {
        let workflow = SiteWorkflows.publish(ZecheRelease(version: "1.0.0", binarySHA256: String(repeating: "0", count: 64)))
        let line = try #require(workflow.split(separator: "\n").first { $0.contains("- cron: ") })
        let fields = line.split(separator: "\"").dropFirst().first?.split(separator: " ") ?? []
        #expect(fields.count == 5 && fields.dropFirst().allSatisfy { $0 == "*" }, "the schedule must run every hour: \(line)")
        return try #require(fields.first).split(separator: ",").compactMap { Int($0) }.sorted()
    }

    @Test("The publishing workflow runs at least every 30 minutes")
    func halfHourly() throws {
        let minutes = try Self.scheduledMinutes()
        #expect(minutes == [7, 37])
        let gaps = zip(minutes, minutes.dropFirst() + [minutes[0] + 60]).map { $1 - $0 }
        #expect(gaps.max() ?? 60 <= 30)
    }
}
