import KhabarText

extension KeyedTokens {
    /// Whether token `t` ends a sentence: a paragraph break follows it, it is the last token, or
    /// it is `.`, `!`, `?` or `؟`.
    func endsSentence(_ t: Int) -> Bool {
        if t + 1 < count, breakBefore[t + 1] { return true }
        if t == count - 1 { return true }
        guard tokens[t].kind == .punctuation else { return false }
        let s = folded.scalars[tokens[t].range.lowerBound]
        return s == "." || s == "!" || s == "?" || s == "؟"
    }

    /// The first token of the sentence holding token `t`.
    func sentenceStart(_ t: Int) -> Int {
        var k = t - 1
        while k >= 0, !endsSentence(k) { k -= 1 }
        return k + 1
    }

    /// The last token of the sentence holding token `t`.
    func sentenceEnd(_ t: Int) -> Int {
        var k = t
        while k < count - 1, !endsSentence(k) { k += 1 }
        return k
    }
}
