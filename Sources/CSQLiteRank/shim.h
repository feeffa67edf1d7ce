/*
 * BM25 ranking for the search index's FTS5 table, without a table read per matching row.
 *
 * SQLite's own bm25() asks FTS5 for each matching row's length in tokens (xColumnSize), which FTS5 answers with a
 * read of the %_docsize table: one B-tree search per match, 90% of a query's time when it matches thousands of works.
 * oeuvre_bm25() computes the same score with the same formula, constants and IDF (as fts5_aux.c does), but takes the
 * row lengths from an array the caller loaded once (oeuvre_rank_load_lengths) and passes as a pointer argument; rows
 * the array does not know fall back to xColumnSize. The per-query statistics (the average row length and each phrase's
 * IDF, for which FTS5 reads every match of every phrase) can be handed in from an earlier run of the same expression on
 * the same data, and are handed out after a run that computed them.
 */
#ifndef OEUVRE_SQLITE_RANK_H
#define OEUVRE_SQLITE_RANK_H

#include <math.h>
#include <sqlite3.h>
#include <stdint.h>
#include <string.h>

#define OEUVRE_RANK_QUERY_TYPE "oeuvre_rank_query"

/* The row lengths: lengths[rowid] tokens, 0 when unknown. */
typedef struct {
    const uint32_t *lengths;
    sqlite3_int64 count;
} oeuvre_row_lengths;

/* What one query's ranking receives and gives back. */
typedef struct {
    const oeuvre_row_lengths *rows;
    /* In: the number of phrases whose IDFs `idf` holds (0 when not known); out: the number this query computed. */
    int knownPhrases;
    int computedPhrases;
    /* Room in `idf` (phrases beyond it are not handed out). */
    int capacity;
    double averageLength;
    double *idf;
} oeuvre_rank_query;

typedef struct {
    int phraseCount;
    double averageLength;
    double *idf;
    double *frequency;
} oeuvre_bm25_data;

static int oeuvre_bm25_count_row(const Fts5ExtensionApi *api, Fts5Context *fts, void *user) {
    (void)api;
    (void)fts;
    (*(sqlite3_int64 *)user)++;
    return SQLITE_OK;
}

/* The per-query values: average row length and each phrase's IDF, computed on the first row (or taken from `query`
 * when it knows them) and kept as aux data. */
static int oeuvre_bm25_query_data(const Fts5ExtensionApi *api, Fts5Context *fts, oeuvre_rank_query *query, oeuvre_bm25_data **out) {
    oeuvre_bm25_data *data = (oeuvre_bm25_data *)api->xGetAuxdata(fts, 0);
    int rc = SQLITE_OK;
    if (data == 0) {
        int phraseCount = api->xPhraseCount(fts);
        sqlite3_int64 bytes = (sqlite3_int64)sizeof(oeuvre_bm25_data) + (sqlite3_int64)phraseCount * 2 * (sqlite3_int64)sizeof(double);
        data = (oeuvre_bm25_data *)sqlite3_malloc64((sqlite3_uint64)bytes);
        if (data == 0) return SQLITE_NOMEM;
        memset(data, 0, (size_t)bytes);
        data->phraseCount = phraseCount;
        data->idf = (double *)&data[1];
        data->frequency = &data->idf[phraseCount];
        if (query != 0 && query->idf != 0 && phraseCount > 0 && query->knownPhrases == phraseCount) {
            data->averageLength = query->averageLength;
            memcpy(data->idf, query->idf, sizeof(double) * (size_t)phraseCount);
        } else {
            sqlite3_int64 rows = 0;
            sqlite3_int64 tokens = 0;
            rc = api->xRowCount(fts, &rows);
            if (rc == SQLITE_OK) rc = api->xColumnTotalSize(fts, -1, &tokens);
            if (rc == SQLITE_OK) data->averageLength = rows > 0 ? (double)tokens / (double)rows : 1.0;
            for (int phrase = 0; rc == SQLITE_OK && phrase < phraseCount; phrase++) {
                sqlite3_int64 hits = 0;
                rc = api->xQueryPhrase(fts, phrase, (void *)&hits, oeuvre_bm25_count_row);
                if (rc == SQLITE_OK) {
                    double idf = log(((double)rows - (double)hits + 0.5) / ((double)hits + 0.5));
                    data->idf[phrase] = idf <= 0.0 ? 1e-6 : idf;
                }
            }
            if (rc == SQLITE_OK && query != 0 && query->idf != 0 && phraseCount <= query->capacity) {
                query->averageLength = data->averageLength;
                memcpy(query->idf, data->idf, sizeof(double) * (size_t)phraseCount);
                query->computedPhrases = phraseCount;
            }
        }
        if (rc != SQLITE_OK) {
            sqlite3_free(data);
            return rc;
        }
        rc = api->xSetAuxdata(fts, data, sqlite3_free);
        if (rc != SQLITE_OK) return rc;
    }
    *out = data;
    return SQLITE_OK;
}

/* oeuvre_bm25(table, query-pointer, weight...): -BM25 of the row, as bm25(table, weight...) returns it. */
static void oeuvre_bm25(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *context, int argumentCount, sqlite3_value **arguments) {
    const double k1 = 1.2;
    const double b = 0.75;
    oeuvre_bm25_data *data = 0;
    int instances = 0;
    double length = 0.0;
    double score = 0.0;
    oeuvre_rank_query *query = argumentCount > 0 ? (oeuvre_rank_query *)sqlite3_value_pointer(arguments[0], OEUVRE_RANK_QUERY_TYPE) : 0;
    int rc = oeuvre_bm25_query_data(api, fts, query, &data);
    if (rc == SQLITE_OK) {
        memset(data->frequency, 0, sizeof(double) * (size_t)data->phraseCount);
        rc = api->xInstCount(fts, &instances);
    }
    int weightCount = argumentCount > 1 ? argumentCount - 1 : 0;
    for (int i = 0; rc == SQLITE_OK && i < instances; i++) {
        int phrase = 0, column = 0, offset = 0;
        rc = api->xInst(fts, i, &phrase, &column, &offset);
        if (rc == SQLITE_OK) {
            double weight = column < weightCount ? sqlite3_value_double(arguments[column + 1]) : 1.0;
            data->frequency[phrase] += weight;
        }
    }
    if (rc == SQLITE_OK) {
        const oeuvre_row_lengths *lengths = query != 0 ? query->rows : 0;
        sqlite3_int64 rowid = api->xRowid(fts);
        uint32_t known = (lengths != 0 && rowid >= 0 && rowid < lengths->count) ? lengths->lengths[rowid] : 0;
        if (known > 0) {
            length = (double)known;
        } else {
            int tokens = 0;
            rc = api->xColumnSize(fts, -1, &tokens);
            length = (double)tokens;
        }
    }
    for (int phrase = 0; rc == SQLITE_OK && phrase < data->phraseCount; phrase++) {
        double frequency = data->frequency[phrase];
        score += data->idf[phrase] * ((frequency * (k1 + 1.0)) / (frequency + k1 * (1.0 - b + b * length / data->averageLength)));
    }
    if (rc == SQLITE_OK) {
        sqlite3_result_double(context, -1.0 * score);
    } else {
        sqlite3_result_error_code(context, rc);
    }
}

/* Makes oeuvre_bm25 known to the connection's FTS5 (once per connection). */
static inline int oeuvre_rank_install(sqlite3 *db) {
    sqlite3_stmt *statement = 0;
    /* Already there: a statement that uses it prepares. */
    if (sqlite3_prepare_v2(db, "SELECT oeuvre_bm25(search_text) FROM search_text WHERE 0", -1, &statement, 0) == SQLITE_OK) {
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
    return fts->xCreateFunction(fts, "oeuvre_bm25", 0, oeuvre_bm25, 0);
}

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

/* A query's matches: row ids and their scores (as bm25() gives them: lower is better), grown as rows come. */
typedef struct {
    sqlite3_int64 *rowids;
    double *scores;
    sqlite3_int64 count;
    sqlite3_int64 capacity;
} oeuvre_rank_results;

static inline void oeuvre_rank_results_free(oeuvre_rank_results *results) {
    sqlite3_free(results->rowids);
    sqlite3_free(results->scores);
    memset(results, 0, sizeof(*results));
}

/* Runs `sql` (which selects rowid and a score, with ?1 the MATCH expression and ?2 the query's ranking data) and
 * collects every row into `results` (free them with oeuvre_rank_results_free). Returns SQLITE_OK, or the error code
 * (the message is the connection's sqlite3_errmsg). */
static inline int oeuvre_rank_collect(sqlite3 *db, const char *sql, const char *match, oeuvre_rank_query *query, oeuvre_rank_results *results) {
    sqlite3_stmt *statement = 0;
    int rc = sqlite3_prepare_v2(db, sql, -1, &statement, 0);
    if (rc != SQLITE_OK) return rc;
    sqlite3_bind_text(statement, 1, match, -1, SQLITE_TRANSIENT);
    sqlite3_bind_pointer(statement, 2, (void *)query, OEUVRE_RANK_QUERY_TYPE, 0);
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
        if (results->count == results->capacity) {
            sqlite3_int64 capacity = results->capacity < 1024 ? 1024 : results->capacity * 2;
            sqlite3_int64 *rowids = (sqlite3_int64 *)sqlite3_realloc64(results->rowids, (sqlite3_uint64)capacity * sizeof(sqlite3_int64));
            if (rowids == 0) { rc = SQLITE_NOMEM; break; }
            results->rowids = rowids;
            double *scores = (double *)sqlite3_realloc64(results->scores, (sqlite3_uint64)capacity * sizeof(double));
            if (scores == 0) { rc = SQLITE_NOMEM; break; }
            results->scores = scores;
            results->capacity = capacity;
        }
        results->rowids[results->count] = sqlite3_column_int64(statement, 0);
        results->scores[results->count] = sqlite3_column_double(statement, 1);
        results->count++;
    }
    sqlite3_finalize(statement);
    return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

#endif
