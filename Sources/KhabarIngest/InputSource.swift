public import Foundation

/// One input to read: a file, or standard input.
public struct InputSource: Sendable, Hashable {
    /// How the input is read.
    public enum Format: String, Sendable, Hashable {
        /// One article per line, as JSON.
        case jsonLines
        /// One article per file, with an optional leading `date YYYY-MM-DD` marker.
        case textReport
        /// Decided from the content: JSON Lines when it starts with `{`, else a text report.
        case sniffed
    }

    /// The file system path, or `nil` for standard input.
    public var fileURL: URL?
    /// The path to print: as given on the command line, plus the path inside a directory; `-`
    /// for standard input.
    public var displayPath: String
    /// How to read it.
    public var format: Format

    /// Standard input.
    public static let standardInput = InputSource(fileURL: nil, displayPath: "-", format: .sniffed)

    /// Creates a source.
    public init(fileURL: URL?, displayPath: String, format: Format) {
        self.fileURL = fileURL
        self.displayPath = displayPath
        self.format = format
    }

    /// The format a file's name implies: `.jsonl` and `.ndjson` are JSON Lines, anything else a
    /// text report.
    public static func format(forFileNamed name: String) -> Format {
        let lowered = name.lowercased()
        return lowered.hasSuffix(".jsonl") || lowered.hasSuffix(".ndjson") ? .jsonLines : .textReport
    }
}

/// Expands command-line paths into the inputs to read.
///
/// A directory contributes every regular file below it, in sorted order, skipping hidden files
/// and folders (names starting with `.`); `-` is standard input. A path that does not exist is a
/// rejection, not an error that stops the run.
public struct InputCollector: Sendable {
    /// Creates a collector.
    public init() {}

    /// The inputs of `paths`, and the paths that could not be read.
    public func collect(_ paths: [String]) -> (sources: [InputSource], rejections: [Rejection]) {
        var sources: [InputSource] = []
        var rejections: [Rejection] = []
        let fileManager = FileManager.default
        for path in paths {
            if path == "-" {
                sources.append(.standardInput)
                continue
            }
            var isDirectory: ObjCBool = false
            guard fileManager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                rejections.append(Rejection(path: path, line: nil, reason: "no such file or directory"))
                continue
            }
            if isDirectory.boolValue {
                let (found, problems) = filesBelow(directory: path)
                sources += found
                rejections += problems
            } else {
                let url = URL(fileURLWithPath: path)
                sources.append(InputSource(
                    fileURL: url, displayPath: path, format: InputSource.format(forFileNamed: url.lastPathComponent)))
            }
        }
        return (sources, rejections)
    }

    private func filesBelow(directory: String) -> ([InputSource], [Rejection]) {
        let fileManager = FileManager.default
        let root = URL(fileURLWithPath: directory)
        var sources: [InputSource] = []
        var rejections: [Rejection] = []
        func visit(_ url: URL, relative: String) {
            let names: [String]
            do {
                names = try fileManager.contentsOfDirectory(atPath: url.path).sorted()
            } catch {
                rejections.append(Rejection(path: join(directory, relative), line: nil, reason: "cannot list the directory"))
                return
            }
            for name in names where !name.hasPrefix(".") {
                let child = url.appendingPathComponent(name)
                let childRelative = relative.isEmpty ? name : relative + "/" + name
                guard let attributes = try? fileManager.attributesOfItem(atPath: child.path),
                      let type = attributes[.type] as? FileAttributeType else { continue }
                switch type {
                case .typeDirectory:
                    visit(child, relative: childRelative)
                case .typeRegular:
                    sources.append(InputSource(
                        fileURL: child, displayPath: join(directory, childRelative),
                        format: InputSource.format(forFileNamed: name)))
                case .typeSymbolicLink:
                    // A link to a regular file is read; links to directories are not followed,
                    // so a link cycle cannot trap the walk.
                    var isDirectory: ObjCBool = false
                    if fileManager.fileExists(atPath: child.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                        sources.append(InputSource(
                            fileURL: child, displayPath: join(directory, childRelative),
                            format: InputSource.format(forFileNamed: name)))
                    }
                default:
                    continue
                }
            }
        }
        visit(root, relative: "")
        return (sources, rejections)
    }

    private func join(_ directory: String, _ relative: String) -> String {
        if relative.isEmpty { return directory }
        return directory.hasSuffix("/") ? directory + relative : directory + "/" + relative
    }
}
