/// The encodings Khabar reads.
public enum InputEncoding: String, Sendable, Hashable, CaseIterable {
    /// UTF-8 (with or without a byte order mark), or UTF-16 when a byte order mark says so.
    case automatic = "auto"
    /// Legacy Windows-1256 (Arabic), on request only: it cannot be told from other code pages.
    case windows1256 = "windows-1256"
}

/// Turns the bytes of an input into text, or says in one phrase why they are not text.
public struct TextDecoder: Sendable {
    /// The encoding to assume.
    public var encoding: InputEncoding

    /// Creates a decoder.
    public init(encoding: InputEncoding = .automatic) {
        self.encoding = encoding
    }

    /// The kind of byte order mark at the start of `bytes`.
    enum ByteOrderMark {
        case utf8, utf16LittleEndian, utf16BigEndian

        init?(_ bytes: some Collection<UInt8>) {
            let prefix = Array(bytes.prefix(3))
            if prefix.count >= 3, prefix[0] == 0xEF, prefix[1] == 0xBB, prefix[2] == 0xBF { self = .utf8 }
            else if prefix.count >= 2, prefix[0] == 0xFF, prefix[1] == 0xFE { self = .utf16LittleEndian }
            else if prefix.count >= 2, prefix[0] == 0xFE, prefix[1] == 0xFF { self = .utf16BigEndian }
            else { return nil }
        }

        var length: Int { self == .utf8 ? 3 : 2 }
    }

    /// Decodes a whole input. On failure, the error is a phrase such as
    /// "not valid UTF-8 text (invalid byte 0xFF at byte 12)".
    public func decode(_ bytes: [UInt8]) -> Result<String, DecodeFailure> {
        if let mark = ByteOrderMark(bytes), mark != .utf8 {
            return decodeUTF16(bytes[mark.length...], bigEndian: mark == .utf16BigEndian)
        }
        let body = ByteOrderMark(bytes) == .utf8 ? bytes[3...] : bytes[...]
        if let nul = body.firstIndex(of: 0) {
            return .failure(DecodeFailure("a binary file, not text (NUL byte at byte \(nul))"))
        }
        switch encoding {
        case .windows1256:
            return .success(Windows1256.decode(body))
        case .automatic:
            return decodeUTF8(body, offset: body.startIndex)
        }
    }

    /// Decodes UTF-8 bytes, reporting the first invalid byte.
    func decodeUTF8(_ bytes: ArraySlice<UInt8>, offset: Int) -> Result<String, DecodeFailure> {
        if let text = String(validating: bytes, as: UTF8.self) { return .success(text) }
        // Find the first invalid sequence for the message.
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var position = 0
        var consumed = 0
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                consumed += UTF8.width(scalar)
                position = consumed
            case .emptyInput:
                break loop
            case .error:
                break loop
            }
        }
        let index = bytes.startIndex + position
        let byte = index < bytes.endIndex ? bytes[index] : 0
        let hex = String(byte, radix: 16, uppercase: true)
        return .failure(DecodeFailure(
            "not valid UTF-8 text (invalid byte 0x\(hex.count == 1 ? "0" + hex : hex) at byte \(index)); "
                + "pass --encoding windows-1256 for legacy Arabic-script files"))
    }

    private func decodeUTF16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> Result<String, DecodeFailure> {
        guard bytes.count % 2 == 0 else {
            return .failure(DecodeFailure("not valid UTF-16 text (odd number of bytes)"))
        }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let a = UInt16(bytes[index]), b = UInt16(bytes[index + 1])
            units.append(bigEndian ? a << 8 | b : b << 8 | a)
            index += 2
        }
        if units.contains(0) {
            return .failure(DecodeFailure("a binary file, not text (NUL character)"))
        }
        guard let text = String(validating: units, as: UTF16.self) else {
            return .failure(DecodeFailure("not valid UTF-16 text (unpaired surrogate)"))
        }
        return .success(text)
    }
}

/// Why some bytes are not text, as a phrase for a `path:line: reason` message.
public struct DecodeFailure: Error, Sendable, Hashable, CustomStringConvertible {
    /// The phrase.
    public var description: String

    init(_ description: String) {
        self.description = description
    }
}
