/*
 * oeuvre's C side of search ranking over the FTS5 table (see evaluate.h and lengths.h).
 */
#ifndef OEUVRE_SQLITE_RANK_H
#define OEUVRE_SQLITE_RANK_H

#include <sqlite3.h>

#include "evaluate.h"
#include "lengths.h"

/* Makes oeuvre_evaluate and oeuvre_evaluate_rows known to the connection's FTS5 (once per connection). */
static inline int oeuvre_rank_install(sqlite3 *db) {
    sqlite3_stmt *statement = 0;
    /* Already there: a statement that uses it prepares. */
    if (sqlite3_prepare_v2(db, "SELECT oeuvre_evaluate(search_text) FROM search_text WHERE 0", -1, &statement, 0) == SQLITE_OK) {
        sqlite3_finalize(statement);
        return SQLITE_OK;
    }
    sqlite3_finalize(statement);
    statement = 0;
    fts5_api *fts = 0;
    int rc = sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &statement, 0);
    if (rc == SQLITE_OK) {
        sqlite3_bind_pointer(statement, 1, (void *)&fts, "fts5_api_ptr", 0);
        sqlite3_step(statement);
    }
    sqlite3_finalize(statement);
    if (rc != SQLITE_OK) return rc;
    if (fts == 0 || fts->iVersion < 2) return SQLITE_ERROR;
    rc = fts->xCreateFunction(fts, "oeuvre_evaluate", 0, oeuvre_evaluate, 0);
    if (rc == SQLITE_OK) rc = fts->xCreateFunction(fts, "oeuvre_evaluate_rows", 0, oeuvre_evaluate_rows, 0);
    return rc;
}

#endif
