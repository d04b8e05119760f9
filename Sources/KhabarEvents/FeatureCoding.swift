import KhabarCore

/// A compact binary form of ``ReportFeatures``, for storing the features of every report
/// (reading 100,000 of them back must take well under a second).
///
/// Layout (``BinaryWriter``): format version; id; language; publication day; event date (or none)
/// and whether it is open-ended; tense; then the arrays, each with its count; the lead's actor
/// and the actors it names; where the report's own story ends (0 for the whole text, else the
/// offset plus one); the lead's weighted words and the outlet's hash (format 5).
public enum FeatureCoding {
    /// The format version written by ``encode(_:)``.
    public static let version: UInt8 = 5

    /// Encodes features.
    public static func encode(_ f: ReportFeatures) -> [UInt8] {
        var out = BinaryWriter(capacity: 64 + f.terms.count * 12 + f.entities.count * 12 + f.signature.count * 4)
        out.write(version)
        out.write(f.id)
        out.write(f.language.code)
        out.write(f.published)
        out.write(f.eventDate != nil)
        if let eventDate = f.eventDate { out.write(eventDate) }
        out.write(UInt8(f.tense == .happened ? 1 : f.tense == .scheduled ? 2 : 0))
        writeWeighted(f.entities, to: &out)
        writeKeys(f.specificEntities, to: &out)
        writeKeys(f.figures, to: &out)
        writeWeighted(f.terms, to: &out)
        writeKeys(f.indexTerms, to: &out)
        out.write(count: f.signature.count)
        for value in f.signature { out.write(value) }
        out.write(count: f.mentionedDays.count)
        for day in f.mentionedDays { out.write(day) }
        out.write(f.actor)
        writeKeys(f.leadNames, to: &out)
        out.write(UInt32(f.storyEnd.map { $0 + 1 } ?? 0))
        writeWeighted(f.leadTerms, to: &out)
        out.write(f.outlet)
        return out.bytes
    }

    /// Decodes features, or returns `nil` for bytes that are not in this format.
    public static func decode(_ bytes: [UInt8]) -> ReportFeatures? {
        var reader = BinaryReader(bytes)
        guard reader.read(UInt8.self) == version,
              let id = reader.string(), let languageCode = reader.string(), let language = Language(code: languageCode),
              let published = reader.day(), let hasEventDate = reader.bool() else { return nil }
        var eventDate: DayRange? = nil
        if hasEventDate {
            guard let range = reader.dayRange() else { return nil }
            eventDate = range
        }
        guard let tenseByte = reader.read(UInt8.self),
              let entities = readWeighted(&reader), let specific = readKeys(&reader), let figures = readKeys(&reader),
              let terms = readWeighted(&reader), let indexTerms = readKeys(&reader),
              let signatureCount = reader.count(elementSize: 4) else { return nil }
        var signature: [UInt32] = []
        signature.reserveCapacity(signatureCount)
        for _ in 0..<signatureCount { signature.append(reader.read(UInt32.self)!) }
        guard let mentionCount = reader.count(elementSize: 8) else { return nil }
        var mentioned: [DayRange] = []
        for _ in 0..<mentionCount {
            guard let day = reader.dayRange() else { return nil }
            mentioned.append(day)
        }
        guard let actor = reader.read(UInt64.self), let leadNames = readKeys(&reader),
              let storyEnd = reader.read(UInt32.self), let leadTerms = readWeighted(&reader),
              let outlet = reader.read(UInt64.self), reader.atEnd else { return nil }
        return ReportFeatures(
            id: id, language: language, published: published, eventDate: eventDate,
            tense: tenseByte == 1 ? .happened : tenseByte == 2 ? .scheduled : .unknown,
            entities: entities, specificEntities: specific, figures: figures, terms: terms,
            indexTerms: indexTerms, signature: signature, mentionedDays: mentioned,
            actor: actor, leadNames: leadNames, storyEnd: storyEnd == 0 ? nil : Int(storyEnd) - 1,
            leadTerms: leadTerms, outlet: outlet)
    }

    private static func writeKeys(_ keys: [UInt64], to out: inout BinaryWriter) {
        out.write(count: keys.count)
        for key in keys { out.write(key) }
    }

    private static func writeWeighted(_ keys: [WeightedKey], to out: inout BinaryWriter) {
        out.write(count: keys.count)
        for key in keys {
            out.write(key.key)
            out.write(key.weight)
        }
    }

    private static func readKeys(_ reader: inout BinaryReader) -> [UInt64]? {
        guard let count = reader.count(elementSize: 8) else { return nil }
        var keys: [UInt64] = []
        keys.reserveCapacity(count)
        for _ in 0..<count { keys.append(reader.read(UInt64.self)!) }
        return keys
    }

    private static func readWeighted(_ reader: inout BinaryReader) -> [WeightedKey]? {
        guard let count = reader.count(elementSize: 12) else { return nil }
        var keys: [WeightedKey] = []
        keys.reserveCapacity(count)
        for _ in 0..<count {
            let key = reader.read(UInt64.self)!
            keys.append(WeightedKey(key: key, weight: reader.float()!))
        }
        return keys
    }
}
