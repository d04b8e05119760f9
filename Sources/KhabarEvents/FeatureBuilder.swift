import Foundation
public import KhabarCore
public import KhabarExtract
public import KhabarText

/// Computes the clustering features of a report from its text and analysis.
///
/// Everything below is read from the report's own story: a trailer of other stories' leads or
/// far background at the end of the text (``StoryBody``) is left out of the terms, entities,
/// figures, mentioned days and shingles.
/// - Terms: the folded words of the text (the headline counts twice), without stop words and
///   words shorter than three letters, with the Arabic article ال removed so Arabic and Persian
///   cognates meet (التجاري / تجاری); weighted by sublinear term frequency and length, the top
///   ``maximumTerms`` kept, normalised to unit length.
/// - Entities: canonical ids weighted by how much they tell about an event: a person 1.0, an
///   organisation 0.7, a city 0.8, a province 0.5, a country 0.25 (countries are in most stories).
/// - Figures: value and unit, so "۱۳ درصد" and "13%" are one key; small counts are left out.
/// - A MinHash signature (one-permutation hashing, ``signatureLength`` bins) of word 3-shingles.
/// - The lead's actor and the actors it names (``LeadActorReader``), which split a story into
///   its events (``EventSplitter``).
public struct FeatureBuilder: Sendable {
    /// How many terms a report keeps.
    public static let maximumTerms = 48
    /// How many terms index a report.
    public static let indexTermCount = 4
    /// The length of the MinHash signature.
    public static let signatureLength = 32

    private let categories: [String: (type: EntityType, category: String)]
    /// Hashes (``StableHash/of(_:scalars:)``, namespace `t`) of the folded stop words.
    private let stopWords: KeyMap64<UInt8>
    private let actors: LeadActorReader
    private let leadFrequencies: LeadWordFrequencies

    /// Creates a builder that weighs entities by their gazetteer class and lead words by
    /// `leadFrequencies`.
    public init(gazetteer: Gazetteer, leadFrequencies: LeadWordFrequencies = .bundled) {
        self.leadFrequencies = leadFrequencies
        var categories: [String: (EntityType, String)] = [:]
        for (id, entry) in gazetteer.entries { categories[id] = (entry.type, entry.category) }
        self.categories = categories
        self.stopWords = NewsStopWords.termTable
        self.actors = LeadActorReader(gazetteer: gazetteer)
    }

    /// The features of `report`.
    public func features(of report: AnalyzedReport) -> ReportFeatures {
        features(of: report, prepared: PreparedText(report.article.text))
    }

    /// The features of `report`, whose text is already prepared (folded and tokenised).
    public func features(of report: AnalyzedReport, prepared: PreparedText) -> ReportFeatures {
        let analysis = report.analysis

        // Terms, hashed straight from the folded scalars: no string per word. The headline's
        // words count too (twice, with the text's); the text's words count up to the end of
        // its own story (``StoryBody``), and so do its shingles.
        var counts = TermCounts(expected: prepared.tokens.count / 2)
        var headlineWords: [UInt64] = []
        var lead = LeadWords()
        if let title = report.article.title ?? analysis.title {
            let foldedTitle = FoldedText(title)
            let scalars = foldedTitle.scalars
            for token in Tokenizer().wordTokens(in: foldedTitle) where token.kind == .word {
                let range = FeatureBuilder.stripArabicArticle(token.range, in: scalars)
                guard range.count >= 3 else { continue }
                let term = StableHash.of(0x74, scalars: scalars[range])
                // Stop words are counted too, and dropped below: one look-up per distinct term.
                counts.add(term, length: range.count)
                if stopWords[term] == nil {
                    lead.add(leadKey(range, in: scalars, language: analysis.language), length: range.count)
                    if range.count >= 4 { headlineWords.append(term) }
                }
            }
        }
        let scalars = prepared.folded.scalars
        let bodyEnd = StoryBody.end(of: scalars, tokens: prepared.tokens, headline: headlineWords) { range in
            let stripped = FeatureBuilder.stripArabicArticle(range, in: scalars)
            guard stripped.count >= 4 else { return nil }
            let key = StableHash.of(0x74, scalars: scalars[stripped])
            return stopWords[key] == nil ? key : nil
        }
        let leadEnd = FeatureBuilder.leadEnd(of: prepared.text)
        let origins = prepared.folded.origins
        var shingleSource: [UInt64] = []
        shingleSource.reserveCapacity(prepared.tokens.count)
        for token in prepared.tokens where token.kind == .word {
            guard token.range.lowerBound < bodyEnd else { break }
            let range = FeatureBuilder.stripArabicArticle(token.range, in: scalars)
            // Both hashes in one loop: two independent multiply chains run side by side.
            let (shingle, term) = StableHash.of(0x77, 0x74, scalars: scalars, whole: token.range, from: range.lowerBound)
            shingleSource.append(shingle)
            guard range.count >= 3 else { continue }
            counts.add(term, length: range.count)
            if origins[token.range.lowerBound] < leadEnd, stopWords[term] == nil {
                lead.add(leadKey(range, in: scalars, language: analysis.language), length: range.count)
            }
        }
        // Mentions are placed in the original text.
        let originalBodyEnd = bodyEnd < scalars.count ? prepared.folded.origins[bodyEnd] : Int.max
        var terms: [WeightedKey] = []
        terms.reserveCapacity(counts.count)
        counts.forEach { key, count, length in
            guard stopWords[key] == nil else { return }
            terms.append(WeightedKey(key: key, weight: (1 + logf(Float(count))) * FeatureBuilder.informativeness(length: length)))
        }
        terms = FeatureBuilder.heaviest(terms, FeatureBuilder.maximumTerms)
        var indexTerms = terms.prefix(FeatureBuilder.indexTermCount).map(\.key)
        indexTerms.sort()
        let norm = terms.reduce(Float(0)) { $0 + $1.weight * $1.weight }.squareRoot()
        if norm > 0 { for i in terms.indices { terms[i].weight /= norm } }
        terms.sort { $0.key < $1.key }

        // Entities: collected in arrays, then sorted by key and merged (the largest weight of a
        // key kept), which is what a dictionary and a set sorted by key gave, without hashing
        // each key again with SipHash.
        var weighted: [WeightedKey] = []
        weighted.reserveCapacity(analysis.entities.count)
        var specificKeys: [UInt64] = []
        // Who and where the lead (headline and first sentence) names is what the report is about;
        // a name further down is context. Lead names weigh double.
        for mention in analysis.entities where mention.span.start < originalBodyEnd {
            let known = categories[mention.id]
            let category = known?.category ?? ""
            if category == "outlet" { continue }
            var weight: Float
            switch (known?.type ?? mention.type, category) {
            case (_, "country"): weight = 0.25
            case (_, "province"), (_, "region"): weight = 0.5
            case (.place, _): weight = 0.8
            case (.person, _): weight = 1.0
            case (.organization, _): weight = 0.7
            default: weight = 0.5
            }
            let key = StableHash.of(0x65, mention.id)
            if weight >= 0.7 { specificKeys.append(key) }
            if mention.span.start < leadEnd { weight *= 2 }
            weighted.append(WeightedKey(key: key, weight: weight))
        }
        weighted.sort { $0.key < $1.key }
        var entities: [WeightedKey] = []
        entities.reserveCapacity(weighted.count)
        for item in weighted {
            if let last = entities.last, last.key == item.key {
                entities[entities.count - 1].weight = max(last.weight, item.weight)
            } else {
                entities.append(item)
            }
        }

        // Figures.
        var figureKeys: [UInt64] = []
        for figure in analysis.figures where figure.span.start < originalBodyEnd {
            if figure.unit == "count", figure.value < 10 { continue }
            figureKeys.append(StableHash.of(0x66, "\(figure.unit):\(FeatureBuilder.canonicalNumber(figure.value))"))
        }

        // Dates.
        let dating = analysis.eventDating
        let eventDate = dating?.evidence == nil ? nil : dating?.range
        var mentioned: [DayRange] = []
        for mention in analysis.dates where mention.granularity == .day && mention.span.start < originalBodyEnd {
            guard let length = mention.range.length, length <= 7 else { continue }
            if let eventDate, eventDate.overlaps(mention.range) { continue }
            if !mentioned.contains(mention.range) { mentioned.append(mention.range) }
        }

        FeatureBuilder.formSortedUnique(&specificKeys)
        FeatureBuilder.formSortedUnique(&figureKeys)
        let (actor, leadNames) = actors.read(analysis.entities, in: prepared.text, title: report.article.title)

        return ReportFeatures(
            id: report.article.id, language: analysis.language, published: analysis.published,
            eventDate: eventDate, tense: dating?.tense ?? .unknown, entities: entities,
            specificEntities: specificKeys, figures: figureKeys, terms: terms,
            indexTerms: indexTerms, signature: MinHash.signature(of: shingleSource, length: FeatureBuilder.signatureLength),
            mentionedDays: mentioned, actor: actor, leadNames: leadNames,
            storyEnd: bodyEnd < scalars.count ? originalBodyEnd : nil,
            leadTerms: lead.weighted(frequencies: leadFrequencies, language: analysis.language),
            outlet: (report.article.outlet ?? analysis.outlet?.name).map { StableHash.of(0x6F, $0) } ?? 0)
    }

    /// The key of a lead word: the hash of its light stem (``Stemmer``; namespace `l`), so that
    /// «استقالة» and «استقالات», «وزیر» and «وزیرا» meet.
    @inline(__always)
    func leadKey(_ range: Range<Int>, in scalars: [Unicode.Scalar], language: Language) -> UInt64 {
        StableHash.of(0x6C, scalars: scalars[Stemmer().stemRange(range, in: scalars, language: language)])
    }

    /// The stems of a report's lead words (its headline, then its text up to the end of the first
    /// sentence), as ``ReportFeatures/leadTerms`` counts them: folded, Arabic article removed, three
    /// letters or more, no stop words, light-stemmed. For compiling ``LeadWordFrequencies`` tables.
    public func leadWords(title: String?, prepared: PreparedText, language: Language) -> [String] {
        var words: [String] = []
        func add(_ scalars: [Unicode.Scalar], _ range: Range<Int>) {
            let range = FeatureBuilder.stripArabicArticle(range, in: scalars)
            guard range.count >= 3, stopWords[StableHash.of(0x74, scalars: scalars[range])] == nil else { return }
            var word = String.UnicodeScalarView()
            word.append(contentsOf: scalars[Stemmer().stemRange(range, in: scalars, language: language)])
            words.append(String(word))
        }
        if let title {
            let folded = FoldedText(title)
            for token in Tokenizer().wordTokens(in: folded) where token.kind == .word { add(folded.scalars, token.range) }
        }
        let leadEnd = FeatureBuilder.leadEnd(of: prepared.text)
        for token in prepared.tokens where token.kind == .word {
            guard prepared.folded.origins[token.range.lowerBound] < leadEnd else { break }
            add(prepared.folded.scalars, token.range)
        }
        return words
    }

    /// The words of a headline and first sentence, counted (a lead has a few dozen words, so a
    /// list searched in turn is quicker than a table).
    struct LeadWords {
        private var words: [(key: UInt64, count: Int32, length: Int32)] = []

        /// Room for a lead's usual few dozen words, allocated once rather than grown from one.
        init() { words.reserveCapacity(32) }

        mutating func add(_ key: UInt64, length: Int) {
            if let index = words.firstIndex(where: { $0.key == key }) {
                words[index].count += 1
            } else {
                words.append((key, 1, Int32(length)))
            }
        }

        /// Sublinear count × the length weight of ``FeatureBuilder`` terms × the word's rarity in
        /// news leads; unit norm, sorted by key.
        func weighted(frequencies: LeadWordFrequencies, language: Language) -> [WeightedKey] {
            var result: [WeightedKey] = []
            result.reserveCapacity(words.count)
            let weights = frequencies.weights(in: language)
            for word in words {
                let weight = (1 + logf(Float(word.count))) * FeatureBuilder.informativeness(length: Int(word.length))
                    * weights.weight(of: word.key)
                result.append(WeightedKey(key: word.key, weight: weight))
            }
            let norm = result.reduce(Float(0)) { $0 + $1.weight * $1.weight }.squareRoot()
            if norm > 0 { for i in result.indices { result[i].weight /= norm } }
            result.sort { $0.key < $1.key }
            return result
        }
    }

    /// How much a word of `length` letters tells: short words are often particles or fragments.
    @inline(__always)
    static func informativeness(length: Int) -> Float {
        length >= 6 ? 1.0 : length >= 5 ? 0.85 : length >= 4 ? 0.6 : 0.35
    }

    /// The distinct keys in ascending order (what a `Set` of them, sorted, gives).
    static func sortedUnique(_ keys: [UInt64]) -> [UInt64] {
        var keys = keys
        formSortedUnique(&keys)
        return keys
    }

    /// Sorts `keys` and drops repeats, in place: a caller that keeps its array does not pay for a
    /// copy of it.
    static func formSortedUnique(_ keys: inout [UInt64]) {
        keys.sort()
        // Compacted in place: each key not equal to the last one kept moves up.
        var unique = 0
        for i in keys.indices where unique == 0 || keys[unique - 1] != keys[i] {
            keys[unique] = keys[i]
            unique += 1
        }
        keys.removeLast(keys.count - unique)
    }

    /// Whether term `a` ranks before term `b`: heavier first, then the larger key (keys are
    /// unique, so the order is total and the terms kept do not depend on the input order).
    @inline(__always)
    static func isHeavier(_ a: WeightedKey, _ b: WeightedKey) -> Bool {
        a.weight != b.weight ? a.weight > b.weight : a.key > b.key
    }

    /// The `count` first terms by ``isHeavier(_:_:)``, in that order: what sorting them all and
    /// keeping the first `count` gives, through a bounded heap, so only the kept ones are sorted.
    /// The kept ones are then sorted in place by the heap itself (heapsort): the standard sort
    /// took about 20,000 instructions for 48 terms, more than choosing them.
    static func heaviest(_ terms: [WeightedKey], _ count: Int) -> [WeightedKey] {
        guard count > 0, !terms.isEmpty else { return [] }
        // A heap whose root is the lightest term kept so far: every parent is lighter than its
        // children.
        var heap = Array(terms.prefix(count))
        heap.withUnsafeMutableBufferPointer { heap in
            let kept = heap.count
            for start in stride(from: kept / 2 - 1, through: 0, by: -1) { siftDown(heap, start, kept) }
            if terms.count > count {
                for term in terms[count...] where isHeavier(term, heap[0]) {
                    heap[0] = term
                    siftDown(heap, 0, kept)
                }
            }
            // The lightest goes to the end, the next lightest before it, and so on: heaviest
            // first. Keys are unique, so the order is total and the same as any sort's.
            var size = kept
            while size > 1 {
                size -= 1
                heap.swapAt(0, size)
                siftDown(heap, 0, size)
            }
        }
        return heap
    }

    /// Restores the heap order of `heap[..<size]` below `start` (a parent lighter than its
    /// children).
    @inline(__always)
    private static func siftDown(_ heap: UnsafeMutableBufferPointer<WeightedKey>, _ start: Int, _ size: Int) {
        var parent = start
        while true {
            let left = 2 * parent + 1, right = left + 1
            var lightest = parent
            if left < size, isHeavier(heap[lightest], heap[left]) { lightest = left }
            if right < size, isHeavier(heap[lightest], heap[right]) { lightest = right }
            if lightest == parent { return }
            heap.swapAt(parent, lightest)
            parent = lightest
        }
    }

    /// Where the headline and first sentence of a text end (at most the first 300 scalars).
    static func leadEnd(of text: ScalarText) -> Int {
        var newlines = 0
        let limit = min(text.count, 300)
        for index in 0..<limit {
            let scalar = text.scalars[index]
            if scalar == "\n" {
                newlines += 1
                if newlines >= 2 && index > 40 { return index }
            } else if (scalar == "." || scalar == "؟" || scalar == "!") && index > 40 {
                return index
            }
        }
        return limit
    }

    /// A number as a short canonical string: 13, 13.5, 2400000000.
    static func canonicalNumber(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String((value * 1000).rounded() / 1000)
    }

    /// Drops a leading Arabic definite article (ال, and وال/بال/فال/كال/لل) from a folded word
    /// when at least three letters remain.
    static func stripArabicArticle(_ range: Range<Int>, in s: [Unicode.Scalar]) -> Range<Int> {
        let alef: Unicode.Scalar = "\u{0627}", lam: Unicode.Scalar = "\u{0644}"
        var lower = range.lowerBound
        let count = range.count
        if count >= 5, s[lower] == alef, s[lower + 1] == lam {
            lower += 2
        } else if count >= 6, ["\u{0648}", "\u{0628}", "\u{0641}", "\u{06A9}"].contains(s[lower]), s[lower + 1] == alef, s[lower + 2] == lam {
            lower += 3
        } else if count >= 5, s[lower] == lam, s[lower + 1] == lam {
            lower += 2
        }
        return lower..<range.upperBound
    }
}

/// MinHash signatures by one-permutation hashing: each shingle hash falls in one bin, each bin
/// keeps its minimum, and empty bins borrow from the next non-empty one (rotation densification).
public enum MinHash {
    /// The signature of a token hash sequence, over its 3-shingles.
    public static func signature(of tokens: [UInt64], length: Int) -> [UInt32] {
        guard tokens.count >= 3 else { return [] }
        var bins = [UInt32](repeating: UInt32.max, count: length)
        for i in 0..<(tokens.count - 2) {
            var h = tokens[i] &* 0x9E37_79B9_7F4A_7C15
            h ^= tokens[i + 1] &+ 0x632B_E59B_D9B4_E019
            h = (h ^ (h >> 29)) &* 0xBF58_476D_1CE4_E5B9
            h ^= tokens[i + 2]
            h = (h ^ (h >> 32)) &* 0x94D0_49BB_1331_11EB
            h ^= h >> 29
            let bin = Int(h % UInt64(length))
            let value = UInt32(truncatingIfNeeded: h >> 32)
            if value < bins[bin] { bins[bin] = value }
        }
        // Densify: an empty bin takes the value of the next non-empty bin, offset by distance.
        for bin in 0..<length where bins[bin] == UInt32.max {
            var step = 1
            while step < length, bins[(bin + step) % length] == UInt32.max { step += 1 }
            if step < length { bins[bin] = bins[(bin + step) % length] &+ UInt32(step) &* 0x9E37_79B9 }
        }
        return bins
    }

    /// The estimated Jaccard similarity of the shingle sets behind two signatures.
    public static func similarity(_ a: [UInt32], _ b: [UInt32]) -> Double {
        guard !a.isEmpty, a.count == b.count else { return 0 }
        var equal = 0
        for i in 0..<a.count where a[i] == b[i] { equal += 1 }
        return Double(equal) / Double(a.count)
    }
}
