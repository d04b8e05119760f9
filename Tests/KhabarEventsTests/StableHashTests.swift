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
}
