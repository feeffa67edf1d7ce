import Foundation
@testable import Harvest
import Model
import Testing

@Suite("Content hashes")
struct ContentHashTests {
    @Test func openSSLAndThePortableSHA256Agree() throws {
        let record = try Fixtures.bytes("datahub-vkc/kmska_257_lido_origin.xml")
        #expect(ContentHash.sha256(record) == SHA256.hex(record))
        #expect(ContentHash.sha256([]) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        for length in [55, 56, 63, 64, 65, 119, 120, 128] {
            let bytes = [UInt8](repeating: 0x61, count: length)
            #expect(ContentHash.sha256(bytes) == SHA256.hex(bytes), "length \(length)")
        }
    }
}
