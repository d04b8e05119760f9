public import KhabarText

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
/// - it does not open with a conjunction, a connective or a quotation (و, ف, كما, أما, «, ", a
///   dash), nor with a number (a list's item), which continue a story rather than start one;
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

    /// The offset in the folded text `scalars` (paragraphs split by `\n`) where the story ends:
    /// the start of its trailer, or `scalars.count` when it has none.
    ///
    /// - Parameters:
    ///   - scalars: the folded text.
    ///   - tokens: its tokens, in text order (only words are read).
    ///   - headline: the content-word keys of the headline, if any.
    ///   - contentKey: the key of the word at a range of `scalars`, or nil for a word that
    ///     says nothing of a story (a stop word, a short word). Called only for the words of
    ///     the first paragraph and of the last paragraphs judged.
    /// - Complexity: O(*n*) in the text's scalars, and O(*w* log *w*) in the words judged.
    public static func end(
        of scalars: [Unicode.Scalar], tokens: [Token], headline: [UInt64],
        contentKey: (Range<Int>) -> UInt64?
    ) -> Int {
        // The first two paragraphs are always the story's; the rest is read back from the end,
        // so a text is scanned only as far as its trailer reaches.
        guard let firstBreak = paragraphBreak(in: scalars, from: 0),
              let secondBreak = paragraphBreak(in: scalars, from: firstBreak + 1) else { return scalars.count }
        var lead: [UInt64] = []
        lead.reserveCapacity(headline.count + tokens.count / 4)
        lead.append(contentsOf: headline)
        for token in tokens where token.kind == .word {
            guard token.range.lowerBound < firstBreak else { break }
            if let key = contentKey(token.range) { lead.append(key) }
        }
        FeatureBuilder.formSortedUnique(&lead)

        var end = scalars.count, trailerParagraphs = 0
        var cursor = scalars.count  // the paragraphs from here on are judged
        var last = tokens.count  // and so are tokens[last...]
        var keys: [UInt64] = []
        while true {
            // The paragraph before `cursor`: scalars[start..<stop].
            var stop = cursor
            while stop > secondBreak, isSpace(scalars[stop - 1]) { stop -= 1 }
            var start = stop
            while start > secondBreak + 1, scalars[start - 1] != "\n" { start -= 1 }
            while start < stop, isSpace(scalars[start]) { start += 1 }
            guard start < stop else { break }
            if opensContinuation(scalars[start]) || opensWithConnective(scalars, at: start) { break }
            var first = last
            keys.removeAll(keepingCapacity: true)
            while first > 0, tokens[first - 1].range.lowerBound >= start {
                first -= 1
                if tokens[first].kind == .word, let key = contentKey(tokens[first].range) { keys.append(key) }
            }
            FeatureBuilder.formSortedUnique(&keys)
            if keys.count < minimumWords { break }
            let shared = SimilarityModel.sharedCount(keys, lead)
            if Double(shared) >= maximumSharedShare * Double(keys.count) { break }
            end = start
            cursor = start
            last = first
            trailerParagraphs += 1
        }
        return trailerParagraphs >= minimumParagraphs ? end : scalars.count
    }

    /// The offset of the first line break at or after `offset` that ends a paragraph (follows
    /// a scalar other than a space or a line break), or nil.
    static func paragraphBreak(in scalars: [Unicode.Scalar], from offset: Int) -> Int? {
        var seenText = false
        for index in offset..<scalars.count {
            let scalar = scalars[index]
            if scalar == "\n" {
                if seenText { return index }
            } else if scalar != " " {
                seenText = true
            }
        }
        return nil
    }

    @inline(__always)
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool { scalar == " " || scalar == "\n" }

    /// Whether a paragraph opening with `scalar` continues the story before it: a conjunction
    /// (و, ف, folded), a quotation mark, a dash or a digit (an item of a numbered list).
    static func opensContinuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\u{0648}", "\u{0641}", "\"", "\u{00AB}", "\u{201C}", "\u{201D}", "'", "-", "\u{2013}", "\u{2014}": true
        case "0"..."9": true
        default: false
        }
    }

    /// Arabic and Persian words that open a paragraph going on with the story before it ("also",
    /// "as for", "but", "then", "while", "likewise"; همچنین, اما, ولی, سپس), in folded form.
    static let connectives: [[Unicode.Scalar]] = ["کما", "اما", "لکن", "ثم", "بینما", "کذلک", "الا", "همچنین", "ولی", "سپس"]
        .map { Array($0.unicodeScalars) }

    /// Whether the folded text at `start` opens with one of the ``connectives`` (a whole word).
    static func opensWithConnective(_ scalars: [Unicode.Scalar], at start: Int) -> Bool {
        connectives.contains { word in
            let end = start + word.count
            guard end <= scalars.count, scalars[start..<end].elementsEqual(word) else { return false }
            return end == scalars.count || scalars[end] == " " || scalars[end] == "\n" || scalars[end] == "،" || scalars[end] == ","
        }
    }
}
