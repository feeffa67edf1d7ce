import Model

/// Writes one format, work by work: a head before the first work, each work, and a tail after the last.
protocol WorkWriter {
    /// What the format reads of each work.
    var needs: WorkNeeds { get }
    /// The head (a header row, an opening element, the document's metadata).
    mutating func begin(_ context: ExportContext, into out: inout [UInt8])
    mutating func write(_ work: ExportWork, _ context: ExportContext, into out: inout [UInt8]) throws
    /// The tail (closing brackets or elements).
    mutating func end(_ context: ExportContext, into out: inout [UInt8])
}
