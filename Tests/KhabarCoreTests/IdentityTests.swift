import Foundation
import KhabarCore
import Testing

@Suite struct SHA256Tests {
    // Test vectors from FIPS 180-4 examples and NIST CAVS.
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
         "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
    ])
    func knownVectors(input: String, digest: String) {
        #expect(SHA256.hexDigest(input.utf8) == digest)
    }

    /// Messages whose padding ends at, crosses or fills a block (digests from Python's hashlib).
    @Test(arguments: [
        (55, "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318"),
        (56, "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a"),
        (57, "f13b2d724659eb3bf47f2dd6af1accc87b81f09f59f2b75e5c0bed6589dfe8c6"),
        (63, "7d3e74a05d7db15bce4ad9ec0658ea98e3f06eeecf16b4c6fff2da457ddc2f34"),
        (64, "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb"),
        (65, "635361c48bb9eab14198e76ea8ab7f1a41685d6ad62aa9146d301d4f17eb0ae0"),
        (119, "31eba51c313a5c08226adf18d4a359cfdfd8d2e816b13f4af952f7ea6584dcfb"),
        (120, "2f3d335432c70b580af0e8e1b3674a7c020d683aa5f73aaaedfdc55af904c21c"),
        (121, "e9615320128cc7a3d6078e9af05603188e5ccbf0d07d8b735d3df5e8e0c1281f"),
    ])
    func paddingAroundBlockEdges(length: Int, digest: String) {
        #expect(SHA256.hexDigest(Array(repeating: UInt8(ascii: "a"), count: length)) == digest)
        #expect(SHA256.hexDigest(String(repeating: "a", count: length).utf8) == digest)
    }

    @Test func millionAs() {
        #expect(SHA256.hexDigest(Array(repeating: UInt8(ascii: "a"), count: 1_000_000))
            == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }
}

@Suite struct ArticleIdentityTests {
    @Test func urlWinsOverText() {
        let a = ArticleIdentity.id(url: "https://www.irna.ir/news/85530964", outlet: "IRNA", text: "متن اول")
        let b = ArticleIdentity.id(url: "https://www.irna.ir/news/85530964", outlet: nil, text: "متن دیگر")
        #expect(a == b)
        #expect(a.count == 16)
    }

    @Test func sameTextFromTwoOutletsIsTwoArticles() {
        let text = "پوتین و پزشکیان در عشق‌آباد دیدار کردند."
        #expect(ArticleIdentity.id(url: nil, outlet: "ILNA", text: text) != ArticleIdentity.id(url: nil, outlet: "IRNA", text: text))
    }

    @Test func canonicalisationIgnoresLineEndingsSurroundingSpaceAndNormalizationForm() {
        let base = ArticleIdentity.id(url: nil, outlet: nil, text: "سطر اول\nسطر دوم")
        #expect(ArticleIdentity.id(url: nil, outlet: nil, text: "  سطر اول\r\nسطر دوم\n\n") == base)
        #expect(ArticleIdentity.id(url: nil, outlet: nil, text: "سطر اول\rسطر دوم") == base)
        // U+0622 (alef with madda) versus alef + combining madda: canonically equivalent.
        #expect(ArticleIdentity.id(url: nil, outlet: nil, text: "\u{0622}ب")
            == ArticleIdentity.id(url: nil, outlet: nil, text: "\u{0627}\u{0653}ب"))
    }

    @Test func canonicalisationKeepsWhatANormaliserWouldChange() {
        // Arabic yeh versus Persian yeh, a missing ZWNJ: different texts, different articles.
        #expect(ArticleIdentity.id(url: nil, outlet: nil, text: "علي") != ArticleIdentity.id(url: nil, outlet: nil, text: "علی"))
        #expect(ArticleIdentity.id(url: nil, outlet: nil, text: "میکنند") != ArticleIdentity.id(url: nil, outlet: nil, text: "می\u{200C}کنند"))
    }

    @Test func identitiesAreFrozen() {
        // These values must never change: stored articles are keyed by them.
        #expect(ArticleIdentity.id(url: "https://example.org/a", outlet: nil, text: "x") == "a69f6ca77778caf4")
        #expect(ArticleIdentity.id(url: nil, outlet: "Tabnak", text: " خبر \r\n") == "fe693e033b53c8e0")
        #expect(ArticleIdentity.id(url: nil, outlet: nil, text: "خبر") == "38bb147e4be0e888")
    }
}
