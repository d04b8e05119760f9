import KhabarCore

/// The running description of an event while it is being clustered: the sum of its reports'
/// entity and term vectors, the figures they state, their languages and days.
///
/// Weights are summed in fixed point (integers), never floating point: a sum of floats depends
/// on the order of its terms, and the clusterer's result must not depend on any order. Norms are
/// kept exactly in 128-bit integers as members come and go.
struct EventCentroid: Sendable {
    /// Fixed-point scale of weights: 1.0 is 4096.
    static let scale: Float = 4096

    /// Members, in canonical order (anchor day, then id), as report indices.
    var members: [Int32] = []
    var terms = KeyMap64<Int64>()
    var termNormSquared: Int128 = 0
    var entities = KeyMap64<Int64>()
    var entityNormSquared: Int128 = 0
    var figures = KeyMap64<Int32>()
    /// How many members are in each language.
    var languages: [Language: Int32] = [:]
    /// First and last anchor day of the members (Julian day numbers).
    var firstDay = Int.max
    var lastDay = Int.min
    /// Whether the sums are dropped to save memory (an event no longer open to new reports);
    /// ``rebuild(from:)`` restores them exactly from the members.
    var isCompact = false

    /// Drops the sums, keeping the members and days.
    mutating func compact() {
        terms = KeyMap64()
        entities = KeyMap64()
        figures = KeyMap64()
        languages = [:]
        termNormSquared = 0
        entityNormSquared = 0
        isCompact = true
    }

    /// Recomputes the sums from the members' features. Integer sums do not depend on the order
    /// they are added in, so the result is exactly what adding them one by one gave.
    mutating func rebuild(from features: [ReportFeatures]) {
        guard isCompact else { return }
        isCompact = false
        for member in members { apply(features[Int(member)], sign: 1) }
    }

    static func fixed(_ weight: Float) -> Int64 { Int64((weight * scale).rounded()) }

    /// Adds a member's vectors (`sign` 1) or takes them away (`sign` -1).
    mutating func apply(_ report: ReportFeatures, sign: Int64) {
        // A new event's first report sizes its maps once (most events have one report).
        if terms.isEmpty { terms.reserveCapacity(report.terms.count) }
        if entities.isEmpty { entities.reserveCapacity(report.entities.count) }
        for term in report.terms {
            let old = terms[term.key] ?? 0
            let new = old + sign * EventCentroid.fixed(term.weight)
            termNormSquared += Int128(new) * Int128(new) - Int128(old) * Int128(old)
            terms[term.key] = new == 0 ? nil : new
        }
        for entity in report.entities {
            let old = entities[entity.key] ?? 0
            let new = old + sign * EventCentroid.fixed(entity.weight)
            entityNormSquared += Int128(new) * Int128(new) - Int128(old) * Int128(old)
            entities[entity.key] = new == 0 ? nil : new
        }
        for figure in report.figures {
            let count = (figures[figure] ?? 0) + Int32(sign)
            figures[figure] = count == 0 ? nil : count
        }
        let count = (languages[report.language] ?? 0) + Int32(sign)
        languages[report.language] = count == 0 ? nil : count
    }

    /// The cosine of a report's sparse vector with one of the centroid's, exactly computed.
    static func cosine(_ vector: [WeightedKey], _ sums: KeyMap64<Int64>, normSquared: Int128) -> Double {
        guard !vector.isEmpty, normSquared > 0 else { return 0 }
        var dot: Int128 = 0
        var own: Int128 = 0
        for element in vector {
            let x = Int128(fixed(element.weight))
            own += x * x
            if let y = sums[element.key] { dot += x * Int128(y) }
        }
        guard own > 0, dot > 0 else { return 0 }
        return double(dot) / (double(own).squareRoot() * double(normSquared).squareRoot())
    }

    /// The cosine of two centroids' sums, exactly computed.
    static func cosine(_ a: KeyMap64<Int64>, normSquared aNorm: Int128, _ b: KeyMap64<Int64>, normSquared bNorm: Int128) -> Double {
        guard aNorm > 0, bNorm > 0 else { return 0 }
        let dot = a.dot(b)
        guard dot > 0 else { return 0 }
        return double(dot) / (double(aNorm).squareRoot() * double(bNorm).squareRoot())
    }

    /// `Double(value)`: through `Int64` when the value fits, which rounds the same integer the
    /// same way (to nearest) without the standard library's generic conversion from `Int128`,
    /// which cost more than the rest of ``cosine(_:_:normSquared:)``.
    @inline(__always)
    static func double(_ value: Int128) -> Double {
        if value >= Int128(Int64.min) && value <= Int128(Int64.max) {
            return Double(Int64(truncatingIfNeeded: value))
        }
        return Double(value)
    }
}
