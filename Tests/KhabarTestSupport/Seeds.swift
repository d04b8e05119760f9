public import Foundation

/// The five seed reports, as shipped in `Samples/seeds/`.
public enum Seeds {
    /// The folder of the project (found from this file's location).
    public static let packageRoot: URL = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url
    }()

    /// The folder holding the seed reports.
    public static var directory: URL { packageRoot.appendingPathComponent("Samples/seeds") }

    /// The seed files, sorted.
    public static var files: [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasSuffix(".txt") }.sorted().map { directory.appendingPathComponent($0) }
    }

    /// The file of the seed whose name starts with `prefix` ("000" … "004").
    public static func file(_ prefix: String) -> URL {
        files.first { $0.lastPathComponent.hasPrefix(prefix) }!
    }

    /// The content of a seed file.
    public static func content(_ prefix: String) -> String {
        try! String(contentsOf: file(prefix), encoding: .utf8)
    }
}

/// A fresh temporary folder, removed when the value is released.
public final class TemporaryDirectory: @unchecked Sendable {
    /// The folder.
    public let url: URL

    /// Creates the folder.
    public init() {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("khabar-test-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// A path inside the folder.
    public func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    /// Writes `data` to a file inside the folder and returns its path.
    @discardableResult
    public func write(_ name: String, _ data: Data) -> String {
        let target = url.appendingPathComponent(name)
        try! FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try! data.write(to: target)
        return target.path
    }

    /// Writes UTF-8 text to a file inside the folder and returns its path.
    @discardableResult
    public func write(_ name: String, _ text: String) -> String { write(name, Data(text.utf8)) }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }
}
