public import Foundation

/// The sample data shipped with Khabar: the five seed reports (see `Samples/README.md`).
public enum BundledSample {
    /// The folder holding the seed reports, found next to the built binary wherever it was built
    /// or is run from.
    public static var seedsDirectory: URL? {
        Bundle.module.url(forResource: "seeds", withExtension: nil)
    }
}
