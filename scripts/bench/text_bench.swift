// Times KhabarText's normalisers on a UTF-8 file of articles, one per line (the input of
// scripts/bench/hazm_normalize.py), release build, one core, best of N rounds. Not a package target: build it
// against the release objects of the package, e.g.
//
//     swift build -c release --product khabar
//     swiftc -O -I .build/release/Modules scripts/bench/text_bench.swift \
//         .build/release/KhabarCore.build/*.o .build/release/KhabarText.build/*.o -o /tmp/text_bench
//     /tmp/text_bench ARTICLES.txt 10
//
// Prints MB/s (UTF-8 bytes of input per second) and ms per article for each entry point.
import Foundation
import KhabarCore
import KhabarText

guard CommandLine.arguments.count > 1, let content = try? String(contentsOfFile: CommandLine.arguments[1], encoding: .utf8) else {
    print("usage: text_bench ARTICLES.txt [ROUNDS]")
    exit(2)
}
let articles = content.split(separator: "\n").map(String.init)
let bytes = articles.reduce(0) { $0 + $1.utf8.count }
let scalarTexts = articles.map { ScalarText($0) }
let rounds = CommandLine.arguments.count > 2 ? Int(CommandLine.arguments[2])! : 5
print("articles \(articles.count), \(bytes) bytes")

func now() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

@inline(never) func measure(_ name: String, _ body: () -> Int) {
    var best = Double.infinity
    var sink = 0
    for _ in 0..<rounds {
        let t0 = now()
        sink &+= body()
        best = min(best, now() - t0)
    }
    let mbps = Double(bytes) / 1e6 / best
    print(String(format: "%-46@ %7.1f MB/s  %.4f ms/article  (%d)", name as NSString, mbps, best * 1000 / Double(articles.count), sink % 10))
}

let fa = CharacterNormalizer(language: .persian)
let text = TextNormalizer(language: .persian)
let restorer = ZWNJRestorer()
_ = restorer.restore("میکنند")
let charNormalized = scalarTexts.map { fa.normalize($0) }
measure("CharacterNormalizer String -> String") { articles.reduce(0) { $0 &+ fa.normalize($1).utf8.count } }
measure("CharacterNormalizer ScalarText -> Normalized") { scalarTexts.reduce(0) { $0 &+ fa.normalize($1).count } }
measure("TextNormalizer fa ScalarText -> Normalized") { scalarTexts.reduce(0) { $0 &+ text.normalize($1).count } }
measure("TextNormalizer fa String -> String") { articles.reduce(0) { $0 &+ text.normalize($1).utf8.count } }
measure("ZWNJRestorer NormalizedText") { charNormalized.reduce(0) { $0 &+ restorer.restore($1).count } }
measure("ZWNJRestorer String") { articles.reduce(0) { $0 &+ restorer.restore($1).utf8.count } }
let lid = LanguageIdentifier()
measure("LanguageIdentifier.identify") { scalarTexts.reduce(0) { $0 &+ lid.identify($1).rawValue.count } }
