public import KhabarCore

/// The character-level part of display normalisation: letter forms, marks, controls and spacing,
/// without ZWNJ restoration.
///
/// It is the first step of ``TextNormalizer`` and can be run alone (a benchmark entry point, or a
/// caller that restores nothing). Rules, in the order a scalar meets them:
///
/// - Letter forms, Persian (`fa`): U+064A ARABIC YEH and U+0649 ALEF MAKSURA → U+06CC FARSI YEH;
///   U+0643 ARABIC KAF → U+06A9 KEHEH; U+06C1 HEH GOAL, U+06D5 AE, U+06BE HEH DOACHASHMEE →
///   U+0647 HEH. U+06C0 HEH WITH YEH ABOVE (ۀ) and U+0629 TEH MARBUTA are kept.
/// - Letter forms, Arabic (`ar`): U+06A9 KEHEH → U+0643 KAF; U+06CC FARSI YEH → U+064A YEH inside a
///   word and U+0649 ALEF MAKSURA at its end (its dotless final shape). Arabic ي and ك are never
///   turned into Persian letters. Other languages keep their letters.
/// - Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFC, from PDFs and legacy encodings) →
///   their base letters (lam-alef ligatures → ل + alef), then the rules above.
/// - Combining marks: U+0653 MADDAH ABOVE after alef → آ; U+0654 HAMZA ABOVE after alef → أ, after
///   waw → ؤ, after yeh → ئ (and kept after heh in Persian: هٔ); U+0655 HAMZA BELOW after alef →
///   إ. All other harakat (U+064B–U+065F), U+0670 SUPERSCRIPT ALEF, Quranic marks
///   (U+0610–U+061A, U+06D6–U+06ED) and U+0640 TATWEEL are removed.
/// - Invisible controls (bidi marks, embeddings and isolates U+200E U+200F U+202A–U+202E
///   U+2066–U+2069, U+061C ARABIC LETTER MARK, U+200B, U+200D, U+2060–U+2064, U+FEFF, U+00AD) are
///   removed. A U+200C ZWNJ stays only between two Arabic-script letters (runs collapse to one),
///   and never in Arabic, which does not use it.
/// - Whitespace: runs of spaces, tabs and Unicode spaces (U+00A0, U+2000–U+200A, U+202F, …) → one
///   U+0020; line breaks (LF, CR, CR LF, U+2028, U+2029, U+0085) → one LF each, so lines stay lines;
///   spaces at the start and end of a line are removed.
/// - Punctuation spacing: no space before ، ؛ ؟ » ! . : when they follow a letter (or before
///   ، ؛ ؟ » after a digit); one space after ، ؛ ؟ » and before « when a letter touches them; no
///   space just inside « ».
/// - Digits (Persian ۰–۹, Arabic-Indic ٠–٩, Latin 0–9) and hamza forms are kept as written.
///
/// The result is idempotent: normalising it again changes nothing.
///
/// ```swift
/// CharacterNormalizer(language: .persian).normalize("علي كريمي ، ۱۲")  // "علی کریمی، ۱۲"
/// ```
///
/// - Complexity: O(*n*) in the number of scalars, one pass, no allocation per scalar.
public struct CharacterNormalizer: Sendable {
    /// The language whose letter rules apply.
    public var language: Language

    /// Creates a character normaliser for `language`.
    public init(language: Language) {
        self.language = language
    }

    /// The character-normalised form of `text`, with a map from every output scalar to the
    /// original scalar it came from.
    public func normalize(_ text: ScalarText) -> NormalizedText {
        normalize(text, copyingRuns: true)
    }

    /// The scalar path; `copyingRuns: false` feeds every scalar through the rules (the reference
    /// the fast path is tested against).
    func normalize(_ text: ScalarText, copyingRuns: Bool) -> NormalizedText {
        var core = NormalizerCore(language: language, sink: ScalarSink(capacity: text.count + text.count / 32 + 16))
        text.scalars.withUnsafeBufferPointer { scalars in
            CopyableRuns.table(for: core.mode).withUnsafeBufferPointer { table in
                let n = scalars.count
                var i = 0
                while i < n {
                    if copyingRuns, core.canCopyRun {
                        // A run of scalars that no rule changes is copied as it is.
                        let start = i
                        var previousIsLetter = core.lastIsArabicLetter
                        while i < n {
                            let v = scalars[i].value
                            let kind = CopyableRuns.kind(v, table)
                            if kind != 0 {
                                previousIsLetter = kind == CopyableRuns.letter
                                i += 1
                            } else if v == 0x20, i + 1 < n, CopyableRuns.kind(scalars[i + 1].value, table) & CopyableRuns.startsWord != 0 {
                                previousIsLetter = false
                                i += 1
                            } else if v == 0x200C, core.keepsZWNJ, previousIsLetter, i + 1 < n,
                                      CopyableRuns.kind(scalars[i + 1].value, table) == CopyableRuns.letter {
                                i += 1
                            } else {
                                break
                            }
                        }
                        if i > start {
                            core.sink.scalars.append(contentsOf: UnsafeBufferPointer(rebasing: scalars[start..<i]))
                            core.sink.origins.append(contentsOf: start..<i)
                            core.copiedRun(ending: scalars[i - 1])
                            if i == n { break }
                        }
                    }
                    core.feed(scalars[i], i)
                    i += 1
                }
            }
        }
        core.finish()
        return NormalizedText(scalars: core.sink.scalars, origins: core.sink.origins)
    }

    /// The character-normalised form of `text`.
    ///
    /// Works on the UTF-8 bytes directly and keeps no offset map: the fast path for whole articles.
    public func normalize(_ text: String) -> String {
        var text = text
        let changed: String? = text.withUTF8 { input in
            let bytes = normalizedBytes(utf8: input)
            return bytes.withUnsafeBufferPointer { UTF8Bytes.equal($0, input) } ? nil : String(decoding: bytes, as: UTF8.self)
        }
        // An article the rules leave as it is comes back as the same string, not a copy.
        return changed ?? text
    }

    /// The character-normalised form of valid UTF-8 `bytes`, as a `String`.
    public func normalize(utf8 bytes: UnsafeBufferPointer<UInt8>) -> String {
        normalize(utf8: bytes, copyingRuns: true)
    }

    func normalize(utf8 bytes: UnsafeBufferPointer<UInt8>, copyingRuns: Bool) -> String {
        String(decoding: normalizedBytes(utf8: bytes, copyingRuns: copyingRuns), as: UTF8.self)
    }

    /// The character-normalised form of valid UTF-8 `bytes`, as UTF-8 bytes.
    func normalizedBytes(utf8 bytes: UnsafeBufferPointer<UInt8>, copyingRuns: Bool = true) -> [UInt8] {
        var core = NormalizerCore(language: language, sink: UTF8Sink(capacity: bytes.count + bytes.count / 32 + 16))
        // Origins are not kept on this path, so the byte index stands in for the scalar offset.
        CopyableRuns.table(for: core.mode).withUnsafeBufferPointer { table in
            let n = bytes.count
            var i = 0
            while i < n {
                if copyingRuns, core.canCopyRun {
                    // A run of scalars that no rule changes is copied byte for byte.
                    let start = i
                    var lastStart = i
                    var previousIsLetter = core.lastIsArabicLetter
                    while i < n {
                        let b = bytes[i]
                        if b < 0x80 {
                            if b > 0x20, b < 0x7F {
                                lastStart = i
                                previousIsLetter = false
                                i += 1
                                continue
                            }
                            if b == 0x20, i + 1 < n, CopyableRuns.utf8Kind(bytes, i + 1, table) & CopyableRuns.startsWord != 0 {
                                lastStart = i
                                previousIsLetter = false
                                i += 1
                                continue
                            }
                            break
                        }
                        if b >= 0xD8, b <= 0xDB {
                            let kind = CopyableRuns.utf8Kind(bytes, i, table)
                            if kind == 0 { break }
                            lastStart = i
                            previousIsLetter = kind == CopyableRuns.letter
                            i += 2
                            continue
                        }
                        // U+200C ZWNJ (E2 80 8C) between two Arabic letters stays.
                        if b == 0xE2, core.keepsZWNJ, previousIsLetter, i + 4 < n, bytes[i + 1] == 0x80, bytes[i + 2] == 0x8C,
                           CopyableRuns.utf8Kind(bytes, i + 3, table) == CopyableRuns.letter {
                            lastStart = i
                            i += 3
                            continue
                        }
                        break
                    }
                    if i > start {
                        core.sink.append(UnsafeBufferPointer(rebasing: bytes[start..<i]), lastStart: lastStart - start)
                        core.copiedRun(ending: UTF8Units(bytes: bytes).scalar(at: lastStart).value)
                        if i == n { break }
                    }
                }
                let b0 = UInt32(bytes[i])
                var value: UInt32
                let offset = i
                if b0 < 0x80 {
                    value = b0
                    i += 1
                } else if b0 < 0xE0, i + 1 < n {
                    value = (b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
                    i += 2
                } else if b0 < 0xF0, i + 2 < n {
                    value = (b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
                    i += 3
                } else if i + 3 < n {
                    value = (b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12
                        | UInt32(bytes[i + 2] & 0x3F) << 6 | UInt32(bytes[i + 3] & 0x3F)
                    i += 4
                } else {
                    value = 0xFFFD
                    i = n
                }
                core.feed(Unicode.Scalar(value) ?? "\u{FFFD}", offset)
            }
        }
        core.finish()
        return core.sink.bytes
    }
}

// MARK: - Byte buffers

enum UTF8Bytes {
    /// Whether two byte buffers hold the same bytes (compared eight at a time).
    static func equal(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = a.count
        guard n == b.count else { return false }
        guard n > 0, let pa = a.baseAddress, let pb = b.baseAddress else { return true }
        let ra = UnsafeRawPointer(pa), rb = UnsafeRawPointer(pb)
        var i = 0
        while i + 8 <= n {
            if ra.loadUnaligned(fromByteOffset: i, as: UInt64.self) != rb.loadUnaligned(fromByteOffset: i, as: UInt64.self) {
                return false
            }
            i += 8
        }
        while i < n {
            if pa[i] != pb[i] { return false }
            i += 1
        }
        return true
    }
}

// MARK: - Runs copied as they are

/// Which scalars the normaliser passes through unchanged when nothing is pending, so that runs of
/// them can be copied in bulk: visible ASCII, and the Arabic-block (U+0600–U+06FF) letters and
/// digits that the language's letter rules leave alone. A single space is copied too when a
/// letter or digit follows it (the only case where the normaliser writes it back unchanged).
enum CopyableRuns {
    /// Kinds, as bits: copied as is; an Arabic letter (after which a ZWNJ is kept); may follow a
    /// copied space.
    static let copied: UInt8 = 1
    static let letter: UInt8 = 3
    static let startsWord: UInt8 = 4

    static let persian = build(.persian)
    static let arabic = build(.arabic)
    static let other = build(.other)

    static func table(for mode: NormalizerMode) -> [UInt8] {
        switch mode {
        case .persian: persian
        case .arabic: arabic
        case .other: other
        }
    }

    /// The kind of `v`, 0 when it needs the full rules.
    @inline(__always)
    static func kind(_ v: UInt32, _ table: UnsafeBufferPointer<UInt8>) -> UInt8 {
        if v < 0x80 {
            if v > 0x20, v < 0x7F { return asciiKind(v) }
            return 0
        }
        if v >= 0x0600, v <= 0x06FF { return table[Int(v - 0x0600)] }
        return 0
    }

    @inline(__always)
    static func asciiKind(_ v: UInt32) -> UInt8 {
        let alphanumeric = (v >= 0x30 && v <= 0x39) || ((v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A)
        return alphanumeric ? copied | startsWord : copied
    }

    /// The kind of the scalar whose UTF-8 starts at `bytes[i]` (0 unless copyable).
    @inline(__always)
    static func utf8Kind(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int, _ table: UnsafeBufferPointer<UInt8>) -> UInt8 {
        let b = bytes[i]
        if b < 0x80 { return b > 0x20 && b < 0x7F ? asciiKind(UInt32(b)) : 0 }
        guard b >= 0xD8, b <= 0xDB, i + 1 < bytes.count else { return 0 }
        return table[Int(b - 0xD8) << 6 | Int(bytes[i + 1] & 0x3F)]
    }

    private static func build(_ mode: NormalizerMode) -> [UInt8] {
        var table = [UInt8](repeating: 0, count: 256)
        for v in UInt32(0x0600)...0x06FF {
            let s = Unicode.Scalar(v)!
            var kind: UInt8 = 0
            switch v {
            case 0x0620...0x063F, 0x0641...0x064A, 0x066E...0x066F, 0x0671...0x06D3, 0x06D5, 0x06EE...0x06EF, 0x06FA...0x06FF:
                kind = NormalizerCore<ScalarSink>.letterForm(s, mode: mode) == s ? copied | startsWord : 0
                if kind != 0, NormalizerCore<ScalarSink>.isArabicLetter(s) { kind |= letter }
                if mode == .arabic, v == 0x06CC { kind = 0 }
            case 0x0660...0x066D, 0x06F0...0x06F9:
                kind = copied | startsWord
            default:
                kind = 0
            }
            table[Int(v - 0x0600)] = kind
        }
        return table
    }
}

// MARK: - Output sinks

/// Where the normaliser writes: scalars with origins, or UTF-8 bytes.
protocol NormalizerSink {
    mutating func emit(_ scalar: Unicode.Scalar, origin: Int)
    mutating func replaceLast(with scalar: Unicode.Scalar)
}

struct ScalarSink: NormalizerSink {
    var scalars: [Unicode.Scalar] = []
    var origins: [Int] = []

    init(capacity: Int) {
        scalars.reserveCapacity(capacity)
        origins.reserveCapacity(capacity)
    }

    @inline(__always)
    mutating func emit(_ scalar: Unicode.Scalar, origin: Int) {
        scalars.append(scalar)
        origins.append(origin)
    }

    @inline(__always)
    mutating func replaceLast(with scalar: Unicode.Scalar) {
        scalars[scalars.count - 1] = scalar
    }
}

struct UTF8Sink: NormalizerSink {
    var bytes: [UInt8] = []
    var lastStart = 0

    init(capacity: Int) { bytes.reserveCapacity(capacity + 16) }

    @inline(__always)
    mutating func emit(_ scalar: Unicode.Scalar, origin: Int) {
        lastStart = bytes.count
        let v = scalar.value
        if v < 0x80 {
            bytes.append(UInt8(v))
        } else if v < 0x800 {
            bytes.append(UInt8(0xC0 | v >> 6))
            bytes.append(UInt8(0x80 | v & 0x3F))
        } else if v < 0x10000 {
            bytes.append(UInt8(0xE0 | v >> 12))
            bytes.append(UInt8(0x80 | (v >> 6) & 0x3F))
            bytes.append(UInt8(0x80 | v & 0x3F))
        } else {
            bytes.append(UInt8(0xF0 | v >> 18))
            bytes.append(UInt8(0x80 | (v >> 12) & 0x3F))
            bytes.append(UInt8(0x80 | (v >> 6) & 0x3F))
            bytes.append(UInt8(0x80 | v & 0x3F))
        }
    }

    @inline(__always)
    mutating func replaceLast(with scalar: Unicode.Scalar) {
        bytes.removeSubrange(lastStart...)
        emit(scalar, origin: 0)
    }

    /// Appends bytes copied as they are; `lastStart` is where their last scalar starts.
    @inline(__always)
    mutating func append(_ run: UnsafeBufferPointer<UInt8>, lastStart: Int) {
        self.lastStart = bytes.count + lastStart
        bytes.append(contentsOf: run)
    }

}

// MARK: - The state machine

/// One pass over the scalars; `feed` each in order, then `finish`.
/// Which letter rules apply.
enum NormalizerMode { case persian, arabic, other }

struct NormalizerCore<Sink: NormalizerSink> {
    typealias Mode = NormalizerMode

    var sink: Sink
    let mode: Mode
    let keepsZWNJ: Bool
    /// The last emitted scalar; `nil` at the start of a line.
    var last: Unicode.Scalar? = nil
    var pendingSpace = -1
    var pendingZWNJ = -1
    /// In Arabic mode, the last emitted ي came from a Persian ی and becomes ى if the word ends.
    var yehFromFarsi = false
    var lastWasCR = false

    init(language: Language, sink: Sink) {
        self.sink = sink
        switch language {
        case .persian: mode = .persian
        case .arabic: mode = .arabic
        default: mode = .other
        }
        keepsZWNJ = language != .arabic
    }

    /// Whether nothing is pending, so scalars that no rule changes can be copied in bulk.
    @inline(__always)
    var canCopyRun: Bool {
        guard pendingSpace < 0, pendingZWNJ < 0, !yehFromFarsi, let previous = last else { return false }
        let p = previous.value
        return !NormalizerCore.wantsSpaceAfter(p) && p != 0xAB
    }

    /// Whether the last emitted scalar is an Arabic letter (a ZWNJ after it may stay).
    @inline(__always)
    var lastIsArabicLetter: Bool {
        guard let previous = last else { return false }
        return NormalizerCore.isArabicLetter(previous)
    }

    /// Records that a run ending with `scalar` was copied to the sink.
    @inline(__always)
    mutating func copiedRun(ending scalar: Unicode.Scalar) {
        last = scalar
        lastWasCR = false
    }

    @inline(__always)
    mutating func copiedRun(ending value: UInt32) {
        copiedRun(ending: Unicode.Scalar(value) ?? "\u{FFFD}")
    }

    /// The letter `s` becomes under `mode`'s letter rules.
    @inline(__always)
    static func letterForm(_ s: Unicode.Scalar, mode: Mode) -> Unicode.Scalar {
        switch mode {
        case .persian:
            switch s.value {
            case 0x064A, 0x0649: return ArabicScript.farsiYeh
            case 0x0643: return ArabicScript.keheh
            case 0x06C1, 0x06D5, 0x06BE: return ArabicScript.heh
            default: return s
            }
        case .arabic:
            switch s.value {
            case 0x06A9: return ArabicScript.arabicKaf
            case 0x06CC: return ArabicScript.arabicYeh
            default: return s
            }
        case .other:
            return s
        }
    }

    @inline(__always)
    mutating func feed(_ scalar: Unicode.Scalar, _ offset: Int) {
        let v = scalar.value
        // Fast path: a letter that no rule changes, with nothing pending.
        if pendingSpace < 0, pendingZWNJ < 0, !yehFromFarsi, last != nil {
            if (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) || (v >= 0x30 && v <= 0x39) {
                sink.emit(scalar, origin: offset)
                last = scalar
                lastWasCR = false
                return
            }
            if v >= 0x0621, v <= 0x063A || (v >= 0x0641 && v <= 0x0648) || v == 0x067E || v == 0x0686
                || v == 0x0698 || v == 0x06AF, let previous = last, !NormalizerCore.wantsSpaceAfter(previous.value) {
                sink.emit(scalar, origin: offset)
                last = scalar
                lastWasCR = false
                return
            }
        }
        if v < 0x80 {
            if v == 0x0A {
                if !lastWasCR { newline(offset) }
                lastWasCR = false
                return
            }
            lastWasCR = false
            switch v {
            case 0x20, 0x09, 0x0B, 0x0C:
                space(offset)
            case 0x0D:
                newline(offset)
                lastWasCR = true
            case 0x00...0x1F, 0x7F:
                return
            default:
                put(scalar, offset, letter: false)
            }
            return
        }
        lastWasCR = false
        switch v {
        case 0x0621...0x063F, 0x0641...0x064A, 0x066E...0x066F, 0x0671...0x06D3, 0x06D5:
            letter(scalar, offset)
        case 0x0640:
            return  // tatweel
        case 0x0653, 0x0654, 0x0655:
            combineHamza(v, offset)
        case 0x064B...0x0652, 0x0656...0x065F, 0x0670, 0x0610...0x061A, 0x06D6...0x06ED:
            return  // harakat and Quranic marks
        case 0x200C:
            if pendingZWNJ < 0 { pendingZWNJ = offset }
        case 0x200B, 0x200D, 0x200E, 0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x2069,
             0xFEFF, 0x00AD, 0x061C:
            return
        case 0x0085, 0x2028, 0x2029:
            newline(offset)
        case 0x00A0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000:
            space(offset)
        case 0xFB50...0xFDFF, 0xFE70...0xFEFC:
            let base = PresentationForms.baseLetters(of: scalar)
            if base.isEmpty {
                if !ArabicScript.isDiacritic(scalar) { put(scalar, offset, letter: false) }
            } else {
                for b in base { letter(b, offset) }
            }
        default:
            put(scalar, offset, letter: ArabicScript.isLetter(scalar))
        }
    }

    mutating func finish() {
        fixFinalYeh()
        pendingSpace = -1
        pendingZWNJ = -1
    }

    @inline(__always)
    mutating func space(_ offset: Int) {
        if pendingSpace < 0 { pendingSpace = offset }
    }

    mutating func newline(_ offset: Int) {
        fixFinalYeh()
        pendingSpace = -1
        pendingZWNJ = -1
        sink.emit("\n", origin: offset)
        last = nil
    }

    @inline(__always)
    mutating func fixFinalYeh() {
        if yehFromFarsi {
            sink.replaceLast(with: ArabicScript.alefMaksura)
            last = ArabicScript.alefMaksura
            yehFromFarsi = false
        }
    }

    @inline(__always)
    mutating func letter(_ scalar: Unicode.Scalar, _ offset: Int) {
        var s = scalar
        var fromFarsi = false
        switch mode {
        case .persian:
            switch s.value {
            case 0x064A, 0x0649: s = ArabicScript.farsiYeh
            case 0x0643: s = ArabicScript.keheh
            case 0x06C1, 0x06D5, 0x06BE: s = ArabicScript.heh
            default: break
            }
        case .arabic:
            switch s.value {
            case 0x06A9: s = ArabicScript.arabicKaf
            case 0x06CC:
                s = ArabicScript.arabicYeh
                fromFarsi = true
            default: break
            }
        case .other:
            break
        }
        put(s, offset, letter: true)
        yehFromFarsi = fromFarsi
    }

    mutating func combineHamza(_ mark: UInt32, _ offset: Int) {
        guard pendingSpace < 0, pendingZWNJ < 0, let previous = last else { return }
        var combined: Unicode.Scalar? = nil
        switch (mark, previous.value) {
        case (0x0653, 0x0627): combined = ArabicScript.alefWithMaddaAbove
        case (0x0654, 0x0627): combined = ArabicScript.alefWithHamzaAbove
        case (0x0655, 0x0627): combined = ArabicScript.alefWithHamzaBelow
        case (0x0654, 0x0648): combined = ArabicScript.wawWithHamzaAbove
        case (0x0654, 0x064A), (0x0654, 0x06CC), (0x0654, 0x0649): combined = ArabicScript.yehWithHamzaAbove
        case (0x0654, 0x06D5): combined = ArabicScript.hehWithYehAbove
        case (0x0654, 0x0647) where mode == .persian:
            sink.emit(ArabicScript.hamzaAbove, origin: offset)  // هٔ, the written ezafe, is kept
            last = ArabicScript.hamzaAbove
            return
        default: break
        }
        if let combined {
            sink.replaceLast(with: combined)
            last = combined
            yehFromFarsi = false
        }
    }

    @inline(__always)
    static func isClosing(_ v: UInt32) -> Bool {
        v == 0x060C || v == 0x061B || v == 0x061F || v == 0xBB || v == 0x21 || v == 0x2E || v == 0x3A
    }

    @inline(__always)
    static func wantsSpaceAfter(_ v: UInt32) -> Bool {
        v == 0x060C || v == 0x061B || v == 0x061F || v == 0xBB
    }

    @inline(__always)
    static func isArabicLetter(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return (v >= 0x0620 && v <= 0x06D5 && ArabicScript.isLetter(s)) || v == 0x0654
    }

    /// Emits a visible scalar, settling the pending space and ZWNJ before it.
    @inline(__always)
    mutating func put(_ s: Unicode.Scalar, _ offset: Int, letter: Bool) {
        let v = s.value
        if yehFromFarsi && !letter { fixFinalYeh() }
        if pendingZWNJ >= 0 {
            if keepsZWNJ, pendingSpace < 0, letter, let previous = last, NormalizerCore.isArabicLetter(previous) {
                sink.emit(ArabicScript.zeroWidthNonJoiner, origin: pendingZWNJ)
            }
            pendingZWNJ = -1
        }
        if let previous = last {
            let p = previous.value
            if pendingSpace >= 0 {
                var keep = p != 0xAB  // no space just inside «
                if keep, NormalizerCore.isClosing(v) {
                    let previousIsLetter = NormalizerCore.isArabicLetter(previous)
                    if previousIsLetter || (NormalizerCore.wantsSpaceAfter(v) && ArabicScript.isDigit(previous)) {
                        keep = false
                    }
                }
                if keep { sink.emit(" ", origin: pendingSpace) }
            } else if letter, NormalizerCore.isArabicLetter(s), NormalizerCore.wantsSpaceAfter(p) {
                sink.emit(" ", origin: offset)
            } else if v == 0xAB, NormalizerCore.isArabicLetter(previous) {
                sink.emit(" ", origin: offset)
            }
        }
        pendingSpace = -1
        sink.emit(s, origin: offset)
        last = s
    }
}
