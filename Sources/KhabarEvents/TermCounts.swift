/// How often each term of one text occurs, keyed by its ``StableHash``, with open addressing.
///
/// The keys are FNV hashes, already well mixed, so a probe is a multiply, a mask and a compare,
/// where a `Dictionary` would hash every key again with SipHash: counting the words of a text is
/// one probe per word, the largest part of ``FeatureBuilder``'s work.
struct TermCounts {
    private var keys: [UInt64]
    /// 0 marks an empty slot: a stored term occurs at least once.
    private var counts: [Int32]
    private var lengths: [Int32]
    private var mask: Int
    /// Occupied slots, in the order their terms first occurred.
    private var occupied: [Int32] = []

    /// Creates an empty table sized for about `expected` distinct terms.
    init(expected: Int) {
        var capacity = 16
        while capacity < expected * 2 { capacity <<= 1 }
        keys = [UInt64](repeating: 0, count: capacity)
        counts = [Int32](repeating: 0, count: capacity)
        lengths = [Int32](repeating: 0, count: capacity)
        mask = capacity - 1
        occupied.reserveCapacity(expected)
    }

    @inline(__always)
    private static func slot(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    /// Counts one occurrence of `key`, a term `length` scalars long (the length of its first
    /// occurrence is kept).
    @inline(__always)
    mutating func add(_ key: UInt64, length: Int) {
        var i = Self.slot(key, mask)
        while counts[i] != 0 {
            if keys[i] == key {
                counts[i] += 1
                return
            }
            i = (i + 1) & mask
        }
        keys[i] = key
        counts[i] = 1
        lengths[i] = Int32(truncatingIfNeeded: length)
        occupied.append(Int32(truncatingIfNeeded: i))
        if occupied.count * 2 > keys.count { grow() }
    }

    private mutating func grow() {
        let old = (keys: keys, counts: counts, lengths: lengths, occupied: occupied)
        let capacity = keys.count * 2
        keys = [UInt64](repeating: 0, count: capacity)
        counts = [Int32](repeating: 0, count: capacity)
        lengths = [Int32](repeating: 0, count: capacity)
        mask = capacity - 1
        occupied.removeAll(keepingCapacity: true)
        for slot in old.occupied {
            let from = Int(slot)
            var i = Self.slot(old.keys[from], mask)
            while counts[i] != 0 { i = (i + 1) & mask }
            keys[i] = old.keys[from]
            counts[i] = old.counts[from]
            lengths[i] = old.lengths[from]
            occupied.append(Int32(truncatingIfNeeded: i))
        }
    }

    /// The number of distinct terms.
    var count: Int { occupied.count }

    /// Calls `body` with every term, its count and length, in the order the terms first occurred.
    func forEach(_ body: (_ key: UInt64, _ count: Int, _ length: Int) -> Void) {
        for slot in occupied {
            let i = Int(slot)
            body(keys[i], Int(counts[i]), Int(lengths[i]))
        }
    }
}
