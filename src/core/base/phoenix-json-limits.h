/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/*
 * JSON from outside (a file the user picked, a helper's reply, a contribution)
 * read within limits: its size is checked before anything is parsed, and its
 * nesting depth by a linear scan before json-glib, whose parser recurses once a
 * level (100,000 levels overflow the stack), ever sees it. GTK-free.
 */

/* Deeper than any document Phoenix reads (JSON Resume: 4 levels; a helper reply: 6). */
#define PHOENIX_JSON_MAX_DEPTH 64

#define PHOENIX_JSON_LIMIT_ERROR (phoenix_json_limit_error_quark ())

typedef enum
{
  PHOENIX_JSON_LIMIT_ERROR_EMPTY,      /* nothing but white space */
  PHOENIX_JSON_LIMIT_ERROR_TOO_LARGE,  /* over the byte limit */
  PHOENIX_JSON_LIMIT_ERROR_TOO_DEEP,   /* nested deeper than the depth limit */
  PHOENIX_JSON_LIMIT_ERROR_INVALID,    /* not JSON (json-glib's reason in the message) */
} PhoenixJsonLimitError;

GQuark    phoenix_json_limit_error_quark (void);

/* The deepest nesting of arrays and objects in @data (brackets inside strings do not count),
 * in one pass; it stops counting at @stop_at + 1. Never recurses. */
guint     phoenix_json_nesting_depth     (const char  *data,
                                          gsize        length,
                                          guint        stop_at);

/* Parses @data as one JSON document of at most @max_bytes bytes and @max_depth levels, both
 * checked first. Returns its root (never NULL: an empty document is an error), or NULL and a
 * translated PHOENIX_JSON_LIMIT_ERROR. */
JsonNode *phoenix_json_parse_bounded     (const char  *data,
                                          gsize        length,
                                          gsize        max_bytes,
                                          guint        max_depth,
                                          GError     **error);

/* Reads at most @max_bytes + 1 bytes of @path (never more, whatever its size: a FIFO or a file
 * that grows) and parses them as above. File errors are G_FILE_ERROR, translated by GLib. */
JsonNode *phoenix_json_parse_file_bounded (const char  *path,
                                           gsize        max_bytes,
                                           guint        max_depth,
                                           GError     **error);

/* Reads at most @max_bytes of @path into a NUL-terminated buffer; TRUE with *@too_large set when
 * the file holds more (nothing is returned then). */
gboolean  phoenix_file_read_bounded      (const char  *path,
                                          gsize        max_bytes,
                                          char       **contents,
                                          gsize       *length,
                                          gboolean    *too_large,
                                          GError     **error);

G_END_DECLS
