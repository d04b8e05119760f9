import KhabarCore
import KhabarText

/// A title phrase read from the text: an office with the country or organisation it belongs to
/// ("رئیس‌جمهور روسیه", "الرئيس الروسي", "وزير الخارجية الإيراني"), or a form of address.
struct TitlePhrase {
    /// First and last token of the phrase (title, complement and modifiers).
    var first: Int
    var last: Int
    /// The cue that opens it.
    var cue: TitleCue
    /// The gazetteer entry of the country or organisation the office belongs to.
    var complement: Int?
    /// The English role: "President of Russia", or "President" without a complement.
    var role: String
    /// Whether the text itself names the country or organisation (not a default).
    var hasWrittenComplement = false
    /// Key scalars of the first token that are a proclitic, not the title (لحزب).
    var startTrim = 0
}

/// Reads title phrases over the tokens of a text, given the gazetteer mentions already found.
struct TitleReader {
    let keyed: KeyedTokens
    let compiled: CompiledGazetteer
    let language: Language
    let rules: AffixRules
    /// The mentions found before titles are read (the gazetteer's).
    let mentions: [RawMention]
    /// For each token, the index in ``mentions`` of the mention that starts there, or -1.
    let mentionStart: [Int32]

    init(keyed: KeyedTokens, compiled: CompiledGazetteer, language: Language, rules: AffixRules, mentions: [RawMention]) {
        self.keyed = keyed
        self.compiled = compiled
        self.language = language
        self.rules = rules
        self.mentions = mentions
        var starts = [Int32](repeating: -1, count: keyed.count)
        for (index, mention) in mentions.enumerated() where mention.first >= 0 && mention.first < keyed.count {
            starts[mention.first] = Int32(index)
        }
        self.mentionStart = starts
    }

    /// The mention that starts at token `i`, if any.
    @inline(__always)
    func mentionAt(_ i: Int) -> RawMention? {
        guard i >= 0, i < mentionStart.count, mentionStart[i] >= 0 else { return nil }
        return mentions[Int(mentionStart[i])]
    }

    /// The title phrase starting at token `i`, if any.
    func read(at i: Int) -> TitlePhrase? {
        guard let match = Cues.titleMatch(at: i, in: keyed, rules: rules) else { return nil }
        // A gazetteer name that starts here and is longer wins ("الملك سلمان" is a name).
        if let mention = mentionAt(i), mention.last >= match.last { return nil }
        guard let cue = Cues.title(match, language: language) else { return nil }
        guard cue.kind == .office || cue.kind == .honorific else {
            return TitlePhrase(first: i, last: match.last, cue: cue, complement: nil, role: cue.role, startTrim: match.spanTrim)
        }
        var last = match.last
        var complement: Int? = nil
        if cue.kind == .office {
            var j = skipModifiers(after: last)
            if j < keyed.count, !keyed.breakBefore[j] {
                if let adjective = compiled.adjectives.longestMatch(at: j, in: keyed, rules: rules) {
                    complement = compiled.adjectives[compiled.adjectives.firstPhrase(of: adjective)].value
                    last = adjective.last
                } else if let mention = mentionAt(j), mention.type != .person {
                    complement = mention.entry
                    last = mention.last
                } else if language == .persian, keyed.key(j).elementsEqual(Self.ourCountry), let iran = compiled.indexByID["Q794"] {
                    complement = iran
                    last = j
                }
            }
            j = skipModifiers(after: last)
            if j - 1 > last { last = j - 1 }
        }
        let written = complement != nil
        var role = cue.role
        if cue.kind == .office {
            if complement == nil, Cues.iranianByDefault.contains(cue.role) { complement = compiled.indexByID["Q794"] }
            if let complement { role = "\(cue.role) of \(compiled.entries[complement].name)" }
        }
        return TitlePhrase(
            first: i, last: last, cue: cue, complement: complement, role: cue.kind == .office ? role : "",
            hasWrittenComplement: written, startTrim: match.spanTrim)
    }

    /// The first token after `last` that is not a modifier ("السابق", "سابق").
    func skipModifiers(after last: Int) -> Int {
        var j = last + 1
        while j < keyed.count, let m = Cues.titleMatch(at: j, in: keyed, rules: rules),
              Cues.title(m, language: language)?.kind == .modifier {
            j = m.last + 1
        }
        return j
    }

    /// کشورمان, "our country": Iran in Iranian Persian news.
    static let ourCountry: [Unicode.Scalar] = MatchKey.key(of: "کشورمان")
}

/// A mention found by matching, in token coordinates, before it becomes an ``EntityMention``.
struct RawMention {
    var first: Int
    var last: Int
    var startTrim = 0
    var endTrim = 0
    /// The gazetteer entry, or `nil` for a name read from a pattern.
    var entry: Int?
    var type: EntityType
    var id: String
    var name: String
    var role: String?
    /// Where a pattern-read name came from (for diagnostics and tests).
    var viaPattern = false
}
