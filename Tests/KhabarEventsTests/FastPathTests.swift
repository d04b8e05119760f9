import KhabarCore
@testable import KhabarEvents
import KhabarTestSupport
import KhabarText
import Testing

/// Fast paths of the fifth speed round, each against the code it replaced (oracle tests).
@Suite struct FastPathTests {
    /// The roundup test as it was: markers searched in the trimmed folded key of the headline.
    static func isRoundupByKey(_ title: String) -> Bool {
        let key = Array(FoldedText.key(title).unicodeScalars)
        return LeadActorReader.roundupKeys.contains { marker in
            guard key.count >= marker.count else { return false }
            return (0...(key.count - marker.count)).contains { key[$0..<($0 + marker.count)].elementsEqual(marker) }
        }
    }

    /// Every marker, alone and inside headlines with white space, marks, controls and line
    /// breaks around it, and random near-misses: the folded scalars give what the key gave.
    @Test func roundupOnFoldedScalarsMatchesTheKey() {
        var random = SplitMix64(seed: 5)
        let pads = ["", " ", "\n", "\u{00A0}", "\u{200C}", " \u{064E}", "\r\n", "\u{0640}", "«", "x", "ال", "\t ", "\u{0301}"]
        var titles: [String] = []
        for marker in LeadActorReader.roundupMarkers {
            let scalars = Array(marker.unicodeScalars)
            for pad in pads {
                titles.append(pad + marker + pad)
                titles.append("خبر " + pad + marker + " " + pad)
                // Cut markers and markers with one scalar changed must not match.
                titles.append(pad + String(String.UnicodeScalarView(scalars.dropLast())) + pad)
                var changed = scalars
                changed[Int(random.next() % UInt64(changed.count))] = "ز"
                titles.append(pad + String(String.UnicodeScalarView(changed)) + pad)
            }
        }
        titles += ["", " ", "ردود", "реакции мира", "World reacts to the strike", "واکنش‌های جهانی به حمله"]
        var matched = 0
        for title in titles {
            let expected = FastPathTests.isRoundupByKey(title)
            #expect(LeadActorReader.isRoundup(title: title) == expected, "\(title.debugDescription)")
            if expected { matched += 1 }
        }
        #expect(matched > LeadActorReader.roundupMarkers.count * pads.count)
    }
}

/// `FeatureBuilder.sortedUnique`: what a `Set` of the keys, sorted, gives.
@Suite struct SortedUniqueTests {
    @Test func matchesASortedSet() {
        var random = SplitMix64(seed: 9)
        for size in [0, 1, 2, 5, 30, 200] {
            let keys = (0..<size).map { _ in random.next() % 40 }
            #expect(FeatureBuilder.sortedUnique(keys) == Set(keys).sorted())
        }
    }
}

/// `EventSummarizer.isUnknownName` by bytes, against the test by characters.
@Suite struct UnknownNameTests {
    @Test func bytesMatchCharacters() {
        var random = SplitMix64(seed: 11)
        let pieces = ["kh:person", "/", "~", "Q7747", "kh:organization", "abc", "محمد", "\u{0301}", "\u{064E}", "\r\n",
                      "\u{200D}", "x", "-", "é", "\u{0600}"]
        var ids = ["kh:person/~mhmd", "kh:person/~", "kh:person/", "Q7747", "kh:person/putin", "kh:person/~محمد", ""]
        for _ in 0..<20_000 {
            ids.append((0..<Int(random.next() % 6)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined())
        }
        for id in ids {
            #expect(EventSummarizer.isUnknownName(id) == EventSummarizer.isUnknownNameByCharacters(id), "\(id.debugDescription)")
        }
    }

    /// Ninth speed round: the letter test of the lead-actor reader answers as the Unicode
    /// property on every scalar.
    @Test func alphabeticFastPathMatchesTheProperty() {
        var mismatches: [UInt32] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if scalar.isAlphabeticFast != scalar.properties.isAlphabetic { mismatches.append(value) }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(10))")
    }
}
