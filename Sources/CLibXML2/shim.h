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
   machinery: most mapping paths are of this form. Child steps may carry predicates: a position, or an OR of ANDs of
   attribute tests and `starts-with(., '…')`. */
typedef struct {
    int kind;             /* 0 attribute exists, 1 attribute equals value, 2 attribute exists and differs, 3 starts-with(., value) */
    const xmlChar *name;  /* attribute */
    const xmlChar *href;
    const xmlChar *value;
    int negated;          /* not(…) */
    int clause;           /* atoms of one clause are ANDed; clauses are ORed */
} cxml_atom;

typedef struct {
    int position;         /* > 0: keep the n-th node of the list so far; else the atoms filter */
    const cxml_atom *atoms;
    int atomCount;
} cxml_predicate;

typedef struct {
    int kind;             /* 0 self, 1 parent, 2 child elements, 3 attributes */
    const xmlChar *name;
    const xmlChar *href;  /* namespace URI; NULL: no namespace */
    const cxml_predicate *predicates;
    int predicateCount;
} cxml_step;

static inline int cxml_ns_matches(const xmlNs *ns, const xmlChar *href) {
    if (href == NULL) return ns == NULL;
    return ns != NULL && ns->href != NULL && xmlStrEqual(ns->href, href);
}

static inline int cxml_atom_holds(xmlNodePtr node, const cxml_atom *atom) {
    int result = 0;
    if (atom->kind == 3) {
        xmlChar *text = xmlNodeGetContent(node);
        size_t length = strlen((const char *)atom->value);
        result = text != NULL && strncmp((const char *)text, (const char *)atom->value, length) == 0;
        if (text != NULL) xmlFree(text);
    } else {
        for (xmlAttrPtr attribute = node->properties; attribute != NULL; attribute = attribute->next) {
            if (!xmlStrEqual(attribute->name, atom->name) || !cxml_ns_matches(attribute->ns, atom->href)) continue;
            if (atom->kind == 0) { result = 1; break; }
            xmlChar *value = xmlNodeGetContent((xmlNodePtr)attribute);
            int equal = value != NULL ? xmlStrEqual(value, atom->value) : atom->value[0] == 0;
            if (value != NULL) xmlFree(value);
            result = atom->kind == 1 ? equal : !equal;
            break;
        }
    }
    return atom->negated ? !result : result;
}

static inline int cxml_filter_holds(xmlNodePtr node, const cxml_predicate *predicate) {
    int clause = -1, clauseHolds = 0;
    for (int i = 0; i < predicate->atomCount; i++) {
        const cxml_atom *atom = &predicate->atoms[i];
        if (atom->clause != clause) {
            if (clause >= 0 && clauseHolds) return 1;
            clause = atom->clause;
            clauseHolds = 1;
        }
        if (clauseHolds && !cxml_atom_holds(node, atom)) clauseHolds = 0;
    }
    return clause >= 0 && clauseHolds;
}

/* Applies a step's predicates, in order, to the `count` nodes at `list` (one parent's matching children); returns
   how many remain at the front of `list`. */
static inline int cxml_apply_predicates(xmlNodePtr *list, int count, const cxml_step *step) {
    for (int p = 0; p < step->predicateCount; p++) {
        const cxml_predicate *predicate = &step->predicates[p];
        if (predicate->position > 0) {
            if (predicate->position > count) return 0;
            list[0] = list[predicate->position - 1];
            count = 1;
            continue;
        }
        int kept = 0;
        for (int i = 0; i < count; i++) {
            if (cxml_filter_holds(list[i], predicate)) list[kept++] = list[i];
        }
        count = kept;
    }
    return count;
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
                int start = m;
                for (xmlNodePtr child = a[i]->children; child != NULL; child = child->next) {
                    if (child->type != XML_ELEMENT_NODE || !xmlStrEqual(child->name, step->name) || !cxml_ns_matches(child->ns, step->href)) continue;
                    if (m == capacity) return -1;
                    b[m++] = child;
                }
                if (step->predicateCount > 0) m = start + cxml_apply_predicates(b + start, m - start, step);
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
