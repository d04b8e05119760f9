import KhabarText

extension Gazetteer {
    /// The entry whose id, English name or any alias matches `name` once both are folded
    /// (so "پوتین", "بوتين", "Путин", "putin" and "Q7747" all find Vladimir Putin), or `nil`.
    ///
    /// A linear scan: meant for a name a user types, not for text.
    public func entry(named name: String) -> GazetteerEntry? {
        if let byID = entries[name] { return byID }
        let key = FoldedText.key(name)
        guard !key.isEmpty else { return nil }
        let sorted = entries.values.sorted { $0.id < $1.id }
        if let byName = sorted.first(where: { FoldedText.key($0.name) == key }) { return byName }
        return sorted.first { entry in
            entry.aliases.contains { alias in
                let text = ["~", "@", "^", "+"].contains(where: { alias.text.hasPrefix($0) }) ? String(alias.text.dropFirst()) : alias.text
                return FoldedText.key(text) == key
            }
        }
    }
}
