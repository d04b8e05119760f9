import Foundation
import KhabarCore
import Testing
@testable import KhabarTime

/// One sentence of the hand-checked evaluation set.
struct EvaluationSentence: Decodable {
    struct Answer: Decodable {
        let text: String
        let start: Int
        let end: Int
        let start_date: String
        let end_date: String?
        let granularity: String
        let calendar: String?
    }
    struct Ignored: Decodable {
        let text: String
        let start: Int
        let end: Int
    }
    let source: String
    /// In the blind set: `looked` (read while fixing the grammar) or `untouched` (never read for
    /// errors); decided by the parity of the first byte of the SHA-256 of `text` before any fix.
    let part: String?
    let language: String
    let reference: String
    let text: String
    let dates: [Answer]
    let ignore: [Ignored]
}

/// Counts of an evaluation run.
struct EvaluationScore: CustomStringConvertible {
    var expected = 0
    var found = 0
    var resolved = 0
    var falsePositives = 0
    var failures: [String] = []

    var foundRate: Double { expected == 0 ? 1 : Double(found) / Double(expected) }
    var resolvedRate: Double { expected == 0 ? 1 : Double(resolved) / Double(expected) }

    var description: String {
        let percent = { (value: Double) in String(format: "%.1f%%", value * 100) }
        return "\(expected) expressions: found \(found) (\(percent(foundRate))), found and resolved right \(resolved) "
            + "(\(percent(resolvedRate))), false positives \(falsePositives)"
    }

    /// Scores the extractor on sentences: an answer is found when a mention overlaps it, and
    /// resolved right when that mention has the answer's first and last day and granularity;
    /// a mention overlapping no answer and no ignored name is a false positive.
    static func score(_ sentences: [EvaluationSentence]) -> EvaluationScore {
        var score = EvaluationScore()
        for sentence in sentences {
            let language = Language(code: sentence.language) ?? .undetermined
            let mentions = DateExtractor().extract(
                from: ScalarText(sentence.text), language: language, reference: CivilDate(iso: sentence.reference))
            for answer in sentence.dates {
                score.expected += 1
                let span = TextSpan(start: answer.start, end: answer.end)
                let overlapping = mentions.filter { $0.span.overlaps(span) }
                if !overlapping.isEmpty { score.found += 1 }
                if overlapping.contains(where: {
                    $0.range.start.iso == answer.start_date && $0.range.end?.iso == answer.end_date
                        && $0.granularity.rawValue == answer.granularity
                }) {
                    score.resolved += 1
                } else {
                    let got = overlapping.map { "\($0.text) \($0.range)" }.joined(separator: ", ")
                    score.failures.append("\(sentence.source): \(answer.text) → \(answer.start_date)..\(answer.end_date ?? "") got [\(got)]")
                }
            }
            for mention in mentions {
                let isAnswer = sentence.dates.contains { mention.span.overlaps(TextSpan(start: $0.start, end: $0.end)) }
                let isIgnored = sentence.ignore.contains { mention.span.overlaps(TextSpan(start: $0.start, end: $0.end)) }
                if !isAnswer, !isIgnored {
                    score.falsePositives += 1
                    score.failures.append("\(sentence.source): false positive \(mention.text) \(mention.range)")
                }
            }
        }
        return score
    }

    /// Whether the untouched parts' counts are printed (`KHABAR_PRINT_UNTOUCHED=1`): they are read
    /// once, when a round of work ends, not while the grammar is being changed.
    static var printsUntouched: Bool { ProcessInfo.processInfo.environment["KHABAR_PRINT_UNTOUCHED"] == "1" }

    /// Every evaluation set.
    static let allSets = ["date-eval-dev", "date-eval-heldout", "date-eval-blind", "date-eval-blind2", "date-eval-blind3",
                          "date-eval-blind4", "date-eval-blind5", "date-eval-blind6", "date-eval-blind7",
                          "date-eval-blind8"]

    static func load(_ name: String) throws -> [EvaluationSentence] {
        let url = try #require(Bundle.module.url(forResource: name, withExtension: "jsonl", subdirectory: "Fixtures"))
        let content = try String(contentsOf: url, encoding: .utf8)
        return try content.split(separator: "\n").map { try JSONDecoder().decode(EvaluationSentence.self, from: Data($0.utf8)) }
    }
}

@Suite struct DateEvaluationTests {
    @Test func answersAreConsistent() throws {
        for name in EvaluationScore.allSets {
            for sentence in try EvaluationScore.load(name) {
                let scalars = ScalarText(sentence.text)
                #expect(CivilDate(iso: sentence.reference) != nil)
                for answer in sentence.dates {
                    #expect(scalars[TextSpan(start: answer.start, end: answer.end)] == answer.text, "\(sentence.source)")
                    #expect(CivilDate(iso: answer.start_date) != nil)
                }
                for ignored in sentence.ignore {
                    #expect(scalars[TextSpan(start: ignored.start, end: ignored.end)] == ignored.text, "\(sentence.source)")
                }
            }
        }
    }

    /// The goal of issue 4: at least 95% of the date expressions of real Persian and Arabic news
    /// (and of the written sentences of the blind sets) found and resolved right, over the whole
    /// evaluation: the dev, held-out and eight blind sets together. (Most of it was looked at while
    /// the grammar was written; the untouched parts below and blind8, measured once as a whole, are
    /// the estimate for unseen text.)
    @Test func atLeastNinetyFivePercentFoundAndResolvedRight() throws {
        let sentences = try EvaluationScore.allSets.flatMap { try EvaluationScore.load($0) }
        let score = EvaluationScore.score(sentences)
        print("whole evaluation: \(score)")
        #expect(score.expected >= 1770)
        #expect(score.resolvedRate >= 0.95, "\(score)")
        #expect(score.falsePositives * 50 <= score.expected, "\(score)")
    }

    /// The untouched halves of the blind sets, whose errors were never read while the grammar was
    /// improved: their scores are the estimate for unseen text. The floors are the levels measured
    /// when the sixth round of work ended (Guides/Time.md: blind 182 of 192, untouched3 95 of 99,
    /// untouched4 60 of 61, untouched5 63 of 66, untouched6 72 of 77, untouched7 68 of 72);
    /// a change that lowers one generalises worse. Failures show counts only.
    @Test(arguments: [
        ("date-eval-blind", "untouched", 190, 0.94, 1),
        ("date-eval-blind3", "untouched3", 95, 0.95, 0),
        ("date-eval-blind4", "untouched4", 60, 0.98, 0),
        ("date-eval-blind5", "untouched5", 66, 0.95, 1),
        ("date-eval-blind6", "untouched6", 77, 0.93, 0),
        ("date-eval-blind7", "untouched7", 72, 0.94, 0),
    ])
    func untouchedHalvesKeepTheirLevel(name: String, part: String, size: Int, floor: Double, falsePositives: Int) throws {
        let sentences = try EvaluationScore.load(name).filter { $0.part == part }
        let score = EvaluationScore.score(sentences)
        #expect(score.expected >= size)
        #expect(score.resolvedRate >= floor, "\(score.description)")
        #expect(score.falsePositives <= falsePositives, "\(score.description)")
    }

    /// The eighth blind set, measured once as a whole on the grammar of the end of the sixth round
    /// (Guides/Time.md: 191 of 199 found and resolved right, 96.0%; Fars News 107 of 112, ANT Arabic
    /// 84 of 87; 3 false positives: 1 and 2). Its errors were never read, so a change that lowers one
    /// of these counts generalises worse. Failures show counts only.
    @Test(arguments: [
        ("", 199, 191, 3),
        ("fa", 112, 107, 1),
        ("ar", 87, 84, 2),
    ])
    func blind8KeepsItsLevel(language: String, size: Int, resolved: Int, falsePositives: Int) throws {
        let sentences = try EvaluationScore.load("date-eval-blind8").filter { language.isEmpty || $0.language == language }
        let score = EvaluationScore.score(sentences)
        #expect(score.expected == size)
        #expect(score.resolved >= resolved, "\(score.description)")
        #expect(score.falsePositives <= falsePositives, "\(score.description)")
    }

    @Test(arguments: ["date-eval-dev", "date-eval-heldout", "date-eval-blind2"])
    func printScore(name: String) throws {
        let score = EvaluationScore.score(try EvaluationScore.load(name))
        print("\(name): \(score)")
        for failure in score.failures { print("  \(failure)") }
        #expect(score.expected > 0)
    }

    /// The blind set's two parts: the errors of the looked-at part are printed, those of the
    /// untouched part never are (only its counts).
    @Test func printBlindScore() throws {
        let sentences = try EvaluationScore.load("date-eval-blind")
        let looked = EvaluationScore.score(sentences.filter { $0.part == "looked" })
        let untouched = EvaluationScore.score(sentences.filter { $0.part == "untouched" })
        #expect(looked.expected > 0 && untouched.expected > 0)
        print("date-eval-blind looked-at: \(looked)")
        for failure in looked.failures { print("  \(failure)") }
        guard EvaluationScore.printsUntouched else { return }
        print("date-eval-blind untouched: \(untouched)")
        print("date-eval-blind all: \(EvaluationScore.score(sentences))")
        for part in ["looked", "untouched"] {
            for (name, filter) in [("fa corpus", { (s: EvaluationSentence) in s.language == "fa" && !s.source.hasPrefix("khabar") }),
                                   ("ar corpus", { $0.language == "ar" && !$0.source.hasPrefix("khabar") }),
                                   ("written", { $0.source.hasPrefix("khabar") })] {
                let score = EvaluationScore.score(sentences.filter { $0.part == part && filter($0) })
                print("  \(part) \(name): \(score)")
            }
        }
    }

    /// The third blind set, by part and source: the errors of the looked-at part are printed, those of
    /// the untouched part never are (only its counts).
    @Test func printBlind3Score() throws {
        let sentences = try EvaluationScore.load("date-eval-blind3")
        #expect(!sentences.isEmpty)
        for part in EvaluationScore.printsUntouched ? ["looked3", "untouched3"] : ["looked3"] {
            let inPart = sentences.filter { $0.part == part }
            let score = EvaluationScore.score(inPart)
            print("date-eval-blind3 \(part): \(score)")
            // Only the looked-at part's errors are ever printed.
            if part == "looked3" { for failure in score.failures { print("  \(failure)") } }
            for (name, filter) in [("fa corpus", { (s: EvaluationSentence) in s.language == "fa" && !s.source.hasPrefix("khabar") }),
                                   ("ar corpus", { $0.language == "ar" && !$0.source.hasPrefix("khabar") }),
                                   ("written", { $0.source.hasPrefix("khabar") })] {
                print("  \(part) \(name): \(EvaluationScore.score(inPart.filter(filter)))")
            }
        }
        guard EvaluationScore.printsUntouched else { return }
        print("date-eval-blind3 all: \(EvaluationScore.score(sentences))")
        for (name, filter) in [("fa corpus", { (s: EvaluationSentence) in s.language == "fa" && !s.source.hasPrefix("khabar") }),
                               ("ar corpus", { $0.language == "ar" && !$0.source.hasPrefix("khabar") }),
                               ("written", { $0.source.hasPrefix("khabar") })] {
            print("  all \(name): \(EvaluationScore.score(sentences.filter(filter)))")
        }
    }

    /// The fourth to seventh blind sets: the looked-at part's errors are printed; the untouched
    /// part's counts only with `KHABAR_PRINT_UNTOUCHED=1`; the whole set's counts (by language and
    /// by part, never an error) with `KHABAR_PRINT_BLIND4=1` … `KHABAR_PRINT_BLIND7=1` (read once,
    /// before any of its errors and before any change prompted by it).
    @Test(arguments: [4, 5, 6, 7])
    func printBlindSetScore(_ number: Int) throws {
        let name = "date-eval-blind\(number)"
        let sentences = try EvaluationScore.load(name)
        #expect(!sentences.isEmpty)
        if ProcessInfo.processInfo.environment["KHABAR_PRINT_BLIND\(number)"] == "1" {
            print("\(name) all: \(EvaluationScore.score(sentences))")
            for language in ["fa", "ar"] {
                print("  all \(language): \(EvaluationScore.score(sentences.filter { $0.language == language }))")
            }
            for part in ["looked\(number)", "untouched\(number)"] {
                print("  \(part): \(EvaluationScore.score(sentences.filter { $0.part == part }))")
            }
            return
        }
        let looked = EvaluationScore.score(sentences.filter { $0.part == "looked\(number)" })
        print("\(name) looked\(number): \(looked)")
        for failure in looked.failures { print("  \(failure)") }
        guard EvaluationScore.printsUntouched else { return }
        let untouched = sentences.filter { $0.part == "untouched\(number)" }
        print("\(name) untouched\(number): \(EvaluationScore.score(untouched))")
        for language in ["fa", "ar"] {
            print("  untouched\(number) \(language): \(EvaluationScore.score(untouched.filter { $0.language == language }))")
        }
    }

    /// The eighth blind set, a final one-shot measurement: annotated and committed before any code
    /// ran on it, measured once as a whole. Only its counts are ever printed (whole and by source,
    /// with `KHABAR_PRINT_BLIND8=1`), never an error, so that it stays unseen; its `part` field is
    /// used for nothing.
    @Test func printBlind8Score() throws {
        let sentences = try EvaluationScore.load("date-eval-blind8")
        #expect(sentences.count == 300)
        guard ProcessInfo.processInfo.environment["KHABAR_PRINT_BLIND8"] == "1" else { return }
        print("date-eval-blind8 all: \(EvaluationScore.score(sentences))")
        for (language, source) in [("fa", "Fars News"), ("ar", "ANT Arabic")] {
            print("  \(source): \(EvaluationScore.score(sentences.filter { $0.language == language }))")
        }
    }
}
