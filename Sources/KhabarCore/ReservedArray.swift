/// Arrays of plain values allocated through `reserveCapacity`.
///
/// `Array(unsafeUninitializedCapacity:initializingWith:)` and `Array(repeating:count:)`, even
/// specialised, allocate through the standard library's unspecialised
/// `_allocateBufferUninitialized(minimumCapacity:)`, which looks up the metadata of the storage
/// class in the runtime's generic metadata cache at every call (about 450 instructions on this
/// toolchain, more than the allocation itself). `reserveCapacity` on an empty array allocates
/// through the specialised buffer code instead. These initialisers give the same arrays (the
/// same elements and count) by that path; only element types without references qualify, as the
/// elements are counted before they are written.
extension Array where Element: BitwiseCopyable {
    /// What `init(unsafeUninitializedCapacity:initializingWith:)` makes: `body` gets a buffer of
    /// `capacity` elements and sets `written` to the number it initialised, from the start.
    @inlinable
    public init(
        reservedCapacity capacity: Int,
        initializingWith body: (_ buffer: inout UnsafeMutableBufferPointer<Element>, _ written: inout Int) throws -> Void
    ) rethrows {
        self = []
        reserveCapacity(capacity)
        append(contentsOf: CountedUninitialized<Element>(count: capacity))
        var written = 0
        try withUnsafeMutableBufferPointer { buffer in try body(&buffer, &written) }
        precondition(written >= 0 && written <= capacity, "written out of range")
        if written < capacity { removeLast(capacity - written) }
    }

    /// An array of `count` elements whose values are not set: every one must be written (through
    /// `withUnsafeMutableBufferPointer`, say) before it is read, and the array cut to those
    /// written. A loop that fills it through a pointer then runs in a function of its own, not in
    /// a closure passed to ``init(reservedCapacity:initializingWith:)``, whose captured counters
    /// the compiler may then check for exclusive access at run time.
    @inlinable
    public init(reservedUninitializedCount count: Int) {
        self = []
        reserveCapacity(count)
        append(contentsOf: CountedUninitialized<Element>(count: count))
    }

    /// What `init(repeating:count:)` makes.
    @inlinable
    public init(reservedRepeating value: Element, count: Int) {
        self = []
        reserveCapacity(count)
        append(contentsOf: CountedUninitialized<Element>(count: count))
        withUnsafeMutableBufferPointer { buffer in buffer.update(repeating: value) }
    }
}

/// A sequence that, appended to an array with room for it, counts `count` elements in without
/// writing them (plain values only: the caller writes every one before it is read).
@usableFromInline
struct CountedUninitialized<Element: BitwiseCopyable>: Sequence {
    @usableFromInline let count: Int

    @inlinable init(count: Int) { self.count = count }

    @inlinable var underestimatedCount: Int { 0 }

    @inlinable func makeIterator() -> EmptyCollection<Element>.Iterator { EmptyCollection<Element>.Iterator() }

    @inlinable
    __consuming func _copyContents(
        initializing buffer: UnsafeMutableBufferPointer<Element>
    ) -> (EmptyCollection<Element>.Iterator, Int) {
        precondition(buffer.count >= count, "capacity not reserved")
        return (EmptyCollection<Element>.Iterator(), count)
    }
}
