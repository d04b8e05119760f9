import Foundation
import Testing
@testable import KhabarCore

/// ``PrettyJSONArray`` writes what `JSONEncoder` writes for the whole array, byte for byte.
struct PrettyJSONArrayTests {
    /// An element with what pretty printing lays out differently: nested objects and arrays,
    /// empty ones, nulls, strings with line breaks, slashes, quotes and Arabic script.
    struct Report: Codable {
        var id: String
        var title: String?
        var outlets: [String]
        var facts: [[String: Double]]
        var extra: [String: String]
        var path: String

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(title, forKey: .title)  // null when nil, as the contract's fields
            try container.encode(outlets, forKey: .outlets)
            try container.encode(facts, forKey: .facts)
            try container.encode(extra, forKey: .extra)
            try container.encode(path, forKey: .path)
        }
    }

    static let reports: [Report] = [
        Report(id: "ev-1", title: "افزایش ۱۳ درصدی\nصادرات", outlets: ["IRNA", "Tabnak"], facts: [["value": 13], [:]],
               extra: [:], path: "in/a.txt"),
        Report(id: "ev-2", title: nil, outlets: [], facts: [], extra: ["quote": "قال \"نعم\" / لا"], path: "-"),
        Report(id: "ev-3", title: "", outlets: ["BBC Arabic"], facts: [["a": 1.5, "b": -2]], extra: ["k": ""], path: "dir/x y.jsonl"),
    ]

    func encoder(_ formatting: JSONEncoder.OutputFormatting) -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = formatting
        return encoder
    }

    func written<T: Encodable>(_ values: [T], encoder: JSONEncoder, chunkSize: Int) throws -> (bytes: Data, chunks: Int) {
        var bytes = Data(), chunks = 0
        try PrettyJSONArray(chunkSize: chunkSize).write(values, encoder: encoder) { bytes.append($0); chunks += 1 }
        return (bytes, chunks)
    }

    @Test(arguments: [1, 100, 1 << 20])
    func elementByElementIsTheWholeArraysJSON(chunkSize: Int) throws {
        for formatting: JSONEncoder.OutputFormatting in [[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes], [.prettyPrinted, .sortedKeys]] {
            let encoder = encoder(formatting)
            for count in 1...PrettyJSONArrayTests.reports.count {
                let values = Array(PrettyJSONArrayTests.reports.prefix(count))
                let (bytes, chunks) = try written(values, encoder: encoder, chunkSize: chunkSize)
                #expect(String(decoding: bytes, as: UTF8.self) == String(decoding: try encoder.encode(values), as: UTF8.self))
                // The smallest chunks hand the output over an element at a time, then its end;
                // the largest, all at the end.
                if chunkSize == 1 { #expect(chunks == count + 1) }
                if chunkSize == 1 << 20 { #expect(chunks == 1) }
            }
        }
    }

    @Test func nestedArraysAndEmptyArraysToo() throws {
        let encoder = encoder([.prettyPrinted, .sortedKeys])
        let values: [[[Int]]] = [[[1, 2], []], [], [[3]]]
        #expect(try written(values, encoder: encoder, chunkSize: 8).bytes == encoder.encode(values))
        let empty: [Report] = []
        #expect(try written(empty, encoder: encoder, chunkSize: 8).bytes == encoder.encode(empty))
    }
}
