/// An immutable hash table from words (Arabic-script letters as UTF-16 code units) to a small
/// value, built once from the lexicon files and probed with slices of scalars, so the hot loop
/// never makes a `String`.
///
/// Open addressing with linear probing at a load factor of at most ½; keys live in one flat
/// `[UInt16]` buffer.
///
/// - Complexity: lookup O(*k*) in the key's length, expected O(1) probes.
struct WordTable: Sendable {
    /// What the table knows about a word (bit flags, plus ZWNJ cut positions for compounds).
    struct Entry: Sendable {
        var start: UInt32
        var length: UInt16
        var flags: UInt16
        /// Bit *i* set: a ZWNJ follows letter *i* (compounds only).
        var cuts: UInt64
    }

    private(set) var entries: [Entry] = []
    private(set) var storage: [UInt16] = []
    private var slots: [Int32]
    private var mask: Int

    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: -1, count: size)
        mask = size - 1
        entries.reserveCapacity(capacity)
    }

    @inline(__always)
    static func hash<C: Collection>(_ key: C) -> Int where C.Element == UInt16 {
        var h: UInt64 = 0xcbf29ce484222325
        for unit in key {
            h = (h ^ UInt64(unit)) &* 0x100000001b3
        }
        h ^= h >> 29
        h = h &* 0xbf58476d1ce4e5b9
        h ^= h >> 32
        return Int(truncatingIfNeeded: h)
    }

    /// Adds `flags` (and `cuts`) to `key`'s entry, creating it when needed.
    mutating func insert(_ key: [UInt16], flags: UInt16, cuts: UInt64 = 0) {
        if entries.count * 2 >= slots.count { grow() }
        var slot = WordTable.hash(key) & mask
        while true {
            let index = Int(slots[slot])
            if index < 0 {
                entries.append(Entry(start: UInt32(storage.count), length: UInt16(key.count), flags: flags, cuts: cuts))
                storage.append(contentsOf: key)
                slots[slot] = Int32(entries.count - 1)
                return
            }
            if matches(entries[index], key[...]) {
                entries[index].flags |= flags
                if cuts != 0 { entries[index].cuts = cuts }
                return
            }
            slot = (slot + 1) & mask
        }
    }

    private mutating func grow() {
        let size = slots.count * 2
        slots = Array(repeating: -1, count: size)
        mask = size - 1
        for (index, entry) in entries.enumerated() {
            let key = storage[Int(entry.start)..<Int(entry.start) + Int(entry.length)]
            var slot = WordTable.hash(key) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(index)
        }
    }

    @inline(__always)
    private func matches(_ entry: Entry, _ key: ArraySlice<UInt16>) -> Bool {
        guard Int(entry.length) == key.count else { return false }
        var i = Int(entry.start)
        for unit in key {
            if storage[i] != unit { return false }
            i += 1
        }
        return true
    }

    /// The entry for `key`, if any.
    @inline(__always)
    func lookup(_ key: ArraySlice<UInt16>) -> Entry? {
        var slot = WordTable.hash(key) & mask
        while true {
            let index = Int(slots[slot])
            if index < 0 { return nil }
            let entry = entries[index]
            if matches(entry, key) { return entry }
            slot = (slot + 1) & mask
        }
    }

    /// The flags of `key` (0 when absent).
    @inline(__always)
    func flags(_ key: ArraySlice<UInt16>) -> UInt16 {
        lookup(key)?.flags ?? 0
    }
}
