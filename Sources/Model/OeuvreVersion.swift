/// The version of Oeuvre, shown by `oeuvre --version` and sent in the User-Agent.
public enum OeuvreVersion {
    public static let current = "0.1.0"
    public static let userAgent = "Oeuvre/\(current) (catalogue harvester for art-historical research)"
}
