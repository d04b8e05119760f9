import KhabarCore
import KhabarText

/// Words too common in news to tell events apart: the Persian and Arabic stop words of
/// ``StopWords``, the function words of en and ru, and the reporting verbs and time words every
/// story uses. Folded with ``FoldedText``.
public enum NewsStopWords {
    /// Hashes of the stop words as clustering terms (``StableHash/of(_:scalars:)`` in namespace
    /// `t`), with and without a leading Arabic article, as ``FeatureBuilder`` looks them up.
    public static let termHashes: Set<UInt64> = {
        var hashes = Set<UInt64>()
        for word in folded {
            let scalars = Array(word.unicodeScalars)
            hashes.insert(StableHash.of(0x74, scalars: scalars[...]))
            let stripped = FeatureBuilder.stripArabicArticle(0..<scalars.count, in: scalars)
            hashes.insert(StableHash.of(0x74, scalars: scalars[stripped]))
        }
        return hashes
    }()

    /// ``termHashes`` as a ``KeyMap64`` (every value 1), for the look-ups made per term.
    static let termTable: KeyMap64<UInt8> = {
        var table = KeyMap64<UInt8>()
        for hash in termHashes { table[hash] = 1 }
        return table
    }()

    /// The folded stop words.
    public static let folded: Set<String> = {
        let persian = """
            این آن که را با از به در برای تا هم نیز یا اما اگر چه چون پس بر بین روی زیر پیش بعد \
            است هست بود شد شده شود می نمی کرد کرده کند کنند کردند کرده‌اند دارد دارند داشت داشته \
            خواهد خواهند باید نباید گفت گفته افزود اظهار داشت کرد وی او ما شما آنها ایشان خود \
            همچنین همین چنین چند هر همه یک دو سه گزارش اساس نظر مورد درباره حال ضمن طی طریق \
            زمینه عنوان جمله سال ماه روز امروز دیروز ادامه اشاره بیان تاکید تأکید
            """
        let arabic = """
            في من إلى على عن مع أن إن أو ثم كما هذا هذه ذلك تلك التي الذي الذين هو هي هم كان كانت \
            يكون قد لقد لم لن ما لا وقد وفي ومن وعلى بعد قبل خلال حيث عند بين حول أكد قال وقال \
            وأضاف أضاف أشار وأشار أوضح وأوضح يوم اليوم أمس العام عام سنة أي كل بعض أيضا منذ حتى \
            وفق وفقا نحو لدى إنه أنه بأن وأن فيما بينما ضمن وذلك وهو وهي
            """
        let english = """
            the a an of to in on at for from by with and or but is are was were be been has have \
            had will would said says that this these those it its as he she they we you not
            """
        let russian = """
            и в на с по к о из за от для что это как не но а его ее их он она они мы вы был была \
            были будет также заявил сказал
            """
        var words = StopWords.persian.entries.union(StopWords.arabic.entries)
        for list in [persian, arabic, english, russian] {
            for word in list.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
                words.insert(FoldedText.key(String(word)))
            }
        }
        return words
    }()
}
