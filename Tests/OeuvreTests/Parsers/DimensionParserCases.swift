import Foundation
import Model
import Normalize

/// One catalogue dimension statement with the ``Dimensions`` and warning ``DimensionParser`` must give for it.
struct DimensionCase: Sendable, CustomStringConvertible {
    let input: String
    let dimensions: [Dimensions]
    let warning: String?

    /// `dimensions` without `display` get the trimmed input as display (the usual single-statement case).
    init(_ input: String, _ dimensions: [Dimensions], warning: String? = nil) {
        self.input = input
        let display = input.trimmingCharacters(in: .whitespacesAndNewlines)
        self.dimensions = dimensions.map { d in
            var d = d
            if d.display == nil { d.display = display }
            return d
        }
        self.warning = warning
    }

    var expected: ParsedDimensions { ParsedDimensions(dimensions: dimensions, warning: warning) }
    var description: String { "\"\(input)\"" }
}

/// The dimension table shared by the Swift Testing suite and the standalone harness.
enum DimensionParserCases {
    static func cm(
        _ height: Double?, _ width: Double?, _ depth: Double? = nil, _ part: MeasuredPart = .unknown,
        display: String? = nil
    ) -> Dimensions {
        Dimensions(height: height, width: width, depth: depth, unit: "cm", part: part, display: display)
    }

    static let all: [DimensionCase] = [
        // Height × width (× depth), decimal commas, the multiplication sign.
        DimensionCase("205 x 267 cm", [cm(205, 267)]),
        DimensionCase("205,5 × 267 cm", [cm(205.5, 267)]),
        DimensionCase("29,7 × 20,5 × 1,5 cm", [cm(29.7, 20.5, 1.5)]),
        DimensionCase("29,5 × 82,1 × 2 cm", [cm(29.5, 82.1, 2)]),
        DimensionCase("23 × 14 cm", [cm(23, 14)]),
        DimensionCase("203 x 314 cm", [cm(203, 314)]),
        DimensionCase("153 x 118 cm", [cm(153, 118)]),
        // Axis labels in four languages.
        DimensionCase("H. 205 cm; B. 267 cm", [cm(205, 267)]),
        DimensionCase("H. 64,2 x B. 106,3 cm", [cm(64.2, 106.3)]),
        DimensionCase("H. 205 B. 267 T. 4 cm", [cm(205, 267, 4)]),
        DimensionCase("h x b: 120 x 90 cm", [cm(120, 90)]),
        DimensionCase("Hoogte 120 cm; Breedte 90 cm; Diepte 5 cm", [cm(120, 90, 5)]),
        DimensionCase("H 64.2 cm", [cm(64.2, nil)]),
        DimensionCase("h 64.2 cm", [cm(64.2, nil)]),
        DimensionCase("b 106.3 cm", [cm(nil, 106.3)]),
        DimensionCase("hoogte: 120 cm", [cm(120, nil)]),
        DimensionCase("Höhe 120 cm, Breite 90 cm", [cm(120, 90)]),
        DimensionCase("hauteur 120 cm, largeur 90 cm", [cm(120, 90)]),
        DimensionCase("Ø 30 cm", [cm(30, 30)]),
        DimensionCase("diam. 45 cm", [cm(45, 45)]),
        // Units converted to centimetres.
        DimensionCase("h 2,05 m x b 2,67 m", [cm(205, 267)]),
        DimensionCase("120 x 90 mm", [cm(12, 9)]),
        DimensionCase("1205 x 900 mm", [cm(120.5, 90)]),
        DimensionCase("81 x 65.5 in.", [cm(205.7, 166.4)]),
        DimensionCase("9 ½ x 7 in.", [cm(24.1, 17.8)]),
        DimensionCase("height 24 in.", [cm(61, nil)]),
        DimensionCase("Sheet: 10 1/4 × 7 13/16 in.", [cm(26, 19.8, nil, .sheet)]),
        DimensionCase("plate: 9 5/8 x 6 1/16 in. (24.5 x 15.4 cm)", [cm(24.5, 15.4, nil, .plate)]),
        // Measured parts.
        DimensionCase("Bildmaß 120 x 90 cm", [cm(120, 90, nil, .image)]),
        DimensionCase("met lijst 150 x 120 cm", [cm(150, 120, nil, .frame)]),
        DimensionCase("with frame 150 x 120 cm", [cm(150, 120, nil, .frame)]),
        DimensionCase("Rahmen 150 x 120 cm", [cm(150, 120, nil, .frame)]),
        DimensionCase("cadre 150 x 120 cm", [cm(150, 120, nil, .frame)]),
        DimensionCase("Inclusief lijst 98,7 × 111,5 × 6 cm", [cm(98.7, 111.5, 6, .frame)]),
        DimensionCase("dagmaat 120 x 90 cm", [cm(120, 90, nil, .sight)]),
        DimensionCase("sight 120 x 90 cm", [cm(120, 90, nil, .sight)]),
        DimensionCase("Lichtmaß 100 x 80 cm", [cm(100, 80, nil, .sight)]),
        DimensionCase("plaat 30 x 20 cm", [cm(30, 20, nil, .plate)]),
        DimensionCase("plate 30 x 20 cm", [cm(30, 20, nil, .plate)]),
        DimensionCase("Platte 30 x 20 cm", [cm(30, 20, nil, .plate)]),
        DimensionCase("blad 35 x 25 cm", [cm(35, 25, nil, .sheet)]),
        DimensionCase("sheet 35 x 25 cm", [cm(35, 25, nil, .sheet)]),
        DimensionCase("Blatt 35 x 25 cm", [cm(35, 25, nil, .sheet)]),
        DimensionCase("Blattmaß 35,5 x 24 cm", [cm(35.5, 24, nil, .sheet)]),
        DimensionCase("feuille 30 x 20 cm", [cm(30, 20, nil, .sheet)]),
        DimensionCase("drager 120 x 90 cm", [cm(120, 90, nil, .support)]),
        DimensionCase("support 120 x 90 cm", [cm(120, 90, nil, .support)]),
        DimensionCase("Bildträger 120 x 90 cm", [cm(120, 90, nil, .support)]),
        DimensionCase("120 x 90 cm (zonder lijst)", [cm(120, 90, nil, .support)]),
        DimensionCase("geheel 35 x 30 x 8 cm", [cm(35, 30, 8, .object)]),
        DimensionCase(
            "met lijst 150 x 120 cm; dagmaat 120 x 90 cm",
            [
                cm(150, 120, nil, .frame, display: "met lijst 150 x 120 cm"),
                cm(120, 90, nil, .sight, display: "dagmaat 120 x 90 cm"),
            ]),
        DimensionCase(
            "205 x 267 cm (met lijst: 230 x 290 cm)",
            [
                cm(205, 267, display: "205 x 267 cm"),
                cm(230, 290, nil, .frame, display: "met lijst: 230 x 290 cm"),
            ]),
        DimensionCase(
            "60 x 50 cm, met lijst 80 x 70 cm",
            [cm(60, 50, display: "60 x 50 cm"), cm(80, 70, nil, .frame, display: "met lijst 80 x 70 cm")]),
        DimensionCase(
            "Blatt: 30 x 20 cm; Platte: 25 x 15 cm",
            [cm(30, 20, nil, .sheet, display: "Blatt: 30 x 20 cm"), cm(25, 15, nil, .plate, display: "Platte: 25 x 15 cm")]),
        // Not stored, with a warning.
        DimensionCase("53.7 cm", [], warning: "dimension without axis \"53.7 cm\": not stored"),
        DimensionCase("120 x 90 x 5 x 3 cm", [], warning: "too many numbers in \"120 x 90 x 5 x 3 cm\": not stored"),
        DimensionCase("205 x 267", [cm(205, 267)], warning: "no unit in \"205 x 267\": assumed cm"),
        DimensionCase("onbekend", [], warning: "unrecognized dimensions \"onbekend\": no measurement found"),
        DimensionCase("", [], warning: "empty dimensions"),
    ]

    /// Structured measurements (LIDO `measurementsSet`, Linked Art dimension nodes).
    struct MeasurementCase: Sendable, CustomStringConvertible {
        let type: String
        let value: String
        let unit: String
        let axis: DimensionAxis?
        let centimetres: Double?
        var description: String { "\(type) \(value) \(unit)" }
    }

    static let measurements: [MeasurementCase] = [
        MeasurementCase(type: "Hoogte", value: "29.7", unit: "Centimeters", axis: .height, centimetres: 29.7),
        MeasurementCase(type: "breedte", value: "20.5", unit: "cm", axis: .width, centimetres: 20.5),
        MeasurementCase(type: "Diepte", value: "1.5", unit: "Centimeters", axis: .depth, centimetres: 1.5),
        MeasurementCase(type: "Höhe", value: "1205", unit: "mm", axis: .height, centimetres: 120.5),
        MeasurementCase(type: "Breite", value: "2,67", unit: "m", axis: .width, centimetres: 267),
        MeasurementCase(type: "Tiefe", value: "4", unit: "cm", axis: .depth, centimetres: 4),
        MeasurementCase(type: "height", value: "24", unit: "inch", axis: .height, centimetres: 61),
        MeasurementCase(type: "width", value: "118", unit: "cm", axis: .width, centimetres: 118),
        MeasurementCase(type: "depth", value: "2", unit: "cm", axis: .depth, centimetres: 2),
        MeasurementCase(type: "Diameter", value: "30", unit: "cm", axis: .diameter, centimetres: 30),
        MeasurementCase(
            type: "http://vocab.getty.edu/aat/300055644", value: "153", unit: "http://vocab.getty.edu/aat/300379098",
            axis: .height, centimetres: 153),
        MeasurementCase(
            type: "aat:300055647", value: "118", unit: "aat:300379097", axis: .width, centimetres: 11.8),
        MeasurementCase(
            type: "http://vocab.getty.edu/page/aat/300072633", value: "3", unit: "http://vocab.getty.edu/aat/300379100",
            axis: .depth, centimetres: 7.6),
        MeasurementCase(type: "width", value: "120", unit: "pixel", axis: nil, centimetres: nil),
        MeasurementCase(type: "gewicht", value: "12", unit: "kg", axis: nil, centimetres: nil),
        MeasurementCase(type: "hoogte", value: "", unit: "cm", axis: nil, centimetres: nil),
    ]

    /// LIDO `extentMeasurements` values and the part they name.
    static let extents: [(String, MeasuredPart)] = [
        ("Dagmaat", .sight), ("Inclusief lijst", .frame), ("met lijst", .frame), ("lijst", .frame),
        ("geheel", .object), ("Blatt", .sheet), ("Plattenrand", .plate), ("Bildträger", .support), ("", .unknown),
    ]
}
