import KhabarTestSupport
import Testing
@testable import KhabarEvents

/// The one-pass pair of hashes that ``FeatureBuilder`` takes of each word against two separate
/// ``StableHash/of(_:scalars:)`` calls.
@Suite struct StableHashTests {
    static let alphabet: [Unicode.Scalar] = ["ا", "ل", "ب", "ی", "a", "z", "\u{0430}", "\u{4E2D}", "\u{1F600}", "\u{0}", "\u{FF}", "\u{100}"]

    @Test func pairMatchesTwoHashes() {
        var rng = SplitMix64(seed: 0x5AB1E)
        for _ in 0..<5_000 {
            let scalars = (0..<Int(rng.next() % 12)).map { _ in StableHashTests.alphabet[Int(rng.next() % UInt64(StableHashTests.alphabet.count))] }
            let lower = scalars.isEmpty ? 0 : Int(rng.next() % UInt64(scalars.count))
            let upper = lower + Int(rng.next() % UInt64(scalars.count - lower + 1))
            let tail = lower + Int(rng.next() % UInt64(upper - lower + 1))
            let pair = StableHash.of(0x77, 0x74, scalars: scalars, whole: lower..<upper, from: tail)
            #expect(pair.whole == StableHash.of(0x77, scalars: scalars[lower..<upper]))
            #expect(pair.tail == StableHash.of(0x74, scalars: scalars[tail..<upper]))
        }
    }

    /// ``StableHash/mix(_:_:)`` against the byte loop it replaced (each byte from the lowest, while
    /// the rest is nonzero, at least one), at every byte width and its edges.
    @Test func mixMatchesByteLoop() {
        func loop(_ hash: UInt64, _ value: UInt32) -> UInt64 {
            var hash = hash, value = value
            repeat {
                hash = (hash ^ UInt64(value & 0xFF)) &* 0x0000_0100_0000_01B3
                value >>= 8
            } while value != 0
            return hash
        }
        var rng = SplitMix64(seed: 0x313)
        var values: [UInt32] = [0, 1, 0xFF, 0x100, 0x101, 0x6FF, 0xFFFF, 0x1_0000, 0x10_FFFF, 0xFF_FFFF, 0x100_0000, .max]
        for _ in 0..<20_000 {
            let r = rng.next()
            values.append(UInt32(truncatingIfNeeded: r) >> UInt32(r >> 59))
        }
        for value in values {
            let hash = rng.next()
            #expect(StableHash.mix(hash, value) == loop(hash, value))
        }
    }
}
