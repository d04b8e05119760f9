/// How often each term of one text occurs, keyed by its ``StableHash``, with open addressing.
///
/// The keys are FNV hashes, already well mixed, so a probe is a multiply, a mask and a compare,
/// where a `Dictionary` would hash every key again with SipHash: counting the words of a text is
/// one probe per word, the largest part of ``FeatureBuilder``'s work.
///
/// The table is plain memory read and written through pointers: a struct of
/// arrays paid a uniqueness check (a runtime call) and a bounds check at every write of a count,
/// about a tenth of the features' own work. It cannot be copied, so nothing else can hold the
/// memory it frees.
struct TermCounts: ~Copyable {
    private var keys: UnsafeMutablePointer<UInt64>
    /// 0 marks an empty slot: a stored term occurs at least once.
    private var counts: UnsafeMutablePointer<Int32>
    private var lengths: UnsafeMutablePointer<Int32>
    private var capacity: Int
    private var mask: Int
    /// Occupied slots, in the order their terms first occurred.
    private var occupied: UnsafeMutablePointer<Int32>
    /// The number of distinct terms.
    private(set) var count = 0

    /// Creates an empty table sized for about `expected` distinct terms.
    init(expected: Int) {
        var capacity = 16
        while capacity < expected * 2 { capacity <<= 1 }
        (keys, counts, lengths, occupied) = Self.allocate(capacity)
        self.capacity = capacity
        mask = capacity - 1
    }

    deinit { Self.deallocate(keys, counts, lengths, occupied) }

    /// Tables for `capacity` slots, every count 0; room for `capacity / 2` occupied slots (the
    /// table grows past half full).
    private static func allocate(_ capacity: Int) -> (
        UnsafeMutablePointer<UInt64>, UnsafeMutablePointer<Int32>, UnsafeMutablePointer<Int32>, UnsafeMutablePointer<Int32>
    ) {
        let keys = UnsafeMutablePointer<UInt64>.allocate(capacity: capacity)
        let counts = UnsafeMutablePointer<Int32>.allocate(capacity: capacity)
        counts.initialize(repeating: 0, count: capacity)
        let lengths = UnsafeMutablePointer<Int32>.allocate(capacity: capacity)
        let occupied = UnsafeMutablePointer<Int32>.allocate(capacity: capacity / 2 + 1)
        return (keys, counts, lengths, occupied)
    }

    private static func deallocate(
        _ keys: UnsafeMutablePointer<UInt64>, _ counts: UnsafeMutablePointer<Int32>,
        _ lengths: UnsafeMutablePointer<Int32>, _ occupied: UnsafeMutablePointer<Int32>
    ) {
        keys.deallocate()
        counts.deallocate()
        lengths.deallocate()
        occupied.deallocate()
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
        occupied[count] = Int32(truncatingIfNeeded: i)
        count += 1
        if count * 2 > capacity { grow() }
    }

    private mutating func grow() {
        let old = (keys: keys, counts: counts, lengths: lengths, occupied: occupied)
        let oldCount = count
        capacity *= 2
        (keys, counts, lengths, occupied) = Self.allocate(capacity)
        mask = capacity - 1
        count = 0
        for n in 0..<oldCount {
            let from = Int(old.occupied[n])
            var i = Self.slot(old.keys[from], mask)
            while counts[i] != 0 { i = (i + 1) & mask }
            keys[i] = old.keys[from]
            counts[i] = old.counts[from]
            lengths[i] = old.lengths[from]
            occupied[count] = Int32(truncatingIfNeeded: i)
            count += 1
        }
        Self.deallocate(old.keys, old.counts, old.lengths, old.occupied)
    }

    /// Calls `body` with every term, its count and length, in the order the terms first occurred.
    func forEach(_ body: (_ key: UInt64, _ count: Int, _ length: Int) -> Void) {
        for n in 0..<count {
            let i = Int(occupied[n])
            body(keys[i], Int(counts[i]), Int(lengths[i]))
        }
    }
}
