/// An inverted index from 64-bit keys to report indices, stored flat: one linked list of
/// entries per key, in one array of (next, report) pairs, with one ``KeyMap64`` entry per key.
///
/// An archive of 100,000 reports has millions of postings, most of them alone under their key
/// (MinHash bands, rare terms); an array per key would cost several times the postings themselves.
/// An entry's link and report sit side by side, so following a list reads one cache line per
/// entry, not two.
struct PostingIndex: Sendable {
    /// One posting: the previous entry under the same key (-1 for none) and the report.
    private struct Entry: Sendable {
        var next: Int32
        var report: Int32
    }

    /// The latest entry under each key, plus one (a ``KeyMap64`` stores no zeros).
    private var heads = KeyMap64<Int32>()
    private var entries: [Entry] = []

    /// Adds `report` under `key`.
    mutating func add(_ key: UInt64, _ report: Int32) {
        entries.append(Entry(next: (heads[key] ?? 0) - 1, report: report))
        heads[key] = Int32(entries.count)
    }

    /// Adds `report` under each of `keys`.
    mutating func add(_ keys: [UInt64], _ report: Int32) {
        for key in keys { add(key, report) }
    }

    /// Calls `body` with every report under `key` (most recently added first).
    @inline(__always)
    func forEach(_ key: UInt64, _ body: (Int32) -> Void) {
        var entry = (heads[key] ?? 0) - 1
        entries.withUnsafeBufferPointer { entries in
            while entry >= 0 {
                let posting = entries[Int(entry)]
                body(posting.report)
                entry = posting.next
            }
        }
    }
}
