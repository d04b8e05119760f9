@testable import KhabarExtract
import KhabarTestSupport
import Testing

/// `HashSet64`, built straight from keys with duplicates (and 0, stored apart), against `Set`.
@Suite struct HashSet64Tests {
    @Test(arguments: [1, 2, 3] as [UInt64])
    func membershipMatchesSet(seed: UInt64) {
        var random = SplitMix64(seed: seed)
        let pool: [UInt64] = (0..<400).map { i in i % 5 == 0 ? UInt64(i) << 40 : random.next() } + [0, 1, UInt64.max]
        for size in [0, 1, 7, 8, 9, 100, 1_000] {
            let keys = (0..<size).map { _ in pool[Int(random.next() % UInt64(pool.count))] }
            let set = HashSet64(keys)
            let oracle = Set(keys)
            for key in pool { #expect(set.contains(key) == oracle.contains(key)) }
        }
    }
}
