import GRDB

/// The store's schema, one migration per change; never edit a shipped migration, add one.
enum StoreMigrations {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: sources, runs, raw and normalized records, quarantine") { db in
            try db.execute(sql: """
                CREATE TABLE source (
                    id TEXT PRIMARY KEY NOT NULL,
                    institution TEXT NOT NULL,
                    protocol TEXT NOT NULL,
                    format TEXT NOT NULL,
                    endpoint TEXT NOT NULL,
                    registered_at DATETIME NOT NULL
                );
                CREATE TABLE harvest_run (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    source_id TEXT NOT NULL REFERENCES source(id) ON DELETE CASCADE,
                    status TEXT NOT NULL CHECK (status IN ('running', 'succeeded', 'failed')),
                    full INTEGER NOT NULL DEFAULT 0,
                    started_at DATETIME NOT NULL,
                    finished_at DATETIME,
                    from_date TEXT,
                    until_date TEXT,
                    checkpoint TEXT,
                    pages INTEGER NOT NULL DEFAULT 0,
                    added INTEGER NOT NULL DEFAULT 0,
                    changed INTEGER NOT NULL DEFAULT 0,
                    unchanged INTEGER NOT NULL DEFAULT 0,
                    deleted INTEGER NOT NULL DEFAULT 0,
                    quarantined INTEGER NOT NULL DEFAULT 0,
                    bytes INTEGER NOT NULL DEFAULT 0,
                    message TEXT
                );
                CREATE INDEX harvest_run_source ON harvest_run(source_id, id);
                CREATE TABLE raw_record (
                    source_id TEXT NOT NULL REFERENCES source(id) ON DELETE CASCADE,
                    record_id TEXT NOT NULL,
                    datestamp TEXT,
                    deleted INTEGER NOT NULL DEFAULT 0,
                    withdrawn INTEGER NOT NULL DEFAULT 0,
                    content BLOB NOT NULL,
                    content_hash TEXT NOT NULL,
                    media_type TEXT NOT NULL,
                    url TEXT,
                    harvest_run_id INTEGER REFERENCES harvest_run(id) ON DELETE SET NULL,
                    fetched_at DATETIME NOT NULL,
                    changed_at DATETIME NOT NULL
                );
                -- A rowid table: rows hold whole records (kilobytes), which WITHOUT ROWID tables store badly.
                CREATE UNIQUE INDEX raw_record_key ON raw_record(source_id, record_id);
                CREATE INDEX raw_record_changed ON raw_record(source_id, changed_at);
                CREATE TABLE record (
                    source_id TEXT NOT NULL,
                    record_id TEXT NOT NULL,
                    raw_hash TEXT NOT NULL,
                    mapping_hash TEXT NOT NULL,
                    json TEXT NOT NULL,
                    warnings INTEGER NOT NULL DEFAULT 0,
                    normalized_at DATETIME NOT NULL,
                    FOREIGN KEY (source_id, record_id) REFERENCES raw_record(source_id, record_id) ON DELETE CASCADE
                );
                CREATE UNIQUE INDEX record_key ON record(source_id, record_id);
                CREATE TABLE quarantine (
                    source_id TEXT NOT NULL REFERENCES source(id) ON DELETE CASCADE,
                    record_id TEXT NOT NULL,
                    stage TEXT NOT NULL CHECK (stage IN ('harvest', 'normalize')),
                    field TEXT,
                    reason TEXT NOT NULL,
                    value TEXT,
                    created_at DATETIME NOT NULL,
                    PRIMARY KEY (source_id, record_id, stage)
                ) WITHOUT ROWID;
                """)
        }
        migrator.registerMigration("v2: server time bound of runs, HTTP validators for conditional requests") { db in
            try db.execute(sql: """
                ALTER TABLE harvest_run ADD COLUMN upper_bound TEXT;
                CREATE TABLE http_validator (
                    source_id TEXT NOT NULL REFERENCES source(id) ON DELETE CASCADE,
                    url TEXT NOT NULL,
                    etag TEXT,
                    last_modified TEXT,
                    record_ids TEXT NOT NULL DEFAULT '[]',
                    PRIMARY KEY (source_id, url)
                ) WITHOUT ROWID;
                """)
        }
        migrator.registerMigration("v3: quarantine remembers the raw and mapping hashes it judged") { db in
            try db.execute(sql: """
                ALTER TABLE quarantine ADD COLUMN raw_hash TEXT;
                ALTER TABLE quarantine ADD COLUMN mapping_hash TEXT;
                CREATE INDEX record_source ON record(source_id);
                """)
        }
        migrator.registerMigration("v4: link features, links, works and their relations, link runs") { db in
            try db.execute(sql: """
                CREATE TABLE link_feature (
                    source_id TEXT NOT NULL,
                    record_id TEXT NOT NULL,
                    fingerprint TEXT NOT NULL,
                    features BLOB NOT NULL,
                    PRIMARY KEY (source_id, record_id)
                ) WITHOUT ROWID;
                CREATE TABLE link (
                    source_a TEXT NOT NULL,
                    record_a TEXT NOT NULL,
                    source_b TEXT NOT NULL,
                    record_b TEXT NOT NULL,
                    relation TEXT NOT NULL,
                    score REAL NOT NULL,
                    evidence TEXT NOT NULL,
                    decision TEXT NOT NULL DEFAULT 'auto'
                );
                -- A rowid table: rows carry their evidence (hundreds of bytes), which WITHOUT ROWID tables store badly.
                CREATE UNIQUE INDEX link_key ON link(source_a, record_a, source_b, record_b, relation);
                CREATE INDEX link_b ON link(source_b, record_b);
                CREATE TABLE work (
                    id TEXT PRIMARY KEY NOT NULL,
                    record_count INTEGER NOT NULL,
                    created_at DATETIME NOT NULL,
                    updated_at DATETIME NOT NULL
                ) WITHOUT ROWID;
                CREATE TABLE work_member (
                    source_id TEXT NOT NULL,
                    record_id TEXT NOT NULL,
                    work_id TEXT NOT NULL REFERENCES work(id) ON DELETE CASCADE,
                    PRIMARY KEY (source_id, record_id)
                ) WITHOUT ROWID;
                CREATE INDEX work_member_work ON work_member(work_id);
                CREATE TABLE work_relation (
                    work_a TEXT NOT NULL REFERENCES work(id) ON DELETE CASCADE,
                    work_b TEXT NOT NULL REFERENCES work(id) ON DELETE CASCADE,
                    relation TEXT NOT NULL,
                    score REAL NOT NULL,
                    PRIMARY KEY (work_a, work_b, relation)
                ) WITHOUT ROWID;
                CREATE INDEX work_relation_b ON work_relation(work_b);
                CREATE TABLE link_run (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    started_at DATETIME NOT NULL,
                    finished_at DATETIME NOT NULL,
                    records INTEGER NOT NULL,
                    changed_records INTEGER NOT NULL,
                    compared_pairs INTEGER NOT NULL,
                    links INTEGER NOT NULL,
                    works INTEGER NOT NULL,
                    snapshot TEXT NOT NULL
                );
                CREATE TABLE work_event (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    link_run_id INTEGER NOT NULL REFERENCES link_run(id) ON DELETE CASCADE,
                    kind TEXT NOT NULL CHECK (kind IN ('created', 'merged', 'split', 'removed')),
                    work_id TEXT NOT NULL,
                    others TEXT NOT NULL DEFAULT '[]'
                );
                CREATE INDEX work_event_work ON work_event(work_id);
                """)
        }
        migrator.registerMigration("v5: search index") { db in
            // One row per work (or per record not yet in a work); the Search module owns these tables.
            try db.execute(sql: """
                CREATE TABLE search_work (
                    id INTEGER PRIMARY KEY,
                    work_id TEXT NOT NULL UNIQUE,
                    provisional INTEGER NOT NULL,
                    fingerprint INTEGER NOT NULL,
                    record_count INTEGER NOT NULL,
                    source_count INTEGER NOT NULL,
                    earliest INTEGER,
                    latest INTEGER,
                    has_image INTEGER NOT NULL,
                    title TEXT,
                    facets BLOB NOT NULL,
                    summary TEXT NOT NULL
                );
                CREATE TABLE search_facet_value (
                    id INTEGER PRIMARY KEY,
                    facet TEXT NOT NULL,
                    value TEXT NOT NULL,
                    UNIQUE (facet, value)
                );
                CREATE TABLE search_key (
                    key TEXT NOT NULL,
                    work INTEGER NOT NULL,
                    PRIMARY KEY (key, work)
                ) WITHOUT ROWID;
                CREATE INDEX search_key_work ON search_key(work);
                CREATE VIRTUAL TABLE search_text USING fts5(
                    title, agent, subject, description, other, institution, keys,
                    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
                );
                CREATE TABLE search_state (
                    key TEXT PRIMARY KEY NOT NULL,
                    value TEXT NOT NULL
                ) WITHOUT ROWID;
                INSERT INTO search_state (key, value) VALUES ('generation', '0');
                """)
        }
        migrator.registerMigration("v6: records whose link features changed since the last link run") { db in
            try db.execute(sql: """
                CREATE TABLE link_pending (
                    source_id TEXT NOT NULL,
                    record_id TEXT NOT NULL,
                    PRIMARY KEY (source_id, record_id)
                ) WITHOUT ROWID;
                """)
        }
        migrator.registerMigration("v7: record fingerprints in an index of their own") { db in
            // Index updates (and the linker's change detection) read every record's raw and mapping hash; records
            // are kilobytes of JSON, so reading the hashes from the table reads the whole store.
            try db.execute(sql: "CREATE INDEX record_fingerprint ON record(source_id, record_id, raw_hash, mapping_hash)")
        }
        migrator.registerMigration("v8: what a link run read besides the records (tables, curators' decisions)") { db in
            try db.execute(sql: "ALTER TABLE link_run ADD COLUMN inputs TEXT NOT NULL DEFAULT ''")
        }
        return migrator
    }
}
