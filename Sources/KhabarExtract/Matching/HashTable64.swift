import KhabarCore

/// A set of 64-bit hashes with open addressing: the keys are already well-mixed rolling hashes,
/// so a probe is a mask and a compare, several times faster than `Set<UInt64>` (which re-hashes
/// every key with SipHash). Built once, read-only afterwards.
struct HashSet64: Sendable {
    private var slots: [UInt64]
    private let mask: Int

    /// Builds the set; the table is kept at most half full.
    /// A few keys (the sets made for each article) go straight in, duplicates sized for but
    /// stored once (`insert` finds them): collecting them in a `Set` first hashed each with
    /// SipHash, which cost more than the table. Many keys (the lexicons' and the gazetteer's
    /// tables, made once, some with most keys repeated) are made distinct first, so the table is
    /// no larger than they need. The set has no order, so its capacity changes nothing it answers.
    init<S: Sequence>(_ keys: S) where S.Element == UInt64 {
        var keys = Array(keys)
        if keys.count > 256 { keys = Array(Set(keys)) }
        var capacity = 16
        while capacity < keys.count * 2 { capacity <<= 1 }
        slots = [UInt64](reservedRepeating: 0, count: capacity)
        mask = capacity - 1
        for key in keys { insert(key) }
    }

    @inline(__always)
    private static func stored(_ key: UInt64) -> UInt64 { key == 0 ? 1 : key }

    @inline(__always)
    private static func start(_ key: UInt64, _ mask: Int) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask }

    private mutating func insert(_ key: UInt64) {
        let k = Self.stored(key)
        var i = Self.start(k, mask)
        while slots[i] != 0 {
            if slots[i] == k { return }
            i = (i + 1) & mask
        }
        slots[i] = k
    }

    /// Whether `key` is in the set.
    @inline(__always)
    func contains(_ key: UInt64) -> Bool {
        let k = Self.stored(key)
        var i = Self.start(k, mask)
        while true {
            let slot = slots[i]
            if slot == k { return true }
            if slot == 0 { return false }
            i = (i + 1) & mask
        }
    }
}

/// A map from 64-bit hashes to small integers (indexes into the caller's arrays), with open
/// addressing like ``HashSet64``.
struct HashMap64: Sendable {
    private var keys: [UInt64]
    private var values: [Int32]
    private let mask: Int

    init(_ pairs: [(UInt64, Int32)]) {
        var capacity = 16
        while capacity < pairs.count * 2 { capacity <<= 1 }
        keys = [UInt64](reservedRepeating: 0, count: capacity)
        values = [Int32](reservedRepeating: 0, count: capacity)
        mask = capacity - 1
        for (key, value) in pairs {
            let k = key == 0 ? 1 : key
            var i = Int(truncatingIfNeeded: (k &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
            while keys[i] != 0, keys[i] != k { i = (i + 1) & mask }
            keys[i] = k
            values[i] = value
        }
    }

    /// The value of `key`, if any.
    @inline(__always)
    subscript(key: UInt64) -> Int32? {
        let k = key == 0 ? 1 : key
        var i = Int(truncatingIfNeeded: (k &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
        while true {
            let slot = keys[i]
            if slot == k { return values[i] }
            if slot == 0 { return nil }
            i = (i + 1) & mask
        }
    }
}
