@testable import KhabarEvents
import KhabarTestSupport
import Testing

/// The open-addressing tables of the clusterer and the feature builder, each against the standard
/// library doing the same job (oracle tests), on seeded random operations.
@Suite struct HashTableTests {
    // MARK: - KeyMap64

    @Test(arguments: [1, 2, 3] as [UInt64])
    func keyMapMatchesDictionary(seed: UInt64) {
        var random = SplitMix64(seed: seed)
        var map = KeyMap64<Int64>()
        var oracle: [UInt64: Int64] = [:]
        // Few distinct keys, some of them colliding in the low bits, so probe runs form and
        // removals have to shift entries back.
        let keys: [UInt64] = (0..<300).map { i in i % 3 == 0 ? UInt64(i) << 40 : random.next() } + [0, 1]
        for _ in 0..<20_000 {
            let key = keys[Int(random.next() % UInt64(keys.count))]
            let delta = Int64(random.next() % 7) - 3
            let new = (oracle[key] ?? 0) + delta
            oracle[key] = new == 0 ? nil : new
            map[key] = new == 0 ? nil : new
            #expect(map.count == oracle.count)
        }
        for key in keys { #expect(map[key] == oracle[key]) }
        for _ in 0..<1_000 {
            let absent = random.next()
            #expect(map[absent] == oracle[absent])
        }
    }

    @Test func keyMapEmpty() {
        var map = KeyMap64<Int32>()
        #expect(map[42] == nil)
        #expect(map.isEmpty)
        map[42] = nil
        #expect(map.isEmpty)
        map[0] = 5
        #expect(map[0] == 5)
        #expect(map.count == 1)
    }

    // MARK: - TermCounts

    @Test func termCountsMatchDictionary() {
        var random = SplitMix64(seed: 7)
        var counts = TermCounts(expected: 4)
        var oracle: [UInt64: (count: Int, length: Int)] = [:]
        var firstSeen: [UInt64] = []
        let keys: [UInt64] = (0..<500).map { _ in random.next() } + [0]
        for _ in 0..<5_000 {
            let key = keys[Int(random.next() % UInt64(keys.count))]
            let length = Int(random.next() % 9) + 3
            if oracle[key] == nil { firstSeen.append(key) }
            oracle[key, default: (0, length)].count += 1
            counts.add(key, length: length)
        }
        var seen: [UInt64] = []
        counts.forEach { key, count, length in
            seen.append(key)
            #expect(oracle[key]?.count == count)
            #expect(oracle[key]?.length == length)
        }
        #expect(seen == firstSeen)
    }

    // MARK: - Heaviest terms

    @Test(arguments: [0, 1, 5, 47, 48, 49, 200, 1_000])
    func heaviestMatchesSortAndTruncate(size: Int) {
        var random = SplitMix64(seed: UInt64(size) + 11)
        // Few distinct weights, so most comparisons fall through to the key.
        let weights: [Float] = [0.35, 0.6, 0.85, 1, 1.2, 2.1]
        let terms = (0..<size).map { _ in
            WeightedKey(key: random.next(), weight: weights[Int(random.next() % UInt64(weights.count))])
        }
        var expected = terms.sorted { ($0.weight, $0.key) > ($1.weight, $1.key) }
        if expected.count > 48 { expected.removeLast(expected.count - 48) }
        #expect(FeatureBuilder.heaviest(terms, 48) == expected)
    }
}

/// The centroid's `Int128` to `Double` conversion against the standard library's.
@Suite struct CentroidConversionTests {
    @Test func doubleMatchesStandardLibrary() {
        var random = SplitMix64(seed: 5)
        var values: [Int128] = [0, 1, -1, Int128(Int64.max), Int128(Int64.min), Int128(Int64.max) + 1,
                                Int128(Int64.min) - 1, Int128.max, Int128.min, 1 << 53, (1 << 53) + 1]
        for _ in 0..<10_000 {
            let high = Int128(Int64(bitPattern: random.next())) >> Int(random.next() % 64)
            values.append(high &* Int128(random.next() % 1_000_000) &+ Int128(random.next() % 1_000_000_007))
        }
        for value in values { #expect(EventCentroid.double(value) == Double(value)) }
    }
}
