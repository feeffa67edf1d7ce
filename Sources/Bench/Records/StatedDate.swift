/// A date as one record states it: the display text, and the years a structured field would hold.
struct StatedDate {
    var display: String
    var earliest: Int
    var latest: Int
}
