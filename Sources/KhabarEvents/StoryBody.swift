/// Where a report's own story ends, so that what a page appends to it is not read as its content.
///
/// Scraped pages carry trailers: CNN Arabic's end with the leads of five or six other stories
/// of the day, with no heading (in the ANT corpus a quarter of its articles hold at least one
/// lead of another article of the corpus, three on average), and some reports close on
/// background far from their lead. Those paragraphs name other people, places and figures, and
/// they chained a day's unrelated reports of one outlet into one story. The clustering features
/// (``FeatureBuilder``) leave the trailer out; the stored text and analysis keep everything.
///
/// The rule, from the last paragraph back to the third: a paragraph belongs to the trailer when
/// - it does not open with a conjunction or a quotation (و, ف, «, ", a dash), which continue a
///   story rather than start one;
/// - it has at least ``minimumWords`` distinct content words (a short line proves nothing);
/// - less than ``maximumSharedShare`` of them are words of the headline or first paragraph.
///
/// The first paragraph that fails a test ends the trailer, and a trailer of one paragraph is
/// none (a page's appended leads come several together; a single last paragraph far from the
/// lead is usually the story's own background, and in Persian, where continuing paragraphs
/// seldom open with و, one in three Fars News reports would lose its last). A text of fewer
/// than four paragraphs has no trailer, and the first two paragraphs are always the story's.
///
/// Measured on the six labelled ANT sets (mean over five orders): event F1 0.623 → 0.63 and
/// story F1 0.768 → 0.82 with each set alone; see the Events guide.
public enum StoryBody {
    /// The fewest distinct content words a paragraph needs before it can be judged a trailer.
    public static let minimumWords = 8
    /// The share of a paragraph's content words found in the lead below which it is another
    /// story's. At 0.1, 0.2 and 0.3 the labelled sets score alike (event F1 0.631–0.634).
    public static let maximumSharedShare = 0.2
    /// The fewest paragraphs a trailer has.
    public static let minimumParagraphs = 2

    /// A content word of a text: its term key and where it starts in the folded text.
    public struct Word: Sendable, Hashable {
        /// The word's term key (what ``FeatureBuilder`` counts).
        public var key: UInt64
        /// The offset of its first scalar in the folded text.
        public var start: Int

        /// Creates a word.
        public init(key: UInt64, start: Int) {
            self.key = key
            self.start = start
        }
    }

    /// The offset in the folded text `scalars` (paragraphs split by `\n`) where the story ends:
    /// the start of its trailer, or `scalars.count` when it has none.
    ///
    /// - Parameters:
    ///   - scalars: the folded text.
    ///   - words: its content words (stop words and short words left out), in text order.
    ///   - headline: the content-word keys of the headline, if any.
    /// - Complexity: O(*n* + *w* log *w*) in the text's scalars and words.
    public static func end(of scalars: [Unicode.Scalar], words: [Word], headline: [UInt64]) -> Int {
        let paragraphs = paragraphStarts(of: scalars)
        guard paragraphs.count >= 2 + minimumParagraphs else { return scalars.count }
        var lead = headline
        var next = 0
        while next < words.count, words[next].start < paragraphs[1] {
            lead.append(words[next].key)
            next += 1
        }
        lead = FeatureBuilder.sortedUnique(lead)

        var end = scalars.count, trailerParagraphs = 0
        var last = words.count  // words[last...] lie in paragraphs already judged
        for start in paragraphs[2...].reversed() {
            if opensContinuation(scalars[start]) { break }
            var first = last
            while first > 0, words[first - 1].start >= start { first -= 1 }
            let keys = FeatureBuilder.sortedUnique(words[first..<last].map(\.key))
            if keys.count < minimumWords { break }
            let shared = SimilarityModel.sharedCount(keys, lead)
            if Double(shared) >= maximumSharedShare * Double(keys.count) { break }
            end = start
            last = first
            trailerParagraphs += 1
        }
        return trailerParagraphs >= minimumParagraphs ? end : scalars.count
    }

    /// The offsets where the non-empty paragraphs of a folded text start.
    static func paragraphStarts(of scalars: [Unicode.Scalar]) -> [Int] {
        var starts: [Int] = []
        var atStart = true
        for (offset, scalar) in scalars.enumerated() {
            if scalar == "\n" {
                atStart = true
            } else if atStart, scalar != " " {
                starts.append(offset)
                atStart = false
            }
        }
        return starts
    }

    /// Whether a paragraph opening with `scalar` continues the story before it: a conjunction
    /// (و, ف, folded), a quotation mark or a dash.
    static func opensContinuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\u{0648}", "\u{0641}", "\"", "\u{00AB}", "\u{201C}", "\u{201D}", "'", "-", "\u{2013}", "\u{2014}": true
        default: false
        }
    }
}
