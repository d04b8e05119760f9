import Foundation
import KhabarCore

/// Turns one JSON Lines record into an article, or a rejection naming the line and the field.
///
/// A record is an object with a required string `text` and optional `id` (string or number, kept
/// as `external_id`), `url`, `outlet`, `title`, `published` (ISO 8601) and `language`.
enum JSONLineParser {
    ///
    /// With `fast` false, every record is read by `JSONSerialization` (the oracle of the tests
    /// for the fast reader's fields).
    static func article(from bytes: [UInt8], path: String, line: Int, fast: Bool = true) -> ReadItem {
        func reject(_ reason: String) -> ReadItem { .rejection(Rejection(path: path, line: line, reason: reason)) }
        if containsNUL(bytes) { return reject("a binary record, not text (NUL byte)") }
        let record: Record
        if fast, let flat = FlatJSONObject.fields(bytes) {
            // Read, so valid UTF-8 (the reader validates its strings, and the rest is ASCII).
            record = .flat(flat)
        } else {
            guard String(validating: bytes, as: UTF8.self) != nil else {
                return reject("not valid UTF-8 text; pass --encoding windows-1256 for legacy Arabic-script files")
            }
            let object: Any
            do {
                object = try JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])
            } catch {
                return reject("not valid JSON")
            }
            guard let dictionary = object as? [String: Any] else {
                return reject("expected a JSON object with a \"text\" field, found \(kind(of: object))")
            }
            record = .object(dictionary)
        }
        let text: String
        switch record["text"] {
        case .absent, .null: return reject("missing required field \"text\"")
        case .string(let string): text = string
        case .other(let value): return reject("field \"text\" must be a string, found \(kind(of: value))")
        }
        guard text.contains(where: { !$0.isWhitespace }) else { return reject("field \"text\" is empty") }
        if text.utf8.count > ArticleReader.maximumTextBytes {
            return reject("field \"text\" is \(megabytes(text.utf8.count)), over the 5 MB limit")
        }

        // url, outlet, title, published, language: trimmed, and absent when empty.
        var strings: [String?] = [nil, nil, nil, nil, nil]
        for (index, field) in stringFields.enumerated() {
            switch record[field] {
            case .absent, .null: continue
            case .string(let string):
                let trimmed = string.trimmingWhitespace()
                if !trimmed.isEmpty { strings[index] = trimmed }
            case .other(let value):
                return reject("field \"\(field)\" must be a string, found \(kind(of: value))")
            }
        }
        let url = strings[0], outlet = strings[1], title = strings[2], timestamp = strings[3], languageCode = strings[4]
        var externalID: String? = nil
        switch record["id"] {
        case .absent, .null: break
        case .string(let string): externalID = string
        case .other(let value):
            if let number = value as? NSNumber, !(isBoolean(number)) {
                externalID = number.stringValue
            } else {
                return reject("field \"id\" must be a string or a number, found \(kind(of: value))")
            }
        }
        var published: CivilDate? = nil
        if let timestamp {
            guard let day = PublishedTimestamp.day(of: timestamp) else {
                return reject("field \"published\" is not an ISO 8601 date or timestamp: '\(timestamp)'")
            }
            published = day
        }
        let language = languageCode.flatMap { Language(code: $0) }
        let id = ArticleIdentity.id(url: url, outlet: outlet, text: text)
        return .article(Article(
            id: id, externalID: externalID, url: url, outlet: outlet, title: title,
            text: text, publishedTimestamp: timestamp, published: published, declaredLanguage: language,
            path: path, line: line))
    }

    /// The optional string fields, in the order they are checked.
    private static let stringFields = ["url", "outlet", "title", "published", "language"]

    /// A record: the fast reader's fields, or `JSONSerialization`'s object.
    private enum Record {
        case flat([FlatJSONObject.Field])
        case object([String: Any])

        /// A field's value as the parser tells it apart.
        enum Value {
            case absent, null, string(String), other(Any)
        }

        subscript(key: String) -> Value {
            switch self {
            case .flat(let fields):
                guard let field = fields.first(where: { $0.key == key }) else { return .absent }
                return field.value.map { .string($0) } ?? .null
            case .object(let object):
                guard let value = object[key] else { return .absent }
                if value is NSNull { return .null }
                if let string = value as? String { return .string(string) }
                return .other(value)
            }
        }
    }

    /// Whether `bytes` has a NUL byte, through `memchr`: this runs over every byte of every
    /// record, and `Array.contains` compares them one at a time.
    static func containsNUL(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return false }
            return memchr(base, 0, buffer.count) != nil
        }
    }

    private static func kind(of value: Any) -> String {
        switch value {
        case is String: "a string"
        case let number as NSNumber: isBoolean(number) ? "a boolean" : "a number"
        case is [Any]: "an array"
        case is [String: Any]: "an object"
        case is NSNull: "null"
        default: "another value"
        }
    }

    /// Whether a number from `JSONSerialization` is a JSON boolean (`true`/`false`), which it
    /// returns as a number whose Objective-C type is `c` (char).
    private static func isBoolean(_ number: NSNumber) -> Bool {
        String(cString: number.objCType) == "c"
    }
}

/// Reads the day of an ISO 8601 publication timestamp, in the timestamp's own UTC offset.
///
/// Accepts `YYYY-MM-DD`, optionally followed by `T` or a space, a time `HH:MM[:SS[.fff]]`, and a
/// zone `Z`, `±HH:MM` or `±HHMM`.
enum PublishedTimestamp {
    static func day(of timestamp: String) -> CivilDate? {
        let utf8 = Array(timestamp.utf8)
        guard utf8.count >= 10, let day = CivilDate(iso: timestamp.prefix(10)) else { return nil }
        if utf8.count == 10 { return day }
        var i = 10
        guard utf8[i] == UInt8(ascii: "T") || utf8[i] == UInt8(ascii: " ") else { return nil }
        i += 1
        func digits(_ count: Int, max: Int) -> Bool {
            guard i + count <= utf8.count else { return false }
            var value = 0
            for byte in utf8[i..<i + count] {
                guard (0x30...0x39).contains(byte) else { return false }
                value = value * 10 + Int(byte - 0x30)
            }
            i += count
            return value <= max
        }
        guard digits(2, max: 23), i < utf8.count, utf8[i] == UInt8(ascii: ":"), { i += 1; return true }(),
              digits(2, max: 59) else { return nil }
        if i < utf8.count, utf8[i] == UInt8(ascii: ":") {
            i += 1
            guard digits(2, max: 60) else { return nil }
            if i < utf8.count, utf8[i] == UInt8(ascii: ".") || utf8[i] == UInt8(ascii: ",") {
                i += 1
                let start = i
                while i < utf8.count, (0x30...0x39).contains(utf8[i]) { i += 1 }
                guard i > start else { return nil }
            }
        }
        if i == utf8.count { return day }
        if utf8[i] == UInt8(ascii: "Z") || utf8[i] == UInt8(ascii: "z") { return i + 1 == utf8.count ? day : nil }
        guard utf8[i] == UInt8(ascii: "+") || utf8[i] == UInt8(ascii: "-") else { return nil }
        i += 1
        guard digits(2, max: 14) else { return nil }
        if i < utf8.count, utf8[i] == UInt8(ascii: ":") { i += 1 }
        guard digits(2, max: 59), i == utf8.count else { return nil }
        return day
    }
}
