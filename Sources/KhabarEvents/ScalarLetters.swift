extension Unicode.Scalar {
    /// `properties.isAlphabetic`, answered without the Unicode property look-up (a few hundred
    /// instructions) for ASCII and for U+0620–U+064A, the Arabic letters and tatweel that make up
    /// nearly all of a folded fa/ar text; every other scalar asks the property.
    ///
    /// The lead-actor reader asks it of most scalars of every lead. A test compares it with
    /// the property on every scalar.
    @inline(__always)
    var isAlphabeticFast: Bool {
        let v = value
        if v < 0x80 { return (v | 0x20) &- 0x61 < 26 }
        if v >= 0x0620 && v <= 0x064A { return true }
        return properties.isAlphabetic
    }
}
