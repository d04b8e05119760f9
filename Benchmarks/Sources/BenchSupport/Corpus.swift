import Foundation

/// One article of a development corpus.
public struct CorpusArticle: Sendable {
    public var id: String
    public var title: String?
    public var text: String
    public var published: String?
    public var language: String?
    public var outlet: String?
    /// The line as read, for writing it back into a replay file.
    public var line: String
}

/// Reads the JSON Lines corpora the benchmark runs on.
public enum Corpus {
    public static func read(_ path: String, limit: Int? = nil) throws -> [CorpusArticle] {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw BenchError("cannot read \(path); run scripts/bench, which decompresses the corpora")
        }
        defer { try? handle.close() }
        let data = handle.readDataToEndOfFile()
        var articles: [CorpusArticle] = []
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let text = object["text"] as? String, !text.isEmpty else { continue }
            articles.append(CorpusArticle(
                id: object["id"] as? String ?? "", title: object["title"] as? String, text: text,
                published: object["published"] as? String, language: object["language"] as? String,
                outlet: object["outlet"] as? String, line: String(line)))
            if let limit, articles.count >= limit { break }
        }
        return articles
    }

    /// Writes articles as JSON Lines.
    public static func write(_ articles: [CorpusArticle], to path: String) throws {
        var out = ""
        for article in articles { out += article.line + "\n" }
        try out.write(toFile: path, atomically: true, encoding: .utf8)
    }

    /// Writes one article per line with newlines flattened (the hazm peer reads that form).
    public static func writePlain(_ articles: [CorpusArticle], to path: String) throws {
        let lines = articles.map { $0.text.replacingOccurrences(of: "\n", with: " ") }
        try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
    }

    /// A replay of `articles` `copies` times over, each copy's publication dates shifted by
    /// `shiftDays` more days and its id and url made distinct, so the archive grows while the
    /// number of articles per day stays that of the real corpus.
    public static func writeReplay(_ articles: [CorpusArticle], copies: Int, shiftDays: Int, to path: String) throws {
        _ = FileManager.default.createFile(atPath: path, contents: nil)
        guard let handle = FileHandle(forWritingAtPath: path) else { throw BenchError("cannot write \(path)") }
        defer { try? handle.close() }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd"
        for copy in 0..<copies {
            var chunk = ""
            for article in articles {
                guard var object = try? JSONSerialization.jsonObject(with: Data(article.line.utf8)) as? [String: Any] else { continue }
                if copy > 0 {
                    object["id"] = "\(article.id)#replay\(copy)"
                    if let url = object["url"] as? String { object["url"] = url + "#replay\(copy)" }
                    if let published = article.published, published.count >= 10,
                       let day = formatter.date(from: String(published.prefix(10))) {
                        let shifted = day.addingTimeInterval(Double(copy * shiftDays) * 86_400)
                        object["published"] = formatter.string(from: shifted) + published.dropFirst(10)
                    }
                }
                let data = try JSONSerialization.data(withJSONObject: object, options: [.withoutEscapingSlashes])
                chunk += String(decoding: data, as: UTF8.self) + "\n"
            }
            handle.write(Data(chunk.utf8))
        }
    }
}

/// A benchmark's or a training run's error, printed as is.
public struct BenchError: Error, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}
