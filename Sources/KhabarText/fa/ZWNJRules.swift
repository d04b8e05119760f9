// The word-level rules of ``ZWNJRestorer``: where a ZWNJ belongs inside one word, and whether a
// space between two words should be one. See the restorer's documentation for the list.

// MARK: - Letters and affixes

enum Persian {
    static let zwnj: UInt16 = 0x200C
    static let heh: UInt16 = 0x0647
    static let alef: UInt16 = 0x0627
    static let waw: UInt16 = 0x0648
    static let alefMadda: UInt16 = 0x0622
    static let yeh: UInt16 = 0x06CC
    static let teh: UInt16 = 0x062A
    static let lam: UInt16 = 0x0644
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
    static let joined: [[UInt16]] = ["یانی", "انی", "اتی", "یان", "یی", "ی", "ان", "ین", "ات"].map(units)
    /// The plural ها and its clitic forms, longest first.
    static let plural: [[UInt16]] = ["هایشان", "هایتان", "هایمان", "هایی", "هایم", "هایت", "هایش", "هاست", "های", "ها"].map(units)
    /// The plural forms an unknown word may end in (rule 8).
    static let unknownPlural: [[UInt16]] = ["هایی", "های", "ها"].map(units)
    /// Comparative and superlative.
    static let comparative: [[UInt16]] = ["ترین", "تری", "تر"].map(units)
    /// After a final silent heh.
    static let afterHeh: [[UInt16]] = ["ایم", "اید", "اند", "است", "ای", "ام", "ات", "اش", "مان", "تان", "شان", "ی"].map(units)
    /// Second parts of family names (یوسفپور → یوسف‌پور, تقوینژاد → تقوی‌نژاد).
    static let nameHeads: [[UInt16]] = ["پور", "زاده", "نژاد"].map(units)
    /// Second parts of family names after a first part in ی (انصاریفرد → انصاری‌فرد, حسینیفر).
    static let nameHeadsAfterYeh: [[UInt16]] = ["فرد", "فر"].map(units)
    /// کل after an office (ادارهکل → اداره‌کل, فرماندهکل → فرمانده‌کل).
    static let general: [[UInt16]] = [units("کل")]
    /// Number words before هزار / میلیون / میلیارد (یکهزار → یک‌هزار) and, from بیست up, before
    /// و + a number (بیستوسوم → بیست‌وسوم).
    static let units1to19: [[UInt16]] = ["یک", "دو", "سه", "چهار", "پنج", "شش", "هفت", "هشت", "نه", "ده", "یازده",
                                         "دوازده", "سیزده", "چهارده", "پانزده", "شانزده", "هفده", "هجده", "نوزده"].map(units)
    static let tensAndHundreds: [[UInt16]] = ["بیست", "سی", "چهل", "پنجاه", "شصت", "هفتاد", "هشتاد", "نود", "صد", "یکصد",
                                              "دویست", "سیصد", "چهارصد", "پانصد", "ششصد", "هفتصد", "هشتصد", "نهصد"].map(units)
    static let largeNumbers: [[UInt16]] = ["هزار", "میلیون", "میلیارد"].map(units)
    /// How the number after و may start (سوم and سی are the irregular forms of سه).
    static let numberStarts: [[UInt16]] = ["یک", "دو", "سه", "سو", "سی", "چهار", "پنج", "شش", "هفت", "هشت", "نه", "ده",
                                           "یاز", "پانز", "شانز", "هف", "هج", "نوز", "بیست", "چهل", "شصت", "نود", "صد"].map(units)
    /// Heads written with ZWNJ only after a silent ه (علاقهمند → علاقه‌مند; هنرمند stays).
    static let headsAfterHeh: [[UInt16]] = ["مندان", "مندی", "مند"].map(units)
    /// Words in ه whose ه is pronounced, so ی after them is written joined (توجهی, الهی).
    static let pronouncedHeh: [[UInt16]] = ["توجه", "اله", "فرمانده", "شبیه", "فقیه", "توجیه", "تشبیه", "تنبیه", "وجه", "ده", "مه", "به", "که", "چه", "نه", "شه"].map(units)
    /// After a final silent heh across a space.
    static let afterHehAcrossSpace: [[UInt16]] = ["ایم", "اید", "اند", "ای", "ام", "ی"].map(units)
    /// Prefixes written fused with the word they negate or extend (غیرمجاز, ناامن, فرامنطقه).
    static let fusedPrefixes: [[UInt16]] = ["غیر", "نا", "فرا"].map(units)
    /// First words after which a space is never turned into a ZWNJ by the compound rule.
    static let prepositions: [[UInt16]] = ["به", "در", "از", "با", "بر", "که", "و", "تا", "را"].map(units)
    /// Words ending in ه that are not a silent heh before ای/ی across a space.
    static let hehWords: [[UInt16]] = ["که", "به", "چه", "نه"].map(units)

    @inline(__always)
    static func isLetter(_ u: UInt32) -> Bool {
        (u >= 0x0620 && u <= 0x064A) || (u >= 0x066E && u <= 0x06D5 && u != 0x06D4) || u == 0x0654
    }

    /// Whether a letter joins to the following one (a ZWNJ after it is visible).
    @inline(__always)
    static func joinsToFollowing(_ u: UInt16) -> Bool {
        ArabicScript.joinsToFollowing(Unicode.Scalar(u) ?? " ")
    }
}

// MARK: - Letters

/// A slice of a word's letters (UTF-16 code units without ZWNJ) that also knows the word's prefix
/// hashes, so it hashes in O(1) and sub-slices cost nothing.
///
/// Valid only while the buffers it points into are alive (inside one restoration pass).
struct Letters {
    let units: UnsafePointer<UInt16>
    /// `prefix[i]` is the raw ``WordHash`` of `units[0..<i]`.
    let prefix: UnsafePointer<UInt64>
    /// `powers[i]` is Kⁱ (``WordHash/powers``).
    let powers: UnsafePointer<UInt64>
    let lo: Int
    let hi: Int

    @inline(__always) var count: Int { hi - lo }
    @inline(__always) var isEmpty: Bool { hi == lo }
    @inline(__always) subscript(i: Int) -> UInt16 { units[lo + i] }
    @inline(__always) var last: UInt16 { units[hi - 1] }

    /// The raw hash of these letters.
    @inline(__always) var raw: UInt64 { prefix[hi] &- prefix[lo] &* powers[hi - lo] }

    @inline(__always) func prefix(_ k: Int) -> Letters { Letters(units: units, prefix: prefix, powers: powers, lo: lo, hi: lo + k) }
    @inline(__always) func dropFirst(_ k: Int) -> Letters { Letters(units: units, prefix: prefix, powers: powers, lo: lo + k, hi: hi) }
    @inline(__always) func dropLast(_ k: Int) -> Letters { Letters(units: units, prefix: prefix, powers: powers, lo: lo, hi: hi - k) }
    @inline(__always) func slice(_ from: Int, _ to: Int) -> Letters { Letters(units: units, prefix: prefix, powers: powers, lo: lo + from, hi: lo + to) }

    /// Whether `p` occurs at `offset`.
    @inline(__always)
    func hasPrefix(_ p: [UInt16], at offset: Int = 0) -> Bool {
        guard count - offset >= p.count else { return false }
        var i = lo + offset
        for u in p {
            if units[i] != u { return false }
            i += 1
        }
        return true
    }

    @inline(__always)
    func hasSuffix(_ p: [UInt16]) -> Bool {
        count >= p.count && hasPrefix(p, at: count - p.count)
    }

    @inline(__always)
    func equals(_ p: [UInt16]) -> Bool {
        count == p.count && hasPrefix(p)
    }

    @inline(__always)
    func isAny(of list: [[UInt16]]) -> Bool {
        for p in list where equals(p) { return true }
        return false
    }

    /// Whether the letters are a number word (یک … نوزده, بیست … نود, صد … نهصد).
    var isNumberWord: Bool {
        count <= 6 && (isAny(of: Persian.units1to19) || isAny(of: Persian.tensAndHundreds))
    }

    /// Whether the word ends in a silent heh (not the pronounced ه of راه, کوه, گروه).
    @inline(__always)
    var endsInSilentHeh: Bool {
        guard count >= 2, last == Persian.heh else { return false }
        let before = units[hi - 2]
        guard before != Persian.alef, before != Persian.waw else { return false }
        // The ه of الله (عبدالله, نورالله) is pronounced.
        if before == Persian.lam, count >= 3, units[hi - 3] == Persian.lam { return false }
        return !isAny(of: Persian.pronouncedHeh)
    }
}

// MARK: - Word analysis

extension WordTable {
    typealias Flag = PersianLexicon.Flag

    @inline(__always)
    func entry(_ w: Letters) -> (flags: UInt32, cuts: UInt64)? { entry(raw: w.raw) }

    /// The flags of `w` (0 when absent).
    @inline(__always)
    func flags(_ w: Letters) -> UInt32 { entry(raw: w.raw)?.flags ?? 0 }

    @inline(__always)
    func frequency(_ f: UInt32) -> Int { Int((f >> Flag.frequencyShift) & 31) }

    @inline(__always)
    static func isStrongPlain(_ f: UInt32) -> Bool {
        f & (Flag.plain | Flag.strong) == Flag.plain | Flag.strong
    }

    /// Where a ZWNJ belongs inside the letters `w` (bit *i*: after letter *i*), or 0.
    func zwnjCuts(_ w: Letters) -> UInt64 {
        zwnjCuts(w, entry: entry(w))
    }

    /// ``zwnjCuts(_:)`` when the caller has already looked `w` up.
    func zwnjCuts(_ w: Letters, entry: (flags: UInt32, cuts: UInt64)?) -> UInt64 {
        let n = w.count
        guard n >= 3, n <= 64 else { return 0 }
        let f = entry?.flags ?? 0
        let known = f & Flag.known != 0
        if known {
            if WordTable.isStrongPlain(f) { return 0 }
            if f & (Flag.verbForm | Flag.participle | Flag.bareStem) != 0 { return 0 }
            if f & Flag.compound != 0, let entry { return entry.cuts }
        }
        // A known word + ی reads before a second-person verb: میدانی (of a field), not می‌دانی.
        if w.last == Persian.yeh, derivesWithoutZWNJ(w) { return 0 }
        if let cuts = verbCuts(w) { return cuts }
        if derivesWithoutZWNJ(w) || hasFusedPrefix(w) { return 0 }
        if let cuts = compoundWithJoinedSuffix(w) { return cuts }
        if let cuts = nominalCuts(w, strongOnly: true) { return cuts }
        if let cuts = nominalCuts(w, strongOnly: false) { return cuts }
        if known {
            // A weak word of the lexicon (often a fused spelling that hazm harvested): only a
            // silent ه fused to a following word is still split (آیندهدار → آینده‌دار).
            if let cuts = prefixCuts(w) { return cuts }
            return twoWordCuts(w, afterSilentHehOnly: true) ?? 0
        }
        if let cuts = prefixCuts(w) { return cuts }
        if let cuts = numberCuts(w) { return cuts }
        if let cuts = twoWordCuts(w) { return cuts }
        if let cuts = conjunctionCuts(w) { return cuts }
        if let cuts = unknownPluralCuts(w) { return cuts }
        return alefMaddaCuts(w)
    }

    /// غیر / نا / فرا + a strong word: written fused (غیرهمسطح, ناامن), kept.
    func hasFusedPrefix(_ w: Letters) -> Bool {
        for prefix in Persian.fusedPrefixes where w.hasPrefix(prefix) && w.count - prefix.count >= 3 {
            if WordTable.isStrongPlain(flags(w.dropFirst(prefix.count))) { return true }
        }
        return false
    }

    /// A compound plus a suffix written joined: گفتوگوی → گفت‌وگوی, دانشآموزان → دانش‌آموزان.
    func compoundWithJoinedSuffix(_ w: Letters) -> UInt64? {
        for suffix in Persian.joined where w.count - suffix.count >= 3 && w.hasSuffix(suffix) {
            if let entry = entry(w.dropLast(suffix.count)), entry.flags & Flag.compound != 0 { return entry.cuts }
        }
        return nil
    }

    /// Rule 8: a word the lexicon does not know at all, ending in ها / های / هایی after a joining
    /// letter, with at least four letters before: a plural (فوتسالیستهای → فوتسالیست‌های).
    func unknownPluralCuts(_ w: Letters) -> UInt64? {
        for suffix in Persian.unknownPlural {
            let k = w.count - suffix.count
            guard k >= 4, w.hasSuffix(suffix) else { continue }
            let base = w.prefix(k)
            let last = base.last
            guard Persian.joinsToFollowing(last), last != Persian.heh else { continue }
            if flags(base) & Flag.known == 0 { return 1 << UInt64(k - 1) }
        }
        return nil
    }

    /// Rule 6: به / هم / بی written fused before a known word (بهعنوان → به‌عنوان,
    /// همزبانی → هم‌زبانی, بیبصیرتی → بی‌بصیرتی); the rest must be a strong word of three letters
    /// or more, such a word plus a joined suffix, or a compound.
    func prefixCuts(_ w: Letters) -> UInt64? {
        for prefix in [Persian.be, Persian.ham, Persian.bi] where w.hasPrefix(prefix) {
            let rest = w.dropFirst(prefix.count)
            guard rest.count >= 3 else { continue }
            let cut: UInt64 = 1 << UInt64(prefix.count - 1)
            let e = entry(rest)
            let f = e?.flags ?? 0
            if WordTable.isStrongPlain(f) { return cut }
            if f & Flag.compound != 0, let e { return cut | (e.cuts << UInt64(prefix.count)) }
            if derivesWithoutZWNJ(rest) { return cut }
        }
        return nil
    }

    /// Rule 7: two known words written fused (روابطعمومی → روابط‌عمومی, رمضانپور → رمضان‌پور):
    /// both strong, the first at least three letters and ending in a joining letter, the second at
    /// least three (a common one, with a common first word, when it has only three); the split
    /// with the longest first word wins.
    func twoWordCuts(_ w: Letters, afterSilentHehOnly: Bool = false) -> UInt64? {
        let n = w.count
        var k = n - 3
        while k >= 3 {
            defer { k -= 1 }
            let left = w.prefix(k)
            guard Persian.joinsToFollowing(left.last) else { continue }
            if afterSilentHehOnly, !left.endsInSilentHeh { continue }
            let lf = flags(left)
            // The first word is a strong word, or one in ی derived from a strong word that the
            // lexicon does not know as strong (a nisba: انصاری, فرنگی, حسینی).
            let leftDerived = !WordTable.isStrongPlain(lf) && !afterSilentHehOnly && k >= 4 && left.last == Persian.yeh
                && derivesWithoutZWNJ(left, minimumBase: 3)
            guard WordTable.isStrongPlain(lf) || leftDerived else { continue }
            let right = w.dropFirst(k)
            let re = entry(right)
            let rf = re?.flags ?? 0
            // A three-letter second word must be common, and so must the first (not فال + کون).
            if right.count == 3, frequency(rf) < 22 || (!leftDerived && frequency(lf) < 22) { continue }
            if WordTable.isStrongPlain(rf) { return 1 << UInt64(k - 1) }
            if rf & Flag.compound != 0, let re { return (1 << UInt64(k - 1)) | (re.cuts << UInt64(k)) }
            if !WordTable.isStrongPlain(rf), right.count >= 4, derivesWithoutZWNJ(right, minimumBase: 3) { return 1 << UInt64(k - 1) }
        }
        return nil
    }

    /// Rule 6b: numbers written fused: یکهزار → یک‌هزار, دههزار → ده‌هزار, بیستوسوم → بیست‌وسوم,
    /// سیودومین → سی‌ودومین (a ZWNJ after the first number word, و stays with what follows).
    func numberCuts(_ w: Letters) -> UInt64? {
        for first in [Persian.units1to19, Persian.tensAndHundreds] {
            for number in first where w.hasPrefix(number) {
                let rest = w.dropFirst(number.count)
                if rest.isAny(of: Persian.largeNumbers) { return 1 << UInt64(number.count - 1) }
                if first == Persian.tensAndHundreds, rest.count >= 3, rest[0] == Persian.waw {
                    let after = rest.dropFirst(1)
                    for start in Persian.numberStarts where after.hasPrefix(start) { return 1 << UInt64(number.count - 1) }
                }
            }
        }
        return nil
    }

    /// Rule 6b: two words joined by و, written fused (ورزشوجوانان → ورزش‌وجوانان,
    /// بوسنیوهرزگوین → بوسنی‌وهرزگوین): a ZWNJ after the first, و stays with the second. Both
    /// must be strong or derived words, the first of at least three letters, the second of four.
    func conjunctionCuts(_ w: Letters) -> UInt64? {
        let n = w.count
        guard n >= 8 else { return nil }
        var k = n - 5
        while k >= 3 {
            defer { k -= 1 }
            guard w[k] == Persian.waw, Persian.joinsToFollowing(w[k - 1]) else { continue }
            let left = w.prefix(k), right = w.dropFirst(k + 1)
            let lf = flags(left), rf = flags(right)
            let leftWord = WordTable.isStrongPlain(lf) || (lf & Flag.known == 0 && derivesWithoutZWNJ(left, minimumBase: 3))
            let rightWord = WordTable.isStrongPlain(rf) || (rf & Flag.known == 0 && derivesWithoutZWNJ(right, minimumBase: 3))
            if leftWord, rightWord { return 1 << UInt64(k - 1) }
        }
        return nil
    }

    /// Rule 2: (preverb) می / نمی + verb form. A preverb + verb form without می (برشمرد,
    /// درگذشت) is kept as it is.
    func verbCuts(_ w: Letters) -> UInt64? {
        if w.hasPrefix(Persian.mi), isVerbForm(w.dropFirst(2)) { return 1 << 1 }
        if w.hasPrefix(Persian.nemi), isVerbForm(w.dropFirst(3)) { return 1 << 2 }
        for preverb in Persian.preverbs where w.hasPrefix(preverb) {
            for prefix in [Persian.mi, Persian.nemi] where w.hasPrefix(prefix, at: preverb.count) {
                if isVerbForm(w.dropFirst(preverb.count + prefix.count)) {
                    return 1 << UInt64(preverb.count + prefix.count - 1)
                }
            }
            if w.count - preverb.count >= 3, isVerbForm(w.dropFirst(preverb.count)) { return 0 }
        }
        return nil
    }

    @inline(__always)
    func isVerbForm(_ w: Letters) -> Bool {
        w.count >= 2 && flags(w) & (Flag.verbForm | Flag.participle | Flag.bareStem) != 0
    }

    /// Rule 3: a strong known word plus a suffix that is written joined.
    func derivesWithoutZWNJ(_ w: Letters, minimumBase: Int = 2) -> Bool {
        for suffix in Persian.joined where w.count - suffix.count >= minimumBase && w.hasSuffix(suffix) {
            let base = w.dropLast(suffix.count)
            if base.endsInSilentHeh { continue }
            if WordTable.isStrongPlain(flags(base)) { return true }
        }
        return false
    }

    enum SuffixKind { case base, plural, comparative, afterHeh, head, name }

    /// Rule 4: base + ZWNJ suffixes, longest base first. When a base in silent ه takes a suffix
    /// in ا (محلهای: محله + ای) and the base without its ه takes the plural (محل + های), the
    /// plural reading wins only when its base is clearly more frequent in hazm (bit lengths of the
    /// frequencies at least 3 apart): محل‌های, کلاس‌های, but هفته‌ای, نامه‌ای.
    func nominalCuts(_ w: Letters, strongOnly: Bool) -> UInt64? {
        let n = w.count
        var k = n - 1
        while k >= 2 {
            defer { k -= 1 }
            if let found = nominalCuts(w, base: k, strongOnly: strongOnly) {
                if w[k] == Persian.alef, w[k - 1] == Persian.heh, k >= 3,
                   let alternative = nominalCuts(w, base: k - 1, strongOnly: strongOnly),
                   frequency(flags(w.prefix(k - 1))) >= frequency(flags(w.prefix(k))) + 3,
                   !w.prefix(k - 1).isNumberWord {
                    return alternative
                }
                return found
            }
        }
        return nil
    }

    func nominalCuts(_ w: Letters, base k: Int, strongOnly: Bool) -> UInt64? {
        let base = w.prefix(k)
        let entry = entry(base)
        var f = entry?.flags ?? 0
        var strong = f & (Flag.strong | Flag.compound | Flag.participle) != 0
        if !strong, k >= 4, derivesWithoutZWNJ(base) {
            // A strong word plus a joined suffix, then ZWNJ suffixes: توانمندیها → توانمندی‌ها; one
            // in ی is an adjective too (تاکتیکیتر → تاکتیکی‌تر).
            f |= Flag.plain | Flag.strong | Flag.noun | (base.last == Persian.yeh ? Flag.adjective : 0)
            strong = true
        }
        guard f & (Flag.plain | Flag.compound | Flag.participle) != 0 else { return nil }
        if strongOnly != strong { return nil }
        if !strongOnly && k < 3 { return nil }
        let baseCuts = f & Flag.compound != 0 ? entry?.cuts ?? 0 : 0
        guard let cuts = chain(w, from: k, after: .base, flags: f, weak: !strong) else { return nil }
        return cuts | baseCuts | (1 << UInt64(k - 1))
    }

    /// For a word in های that reads both as a base in silent ه + ای and as the base without its ه
    /// + the plural های (بسته‌ای / بست‌های, گله‌ای / گل‌های): the cuts of the two readings and how
    /// much more frequent in hazm the shorter base is (difference of the bit lengths).
    ///
    /// The restorer picks the plural when the next word can complete an ezafe (a noun, an
    /// adjective, a number) and the shorter base is not much rarer, and the ه + ای reading before a
    /// preposition, a conjunction, a verb or punctuation, unless the shorter base is much more
    /// frequent: a plural with its ezafe ی must be followed by what it qualifies.
    func hehAlefAmbiguity(_ w: Letters) -> (he: UInt64, plural: UInt64, lead: Int)? {
        let n = w.count
        guard n >= 5, n <= 64, w[n - 3] == Persian.heh, w[n - 2] == Persian.alef, w[n - 1] == Persian.yeh else { return nil }
        let k = n - 2
        for strongOnly in [true, false] {
            if let he = nominalCuts(w, base: k, strongOnly: strongOnly),
               let plural = nominalCuts(w, base: k - 1, strongOnly: strongOnly) {
                // A number word takes no plural: هفته‌ای, not هفت‌های.
                if w.prefix(k - 1).isNumberWord { return (he, he, 0) }
                return (he, plural, frequency(flags(w.prefix(k - 1))) - frequency(flags(w.prefix(k))))
            }
        }
        return nil
    }

    /// Matches `w[position...]` as a chain of ZWNJ suffixes; returns the cuts between them.
    func chain(_ w: Letters, from position: Int, after kind: SuffixKind, flags f: UInt32, weak: Bool) -> UInt64? {
        let rest = w.dropFirst(position)
        if rest.isEmpty { return 0 }
        let previous = w.prefix(position)
        func attempt(_ list: [[UInt16]], _ next: SuffixKind) -> UInt64? {
            for suffix in list where rest.hasPrefix(suffix) {
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
            if previous.endsInSilentHeh, let c = attempt(Persian.afterHeh, .afterHeh) { return c }
            if previous.last == Persian.yeh, let c = attempt(Persian.afterYeh, .afterHeh) { return c }
            if f & (Flag.noun | Flag.compound) != 0, position >= 3, let c = attempt(heads, .head) { return c }
            if previous.endsInSilentHeh, let c = attempt(Persian.headsAfterHeh, .head) { return c }
            if position >= 3, let c = attempt(Persian.nameHeads, .name) { return c }
            if position >= 4, previous.last == Persian.yeh, let c = attempt(Persian.nameHeadsAfterYeh, .name) { return c }
            if position >= 4, f & Flag.noun != 0, let c = attempt(Persian.general, .name) { return c }
            return nil
        case .name:
            return nil
        case .head:
            if rest.isAny(of: Persian.joined) { return 0 }
            if let c = attempt(Persian.plural, .plural) { return c }
            if previous.endsInSilentHeh, let c = attempt(Persian.afterHeh, .afterHeh) { return c }
            return nil
        case .comparative:
            return attempt(Persian.plural, .plural)
        case .plural, .afterHeh:
            return nil
        }
    }

    /// Rule 5: a word-internal آ after a joining letter.
    func alefMaddaCuts(_ w: Letters) -> UInt64 {
        var i = 2
        while i < w.count - 2 {
            if w[i] == Persian.alefMadda, Persian.joinsToFollowing(w[i - 1]) {
                let right = w.dropFirst(i)
                let rightFlags = flags(right)
                if rightFlags & Flag.plain != 0 || rightFlags & Flag.compound != 0 || zwnjCuts(right) != 0 {
                    return (1 << UInt64(i - 1)) | (zwnjCuts(right) << UInt64(i))
                }
            }
            i += 1
        }
        return 0
    }

    /// Whether a space between `left` and `right` (letters only; `leftFlags` and `rightFlags`
    /// their table flags) should become a ZWNJ.
    func joinsAcrossSpace(_ left: Letters, leftFlags lf: UInt32, _ right: Letters, rightFlags rf: UInt32, leftIsWhole: Bool) -> Bool {
        guard left.count >= 2, !right.isEmpty else { return false }
        if leftIsWhole, left.count <= 3, left.equals(Persian.mi) || left.equals(Persian.nemi) {
            return isVerbForm(right)
        }
        // بی is not a word of its own: بی نظیر → بی‌نظیر (before a known word).
        if leftIsWhole, left.equals(Persian.bi) {
            return right.count >= 2 && (WordTable.isStrongPlain(rf) || rf & Flag.compound != 0 || derivesWithoutZWNJ(right))
        }
        // The suffixes below all start with ه, ت, ا or ی: most words are rejected by their first letter.
        let first = right[0]
        if first == Persian.heh, right.count <= 6, right.isAny(of: Persian.plural) { return true }
        if first == Persian.teh, lf & Flag.adjective != 0, right.count <= 4, right.isAny(of: Persian.comparative) { return true }
        if first == Persian.alef || first == Persian.yeh, right.count <= 3, left.endsInSilentHeh, !left.isAny(of: Persian.hehWords),
           lf & (Flag.strong | Flag.participle | Flag.compound) != 0, right.isAny(of: Persian.afterHehAcrossSpace) {
            return true
        }
        if leftIsWhole, lf & Flag.firstPart != 0, rf & Flag.secondPart != 0, left.count + right.count <= 64,
           !left.isAny(of: Persian.prepositions) {
            let raw = left.raw &* right.powers[right.count] &+ right.raw
            if let entry = entry(raw: raw), entry.flags & Flag.joinsAcrossSpace != 0,
               entry.cuts == 1 << UInt64(left.count - 1) {
                return true
            }
        }
        return false
    }

    /// Whether two words separated by a space are worth analysing as one fused word: the second
    /// is not a word of its own (unknown, or only weakly attested and not a verb form), the first
    /// is a known word that is not a function word, and together they fit the buffer.
    @inline(__always)
    func mayJoinAsCompound(_ left: Letters, leftFlags lf: UInt32, _ right: Letters, rightFlags rf: UInt32) -> Bool {
        guard left.count >= 2, right.count >= 2, left.count + right.count <= 64 else { return false }
        guard lf & Flag.known != 0, lf & Flag.function == 0 else { return false }
        return rf & Flag.known == 0
            || (rf & (Flag.strong | Flag.verbForm | Flag.participle | Flag.compound) == 0 && rf & (Flag.plain | Flag.bareStem) != 0)
    }

    /// Whether `together` (two words without the space between them, the first `leftCount` letters
    /// long) is a compound written with a ZWNJ at the space: a compound of the lexicon (دروازه بان →
    /// دروازه‌بان, گفت وگو → گفت‌وگو), such a compound plus a joined suffix (دانش آموزان →
    /// دانش‌آموزان). Two words that could each stand alone are never joined this way, so the
    /// second must be unknown to the lexicon and not a derived form of a word (امنای, جوانان).
    func joinsAsCompound(_ together: Letters, leftCount: Int, rightFlags rf: UInt32) -> Bool {
        let cut: UInt64 = 1 << UInt64(leftCount - 1)
        let cuts: UInt64
        if let e = entry(together), e.flags & Flag.compound != 0 {
            cuts = e.cuts
        } else if let c = compoundWithJoinedSuffix(together) {
            cuts = c
        } else {
            return false
        }
        return cuts & cut != 0 && !derivesWithoutZWNJ(together.dropFirst(leftCount))
    }
}
