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
}
