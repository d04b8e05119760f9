import KhabarCore
import KhabarTestSupport
import Testing

/// `BinaryReader.read` by one unaligned load, against the byte-by-byte read it replaced (oracle),
/// at every offset of random buffers, up to and past their end.
@Suite struct BinaryReaderTests {
    @Test func loadsWhatTheBytesGive() {
        var random = SplitMix64(seed: 11)
        for length in 0..<40 {
            let bytes = (0..<length).map { _ in UInt8(truncatingIfNeeded: random.next()) }
            for start in 0...length {
                var fast = BinaryReader(bytes), slow = BinaryReader(bytes)
                // Step both to `start`, then read a mix of widths until the bytes run out.
                for _ in 0..<start {
                    #expect(fast.read(UInt8.self) == slow.readByBytes(UInt8.self))
                }
                var steps = 0
                while steps < 12 {
                    switch random.next() % 6 {
                    case 0: #expect(fast.read(UInt8.self) == slow.readByBytes(UInt8.self))
                    case 1: #expect(fast.read(UInt16.self) == slow.readByBytes(UInt16.self))
                    case 2: #expect(fast.read(UInt32.self) == slow.readByBytes(UInt32.self))
                    case 3: #expect(fast.read(Int32.self) == slow.readByBytes(Int32.self))
                    case 4: #expect(fast.read(UInt64.self) == slow.readByBytes(UInt64.self))
                    default: #expect(fast.read(Int64.self) == slow.readByBytes(Int64.self))
                    }
                    #expect(fast.atEnd == slow.atEnd)
                    steps += 1
                }
            }
        }
    }

    @Test func readsWhatTheWriterWrote() {
        var writer = BinaryWriter()
        writer.write(UInt32(0xDEAD_BEEF))
        writer.write(Int32.min)
        writer.write(UInt64.max - 1)
        writer.write(UInt8(7))
        var reader = BinaryReader(writer.bytes)
        #expect(reader.read(UInt32.self) == 0xDEAD_BEEF)
        #expect(reader.read(Int32.self) == Int32.min)
        #expect(reader.read(UInt64.self) == UInt64.max - 1)
        #expect(reader.read(UInt8.self) == 7)
        #expect(reader.read(UInt8.self) == nil)
        #expect(reader.atEnd)
    }
}
