import KhabarCore

extension Tokenizer {
    /// The tokens of `text` with hashtags and mentions opened into their words: the `#` or `@`
    /// is dropped and `_` separates words, so `#دونالد_ترامب` reads as the two words of a name.
    /// URLs and e-mail addresses stay whole.
    ///
    /// Extraction stages read these: a name in a hashtag is still a name.
    public func wordTokens(in text: FoldedText) -> [Token] {
        let tokens = tokens(in: text)
        guard tokens.contains(where: { $0.kind == .hashtag || $0.kind == .mention }) else { return tokens }
        var result: [Token] = []
        result.reserveCapacity(tokens.count + 8)
        let s = text.scalars
        for token in tokens {
            guard token.kind == .hashtag || token.kind == .mention else {
                result.append(token)
                continue
            }
            var i = token.range.lowerBound + 1
            while i < token.range.upperBound {
                while i < token.range.upperBound, s[i] == "_" || s[i] == "." { i += 1 }
                let start = i
                let isNumber = i < token.range.upperBound && Tokenizer.isDigit(s[i])
                while i < token.range.upperBound, s[i] != "_", s[i] != ".",
                      isNumber ? Tokenizer.isDigit(s[i]) : !Tokenizer.isDigit(s[i]) {
                    i += 1
                }
                if i > start { result.append(Token(range: start..<i, kind: isNumber ? .number : .word)) }
            }
        }
        return result
    }
}
