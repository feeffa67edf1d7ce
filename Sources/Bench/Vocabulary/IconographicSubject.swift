/// What a picture shows, with its Iconclass notation and its title in each language.
struct IconographicSubject: Sendable {
    /// The Iconclass notation (`73B57`).
    let iconclass: String
    /// The title, and the subject's name in the iconography table, per language. Portrait titles hold `{sitter}`.
    let title: Multilingual
    let category: SubjectCategory
    /// For portraits: the title of the pendant of the sitter's wife (`{sitter}` is the husband); nil otherwise.
    let pendantTitle: Multilingual?

    init(_ iconclass: String, _ category: SubjectCategory, _ title: Multilingual, pendant: Multilingual? = nil) {
        self.iconclass = iconclass
        self.category = category
        self.title = title
        self.pendantTitle = pendant
    }
}
