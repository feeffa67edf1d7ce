/// Removes secrets from URLs before they reach a log line or an error message.
public enum URLRedaction {
    /// Query parameters whose values are never shown.
    static let secretParameters: Set<String> = ["wskey", "key", "apikey", "api_key", "token", "access_token", "password"]

    /// The URL with the values of secret query parameters replaced by `***`.
    public static func redact(_ url: String) -> String {
        guard let question = url.firstIndex(of: "?") else { return url }
        let head = url[..<question]
        let query = url[url.index(after: question)...]
        let parts = query.split(separator: "&", omittingEmptySubsequences: false).map { pair -> String in
            guard let eq = pair.firstIndex(of: "=") else { return String(pair) }
            let name = pair[..<eq].lowercased()
            return secretParameters.contains(name) ? "\(pair[..<eq])=***" : String(pair)
        }
        return head + "?" + parts.joined(separator: "&")
    }
}
