import Foundation
import KhabarCore
import KhabarText
import Testing
@testable import KhabarExtract

/// A tool for guarding precision, not a check: with `KHABAR_ENTITY_DUMP_IN` set to a JSON Lines
/// file of articles (`id`, `language`, `text`) and `KHABAR_ENTITY_DUMP_OUT` to a path, writes
/// every person, organisation and place mention found, one per line (`id`, type, start, end,
/// text, entity id), so that two versions of the extractor can be compared on unannotated news
/// (`diff` of the two outputs). Without the variables it does nothing.
@Suite struct EntityCorpusDumpTests {
    struct Article: Decodable {
        var id: String
        var language: String
        var text: String
    }

    @Test func dumpsMentionsWhenAsked() throws {
        let environment = ProcessInfo.processInfo.environment
        guard let input = environment["KHABAR_ENTITY_DUMP_IN"], let output = environment["KHABAR_ENTITY_DUMP_OUT"] else { return }
        let content = try String(contentsOfFile: input, encoding: .utf8)
        var lines: [String] = []
        for line in content.split(separator: "\n") {
            let article = try JSONDecoder().decode(Article.self, from: Data(line.utf8))
            let language = Language(code: article.language) ?? .undetermined
            for m in Fixture.mentions(article.text, language) where m.type != .other {
                lines.append("\(article.id)\t\(m.type.rawValue)\t\(m.span.start)\t\(m.span.end)\t\(m.text)\t\(m.id)")
            }
        }
        try (lines.joined(separator: "\n") + "\n").write(toFile: output, atomically: true, encoding: .utf8)
    }
}
