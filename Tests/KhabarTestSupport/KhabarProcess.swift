public import Foundation

/// Runs the built `khabar` binary as a child process, as a user or a script would.
public enum KhabarProcess {
    /// The result of a run.
    public struct Result: Sendable {
        /// The exit status.
        public var status: Int32
        /// What it printed on stdout.
        public var stdout: String
        /// What it printed on stderr.
        public var stderr: String
        /// The stderr lines.
        public var stderrLines: [String] { stderr.split(separator: "\n").map(String.init) }
    }

    /// The `khabar` binary built next to the test bundle (or `$KHABAR_BIN`).
    public static let binary: URL = {
        if let path = ProcessInfo.processInfo.environment["KHABAR_BIN"], !path.isEmpty { return URL(fileURLWithPath: path) }
        var candidates: [URL] = []
        let argument0 = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        candidates.append(argument0.deletingLastPathComponent().appendingPathComponent("khabar"))
        candidates.append(Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("khabar"))
        candidates.append(Bundle.main.bundleURL.appendingPathComponent("khabar"))
        candidates.append(Seeds.packageRoot.appendingPathComponent(".build/debug/khabar"))
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
    }()

    /// Runs `khabar` with `arguments`, feeding `stdin`, in `directory`, with extra environment.
    public static func run(
        _ arguments: [String], stdin: Data? = nil, in directory: URL? = nil, environment: [String: String] = [:]
    ) throws -> Result {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "KHABAR_DB")
        env.removeValue(forKey: "KHABAR_GAZETTEER")
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        // Read both pipes concurrently so a full pipe never blocks the child.
        let collected = PipeCollector()
        let group = DispatchGroup()
        for (index, pipe) in [out, err].enumerated() {
            group.enter()
            DispatchQueue.global().async {
                collected.set(index, pipe.fileHandleForReading.readDataToEndOfFile())
                group.leave()
            }
        }
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        group.wait()
        return Result(
            status: process.terminationStatus,
            stdout: String(decoding: collected.get(0), as: UTF8.self),
            stderr: String(decoding: collected.get(1), as: UTF8.self))
    }
}

private final class PipeCollector: @unchecked Sendable {
    private var data: [Int: Data] = [:]
    private let lock = NSLock()

    func set(_ index: Int, _ value: Data) {
        lock.lock()
        data[index] = value
        lock.unlock()
    }

    func get(_ index: Int) -> Data {
        lock.lock()
        defer { lock.unlock() }
        return data[index] ?? Data()
    }
}
