public import Foundation

/// Writes an array as a `JSONEncoder` with `.prettyPrinted` writes it, byte for byte, one element
/// at a time: a whole archive's events as JSON (280 MB for 126k articles) is never held in memory
/// at once, nor the encoder's tree of it, which took three times the events' own memory.
///
/// The encoder must sort keys (`.sortedKeys`): otherwise the order of an object's keys is not
/// fixed, in an array or alone. Its escaping options apply to each element as to the whole array.
public struct PrettyJSONArray: Sendable {
    /// How many bytes are gathered before they are handed to the sink.
    public var chunkSize: Int

    /// Creates a writer that hands its output over in chunks of about `chunkSize` bytes.
    public init(chunkSize: Int = 1 << 20) {
        self.chunkSize = chunkSize
    }

    /// Writes `values` as `encoder` would write them as one array, handing the bytes to `sink`
    /// in order, in chunks.
    ///
    /// - Parameter encoder: An encoder whose output formatting includes `.prettyPrinted` and
    ///   `.sortedKeys`.
    /// - Throws: What `encoder` or `sink` throws.
    public func write<T: Encodable>(_ values: [T], encoder: JSONEncoder, to sink: (Data) throws -> Void) throws {
        // The encoder's own form of an empty array, whatever it is.
        guard !values.isEmpty else { return try sink(encoder.encode(values)) }
        let newline = UInt8(ascii: "\n"), indent: [UInt8] = [UInt8(ascii: " "), UInt8(ascii: " ")]
        var buffer: [UInt8] = Array("[\n".utf8)
        buffer.reserveCapacity(chunkSize + chunkSize / 4)
        for (index, value) in values.enumerated() {
            let element = try encoder.encode(value)
            if index > 0 { buffer += Array(",\n".utf8) }
            // An element is indented one level deeper inside the array. A string's line breaks
            // are escaped, so every raw line break starts a line; the empty line of an empty
            // array or object inside is left unindented, as the encoder leaves it.
            var lineStart = true
            for byte in element {
                if lineStart && byte != newline { buffer += indent }
                buffer.append(byte)
                lineStart = byte == newline
            }
            if buffer.count >= chunkSize {
                try sink(Data(buffer))
                buffer.removeAll(keepingCapacity: true)
            }
        }
        buffer += Array("\n]".utf8)
        try sink(Data(buffer))
    }
}
