import Foundation
import KhabarCore
import KhabarText
import Testing
@testable import KhabarExtract

@Suite struct GazetteerTests {
    // MARK: - The bundled files

    @Test func bundledFilesShip() {
        let names = Set(Gazetteer.bundledFiles.map(\.lastPathComponent))
        #expect(names.isSuperset(of: ["outlets.tsv", "people.tsv", "places.tsv", "organizations.tsv", "demonyms.tsv", "offices.tsv"]))
    }

    @Test(arguments: Gazetteer.bundledFiles)
    func bundledFileParses(url: URL) throws {
        let content = try String(contentsOf: url, encoding: .utf8)
        let entries = try Gazetteer.parse(content, source: url.lastPathComponent)
        #expect(!entries.isEmpty)
        // Source and licence stated at the top.
        #expect(content.hasPrefix("# Khabar gazetteer"))
        #expect(content.contains("Licence"))
    }

    /// Splitting lines and fields on bytes gives what splitting on characters gives, on every
    /// bundled file and on lines with marks, spaces and empty fields around the tabs.
    @Test func bytewiseSplitMatchesCharacters() throws {
        var contents = try Gazetteer.bundledFiles.map { try String(contentsOf: $0, encoding: .utf8) }
        contents.append("Q1\tperson\t\tA B\t*\t \u{064B}x|\u{0301}y \n\n# c\n \t \nQ2\tplace\tcity\tC\tar\tبغداد| \u{00A0}\n")
        // A prepended scalar (U+0600 ARABIC NUMBER SIGN) joins the bar after it into one character.
        contents.append("Q3\tplace\tcity\tD\tar\tموصل|\u{0600}|نينوى||\n")
        for content in contents {
            #expect(try Gazetteer.parse(content, source: "t", bytewise: true) == Gazetteer.parse(content, source: "t", bytewise: false))
        }
    }

    /// Pieces between bars are split on bytes only where each bar is a character of its own.
    @Test(arguments: ["a|b", "|a||b|", "", "|", "x|\u{0301}y|z", "\u{0600}|a|b", "بغداد|بغداذ", "a\u{200D}|b", "\r\n|a"])
    func piecesMatchCharacterSplit(text: String) {
        #expect(TabSeparatedText.pieces(of: text[...], separator: "|") == text.split(separator: "|", omittingEmptySubsequences: false))
    }

    @Test func filesAgreeOnEveryID() throws {
        var seen: [String: (EntityType, String, String, String)] = [:]
        for url in Gazetteer.bundledFiles {
            let entries = try Gazetteer.parse(String(contentsOf: url, encoding: .utf8), source: url.lastPathComponent)
            for entry in entries {
                if let earlier = seen[entry.id] {
                    #expect(earlier.0 == entry.type && earlier.1 == entry.category && earlier.2 == entry.name,
                            "\(entry.id) in \(url.lastPathComponent) disagrees with \(earlier.3)")
                } else {
                    seen[entry.id] = (entry.type, entry.category, entry.name, url.lastPathComponent)
                }
            }
        }
    }

    @Test func idsAreWikidataOrKhabarIDs() {
        for entry in Gazetteer.bundled.entries.values {
            let wikidata = entry.id.hasPrefix("Q") && entry.id.dropFirst().allSatisfy(\.isNumber)
            let khabar = entry.id.hasPrefix("kh:") && entry.id.contains("/")
            #expect(wikidata || khabar, "\(entry.id)")
        }
    }

    @Test func everyAliasHasAKey() {
        for entry in Gazetteer.bundled.entries.values {
            #expect(!entry.aliases.isEmpty, "\(entry.id) has no alias")
            for alias in entry.aliases {
                var text = alias.text
                if let first = text.first, "~+@".contains(first) { text.removeFirst() }
                #expect(!MatchKey.key(of: text).isEmpty, "\(entry.id): alias '\(alias.text)' folds to nothing")
            }
        }
    }

    /// Aliases that two entities share on purpose, with the reason.
    static let sharedOnPurpose: [String: String] = [:]

    @Test func noAliasNamesTwoEntities() {
        // Offices (@) are shared by every holder and adjectives (+) are not names; other aliases
        // name one entity per language (Persian and Arabic aliases match only their language).
        var owners: [String: Set<String>] = [:]
        for entry in Gazetteer.bundled.entries.values {
            for alias in entry.aliases {
                // Attribution-only aliases (~) name an outlet only after a cue (به گزارش الشرق
                // الأوسط) and sports aliases (^) a club only in a text about sport (میلان, رم),
                // so they may be ordinary words or other names.
                guard let first = alias.text.unicodeScalars.first, first != "@", first != "+", first != "~", first != "^" else { continue }
                let text = alias.text
                let scope = alias.language == .persian || alias.language == .arabic ? alias.language!.code : "*"
                let key = "\(scope) " + String(String.UnicodeScalarView(MatchKey.key(of: text)))
                owners[key, default: []].insert(entry.id)
            }
        }
        for (key, ids) in owners.sorted(by: { $0.key < $1.key }) where ids.count > 1 {
            #expect(Self.sharedOnPurpose[key] != nil, "alias \(key) names \(ids.sorted())")
        }
    }

    @Test func officesNameKnownRoles() {
        let compiled = CompiledGazetteer(.bundled)
        #expect(compiled.holders["president of russia"]?.contains { compiled.entries[$0].id == "Q7747" } == true)
        #expect(compiled.holders["president of iran"]?.contains { compiled.entries[$0].id == "kh:person/masoud-pezeshkian" } == true)
        // Every office names a country or an organisation of the gazetteer, or is a bare title.
        let names = Set(Gazetteer.bundled.entries.values.map(\.name))
        for role in compiled.holders.keys {
            guard let range = role.range(of: " of ", options: .backwards) else { continue }
            let owner = String(role[range.upperBound...])
            #expect(names.contains { $0.lowercased() == owner }, "office '\(role)' names no entity")
        }
    }

    @Test func lexiconTablesShip() {
        for name in ExtractLexicon.tableNames {
            let url = ExtractLexicon.url(of: name)
            #expect(url.map { FileManager.default.fileExists(atPath: $0.path) } == true, "\(name).tsv is missing")
            #expect(!ExtractLexicon.load(name).isEmpty, "\(name).tsv is empty")
        }
    }

    // MARK: - Parsing and merging

    @Test(arguments: [
        ("Q1\tperson\thead-of-state\tX\tfa", "expected 6 tab-separated fields"),
        ("\tperson\tc\tX\tfa\ta", "the id is empty"),
        ("Q1\tanimal\tc\tX\tfa\ta", "type 'animal'"),
        ("Q1\tperson\tc\t\tfa\ta", "English name of Q1 is empty"),
        ("Q1\tperson\tc\tX\txx\ta", "language 'xx'"),
        ("Q1\tperson\tc\tX\tfa\ta\nQ1\tplace\tc\tX\tar\tb", "its lines must agree"),
    ])
    func rejectsMalformedLines(content: String, reason: String) {
        #expect(throws: GazetteerError.self) { try Gazetteer.parse(content, source: "user.tsv") }
        do {
            _ = try Gazetteer.parse(content, source: "user.tsv")
        } catch let error as GazetteerError {
            #expect(error.description.hasPrefix("user.tsv:"))
            #expect(error.reason.contains(reason), "\(error.reason)")
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test func userFileAddsEntitiesAndAliases() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("khabar-gazetteer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("user.tsv").path
        let user = """
        # my entities
        kh:person/jane-doe\tperson\tofficial\tJane Doe\tfa\tجین دو|خانم دو
        Q7747\tperson\thead-of-state\tVladimir Putin\tfa\tپوتینِ کبیر
        """
        try user.write(toFile: path, atomically: true, encoding: .utf8)
        let merged = Gazetteer.bundled.merging(try Gazetteer.load(contentsOf: path))
        #expect(merged.entries["kh:person/jane-doe"]?.name == "Jane Doe")
        #expect(merged.entries["Q7747"]?.aliases.contains { $0.text == "پوتینِ کبیر" } == true)
        #expect(merged.entries["Q7747"]?.aliases.contains { $0.text == "پوتین" } == true)
        let mentions = EntityExtractor(gazetteer: merged).extract(
            from: ScalarText("جین دو به تهران رفت"), folded: FoldedText("جین دو به تهران رفت"),
            tokens: Tokenizer().tokens(in: FoldedText("جین دو به تهران رفت")), language: .persian)
        #expect(mentions.map(\.id) == ["kh:person/jane-doe", "Q3616"])
    }

    @Test func missingUserFileIsAnError() {
        #expect(throws: GazetteerError.self) { try Gazetteer.load(contentsOf: "/nonexistent/khabar.tsv") }
    }

    @Test func entriesInCategoryAreSorted() {
        let countries = Gazetteer.bundled.entries(inCategory: "country")
        #expect(countries.count > 100)
        #expect(countries.map(\.id) == countries.map(\.id).sorted())
        #expect(countries.contains { $0.id == "Q794" && $0.name == "Iran" })
    }
}
