import KhabarCore

/// A compact binary form of ``ReportFeatures``, for storing the features of every report
/// (reading 100,000 of them back must take well under a second).
///
/// Layout (little-endian): format version; id; language; publication day, event start and end as
/// Julian day numbers (`Int32.min` for none); tense; then the arrays, each with its count.
public enum FeatureCoding {
    /// The format version written by ``encode(_:)``.
    public static let version: UInt8 = 1

    /// Encodes features.
    public static func encode(_ f: ReportFeatures) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(64 + f.terms.count * 12 + f.entities.count * 12 + f.signature.count * 4)
        out.append(version)
        writeString(f.id, to: &out)
        writeString(f.language.code, to: &out)
        writeDay(f.published, to: &out)
        writeDay(f.eventDate?.start, to: &out)
        writeDay(f.eventDate?.end, to: &out)
        out.append(f.eventDate != nil && f.eventDate?.end == nil ? 1 : 0)
        out.append(f.tense == .happened ? 1 : f.tense == .scheduled ? 2 : 0)
        writeWeighted(f.entities, to: &out)
        writeKeys(f.specificEntities, to: &out)
        writeKeys(f.figures, to: &out)
        writeWeighted(f.terms, to: &out)
        writeKeys(f.indexTerms, to: &out)
        write(UInt32(f.signature.count), to: &out)
        for value in f.signature { write(value, to: &out) }
        write(UInt32(f.mentionedDays.count), to: &out)
        for day in f.mentionedDays {
            writeDay(day.start, to: &out)
            writeDay(day.end, to: &out)
        }
        return out
    }

    /// Decodes features, or returns `nil` for bytes that are not in this format.
    public static func decode(_ bytes: [UInt8]) -> ReportFeatures? {
        var reader = Reader(bytes: bytes)
        guard reader.byte() == version,
              let id = reader.string(), let languageCode = reader.string(), let language = Language(code: languageCode),
              let published = reader.day(), let start = reader.day(), let end = reader.day(),
              let openEnded = reader.byte(), let tenseByte = reader.byte(),
              let entities = reader.weighted(), let specific = reader.keys(), let figures = reader.keys(),
              let terms = reader.weighted(), let indexTerms = reader.keys(), let signatureCount = reader.uint32()
        else { return nil }
        var signature: [UInt32] = []
        signature.reserveCapacity(Int(signatureCount))
        for _ in 0..<signatureCount {
            guard let value = reader.uint32() else { return nil }
            signature.append(value)
        }
        guard let mentionCount = reader.uint32() else { return nil }
        var mentioned: [DayRange] = []
        for _ in 0..<mentionCount {
            guard let from = reader.day(), let to = reader.day(), let first = from else { return nil }
            mentioned.append(DayRange(start: first, end: to))
        }
        guard reader.atEnd else { return nil }
        let eventDate = start.map { DayRange(start: $0, end: openEnded == 1 ? nil : end) }
        return ReportFeatures(
            id: id, language: language, published: published, eventDate: eventDate,
            tense: tenseByte == 1 ? .happened : tenseByte == 2 ? .scheduled : .unknown,
            entities: entities, specificEntities: specific, figures: figures, terms: terms,
            indexTerms: indexTerms, signature: signature, mentionedDays: mentioned)
    }

    private static func write<T: FixedWidthInteger>(_ value: T, to out: inout [UInt8]) {
        withUnsafeBytes(of: value.littleEndian) { out.append(contentsOf: $0) }
    }

    private static func writeString(_ text: String, to out: inout [UInt8]) {
        let bytes = Array(text.utf8)
        write(UInt32(bytes.count), to: &out)
        out.append(contentsOf: bytes)
    }

    private static func writeDay(_ day: CivilDate?, to out: inout [UInt8]) {
        write(Int32(day?.julianDay ?? Int(Int32.min)), to: &out)
    }

    private static func writeKeys(_ keys: [UInt64], to out: inout [UInt8]) {
        write(UInt32(keys.count), to: &out)
        for key in keys { write(key, to: &out) }
    }

    private static func writeWeighted(_ keys: [WeightedKey], to out: inout [UInt8]) {
        write(UInt32(keys.count), to: &out)
        for key in keys {
            write(key.key, to: &out)
            write(key.weight.bitPattern, to: &out)
        }
    }

    private struct Reader {
        let bytes: [UInt8]
        var position = 0

        var atEnd: Bool { position == bytes.count }

        mutating func read<T: FixedWidthInteger>(_: T.Type) -> T? {
            let size = MemoryLayout<T>.size
            guard position + size <= bytes.count else { return nil }
            var value: T = 0
            for i in 0..<size { value |= T(bytes[position + i]) << (8 * i) }
            position += size
            return value
        }

        mutating func byte() -> UInt8? { read(UInt8.self) }
        mutating func uint32() -> UInt32? { read(UInt32.self) }

        mutating func string() -> String? {
            guard let count = uint32(), position + Int(count) <= bytes.count else { return nil }
            defer { position += Int(count) }
            return String(decoding: bytes[position..<position + Int(count)], as: UTF8.self)
        }

        /// A day: `.some(nil)` for "no day", `nil` when the bytes run out.
        mutating func day() -> CivilDate?? {
            guard let raw = read(Int32.self) else { return nil }
            return .some(raw == Int32.min ? nil : CivilDate(julianDay: Int(raw)))
        }

        mutating func keys() -> [UInt64]? {
            guard let count = uint32(), Int(count) * 8 <= bytes.count - position else { return nil }
            var keys: [UInt64] = []
            keys.reserveCapacity(Int(count))
            for _ in 0..<count { keys.append(read(UInt64.self)!) }
            return keys
        }

        mutating func weighted() -> [WeightedKey]? {
            guard let count = uint32(), Int(count) * 12 <= bytes.count - position else { return nil }
            var keys: [WeightedKey] = []
            keys.reserveCapacity(Int(count))
            for _ in 0..<count {
                let key = read(UInt64.self)!
                keys.append(WeightedKey(key: key, weight: Float(bitPattern: read(UInt32.self)!)))
            }
            return keys
        }
    }
}

/// Links events to the earlier or later events their reports refer to.
///
/// An event refers to another when one of its reports mentions a day within the other's date
/// (000 recalls the treaty signed "۲۸ دی ۱۴۰۳") and the two share a participant or place.
public enum RelatedEvents {
    /// Sets ``Event/related`` of every event in `events`.
    ///
    /// - Complexity: O(*m*) in the number of mentioned days, with a hash of event days.
    public static func link(_ events: inout [Event]) {
        var byDay: [Int: [Int]] = [:]
        for (index, event) in events.enumerated() {
            guard let date = event.date, let length = date.length, length <= 14 else { continue }
            for offset in 0..<length { byDay[date.start.julianDay + offset, default: []].append(index) }
        }
        for index in events.indices {
            let event = events[index]
            let own = Set(event.participants.map(\.id) + [event.place?.id].compactMap { $0 })
            var related = Set<String>()
            for day in event.mentionedDays {
                let length = min(day.length ?? 1, 14)
                for offset in 0..<length {
                    for other in byDay[day.start.julianDay + offset] ?? [] where other != index {
                        let target = events[other]
                        let theirs = Set(target.participants.map(\.id) + [target.place?.id].compactMap { $0 })
                        if !own.isDisjoint(with: theirs) { related.insert(target.id) }
                    }
                }
            }
            events[index].related = related.sorted()
        }
    }
}
