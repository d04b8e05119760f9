import Foundation

/// Timing and process helpers.
enum Measure {
    /// Seconds of wall time `body` takes, the best of `repeats` runs.
    static func best(_ repeats: Int, _ body: () -> Void) -> Double {
        var best = Double.infinity
        for _ in 0..<repeats {
            let start = DispatchTime.now().uptimeNanoseconds
            body()
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            best = min(best, seconds)
        }
        return best
    }

    /// The result of a child process.
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
        var seconds: Double
        /// Peak resident memory of the child, in MiB.
        var peakMiB: Double
    }

    /// Runs a command, capturing its output and measuring its wall time and peak memory.
    ///
    /// Peak memory comes from GNU time (`/usr/bin/time -f %M`), which reports the child's own
    /// maximum resident set; without it the column stays empty.
    static func run(_ executable: String, _ arguments: [String]) throws -> Run {
        let timer = "/usr/bin/time"
        let useTimer = FileManager.default.isExecutableFile(atPath: timer)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: useTimer ? timer : executable)
        process.arguments = useTimer ? ["-f", "KHABAR_BENCH_MAXRSS_KB %M", executable] + arguments : arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        let start = DispatchTime.now().uptimeNanoseconds
        try process.run()
        let group = DispatchGroup()
        let box = OutputBox()
        for (index, pipe) in [out, err].enumerated() {
            group.enter()
            DispatchQueue.global().async {
                box.set(index, pipe.fileHandleForReading.readDataToEndOfFile())
                group.leave()
            }
        }
        process.waitUntilExit()
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        group.wait()
        var stderr = String(decoding: box.get(1), as: UTF8.self)
        var peak = 0.0
        if let range = stderr.range(of: "KHABAR_BENCH_MAXRSS_KB ", options: .backwards) {
            peak = (Double(stderr[range.upperBound...].prefix { $0.isNumber }) ?? 0) / 1024
            stderr = String(stderr[..<range.lowerBound])
        }
        return Run(
            status: process.terminationStatus, stdout: String(decoding: box.get(0), as: UTF8.self),
            stderr: stderr, seconds: seconds, peakMiB: peak)
    }

    /// Peak resident memory of this process so far, in MiB.
    static var selfPeakMiB: Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024
    }
}

private final class OutputBox: @unchecked Sendable {
    private var data: [Int: Data] = [:]
    private let lock = NSLock()
    func set(_ index: Int, _ value: Data) { lock.lock(); data[index] = value; lock.unlock() }
    func get(_ index: Int) -> Data { lock.lock(); defer { lock.unlock() }; return data[index] ?? Data() }
}
