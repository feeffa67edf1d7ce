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
#include <string.h>

/* xmlFree is a global function pointer: not concurrency-safe to reference from Swift 6. */
static inline void cxml_free(void *p) { xmlFree(p); }
static inline int cxml_nodeset_count(xmlXPathObjectPtr obj) {
    return (obj && obj->nodesetval) ? obj->nodesetval->nodeNr : 0;
}
static inline xmlNodePtr cxml_nodeset_item(xmlXPathObjectPtr obj, int i) {
    return (obj && obj->nodesetval && i < obj->nodesetval->nodeNr) ? obj->nodesetval->nodeTab[i] : NULL;
}

/* A location path of plain steps (`a:b/a:c[1]/@x:y`, `..`, `.`), walked over the tree without libxml2's XPath
   machinery: most mapping paths are of this form. kind: 0 self, 1 parent, 2 child elements, 3 attributes. */
typedef struct {
    int kind;
    const xmlChar *name;
    const xmlChar *href; /* namespace URI; NULL: no namespace */
    int position;        /* child steps: the n-th match per parent (1-based); 0: all */
} cxml_step;

static inline int cxml_ns_matches(const xmlNs *ns, const xmlChar *href) {
    if (href == NULL) return ns == NULL;
    return ns != NULL && ns->href != NULL && xmlStrEqual(ns->href, href);
}

/* Evaluates the steps from `context` into `a` (b is scratch; both hold `capacity` nodes). Returns the number of
   nodes, in document order, or -1 when the walk cannot answer (a non-element context, more than `capacity`
   nodes): the caller then asks libxml2's XPath. */
static inline int cxml_walk(xmlNodePtr context, const cxml_step *steps, int count, xmlNodePtr *a, xmlNodePtr *b, int capacity) {
    if (context == NULL || context->type != XML_ELEMENT_NODE || capacity < 1) return -1;
    xmlNodePtr *first = a;
    int n = 1;
    a[0] = context;
    for (int s = 0; s < count; s++) {
        const cxml_step *step = &steps[s];
        int m = 0;
        switch (step->kind) {
        case 0:
            continue;
        case 1:
            for (int i = 0; i < n; i++) {
                xmlNodePtr parent = a[i]->parent;
                if (parent == NULL || parent->type != XML_ELEMENT_NODE || n != 1) return -1;
                b[m++] = parent;
            }
            break;
        case 2:
            for (int i = 0; i < n; i++) {
                int seen = 0;
                for (xmlNodePtr child = a[i]->children; child != NULL; child = child->next) {
                    if (child->type != XML_ELEMENT_NODE || !xmlStrEqual(child->name, step->name) || !cxml_ns_matches(child->ns, step->href)) continue;
                    seen++;
                    if (step->position != 0 && seen != step->position) continue;
                    if (m == capacity) return -1;
                    b[m++] = child;
                    if (step->position != 0) break;
                }
            }
            break;
        case 3:
            for (int i = 0; i < n; i++) {
                if (a[i]->type != XML_ELEMENT_NODE) return -1;
                for (xmlAttrPtr attribute = a[i]->properties; attribute != NULL; attribute = attribute->next) {
                    if (!xmlStrEqual(attribute->name, step->name) || !cxml_ns_matches(attribute->ns, step->href)) continue;
                    if (m == capacity) return -1;
                    b[m++] = (xmlNodePtr)attribute;
                }
            }
            break;
        default:
            return -1;
        }
        xmlNodePtr *swap = a;
        a = b;
        b = swap;
        n = m;
    }
    if (a != first) memcpy(first, a, (size_t)n * sizeof(xmlNodePtr));
    return n;
}
#endif
