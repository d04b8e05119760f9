public import KhabarCore

/// A span of text and the language it is written in.
public struct LanguageSpan: Sendable, Hashable {
    /// The span, in scalar offsets of the text that was identified.
    public var span: TextSpan
    /// Its language.
    public var language: Language

    /// Creates a language span.
    public init(span: TextSpan, language: Language) {
        self.span = span
        self.language = language
    }
}

/// Identifies the language of a text, as a whole or span by span.
///
/// Latin-script text is English and Cyrillic text Russian (the languages Khabar reads in those
/// scripts). Arabic-script text is scored for each of fa, ar, ur, ps and ckb from three kinds of
/// evidence, each weighed per occurrence:
/// - letters one language uses and the others do not: پ چ ژ گ for Persian (and Urdu, Pashto,
///   Kurdish); ة أ إ ى for Arabic; ٹ ڈ ڑ ں ے ھ for Urdu; ټ ځ څ ډ ړ ږ ښ ګ ڼ ۍ ې for Pashto;
///   ڵ ڕ ۆ ێ ە for Sorani Kurdish;
/// - frequent function words (stop words) of each language (در، از، این، را، است، می / في، من،
///   على، إلى، التي / کے، میں، ہے / د، په، چې / لە، بۆ، ئەو), which decide short texts such as a
///   headline;
/// - character bigrams typical of one language: the Arabic article ال at a word start, Persian
///   ZWNJ forms (می‌, ‌ها), Urdu ہ/ے endings.
/// Fewer than two letters give ``Language/undetermined``.
///
/// ``spans(in:)`` splits a text into sentences and script runs (a Persian report quoting an
/// English or Arabic sentence) and identifies each; short runs take the language of the text.
///
/// - Complexity: O(*n*) in the number of scalars.
public struct LanguageIdentifier: Sendable {
    /// Creates an identifier.
    public init() {}

    /// The language of `text`, or ``Language/undetermined`` when there are too few letters.
    public func identify(_ text: ScalarText) -> Language {
        identify(text.scalars[...])
    }

    /// The language of `text`.
    public func identify(_ text: String) -> Language { identify(ScalarText(text)) }

    /// The language of a slice of scalars.
    public func identify(_ scalars: ArraySlice<Unicode.Scalar>) -> Language {
        var evidence = Evidence()
        evidence.read(scalars)
        return evidence.decision
    }

    /// The text split into spans of one language each, in order, covering every letter.
    ///
    /// Sentences are identified one by one, and within a sentence each run of one script
    /// (Arabic, Latin, Cyrillic) of at least three words; shorter runs (a Latin acronym in a
    /// Persian sentence) and sentences too short to tell belong to the surrounding language.
    /// Adjacent spans of the same language are merged.
    public func spans(in text: ScalarText) -> [LanguageSpan] {
        let whole = identify(text)
        var result: [LanguageSpan] = []
        func add(_ span: TextSpan, _ language: Language) {
            if let last = result.last, last.language == language {
                result[result.count - 1].span = TextSpan(start: last.span.start, end: span.end)
            } else {
                result.append(LanguageSpan(span: span, language: language))
            }
        }
        for sentence in SentenceSplitter().sentences(in: text) {
            for run in scriptRuns(text.scalars, in: sentence) {
                var language = identify(text.scalars[run.span.start..<run.span.end])
                if language == .undetermined || run.words < 3 {
                    language = run.script == scriptOf(whole) || language == .undetermined ? whole : language
                }
                add(run.span, language)
            }
        }
        return result
    }

    private enum Script { case arabic, latin, cyrillic, none }

    private func scriptOf(_ language: Language) -> Script {
        switch language {
        case .english: .latin
        case .russian: .cyrillic
        case .undetermined: .none
        default: .arabic
        }
    }

    private struct Run {
        var span: TextSpan
        var script: Script
        var words: Int
    }

    /// Runs of one script inside `span`; neutral scalars (digits, punctuation, spaces) join the
    /// run before them, and runs of fewer than three words merge into their neighbours.
    private func scriptRuns(_ s: [Unicode.Scalar], in span: TextSpan) -> [Run] {
        var runs: [Run] = []
        var i = span.start
        var current: Run? = nil
        var inWord = false
        while i < span.end {
            let script = LanguageIdentifier.script(of: s[i])
            if script == .none {
                inWord = false
                i += 1
                continue
            }
            if var run = current, run.script == script {
                if !inWord { run.words += 1 }
                run.span = TextSpan(start: run.span.start, end: i + 1)
                current = run
            } else {
                if let run = current { runs.append(run) }
                current = Run(span: TextSpan(start: i, end: i + 1), script: script, words: 1)
            }
            inWord = true
            i += 1
        }
        if let run = current { runs.append(run) }
        // Merge short runs into the longer neighbour of the other script.
        var merged: [Run] = []
        for run in runs {
            if let last = merged.last, run.words < 3 || last.words < 3 {
                let keep = last.words >= run.words ? last : run
                merged[merged.count - 1] = Run(
                    span: TextSpan(start: last.span.start, end: run.span.end), script: keep.script,
                    words: last.words + run.words)
            } else {
                merged.append(run)
            }
        }
        // Stretch the runs to cover the sentence: each run extends to the start of the next.
        for index in merged.indices {
            let start = index == 0 ? span.start : merged[index].span.start
            let end = index + 1 < merged.count ? merged[index + 1].span.start : span.end
            merged[index].span = TextSpan(start: start, end: end)
        }
        return merged
    }

    private static func script(of scalar: Unicode.Scalar) -> Script {
        let v = scalar.value
        switch v {
        case 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F: return .latin
        case 0x0400...0x04FF: return .cyrillic
        case 0x0620...0x064A, 0x066E...0x06D5, 0x06FA...0x06FF, 0x0750...0x077F, 0xFB50...0xFDFF, 0xFE70...0xFEFC:
            return .arabic
        default: return .none
        }
    }
}

/// Counts of evidence for each language.
struct Evidence {
    var latin = 0, cyrillic = 0, arabicScript = 0
    var fa = 0, ar = 0, ur = 0, ps = 0, ckb = 0
    private var word: [UInt16] = []
    private var wordHasZWNJ = false

    mutating func read(_ scalars: ArraySlice<Unicode.Scalar>) {
        for scalar in scalars {
            let v = scalar.value
            switch v {
            case 0x41...0x5A, 0x61...0x7A:
                latin += 1
                endWord()
            case 0x0400...0x04FF:
                cyrillic += 1
                endWord()
            case 0x0621...0x064A, 0x0671...0x06D5:
                arabicScript += 1
                letter(v)
                word.append(UInt16(v))
            case 0x200C:
                wordHasZWNJ = true
                word.append(0x200C)
            case 0xFB50...0xFDFF, 0xFE70...0xFEFC:
                arabicScript += 1
                for base in PresentationForms.baseLetters(of: scalar) {
                    letter(base.value)
                    word.append(UInt16(truncatingIfNeeded: base.value))
                }
            case 0x064B...0x0652, 0x0640:
                continue
            default:
                endWord()
            }
        }
        endWord()
    }

    private mutating func letter(_ v: UInt32) {
        switch v {
        case 0x067E, 0x0686, 0x0698, 0x06AF: fa += 3  // پ چ ژ گ (shared with ur, ps, ckb, which have their own)
        case 0x06CC, 0x06A9: fa += 1  // ی ک
        case 0x0629: ar += 3  // ة
        case 0x0623, 0x0625: ar += 1  // أ إ (Persian writes them in Arabic loans only)
        case 0x0649: ar += 1  // ى
        case 0x0679, 0x0688, 0x0691, 0x06BA, 0x06D2, 0x06BE, 0x06C1: ur += 4  // ٹ ڈ ڑ ں ے ھ ہ
        case 0x067C, 0x0681, 0x0685, 0x0689, 0x0693, 0x0696, 0x069A, 0x06AB, 0x06BC, 0x06CD, 0x06D0: ps += 4
        case 0x06B5, 0x0695, 0x06C6, 0x06CE, 0x06D5: ckb += 4  // ڵ ڕ ۆ ێ ە
        default: break
        }
    }

    private mutating func endWord() {
        defer {
            word.removeAll(keepingCapacity: true)
            wordHasZWNJ = false
        }
        guard !word.isEmpty else { return }
        if wordHasZWNJ { fa += 2 }
        if word.count >= 4, word[0] == 0x0627, word[1] == 0x0644 { ar += 1 }  // ال at a word start
        guard word.count <= 6, let language = Evidence.stopWords[Evidence.key(word)] else { return }
        do {
            switch language {
            case .persian: fa += 3
            case .arabic: ar += 3
            case .urdu: ur += 3
            case .pashto: ps += 3
            case .kurdish: ckb += 3
            default: break
            }
        }
    }

    /// A hash of a short word, with ZWNJ skipped and yeh/kaf folded (no `String` is made).
    @inline(__always)
    static func key<C: Collection>(_ word: C) -> UInt64 where C.Element == UInt16 {
        var h: UInt64 = 0xcbf29ce484222325
        for unit in word where unit != 0x200C {
            h = (h ^ UInt64(foldYehKaf(unit))) &* 0x100000001b3
        }
        return h
    }

    /// Arabic yeh/kaf and Persian yeh/keheh compare equal in the stop-word table.
    private static func foldYehKaf(_ u: UInt16) -> UInt16 {
        switch u {
        case 0x064A, 0x0649: 0x06CC
        case 0x0643: 0x06A9
        default: u
        }
    }

    /// Function words that are frequent in one language and rare or absent in the others
    /// (written with ی and ک; compiled for Khabar from general knowledge of the languages).
    static let stopWords: [UInt64: Language] = {
        var table: [UInt64: Language] = [:]
        let lists: [(Language, String)] = [
            (.persian, "در از این را است که با برای آن شد می نمی کرد شده خود بود نیز اما یا هم باید وی ایشان آنها آن‌ها ما شما همه چه چون اگر تا کند کنند کنیم دارد دارند هست هستند نیست گفت گفته بر یک دو سه پس پیش روی بین خواهد شود شوند داد دهد"),
            (.arabic, "في من على إلى الى أن ان التي الذي الذين عن مع هذا هذه كان كانت قال قد لم لن ما هو هي ذلك تلك بين حتى بعد قبل عند كل أو او ثم إن لا نحو منذ خلال وقال وفي ومن"),
            (.urdu, "کے کی میں ہے ہیں اور سے کو نے پر یہ وہ تھا تھی تھے ہو گیا کہا ایک"),
            (.pashto, "د په چې او ته دا هغه له سره کې دي وو شو وي یې ځکه"),
            (.kurdish, "لە بۆ ئەو ئەم کە و لەگەڵ دەکات بوو یان هەر"),
        ]
        for (language, words) in lists {
            for word in words.split(separator: " ") {
                let hash = key(Array(word.utf16))
                if table[hash] == nil { table[hash] = language }
            }
        }
        return table
    }()

    var decision: Language {
        let letters = latin + cyrillic + arabicScript
        guard letters >= 2 else { return .undetermined }
        if arabicScript >= latin, arabicScript >= cyrillic {
            let scores: [(Language, Int)] = [(.kurdish, ckb), (.pashto, ps), (.urdu, ur), (.arabic, ar), (.persian, fa)]
            var best = (Language.persian, fa)
            for candidate in scores where candidate.1 > best.1 { best = candidate }
            if best.1 == 0 { return arabicScript >= 2 ? .arabic : .undetermined }
            return best.0
        }
        return cyrillic > latin ? .russian : .english
    }
}
