import GRDB

/// Every schema change of the store, in order. A migration never changes once it has shipped;
/// a change to the schema is a new migration at the end of the list.
enum Migrations {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("Create articles, analyses and events") { db in
            // Articles are stored as read; `rowid` keeps arrival order.
            try db.execute(sql: """
                CREATE TABLE article (
                    rowid INTEGER PRIMARY KEY,
                    id TEXT NOT NULL UNIQUE,
                    external_id TEXT,
                    url TEXT,
                    outlet TEXT,
                    title TEXT,
                    text TEXT NOT NULL,
                    published_timestamp TEXT,
                    published TEXT,
                    declared_language TEXT,
                    path TEXT,
                    line INTEGER,
                    ingested_at TEXT NOT NULL
                );
                CREATE TABLE analysis (
                    article_id TEXT PRIMARY KEY NOT NULL REFERENCES article(id) ON DELETE CASCADE,
                    version TEXT NOT NULL,
                    language TEXT NOT NULL,
                    published TEXT,
                    published_source TEXT,
                    outlet_id TEXT,
                    outlet_name TEXT,
                    event_start TEXT,
                    event_end TEXT,
                    tense TEXT,
                    title TEXT,
                    body BLOB NOT NULL,
                    features BLOB NOT NULL
                );
                CREATE INDEX analysis_version ON analysis(version);
                -- An event's description; its reports are the rows of event_report.
                CREATE TABLE event (
                    id TEXT PRIMARY KEY NOT NULL,
                    date_start TEXT,
                    date_end TEXT,
                    body BLOB NOT NULL
                );
                CREATE INDEX event_date ON event(date_start);
                CREATE TABLE event_report (
                    event_id TEXT NOT NULL REFERENCES event(id) ON DELETE CASCADE,
                    article_id TEXT NOT NULL UNIQUE REFERENCES article(id) ON DELETE CASCADE,
                    duplicate_of TEXT,
                    PRIMARY KEY (event_id, article_id)
                );
                CREATE INDEX event_report_event ON event_report(event_id);
                """)
        }
        migrator.registerMigration("Events inside stories") { db in
            // An event belongs to a story (the reports the clusterer grouped, which reactions
            // share with the event they react to); the story's id is the id of its first event.
            try db.execute(sql: """
                ALTER TABLE event ADD COLUMN story_id TEXT;
                CREATE INDEX event_story ON event(story_id);
                """)
        }
        return migrator
    }
}
