#ifndef OEUVRE_CJEMALLOC_SHIM_H
#define OEUVRE_CJEMALLOC_SHIM_H
/* jemalloc replaces malloc for the whole oeuvre process (Debian: libjemalloc-dev). A normalize run makes and frees
   millions of small blocks (libxml2 nodes, Swift strings); glibc's allocator fragments over a long run and spent a
   sixth of it in malloc, free and consolidation. */
#include <stddef.h>
#include <jemalloc/jemalloc.h>

/* The jemalloc version linked in, or NULL when malloc is not jemalloc's. */
static inline const char *oeuvre_allocator_version(void) {
    const char *version = NULL;
    size_t size = sizeof(version);
    if (mallctl("version", (void *)&version, &size, NULL, 0) != 0) return NULL;
    return version;
}
#endif
