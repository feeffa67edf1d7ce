/// The protocol a source is harvested with.
public enum HarvestProtocol: String, Codable, Sendable, CaseIterable {
    case oaiPMH = "oai-pmh"
    case jsonAPI = "json-api"
    case iiif
    case linkedArt = "linked-art"
    case sparql
    case files

    public static var validNames: String { allCases.map(\.rawValue).joined(separator: ", ") }
}

/// The record format a source delivers, which names the mapping that reads it.
public enum RecordFormat: String, Codable, Sendable, CaseIterable {
    case lido, edm, dc
    case europeanaJSON = "europeana-json"
    case linkedArt = "linked-art"
    case wikidata, iiif, csv

    public static var validNames: String { allCases.map(\.rawValue).joined(separator: ", ") }

    /// The media type of one raw record in this format.
    public var mediaType: String {
        switch self {
        case .lido, .edm, .dc: "application/xml"
        case .linkedArt: "application/ld+json"
        case .csv: "text/csv"
        case .europeanaJSON, .wikidata, .iiif: "application/json"
        }
    }
}

/// One source: where and how to harvest, which mapping reads its records, how politely.
///
/// Read from one YAML file under `Mappings/sources/`, or built from `oeuvre harvest --endpoint …`.
public struct SourceDefinition: Codable, Sendable, Equatable {
    public var id: SourceID
    public var institution: String
    public var `protocol`: HarvestProtocol
    public var endpoint: String
    public var format: RecordFormat
    /// The mapping file (relative to the mappings folder); defaults to the format's own mapping.
    public var mapping: String?
    public var parameters: Parameters
    public var politeness: Politeness
    /// When the scheduler runs the harvest (`daily 02:00`, `every 6h`), nil for manual only.
    public var schedule: String?
    /// Name of the environment variable that holds the API key; the key itself never sits in a file.
    public var apiKeyEnv: String?
    /// Where the definition was read from, for messages.
    public var file: String?

    public struct Parameters: Codable, Sendable, Equatable {
        public var metadataPrefix: String?
        public var set: String?
        public var query: String?
        public var pageSize: Int?
        /// JSON APIs: the query parameter that carries the key (`wskey` for Europeana).
        public var apiKeyParameter: String?
        /// JSON APIs: a path to the items array in a page (`items`), and to the next cursor or page URL.
        public var itemsPath: String?
        public var nextCursorPath: String?
        public var cursorParameter: String?
        public var idPath: String?

        public init(
            metadataPrefix: String? = nil, set: String? = nil, query: String? = nil, pageSize: Int? = nil,
            apiKeyParameter: String? = nil, itemsPath: String? = nil, nextCursorPath: String? = nil,
            cursorParameter: String? = nil, idPath: String? = nil
        ) {
            self.metadataPrefix = metadataPrefix
            self.set = set
            self.query = query
            self.pageSize = pageSize
            self.apiKeyParameter = apiKeyParameter
            self.itemsPath = itemsPath
            self.nextCursorPath = nextCursorPath
            self.cursorParameter = cursorParameter
            self.idPath = idPath
        }

        enum CodingKeys: String, CodingKey {
            case metadataPrefix = "metadata_prefix", set, query, pageSize = "page_size", apiKeyParameter = "api_key_parameter"
            case itemsPath = "items_path", nextCursorPath = "next_cursor_path", cursorParameter = "cursor_parameter", idPath = "id_path"
        }
    }

    public struct Politeness: Codable, Sendable, Equatable {
        public var requestsPerSecond: Double
        public var parallelConnections: Int
        /// Seconds before one request gives up.
        public var timeout: Double
        public var maxTries: Int

        public init(requestsPerSecond: Double = 4, parallelConnections: Int = 2, timeout: Double = 120, maxTries: Int = 5) {
            self.requestsPerSecond = requestsPerSecond
            self.parallelConnections = parallelConnections
            self.timeout = timeout
            self.maxTries = maxTries
        }

        enum CodingKeys: String, CodingKey {
            case requestsPerSecond = "requests_per_second", parallelConnections = "parallel_connections", timeout, maxTries = "max_tries"
        }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            let defaults = Politeness()
            requestsPerSecond = try c.decodeIfPresent(Double.self, forKey: .requestsPerSecond) ?? defaults.requestsPerSecond
            parallelConnections = try c.decodeIfPresent(Int.self, forKey: .parallelConnections) ?? defaults.parallelConnections
            timeout = try c.decodeIfPresent(Double.self, forKey: .timeout) ?? defaults.timeout
            maxTries = try c.decodeIfPresent(Int.self, forKey: .maxTries) ?? defaults.maxTries
        }
    }

    public init(
        id: SourceID, institution: String, protocol: HarvestProtocol, endpoint: String, format: RecordFormat,
        mapping: String? = nil, parameters: Parameters = Parameters(), politeness: Politeness = Politeness(),
        schedule: String? = nil, apiKeyEnv: String? = nil, file: String? = nil
    ) {
        self.id = id
        self.institution = institution
        self.protocol = `protocol`
        self.endpoint = endpoint
        self.format = format
        self.mapping = mapping
        self.parameters = parameters
        self.politeness = politeness
        self.schedule = schedule
        self.apiKeyEnv = apiKeyEnv
        self.file = file
    }

    enum CodingKeys: String, CodingKey {
        case id, institution, `protocol`, endpoint, format, mapping, parameters, politeness, schedule, apiKeyEnv = "api_key_env", file
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(SourceID.self, forKey: .id)
        institution = try c.decode(String.self, forKey: .institution)
        `protocol` = try c.decode(HarvestProtocol.self, forKey: .protocol)
        endpoint = try c.decode(String.self, forKey: .endpoint)
        format = try c.decode(RecordFormat.self, forKey: .format)
        mapping = try c.decodeIfPresent(String.self, forKey: .mapping)
        parameters = try c.decodeIfPresent(Parameters.self, forKey: .parameters) ?? Parameters()
        politeness = try c.decodeIfPresent(Politeness.self, forKey: .politeness) ?? Politeness()
        schedule = try c.decodeIfPresent(String.self, forKey: .schedule)
        apiKeyEnv = try c.decodeIfPresent(String.self, forKey: .apiKeyEnv)
        file = try c.decodeIfPresent(String.self, forKey: .file)
    }
}
