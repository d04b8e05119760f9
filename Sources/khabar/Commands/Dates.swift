import ArgumentParser
import Foundation
import KhabarCore
import KhabarText
import KhabarTime

struct Dates: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Find and resolve every date expression in one text read from stdin.",
        discussion: """
            Solar Hijri, Gregorian and lunar Hijri dates in Persian, Arabic, English and Russian, \
            and relative forms (yesterday, last year, Friday) resolved against --reference. \
            Without --reference, the reference is the publication date the text states (a leading \
            `date YYYY-MM-DD` marker, a dateline, or a line holding only a date); without one, \
            relative expressions are left out.
            """)

    @Option(help: ArgumentHelp("The day relative expressions are resolved against (usually the publication day).", valueName: "YYYY-MM-DD"))
    var reference: String?

    @Option(help: ArgumentHelp("The language of the text, or auto (fa, ar, en, ru).", valueName: "code"))
    var lang: String = "auto"

    @OptionGroup var output: FormatOptions

    func validate() throws {
        if let reference, CivilDate(iso: reference) == nil {
            throw ValidationError("Please pass --reference as a date YYYY-MM-DD, for example 2025-12-14.")
        }
        if lang != "auto", Language(code: lang) == nil {
            throw ValidationError("Unknown language '\(lang)'; use auto or one of fa, ar, en, ru.")
        }
    }

    func run() throws {
        let data = FileHandle.standardInput.readDataToEndOfFile()
        guard let text = String(data: data, encoding: .utf8) else {
            Terminal.err("-:1: not valid UTF-8 text")
            throw ExitCode.failure
        }
        let scalars = ScalarText(text)
        let language = lang == "auto" ? LanguageIdentifier().identify(scalars) : Language(code: lang)!
        let folded = FoldedText(scalars)
        let stated = Dates.markerDate(text)
            ?? PublicationDateFinder().find(in: scalars, folded: folded, language: language)?.date
        let mentions = DateExtractor().extract(
            from: scalars, folded: folded, language: language,
            reference: reference.flatMap { CivilDate(iso: $0) } ?? stated)
        switch output.format {
        case .json:
            try EventOutput.printJSON(mentions)
        case .table:
            for mention in mentions {
                let range = mention.range.end == mention.range.start
                    ? mention.range.start.iso : "\(mention.range.start.iso)..\(mention.range.end?.iso ?? "")"
                Terminal.out("\(mention.span.start)-\(mention.span.end)\t\(range)\t\(mention.granularity.rawValue)\t\(mention.calendar?.rawValue ?? "relative")\t\(mention.text)\n")
            }
        }
    }

    /// The date of a leading `date YYYY-MM-DD` marker (the text-report convention), if any.
    static func markerDate(_ text: String) -> CivilDate? {
        let trimmed = text.drop { $0.isWhitespace }
        guard trimmed.hasPrefix("date ") else { return nil }
        return CivilDate(iso: trimmed.dropFirst(5).prefix(10))
    }
}
