import KhabarCore
import KhabarText

/// Words with which a lead tells a reaction: a government welcoming, condemning, regretting or
/// answering what another did («رحبت», «أدان», «أعرب عن أسفه», «واکنش», «محکوم کرد»). Compiled for
/// Khabar from the labelling rule that a third party's reaction is an event of its own
/// (`Benchmarks/labels/README.md`); the forms are those news leads use.
public enum ReactionWords {
    /// The reaction words of each language, as written in leads (several forms of a verb, since
    /// the light stemmer keeps a verb's prefixes and suffixes apart from its stem only in part).
    static let words: [Language: [String]] = [
        .arabic: """
            رحب رحبت يرحب ترحب ترحيب ترحيبه ترحيبها أدان أدانت يدين تدين إدانة دان دانت ندد نددت يندد
            تندد تنديد استنكر استنكرت يستنكر تستنكر استنكار شجب شجبت يشجب تشجب انتقد انتقدت ينتقد
            تنتقد أعرب أعربت يعرب تعرب أسفه أسفها تأسف يأسف قلقه قلقها تضامنه تضامنها تضامن هنأ هنأت
            يهنئ تهنئ تهنئة عزى عزت تعازيه تعازيها ردود ردا
            """.split(whereSeparator: \.isWhitespace).map(String.init),
        .persian: """
            واکنش واکنشها محکوم استقبال انتقاد ابراز نگرانی تسلیت تبریک همدردی تاسف تأسف
            """.split(whereSeparator: \.isWhitespace).map(String.init),
    ]

    /// The lead keys (``FeatureBuilder``'s lead words: folded, article removed, light-stemmed,
    /// hashed) of the reaction words, per language: a stem of one language may be a common word
    /// of the other.
    static let leadKeys: [Language: Set<UInt64>] = {
        var keys: [Language: Set<UInt64>] = [:]
        for (language, list) in words {
            for word in list {
                let scalars = FoldedText(word).scalars
                let range = FeatureBuilder.stripArabicArticle(0..<scalars.count, in: scalars)
                keys[language, default: []].insert(
                    StableHash.of(0x6C, scalars: scalars[Stemmer().stemRange(range, in: scalars, language: language)]))
            }
        }
        return keys
    }()

    /// Whether a report's lead has a reaction word of its language.
    public static func leadReacts(_ report: ReportFeatures) -> Bool {
        guard let keys = leadKeys[report.language] else { return false }
        return report.leadTerms.contains { keys.contains($0.key) }
    }
}
