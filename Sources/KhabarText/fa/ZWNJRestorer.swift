import KhabarCore

/// Restores the zero-width non-joiners (U+200C) that Persian text lost, in fused words
/// (رئیسجمهور → رئیس‌جمهور, میکنند → می‌کنند, بخشهای → بخش‌های, بینالمللی → بین‌المللی) and in
/// words split by a space (می کنند → می‌کنند, بخش های → بخش‌های, رئیس جمهور → رئیس‌جمهور).
///
/// Each run of Arabic-script letters is read against a lexicon of Persian words derived from
/// hazm's word list (MIT; see `Resources/fa/NOTICE.md`; spellings without the hamza seat are
/// added: رأی → رای, تأسیسات → تاسیسات), in this order; the first rule that applies decides:
///
/// 1. A word the lexicon knows as written is kept (تنها, رهایی, همچنین, میدان, بیشتر); a known
///    compound gets its ZWNJs (رئیسجمهور → رئیس‌جمهور, عشقآباد → عشق‌آباد).
/// 2. Verb prefixes: می / نمی, optionally after a preverb (بر در باز فرا فرو وا ور), before a
///    finite verb form built from the lexicon's stems (میکنند → می‌کنند, برمیگردد → برمی‌گردد);
///    a known word + ی is read first (میدانی, of a field, rather than the rare می‌دانی).
/// 3. A known word plus a suffix written joined (ی یی ان ین ات یان انی اتی) is kept (تنهایی,
///    دانشگاهی, راهی); a compound plus such a suffix gets the compound's ZWNJs
///    (سرمایهگذارانی → سرمایه‌گذارانی).
/// 4. Suffixes written with ZWNJ after a known base, longest base first: plural ها and its
///    clitic forms (های هایی هایش …); comparative تر / ترین after an adjective (a word in ی
///    derived from a known word counts as one: تاکتیکیتر → تاکتیکی‌تر); after a final silent ه:
///    ی ای ام ات اش ایم اید اند است مان تان شان (خانهای → خانه‌ای, رفتهاند → رفته‌اند, همهی →
///    همه‌ی; not after a pronounced ه in اه/وه/الله: راهی, گروهی, عبداللهی); after a noun, the
///    heads of compounds that hazm writes after a ZWNJ at least as often as fused
///    (`Resources/fa/heads.txt`: سازی شده پذیر آمیز گرایی برانگیز …, with their forms in ان, گان,
///    گی: بهینهسازی → بهینه‌سازی, سرمایهگذاریها → سرمایه‌گذاری‌ها); مند after a silent ه only
///    (علاقهمند → علاقه‌مند, but هنرمند); the family-name parts پور زاده نژاد, and فرد فر after
///    a first part in ی (انصاریفرد → انصاری‌فرد); کل after a noun (ادارهکل → اداره‌کل); the
///    indefinite ای and the clitics اش ام after a final ی (بازیاش → بازی‌اش).
///    A word in های that reads both as X + ه + ای and as X + های (بسته‌ای / بست‌های) is decided by
///    the next token: a plural's ezafe needs something to qualify, so before a preposition,
///    conjunction, verb or punctuation the ه + ای reading wins unless X is much more frequent in
///    hazm; before a noun, adjective or number the plural wins unless X is clearly rarer. A number
///    word takes no plural (هفتهای → هفته‌ای).
/// 5. به / هم / بی fused before a known word (بهعنوان → به‌عنوان); غیر / نا / فرا + a known word
///    stay fused (غیرمجاز). Numbers: a number word before هزار میلیون میلیارد, or from بیست up
///    before و + a number (یکهزار → یک‌هزار, بیستوسوم → بیست‌وسوم). Two words joined by و
///    (ورزشوجوانان → ورزش‌وجوانان) when both are strong or derived words.
/// 6. Two words written fused (روابطعمومی → روابط‌عمومی): the first a strong word or a word in
///    ی derived from one (آذربایجانشرقی → آذربایجان‌شرقی), the second a strong word, a compound
///    or a derived word, with guards on their lengths and frequencies; a word the lexicon knows
///    only weakly is split this way only after a silent ه (آیندهدار → آینده‌دار).
/// 7. An unknown word in ها / های / هایی after a joining letter is a plural (فوتسالیستها).
/// 8. A word-internal آ after a joining letter starts a second word (حسنآباد → حسن‌آباد).
///
/// Across a single space, two words are joined with a ZWNJ when the first is می / نمی and the
/// second a verb form; the first is بی and the second a known word (بی نظیر → بی‌نظیر); the
/// second is one of the suffixes above (ها های هایی …, تر ترین after an adjective, ای ام اند ایم
/// اید ی after a silent ه); the two spell one of the few compounds marked for it (رئیس جمهور →
/// رئیس‌جمهور; never after the prepositions به در از با بر که و تا را); or the second is not a
/// word of its own (unknown to the lexicon or only weakly attested, and not a derived form of a
/// word) and the two are a compound of the lexicon, possibly with a joined suffix (گفت وگو →
/// گفت‌وگو, دانش آموزان → دانش‌آموزان; but صنایع دستی, برای جوانان stay apart). Where both
/// spellings are standard the ZWNJ form is chosen, as the Academy of Persian Language and
/// Literature's orthography recommends (آنها → آن‌ها).
///
/// A ZWNJ already present is kept; the restorer only adds. Offsets: an inserted ZWNJ maps to the
/// letter after it, a space turned into a ZWNJ keeps the space's origin.
///
/// ```swift
/// ZWNJRestorer().restore("رئیسجمهور روسیه همکاری میکنند")  // "رئیس‌جمهور روسیه همکاری می‌کنند"
/// ```
///
/// - Complexity: O(*n*) in the number of scalars, one pass that records the changes and one copy
///   that applies them: one table probe for most words (a 64-bit fingerprint of the word's
///   letters, no `String`), a bounded number for the rest (words are at most 64 letters; longer
///   runs are left as they are).
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
    ///
    /// Works on the UTF-8 bytes directly; returns `text` itself when nothing changes.
    public func restore(_ text: String) -> String {
        var text = text
        let edits = text.withUTF8 { bytes in
            RestorerPass.edits(in: UTF8Units(bytes: bytes), table: lexicon.table)
        }
        if edits.isEmpty { return text }
        return text.withUTF8 { bytes in RestorerPass.apply(edits, toUTF8: bytes) }
    }

    /// Valid UTF-8 `bytes` with their ZWNJs restored, as a `String`.
    func restore(utf8 bytes: UnsafeBufferPointer<UInt8>) -> String {
        let edits = RestorerPass.edits(in: UTF8Units(bytes: bytes), table: lexicon.table)
        if edits.isEmpty { return String(decoding: bytes, as: UTF8.self) }
        return RestorerPass.apply(edits, toUTF8: bytes)
    }

    /// `text` with its ZWNJs restored; origins carry over, inserted ZWNJs map to the next letter.
    public func restore(_ text: NormalizedText) -> NormalizedText {
        let edits = text.scalars.withUnsafeBufferPointer { scalars in
            RestorerPass.edits(in: ScalarUnits(scalars: scalars), table: lexicon.table)
        }
        if edits.isEmpty { return text }
        return RestorerPass.apply(edits, to: text)
    }

    /// The form of one word (letters only) with its ZWNJs restored, as the restorer would write it
    /// inside a text.
    public func restoreWord(_ word: String) -> String {
        restore(word)
    }
}

// MARK: - The pass over a text

/// Where the pass reads: Unicode scalars or UTF-8 bytes, as a sequence of code units.
protocol RestorerUnits {
    /// The number of code units.
    var count: Int { get }
    /// The scalar value starting at unit `i` and its length in units.
    func scalar(at i: Int) -> (value: UInt32, width: Int)
}

/// A buffer of Unicode scalars (one unit per scalar).
struct ScalarUnits: RestorerUnits {
    let scalars: UnsafeBufferPointer<Unicode.Scalar>
    @inline(__always) var count: Int { scalars.count }
    @inline(__always) func scalar(at i: Int) -> (value: UInt32, width: Int) { (scalars[i].value, 1) }
}

/// A buffer of valid UTF-8 bytes.
struct UTF8Units: RestorerUnits {
    let bytes: UnsafeBufferPointer<UInt8>
    @inline(__always) var count: Int { bytes.count }
    @inline(__always)
    func scalar(at i: Int) -> (value: UInt32, width: Int) {
        let b0 = UInt32(bytes[i])
        if b0 < 0x80 { return (b0, 1) }
        if b0 < 0xE0 { return ((b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F), 2) }
        if b0 < 0xF0 {
            return ((b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F), 3)
        }
        return ((b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6
            | UInt32(bytes[i + 3] & 0x3F), 4)
    }
}

/// One change the pass decided: a ZWNJ inserted before the unit at `position`, or the space at
/// `position` replaced by a ZWNJ.
struct RestorerEdit {
    var position: Int
    var replacesSpace: Bool
}

/// One pass over a text: finds the words (runs of letters, possibly with ZWNJs inside), asks the
/// rules where ZWNJs belong, and records the changes as edits; the text is then copied once with
/// the edits applied. Most words cost one table probe and no copy.
enum RestorerPass {
    /// The longest word that is analysed; longer runs of letters are left as they are.
    static let maxLetters = 64

    static func edits<Units: RestorerUnits>(in text: Units, table: WordTable) -> [RestorerEdit] {
        var edits: [RestorerEdit] = []
        let capacity = maxLetters + 1
        // The unit position of every letter of the current word.
        // Two letter buffers (the current word and the previous one) and a third for the two
        // written together, with prefix hashes.
        let letterBuffers = UnsafeMutablePointer<UInt16>.allocate(capacity: 3 * capacity)
        let hashBuffers = UnsafeMutablePointer<UInt64>.allocate(capacity: 3 * capacity)
        let positions = UnsafeMutablePointer<Int>.allocate(capacity: capacity)
        let powers = UnsafeMutablePointer<UInt64>.allocate(capacity: capacity)
        powers[0] = 1
        for k in 1..<capacity { powers[k] = powers[k - 1] &* WordHash.multiplier }
        defer {
            powers.deallocate()
            letterBuffers.deallocate()
            hashBuffers.deallocate()
            positions.deallocate()
        }
        var current = 0  // which of the two buffers holds the current word
        var previous: Letters? = nil
        var previousWasWhole = false
        var previousFlags: UInt32? = nil  // the table flags of `previous`, when already known
        var joinableSpace = -1  // unit position of a single space after a word
        var afterWord = false
        // A word whose reading (بسته‌ای / بست‌های) waits for the next token.
        var pending: (he: [Int], plural: [Int], lead: Int)? = nil
        func resolve(nextCompletesEzafe: Bool) {
            guard let ambiguity = pending else { return }
            let threshold = nextCompletesEzafe ? pluralLeadBeforeContent : pluralLeadBeforeFunction
            for position in ambiguity.lead >= threshold ? ambiguity.plural : ambiguity.he {
                edits.append(RestorerEdit(position: position, replacesSpace: false))
            }
            pending = nil
        }
        let n = text.count
        var i = 0
        while i < n {
            let (v, width) = text.scalar(at: i)
            if !Persian.isLetter(v) {
                if pending != nil, v != 0x20 {
                    // A digit or an opening quote or bracket can start what an ezafe qualifies.
                    let opens = (v >= 0x30 && v <= 0x39) || (v >= 0x06F0 && v <= 0x06F9) || (v >= 0x0660 && v <= 0x0669)
                        || v == 0xAB || v == 0x22 || v == 0x28
                    resolve(nextCompletesEzafe: opens)
                }
                if v == 0x20, afterWord, joinableSpace < 0, i + 1 < n, text.scalar(at: i + 1).value != 0x20 {
                    joinableSpace = i
                } else {
                    joinableSpace = -1
                    afterWord = false
                }
                i += width
                continue
            }
            // A word: letters, possibly with ZWNJs between them.
            let units = letterBuffers + current * capacity
            let prefix = hashBuffers + current * capacity
            prefix[0] = 0
            var count = 0
            var existing: UInt64 = 0
            var end = i
            while end < n {
                let (u, w) = text.scalar(at: end)
                if Persian.isLetter(u) {
                    if count < maxLetters {
                        units[count] = UInt16(truncatingIfNeeded: u)
                        prefix[count + 1] = WordHash.step(prefix[count], UInt16(truncatingIfNeeded: u))
                        positions[count] = end
                    }
                    count += 1
                    end += w
                } else if u == 0x200C, end + w < n, Persian.isLetter(text.scalar(at: end + w).value) {
                    if count > 0, count <= maxLetters { existing |= 1 << UInt64(count - 1) }
                    end += w
                } else {
                    break
                }
            }
            i = end
            afterWord = true
            guard count <= maxLetters else {
                resolve(nextCompletesEzafe: true)
                joinableSpace = -1
                previous = nil
                continue
            }
            let word = Letters(units: units, prefix: prefix, powers: powers, lo: 0, hi: count)
            let wholeEntry = table.entry(word)
            var boundaries = existing
            // Analyse every piece until none splits further, so that a second pass (which sees
            // the pieces as separate segments) changes nothing.
            for _ in 0..<4 {
                var added: UInt64 = 0
                var pieceStart = 0
                for k in 0..<count where k == count - 1 || boundaries & (1 << UInt64(k)) != 0 {
                    let cuts = pieceStart == 0 && k == count - 1
                        ? table.zwnjCuts(word, entry: wholeEntry) : table.zwnjCuts(word.slice(pieceStart, k + 1))
                    if cuts != 0 { added |= cuts << UInt64(pieceStart) }
                    pieceStart = k + 1
                }
                if added & ~boundaries == 0 { break }
                boundaries |= added
            }
            let wholeFlags = wholeEntry?.flags ?? 0
            resolve(nextCompletesEzafe: wholeFlags & PersianLexicon.Flag.function == 0)
            var joined = false
            if joinableSpace >= 0, let left = previous {
                let right = boundaries == 0 ? word : word.prefix(boundaries.trailingZeroBitCount + 1)
                let rightFlags = boundaries == 0 ? wholeFlags : table.flags(right)
                let leftFlags = previousFlags ?? table.flags(left)
                joined = table.joinsAcrossSpace(left, leftFlags: leftFlags, right, rightFlags: rightFlags, leftIsWhole: previousWasWhole)
                if !joined, previousWasWhole, table.mayJoinAsCompound(left, leftFlags: leftFlags, right, rightFlags: rightFlags) {
                    // The two words written together, analysed as one fused word.
                    let units = letterBuffers + 2 * capacity
                    let prefix = hashBuffers + 2 * capacity
                    prefix[0] = 0
                    var k = 0
                    for piece in [left, right] {
                        for j in 0..<piece.count {
                            units[k] = piece[j]
                            prefix[k + 1] = WordHash.step(prefix[k], piece[j])
                            k += 1
                        }
                    }
                    let together = Letters(units: units, prefix: prefix, powers: powers, lo: 0, hi: k)
                    joined = table.joinsAsCompound(together, leftCount: left.count, rightFlags: rightFlags)
                }
                if joined { edits.append(RestorerEdit(position: joinableSpace, replacesSpace: true)) }
            }
            joinableSpace = -1
            func positionsOf(_ cuts: UInt64) -> [Int] {
                var result: [Int] = []
                var added = cuts & ~existing
                while added != 0 {
                    result.append(positions[added.trailingZeroBitCount + 1])
                    added &= added - 1
                }
                return result
            }
            if existing == 0, boundaries != 0, wholeFlags & PersianLexicon.Flag.compound == 0,
               let ambiguity = table.hehAlefAmbiguity(word),
               boundaries == ambiguity.he || boundaries == ambiguity.plural {
                pending = (positionsOf(ambiguity.he), positionsOf(ambiguity.plural), ambiguity.lead)
            } else {
                var added = boundaries & ~existing
                while added != 0 {
                    let k = added.trailingZeroBitCount
                    edits.append(RestorerEdit(position: positions[k + 1], replacesSpace: false))
                    added &= added - 1
                }
            }
            let lastPieceStart = count > 1 ? 64 - (boundaries & ((1 << UInt64(count - 1)) - 1)).leadingZeroBitCount : 0
            previous = word.dropFirst(lastPieceStart)
            previousWasWhole = boundaries == 0 && !joined
            previousFlags = boundaries == 0 ? wholeFlags : nil
            current ^= 1
        }
        resolve(nextCompletesEzafe: false)
        return edits
    }

    /// How much more frequent (bit lengths in hazm) the shorter base must be for the plural reading
    /// of a word in های, when the next word can complete an ezafe, and when it cannot.
    static let pluralLeadBeforeContent = -1
    static let pluralLeadBeforeFunction = 3

    /// Copies `bytes` with `edits` applied (a ZWNJ is three bytes, E2 80 8C).
    static func apply(_ edits: [RestorerEdit], toUTF8 bytes: UnsafeBufferPointer<UInt8>) -> String {
        var inserted = 0
        for edit in edits { inserted += edit.replacesSpace ? 2 : 3 }
        return String(unsafeUninitializedCapacity: bytes.count + inserted) { out in
            var written = 0
            var copied = 0
            @inline(__always) func copy(upTo end: Int) {
                let length = end - copied
                if length > 0 {
                    UnsafeMutableRawPointer(out.baseAddress! + written)
                        .copyMemory(from: bytes.baseAddress! + copied, byteCount: length)
                    written += length
                }
                copied = end
            }
            for edit in edits {
                copy(upTo: edit.position)
                out[written] = 0xE2
                out[written + 1] = 0x80
                out[written + 2] = 0x8C
                written += 3
                if edit.replacesSpace { copied += 1 }
            }
            copy(upTo: bytes.count)
            return written
        }
    }

    /// Copies `text` with `edits` applied: an inserted ZWNJ takes the origin of the letter after
    /// it, a space turned into a ZWNJ keeps its own.
    static func apply(_ edits: [RestorerEdit], to text: NormalizedText) -> NormalizedText {
        var scalars: [Unicode.Scalar] = []
        var origins: [Int] = []
        let total = text.scalars.count + edits.count
        scalars.reserveCapacity(total)
        origins.reserveCapacity(total)
        var copied = 0
        for edit in edits {
            scalars.append(contentsOf: text.scalars[copied..<edit.position])
            origins.append(contentsOf: text.origins[copied..<edit.position])
            scalars.append(ArabicScript.zeroWidthNonJoiner)
            origins.append(text.origins[edit.position])
            copied = edit.replacesSpace ? edit.position + 1 : edit.position
        }
        scalars.append(contentsOf: text.scalars[copied...])
        origins.append(contentsOf: text.origins[copied...])
        return NormalizedText(scalars: scalars, origins: origins)
    }
}
