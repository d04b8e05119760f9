public import KhabarCore
import Foundation

/// A text folded for matching, with a map from every folded scalar back to the original.
///
/// Lexicon lookups (month names, gazetteer aliases, quote verbs) compare folded forms, so a
/// word matches however the article spells it; every match is then mapped back to a span of the
/// original text, which is what the CLI contract reports.
///
/// Folding is defined as:
/// - Arabic yeh U+064A, alef maksura U+0649 and yeh with hamza U+0626 → farsi yeh U+06CC
/// - Arabic kaf U+0643 → keheh U+06A9
/// - teh marbuta U+0629, heh with yeh above U+06C0, heh goal U+06C1, heh doachashmee U+06BE → heh U+0647
/// - alef with madda, hamza above/below, alef wasla (U+0622, U+0623, U+0625, U+0671) → alef U+0627
/// - waw with hamza U+0624 → waw U+0648
/// - Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFC) → their base letters
/// - harakat, superscript alef and Quranic marks, tatweel U+0640 → removed
/// - ZWNJ U+200C and the invisible controls of ``ArabicScript/isInvisibleControl(_:)`` → removed
/// - Persian and Arabic-Indic digits → ASCII digits; ٫ → `.`, ٬ → `,`, ٪ → `%`
/// - Latin and Cyrillic capitals → lower case; ё → е
/// - runs of whitespace → one space, or one `\n` when the run holds a line break
///
/// - Complexity: O(*n*) in the number of scalars.
public struct FoldedText: Sendable, Hashable {
    /// The folded scalars.
    public let scalars: [Unicode.Scalar]
    /// For each folded scalar, the offset of the original scalar it came from.
    public let origins: [Int]
    /// The number of scalars in the original text.
    public let originalCount: Int

    /// Folds `text`.
    public init(_ text: ScalarText) {
        if let (scalars, origins) = FoldedText.foldedWithoutExpansion(text.scalars) {
            self.init(scalars: scalars, origins: origins, originalCount: text.count)
        } else {
            self.init(byRules: text)
        }
    }

    private init(scalars: [Unicode.Scalar], origins: [Int], originalCount: Int) {
        self.scalars = scalars
        self.origins = origins
        self.originalCount = originalCount
    }

    /// Folds `text` scalar by scalar, appending to growing arrays: the reference for the fast
    /// path of ``init(_:)``, and the path for a text with presentation forms (which may unfold
    /// into several letters).
    init(byRules text: ScalarText) {
        var scalars: [Unicode.Scalar] = []
        var origins: [Int] = []
        scalars.reserveCapacity(text.count)
        origins.reserveCapacity(text.count)
        var pendingSpace: (offset: Int, newline: Bool)? = nil
        let arabicBlock = FoldedText.arabicBlock
        for (offset, scalar) in text.scalars.enumerated() {
            let v = scalar.value
            if v == 0x20 || v == 0x0A || v == 0x0D || v == 0x09 || (v >= 0x80 && FoldedText.isNonASCIIWhitespace(v)) {
                let isNewline = v == 0x0A || v == 0x0D || v == 0x2028 || v == 0x2029
                if let pending = pendingSpace {
                    pendingSpace = (pending.offset, pending.newline || isNewline)
                } else {
                    pendingSpace = (offset, isNewline)
                }
                continue
            }
            if v < 0x80 {
                if let pending = pendingSpace {
                    scalars.append(pending.newline ? "\n" : " ")
                    origins.append(pending.offset)
                    pendingSpace = nil
                }
                if v >= 0x41 && v <= 0x5A {
                    scalars.append(Unicode.Scalar(v + 0x20)!)
                } else {
                    scalars.append(scalar)
                }
                origins.append(offset)
                continue
            }
            // Presentation forms may unfold into several letters; everything else folds to at
            // most one scalar, on a path that allocates nothing.
            if (v >= 0xFB50 && v <= 0xFDFF) || (v >= 0xFE70 && v <= 0xFEFC) {
                let folded = FoldedText.fold(scalar)
                if folded.isEmpty { continue }
                if let pending = pendingSpace {
                    scalars.append(pending.newline ? "\n" : " ")
                    origins.append(pending.offset)
                    pendingSpace = nil
                }
                for f in folded {
                    scalars.append(f)
                    origins.append(offset)
                }
                continue
            }
            let single: Unicode.Scalar
            if v >= 0x0600 && v <= 0x06FF {
                guard let folded = arabicBlock[Int(v - 0x0600)] else { continue }
                single = folded
            } else {
                guard let other = FoldedText.foldSingle(scalar) else { continue }
                single = other
            }
            if let pending = pendingSpace {
                scalars.append(pending.newline ? "\n" : " ")
                origins.append(pending.offset)
                pendingSpace = nil
            }
            scalars.append(single)
            origins.append(offset)
        }
        if let pending = pendingSpace {
            scalars.append(pending.newline ? "\n" : " ")
            origins.append(pending.offset)
        }
        self.scalars = scalars
        self.origins = origins
        self.originalCount = text.count
    }

    /// The folded scalars and their origins, written straight into buffers of the text's length,
    /// or `nil` when the text holds a presentation form (U+FB50–U+FDFF, U+FE70–U+FEFC): every
    /// other scalar folds to at most one, and a run of whitespace to one, so the folded text is
    /// never longer than the original.
    static func foldedWithoutExpansion(_ source: [Unicode.Scalar]) -> ([Unicode.Scalar], [Int])? {
        let n = source.count
        // Allocated through `reserveCapacity` (see ``Swift/Array/init(reservedUninitializedCount:)``),
        // filled through pointers by a function of its own (no closure capturing the counts), and
        // cut to what was written.
        var scalars = [Unicode.Scalar](reservedUninitializedCount: n)
        var origins = [Int](reservedUninitializedCount: n)
        let count = scalars.withUnsafeMutableBufferPointer { folded in
            origins.withUnsafeMutableBufferPointer { from in
                source.withUnsafeBufferPointer { s in
                    FoldedText.arabicBlock.withUnsafeBufferPointer { block in
                        FoldedText.fold(s, block, folded, from)
                    }
                }
            }
        }
        guard count >= 0 else { return nil }
        if count < n {
            scalars.removeLast(n - count)
            origins.removeLast(n - count)
        }
        return (scalars, origins)
    }

    /// Writes the folded scalars of `s` and their origins from the start of `folded` and `from`
    /// (each as long as `s`); returns how many, or −1 at a presentation form.
    private static func fold(
        _ s: UnsafeBufferPointer<Unicode.Scalar>, _ block: UnsafeBufferPointer<Unicode.Scalar?>,
        _ folded: UnsafeMutableBufferPointer<Unicode.Scalar>, _ from: UnsafeMutableBufferPointer<Int>
    ) -> Int {
        // Read and written through the base pointers, without bounds checks: the folded text is
        // never longer than `s`, and the block covers U+0600–U+06FF.
        guard let source = s.baseAddress, let out = folded.baseAddress, let origin = from.baseAddress,
              let arabic = block.baseAddress else { return 0 }
        var count = 0
        // The first offset of a pending run of whitespace, or -1.
        var pending = -1
        var pendingNewline = false
        @inline(__always) func emit(_ scalar: Unicode.Scalar, _ offset: Int) {
            if pending >= 0 {
                out[count] = pendingNewline ? "\n" : " "
                origin[count] = pending
                count += 1
                pending = -1
            }
            out[count] = scalar
            origin[count] = offset
            count += 1
        }
        for offset in 0..<s.count {
            let scalar = source[offset]
            let v = scalar.value
            if v < 0x80 {
                if v == 0x20 || v == 0x0A || v == 0x0D || v == 0x09 {
                    if pending < 0 {
                        pending = offset
                        pendingNewline = v == 0x0A || v == 0x0D
                    } else if v == 0x0A || v == 0x0D {
                        pendingNewline = true
                    }
                } else {
                    emit(v >= 0x41 && v <= 0x5A ? Unicode.Scalar(UInt8(v + 0x20)) : scalar, offset)
                }
                continue
            }
            if v >= 0x0600 && v <= 0x06FF {
                if let single = arabic[Int(v - 0x0600)] { emit(single, offset) }
                continue
            }
            if FoldedText.isNonASCIIWhitespace(v) {
                if pending < 0 {
                    pending = offset
                    pendingNewline = v == 0x2028 || v == 0x2029
                } else if v == 0x2028 || v == 0x2029 {
                    pendingNewline = true
                }
                continue
            }
            if (v >= 0xFB50 && v <= 0xFDFF) || (v >= 0xFE70 && v <= 0xFEFC) { return -1 }
            if let single = FoldedText.foldSingle(scalar) { emit(single, offset) }
        }
        if pending >= 0 {
            out[count] = pendingNewline ? "\n" : " "
            origin[count] = pending
            count += 1
        }
        return count
    }

    /// Folds `text`.
    public init(_ text: String) {
        self.init(ScalarText(text))
    }

    /// The number of folded scalars.
    public var count: Int { scalars.count }

    /// The folded text as a `String`.
    public var string: String {
        ScalarText.string(scalars[...])
    }

    /// The folded form of a range of folded scalars, as a `String`.
    public func string(_ range: Range<Int>) -> String {
        ScalarText.string(scalars[range])
    }

    /// The span of the original text that a range of folded scalars came from.
    ///
    /// An empty range maps to an empty span at the original position of its lower bound.
    public func originalSpan(of range: Range<Int>) -> TextSpan {
        if range.isEmpty {
            let start = range.lowerBound < origins.count ? origins[range.lowerBound] : originalCount
            return TextSpan(start: start, end: start)
        }
        return TextSpan(start: origins[range.lowerBound], end: origins[range.upperBound - 1] + 1)
    }

    /// Whether a non-ASCII scalar value is white space (Unicode White_Space): NEL, no-break
    /// space, Ogham space, the U+2000 spaces, line and paragraph separators, narrow no-break,
    /// medium mathematical and ideographic spaces. A range check, not a property lookup: it runs
    /// for every letter of Arabic-script text.
    @inline(__always)
    static func isNonASCIIWhitespace(_ v: UInt32) -> Bool {
        v == 0x85 || v == 0xA0 || v == 0x1680 || (v >= 0x2000 && v <= 0x200A) || v == 0x2028 || v == 0x2029
            || v == 0x202F || v == 0x205F || v == 0x3000
    }

    /// The folded form of a single string, for building lexicon keys.
    public static func key(_ text: String) -> String {
        FoldedText(text).string.trimmingWhitespace()
    }

    /// ``foldSingle(_:)`` of every scalar of the Arabic block (U+0600...U+06FF), computed once
    /// from it: most scalars of Arabic-script text are there, and reading a table costs less
    /// than the switch and the diacritic and control range checks; `nil` for a scalar that is
    /// removed.
    static let arabicBlock: [Unicode.Scalar?] = (UInt32(0x0600)...0x06FF).map { v in
        foldSingle(Unicode.Scalar(v)!)
    }

    /// Folds one non-ASCII, non-whitespace scalar outside the presentation forms: the scalar it
    /// folds to, or `nil` when it is removed.
    @inline(__always)
    static func foldSingle(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        let v = scalar.value
        switch v {
        case 0x064A, 0x0649, 0x0626: return ArabicScript.farsiYeh
        case 0x0643: return ArabicScript.keheh
        case 0x0629, 0x06C0, 0x06C1, 0x06BE: return ArabicScript.heh
        case 0x0622, 0x0623, 0x0625, 0x0671: return ArabicScript.alef
        case 0x0624: return ArabicScript.waw
        case 0x0640, 0x200C: return nil
        case 0x06F0...0x06F9: return Unicode.Scalar(v - 0x06F0 + 0x30)
        case 0x0660...0x0669: return Unicode.Scalar(v - 0x0660 + 0x30)
        case 0x066B: return "."
        case 0x066C: return ","
        case 0x066A: return "%"
        case 0x0410...0x042F: return Unicode.Scalar(v + 0x20)
        case 0x0401, 0x0451: return "\u{0435}"
        case 0x0400...0x040F: return Unicode.Scalar(v + 0x50)
        case 0x00C0...0x00DE where v != 0x00D7: return Unicode.Scalar(v + 0x20)
        default:
            if ArabicScript.isDiacritic(scalar) || ArabicScript.isInvisibleControl(scalar) { return nil }
            return scalar
        }
    }

    /// Folds one non-ASCII, non-whitespace scalar: zero, one or several scalars.
    @inline(__always)
    static func fold(_ scalar: Unicode.Scalar) -> FoldedScalars {
        let v = scalar.value
        switch v {
        case 0x064A, 0x0649, 0x0626: return FoldedScalars(ArabicScript.farsiYeh)
        case 0x0643: return FoldedScalars(ArabicScript.keheh)
        case 0x0629, 0x06C0, 0x06C1, 0x06BE: return FoldedScalars(ArabicScript.heh)
        case 0x0622, 0x0623, 0x0625, 0x0671: return FoldedScalars(ArabicScript.alef)
        case 0x0624: return FoldedScalars(ArabicScript.waw)
        case 0x0640, 0x200C: return FoldedScalars()
        case 0x06F0...0x06F9: return FoldedScalars(Unicode.Scalar(v - 0x06F0 + 0x30)!)
        case 0x0660...0x0669: return FoldedScalars(Unicode.Scalar(v - 0x0660 + 0x30)!)
        case 0x066B: return FoldedScalars(".")
        case 0x066C: return FoldedScalars(",")
        case 0x066A: return FoldedScalars("%")
        case 0x0410...0x042F: return FoldedScalars(Unicode.Scalar(v + 0x20)!)
        case 0x0401, 0x0451: return FoldedScalars("\u{0435}")
        case 0x0400...0x040F: return FoldedScalars(Unicode.Scalar(v + 0x50)!)
        case 0x00C0...0x00DE where v != 0x00D7: return FoldedScalars(Unicode.Scalar(v + 0x20)!)
        case 0xFB50...0xFDFF, 0xFE70...0xFEFC:
            let base = PresentationForms.baseLetters(of: scalar)
            return base.isEmpty ? FoldedScalars(scalar) : base.reduce(into: FoldedScalars()) { result, letter in
                for folded in fold(letter) { result.append(folded) }
            }
        default:
            if ArabicScript.isDiacritic(scalar) || ArabicScript.isInvisibleControl(scalar) { return FoldedScalars() }
            return FoldedScalars(scalar)
        }
    }
}

/// Zero to a few scalars without a heap allocation in the common case of one.
struct FoldedScalars: Sequence {
    private var first: Unicode.Scalar?
    private var rest: [Unicode.Scalar] = []

    init() {}
    init(_ scalar: Unicode.Scalar) { first = scalar }

    var isEmpty: Bool { first == nil }

    mutating func append(_ scalar: Unicode.Scalar) {
        if first == nil { first = scalar } else { rest.append(scalar) }
    }

    func makeIterator() -> IndexingIterator<[Unicode.Scalar]> {
        guard let first else { return [].makeIterator() }
        return ([first] + rest).makeIterator()
    }
}

/// Arabic presentation forms (contextual shapes and ligatures from legacy encodings and PDFs)
/// mapped to the base letters of their compatibility decomposition, without harakat.
enum PresentationForms {
    /// The table is computed once from Unicode's compatibility decompositions (NFKD).
    private static let table: [UInt32: [Unicode.Scalar]] = {
        var table: [UInt32: [Unicode.Scalar]] = [:]
        for range in [0xFB50...0xFDFF, 0xFE70...0xFEFC] as [ClosedRange<UInt32>] {
            for value in range {
                guard let scalar = Unicode.Scalar(value), scalar.properties.generalCategory != .unassigned else { continue }
                let decomposed = String(Character(scalar)).decomposedStringWithCompatibilityMapping.unicodeScalars
                let letters = decomposed.filter { !ArabicScript.isDiacritic($0) && $0.value != 0x20 }
                if !letters.isEmpty, !(letters.count == 1 && letters.first == scalar) {
                    table[value] = Array(letters)
                }
            }
        }
        return table
    }()

    static func baseLetters(of scalar: Unicode.Scalar) -> [Unicode.Scalar] {
        table[scalar.value] ?? []
    }
}
