import Foundation
import Logging

/// Writing to the terminal: results on stdout, diagnostics on stderr as plain lines.
enum Terminal {
    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func err(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    static var stderrIsTerminal: Bool { isatty(2) == 1 }
    static var stdoutIsTerminal: Bool { isatty(1) == 1 }

    /// The width of the terminal on stdout, or 120 when it is not a terminal.
    static var width: Int {
        var size = winsize()
        if ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init) { return columns }
        return 120
    }

    /// A logger that prints `--verbose` detail to stderr, and nothing otherwise.
    static func logger(verbose: Bool) -> Logger {
        Logger(label: "khabar") { _ in StderrLogHandler(logLevel: verbose ? .debug : .critical) }
    }
}

/// A log handler that writes plain lines to stderr, prefixed with the level.
struct StderrLogHandler: LogHandler {
    var logLevel: Logger.Level
    var metadata: Logger.Metadata = [:]

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        Terminal.err("[\(event.level)] \(event.message)")
    }
}

/// A progress line on stderr, redrawn in place, only when stderr is a terminal.
struct ProgressLine {
    let enabled = Terminal.stderrIsTerminal
    private var lastDraw = Date.distantPast

    mutating func draw(read: Int, stored: Int, elapsed: Double) {
        guard enabled, Date().timeIntervalSince(lastDraw) > 0.2 else { return }
        lastDraw = Date()
        let rate = elapsed > 0 ? Int(Double(read) / elapsed) : 0
        FileHandle.standardError.write(Data("\r\u{1B}[K\(read) read, \(stored) stored (\(rate)/s)".utf8))
    }

    func clear() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
