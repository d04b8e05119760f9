import KhabarTestSupport

/// The seed reports from `KhabarTestSupport`.
enum SeedsBridge {
    static func content(_ prefix: String) -> String { Seeds.content(prefix) }
}
