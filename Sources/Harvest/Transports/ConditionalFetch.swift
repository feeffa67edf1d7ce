import Foundation
import Model
import Store

/// Fetches a resource with If-None-Match / If-Modified-Since from the last fetch, so unchanged resources are not
/// downloaded again. Returns nil when the server says the resource is unchanged (304).
enum ConditionalFetch {
    static func fetch(_ url: String, context: HarvestContext, accept: String = "application/ld+json, application/json") async throws -> HTTPResponse? {
        var headers = ["Accept": accept]
        let known = context.full ? nil : try await context.store.validator(source: context.source.id, url: url)
        if let etag = known?.etag { headers["If-None-Match"] = etag }
        if let lastModified = known?.lastModified { headers["If-Modified-Since"] = lastModified }
        let response = try await context.fetcher.fetch(HTTPRequest(url: url, headers: headers), check: JSONPath.check)
        if response.status == 304 { return nil }
        let validator = HTTPValidator(etag: response.header("ETag"), lastModified: response.header("Last-Modified"))
        if validator.etag != nil || validator.lastModified != nil {
            try await context.store.saveValidator(source: context.source.id, url: url, validator: validator)
        }
        return response
    }
}
