import ArgumentParser
import Model

@main
struct Oeuvre: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "oeuvre",
        abstract: "Harvest, normalize, link and search museum catalogue records across institutions.",
        version: OeuvreVersion.current + " (" + Allocator.description + ")",
        subcommands: [HarvestCommand.self, NormalizeCommand.self, SourcesCommand.self, StatusCommand.self, QuarantineCommand.self, MappingCommand.self, SearchCommand.self, IndexCommand.self, SearchBenchCommand.self, BenchCommand.self, LinkCommand.self, EvaluateCommand.self, ExportCommand.self])
}
