import KhabarCore

/// A map from 64-bit keys to nonzero integers, by open addressing with linear probing.
///
/// The clusterer's keys are hashes already (FNV hashes of terms and entity ids, mixed posting
/// keys), so a probe is a multiply, a mask and a compare, where a `Dictionary` hashes every key
/// again with SipHash; that was most of the cost of comparing a report with an event. A value of
/// 0 marks an empty slot, so only nonzero values are stored: assigning `nil` removes a key, and
/// removal shifts the rest of the probe run back (no tombstones). The table is kept at most half
/// full.
struct KeyMap64<Value: FixedWidthInteger & Sendable & BitwiseCopyable>: Sendable {
    private var keys: [UInt64] = []
    private var values: [Value] = []
    /// The number of keys.
    private(set) var count = 0

    /// Whether the map has no keys.
    var isEmpty: Bool { count == 0 }

    /// An empty map; it allocates on the first insertion.
    init() {}

    @inline(__always)
    private static func home(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    /// The value of `key`, if any; assigning `nil` removes the key. A stored value is never 0.
    subscript(key: UInt64) -> Value? {
        @inline(__always) get {
            guard !keys.isEmpty else { return nil }
            let mask = keys.count - 1
            var i = Self.home(key, mask)
            while true {
                let value = values[i]
                if value == 0 { return nil }
                if keys[i] == key { return value }
                i = (i + 1) & mask
            }
        }
        set {
            if let newValue {
                precondition(newValue != 0, "KeyMap64 stores nonzero values only")
                insert(key, newValue)
            } else {
                remove(key)
            }
        }
    }

    private mutating func insert(_ key: UInt64, _ value: Value) {
        if (count + 1) * 2 > keys.count { grow() }
        let mask = keys.count - 1
        var i = Self.home(key, mask)
        while values[i] != 0 {
            if keys[i] == key {
                values[i] = value
                return
            }
            i = (i + 1) & mask
        }
        keys[i] = key
        values[i] = value
        count += 1
    }

    private mutating func remove(_ key: UInt64) {
        guard !keys.isEmpty else { return }
        let mask = keys.count - 1
        var hole = Self.home(key, mask)
        while true {
            if values[hole] == 0 { return }
            if keys[hole] == key { break }
            hole = (hole + 1) & mask
        }
        // Backward-shift deletion: an entry further along the run moves into the hole unless its
        // home slot lies cyclically in (hole, j], where a lookup would stop before reaching it.
        var j = hole
        while true {
            j = (j + 1) & mask
            if values[j] == 0 { break }
            let home = Self.home(keys[j], mask)
            let reachable = hole <= j ? (home > hole && home <= j) : (home > hole || home <= j)
            if !reachable {
                keys[hole] = keys[j]
                values[hole] = values[j]
                hole = j
            }
        }
        values[hole] = 0
        count -= 1
    }

    /// The sum over the keys both maps hold of the product of their values, exactly: the dot
    /// product of two sparse vectors. It walks the smaller map, so the cost is its size.
    func dot(_ other: KeyMap64<Value>) -> Int128 {
        let (small, large) = count <= other.count ? (self, other) : (other, self)
        var total: Int128 = 0
        for i in small.values.indices where small.values[i] != 0 {
            if let y = large[small.keys[i]] { total += Int128(small.values[i]) * Int128(y) }
        }
        return total
    }

    /// How many keys both maps hold.
    func sharedKeyCount(_ other: KeyMap64<Value>) -> Int {
        let (small, large) = count <= other.count ? (self, other) : (other, self)
        var shared = 0
        for i in small.values.indices where small.values[i] != 0 && large[small.keys[i]] != nil { shared += 1 }
        return shared
    }

    /// Makes room for `count` keys at once (the capacity they would grow to one by one), so a
    /// new map is not rehashed at each doubling. Capacity never changes what the map holds.
    mutating func reserveCapacity(_ count: Int) {
        var capacity = max(8, keys.count)
        while count * 2 > capacity { capacity *= 2 }
        guard capacity > keys.count else { return }
        rehash(capacity: capacity)
    }

    private mutating func grow() {
        rehash(capacity: max(8, keys.count * 2))
    }

    private mutating func rehash(capacity: Int) {
        let oldKeys = keys, oldValues = values
        keys = [UInt64](reservedRepeating: 0, count: capacity)
        values = [Value](reservedRepeating: 0, count: capacity)
        count = 0
        for i in oldValues.indices where oldValues[i] != 0 { insert(oldKeys[i], oldValues[i]) }
    }
}
