import Foundation

/// Reads an input in chunks and hands out its lines as UTF-8 bytes, so files of any size are
/// streamed rather than loaded whole.
///
/// UTF-16 input (recognised by its byte order mark) and Windows-1256 input are transcoded to
/// UTF-8 on the fly; a UTF-8 byte order mark is dropped. Lines longer than `maximumLineLength`
/// are skipped up to their end and reported as too long instead of being buffered.
struct ByteLineReader {
    enum Line {
        case bytes(number: Int, [UInt8])
        case tooLong(number: Int, length: Int)
    }

    private let handle: FileHandle
    private let encoding: InputEncoding
    private let maximumLineLength: Int
    private var pending: [UInt8] = []
    private var pendingStart = 0
    private var lineNumber = 0
    private var atEnd = false
    private var skippingLongLine: Int? = nil
    private var transcoder: Transcoder? = nil
    private var sawFirstChunk = false
    private var initialBytes: [UInt8] = []
    /// Whether a NUL byte was seen in the first chunk: the input is binary.
    private(set) var looksBinary = false

    static let chunkSize = 1 << 20

    init(handle: FileHandle, encoding: InputEncoding, maximumLineLength: Int) {
        self.handle = handle
        self.encoding = encoding
        self.maximumLineLength = maximumLineLength
    }

    /// Bytes already read from the handle (to sniff the format), to be read first.
    mutating func prepend(_ bytes: [UInt8]) {
        initialBytes = bytes
    }

    /// The index of the first `\n` in `pending` from `pendingStart` on, through `memchr`: every
    /// byte of the input passes here, and `firstIndex(of:)` compares them one at a time.
    private func nextNewline() -> Int? {
        pending.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress, pendingStart < buffer.count,
                  let found = memchr(base + pendingStart, 0x0A, buffer.count - pendingStart) else { return nil }
            return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
        }
    }

    /// The next line (without its `\n` or `\r\n`), or `nil` at the end of the input.
    mutating func next() throws -> Line? {
        while true {
            if let newline = nextNewline() {
                var end = newline
                if end > pendingStart, pending[end - 1] == 0x0D { end -= 1 }
                lineNumber += 1
                defer { pendingStart = newline + 1 }
                if let skipped = skippingLongLine {
                    skippingLongLine = nil
                    return .tooLong(number: lineNumber, length: skipped + (newline - pendingStart))
                }
                return .bytes(number: lineNumber, Array(pending[pendingStart..<end]))
            }
            if atEnd {
                guard pendingStart < pending.count || skippingLongLine != nil else { return nil }
                lineNumber += 1
                let rest = Array(pending[pendingStart...])
                pending = []
                pendingStart = 0
                if let skipped = skippingLongLine {
                    skippingLongLine = nil
                    return .tooLong(number: lineNumber, length: skipped + rest.count)
                }
                return .bytes(number: lineNumber, rest)
            }
            // Compact, then read more.
            if pendingStart > 0 {
                pending.removeSubrange(0..<pendingStart)
                pendingStart = 0
            }
            if pending.count > maximumLineLength {
                skippingLongLine = (skippingLongLine ?? 0) + pending.count
                pending.removeAll(keepingCapacity: true)
            }
            let chunk: Data
            if initialBytes.isEmpty {
                chunk = try handle.read(upToCount: ByteLineReader.chunkSize) ?? Data()
            } else {
                chunk = Data(initialBytes)
                initialBytes = []
            }
            if chunk.isEmpty {
                atEnd = true
                if var transcoder {
                    pending += transcoder.finish()
                    self.transcoder = nil
                }
                continue
            }
            var bytes = [UInt8](chunk)
            if !sawFirstChunk {
                sawFirstChunk = true
                if let mark = TextDecoder.ByteOrderMark(bytes) {
                    bytes.removeFirst(mark.length)
                    switch mark {
                    case .utf8: break
                    case .utf16LittleEndian: transcoder = Transcoder(kind: .utf16(bigEndian: false))
                    case .utf16BigEndian: transcoder = Transcoder(kind: .utf16(bigEndian: true))
                    }
                } else if encoding == .windows1256 {
                    transcoder = Transcoder(kind: .windows1256)
                }
                looksBinary = transcoder == nil ? bytes.contains(0) : false
            }
            if var transcoder {
                pending += transcoder.transcode(bytes)
                self.transcoder = transcoder
            } else {
                pending += bytes
            }
        }
    }
}

/// Converts UTF-16 or Windows-1256 chunks to UTF-8, carrying a split code unit or surrogate pair
/// across chunk boundaries. Unpaired surrogates become U+FFFD, which the JSON reader then reports.
struct Transcoder {
    enum Kind {
        case utf16(bigEndian: Bool)
        case windows1256
    }

    let kind: Kind
    private var carryByte: UInt8? = nil
    private var carrySurrogate: UInt16? = nil

    init(kind: Kind) {
        self.kind = kind
    }

    mutating func transcode(_ bytes: [UInt8]) -> [UInt8] {
        switch kind {
        case .windows1256:
            return Array(Windows1256.decode(bytes).utf8)
        case .utf16(let bigEndian):
            var input = bytes
            if let carry = carryByte {
                input.insert(carry, at: 0)
                carryByte = nil
            }
            if input.count % 2 == 1 { carryByte = input.removeLast() }
            var out: [UInt8] = []
            out.reserveCapacity(input.count)
            var index = 0
            while index < input.count {
                let a = UInt16(input[index]), b = UInt16(input[index + 1])
                index += 2
                let unit = bigEndian ? a << 8 | b : b << 8 | a
                if let high = carrySurrogate {
                    carrySurrogate = nil
                    if (0xDC00...0xDFFF).contains(unit) {
                        let value = 0x10000 + ((UInt32(high) - 0xD800) << 10) + (UInt32(unit) - 0xDC00)
                        append(Unicode.Scalar(value)!, to: &out)
                        continue
                    }
                    append("\u{FFFD}", to: &out)
                }
                if (0xD800...0xDBFF).contains(unit) {
                    carrySurrogate = unit
                } else if (0xDC00...0xDFFF).contains(unit) {
                    append("\u{FFFD}", to: &out)
                } else {
                    append(Unicode.Scalar(unit)!, to: &out)
                }
            }
            return out
        }
    }

    mutating func finish() -> [UInt8] {
        var out: [UInt8] = []
        if carrySurrogate != nil || carryByte != nil { append("\u{FFFD}", to: &out) }
        carrySurrogate = nil
        carryByte = nil
        return out
    }

    private func append(_ scalar: Unicode.Scalar, to out: inout [UInt8]) {
        out.append(contentsOf: String(scalar).utf8)
    }
}
