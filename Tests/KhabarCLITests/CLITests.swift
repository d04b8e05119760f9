import Foundation
import KhabarTestSupport
import Testing

/// End-to-end tests of the `khabar` binary: what a user and a script see.
@Suite(.serialized) struct CLITests {
    func json(_ text: String) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(text.utf8))
    }

    // MARK: - The main job

    @Test func trackFindsTheBundledSampleFromAnotherDirectory() throws {
        let dir = TemporaryDirectory()
        let result = try KhabarProcess.run(["track", "--format", "json"], in: dir.url)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderrLines == ["stored 5, already present 0, rejected 0"])
        // The default database is ./khabar.sqlite in the working directory.
        #expect(FileManager.default.fileExists(atPath: dir.path("khabar.sqlite")))
        let events = try #require(try json(result.stdout) as? [[String: Any]])
        let reports = events.flatMap { ($0["reports"] as? [[String: Any]]) ?? [] }
        #expect(reports.count == 5)
        for event in events {
            for field in ["id", "title", "titles", "date", "tense", "place", "participants", "reports", "facts", "related"] {
                #expect(event.keys.contains(field), "event field \(field)")
            }
        }
        for report in reports {
            for field in ["id", "path", "url", "outlet", "language", "published", "published_source"] {
                #expect(report.keys.contains(field), "report field \(field)")
            }
        }
        // A second run stores nothing twice.
        let again = try KhabarProcess.run(["track", "--format", "json"], in: dir.url)
        #expect(again.status == 0)
        #expect(again.stderrLines == ["stored 0, already present 5, rejected 0"])
    }

    @Test func trackTableIsReadable() throws {
        let dir = TemporaryDirectory()
        let result = try KhabarProcess.run(["track", "--db", dir.path("k.sqlite")], environment: ["COLUMNS": "100"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first == "3 events from 5 reports in 2 languages, 4 outlets")
        // One block of three lines per event, in date order, no line wider than the terminal.
        let heads = lines.dropFirst().filter { $0.first?.isNumber == true }
        #expect(heads.map { String($0.prefix(10)) } == ["2024-10-11", "2025-01-17", "2025-12-12"])
        #expect(heads[1].contains("scheduled") && heads[1].contains("Moscow") && heads[1].contains("announced 2025-01-14"))
        #expect(lines.allSatisfy { $0.unicodeScalars.filter { $0.properties.generalCategory != .format }.count <= 100 })
        #expect(result.stdout.contains("Tabnak, ILNA, Iran Press (fa, ar)"))
    }

    @Test func databaseFromTheEnvironment() throws {
        let dir = TemporaryDirectory()
        let db = dir.path("from-env.sqlite")
        let result = try KhabarProcess.run(["ingest", Seeds.file("000").path], environment: ["KHABAR_DB": db])
        #expect(result.status == 0)
        #expect(FileManager.default.fileExists(atPath: db))
        let events = try KhabarProcess.run(["events", "--format", "json"], environment: ["KHABAR_DB": db])
        #expect((try json(events.stdout) as? [Any])?.count == 1)
    }

    @Test func analysesOfAnEarlierVersionAreNamedUntilReanalysed() throws {
        let dir = TemporaryDirectory()
        let db = dir.path("k.sqlite")
        #expect(try KhabarProcess.run(["ingest", "--db", db, Seeds.file("000").path]).status == 0)
        // As if an earlier Khabar had analysed it.
        _ = try sqlite(db, "UPDATE analysis SET version = '0.0.1';", readonly: false)
        let next = try KhabarProcess.run(["ingest", "--db", db, Seeds.file("001").path])
        #expect(next.status == 0)
        #expect(next.stderr.contains("note: 1 stored articles were analysed by an earlier version; run `khabar reanalyze`"))
        #expect(try KhabarProcess.run(["reanalyze", "--db", db]).status == 0)
        let after = try KhabarProcess.run(["ingest", "--db", db, Seeds.file("001").path])
        #expect(after.status == 0)
        #expect(!after.stderr.contains("earlier version"))
    }

    @Test func oneEventInFull() throws {
        let dir = TemporaryDirectory()
        let db = dir.path("k.sqlite")
        _ = try KhabarProcess.run(["ingest", "--db", db, Seeds.directory.path])
        let list = try #require(try json(KhabarProcess.run(["events", "--db", db, "--format", "json"]).stdout) as? [[String: Any]])
        let id = try #require(list.first?["id"] as? String)
        let one = try KhabarProcess.run(["event", id, "--db", db, "--format", "json"])
        #expect(one.status == 0)
        #expect((try json(one.stdout) as? [String: Any])?["id"] as? String == id)
        let table = try KhabarProcess.run(["event", id, "--db", db])
        #expect(table.stdout.contains("reports"))
        let missing = try KhabarProcess.run(["event", "ev-nope", "--db", db])
        #expect(missing.status == 1)
        #expect(missing.stderrLines == ["error: no event with id 'ev-nope' in \(db); `khabar events` lists them"])
    }

    @Test func timelinesOfAnEntityInAnyScriptOrOfWords() throws {
        let dir = TemporaryDirectory()
        let db = dir.path("k.sqlite")
        _ = try KhabarProcess.run(["ingest", "--db", db, Seeds.directory.path])
        func dates(_ arguments: [String]) throws -> [String] {
            let result = try KhabarProcess.run(["timeline"] + arguments + ["--db", db, "--format", "json"])
            let events = try #require(try json(result.stdout) as? [[String: Any]])
            return events.compactMap { ($0["date"] as? [String: Any])?["start"] as? String }
        }
        // Putin, spelled in Persian, Arabic, Russian and English, takes part in all three events.
        for name in ["پوتین", "بوتين", "Путин", "Vladimir Putin", "Q7747"] {
            #expect(try dates([name]) == ["2024-10-11", "2025-01-17", "2025-12-12"], "\(name)")
        }
        // Moscow is the place of one event only.
        #expect(try dates(["مسکو"]) == ["2025-01-17"])
        // Words that name no entity are looked for in the titles.
        #expect(try dates(["اجلاس صلح"]) == ["2025-12-12"])
    }

    // MARK: - Bad input

    @Test func everyBadInputIsReportedAndTheGoodOnesAreStored() throws {
        let dir = TemporaryDirectory()
        let input = dir.url.appendingPathComponent("in")
        dir.write("in/a-good.txt", "date 2025-12-12 به گزارش ایسنا، خبری درست.")
        dir.write("in/b-empty.txt", "")
        dir.write("in/c-binary.bin", Data([0x00, 0x01, 0x02, 0xFF]))
        dir.write("in/d-latin1.txt", Data([0x63, 0x61, 0x66, 0xE9]))
        dir.write("in/e-lines.jsonl", "{\"text\": \"خبر یک\"}\n{oops\n{\"title\": \"بی‌متن\"}\n{\"text\": \"خبر دو\"}\n")
        let db = dir.path("k.sqlite")
        let result = try KhabarProcess.run(["ingest", "--db", db, input.path])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderrLines == [
            "\(input.path)/b-empty.txt:1: empty file",
            "\(input.path)/c-binary.bin:1: a binary file, not text (NUL byte at byte 0)",
            "\(input.path)/d-latin1.txt:1: not valid UTF-8 text (invalid byte 0xE9 at byte 3); pass --encoding windows-1256 for legacy Arabic-script files",
            "\(input.path)/e-lines.jsonl:2: not valid JSON",
            "\(input.path)/e-lines.jsonl:3: missing required field \"text\"",
            "stored 3, already present 0, rejected 5",
        ])
        // Running it again stores nothing twice and still reports the bad input.
        let again = try KhabarProcess.run(["ingest", "--db", db, input.path])
        #expect(again.status == 1)
        #expect(again.stderrLines.last == "stored 0, already present 3, rejected 5")
    }

    @Test func missingPathIsARejection() throws {
        let dir = TemporaryDirectory()
        let result = try KhabarProcess.run(["ingest", "--db", dir.path("k.sqlite"), dir.path("nowhere"), Seeds.file("003").path])
        #expect(result.status == 1)
        #expect(result.stderrLines == ["\(dir.path("nowhere")):1: no such file or directory", "stored 1, already present 0, rejected 1"])
    }

    @Test func standardInputAsJSONLinesAndAsAReport() throws {
        let dir = TemporaryDirectory()
        let db = dir.path("k.sqlite")
        let lines = Data("{\"text\": \"خبر یک\", \"outlet\": \"ISNA\"}\n{\"text\": \"خبر دو\"}\n".utf8)
        let first = try KhabarProcess.run(["ingest", "--db", db, "-"], stdin: lines)
        #expect(first.status == 0)
        #expect(first.stderrLines == ["stored 2, already present 0, rejected 0"])
        let report = try KhabarProcess.run(["ingest", "--db", db, "-"], stdin: Data("date 2025-01-14 کرملین اعلام کرد.".utf8))
        #expect(report.stderrLines == ["stored 1, already present 0, rejected 0"])
        let events = try #require(try json(KhabarProcess.run(["events", "--db", db, "--format", "json"]).stdout) as? [[String: Any]])
        let paths = events.flatMap { ($0["reports"] as? [[String: Any]]) ?? [] }.compactMap { $0["path"] as? String }
        #expect(paths == ["-", "-", "-"])
    }

    @Test func aDatabaseThatCannotBeOpenedIsOneClearLine() throws {
        let dir = TemporaryDirectory()
        let result = try KhabarProcess.run(["events", "--db", dir.url.path])
        #expect(result.status == 1)
        #expect(result.stderrLines.count == 1)
        #expect(result.stderrLines.first?.hasPrefix("error: Cannot open the database \(dir.url.path):") == true)
    }

    @Test func usageErrorsComeFromTheArgumentParser() throws {
        let result = try KhabarProcess.run(["events", "--since", "yesterday"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("Please pass --since as a date YYYY-MM-DD"))
    }

    // MARK: - Crash safety

    @Test func aKilledIngestLosesNothingAndTheNextRunCompletesIt() throws {
        let dir = TemporaryDirectory()
        let db = dir.path("k.sqlite")
        // A large input of distinct, realistic articles.
        let sentences = Seeds.files.flatMap { (try? String(contentsOf: $0, encoding: .utf8))?.split(separator: "\n").map(String.init) ?? [] }
            .filter { $0.count > 40 }
        var rng = SplitMix64(seed: 7)
        var lines = ""
        let total = 3_000
        for index in 0..<total {
            let body = (0..<3).map { _ in sentences[Int(rng.next() % UInt64(sentences.count))] }.joined(separator: "\n")
            let record: [String: Any] = ["id": "synthetic-\(index)", "outlet": "Test Wire", "text": "گزارش \(index): " + body,
                                         "published": "2025-01-\(String(format: "%02d", index % 28 + 1))T10:00:00+03:30"]
            lines += String(decoding: try JSONSerialization.data(withJSONObject: record), as: UTF8.self) + "\n"
        }
        let input = dir.write("big.jsonl", lines)

        let process = Process()
        process.executableURL = KhabarProcess.binary
        process.arguments = ["ingest", "--db", db, input]
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Wait until some batches are committed, then kill -9 mid-run.
        let deadline = Date().addingTimeInterval(120)
        var committed = 0
        while Date() < deadline, process.isRunning {
            committed = (try? countRows(db, "article")) ?? 0
            if committed > 0 { break }
            Thread.sleep(forTimeInterval: 0.05)
        }
        #expect(process.isRunning, "the ingest finished before it could be killed; make the input larger")
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)

        // Every stored article has its analysis: no half-written article.
        let articles = try countRows(db, "article")
        let analyses = try countRows(db, "analysis")
        #expect(articles >= committed)
        #expect(articles < total)
        #expect(articles == analyses)

        // The next run completes the job without storing anything twice.
        let resumed = try KhabarProcess.run(["ingest", "--db", db, input])
        #expect(resumed.status == 0)
        #expect(resumed.stderrLines.last == "stored \(total - articles), already present \(articles), rejected 0")
        #expect(try countRows(db, "article") == total)
        #expect(try countRows(db, "analysis") == total)
        let integrity = try sqlite(db, "PRAGMA integrity_check;")
        #expect(integrity == "ok")
    }

    /// Counts rows with the sqlite3 command-line tool, as an outside reader would.
    func countRows(_ db: String, _ table: String) throws -> Int {
        Int(try sqlite(db, "SELECT count(*) FROM \(table);")) ?? -1
    }

    func sqlite(_ db: String, _ sql: String, readonly: Bool = true) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        process.arguments = (readonly ? ["-readonly"] : []) + [db, sql]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
