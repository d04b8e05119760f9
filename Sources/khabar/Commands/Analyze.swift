import ArgumentParser
import Foundation
import KhabarCore
import KhabarExtract
import KhabarIngest

struct Analyze: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Analyse one document: language, dates, people, places, figures and quotes.",
        discussion: "Reads a text report (an optional leading `date YYYY-MM-DD` marker, then the text) from FILE or stdin.")

    @Argument(help: ArgumentHelp("The document to analyse, or - for stdin.", valueName: "file"))
    var file: String = "-"

    @OptionGroup var input: InputOptions
    @OptionGroup var names: GazetteerOptions
    @OptionGroup var output: FormatOptions

    func run() throws {
        let bytes: [UInt8]
        if file == "-" {
            bytes = [UInt8](FileHandle.standardInput.readDataToEndOfFile())
        } else {
            guard let data = FileManager.default.contents(atPath: file) else {
                Terminal.err("\(file):1: cannot read the file")
                throw ExitCode.failure
            }
            bytes = [UInt8](data)
        }
        let article: Article
        switch ArticleReader(encoding: input.encoding.encoding).textReport(bytes, path: file) {
        case .article(let read): article = read
        case .rejection(let rejection):
            Terminal.err(rejection.description)
            throw ExitCode.failure
        }
        let gazetteer = try CommandError.wrap { try names.load() }
        let analysis = ArticleAnalyzer(gazetteer: gazetteer).analyze(article)
        let document = AnalysisDocument(text: article.text, analysis: analysis)
        switch output.format {
        case .json:
            try EventOutput.printJSON(document)
        case .table:
            Terminal.out(AnalysisSheet().render(document))
        }
    }
}
