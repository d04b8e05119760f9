import Foundation

/// The Persian word knowledge the ZWNJ restorer uses: words written without ZWNJ, words written
/// with one (compounds), and verb stems, all in one ``WordTable``.
///
/// Loaded once, lazily, from `Resources/fa/words.tsv`, `compounds.txt` and `verbs.tsv` (derived
/// from hazm's MIT-licensed word lists by `scripts/data/build_fa_lexicons.py`; see
/// `Resources/fa/NOTICE.md`). Tests can build one from literals with
/// ``init(words:compounds:verbs:)``.
struct PersianLexicon: Sendable {
    /// Flags stored per word.
    enum Flag {
        /// Written without ZWNJ as a word of its own.
        static let plain: UInt32 = 1 << 0
        /// Attested in the source with a frequency or a part of speech (not only harvested).
        static let strong: UInt32 = 1 << 1
        /// Can be an adjective or adverb (takes تر/ترین).
        static let adjective: UInt32 = 1 << 2
        /// Can be a noun (takes ها and the productive compound suffixes).
        static let noun: UInt32 = 1 << 3
        /// Its ZWNJ form is a compound (the entry's `cuts` say where).
        static let compound: UInt32 = 1 << 4
        /// A finite verb form without می/نمی (کنند, کرد, توان).
        static let verbForm: UInt32 = 1 << 5
        /// A past participle (کرده, رفته), which takes ام/ای/اند/است with a ZWNJ.
        static let participle: UInt32 = 1 << 6
        /// A compound that is also joined when the text writes it with a space (رئیس جمهور).
        static let joinsAcrossSpace: UInt32 = 1 << 7
        /// The first word of a compound in `joinsAcrossSpace` (so the pair is worth a probe).
        static let firstPart: UInt32 = 1 << 8
        /// The second word of such a compound.
        static let secondPart: UInt32 = 1 << 9
        /// A function word (no ezafe before it): see ``PersianLexicon/functionWords``.
        static let function: UInt32 = 1 << 10
        /// Any flag that makes a word known (the part and function flags alone do not).
        /// A bare present stem (توان, آموزان), a verb form only after می / نمی.
        static let bareStem: UInt32 = 1 << 12
        static let known: UInt32 = plain | compound | verbForm | participle | bareStem
        /// Bits 16–23 hold the bit length of the word's frequency in hazm (0–31).
        static let frequencyShift: UInt32 = 16
    }

    let table: WordTable

    /// The lexicon shipped with Khabar.
    static let bundled: PersianLexicon = {
        func read(_ name: String) -> String {
            let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Resources/fa")
                ?? Bundle.module.resourceURL?.appendingPathComponent("Resources/fa/\(name)")
            guard let url, let data = FileManager.default.contents(atPath: url.path) else { return "" }
            return String(decoding: data, as: UTF8.self)
        }
        return PersianLexicon(wordsTSV: read("words.tsv"), compounds: read("compounds.txt"), verbsTSV: read("verbs.tsv"),
                              heads: read("heads.txt"))
    }()

    /// Whether the bundled resource files were found and read.
    static var bundledIsLoaded: Bool { bundled.table.count > 100_000 }

    /// Parses the resource files.
    init(wordsTSV: String, compounds: String, verbsTSV: String, heads: String) {
        var table = WordTable.Builder(capacity: 220_000)
        for line in PersianLexicon.dataLines(wordsTSV) {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            var flags: UInt32 = Flag.plain
            if fields.count > 1 {
                for c in fields[1].utf8 {
                    switch c {
                    case UInt8(ascii: "s"): flags |= Flag.strong
                    case UInt8(ascii: "a"): flags |= Flag.adjective
                    case UInt8(ascii: "n"): flags |= Flag.noun
                    default: break
                    }
                }
            }
            if fields.count > 2, let bucket = UInt32(fields[2]) {
                flags |= min(bucket, 31) << Flag.frequencyShift
            }
            table.insert(Array(fields[0].utf16), flags: flags)
        }
        for line in PersianLexicon.dataLines(compounds) {
            PersianLexicon.insertCompound(line, into: &table)
        }
        for line in PersianLexicon.dataLines(verbsTSV) {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 2 else { continue }
            PersianLexicon.insertVerb(past: Array(fields[0].utf16), present: Array(fields[1].utf16), into: &table)
        }
        PersianLexicon.insertFunctionWords(into: &table)
        let headList = PersianLexicon.dataLines(heads).compactMap { $0.split(separator: "\t").first.map(String.init) }
        table.heads = PersianLexicon.headForms(headList)
        self.table = WordTable(table)
    }

    /// Builds a lexicon from literals (tests): plain words (all strong nouns and adjectives),
    /// ZWNJ compounds, (past, present) verb stems and compound heads.
    init(words: [String], compounds: [String], verbs: [(String, String)], heads: [String] = ["سازی", "کننده"]) {
        var table = WordTable.Builder(capacity: words.count + compounds.count + verbs.count * 30)
        for word in words {
            table.insert(Array(word.utf16), flags: Flag.plain | Flag.strong | Flag.noun | Flag.adjective)
        }
        for compound in compounds { PersianLexicon.insertCompound(Substring(compound), into: &table) }
        for (past, present) in verbs {
            PersianLexicon.insertVerb(past: Array(past.utf16), present: Array(present.utf16), into: &table)
        }
        PersianLexicon.insertFunctionWords(into: &table)
        table.heads = PersianLexicon.headForms(heads)
        self.table = WordTable(table)
    }

    /// Words that cannot follow an ezafe: after بسته‌ای/بست‌های, they point to the ه + ای reading
    /// (prepositions, conjunctions, the object marker, copulas and auxiliaries).
    static let functionWords = [
        "که", "در", "از", "به", "و", "با", "را", "است", "هست", "هم", "تا", "برای", "یا", "اما", "ولی", "بر", "نیز",
        "بود", "شد", "شود", "شده", "می", "نمی", "چون", "اگر", "زیرا", "توسط", "مانند", "مثل", "چه",
    ]

    private static func insertFunctionWords(into table: inout WordTable.Builder) {
        for word in functionWords { table.insert(Array(word.utf16), flags: Flag.function) }
    }

    /// The heads with their inflected forms, longest first: a head in ه also in گان and گی
    /// (کننده → کنندگان, کنندگی), any other head also with ان (ساز → سازان).
    static func headForms(_ heads: [String]) -> [[UInt16]] {
        var forms = Set<[UInt16]>()
        for head in heads {
            let units = Array(head.utf16)
            guard units.count >= 2 else { continue }
            forms.insert(units)
            if units.last == heh {
                forms.insert(Array(units.dropLast()) + Array("گان".utf16))
                forms.insert(Array(units.dropLast()) + Array("گی".utf16))
            } else if units.last != yeh {
                forms.insert(units + Array("ان".utf16))
            }
        }
        return forms.sorted { $0.count != $1.count ? $0.count > $1.count : $0.lexicographicallyPrecedes($1) }
    }

    private static func dataLines(_ content: String) -> [Substring] {
        content.split(separator: "\n").filter { !$0.hasPrefix("#") && !$0.isEmpty }
    }

    private static func insertCompound(_ line: Substring, into table: inout WordTable.Builder) {
        let fields = line.split(separator: "\t")
        guard let word = fields.first else { return }
        var flags = Flag.compound
        if fields.count > 1, fields[1] == "j" { flags |= Flag.joinsAcrossSpace }
        var key: [UInt16] = []
        var cuts: UInt64 = 0
        for unit in word.utf16 {
            if unit == 0x200C {
                if !key.isEmpty, key.count <= 64 { cuts |= 1 << UInt64(key.count - 1) }
            } else if unit != 0x0D {
                key.append(unit)
            }
        }
        guard cuts != 0, key.count <= 64 else { return }
        table.insert(key, flags: flags, cuts: cuts)
        if flags & Flag.joinsAcrossSpace != 0, cuts.nonzeroBitCount == 1 {
            let k = cuts.trailingZeroBitCount + 1
            table.insert(Array(key[..<k]), flags: Flag.firstPart)
            table.insert(Array(key[k...]), flags: Flag.secondPart)
        }
    }

    /// Person endings of the present (م ی د یم ید ند) and past (م ی – یم ید ند) tenses.
    private static let presentEndings: [[UInt16]] = ["م", "ی", "د", "یم", "ید", "ند"].map { Array($0.utf16) }
    private static let pastEndings: [[UInt16]] = ["", "م", "ی", "یم", "ید", "ند"].map { Array($0.utf16) }
    private static let preverbs: [[UInt16]] = ["بر", "در", "باز", "فرا", "فرو", "وا", "ور"].map { Array($0.utf16) }
    private static let yeh: UInt16 = 0x06CC
    private static let heh: UInt16 = 0x0647
    private static let alef: UInt16 = 0x0627
    private static let noon: UInt16 = 0x0646

    private static func insertVerb(past: [UInt16], present: [UInt16], into table: inout WordTable.Builder) {
        if !past.isEmpty {
            for ending in pastEndings { table.insert(past + ending, flags: Flag.verbForm) }
            table.insert(past + [heh], flags: Flag.participle)
            table.insert([noon] + past + [heh], flags: Flag.participle)
            // With a preverb (دریافته, برداشته, درآمده): they take اند/ای/ام with a ZWNJ too.
            for preverb in preverbs { table.insert(preverb + past + [heh], flags: Flag.participle) }
        }
        if !present.isEmpty {
            table.insert(present, flags: Flag.bareStem)
            for ending in presentEndings {
                table.insert(present + ending, flags: Flag.verbForm)
                if present.last == alef {
                    // A glide yeh after a stem in alef: گشا → گشاید.
                    table.insert(present + [yeh] + (ending.first == yeh ? Array(ending.dropFirst()) : ending), flags: Flag.verbForm)
                    table.insert(present + [yeh] + ending, flags: Flag.verbForm)
                }
            }
        }
    }
}
