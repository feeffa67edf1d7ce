/*
 * Each row's length in tokens in an FTS5 table, read once from its %_docsize table into an array indexed by row id,
 * so that ranking needs no table read per matching row (SQLite's bm25() asks xColumnSize, one B-tree search a row).
 */
#ifndef OEUVRE_SQLITE_LENGTHS_H
#define OEUVRE_SQLITE_LENGTHS_H

#include <sqlite3.h>
#include <stdint.h>

/* The row lengths: lengths[rowid] tokens (0 for a row id without a row), for row ids 0..<count. */
typedef struct {
    const uint32_t *lengths;
    sqlite3_int64 count;
} oeuvre_row_lengths;

/* Fills lengths[rowid] (for rowid < count) with each row's length in tokens from the FTS5 table's %_docsize table. */
static inline int oeuvre_rank_load_lengths(sqlite3 *db, const char *docsizeTable, uint32_t *lengths, sqlite3_int64 count) {
    sqlite3_stmt *statement = 0;
    char sql[200];
    sqlite3_snprintf((int)sizeof(sql), sql, "SELECT id, sz FROM \"%w\"", docsizeTable);
    int rc = sqlite3_prepare_v2(db, sql, -1, &statement, 0);
    if (rc != SQLITE_OK) return rc;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
        sqlite3_int64 rowid = sqlite3_column_int64(statement, 0);
        const unsigned char *blob = (const unsigned char *)sqlite3_column_blob(statement, 1);
        int size = sqlite3_column_bytes(statement, 1);
        if (rowid < 0 || rowid >= count || blob == 0) continue;
        uint64_t total = 0;
        int position = 0;
        /* One varint per column (SQLite's format: 7 bits a byte, high bit set on all but the last of up to 9). */
        while (position < size) {
            uint64_t value = 0;
            int byte = 0;
            for (; byte < 8 && position < size; byte++) {
                unsigned char c = blob[position++];
                value = (value << 7) | (c & 0x7F);
                if ((c & 0x80) == 0) break;
            }
            if (byte == 8 && position < size) value = (value << 8) | blob[position++];
            total += value;
        }
        lengths[rowid] = total > 0xFFFFFFFFu ? 0xFFFFFFFFu : (uint32_t)total;
    }
    sqlite3_finalize(statement);
    return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

#endif
