/*
 * A search's matches and their BM25 scores, evaluated phrase by phrase instead of row by row.
 *
 * SQLite runs `SELECT rowid, bm25(...) FROM t WHERE t MATCH ?` through its virtual machine once per matching row, and
 * FTS5 decodes every phrase's positions in every row to score it: a third of a microsecond a row, 100 ms and more for
 * a word that 300,000 works contain. oeuvre_evaluate() is called once per query instead. It walks each phrase of the
 * expression with FTS5's xQueryPhrase (which applies the phrase's column filter and prefix, and checks its token
 * positions), keeping the rows as a bitmap and each row's column-weighted frequency; evaluates the expression's AND,
 * OR and NOT over the bitmaps; and scores the rows left with the formula, constants and IDF of SQLite's bm25()
 * (fts5_aux.c): the IDF of a phrase comes from the number of rows the walk met, with no second pass.
 */
#ifndef OEUVRE_SQLITE_EVALUATE_H
#define OEUVRE_SQLITE_EVALUATE_H

#include <math.h>
#include <sqlite3.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "lengths.h"

#define OEUVRE_EVALUATE_TYPE "oeuvre_evaluation"

/* One step of an expression in postfix order. PHRASE pushes phrase `argument`'s rows (phrases are numbered as FTS5
 * numbers them: in the order they appear in the MATCH text); AND and OR replace the top `argument` sets with their
 * intersection or union; NOT replaces the top two, a and b, with a NOT b. */
enum { OEUVRE_OP_PHRASE = 0, OEUVRE_OP_AND = 1, OEUVRE_OP_OR = 2, OEUVRE_OP_NOT = 3 };

typedef struct {
    int op;
    int argument;
} oeuvre_match_op;

/* What one evaluation receives (the first group) and gives back (the second; free with oeuvre_evaluation_free). */
typedef struct {
    const oeuvre_row_lengths *rows;
    const oeuvre_match_op *program;
    int programLength;
    const double *weights;
    int weightCount;
    /* When 0, the rows are only found, not scored (scores are all 0). */
    int score;
    /* By phrase (NULL: all): 1 when the phrase is walked. With `expressionRows` 0, every phrase the program names must
     * be; with 1, only the phrases that score need to be. */
    const unsigned char *walk;
    int walkCount;
    /* 1: the matching rows are those of FTS5's own walk of the whole expression (cheaper when an AND or NOT lets it
     * skip through a long phrase), and the program is not run; 0: the program's result over the phrases' rows. */
    int expressionRows;
    uint64_t *givenRows;
    /* By phrase (NULL: none): a bitmap over row ids 0..<rows->count the caller already knows the phrase's rows as
     * (filters read from the work columns), used instead of walking the phrase. */
    const uint64_t *const *given;
    int givenCount;
    /* The number of phrases in `match` (as FTS5 counts them). */
    int phraseCount;

    int evaluated;
    int status;
    sqlite3_int64 count;
    sqlite3_int64 *rowids;
    /* As bm25() gives them: lower is better. */
    double *scores;
} oeuvre_evaluation;

/* One phrase's rows: a bitmap over row ids 0..<count and, in row order, each row's id and weighted frequency. */
typedef struct {
    uint64_t *bits;
    sqlite3_int64 hits;
    sqlite3_int64 length;
    sqlite3_int64 capacity;
    sqlite3_int64 *rowids;
    double *frequency;
    const oeuvre_evaluation *evaluation;
    sqlite3_int64 rowCount;
    /* 1 when `bits` was handed in by the caller (not freed here). */
    int borrowed;
} oeuvre_phrase_rows;

static inline void oeuvre_evaluation_free(oeuvre_evaluation *evaluation) {
    free(evaluation->rowids);
    free(evaluation->scores);
    evaluation->rowids = 0;
    evaluation->scores = 0;
    evaluation->count = 0;
}

static int oeuvre_phrase_visit(const Fts5ExtensionApi *api, Fts5Context *fts, void *user) {
    oeuvre_phrase_rows *phrase = (oeuvre_phrase_rows *)user;
    sqlite3_int64 rowid = api->xRowid(fts);
    phrase->hits++;
    if (rowid < 0 || rowid >= phrase->rowCount) return SQLITE_OK;
    phrase->bits[rowid >> 6] |= (uint64_t)1 << (rowid & 63);
    if (!phrase->evaluation->score) return SQLITE_OK;
    double frequency = 0.0;
    Fts5PhraseIter iterator;
    int column = 0, offset = 0;
    int rc = api->xPhraseFirst(fts, 0, &iterator, &column, &offset);
    if (rc != SQLITE_OK) return rc;
    while (column >= 0) {
        frequency += column < phrase->evaluation->weightCount ? phrase->evaluation->weights[column] : 1.0;
        api->xPhraseNext(fts, &iterator, &column, &offset);
    }
    if (phrase->length == phrase->capacity) {
        sqlite3_int64 capacity = phrase->capacity < 1024 ? 1024 : phrase->capacity * 2;
        sqlite3_int64 *rowids = (sqlite3_int64 *)realloc(phrase->rowids, (size_t)capacity * sizeof(sqlite3_int64));
        if (rowids == 0) return SQLITE_NOMEM;
        phrase->rowids = rowids;
        double *frequencies = (double *)realloc(phrase->frequency, (size_t)capacity * sizeof(double));
        if (frequencies == 0) return SQLITE_NOMEM;
        phrase->frequency = frequencies;
        phrase->capacity = capacity;
    }
    phrase->rowids[phrase->length] = rowid;
    phrase->frequency[phrase->length] = frequency;
    phrase->length++;
    return SQLITE_OK;
}

/* Runs the program over the phrases' bitmaps; the result is left in stack[0]. Returns 0 on a malformed program. */
static int oeuvre_run_program(const oeuvre_evaluation *evaluation, oeuvre_phrase_rows *phrases, int phraseCount, uint64_t **stack, sqlite3_int64 words) {
    int depth = 0;
    for (int step = 0; step < evaluation->programLength; step++) {
        oeuvre_match_op op = evaluation->program[step];
        if (op.op == OEUVRE_OP_PHRASE) {
            if (op.argument < 0 || op.argument >= phraseCount) return 0;
            memcpy(stack[depth], phrases[op.argument].bits, (size_t)words * sizeof(uint64_t));
            depth++;
        } else if (op.op == OEUVRE_OP_AND || op.op == OEUVRE_OP_OR) {
            int n = op.argument;
            if (n < 1 || n > depth) return 0;
            uint64_t *target = stack[depth - n];
            for (int other = depth - n + 1; other < depth; other++) {
                const uint64_t *source = stack[other];
                if (op.op == OEUVRE_OP_AND) {
                    for (sqlite3_int64 w = 0; w < words; w++) target[w] &= source[w];
                } else {
                    for (sqlite3_int64 w = 0; w < words; w++) target[w] |= source[w];
                }
            }
            depth -= n - 1;
        } else if (op.op == OEUVRE_OP_NOT) {
            if (depth < 2) return 0;
            uint64_t *target = stack[depth - 2];
            const uint64_t *source = stack[depth - 1];
            for (sqlite3_int64 w = 0; w < words; w++) target[w] &= ~source[w];
            depth--;
        } else {
            return 0;
        }
    }
    return depth == 1;
}

/* Combines the phrases' rows by the program (or takes the rows FTS5 gave), scores them and hands them out; frees the
 * phrases. `rows` and `tokens` are the table's row count and total length in tokens (for the IDFs and the average
 * length; unused when not scoring). */
static int oeuvre_evaluation_finish(oeuvre_evaluation *evaluation, oeuvre_phrase_rows *phrases, int phraseCount, sqlite3_int64 rows, sqlite3_int64 tokens, int rc) {
    const sqlite3_int64 rowCount = evaluation->rows->count;
    const sqlite3_int64 words = (rowCount + 63) / 64;
    uint64_t **stack = (uint64_t **)calloc((size_t)(evaluation->programLength > 0 ? evaluation->programLength : 1), sizeof(uint64_t *));
    if (stack == 0 && rc == SQLITE_OK) rc = SQLITE_NOMEM;
    if (evaluation->expressionRows) {
        if (rc == SQLITE_OK && evaluation->givenRows == 0) rc = SQLITE_MISUSE;
        if (rc == SQLITE_OK) stack[0] = evaluation->givenRows;
    } else {
        for (int slot = 0; rc == SQLITE_OK && slot < evaluation->programLength; slot++) {
            stack[slot] = (uint64_t *)malloc((size_t)(words > 0 ? words : 1) * sizeof(uint64_t));
            if (stack[slot] == 0) rc = SQLITE_NOMEM;
        }
        if (rc == SQLITE_OK && !oeuvre_run_program(evaluation, phrases, phraseCount, stack, words)) rc = SQLITE_MISUSE;
    }
    double *dense = 0;
    if (rc == SQLITE_OK && evaluation->score) {
        dense = (double *)calloc((size_t)(rowCount > 0 ? rowCount : 1), sizeof(double));
        if (dense == 0) rc = SQLITE_NOMEM;
    }
    if (rc == SQLITE_OK && evaluation->score) {
        const double k1 = 1.2;
        const double b = 0.75;
        double averageLength = rows > 0 ? (double)tokens / (double)rows : 1.0;
        const uint64_t *matched = stack[0];
        for (int phrase = 0; phrase < phraseCount; phrase++) {
            oeuvre_phrase_rows *list = &phrases[phrase];
            double idf = log(((double)rows - (double)list->hits + 0.5) / ((double)list->hits + 0.5));
            if (idf <= 0.0) idf = 1e-6;
            for (sqlite3_int64 i = 0; i < list->length; i++) {
                sqlite3_int64 rowid = list->rowids[i];
                if (!(matched[rowid >> 6] & ((uint64_t)1 << (rowid & 63)))) continue;
                double frequency = list->frequency[i];
                double length = (double)evaluation->rows->lengths[rowid];
                dense[rowid] += idf * ((frequency * (k1 + 1.0)) / (frequency + k1 * (1.0 - b + b * length / averageLength)));
            }
        }
    }
    if (rc == SQLITE_OK) {
        const uint64_t *matched = stack[0];
        sqlite3_int64 count = 0;
        for (sqlite3_int64 w = 0; w < words; w++) count += __builtin_popcountll(matched[w]);
        evaluation->rowids = (sqlite3_int64 *)malloc((size_t)(count > 0 ? count : 1) * sizeof(sqlite3_int64));
        evaluation->scores = (double *)malloc((size_t)(count > 0 ? count : 1) * sizeof(double));
        if (evaluation->rowids == 0 || evaluation->scores == 0) {
            rc = SQLITE_NOMEM;
        } else {
            sqlite3_int64 n = 0;
            for (sqlite3_int64 w = 0; w < words; w++) {
                uint64_t word = matched[w];
                while (word) {
                    sqlite3_int64 rowid = w * 64 + __builtin_ctzll(word);
                    word &= word - 1;
                    evaluation->rowids[n] = rowid;
                    evaluation->scores[n] = dense ? -dense[rowid] : 0.0;
                    n++;
                }
            }
            evaluation->count = n;
        }
    }
    free(dense);
    if (stack) {
        if (!evaluation->expressionRows) {
            for (int slot = 0; slot < evaluation->programLength; slot++) free(stack[slot]);
        }
        free(stack);
    }
    if (phrases) {
        for (int phrase = 0; phrase < phraseCount; phrase++) {
            if (!phrases[phrase].borrowed) free(phrases[phrase].bits);
            free(phrases[phrase].rowids);
            free(phrases[phrase].frequency);
        }
        free(phrases);
    }
    evaluation->status = rc;
    return rc;
}

/* The phrases' row sets, with those handed in (`given`) in place and the others empty; NULL when out of memory. */
static oeuvre_phrase_rows *oeuvre_phrases_prepare(oeuvre_evaluation *evaluation, int phraseCount) {
    const sqlite3_int64 rowCount = evaluation->rows->count;
    const sqlite3_int64 words = (rowCount + 63) / 64;
    oeuvre_phrase_rows *phrases = (oeuvre_phrase_rows *)calloc((size_t)(phraseCount > 0 ? phraseCount : 1), sizeof(oeuvre_phrase_rows));
    if (phrases == 0) return 0;
    for (int phrase = 0; phrase < phraseCount; phrase++) {
        phrases[phrase].evaluation = evaluation;
        phrases[phrase].rowCount = rowCount;
        if (evaluation->given != 0 && phrase < evaluation->givenCount && evaluation->given[phrase] != 0) {
            phrases[phrase].bits = (uint64_t *)evaluation->given[phrase];
            phrases[phrase].borrowed = 1;
            for (sqlite3_int64 w = 0; w < words; w++) phrases[phrase].hits += __builtin_popcountll(phrases[phrase].bits[w]);
        } else {
            phrases[phrase].bits = (uint64_t *)calloc((size_t)(words > 0 ? words : 1), sizeof(uint64_t));
            if (phrases[phrase].bits == 0) {
                for (int done = 0; done < phrase; done++) if (!phrases[done].borrowed) free(phrases[done].bits);
                free(phrases);
                return 0;
            }
        }
    }
    return phrases;
}

/* True when the phrase is walked with FTS5 (not handed in, and needed). */
static int oeuvre_phrase_walked(const oeuvre_evaluation *evaluation, const oeuvre_phrase_rows *phrase, int index) {
    if (phrase->borrowed) return 0;
    return evaluation->walk == 0 || (index < evaluation->walkCount && evaluation->walk[index]);
}

/* oeuvre_evaluate(table, evaluation-pointer): does the whole evaluation on its first call and returns NULL. */
static void oeuvre_evaluate(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *context, int argumentCount, sqlite3_value **arguments) {
    oeuvre_evaluation *evaluation = argumentCount > 0 ? (oeuvre_evaluation *)sqlite3_value_pointer(arguments[0], OEUVRE_EVALUATE_TYPE) : 0;
    if (evaluation == 0 || evaluation->evaluated) {
        sqlite3_result_null(context);
        return;
    }
    evaluation->evaluated = 1;
    int phraseCount = api->xPhraseCount(fts);
    int rc = SQLITE_OK;
    oeuvre_phrase_rows *phrases = oeuvre_phrases_prepare(evaluation, phraseCount);
    if (phrases == 0) rc = SQLITE_NOMEM;
    for (int phrase = 0; rc == SQLITE_OK && phrase < phraseCount; phrase++) {
        if (!oeuvre_phrase_walked(evaluation, &phrases[phrase], phrase)) continue;
        rc = api->xQueryPhrase(fts, phrase, (void *)&phrases[phrase], oeuvre_phrase_visit);
    }
    sqlite3_int64 rows = 0, tokens = 0;
    if (rc == SQLITE_OK && evaluation->score) {
        rc = api->xRowCount(fts, &rows);
        if (rc == SQLITE_OK) rc = api->xColumnTotalSize(fts, -1, &tokens);
    }
    rc = oeuvre_evaluation_finish(evaluation, phrases, phrases ? phraseCount : 0, rows, tokens, rc);
    if (rc == SQLITE_OK) {
        sqlite3_result_null(context);
    } else {
        sqlite3_result_error_code(context, rc);
    }
}

/* Evaluates `match` (an FTS5 expression on `table`, whose phrases and operators `evaluation->program` mirrors) into
 * `evaluation`. Returns SQLITE_OK (with count 0 when nothing matches) or the error code (the message is the
 * connection's sqlite3_errmsg). */
static inline int oeuvre_evaluate_match(sqlite3 *db, const char *table, const char *match, oeuvre_evaluation *evaluation) {
    sqlite3_stmt *statement = 0;
    char sql[300];
    sqlite3_snprintf((int)sizeof(sql), sql, "SELECT oeuvre_evaluate(\"%w\", ?2) FROM \"%w\" WHERE \"%w\" MATCH ?1 LIMIT 1", table, table, table);
    int rc = SQLITE_OK;
    const sqlite3_int64 rowCount = evaluation->rows->count;
    evaluation->givenRows = 0;
    evaluation->evaluated = 1;
    evaluation->count = 0;
    /* Every phrase handed in and nothing to score: no need to ask FTS5 at all. */
    if (!evaluation->score && !evaluation->expressionRows && evaluation->given != 0 && evaluation->givenCount >= evaluation->phraseCount) {
        int all = 1;
        for (int phrase = 0; phrase < evaluation->phraseCount; phrase++) all = all && evaluation->given[phrase] != 0;
        if (all) {
            oeuvre_phrase_rows *phrases = oeuvre_phrases_prepare(evaluation, evaluation->phraseCount);
            if (phrases == 0) return SQLITE_NOMEM;
            return oeuvre_evaluation_finish(evaluation, phrases, evaluation->phraseCount, 0, 0, SQLITE_OK);
        }
    }
    if (evaluation->expressionRows) {
        evaluation->givenRows = (uint64_t *)calloc((size_t)((rowCount + 63) / 64 + 1), sizeof(uint64_t));
        if (evaluation->givenRows == 0) return SQLITE_NOMEM;
        char rowsSQL[300];
        sqlite3_snprintf((int)sizeof(rowsSQL), rowsSQL, "SELECT rowid FROM \"%w\" WHERE \"%w\" MATCH ?1", table, table);
        rc = sqlite3_prepare_v2(db, rowsSQL, -1, &statement, 0);
        if (rc == SQLITE_OK) {
            sqlite3_bind_text(statement, 1, match, -1, SQLITE_TRANSIENT);
            while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
                sqlite3_int64 rowid = sqlite3_column_int64(statement, 0);
                if (rowid >= 0 && rowid < rowCount) evaluation->givenRows[rowid >> 6] |= (uint64_t)1 << (rowid & 63);
            }
            if (rc == SQLITE_DONE) rc = SQLITE_OK;
        }
        sqlite3_finalize(statement);
        statement = 0;
        if (rc != SQLITE_OK) {
            free(evaluation->givenRows);
            evaluation->givenRows = 0;
            return rc;
        }
    }
    rc = sqlite3_prepare_v2(db, sql, -1, &statement, 0);
    if (rc != SQLITE_OK) {
        free(evaluation->givenRows);
        evaluation->givenRows = 0;
        return rc;
    }
    evaluation->evaluated = 0;
    evaluation->status = SQLITE_OK;
    evaluation->count = 0;
    sqlite3_bind_text(statement, 1, match, -1, SQLITE_TRANSIENT);
    sqlite3_bind_pointer(statement, 2, (void *)evaluation, OEUVRE_EVALUATE_TYPE, 0);
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {}
    sqlite3_finalize(statement);
    free(evaluation->givenRows);
    evaluation->givenRows = 0;
    if (rc != SQLITE_DONE) return rc;
    return evaluation->status;
}

#endif
