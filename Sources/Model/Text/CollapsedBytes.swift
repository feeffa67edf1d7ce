/// Text built byte by byte with its white space collapsed: runs of white space become one space between words, none
/// at either end. Shared by the byte-level folding and the cleaning of mapped values.
public struct CollapsedBytes {
    private var bytes: [UInt8] = []
    private var pendingSpace = false

    public init(capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    /// White space: a space is written before the next word, if one follows a word.
    public mutating func space() {
        pendingSpace = !bytes.isEmpty
    }

    public mutating func append(_ byte: UInt8) {
        flushSpace()
        bytes.append(byte)
    }

    public mutating func append(contentsOf run: UnsafeBufferPointer<UInt8>) {
        flushSpace()
        bytes.append(contentsOf: run)
    }

    public mutating func append(contentsOf run: [UInt8]) {
        flushSpace()
        bytes.append(contentsOf: run)
    }

    private mutating func flushSpace() {
        if pendingSpace {
            bytes.append(0x20)
            pendingSpace = false
        }
    }

    public var text: String { String(decoding: bytes, as: UTF8.self) }
}
