import KhabarCore
import KhabarTestSupport
import Testing

/// Arrays allocated through `reserveCapacity` are the arrays the standard initialisers make.
@Suite struct ReservedArrayTests {
    @Test func repeatingMatchesStandard() {
        for count in [0, 1, 2, 7, 16, 100, 1_000] {
            #expect([UInt64](reservedRepeating: 0, count: count) == [UInt64](repeating: 0, count: count))
            #expect([Int32](reservedRepeating: -2, count: count) == [Int32](repeating: -2, count: count))
            #expect([Bool](reservedRepeating: true, count: count) == [Bool](repeating: true, count: count))
        }
    }

    @Test func uninitializedCapacityMatchesStandard() {
        var random = SplitMix64(seed: 5)
        for capacity in [0, 1, 3, 8, 33, 500] {
            let values = (0..<capacity).map { _ in UInt32(truncatingIfNeeded: random.next()) }
            for written in Set([0, capacity / 2, capacity]) {
                let reserved = [UInt32](reservedCapacity: capacity) { buffer, count in
                    #expect(buffer.count == capacity)
                    for i in 0..<written { buffer.initializeElement(at: i, to: values[i]) }
                    count = written
                }
                let standard = [UInt32](unsafeUninitializedCapacity: capacity) { buffer, count in
                    for i in 0..<written { buffer.initializeElement(at: i, to: values[i]) }
                    count = written
                }
                #expect(reserved == standard)
                #expect(reserved.count == written)
                // The array is its own: appending and changing it work as usual.
                var grown = reserved
                grown.append(7)
                #expect(grown.count == written + 1)
                #expect(reserved.count == written)
            }
        }
    }
}
