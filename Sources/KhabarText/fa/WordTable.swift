/// An immutable hash table from words (Arabic-script letters as UTF-16 code units) to a few flags,
/// built once from the lexicon files and probed with slices of a word's letters, so the hot loop
/// never makes a `String` and never compares keys.
///
/// A word is identified by a 64-bit polynomial hash of its letters (``WordHash``), finalised by a
/// bit mixer; the table stores only that fingerprint, its flags and, for compounds, where the
/// ZWNJs go. One probe reads one 16-byte slot (open addressing, linear probing, load factor at
/// most ½), so a lookup touches one cache line. Two distinct words could in principle share a
/// fingerprint; the lexicon's own words are checked to be collision-free by a test, and a text
/// word colliding with a lexicon word has a probability of about 2⁻⁴⁶ per lookup.
///
/// - Complexity: lookup O(1) once the word's prefix hashes are known (``WordHash``); building
///   O(*n*) in the number of entries.
struct WordTable: @unchecked Sendable {
    /// One slot: the fingerprint (0 when empty), the flags, and an index into the cut list.
    struct Slot: Sendable {
        var fingerprint: UInt64
        var flags: UInt32
        var cutIndex: UInt32
    }

    /// Collects entries; ``WordTable/init(_:)`` freezes them.
    struct Builder {
        private(set) var slots: [Slot]
        private(set) var mask: Int
        /// ZWNJ positions of compounds (bit *i*: a ZWNJ after letter *i*); index 0 means none.
        private(set) var cutList: [UInt64] = [0]
        /// The number of distinct words stored.
        private(set) var count = 0
        /// Heads of compounds (``PersianLexicon/headForms(_:)``), longest first.
        var heads: [[UInt16]] = []

        init(capacity: Int) {
            var size = 16
            while size < capacity * 2 { size <<= 1 }
            slots = Array(repeating: Slot(fingerprint: 0, flags: 0, cutIndex: 0), count: size)
            mask = size - 1
        }

        /// Adds `flags` (and `cuts`) to the entry of the word whose raw hash is `raw`.
        mutating func insert(raw: UInt64, flags: UInt32, cuts: UInt64 = 0) {
            if count * 2 >= slots.count { grow() }
            let slot = find(raw: raw, creating: true)
            slots[slot].flags |= flags
            if cuts != 0 {
                if slots[slot].cutIndex == 0 {
                    slots[slot].cutIndex = UInt32(cutList.count)
                    cutList.append(cuts)
                } else {
                    cutList[Int(slots[slot].cutIndex)] = cuts
                }
            }
        }

        /// Adds `flags` to `word` (letters without ZWNJ).
        mutating func insert(_ word: [UInt16], flags: UInt32, cuts: UInt64 = 0) {
            let raw = WordHash.raw(word)
            #if DEBUG
            // Debug builds (the tests) check that no two words of the lexicon share a fingerprint.
            let fingerprint = WordHash.finalize(raw)
            if let other = keys[fingerprint], other != word { collisions += 1 }
            keys[fingerprint] = word
            #endif
            insert(raw: raw, flags: flags, cuts: cuts)
        }

        /// Distinct words inserted with the same fingerprint (counted in debug builds only).
        private(set) var collisions = 0
        #if DEBUG
        private var keys: [UInt64: [UInt16]] = [:]
        #endif

        /// The flags stored for `word` (0 when absent).
        func flags(_ word: [UInt16]) -> UInt32 {
            let fingerprint = WordHash.finalize(WordHash.raw(word))
            var slot = Int(truncatingIfNeeded: fingerprint) & mask
            while slots[slot].fingerprint != 0 {
                if slots[slot].fingerprint == fingerprint { return slots[slot].flags }
                slot = (slot + 1) & mask
            }
            return 0
        }

        /// The slot of `raw`, created (empty) when absent and `creating`, else -1.
        private mutating func find(raw: UInt64, creating: Bool) -> Int {
            let fingerprint = WordHash.finalize(raw)
            var slot = Int(truncatingIfNeeded: fingerprint) & mask
            while true {
                let existing = slots[slot].fingerprint
                if existing == fingerprint { return slot }
                if existing == 0 {
                    guard creating else { return -1 }
                    slots[slot] = Slot(fingerprint: fingerprint, flags: 0, cutIndex: 0)
                    count += 1
                    return slot
                }
                slot = (slot + 1) & mask
            }
        }

        private mutating func grow() {
            let old = slots
            let size = slots.count * 2
            slots = Array(repeating: Slot(fingerprint: 0, flags: 0, cutIndex: 0), count: size)
            mask = size - 1
            for entry in old where entry.fingerprint != 0 {
                var slot = Int(truncatingIfNeeded: entry.fingerprint) & mask
                while slots[slot].fingerprint != 0 { slot = (slot + 1) & mask }
                slots[slot] = entry
            }
        }
    }

    /// The frozen slots and cuts, in memory that is never written again.
    private final class Storage: @unchecked Sendable {
        let slots: UnsafeMutableBufferPointer<Slot>
        let cuts: UnsafeMutableBufferPointer<UInt64>

        init(_ builder: Builder) {
            slots = .allocate(capacity: builder.slots.count)
            _ = slots.initialize(from: builder.slots)
            cuts = .allocate(capacity: builder.cutList.count)
            _ = cuts.initialize(from: builder.cutList)
        }

        deinit {
            slots.deallocate()
            cuts.deallocate()
        }
    }

    private let storage: Storage
    private let slots: UnsafePointer<Slot>
    private let cuts: UnsafePointer<UInt64>
    private let mask: Int
    /// The number of distinct words stored.
    let count: Int
    /// Distinct words that were inserted with the same fingerprint (counted in debug builds only;
    /// a test checks that the shipped lexicon has none).
    let collisions: Int
    /// Heads of compounds written after a ZWNJ (سازی, شده, پذیر …), longest first.
    let heads: [[UInt16]]

    /// Freezes `builder`'s entries.
    init(_ builder: Builder) {
        heads = builder.heads
        collisions = builder.collisions
        storage = Storage(builder)
        slots = UnsafePointer(storage.slots.baseAddress!)
        cuts = UnsafePointer(storage.cuts.baseAddress!)
        mask = builder.mask
        count = builder.count
    }

    /// The flags and cuts stored for `raw`, or `nil`.
    @inline(__always)
    func entry(raw: UInt64) -> (flags: UInt32, cuts: UInt64)? {
        let fingerprint = WordHash.finalize(raw)
        var slot = Int(truncatingIfNeeded: fingerprint) & mask
        while true {
            let s = slots[slot]
            if s.fingerprint == fingerprint { return (s.flags, cuts[Int(s.cutIndex)]) }
            if s.fingerprint == 0 { return nil }
            slot = (slot + 1) & mask
        }
    }

    /// The flags stored for `word` (0 when absent).
    func flags(_ word: [UInt16]) -> UInt32 { entry(raw: WordHash.raw(word))?.flags ?? 0 }

}

/// The raw polynomial hash of a sequence of UTF-16 code units, h = Σ uᵢ·Kⁿ⁻¹⁻ⁱ (mod 2⁶⁴), which
/// lets any slice of a word be hashed in O(1) from the word's prefix hashes
/// (h[i..<j] = P[j] − P[i]·Kʲ⁻ⁱ, see ``Letters/raw``), and two adjacent words be hashed together
/// without copying their letters (h(ab) = h(a)·K^|b| + h(b)).
enum WordHash {
    /// An odd 64-bit multiplier.
    static let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15

    @inline(__always)
    static func step(_ h: UInt64, _ unit: UInt16) -> UInt64 {
        h &* multiplier &+ UInt64(unit)
    }

    static func raw<C: Collection>(_ units: C) -> UInt64 where C.Element == UInt16 {
        var h: UInt64 = 0
        for u in units { h = step(h, u) }
        return h
    }

    /// The fingerprint stored in the table: a bit mixer (SplitMix64's finaliser), never 0.
    @inline(__always)
    static func finalize(_ raw: UInt64) -> UInt64 {
        var z = raw &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        z ^= z >> 31
        return z == 0 ? 1 : z
    }
}
