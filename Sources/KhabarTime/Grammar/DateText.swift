import KhabarCore
import KhabarText

/// A lexical unit for the date grammar: a number, a punctuation scalar, or a word or phrase with
/// what the lexicon knows about it.
struct DateUnit {
    /// The range in the folded text (after any Arabic proclitic stripped off the front).
    var start: Int32
    var end: Int32
    var kind: DateToken.Kind
    /// The index of the unit's ``WordInfo``, or −1.
    var info: Int32
    /// A number's value, or a punctuation token's scalar.
    var value: UInt32
    var digits: UInt8
    var spaceBefore: Bool
    var lineBefore: Bool
    /// The token key (words and punctuation).
    var key: UInt64
    /// An Arabic و was stripped off the front (وشباط, ونصف): the unit is joined to the one before.
    var wawBefore = false
}

/// A text cut into date units, with the lexicon's knowledge attached.
///
/// Phrases (ربیع الاول, سال گذشته, كانون الثاني) become one unit, longest first. In Arabic text a
/// word not in the lexicon is tried again without the proclitics و ف ب ل ك (والجمعة, بالأمس,
/// للعام → العام).
struct DateText {
    let folded: FoldedText
    let language: Language
    let lexicon: DateLexicon
    private(set) var units: [DateUnit] = []
    /// For each unit, the index of its sentence (a new one after . ! ? ؟ and at line breaks).
    private(set) var sentence: [Int32] = []

    init(folded: FoldedText, language: Language, lexicon: DateLexicon = .bundled) {
        self.folded = folded
        self.language = language
        self.lexicon = lexicon
        let tokens = DateKey.tokens(folded.scalars)
        let table = lexicon.tables[LexiconLanguage(language).rawValue]
        let stripsClitics = language == .arabic || language == .undetermined || language == .urdu
        let persianLike = language == .persian || language == .undetermined
        let nameKey = WordKeys.name
        let entries = DateKey.entries
        units.reserveCapacity(tokens.count)
        var i = 0
        while i < tokens.count {
            let token = tokens[i]
            var unit = DateUnit(
                start: token.start, end: token.end, kind: token.kind, info: -1, value: token.value,
                digits: token.digits, spaceBefore: token.spaceBefore, lineBefore: token.lineBefore, key: token.key)
            if token.kind == .number {
                units.append(unit)
                i += 1
                continue
            }
            // هفته نامه, ماه نامه, فصل نامه (a weekly, a monthly, a quarterly) are nouns, not units.
            if token.key == nameKey, let previous = units.last, previous.info >= 0, previous.kind == .word,
               lexicon.infos[Int(previous.info)].unit != nil, persianLike {
                units[units.count - 1].info = -1
            }
            if table.mayContain(token.key), let (info, length) = DateText.lookup(token.key, at: i, tokens, table) {
                unit.info = info
                unit.end = tokens[i + length - 1].end
                units.append(unit)
                i += length
                continue
            }
            if stripsClitics, token.kind == .word, token.end - token.start >= 3,
               DateText.isClitic(DateText.fold(folded.scalars[Int(token.start)].value, entries)),
               let (info, length, skip) = DateText.lookupWithoutClitics(i, tokens, folded.scalars, table, entries) {
                unit.info = info
                unit.start = token.start + Int32(skip)
                unit.end = tokens[i + length - 1].end
                unit.wawBefore = DateKey.fold(folded.scalars[Int(token.start)].value) == 0x0648
                units.append(unit)
                i += length
                continue
            }
            units.append(unit)
            i += 1
        }
        // هفته نامه, ماه نامه, فصل نامه (a weekly, a monthly, a quarterly) are nouns, not units.
        var index: Int32 = 0
        sentence.reserveCapacity(units.count)
        for k in units.indices {
            if k > 0 {
                let previous = units[k - 1]
                if units[k].lineBefore {
                    index += 1
                } else if previous.kind == .punctuation, units[k].spaceBefore,
                          Marks.sentenceEnds.contains(previous.value) {
                    index += 1
                }
            }
            sentence.append(index)
        }
    }

    /// The longest entry starting at token `i`: its info and its length in tokens.
    static func lookup(_ key: UInt64, at i: Int, _ tokens: [DateToken], _ table: LexiconTable) -> (Int32, Int)? {
        guard let entry = table.entry(key) else { return nil }
        if !entry.phrases.isEmpty {
            for phrase in entry.phrases where i + phrase.rest.count < tokens.count {
                var matches = true
                for (offset, next) in phrase.rest.enumerated() {
                    let token = tokens[i + 1 + offset]
                    if token.key != next || token.lineBefore || token.kind == .number {
                        matches = false
                        break
                    }
                }
                if matches { return (phrase.info, phrase.rest.count + 1) }
            }
        }
        if entry.single >= 0 { return (entry.single, 1) }
        return nil
    }

    /// The entry for a word once one or two Arabic proclitics are stripped, with the number of
    /// scalars stripped.
    ///
    /// - Parameter entries: ``DateKey/entries``, so each scalar folds by a table read.
    static func lookupWithoutClitics(
        _ i: Int, _ tokens: [DateToken], _ scalars: [Unicode.Scalar], _ table: LexiconTable,
        _ entries: [DateKey.ScalarEntry] = DateKey.entries
    ) -> (Int32, Int, Int)? {
        let token = tokens[i]
        let start = Int(token.start), end = Int(token.end)
        guard end - start >= 3 else { return nil }
        @inline(__always) func fold(_ v: UInt32) -> UInt32 { DateText.fold(v, entries) }
        var skip = 0
        while skip < 2, start + skip < end - 2, isClitic(fold(scalars[start + skip].value)) {
            skip += 1
            var hash = DateKey.offsetBasis
            var first: UInt32 = 0
            for k in (start + skip)..<end {
                let code = fold(scalars[k].value)
                if code == 0 { continue }
                if first == 0 { first = code }
                hash = DateKey.mix(hash, code)
            }
            if table.mayContain(hash), let (info, length) = lookup(hash, at: i, tokens, table) {
                return (info, length, skip)
            }
            // ل + ال → لل: للعام is ل + العام.
            if fold(scalars[start + skip - 1].value) == 0x0644, first == 0x0644 {
                var alef = DateKey.mix(DateKey.offsetBasis, 0x0627)
                for k in (start + skip)..<end {
                    let code = fold(scalars[k].value)
                    if code != 0 { alef = DateKey.mix(alef, code) }
                }
                if table.mayContain(alef), let (info, length) = lookup(alef, at: i, tokens, table) {
                    return (info, length, skip)
                }
            }
        }
        return nil
    }

    /// ``DateKey/fold(_:)`` of `v`, by a table read below ``DateKey/tableBound``.
    @inline(__always)
    static func fold(_ v: UInt32, _ entries: [DateKey.ScalarEntry]) -> UInt32 {
        v < DateKey.tableBound ? entries[Int(v)] >> 8 : DateKey.fold(v)
    }

    /// Whether a folded scalar is one of the Arabic proclitics و ف ب ل ك (as the date grammar
    /// folds them): a word can lose one only if it starts with one, which the caller checks
    /// before ``lookupWithoutClitics(_:_:_:_:_:)``.
    @inline(__always)
    static func isClitic(_ v: UInt32) -> Bool {
        v == 0x0648 || v == 0x0641 || v == 0x0628 || v == 0x0644 || v == 0x06A9 || v == 0x0643
    }

    var count: Int { units.count }

    @inline(__always)
    func info(_ i: Int) -> WordInfo? {
        guard i >= 0, i < units.count, units[i].info >= 0 else { return nil }
        return lexicon.infos[Int(units[i].info)]
    }

    /// The value and digit count of a number unit.
    @inline(__always)
    func number(_ i: Int) -> (value: Int, digits: Int)? {
        guard i >= 0, i < units.count, units[i].kind == .number else { return nil }
        return (Int(units[i].value), Int(units[i].digits))
    }

    /// Whether unit `i` is the punctuation scalar `scalar`.
    @inline(__always)
    func isPunctuation(_ i: Int, _ scalar: Unicode.Scalar) -> Bool {
        i >= 0 && i < units.count && units[i].kind == .punctuation && units[i].value == scalar.value
    }

    /// Whether unit `i` is one of the punctuation scalars.
    @inline(__always)
    func isPunctuation(_ i: Int, in scalars: Set<UInt32>) -> Bool {
        i >= 0 && i < units.count && units[i].kind == .punctuation && scalars.contains(units[i].value)
    }

    /// Whether unit `i` is the word whose key is `key`.
    @inline(__always)
    func isWord(_ i: Int, _ key: UInt64) -> Bool {
        i >= 0 && i < units.count && units[i].kind == .word && units[i].key == key
    }

    /// Whether unit `i` touches the unit before it (no whitespace between).
    @inline(__always)
    func isTight(_ i: Int) -> Bool {
        i > 0 && i < units.count && !units[i].spaceBefore
    }

    /// The span of the original text covered by units `range`.
    func originalSpan(_ range: Range<Int>) -> TextSpan {
        let first = Int(units[range.lowerBound].start)
        let last = Int(units[range.upperBound - 1].end)
        return folded.originalSpan(of: first..<last)
    }

    /// The folded scalars of unit `i`.
    func scalars(_ i: Int) -> ArraySlice<Unicode.Scalar> {
        folded.scalars[Int(units[i].start)..<Int(units[i].end)]
    }
}

/// Keys of single words the grammar tests directly.
enum WordKeys {
    static let of = DateKey.key(ofWord: "of".unicodeScalars)
    static let the = DateKey.key(ofWord: "the".unicodeScalars)
    static let min = DateKey.key(ofWord: "من".unicodeScalars)
    static let s = DateKey.key(ofWord: "s".unicodeScalars)
    static let ruE = DateKey.key(ofWord: "е".unicodeScalars)
    static let ruKh = DateKey.key(ofWord: "х".unicodeScalars)
    static let ruGody = DateKey.key(ofWord: "годы".unicodeScalars)
    static let ruGodov = DateKey.key(ofWord: "годов".unicodeScalars)
    static let ruGodakh = DateKey.key(ofWord: "годах".unicodeScalars)
    static let be = DateKey.key(ofWord: "به".unicodeScalars)
    static let baad = DateKey.key(ofWord: "بعد".unicodeScalars)
    static let pas = DateKey.key(ofWord: "پس".unicodeScalars)
    static let qabl = DateKey.key(ofWord: "قبل".unicodeScalars)
    /// ردا على (in answer to), whose object is an earlier event.
    static let raddan = DateKey.key(ofWord: "ردا".unicodeScalars)
    static let ala = DateKey.key(ofWord: "علی".unicodeScalars)
    static let pish = DateKey.key(ofWord: "پیش".unicodeScalars)
    static let ashar = DateKey.key(ofWord: "عشر".unicodeScalars)
    static let dhalika = DateKey.key(ofWord: "ذلک".unicodeScalars)
    static let nafs = DateKey.key(ofWord: "نفس".unicodeScalars)
    static let tilka = DateKey.key(ofWord: "تلک".unicodeScalars)
    static let kila = DateKey.key(ofWord: "کلا".unicodeScalars)
    static let mi = DateKey.key(ofWord: "می".unicodeScalars)
    static let nemi = DateKey.key(ofWord: "نمی".unicodeScalars)
    static let ast = DateKey.key(ofWord: "است".unicodeScalars)
    static let qarar = DateKey.key(ofWord: "قرار".unicodeScalars)
    /// منتصف, the key of the phrase منتصف ليل (midnight).
    static let muntasaf = DateKey.key(ofWord: "منتصف".unicodeScalars)
    static let and = DateKey.key(ofWord: "اند".unicodeScalars)
    static let persianQuarter = DateKey.key(ofWord: "ماهه".unicodeScalars)
    static let chand = DateKey.key(ofWord: "چند".unicodeScalars)
    /// چند fused with the preposition before it when a scraper lost the space (درچند سال گذشته,
    /// طیچند روز اخیر); not هرچند (although).
    /// Words after which a date without its year is the coming one (the approach of it): آستانه
    /// (the threshold: در آستانه نوروز), فرارسیدن (the arrival), عشية (the eve), قبيل (shortly
    /// before), اقتراب (the approach), حلول (the arrival; بحلول, by), with their proclitics.
    static let approachWords: Set<UInt64> = Set(["آستانه", "فرارسیدن", "عشية", "وعشية", "قبيل", "وقبيل", "اقتراب",
                                                 "باقتراب", "لاقتراب", "حلول", "بحلول", "وبحلول"].map {
        DateKey.key(ofWord: $0.unicodeScalars)
    })
    static let fara = DateKey.key(ofWord: "فرا".unicodeScalars)
    static let rasidan = DateKey.key(ofWord: "رسیدن".unicodeScalars)
    static let shodan = DateKey.key(ofWord: "شدن".unicodeScalars)
    static let nazdik = DateKey.key(ofWord: "نزدیک".unicodeScalars)
    static let fusedChand: Set<UInt64> = Set(["چند", "درچند", "طیچند", "ظرفچند"].map { DateKey.key(ofWord: $0.unicodeScalars) })
    static let dhatihi = DateKey.key(ofWord: "ذاته".unicodeScalars)
    static let mim = DateKey.key(ofWord: "م".unicodeScalars)
    static let nafsihi = DateKey.key(ofWord: "نفسه".unicodeScalars)
    static let az = DateKey.key(ofWord: "از".unicodeScalars)
    static let ruz = DateKey.key(ofWord: "روز".unicodeScalars)
    static let tarikh = DateKey.key(ofWord: "تاریخ".unicodeScalars)
    static let article = DateKey.key(ofWord: "ال".unicodeScalars)
    static let fasl = DateKey.key(ofWord: "فصل".unicodeScalars)
    static let bish = DateKey.key(ofWord: "بیش".unicodeScalars)
    static let ba = DateKey.key(ofWord: "به".unicodeScalars)
    static let a = DateKey.key(ofWord: "a".unicodeScalars)
    static let half = DateKey.key(ofWord: "half".unicodeScalars)
    static let bazar = DateKey.key(ofWord: "بازار".unicodeScalars)
    static let in_ = DateKey.key(ofWord: "in".unicodeScalars)
    static let name = DateKey.key(ofWord: "نامه".unicodeScalars)
    static let shahr = DateKey.key(ofWord: "شهر".unicodeScalars)
    static let paytakht = DateKey.key(ofWord: "پایتخت".unicodeScalars)
    static let gozaresh = DateKey.key(ofWord: "گزارش".unicodeScalars)
    static let khabarnegar = DateKey.key(ofWord: "خبرنگار".unicodeScalars)
    static let khabargozari = DateKey.key(ofWord: "خبرگزاری".unicodeScalars)
    static let dar = DateKey.key(ofWord: "در".unicodeScalars)
    /// دیگر after a count: دو سال دیگر = in two years.
    static let digar = DateKey.key(ofWord: "دیگر".unicodeScalars)
    /// Prepositions after which a Persian participle qualifies a noun (خریداری شده از, امضا شده در).
    static let participlePrepositions: Set<UInt64> = Set(["از", "در", "به", "با", "برای", "توسط"].map {
        DateKey.key(ofWord: $0.unicodeScalars)
    })
    /// Words that make a year another kind of year (سال تحصیلی, سال مالی, العام الدراسي): the bare
    /// unit before one is not "this year".
    static let yearQualifiers: Set<UInt64> = Set(["تحصیلی", "مالی", "زراعی", "آبی", "کاری", "ورزشی", "الدراسي", "المالي",
        "الزراعي", "الرياضي", "الهجري"].map { DateKey.key(ofWord: $0.unicodeScalars) })
    /// Arabic relative pronouns (with و): the verbs after one belong to a clause of their own.
    static let relativePronouns: Set<UInt64> = Set(["الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "اللاتي",
        "والذي", "والتي", "والذين"].map { DateKey.key(ofWord: $0.unicodeScalars) })
    /// Arabic auxiliaries of the passive with a verbal noun (تم التوقيع, يتم بحث, سيتم).
    static let passiveAuxiliaries: Set<UInt64> = Set(["تم", "وتم", "يتم", "ويتم", "سيتم", "وسيتم", "ستتم", "تتم"].map {
        DateKey.key(ofWord: $0.unicodeScalars)
    })
    /// Arabic complementizers: the clause after one is reported content (أخبر … الجمعة أنه يرحب).
    static let complementizers: Set<UInt64> = Set(["أن", "أنه", "أنها", "أنهم", "إن", "إنه", "إنها", "بأن", "بأنه", "وأن",
        "وأنه", "فإن"].map { DateKey.key(ofWord: $0.unicodeScalars) })
    /// Arabic prepositions that place one event against another (بعد يوم من, قبيل أيام من).
    static let relativeTimePrepositions: Set<UInt64> = Set(["بعد", "قبل", "قبيل", "عقب", "وبعد", "وقبل", "وقبيل"].map {
        DateKey.key(ofWord: $0.unicodeScalars)
    })
    /// Arabic إمام (folded as أمام, "in front of").
    static let imam = DateKey.key(ofWord: "إمام".unicodeScalars)
}

/// Sets of punctuation scalars the grammar tests, built once.
enum Marks {
    /// " “ ”
    static let doubleQuotes: Set<UInt32> = [0x22, 0x201C, 0x201D]
    /// , ، - ( between a weekday and its date
    static let afterWeekday: Set<UInt32> = [0x2C, 0x060C, 0x2D, 0x28]
    /// - – — /
    static let dashesAndSlash: Set<UInt32> = [0x2D, 0x2013, 0x2014, 0x2F]
    /// - – —
    static let dashes: Set<UInt32> = [0x2D, 0x2013, 0x2014]
    /// . ,
    static let decimalMarks: Set<UInt32> = [0x2E, 0x2C]
    /// / ( - between two names of one month (كانون الأول/ديسمبر)
    static let monthNameSeparators: Set<UInt32> = [0x2F, 0x28, 0x2D]
    /// / - . in numeric dates
    static let dateSeparators: Set<UInt32> = [0x2F, 0x2D, 0x2E]
    /// / - : after a number that is part of something else
    static let numberSeparators: Set<UInt32> = [0x2F, 0x2D, 0x3A]
    /// : . / , joining numbers (12:30, 3.5, 1/2, 1,500)
    static let numberJoiners: Set<UInt32> = [0x3A, 0x2E, 0x2F, 0x2C]
    /// , ،
    static let commas: Set<UInt32> = [0x2C, 0x060C]
    /// : ; ؛
    static let clauseBreaks: Set<UInt32> = [0x3A, 0x3B, 0x061B]
    /// . ! ? ؟
    static let sentenceEnds: Set<UInt32> = [0x2E, 0x21, 0x3F, 0x061F]
    /// . ) ، , ؛ ; closing a citation year
    static let citationEnds: Set<UInt32> = [0x2E, 0x29, 0x060C, 0x2C, 0x061B, 0x3B]
    /// - – — : ( ) | around a dateline
    static let dateline: Set<UInt32> = [0x2D, 0x2013, 0x2014, 0x3A, 0x28, 0x29, 0x7C]
}
