import Foundation
import Logging

/// Sends log lines to stderr, once per process.
enum LogSetup {
    private static let bootstrapped: Void = {
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = ProcessInfo.processInfo.environment["OEUVRE_LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:)) ?? .info
            return handler
        }
    }()

    static func bootstrapOnce() { _ = bootstrapped }
}
