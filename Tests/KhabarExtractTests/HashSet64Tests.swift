@testable import KhabarExtract
import KhabarTestSupport
import Testing

/// `HashSet64`, built straight from keys with duplicates, against `Set`. Key 0 is stored as 1
/// (0 marks an empty slot), so the two answer for each other, as they always have.
@Suite struct HashSet64Tests {
    @Test(arguments: [1, 2, 3] as [UInt64])
    func membershipMatchesSet(seed: UInt64) {
        var random = SplitMix64(seed: seed)
        let pool: [UInt64] = (0..<400).map { i in i % 5 == 0 ? UInt64(i) << 40 : random.next() } + [0, 1, UInt64.max]
        for size in [0, 1, 7, 8, 9, 100, 1_000] {
            let keys = (0..<size).map { _ in pool[Int(random.next() % UInt64(pool.count))] }
            let set = HashSet64(keys)
            let oracle = Set(keys)
            let wrong = pool.filter { key in
                let expected = oracle.contains(key) || (key == 0 && oracle.contains(1)) || (key == 1 && oracle.contains(0))
                return set.contains(key) != expected
            }
            #expect(wrong.isEmpty, "size \(size)")
        }
    }
}
