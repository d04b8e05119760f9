import KhabarCore

/// Restores the zero-width non-joiners (U+200C) that Persian text lost, in fused words
/// (رئیسجمهور → رئیس‌جمهور, میکنند → می‌کنند, بخشهای → بخش‌های, بینالمللی → بین‌المللی) and in
/// words split by a space (می کنند → می‌کنند, بخش های → بخش‌های, رئیس جمهور → رئیس‌جمهور).
///
/// Each run of Arabic-script letters is read against a lexicon of Persian words derived from
/// hazm's word list (MIT; see `Resources/fa/NOTICE.md`), in this order; the first rule that
/// applies decides:
///
/// 1. A word the lexicon knows as written is kept (تنها, رهایی, همچنین, میدان, بیشتر); a known
///    compound gets its ZWNJs (رئیسجمهور → رئیس‌جمهور, عشقآباد → عشق‌آباد).
/// 2. Verb prefixes: می / نمی, optionally after a preverb (بر در باز فرا فرو وا ور), before a
///    finite verb form built from the lexicon's stems (میکنند → می‌کنند, برمیگردد → برمی‌گردد).
/// 3. A known word plus a suffix written joined (ی یی ان ین ات) is kept (تنهایی, دانشگاهی, راهی).
/// 4. Suffixes written with ZWNJ after a known base, longest base first: plural ها and its
///    clitic forms (های هایی هایش …); comparative تر / ترین after an adjective; after a final
///    silent ه: ی ای ام ات اش ایم اید اند است مان تان شان (خانهای → خانه‌ای, رفتهاند → رفته‌اند;
///    not after a pronounced ه in اه/وه: راهی, گروهی); the productive compound heads سازی ساز
///    گذاری گذار برداری بردار گیری کننده دهنده پذیر ناپذیر after a noun
///    (بهینهسازی → بهینه‌سازی, سرمایهگذاریها → سرمایه‌گذاری‌ها); مند after a silent ه only
///    (علاقهمند → علاقه‌مند, but هنرمند); the family-name parts پور زاده نژاد (یوسفپور →
///    یوسف‌پور); the indefinite ای and the clitics اش ام after a final ی (بازیاش → بازی‌اش).
/// 6. به / هم / بی fused before a known word (بهعنوان → به‌عنوان); غیر / نا / فرا + a known word
///    stay fused (غیرمجاز).
/// 7. Two strong words written fused (روابطعمومی → روابط‌عمومی), with guards on their lengths
///    and frequencies; a word the lexicon knows only weakly is split this way only after a
///    silent ه (آیندهدار → آینده‌دار).
/// 8. An unknown word in ها / های / هایی after a joining letter is a plural (فوتسالیستها).
/// 5. A word-internal آ after a joining letter starts a second word (حسنآباد → حسن‌آباد).
///
/// Across a single space, two words are joined with a ZWNJ when the first is می / نمی and the
/// second a verb form, the second is one of the suffixes above (ها های هایی …, تر ترین after an
/// adjective, ای ام اند ایم اید ی after a silent ه), or the two spell one of the few compounds
/// marked for it (رئیس جمهور → رئیس‌جمهور; never after the prepositions به در از با بر
/// که و تا را). Where both spellings are standard the ZWNJ form is chosen, as the Academy of
/// Persian Language and Literature's orthography recommends (آنها → آن‌ها).
///
/// A ZWNJ already present is kept; the restorer only adds. Offsets: an inserted ZWNJ maps to the
/// letter after it, a space turned into a ZWNJ keeps the space's origin.
///
/// ```swift
/// ZWNJRestorer().restore("رئیسجمهور روسیه همکاری میکنند")  // "رئیس‌جمهور روسیه همکاری می‌کنند"
/// ```
///
/// - Complexity: O(*n*) in the number of scalars: one hash lookup for most words, a bounded number
///   for the rest (words are at most 64 letters; longer runs are left as they are).
public struct ZWNJRestorer: Sendable {
    let lexicon: PersianLexicon

    /// Creates a restorer with the lexicon shipped in `Resources/fa/`.
    public init() {
        lexicon = PersianLexicon.bundled
    }

    init(lexicon: PersianLexicon) {
        self.lexicon = lexicon
    }

    /// Whether the shipped lexicon files were found and loaded (a packaging check).
    public static var resourcesAvailable: Bool { PersianLexicon.bundledIsLoaded }

    /// `text` with its ZWNJs restored.
    public func restore(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        return restore(NormalizedText(scalars: scalars, origins: Array(0..<scalars.count))).string
    }

    /// `text` with its ZWNJs restored; origins carry over, inserted ZWNJs map to the next letter.
    public func restore(_ text: NormalizedText) -> NormalizedText {
        var pass = RestorerPass(lexicon: lexicon.table, input: text)
        pass.run()
        return NormalizedText(scalars: pass.scalars, origins: pass.origins)
    }

    /// The form of one word (letters only) with its ZWNJs restored, as the restorer would write it
    /// inside a text.
    public func restoreWord(_ word: String) -> String {
        restore(word)
    }
}

// MARK: - Letters and affixes

enum Persian {
    static let zwnj: UInt16 = 0x200C
    static let heh: UInt16 = 0x0647
    static let alef: UInt16 = 0x0627
    static let waw: UInt16 = 0x0648
    static let alefMadda: UInt16 = 0x0622
    static let yeh: UInt16 = 0x06CC
    /// The indefinite ای after a final ی (پیروزیای → پیروزی‌ای).
    static let afterYeh: [[UInt16]] = [units("ای"), units("اش"), units("ام")]

    static func units(_ s: String) -> [UInt16] { Array(s.utf16) }

    static let mi = units("می")
    static let nemi = units("نمی")
    static let be = units("به")
    static let ham = units("هم")
    static let bi = units("بی")
    static let preverbs: [[UInt16]] = ["بر", "در", "باز", "فرا", "فرو", "وا", "ور"].map(units)
    /// Suffixes written joined, which never call for a ZWNJ (rule 3).
    static let joined: [[UInt16]] = ["یان", "یی", "ی", "ان", "ین", "ات"].map(units)
    /// The plural ها and its clitic forms, longest first.
    static let plural: [[UInt16]] = ["هایشان", "هایتان", "هایمان", "هایی", "هایم", "هایت", "هایش", "هاست", "های", "ها"].map(units)
    /// Comparative and superlative.
    static let comparative: [[UInt16]] = ["ترین", "تری", "تر"].map(units)
    /// After a final silent heh.
    static let afterHeh: [[UInt16]] = ["ایم", "اید", "اند", "است", "ای", "ام", "ات", "اش", "مان", "تان", "شان", "ی"].map(units)
    /// Second parts of family names (یوسفپور → یوسف‌پور, تقوینژاد → تقوی‌نژاد).
    static let nameHeads: [[UInt16]] = ["پور", "زاده", "نژاد"].map(units)
    /// Heads written with ZWNJ only after a silent ه (علاقهمند → علاقه‌مند; هنرمند stays).
    static let headsAfterHeh: [[UInt16]] = ["مندان", "مندی", "مند"].map(units)
    /// Words in ه whose ه is pronounced, so ی after them is written joined (توجهی, الهی).
    static let pronouncedHeh: [[UInt16]] = ["توجه", "اله", "فرمانده", "شبیه", "فقیه", "توجیه", "تشبیه", "تنبیه", "وجه", "ده", "مه", "به", "که", "چه", "نه", "شه"].map(units)
    /// After a final silent heh across a space.
    static let afterHehAcrossSpace: [[UInt16]] = ["ایم", "اید", "اند", "ای", "ام", "ی"].map(units)
    /// Prefixes written fused with the word they negate or extend (غیرمجاز, ناامن, فرامنطقه).
    static let fusedPrefixes: [[UInt16]] = ["غیر", "نا", "فرا"].map(units)
    /// Productive compound heads.
    static let heads: [[UInt16]] = [
        "سازی", "سازان", "ساز", "گذاری", "گذاران", "گذار", "برداری", "برداران", "بردار", "گیری",
        "کنندگان", "کنندگی", "کننده", "دهندگان", "دهنده", "ناپذیر", "ناپذیری", "پذیری", "پذیر",
        "رسانی",
    ].map(units)
    /// First words after which a space is never turned into a ZWNJ by the compound rule.
    static let prepositions: [[UInt16]] = ["به", "در", "از", "با", "بر", "که", "و", "تا", "را"].map(units)
    /// Words ending in ه that are not a silent heh before ای/ی across a space.
    static let hehWords: [[UInt16]] = ["که", "به", "چه", "نه"].map(units)

    @inline(__always)
    static func hasPrefix(_ w: ArraySlice<UInt16>, _ p: [UInt16], at offset: Int = 0) -> Bool {
        let start = w.startIndex + offset
        guard w.endIndex - start >= p.count else { return false }
        var i = start
        for u in p {
            if w[i] != u { return false }
            i += 1
        }
        return true
    }

    @inline(__always)
    static func equals(_ w: ArraySlice<UInt16>, _ p: [UInt16]) -> Bool {
        w.count == p.count && hasPrefix(w, p)
    }

    /// Whether a word ends in a silent heh (not the pronounced ه of راه, کوه, گروه).
    @inline(__always)
    static func endsInSilentHeh(_ w: ArraySlice<UInt16>) -> Bool {
        guard w.count >= 2, w.last == heh else { return false }
        let before = w[w.endIndex - 2]
        guard before != alef, before != waw else { return false }
        for word in pronouncedHeh where equals(w, word) { return false }
        return true
    }

    @inline(__always)
    static func isLetter(_ u: UInt16) -> Bool {
        (u >= 0x0620 && u <= 0x064A) || (u >= 0x066E && u <= 0x06D5 && u != 0x06D4) || u == 0x0654
    }

    @inline(__always)
    static func joinsToFollowing(_ u: UInt16) -> Bool {
        ArabicScript.joinsToFollowing(Unicode.Scalar(u) ?? " ")
    }
}

// MARK: - Word analysis

extension WordTable {
    typealias Flag = PersianLexicon.Flag

    /// Where a ZWNJ belongs inside the letters `w` (bit *i*: after letter *i*), or 0.
    func zwnjCuts(_ w: ArraySlice<UInt16>) -> UInt64 {
        let n = w.count
        guard n >= 3, n <= 64 else { return 0 }
        let entry = lookup(w)
        if let entry {
            let f = entry.flags
            if f & Flag.plain != 0, f & Flag.strong != 0 { return 0 }
            if f & (Flag.verbForm | Flag.participle) != 0 { return 0 }
            if f & Flag.compound != 0 { return entry.cuts }
        }
        if let cuts = verbCuts(w) { return cuts }
        if derivesWithoutZWNJ(w) || hasFusedPrefix(w) { return 0 }
        if let cuts = compoundWithJoinedSuffix(w) { return cuts }
        if entry != nil, w.last == Persian.yeh, w[w.endIndex - 2] == Persian.heh { return 0 }
        if let cuts = nominalCuts(w, strongOnly: true) { return cuts }
        if let cuts = nominalCuts(w, strongOnly: false) { return cuts }
        if entry != nil {
            // A weak word of the lexicon (often a fused spelling that hazm harvested): only a
            // silent ه fused to a following word is still split (آیندهدار → آینده‌دار).
            return twoWordCuts(w, afterSilentHehOnly: true) ?? 0
        }
        if let cuts = prefixCuts(w) { return cuts }
        if let cuts = twoWordCuts(w) { return cuts }
        if let cuts = unknownPluralCuts(w) { return cuts }
        return alefMaddaCuts(w)
    }

    /// غیر / نا / فرا + a strong word: written fused (غیرهمسطح, ناامن), kept.
    func hasFusedPrefix(_ w: ArraySlice<UInt16>) -> Bool {
        for prefix in Persian.fusedPrefixes where Persian.hasPrefix(w, prefix) && w.count - prefix.count >= 3 {
            let f = flags(w.dropFirst(prefix.count))
            if f & Flag.plain != 0, f & Flag.strong != 0 { return true }
        }
        return false
    }

    /// A compound plus a suffix written joined: گفتوگوی → گفت‌وگوی, دانشآموزان → دانش‌آموزان.
    func compoundWithJoinedSuffix(_ w: ArraySlice<UInt16>) -> UInt64? {
        for suffix in Persian.joined where w.count - suffix.count >= 3 && w.suffix(suffix.count).elementsEqual(suffix) {
            if let entry = lookup(w.dropLast(suffix.count)), entry.flags & Flag.compound != 0 { return entry.cuts }
        }
        return nil
    }

    /// Rule 8: a word the lexicon does not know at all, ending in ها / های / هایی after a joining
    /// letter, with at least four letters before: a plural (فوتسالیستهای → فوتسالیست‌های).
    func unknownPluralCuts(_ w: ArraySlice<UInt16>) -> UInt64? {
        for suffix in [Persian.plural[3], Persian.plural[8], Persian.plural[9]] {
            let k = w.count - suffix.count
            guard k >= 4, w.suffix(suffix.count).elementsEqual(suffix) else { continue }
            let base = w.prefix(k)
            guard let last = base.last, Persian.joinsToFollowing(last), last != Persian.heh else { continue }
            if lookup(base) == nil { return 1 << UInt64(k - 1) }
        }
        return nil
    }

    @inline(__always)
    func frequency(_ f: UInt16) -> Int { Int(f >> Flag.frequencyShift) }

    /// Rule 6: به / هم / بی written fused before a known word (بهعنوان → به‌عنوان,
    /// همزبانی → هم‌زبانی, بیبصیرتی → بی‌بصیرتی); the rest must be a strong word of three letters
    /// or more, such a word plus a joined suffix, or a compound.
    func prefixCuts(_ w: ArraySlice<UInt16>) -> UInt64? {
        for prefix in [Persian.be, Persian.ham, Persian.bi] where Persian.hasPrefix(w, prefix) {
            let rest = w.dropFirst(prefix.count)
            guard rest.count >= 3 else { continue }
            let cut: UInt64 = 1 << UInt64(prefix.count - 1)
            let f = flags(rest)
            if f & Flag.plain != 0, f & Flag.strong != 0 { return cut }
            if f & Flag.compound != 0, let entry = lookup(rest) { return cut | (entry.cuts << UInt64(prefix.count)) }
            if derivesWithoutZWNJ(rest) { return cut }
        }
        return nil
    }

    /// Rule 7: two known words written fused (روابطعمومی → روابط‌عمومی, رمضانپور → رمضان‌پور):
    /// both strong, the first at least three letters and ending in a joining letter, the second at
    /// least three (a common one, with a common first word, when it has only three); the split
    /// with the longest first word wins.
    func twoWordCuts(_ w: ArraySlice<UInt16>, afterSilentHehOnly: Bool = false) -> UInt64? {
        let n = w.count
        var k = n - 3
        while k >= 3 {
            defer { k -= 1 }
            let left = w.prefix(k)
            guard let last = left.last, Persian.joinsToFollowing(last) else { continue }
            if afterSilentHehOnly, !Persian.endsInSilentHeh(left) { continue }
            let lf = flags(left)
            guard lf & Flag.plain != 0, lf & Flag.strong != 0 else { continue }
            let right = w.dropFirst(k)
            let rf = flags(right)
            // A three-letter second word must be common, and so must the first (not فال + کون).
            if right.count == 3, frequency(rf) < 22 || frequency(lf) < 22 { continue }
            if rf & Flag.plain != 0, rf & Flag.strong != 0 { return 1 << UInt64(k - 1) }
            if rf & Flag.compound != 0, let entry = lookup(right) { return (1 << UInt64(k - 1)) | (entry.cuts << UInt64(k)) }
            if rf == 0, right.count >= 4, derivesWithoutZWNJ(right) { return 1 << UInt64(k - 1) }
        }
        return nil
    }

    /// Rule 2: (preverb) می / نمی + verb form. A preverb + verb form without می (برشمرد,
    /// درگذشت) is kept as it is.
    func verbCuts(_ w: ArraySlice<UInt16>) -> UInt64? {
        for prefix in [Persian.mi, Persian.nemi] {
            if Persian.hasPrefix(w, prefix), isVerbForm(w.dropFirst(prefix.count)) {
                return 1 << UInt64(prefix.count - 1)
            }
        }
        for preverb in Persian.preverbs where Persian.hasPrefix(w, preverb) {
            for prefix in [Persian.mi, Persian.nemi] where Persian.hasPrefix(w, prefix, at: preverb.count) {
                if isVerbForm(w.dropFirst(preverb.count + prefix.count)) {
                    return 1 << UInt64(preverb.count + prefix.count - 1)
                }
            }
            if w.count - preverb.count >= 3, isVerbForm(w.dropFirst(preverb.count)) { return 0 }
        }
        return nil
    }

    @inline(__always)
    func isVerbForm(_ w: ArraySlice<UInt16>) -> Bool {
        w.count >= 2 && flags(w) & (Flag.verbForm | Flag.participle) != 0
    }

    /// Rule 3: a strong known word plus a suffix that is written joined.
    func derivesWithoutZWNJ(_ w: ArraySlice<UInt16>) -> Bool {
        for suffix in Persian.joined where w.count - suffix.count >= 2 && w.suffix(suffix.count).elementsEqual(suffix) {
            let base = w.dropLast(suffix.count)
            if Persian.endsInSilentHeh(base) { continue }
            let f = flags(base)
            if f & Flag.plain != 0, f & Flag.strong != 0 { return true }
        }
        return false
    }

    enum SuffixKind { case base, plural, comparative, afterHeh, head, name }

    /// Rule 4: base + ZWNJ suffixes, longest base first. When a base in silent ه takes a suffix
    /// in ا (محلهای: محله + ای) and the base without its ه takes the plural (محل + های), the
    /// plural reading wins only when its base is clearly more frequent in hazm (bit lengths of the
    /// frequencies at least 3 apart): محل‌های, کلاس‌های, but هفته‌ای, نامه‌ای.
    func nominalCuts(_ w: ArraySlice<UInt16>, strongOnly: Bool) -> UInt64? {
        let n = w.count
        var k = n - 1
        while k >= 2 {
            defer { k -= 1 }
            if let found = nominalCuts(w, base: k, strongOnly: strongOnly) {
                if w[w.startIndex + k] == Persian.alef, w[w.startIndex + k - 1] == Persian.heh, k >= 3,
                   let alternative = nominalCuts(w, base: k - 1, strongOnly: strongOnly),
                   frequency(flags(w.prefix(k - 1))) >= frequency(flags(w.prefix(k))) + 3 {
                    return alternative
                }
                return found
            }
        }
        return nil
    }

    func nominalCuts(_ w: ArraySlice<UInt16>, base k: Int, strongOnly: Bool) -> UInt64? {
        let base = w.prefix(k)
        let entry = lookup(base)
        var f = entry?.flags ?? 0
        var strong = f & (Flag.strong | Flag.compound | Flag.participle) != 0
        if !strong, k >= 4, derivesWithoutZWNJ(base) {
            // A strong word plus a joined suffix, then ZWNJ suffixes: توانمندیها → توانمندی‌ها.
            f |= Flag.plain | Flag.strong | Flag.noun
            strong = true
        }
        guard f & (Flag.plain | Flag.compound | Flag.participle) != 0 else { return nil }
        if strongOnly != strong { return nil }
        if !strongOnly && k < 3 { return nil }
        let baseCuts = f & Flag.compound != 0 ? entry?.cuts ?? 0 : 0
        guard let cuts = chain(w, from: k, after: .base, flags: f, weak: !strong) else { return nil }
        return cuts | baseCuts | (1 << UInt64(k - 1))
    }

    /// Matches `w[position...]` as a chain of ZWNJ suffixes; returns the cuts between them.
    func chain(_ w: ArraySlice<UInt16>, from position: Int, after kind: SuffixKind, flags f: UInt16, weak: Bool) -> UInt64? {
        let rest = w.dropFirst(position)
        if rest.isEmpty { return 0 }
        let previous = w.prefix(position)
        func attempt(_ list: [[UInt16]], _ next: SuffixKind) -> UInt64? {
            for suffix in list where Persian.hasPrefix(rest, suffix) {
                let end = position + suffix.count
                if end == w.count { return 0 }
                if let more = chain(w, from: end, after: next, flags: 0, weak: weak) {
                    return more | (1 << UInt64(end - 1))
                }
            }
            return nil
        }
        switch kind {
        case .base:
            if let c = attempt(Persian.plural, .plural) { return c }
            if weak { return nil }
            if f & Flag.adjective != 0, let c = attempt(Persian.comparative, .comparative) { return c }
            if Persian.endsInSilentHeh(previous), let c = attempt(Persian.afterHeh, .afterHeh) { return c }
            if previous.last == Persian.yeh, let c = attempt(Persian.afterYeh, .afterHeh) { return c }
            if f & (Flag.noun | Flag.compound) != 0, position >= 3, let c = attempt(Persian.heads, .head) { return c }
            if Persian.endsInSilentHeh(previous), let c = attempt(Persian.headsAfterHeh, .head) { return c }
            if position >= 3, let c = attempt(Persian.nameHeads, .name) { return c }
            return nil
        case .name:
            return nil
        case .head:
            if Persian.equals(rest, Persian.joined[2]) || Persian.equals(rest, Persian.joined[1]) { return 0 }
            if let c = attempt(Persian.plural, .plural) { return c }
            if Persian.endsInSilentHeh(previous), let c = attempt(Persian.afterHeh, .afterHeh) { return c }
            return nil
        case .comparative:
            return attempt(Persian.plural, .plural)
        case .plural, .afterHeh:
            return nil
        }
    }

    /// Rule 5: a word-internal آ after a joining letter.
    func alefMaddaCuts(_ w: ArraySlice<UInt16>) -> UInt64 {
        var i = w.startIndex + 2
        while i < w.endIndex - 2 {
            if w[i] == Persian.alefMadda, Persian.joinsToFollowing(w[i - 1]) {
                let offset = i - w.startIndex
                let right = w[i...]
                let rightFlags = flags(right)
                if rightFlags & Flag.plain != 0 || rightFlags & Flag.compound != 0 || zwnjCuts(right) != 0 {
                    return (1 << UInt64(offset - 1)) | (zwnjCuts(right) << UInt64(offset))
                }
            }
            i += 1
        }
        return 0
    }

    /// Whether a space between `left` and `right` (letters only) should become a ZWNJ.
    func joinsAcrossSpace(_ left: ArraySlice<UInt16>, _ right: ArraySlice<UInt16>, leftIsWhole: Bool) -> Bool {
        guard left.count >= 2, !right.isEmpty else { return false }
        if leftIsWhole, Persian.equals(left, Persian.mi) || Persian.equals(left, Persian.nemi) {
            return isVerbForm(right)
        }
        for suffix in Persian.plural where Persian.equals(right, suffix) { return true }
        let lf = flags(left)
        if lf & Flag.adjective != 0 {
            for suffix in Persian.comparative where Persian.equals(right, suffix) { return true }
        }
        if Persian.endsInSilentHeh(left), !Persian.hehWords.contains(where: { Persian.equals(left, $0) }),
           lf & (Flag.strong | Flag.participle | Flag.compound) != 0 {
            for suffix in Persian.afterHehAcrossSpace where Persian.equals(right, suffix) { return true }
        }
        if leftIsWhole, !Persian.prepositions.contains(where: { Persian.equals(left, $0) }), left.count + right.count <= 64 {
            var key = Array(left)
            key.append(contentsOf: right)
            if let entry = lookup(key[...]), entry.flags & Flag.joinsAcrossSpace != 0,
               entry.cuts == 1 << UInt64(left.count - 1) {
                return true
            }
        }
        return false
    }
}

// MARK: - The pass over a text

struct RestorerPass {
    let lexicon: WordTable
    let input: NormalizedText
    var scalars: [Unicode.Scalar] = []
    var origins: [Int] = []
    /// Letters of the current word (without ZWNJ), and of the previous one.
    var word: [UInt16] = []
    var previousWord: [UInt16] = []
    var previousWasWhole = false
    /// Output index of the single space after the previous word, if the previous token was a
    /// word followed by exactly one space.
    var joinableSpace = -1

    init(lexicon: WordTable, input: NormalizedText) {
        self.lexicon = lexicon
        self.input = input
        scalars.reserveCapacity(input.scalars.count + input.scalars.count / 16)
        origins.reserveCapacity(input.scalars.count + input.scalars.count / 16)
    }

    mutating func run() {
        let s = input.scalars
        let o = input.origins
        let n = s.count
        var i = 0
        var afterWord = false  // the last output token was a word
        while i < n {
            let v = s[i].value
            guard v < 0x10000, Persian.isLetter(UInt16(v)) else {
                if v == 0x20, afterWord, joinableSpace < 0, i + 1 < n, s[i + 1].value != 0x20 {
                    joinableSpace = scalars.count
                } else {
                    joinableSpace = -1
                    afterWord = false
                }
                scalars.append(s[i])
                origins.append(o[i])
                i += 1
                continue
            }
            // A word: letters, possibly with ZWNJs between them.
            var end = i
            var segments = 0
            var hasZWNJ = false
            while end < n {
                let u = s[end].value
                if u < 0x10000, Persian.isLetter(UInt16(u)) {
                    end += 1
                } else if u == 0x200C, end + 1 < n, s[end + 1].value < 0x10000, Persian.isLetter(UInt16(s[end + 1].value)) {
                    hasZWNJ = true
                    end += 1
                } else {
                    break
                }
            }
            segments = hasZWNJ ? 2 : 1
            emitWord(from: i, to: end, whole: segments == 1)
            afterWord = true
            i = end
        }
    }

    mutating func emitWord(from start: Int, to end: Int, whole: Bool) {
        let s = input.scalars
        let o = input.origins
        // The letters of the word without ZWNJ; `boundaries` bit i: a ZWNJ after letter i.
        word.removeAll(keepingCapacity: true)
        var existing: UInt64 = 0
        for i in start..<end {
            if s[i].value == 0x200C {
                if !word.isEmpty, word.count <= 64 { existing |= 1 << UInt64(word.count - 1) }
            } else {
                word.append(UInt16(truncatingIfNeeded: s[i].value))
            }
        }
        var boundaries = existing
        if word.count <= 64 {
            // Analyse every piece until none splits further, so that a second pass (which sees
            // the pieces as separate segments) changes nothing.
            for _ in 0..<4 {
                var added: UInt64 = 0
                var pieceStart = 0
                for k in 0..<word.count where k == word.count - 1 || boundaries & (1 << UInt64(k)) != 0 {
                    let cuts = lexicon.zwnjCuts(word[pieceStart...k])
                    if cuts != 0 { added |= cuts << UInt64(pieceStart) }
                    pieceStart = k + 1
                }
                if added & ~boundaries == 0 { break }
                boundaries |= added
            }
        }
        let firstPiece = word.count <= 64 ? (boundaries == 0 ? word.count : boundaries.trailingZeroBitCount + 1) : word.count
        // Join across the single space before this word?
        if joinableSpace >= 0, lexicon.joinsAcrossSpace(previousWord[...], word[0..<firstPiece], leftIsWhole: previousWasWhole) {
            scalars[joinableSpace] = ArabicScript.zeroWidthNonJoiner
        }
        joinableSpace = -1
        var letter = 0
        for i in start..<end {
            if s[i].value == 0x200C {
                scalars.append(s[i])
                origins.append(o[i])
                continue
            }
            if letter > 0, letter <= 64, boundaries & (1 << UInt64(letter - 1)) != 0, existing & (1 << UInt64(letter - 1)) == 0 {
                scalars.append(ArabicScript.zeroWidthNonJoiner)
                origins.append(o[i])
            }
            scalars.append(s[i])
            origins.append(o[i])
            letter += 1
        }
        let lastPieceStart = word.count <= 64 && word.count > 1
            ? (0..<(word.count - 1)).last { boundaries & (1 << UInt64($0)) != 0 }.map { $0 + 1 } ?? 0 : 0
        previousWord.removeAll(keepingCapacity: true)
        previousWord.append(contentsOf: word[lastPieceStart...])
        previousWasWhole = boundaries == 0
    }
}
