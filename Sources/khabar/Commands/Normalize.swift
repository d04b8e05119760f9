import ArgumentParser
import Foundation
import KhabarCore
import KhabarText

struct Normalize: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Normalise Persian and Arabic text from stdin, one output line per input line.",
        discussion: """
            The default output is the display form: letter forms unified for the language, ZWNJ \
            restored, diacritics, tatweel, bidi and stray zero-width controls removed, spacing \
            fixed; digits and hamza forms are kept as written. --keys prints search keys instead.
            """)

    @Option(help: ArgumentHelp("The language of the text, or auto to identify it per line (fa, ar, ur, ps, ckb, en, ru).", valueName: "code"))
    var lang: String = "auto"

    @Flag(help: "Print search keys: hamza, alef and teh marbuta folded, digits unified, words stemmed.")
    var keys = false

    func validate() throws {
        if lang != "auto", Language(code: lang) == nil {
            throw ValidationError("Unknown language '\(lang)'; use auto or one of fa, ar, ur, ps, ckb, en, ru.")
        }
    }

    func run() throws {
        let fixed = lang == "auto" ? nil : Language(code: lang)
        let identifier = LanguageIdentifier()
        while let line = readLine(strippingNewline: true) {
            let language = fixed ?? identifier.identify(line)
            let output = keys ? SearchKeys(language: language).keys(for: line) : TextNormalizer(language: language).normalize(line)
            Terminal.out(output + "\n")
        }
    }
}
