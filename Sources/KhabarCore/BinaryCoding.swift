/// Writes values into a compact little-endian byte buffer: the storage form of analyses and
/// clustering features, which must be written and read back many thousand times a second.
///
/// Strings are length-prefixed UTF-8; optionals carry a presence byte; days are Julian day numbers.
public struct BinaryWriter: Sendable {
    /// The bytes written so far.
    public var bytes: [UInt8] { Array(storage[..<count]) }
    /// A buffer whose first `count` bytes are written: values are stored into it in place, where
    /// appending them a byte at a time checked the array's capacity and uniqueness for every byte
    /// (a sixth of encoding an analysis). The bytes past `count` are never read, so they are not
    /// set first (zero-filling the buffer was a memset of a few kilobytes per encoding).
    @usableFromInline var storage: [UInt8]
    /// How many bytes are written.
    @usableFromInline var count = 0

    /// Creates an empty writer with room for `capacity` bytes (it grows past them as needed).
    public init(capacity: Int = 256) {
        storage = [UInt8](reservedUninitializedCount: max(16, capacity))
    }

    /// Makes room for `size` more bytes.
    @inlinable
    mutating func reserve(_ size: Int) {
        if count + size > storage.count { grow(size) }
    }

    /// Doubles the buffer, or more when `size` bytes would not fit.
    @usableFromInline
    mutating func grow(_ size: Int) {
        let added = max(storage.count, count + size - storage.count)
        storage.reserveCapacity(storage.count + added)
        storage.append(contentsOf: CountedUninitialized<UInt8>(count: added))
    }

    /// Writes a fixed-width integer, little-endian. Inlinable, so the encoders in other modules
    /// get it specialised for each integer type instead of calling generic witnesses.
    @inlinable @inline(__always)
    public mutating func write<T: FixedWidthInteger>(_ value: T) {
        let size = MemoryLayout<T>.size
        reserve(size)
        let offset = count
        storage.withUnsafeMutableBytes { $0.storeBytes(of: value.littleEndian, toByteOffset: offset, as: T.self) }
        count += size
    }

    /// Writes a count or an offset (non-negative, fits in 32 bits).
    @inlinable
    public mutating func write(count: Int) { write(UInt32(truncatingIfNeeded: count)) }

    /// Writes a `Float`.
    public mutating func write(_ value: Float) { write(value.bitPattern) }

    /// Writes a `Double`.
    public mutating func write(_ value: Double) { write(value.bitPattern) }

    /// Writes a `Bool` as one byte.
    @inlinable
    public mutating func write(_ value: Bool) { write(UInt8(value ? 1 : 0)) }

    /// Writes a string.
    public mutating func write(_ text: String) {
        // Read in place (a small string is spilled to the stack), without the copy of the string
        // that the mutating `withUTF8` needs; that is the fallback for a bridged one.
        if text.utf8.withContiguousStorageIfAvailable({ write(utf8: $0) }) != nil { return }
        var text = text
        text.withUTF8 { write(utf8: $0) }
    }

    private mutating func write(utf8: UnsafeBufferPointer<UInt8>) {
        write(count: utf8.count)
        guard let source = utf8.baseAddress else { return }
        reserve(utf8.count)
        let offset = count
        storage.withUnsafeMutableBytes { ($0.baseAddress! + offset).copyMemory(from: source, byteCount: utf8.count) }
        count += utf8.count
    }

    /// Writes an optional string.
    public mutating func write(_ text: String?) {
        write(text != nil)
        if let text { write(text) }
    }

    /// Writes a day, or a marker for none.
    public mutating func write(_ day: CivilDate?) {
        write(Int32(truncatingIfNeeded: day?.julianDay ?? Int(Int32.min)))
    }

    /// Writes a span.
    public mutating func write(_ span: TextSpan) {
        write(count: span.start)
        write(count: span.end)
    }

    /// Writes a range of days (an open end as no day).
    public mutating func write(_ range: DayRange) {
        write(range.start as CivilDate?)
        write(range.end)
    }
}

/// Reads what a ``BinaryWriter`` wrote. Every read returns `nil` when the bytes run out or do
/// not fit, so corrupt input is reported, never a crash.
public struct BinaryReader: Sendable {
    @usableFromInline let bytes: [UInt8]
    @usableFromInline var position = 0

    /// Creates a reader over `bytes`.
    public init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// Whether every byte has been read.
    public var atEnd: Bool { position == bytes.count }

    /// Reads a fixed-width integer. Inlinable, so the decoders in other modules get it
    /// specialised for each integer type instead of calling generic witnesses for every byte.
    @inlinable
    public mutating func read<T: FixedWidthInteger>(_: T.Type = T.self) -> T? {
        let size = MemoryLayout<T>.size
        guard position + size <= bytes.count else { return nil }
        // One unaligned load of the little-endian bytes, not a bounds-checked read and shift
        // per byte (the decoders read a span, two of these, for every mention).
        let value = bytes.withUnsafeBytes { T(littleEndian: $0.loadUnaligned(fromByteOffset: position, as: T.self)) }
        position += size
        return value
    }

    /// ``read(_:)`` a byte at a time: the oracle of its tests.
    @inlinable
    public mutating func readByBytes<T: FixedWidthInteger>(_: T.Type = T.self) -> T? {
        let size = MemoryLayout<T>.size
        guard position + size <= bytes.count else { return nil }
        var value: T = 0
        for i in 0..<size { value |= T(bytes[position + i]) << (8 * i) }
        position += size
        return value
    }

    /// Reads a count (bounded by what is left, so a corrupt count cannot allocate wildly).
    public mutating func count(elementSize: Int = 1) -> Int? {
        guard let raw = read(UInt32.self) else { return nil }
        let count = Int(raw)
        return count * max(1, elementSize) <= bytes.count - position ? count : nil
    }

    /// Reads a `Float`.
    public mutating func float() -> Float? { read(UInt32.self).map(Float.init(bitPattern:)) }

    /// Reads a `Double`.
    public mutating func double() -> Double? { read(UInt64.self).map(Double.init(bitPattern:)) }

    /// Reads a `Bool`.
    public mutating func bool() -> Bool? { read(UInt8.self).map { $0 != 0 } }

    /// Reads a string.
    public mutating func string() -> String? {
        guard let count = count() else { return nil }
        defer { position += count }
        return String(decoding: bytes[position..<position + count], as: UTF8.self)
    }

    /// Steps over a string without decoding it; `false` when the bytes are corrupt.
    public mutating func skipString() -> Bool {
        guard let count = count() else { return false }
        position += count
        return true
    }

    /// Reads an optional string: `.some(nil)` when absent, `nil` when the bytes are corrupt.
    public mutating func optionalString() -> String?? {
        guard let present = bool() else { return nil }
        return present ? string().map { .some($0) } : .some(nil)
    }

    /// Reads a day: `.some(nil)` for "no day", `nil` when the bytes run out.
    public mutating func day() -> CivilDate?? {
        guard let raw = read(Int32.self) else { return nil }
        return .some(raw == Int32.min ? nil : CivilDate(julianDay: Int(raw)))
    }

    /// Reads a span.
    public mutating func span() -> TextSpan? {
        guard let start = read(UInt32.self), let end = read(UInt32.self), start <= end else { return nil }
        return TextSpan(start: Int(start), end: Int(end))
    }

    /// Reads a range of days.
    public mutating func dayRange() -> DayRange? {
        guard let start = day(), let first = start, let end = day() else { return nil }
        return DayRange(start: first, end: end)
    }
}
