#ifndef OEUVRE_CLIBXML2_SHIM_H
#define OEUVRE_CLIBXML2_SHIM_H
#include <libxml/xmlversion.h>
/* Debian's libxml2 is built with ICU; its headers then pull ICU types that clash with Foundation's copy. Swift never
   touches the two ICU fields of xmlCharEncodingHandler, so hide them. */
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlreader.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlsave.h>
#include <libxml/parserInternals.h>

/* xmlFree is a global function pointer: not concurrency-safe to reference from Swift 6. */
static inline void cxml_free(void *p) { xmlFree(p); }
static inline int cxml_nodeset_count(xmlXPathObjectPtr obj) {
    return (obj && obj->nodesetval) ? obj->nodesetval->nodeNr : 0;
}
static inline xmlNodePtr cxml_nodeset_item(xmlXPathObjectPtr obj, int i) {
    return (obj && obj->nodesetval && i < obj->nodesetval->nodeNr) ? obj->nodesetval->nodeTab[i] : NULL;
}
#endif
