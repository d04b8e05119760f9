public import KhabarCore
import Foundation

/// Light stemmers for search keys: they strip the most frequent inflectional affixes, never a
/// root letter, and leave short words alone, so that کشورها and کشور, or والمدينة and مدينة,
/// share a key.
///
/// They work on ``FoldedText`` forms (ی for ي/ى, ک for ك, ه for ة, bare alef, no ZWNJ), so the
/// affix tables below are written in folded letters. The ideas follow Lucene's PersianStemmer and
/// Larkey, Ballesteros and Connell's light10 Arabic stemmer ("Light Stemming for Arabic
/// Information Retrieval", 2007); the tables and code are Khabar's own.
///
/// - Persian (``stem(_:language:)`` with `.persian`): one suffix of هایشان هایتان هایمان هایی
///   های ها ترین تر یان ان ات ی (the longest that leaves at least three letters), and the
///   verb prefixes می / نمی before at least three letters.
/// - Arabic: one prefix of وال بال کال فال لل ال (leaving at least three letters), else و;
///   then one suffix of ها ان ات ون ین یه یی ه ی (leaving at least three letters).
/// - Other languages: the word unchanged.
///
/// - Complexity: O(*k*) in the word's length.
public struct Stemmer: Sendable {
    /// Creates a stemmer.
    public init() {}

    /// The stem of a folded word.
    public func stem(_ word: String, language: Language) -> String {
        var w = Array(word.unicodeScalars)
        switch language {
        case .persian:
            w = Stemmer.strip(w, prefixes: Stemmer.persianPrefixes, keep: 3)
            w = Stemmer.strip(w, suffixes: Stemmer.persianSuffixes, keep: 3)
        case .arabic:
            let stripped = Stemmer.strip(w, prefixes: Stemmer.arabicPrefixes, keep: 3)
            w = stripped.count < w.count ? stripped : Stemmer.strip(w, prefixes: Stemmer.arabicConjunction, keep: 3)
            w = Stemmer.strip(w, suffixes: Stemmer.arabicSuffixes, keep: 3)
        default:
            return word
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: w)
        return String(view)
    }

    /// The stem of the folded word `scalars[range]`, as a range within it: the light stemmers only
    /// strip affixes, so a stem is always a part of its word. What ``stem(_:language:)`` gives,
    /// without making a string.
    public func stemRange(_ range: Range<Int>, in scalars: [Unicode.Scalar], language: Language) -> Range<Int> {
        var lower = range.lowerBound, upper = range.upperBound
        switch language {
        case .persian:
            lower += Stemmer.prefixLength(Stemmer.persianPrefixes, of: scalars, lower, upper)
            upper -= Stemmer.suffixLength(Stemmer.persianSuffixes, of: scalars, lower, upper)
        case .arabic:
            var prefix = Stemmer.prefixLength(Stemmer.arabicPrefixes, of: scalars, lower, upper)
            if prefix == 0 { prefix = Stemmer.prefixLength(Stemmer.arabicConjunction, of: scalars, lower, upper) }
            lower += prefix
            upper -= Stemmer.suffixLength(Stemmer.arabicSuffixes, of: scalars, lower, upper)
        default:
            break
        }
        return lower..<upper
    }

    /// The length of the first of `affixes` that `scalars[lower..<upper]` starts with and that
    /// leaves at least three scalars; 0 when there is none. Compared scalar by scalar: this runs
    /// for every lead word of every report.
    @inline(__always)
    private static func prefixLength(_ affixes: [[Unicode.Scalar]], of scalars: [Unicode.Scalar], _ lower: Int, _ upper: Int) -> Int {
        for affix in affixes where upper - lower - affix.count >= 3 {
            var k = 0
            while k < affix.count, scalars[lower + k] == affix[k] { k += 1 }
            if k == affix.count { return affix.count }
        }
        return 0
    }

    /// Likewise for the first of `affixes` that `scalars[lower..<upper]` ends with.
    @inline(__always)
    private static func suffixLength(_ affixes: [[Unicode.Scalar]], of scalars: [Unicode.Scalar], _ lower: Int, _ upper: Int) -> Int {
        for affix in affixes where upper - lower - affix.count >= 3 {
            let start = upper - affix.count
            var k = 0
            while k < affix.count, scalars[start + k] == affix[k] { k += 1 }
            if k == affix.count { return affix.count }
        }
        return 0
    }

    private static func table(_ words: String) -> [[Unicode.Scalar]] {
        words.split(separator: " ").map { Array($0.unicodeScalars) }.sorted { $0.count > $1.count }
    }

    static let persianSuffixes = table("هایشان هایتان هایمان هایی های ها ترین تر یان ان ات ی")
    static let persianPrefixes = table("نمی می")
    static let arabicPrefixes = table("وال بال کال فال لل ال")
    static let arabicSuffixes = table("ها ان ات ون ین یه یی ه ی")
    /// و alone, stripped when no prefix of ``arabicPrefixes`` is.
    static let arabicConjunction: [[Unicode.Scalar]] = [["و"]]

    static func strip(_ w: [Unicode.Scalar], suffixes: [[Unicode.Scalar]], keep: Int) -> [Unicode.Scalar] {
        for suffix in suffixes where w.count - suffix.count >= keep && w.suffix(suffix.count).elementsEqual(suffix) {
            return Array(w.dropLast(suffix.count))
        }
        return w
    }

    static func strip(_ w: [Unicode.Scalar], prefixes: [[Unicode.Scalar]], keep: Int) -> [Unicode.Scalar] {
        for prefix in prefixes where w.count - prefix.count >= keep && w.prefix(prefix.count).elementsEqual(prefix) {
            return Array(w.dropFirst(prefix.count))
        }
        return w
    }
}

/// Stop words for search keys, per language, in ``FoldedText`` form.
///
/// Persian: hazm's stop-word list (MIT; `Resources/fa/stopwords.txt`, see its NOTICE). Arabic:
/// a list written for Khabar (`Resources/ar/stopwords.txt`). Other languages have none.
public enum StopWords {
    /// The stop words of `language` (empty for languages without a list).
    public static func lexicon(for language: Language) -> Lexicon {
        switch language {
        case .persian: persian
        case .arabic: arabic
        default: Lexicon([String]())
        }
    }

    /// Persian stop words.
    public static let persian = load("fa")
    /// Arabic stop words.
    public static let arabic = load("ar")

    private static func load(_ folder: String) -> Lexicon {
        let url = Bundle.module.url(forResource: "stopwords", withExtension: "txt", subdirectory: "Resources/\(folder)")
            ?? Bundle.module.resourceURL?.appendingPathComponent("Resources/\(folder)/stopwords.txt")
        guard let url, let data = FileManager.default.contents(atPath: url.path) else { return Lexicon([String]()) }
        return Lexicon(parsing: String(decoding: data, as: UTF8.self), normalizedBy: FoldedText.key)
    }
}
