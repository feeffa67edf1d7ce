/// The tokens of the hidden `keys` column: one per filterable value (source, qualifier, object type, image), so that
/// filters are intersected inside the full-text index with the words they accompany.
///
/// A token is `zz`, a facet code, `0`, and the folded value with every character outside `a-w y z 0-9` written as
/// `x` and two hex digits per UTF-8 byte: only letters and digits, so the tokenizer keeps it whole.
enum KeyToken {
    static func source(_ id: String) -> String { make("src", id.lowercased()) }
    static func qualifier(_ name: String) -> String { make("qual", name) }
    static func institution(_ id: String) -> String { make("inst", id.lowercased()) }
    static func type(_ label: String) -> String { make("type", SearchText.indexed(label)) }
    static let hasImage = make("has", "image")

    static func make(_ code: String, _ value: String) -> String {
        var token = "zz" + code + "0"
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "w"), UInt8(ascii: "y"), UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                token.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                token += "x" + String(byte, radix: 16).leftPadded(to: 2)
            }
        }
        return token
    }
}

extension String {
    fileprivate func leftPadded(to length: Int) -> String {
        count >= length ? self : String(repeating: "0", count: length - count) + self
    }
}
