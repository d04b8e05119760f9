/// A script-independent consonant skeleton of a name, so a name that is not in the gazetteer
/// still links across scripts and spellings: پوتین, بوتين, Путин and Putin all give `btn`.
///
/// Each letter maps to a consonant class; vowels, the letters that double as vowels (alef, waw,
/// yeh; Latin a e i o u y w; Cyrillic а е ё и о у ы э ю я й), h-like letters (ه ح h), ain and
/// hamza are dropped, and so are f and v (ف f v ф в), because Persian writes a foreign v as و
/// and Arabic as ف (دیوید, ديفيد, David):
///
/// | class | Arabic script | Latin | Cyrillic |
/// |---|---|---|---|
/// | b | ب پ | b p | б п |
/// | t | ت ط | t | т |
/// | s | ث س ص | s c (before e, i) | с ц |
/// | j | ج چ | j, ch | ч, дж |
/// | d | د | d | д |
/// | z | ذ ز ض ظ ژ | z, zh | з ж |
/// | r | ر | r | р |
/// | S | ش | sh | ш щ |
/// | k | ق ک ك گ غ خ | k q g c, kh gh | к г х |
/// | l m n | ل م ن | l m n | л м н |
///
/// Latin digraphs (sh, ch, kh, gh, zh, th, dh) are read first. The skeleton is a heuristic: two
/// different names can share one (it is only used for names the gazetteer does not know, and
/// for multi-word names when it links to a gazetteer entry).
enum NameSkeleton {
    /// The skeleton of a name, one group per word joined by `-`, or `nil` when it has no consonant.
    static func skeleton(of words: [[Unicode.Scalar]]) -> String? {
        skeleton(ofWords: words)
    }

    /// The skeleton of a name given as runs of scalars, one per word.
    static func skeleton<C: Collection>(ofWords words: [C]) -> String? where C.Element == Unicode.Scalar {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(16)
        for word in words {
            let mark = bytes.count
            if mark > 0 { bytes.append(UInt8(ascii: "-")) }
            let before = bytes.count
            append(word, to: &bytes)
            // A word without consonants adds no group (and no separator).
            if bytes.count == before { bytes.removeLast(bytes.count - mark) }
        }
        return bytes.isEmpty ? nil : String(decoding: bytes, as: UTF8.self)
    }

    /// The skeleton of one word (already folded: lower case, Persian letters folded).
    static func skeleton<C: Collection>(ofWord word: C) -> String where C.Element == Unicode.Scalar {
        var bytes: [UInt8] = []
        append(word, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The sound class each word starts with, one letter per word: its consonant class, `f` for
    /// f, v and w (ف و f v w ф в), `a` for a vowel or a letter the skeleton drops (ا ع ه ی, a h y).
    /// Two names with one skeleton but different initials are different people: ماري كولفين
    /// (Marie Colvin) and امیر قلعه‌نویی (Amir Ghalenoei) both give `mr-kln`, but `mk` ≠ `ak`.
    static func initials<C: Collection>(ofWords words: [C]) -> String where C.Element == Unicode.Scalar {
        var out: [UInt8] = []
        for word in words {
            guard let first = word.first else { continue }
            var single: [UInt8] = []
            append(CollectionOfOne(first), to: &single)
            var pair: [UInt8] = []
            append(word.prefix(2), to: &pair)
            if let consonant = single.first {
                // A digraph (sh, kh, ch) counts as the one sound it spells.
                out.append(pair.count == 1 ? pair[0] : consonant)
            } else {
                out.append(fLike.contains(first) ? UInt8(ascii: "f") : UInt8(ascii: "a"))
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The throat letters of a name in Arabic script — ح, ع, and ه except at the end of a word
    /// (where it may stand for ة or a Persian silent he) — one group per word joined by `-`, or
    /// `nil` when a word is not in Arabic script. The skeleton drops them so that a name links
    /// across scripts (Latin and Cyrillic do not write them), but between two Arabic-script
    /// spellings they tell names apart: أحمد الشهري is not أحمد الشرع, though both give `md-lSr`.
    static func gutturals<C: Collection>(ofWords words: [C]) -> String? where C.Element == Unicode.Scalar {
        var out: [Unicode.Scalar] = []
        for (index, word) in words.enumerated() {
            if index > 0 { out.append("-") }
            var position = word.startIndex
            while position != word.endIndex {
                let scalar = word[position]
                guard (0x0600...0x06FF).contains(scalar.value) || (0xFB50...0xFEFF).contains(scalar.value) else { return nil }
                let next = word.index(after: position)
                if scalar == "\u{062D}" || scalar == "\u{0639}" || (scalar == "\u{0647}" && next != word.endIndex) {
                    out.append(scalar)
                }
                position = next
            }
        }
        var text = ""
        text.unicodeScalars.append(contentsOf: out)
        return text
    }

    /// Letters for f, v and w, which the skeleton drops.
    static let fLike: Set<Unicode.Scalar> = ["f", "v", "w", "\u{0641}", "\u{0648}", "\u{0444}", "\u{0432}"]

    /// Appends the consonant classes of `word` to `out`, without repeating a class.
    static func append<C: Collection>(_ word: C, to out: inout [UInt8]) where C.Element == Unicode.Scalar {
        let start = out.count
        var previous: UInt8 = 0
        func emit(_ c: UInt8) {
            if out.count == start || previous != c { out.append(c) }
            previous = c
        }
        var iterator = word.makeIterator()
        var current = iterator.next()
        while let c = current {
            let next = iterator.next()
            var consumedNext = false
            switch c {
            // Latin digraphs.
            case "s" where next == "h": emit(UInt8(ascii: "S")); consumedNext = true
            case "c" where next == "h": emit(UInt8(ascii: "j")); consumedNext = true
            case "k" where next == "h", "g" where next == "h": emit(UInt8(ascii: "k")); consumedNext = true
            case "z" where next == "h": emit(UInt8(ascii: "z")); consumedNext = true
            case "t" where next == "h": emit(UInt8(ascii: "t")); consumedNext = true
            case "d" where next == "h": emit(UInt8(ascii: "z")); consumedNext = true
            case "b", "p", "\u{0628}", "\u{067E}", "\u{0431}", "\u{043F}": emit(UInt8(ascii: "b"))
            case "t", "\u{062A}", "\u{0637}", "\u{0442}": emit(UInt8(ascii: "t"))
            case "s", "\u{062B}", "\u{0633}", "\u{0635}", "\u{0441}", "\u{0446}": emit(UInt8(ascii: "s"))
            case "c": emit(next == "e" || next == "i" ? UInt8(ascii: "s") : UInt8(ascii: "k"))
            case "j", "\u{062C}", "\u{0686}", "\u{0447}": emit(UInt8(ascii: "j"))
            case "d", "\u{062F}", "\u{0434}":
                if next == "\u{0436}" { emit(UInt8(ascii: "j")); consumedNext = true } else { emit(UInt8(ascii: "d")) }
            case "z", "\u{0630}", "\u{0632}", "\u{0636}", "\u{0638}", "\u{0698}", "\u{0437}", "\u{0436}": emit(UInt8(ascii: "z"))
            case "r", "\u{0631}", "\u{0440}": emit(UInt8(ascii: "r"))
            case "\u{0634}", "\u{0448}", "\u{0449}": emit(UInt8(ascii: "S"))
            case "k", "q", "g", "x", "\u{0642}", "\u{06A9}", "\u{0643}", "\u{06AF}", "\u{063A}", "\u{062E}",
                 "\u{043A}", "\u{0433}", "\u{0445}": emit(UInt8(ascii: "k"))
            case "l", "\u{0644}", "\u{043B}": emit(UInt8(ascii: "l"))
            case "m", "\u{0645}", "\u{043C}": emit(UInt8(ascii: "m"))
            case "n", "\u{0646}", "\u{043D}": emit(UInt8(ascii: "n"))
            default: break
            }
            current = consumedNext ? iterator.next() : next
        }
    }
}
