import Foundation
public import KhabarCore

/// What reading an input yields: an article, or a rejection of part of the input.
public enum ReadItem: Sendable {
    case article(Article)
    case rejection(Rejection)
}

/// Reads articles from text reports and JSON Lines, reporting every bad input as a rejection
/// and carrying on with the rest.
public struct ArticleReader: Sendable {
    /// The longest article text accepted, in UTF-8 bytes (5 MB).
    public static let maximumTextBytes = 5 * 1024 * 1024

    /// The encoding to assume for input without a byte order mark.
    public var encoding: InputEncoding

    /// Creates a reader.
    public init(encoding: InputEncoding = .automatic) {
        self.encoding = encoding
    }

    /// Reads one input, calling `emit` for every article and rejection, in input order.
    ///
    /// Throws only when the input cannot be opened or read at all; the caller reports that as a
    /// rejection of the whole input.
    public func read(_ source: InputSource, emit: (ReadItem) throws -> Void) throws {
        let handle: FileHandle
        if let url = source.fileURL {
            do {
                handle = try FileHandle(forReadingFrom: url)
            } catch {
                try emit(.rejection(Rejection(path: source.displayPath, line: nil, reason: "cannot open the file for reading")))
                return
            }
        } else {
            handle = FileHandle.standardInput
        }
        defer { if source.fileURL != nil { try? handle.close() } }

        switch source.format {
        case .jsonLines:
            try readJSONLines(handle, path: source.displayPath, firstBytes: [], emit: emit)
        case .textReport:
            if let size = source.fileURL.flatMap({ try? FileManager.default.attributesOfItem(atPath: $0.path)[.size] as? Int }),
               size / 2 > ArticleReader.maximumTextBytes + 64 {
                try emit(.rejection(Rejection(
                    path: source.displayPath, line: nil,
                    reason: "article text is \(megabytes(size)), over the 5 MB limit")))
                return
            }
            let bytes = [UInt8](try handle.readToEnd() ?? Data())
            try emit(textReport(bytes, path: source.displayPath))
        case .sniffed:
            // Standard input: JSON Lines when the first non-blank byte opens an object.
            let head = [UInt8](try handle.read(upToCount: 4096) ?? Data())
            let firstVisible = head.first { ![0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) }
            if firstVisible == UInt8(ascii: "{") {
                try readJSONLines(handle, path: source.displayPath, firstBytes: head, emit: emit)
            } else {
                let rest = [UInt8](try handle.readToEnd() ?? Data())
                try emit(textReport(head + rest, path: source.displayPath))
            }
        }
    }

    // MARK: - Text reports

    /// Reads a whole text report: an optional leading `date YYYY-MM-DD` marker (possibly after
    /// whitespace, possibly followed by the headline on the same line), then the text.
    public func textReport(_ bytes: [UInt8], path: String) -> ReadItem {
        guard !bytes.isEmpty else { return .rejection(Rejection(path: path, line: nil, reason: "empty file")) }
        let content: String
        switch TextDecoder(encoding: encoding).decode(bytes) {
        case .success(let text): content = text
        case .failure(let failure): return .rejection(Rejection(path: path, line: nil, reason: failure.description))
        }
        guard content.contains(where: { !$0.isWhitespace }) else {
            return .rejection(Rejection(path: path, line: nil, reason: "no text: the file holds only whitespace"))
        }
        var text = content
        var published: CivilDate? = nil
        switch DateMarker.parse(content) {
        case .none:
            break
        case .invalid(let value):
            return .rejection(Rejection(path: path, line: 1, reason: "the date marker '\(value)' is not a valid YYYY-MM-DD date"))
        case .found(let date, let rest):
            published = date
            text = rest
        }
        guard text.contains(where: { !$0.isWhitespace }) else {
            return .rejection(Rejection(path: path, line: 1, reason: "no article text after the date marker"))
        }
        if text.utf8.count > ArticleReader.maximumTextBytes {
            return .rejection(Rejection(
                path: path, line: nil, reason: "article text is \(megabytes(text.utf8.count)), over the 5 MB limit"))
        }
        let id = ArticleIdentity.id(url: nil, outlet: nil, text: text)
        return .article(Article(id: id, text: text, published: published, path: path))
    }

    // MARK: - JSON Lines

    private func readJSONLines(
        _ handle: FileHandle, path: String, firstBytes: [UInt8], emit: (ReadItem) throws -> Void
    ) throws {
        var reader = ByteLineReader(
            handle: handle, encoding: encoding, maximumLineLength: 4 * ArticleReader.maximumTextBytes)
        reader.prepend(firstBytes)
        var sawLine = false
        while let line = try reader.next() {
            if reader.looksBinary {
                try emit(.rejection(Rejection(path: path, line: nil, reason: "a binary file, not text")))
                return
            }
            switch line {
            case .tooLong(let number, let length):
                sawLine = true
                try emit(.rejection(Rejection(
                    path: path, line: number, reason: "the line is \(megabytes(length)), too long for one article (5 MB of text at most)")))
            case .bytes(let number, let bytes):
                if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
                sawLine = true
                try emit(JSONLineParser.article(from: bytes, path: path, line: number))
            }
        }
        if !sawLine {
            try emit(.rejection(Rejection(path: path, line: nil, reason: "empty file")))
        }
    }
}

func megabytes(_ bytes: Int) -> String {
    let value = Double(bytes) / Double(1024 * 1024)
    return String(format: "%.1f MB", value)
}

/// The optional `date YYYY-MM-DD` marker that opens a text report.
enum DateMarker {
    enum Outcome: Equatable {
        case none
        case invalid(String)
        case found(CivilDate, rest: String)
    }

    /// Looks for the marker after leading whitespace. The text that follows it (after the spaces
    /// that separate it from a headline on the same line) is the article text.
    static func parse(_ content: String) -> Outcome {
        let scalars = Array(content.unicodeScalars)
        var i = 0
        while i < scalars.count, scalars[i].properties.isWhitespace || scalars[i] == "\u{FEFF}" { i += 1 }
        let keyword: [Unicode.Scalar] = ["d", "a", "t", "e"]
        guard i + 4 < scalars.count, Array(scalars[i..<i + 4]) == keyword, scalars[i + 4] == " " || scalars[i + 4] == "\t" else {
            return .none
        }
        i += 4
        while i < scalars.count, scalars[i] == " " || scalars[i] == "\t" { i += 1 }
        let valueStart = i
        while i < scalars.count, !scalars[i].properties.isWhitespace { i += 1 }
        var value = String.UnicodeScalarView()
        value.append(contentsOf: scalars[valueStart..<i])
        let valueText = String(value)
        // Only a value shaped like a date makes this a marker; "date palms grow…" is text.
        let shaped = valueText.utf8.count == 10 && valueText.utf8.enumerated().allSatisfy { index, byte in
            index == 4 || index == 7 ? byte == UInt8(ascii: "-") : (0x30...0x39).contains(byte)
        }
        guard shaped else { return .none }
        guard let date = CivilDate(iso: valueText) else { return .invalid(valueText) }
        // The text starts after the spaces that follow the marker on its line.
        while i < scalars.count, scalars[i] == " " || scalars[i] == "\t" { i += 1 }
        var rest = String.UnicodeScalarView()
        rest.append(contentsOf: scalars[i...])
        return .found(date, rest: String(rest))
    }
}
