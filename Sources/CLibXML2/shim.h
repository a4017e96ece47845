#ifndef BTAP_CLIBXML2_SHIM_H
#define BTAP_CLIBXML2_SHIM_H

/*
 * The part of libxml2 that the btap-feed helper's NewsFeed module uses: the
 * push parser with a SAX2 handler of its own (no tree, no entity table, no
 * DTD loading), its encoding handlers, and its RFC 3986 reference resolution.
 *
 * Macro constants Swift cannot import reliably are exposed through small
 * accessors; none is copied as a literal.
 */

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlerror.h>
#include <libxml/uri.h>
#include <libxml/encoding.h>

/* The value a SAX handler's `initialized` field must hold for libxml2 to use
   its SAX2 callbacks (startElementNs, serror). */
static inline unsigned int btap_sax2_magic(void) { return XML_SAX2_MAGIC; }

/* A generic error handler that prints nothing: every parse error reaches btap
   through the SAX2 structured handler, with its line, so libxml2's own printing to
   standard error (which would land on the dashboard's status line) is turned off. */
static void btap_ignore_generic_error(void *context, const char *message, ...) {
  (void)context;
  (void)message;
}

/* Turns libxml2's printing of errors to standard error off for this thread. */
static inline void btap_silence_generic_errors(void) {
  xmlSetGenericErrorFunc(NULL, btap_ignore_generic_error);
}

/* Frees memory libxml2 allocated (a built URI); xmlFree is a function pointer
   variable, which Swift imports awkwardly. */
static inline void btap_xml_free(void *pointer) { xmlFree(pointer); }

#endif
