import CCurl
import Model
import Store

/// SHA-256 of raw records through OpenSSL (libcurl's crypto library), which uses the CPU's SHA extensions;
/// the same digest as Model's portable ``SHA256``.
enum ContentHash {
    static func sha256(_ bytes: [UInt8]) -> String {
        var digest = [UInt8](repeating: 0, count: 32)
        let ok = bytes.withUnsafeBytes { raw in
            digest.withUnsafeMutableBufferPointer { ccurl_sha256(raw.baseAddress, raw.count, $0.baseAddress) }
        }
        guard ok == 1 else { return SHA256.hex(bytes) }
        let hex = Array("0123456789abcdef".utf8)
        var out = [UInt8]()
        out.reserveCapacity(64)
        for byte in digest {
            out.append(hex[Int(byte >> 4)])
            out.append(hex[Int(byte & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The record with its content hash filled in.
    static func hashed(_ record: RawRecord) -> RawRecord {
        guard record.contentHash.isEmpty else { return record }
        return RawRecord(
            key: record.key, datestamp: record.datestamp, deleted: record.deleted, content: record.content, mediaType: record.mediaType,
            url: record.url, contentHash: record.deleted ? "deleted" : sha256(record.content))
    }
}
