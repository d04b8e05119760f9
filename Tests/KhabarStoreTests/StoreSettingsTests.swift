import Foundation
import KhabarTestSupport
import Testing

@testable import KhabarStore

@Suite struct StoreSettingsTests {
    /// Every connection to a database file has a 16 MiB page cache (a negative `cache_size` is in
    /// KiB) and keeps statement journals in memory (`temp_store` 2).
    @Test func connectionsCacheSixteenMebibytesAndKeepJournalsInMemory() throws {
        let dir = TemporaryDirectory()
        let store = try ArticleStore(path: dir.path("k.sqlite"))
        let settings = try store.connectionSettings()
        #expect(settings.writer == [-16384, 2])
        #expect(settings.reader == [-16384, 2])
    }
}
