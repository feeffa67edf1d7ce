/*
 * A search's matches and their BM25 scores, with the formula, constants and IDF of SQLite's bm25() (fts5_aux.c).
 *
 * SQLite runs `SELECT rowid, bm25(...) FROM t WHERE t MATCH ?` through its virtual machine once per matching row,
 * decodes every phrase's positions in every row, reads each row's length from %_docsize and, on the first row, walks
 * every phrase once more to count its rows for the IDF: 100 ms and more for a word that 300,000 works contain.
 *
 * Two ways instead, chosen by the caller:
 * - Phrase by phrase (oeuvre_evaluate, called once per query) for expressions of ORs: each phrase is walked once with
 *   FTS5's xQueryPhrase (which applies its column filter and prefix and checks its token positions), keeping its rows
 *   as a bitmap and each row's column-weighted frequency; the program combines the bitmaps (filters the caller read
 *   from its own columns come in as bitmaps); the IDF comes from the rows the walk met, with no second pass.
 * - Row by row (oeuvre_evaluate_rows) for expressions with AND or NOT, where FTS5's own walk skips through long
 *   phrases: each row's phrase frequencies are read as it comes, and phrases' row counts the caller knows from an
 *   earlier search of the same data are not counted again.
 * Row lengths come from an array (lengths.h).
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
    /* By phrase (NULL: all): 1 when the phrase scores (a word outside a NOT; filters do not). */
    const unsigned char *walk;
    int walkCount;
    /* 1: the matching rows are those of FTS5's own walk of the whole expression, row by row (cheaper when an AND or NOT
     * lets it skip through a long phrase), with each scoring phrase's frequency read in each row, and the program is
     * not run; 0: each phrase is walked once and the program combines their rows. */
    int expressionRows;
    /* By phrase, in and out: the number of rows the phrase matches in the whole table (for its IDF), -1 when not
     * known. Phrases walked fill it in; with `expressionRows`, a scoring phrase not known is counted. */
    sqlite3_int64 *hits;
    /* By phrase (NULL: none): a bitmap over row ids 0..<rows->count the caller already knows the phrase's rows as
     * (filters read from the work columns), used instead of walking the phrase. */
    const uint64_t *const *given;
    int givenCount;
    /* The number of phrases in `match` (as FTS5 counts them). */
    int phraseCount;

    int evaluated;
    int status;
    /* When set, oeuvre_evaluate only walks the phrases marked in `share` into `external` (and notes the table's totals
     * in totalRows and totalTokens), for oeuvre_evaluation_end to combine: see oeuvre_evaluation_walk. */
    struct oeuvre_phrase_rows_s *external;
    const unsigned char *share;
    /* With `expressionRows`: the state kept from row to row. */
    struct oeuvre_phrase_rows_s *state;
    int stateCount;
    uint64_t *givenRows;
    sqlite3_int64 totalRows;
    sqlite3_int64 totalTokens;
    sqlite3_int64 count;
    sqlite3_int64 *rowids;
    /* As bm25() gives them: lower is better. */
    double *scores;
} oeuvre_evaluation;

/* One phrase's rows: a bitmap over row ids 0..<count and, in row order, each row's id and weighted frequency. */
typedef struct oeuvre_phrase_rows_s {
    uint64_t *bits;
    sqlite3_int64 hits;
    sqlite3_int64 length;
    sqlite3_int64 capacity;
    /* Row ids fit 32 bits (the caller's row count), and a frequency (a sum of column weights) a float. */
    uint32_t *rowids;
    float *frequency;
    const oeuvre_evaluation *evaluation;
    sqlite3_int64 rowCount;
    /* 1 when `bits` was handed in by the caller (not freed here). */
    int borrowed;
    /* 1 when `hits` is the phrase's count over the whole table. */
    int counted;
    /* The rows expected (a count known from an earlier search), to size the list once; 0 when not known. */
    sqlite3_int64 expected;
} oeuvre_phrase_rows;

static inline void oeuvre_evaluation_free(oeuvre_evaluation *evaluation) {
    free(evaluation->rowids);
    free(evaluation->scores);
    evaluation->rowids = 0;
    evaluation->scores = 0;
    evaluation->count = 0;
}

/* The column-weighted number of times phrase `index` occurs in the current row of `fts`. */
static int oeuvre_phrase_frequency(const Fts5ExtensionApi *api, Fts5Context *fts, int index, const oeuvre_evaluation *evaluation, double *frequency) {
    Fts5PhraseIter iterator;
    int column = 0, offset = 0;
    *frequency = 0.0;
    int rc = api->xPhraseFirst(fts, index, &iterator, &column, &offset);
    if (rc != SQLITE_OK) return rc;
    while (column >= 0) {
        *frequency += column < evaluation->weightCount ? evaluation->weights[column] : 1.0;
        api->xPhraseNext(fts, &iterator, &column, &offset);
    }
    return SQLITE_OK;
}

/* Appends a row and its frequency to the phrase's list. */
static int oeuvre_phrase_append(oeuvre_phrase_rows *phrase, sqlite3_int64 rowid, double frequency) {
    if (phrase->length == phrase->capacity) {
        sqlite3_int64 capacity = phrase->capacity < 1024 ? 1024 : phrase->capacity * 2;
        if (phrase->expected > capacity) capacity = phrase->expected;
        uint32_t *rowids = (uint32_t *)realloc(phrase->rowids, (size_t)capacity * sizeof(uint32_t));
        if (rowids == 0) return SQLITE_NOMEM;
        phrase->rowids = rowids;
        float *frequencies = (float *)realloc(phrase->frequency, (size_t)capacity * sizeof(float));
        if (frequencies == 0) return SQLITE_NOMEM;
        phrase->frequency = frequencies;
        phrase->capacity = capacity;
    }
    phrase->rowids[phrase->length] = (uint32_t)rowid;
    phrase->frequency[phrase->length] = (float)frequency;
    phrase->length++;
    return SQLITE_OK;
}

/* xQueryPhrase's callback in the walk of one phrase: the row goes into the phrase's bitmap and list. */
static int oeuvre_phrase_visit(const Fts5ExtensionApi *api, Fts5Context *fts, void *user) {
    oeuvre_phrase_rows *phrase = (oeuvre_phrase_rows *)user;
    sqlite3_int64 rowid = api->xRowid(fts);
    phrase->hits++;
    if (rowid < 0 || rowid >= phrase->rowCount) return SQLITE_OK;
    phrase->bits[rowid >> 6] |= (uint64_t)1 << (rowid & 63);
    if (!phrase->evaluation->score) return SQLITE_OK;
    double frequency = 0.0;
    int rc = oeuvre_phrase_frequency(api, fts, 0, phrase->evaluation, &frequency);
    if (rc != SQLITE_OK) return rc;
    return oeuvre_phrase_append(phrase, rowid, frequency);
}

/* xQueryPhrase's callback when only the phrase's rows are counted (for its IDF). */
static int oeuvre_phrase_count(const Fts5ExtensionApi *api, Fts5Context *fts, void *user) {
    (void)api;
    (void)fts;
    ((oeuvre_phrase_rows *)user)->hits++;
    return SQLITE_OK;
}

/* Runs the program over the phrases' bitmaps. The result is `*result`: a phrase's own bitmap when the program names
 * only that phrase (`*owned` 0), else a new one (`*owned` 1, for the caller to free). Sets are copied only when they
 * are changed. Returns 0 on a malformed program or when out of memory. */
static int oeuvre_run_program(const oeuvre_evaluation *evaluation, oeuvre_phrase_rows *phrases, int phraseCount, sqlite3_int64 words, uint64_t **result, int *owned) {
    typedef struct {
        uint64_t *bits;
        int owned;
    } oeuvre_set;
    oeuvre_set *stack = (oeuvre_set *)calloc((size_t)(evaluation->programLength > 0 ? evaluation->programLength : 1), sizeof(oeuvre_set));
    if (stack == 0) return 0;
    int depth = 0;
    int ok = 1;
    const size_t bytes = (size_t)(words > 0 ? words : 1) * sizeof(uint64_t);
    for (int step = 0; ok && step < evaluation->programLength; step++) {
        oeuvre_match_op op = evaluation->program[step];
        int operands = op.op == OEUVRE_OP_PHRASE ? 0 : op.op == OEUVRE_OP_NOT ? 2 : op.argument;
        if (op.op == OEUVRE_OP_PHRASE) {
            if (op.argument < 0 || op.argument >= phraseCount) { ok = 0; break; }
            stack[depth].bits = phrases[op.argument].bits;
            stack[depth].owned = 0;
            depth++;
            continue;
        }
        if ((op.op != OEUVRE_OP_AND && op.op != OEUVRE_OP_OR && op.op != OEUVRE_OP_NOT) || operands < 1 || operands > depth) { ok = 0; break; }
        oeuvre_set *target = &stack[depth - operands];
        if (!target->owned && operands > 1) {
            uint64_t *copy = (uint64_t *)malloc(bytes);
            if (copy == 0) { ok = 0; break; }
            memcpy(copy, target->bits, bytes);
            target->bits = copy;
            target->owned = 1;
        }
        for (int other = depth - operands + 1; other < depth; other++) {
            const uint64_t *source = stack[other].bits;
            uint64_t *bits = target->bits;
            if (op.op == OEUVRE_OP_AND) {
                for (sqlite3_int64 w = 0; w < words; w++) bits[w] &= source[w];
            } else if (op.op == OEUVRE_OP_OR) {
                for (sqlite3_int64 w = 0; w < words; w++) bits[w] |= source[w];
            } else {
                for (sqlite3_int64 w = 0; w < words; w++) bits[w] &= ~source[w];
            }
            if (stack[other].owned) free(stack[other].bits);
            stack[other].bits = 0;
            stack[other].owned = 0;
        }
        depth -= operands - 1;
    }
    if (ok && depth == 1) {
        *result = stack[0].bits;
        *owned = stack[0].owned;
    } else {
        for (int slot = 0; slot < depth; slot++) if (stack[slot].owned) free(stack[slot].bits);
        ok = 0;
    }
    free(stack);
    return ok;
}

/* Combines the phrases' rows by the program (or takes the rows FTS5 gave), scores them and hands them out; frees the
 * phrases. `rows` and `tokens` are the table's row count and total length in tokens (for the IDFs and the average
 * length; unused when not scoring). */
static int oeuvre_evaluation_finish(oeuvre_evaluation *evaluation, oeuvre_phrase_rows *phrases, int phraseCount, sqlite3_int64 rows, sqlite3_int64 tokens, int rc) {
    const sqlite3_int64 rowCount = evaluation->rows->count;
    const sqlite3_int64 words = (rowCount + 63) / 64;
    uint64_t *matched = 0;
    int owned = 0;
    if (rc == SQLITE_OK) {
        if (evaluation->expressionRows) {
            if (evaluation->givenRows == 0) rc = SQLITE_MISUSE;
            matched = evaluation->givenRows;
        } else if (!oeuvre_run_program(evaluation, phrases, phraseCount, words, &matched, &owned)) {
            rc = SQLITE_MISUSE;
        }
    }
    /* The rows in order; a row's place among them is the set bits before it, from `before` (one count a word). */
    sqlite3_int64 count = 0;
    int32_t *before = 0;
    if (rc == SQLITE_OK) {
        before = (int32_t *)malloc((size_t)(words > 0 ? words : 1) * sizeof(int32_t));
        if (before == 0) rc = SQLITE_NOMEM;
    }
    if (rc == SQLITE_OK) {
        for (sqlite3_int64 w = 0; w < words; w++) {
            before[w] = (int32_t)count;
            count += __builtin_popcountll(matched[w]);
        }
        evaluation->rowids = (sqlite3_int64 *)malloc((size_t)(count > 0 ? count : 1) * sizeof(sqlite3_int64));
        evaluation->scores = (double *)calloc((size_t)(count > 0 ? count : 1), sizeof(double));
        if (evaluation->rowids == 0 || evaluation->scores == 0) rc = SQLITE_NOMEM;
    }
    if (rc == SQLITE_OK) {
        sqlite3_int64 n = 0;
        for (sqlite3_int64 w = 0; w < words; w++) {
            uint64_t word = matched[w];
            while (word) {
                evaluation->rowids[n++] = w * 64 + __builtin_ctzll(word);
                word &= word - 1;
            }
        }
        evaluation->count = n;
    }
    if (rc == SQLITE_OK && evaluation->score) {
        const double k1 = 1.2;
        const double b = 0.75;
        double averageLength = rows > 0 ? (double)tokens / (double)rows : 1.0;
        for (int phrase = 0; phrase < phraseCount; phrase++) {
            oeuvre_phrase_rows *list = &phrases[phrase];
            if (list->length == 0) continue;
            double idf = log(((double)rows - (double)list->hits + 0.5) / ((double)list->hits + 0.5));
            if (idf <= 0.0) idf = 1e-6;
            /* A list that is the whole result (a one-phrase query) is the rows in order: its places are its indexes. */
            int whole = list->length == evaluation->count && matched == list->bits;
            for (sqlite3_int64 i = 0; i < list->length; i++) {
                sqlite3_int64 rowid = list->rowids[i];
                sqlite3_int64 place = i;
                if (!whole) {
                    uint64_t word = matched[rowid >> 6];
                    uint64_t bit = (uint64_t)1 << (rowid & 63);
                    if (!(word & bit)) continue;
                    place = before[rowid >> 6] + __builtin_popcountll(word & (bit - 1));
                }
                double frequency = list->frequency[i];
                double length = (double)evaluation->rows->lengths[rowid];
                evaluation->scores[place] -= idf * ((frequency * (k1 + 1.0)) / (frequency + k1 * (1.0 - b + b * length / averageLength)));
            }
        }
    }
    free(before);
    if (owned) free(matched);
    if (phrases) {
        for (int phrase = 0; phrase < phraseCount; phrase++) {
            if (evaluation->hits != 0 && phrase < evaluation->phraseCount && phrases[phrase].counted) evaluation->hits[phrase] = phrases[phrase].hits;
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
        if (evaluation->hits != 0 && phrase < evaluation->phraseCount && evaluation->hits[phrase] > 0 && !evaluation->expressionRows) {
            phrases[phrase].expected = evaluation->hits[phrase];
        }
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

/* True when the phrase scores (and is not handed in). */
static int oeuvre_phrase_scores(const oeuvre_evaluation *evaluation, const oeuvre_phrase_rows *phrase, int index) {
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
    if (evaluation->external != 0) {
        /* One share of a walk split between connections. */
        for (int phrase = 0; rc == SQLITE_OK && phrase < phraseCount && phrase < evaluation->phraseCount; phrase++) {
            oeuvre_phrase_rows *rows = &evaluation->external[phrase];
            if (rows->borrowed || !evaluation->share[phrase]) continue;
            rc = api->xQueryPhrase(fts, phrase, (void *)rows, oeuvre_phrase_visit);
            rows->counted = rc == SQLITE_OK;
        }
        if (rc == SQLITE_OK && evaluation->score) {
            rc = api->xRowCount(fts, &evaluation->totalRows);
            if (rc == SQLITE_OK) rc = api->xColumnTotalSize(fts, -1, &evaluation->totalTokens);
        }
        evaluation->status = rc;
        if (rc == SQLITE_OK) {
            sqlite3_result_null(context);
        } else {
            sqlite3_result_error_code(context, rc);
        }
        return;
    }
    oeuvre_phrase_rows *phrases = oeuvre_phrases_prepare(evaluation, phraseCount);
    if (phrases == 0) rc = SQLITE_NOMEM;
    for (int phrase = 0; rc == SQLITE_OK && phrase < phraseCount; phrase++) {
        if (phrases[phrase].borrowed) continue;
        rc = api->xQueryPhrase(fts, phrase, (void *)&phrases[phrase], oeuvre_phrase_visit);
        phrases[phrase].counted = rc == SQLITE_OK;
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

/* oeuvre_evaluate_rows(table, evaluation-pointer), once per row of the expression's own walk: notes the row and
 * each scoring phrase's frequency in it. On the first row, counts the scoring phrases whose hits are not known. */
static void oeuvre_evaluate_rows(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *context, int argumentCount, sqlite3_value **arguments) {
    oeuvre_evaluation *evaluation = argumentCount > 0 ? (oeuvre_evaluation *)sqlite3_value_pointer(arguments[0], OEUVRE_EVALUATE_TYPE) : 0;
    if (evaluation == 0) {
        sqlite3_result_null(context);
        return;
    }
    int rc = SQLITE_OK;
    if (evaluation->state == 0) {
        int phraseCount = api->xPhraseCount(fts);
        evaluation->state = oeuvre_phrases_prepare(evaluation, phraseCount);
        if (evaluation->state == 0) {
            sqlite3_result_error_code(context, SQLITE_NOMEM);
            return;
        }
        evaluation->stateCount = phraseCount;
        if (evaluation->score) {
            rc = api->xRowCount(fts, &evaluation->totalRows);
            if (rc == SQLITE_OK) rc = api->xColumnTotalSize(fts, -1, &evaluation->totalTokens);
            for (int phrase = 0; rc == SQLITE_OK && phrase < phraseCount; phrase++) {
                oeuvre_phrase_rows *rows = &evaluation->state[phrase];
                if (!oeuvre_phrase_scores(evaluation, rows, phrase)) continue;
                if (evaluation->hits != 0 && phrase < evaluation->phraseCount && evaluation->hits[phrase] >= 0) {
                    rows->hits = evaluation->hits[phrase];
                } else {
                    rc = api->xQueryPhrase(fts, phrase, (void *)rows, oeuvre_phrase_count);
                    rows->counted = rc == SQLITE_OK;
                }
            }
        }
    }
    sqlite3_int64 rowid = api->xRowid(fts);
    if (rc == SQLITE_OK && rowid >= 0 && rowid < evaluation->rows->count) {
        evaluation->givenRows[rowid >> 6] |= (uint64_t)1 << (rowid & 63);
        /* The row's instances (phrase, column) in one call: only the phrases the row has. */
        int instances = 0;
        if (evaluation->score) rc = api->xInstCount(fts, &instances);
        int last = -1;
        double frequency = 0.0;
        for (int i = 0; rc == SQLITE_OK && i <= instances; i++) {
            int phrase = -1, column = 0, offset = 0;
            if (i < instances) rc = api->xInst(fts, i, &phrase, &column, &offset);
            if (rc != SQLITE_OK) break;
            if (phrase != last) {
                /* Instances come ordered by position, not phrase: flush on each change of phrase. */
                if (last >= 0 && frequency > 0.0 && oeuvre_phrase_scores(evaluation, &evaluation->state[last], last)) {
                    oeuvre_phrase_rows *rows = &evaluation->state[last];
                    if (rows->length > 0 && rows->rowids[rows->length - 1] == (uint32_t)rowid) {
                        rows->frequency[rows->length - 1] += frequency;
                    } else {
                        rc = oeuvre_phrase_append(rows, rowid, frequency);
                    }
                }
                last = phrase;
                frequency = 0.0;
            }
            if (phrase >= 0 && phrase < evaluation->stateCount) frequency += column < evaluation->weightCount ? evaluation->weights[column] : 1.0;
        }
    }
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
        evaluation->state = 0;
        evaluation->stateCount = 0;
        char rowsSQL[300];
        sqlite3_snprintf((int)sizeof(rowsSQL), rowsSQL, "SELECT oeuvre_evaluate_rows(\"%w\", ?2) FROM \"%w\" WHERE \"%w\" MATCH ?1", table, table, table);
        rc = sqlite3_prepare_v2(db, rowsSQL, -1, &statement, 0);
        if (rc == SQLITE_OK) {
            sqlite3_bind_text(statement, 1, match, -1, SQLITE_TRANSIENT);
            sqlite3_bind_pointer(statement, 2, (void *)evaluation, OEUVRE_EVALUATE_TYPE, 0);
            while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {}
            if (rc == SQLITE_DONE) rc = SQLITE_OK;
        }
        sqlite3_finalize(statement);
        if (evaluation->state != 0) {
            rc = oeuvre_evaluation_finish(evaluation, evaluation->state, evaluation->stateCount, evaluation->totalRows, evaluation->totalTokens, rc);
        }
        evaluation->state = 0;
        free(evaluation->givenRows);
        evaluation->givenRows = 0;
        return rc;
    }
    rc = sqlite3_prepare_v2(db, sql, -1, &statement, 0);
    if (rc != SQLITE_OK) return rc;
    evaluation->evaluated = 0;
    evaluation->status = SQLITE_OK;
    evaluation->count = 0;
    sqlite3_bind_text(statement, 1, match, -1, SQLITE_TRANSIENT);
    sqlite3_bind_pointer(statement, 2, (void *)evaluation, OEUVRE_EVALUATE_TYPE, 0);
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {}
    sqlite3_finalize(statement);
    if (rc != SQLITE_DONE) return rc;
    return evaluation->status;
}

/*
 * The phrase-by-phrase evaluation in parts, so that two connections (on two cores) can walk a query's phrases side by
 * side: oeuvre_evaluation_begin; oeuvre_evaluation_walk on each connection with its share of the phrases (each
 * connection reading the same data); oeuvre_evaluation_end. Each phrase's rows are written by one walk only.
 */
static inline oeuvre_phrase_rows *oeuvre_evaluation_begin(oeuvre_evaluation *evaluation) {
    evaluation->count = 0;
    evaluation->status = SQLITE_OK;
    evaluation->external = 0;
    return oeuvre_phrases_prepare(evaluation, evaluation->phraseCount);
}

/* Walks the phrases marked in `share` on connection `db`; `*rows` and `*tokens` get the table's totals (for scoring),
 * and `*matched` 0 when the expression matches nothing (then no phrase was walked, and the result is empty: FTS5 runs
 * an auxiliary function only on a matching row). Returns SQLITE_OK (also when nothing matches) or the error. */
static inline int oeuvre_evaluation_walk(
    sqlite3 *db, const char *table, const char *match, const oeuvre_evaluation *evaluation, oeuvre_phrase_rows *phrases,
    const unsigned char *share, sqlite3_int64 *rows, sqlite3_int64 *tokens, int *matched
) {
    *matched = 0;
    oeuvre_evaluation part = *evaluation;
    part.external = phrases;
    part.share = share;
    part.evaluated = 0;
    part.status = SQLITE_OK;
    part.totalRows = 0;
    part.totalTokens = 0;
    part.rowids = 0;
    part.scores = 0;
    sqlite3_stmt *statement = 0;
    char sql[300];
    sqlite3_snprintf((int)sizeof(sql), sql, "SELECT oeuvre_evaluate(\"%w\", ?2) FROM \"%w\" WHERE \"%w\" MATCH ?1 LIMIT 1", table, table, table);
    int rc = sqlite3_prepare_v2(db, sql, -1, &statement, 0);
    if (rc != SQLITE_OK) return rc;
    sqlite3_bind_text(statement, 1, match, -1, SQLITE_TRANSIENT);
    sqlite3_bind_pointer(statement, 2, (void *)&part, OEUVRE_EVALUATE_TYPE, 0);
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {}
    sqlite3_finalize(statement);
    if (rc != SQLITE_DONE) return rc;
    if (part.evaluated) {
        *rows = part.totalRows;
        *tokens = part.totalTokens;
        *matched = 1;
    }
    return part.status;
}

/* Forgets what a failed walk left in the phrases of `share`, so that another connection can walk them again. */
static inline void oeuvre_evaluation_reset(const oeuvre_evaluation *evaluation, oeuvre_phrase_rows *phrases, const unsigned char *share) {
    const sqlite3_int64 words = (evaluation->rows->count + 63) / 64;
    for (int phrase = 0; phrase < evaluation->phraseCount; phrase++) {
        if (!share[phrase] || phrases[phrase].borrowed) continue;
        memset(phrases[phrase].bits, 0, (size_t)(words > 0 ? words : 1) * sizeof(uint64_t));
        phrases[phrase].length = 0;
        phrases[phrase].hits = 0;
        phrases[phrase].counted = 0;
    }
}

/* Combines the walked phrases, scores them and hands out the rows (as oeuvre_evaluate_match does); frees `phrases`.
 * With `matched` 0 (the expression matches nothing) the result is empty, whatever filters were handed in. */
static inline int oeuvre_evaluation_end(oeuvre_evaluation *evaluation, oeuvre_phrase_rows *phrases, sqlite3_int64 rows, sqlite3_int64 tokens, int rc, int matched) {
    if (rc == SQLITE_OK && !matched) {
        for (int phrase = 0; phrase < evaluation->phraseCount; phrase++) {
            if (!phrases[phrase].borrowed) free(phrases[phrase].bits);
            free(phrases[phrase].rowids);
            free(phrases[phrase].frequency);
        }
        free(phrases);
        evaluation->count = 0;
        evaluation->status = SQLITE_OK;
        return SQLITE_OK;
    }
    return oeuvre_evaluation_finish(evaluation, phrases, evaluation->phraseCount, rows, tokens, rc);
}

#endif
