import KhabarCore
import KhabarTestSupport
import Testing

/// `BinaryWriter` writes integers byte by byte: the same bytes as the little-endian
/// representation appended whole (the way it was written before).
@Suite struct BinaryWriterTests {
    static func littleEndianBytes<T: FixedWidthInteger>(_ value: T) -> [UInt8] {
        withUnsafeBytes(of: value.littleEndian) { Array($0) }
    }

    @Test func integersAreTheirLittleEndianBytes() {
        var random = SplitMix64(seed: 7)
        var writer = BinaryWriter()
        var expected: [UInt8] = []
        for round in 0..<2_000 {
            let bits = random.next()
            switch round % 7 {
            case 0: writer.write(UInt8(truncatingIfNeeded: bits)); expected += Self.littleEndianBytes(UInt8(truncatingIfNeeded: bits))
            case 1: writer.write(Int32(truncatingIfNeeded: bits)); expected += Self.littleEndianBytes(Int32(truncatingIfNeeded: bits))
            case 2: writer.write(UInt32(truncatingIfNeeded: bits)); expected += Self.littleEndianBytes(UInt32(truncatingIfNeeded: bits))
            case 3: writer.write(Int64(bitPattern: bits)); expected += Self.littleEndianBytes(Int64(bitPattern: bits))
            case 4: writer.write(bits); expected += Self.littleEndianBytes(bits)
            case 5: writer.write(Int16(truncatingIfNeeded: bits)); expected += Self.littleEndianBytes(Int16(truncatingIfNeeded: bits))
            default: writer.write(Int32.min); expected += Self.littleEndianBytes(Int32.min)
            }
        }
        #expect(writer.bytes == expected)
    }

    /// Strings are their length, then their UTF-8, whatever the room the writer started with.
    @Test(arguments: [0, 1, 16, 4096])
    func stringsAreLengthThenUTF8(capacity: Int) {
        var random = SplitMix64(seed: 11)
        var writer = BinaryWriter(capacity: capacity)
        var expected: [UInt8] = []
        for round in 0..<300 {
            let length = round % 50 == 0 ? 3_000 : Int(random.next() % 40)
            let text = String(repeating: round % 2 == 0 ? "ی" : "a", count: length)
            writer.write(text)
            expected += Self.littleEndianBytes(UInt32(text.utf8.count)) + Array(text.utf8)
            writer.write(UInt8(round % 256))
            expected.append(UInt8(round % 256))
        }
        #expect(writer.bytes == expected)
        #expect(BinaryWriter(capacity: capacity).bytes.isEmpty)
    }
}
