/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Deletes @path and everything below it, read-only folders included; a missing path is fine. */
void       phoenix_test_remove_tree   (const char *path);

/* A new temporary folder from @tmpl ("phoenix-xxx-XXXXXX"; asserted). */
char      *phoenix_test_make_tmp_dir  (const char *tmpl);

/* @relative (with "/" between its parts) in the source tree, $PHOENIX_SOURCE_DIR (asserted set). */
char      *phoenix_test_source_path   (const char *relative);

/* Whether the @size bytes of @data (binary: a PDF, an image) hold @needle. */
gboolean   phoenix_test_bytes_contain (const char *data,
                                       gsize       size,
                                       const char *needle);

/* The rows of the tab-separated file @path (asserted readable): each row a GStrv of its fields,
 * lines starting with "#" and empty lines left out. */
GPtrArray *phoenix_test_read_tsv      (const char *path);

/* The names of the files of @dir ending in @suffix, sorted (char *; empty when @dir cannot be
 * read). */
GPtrArray *phoenix_test_list_files    (const char *dir,
                                       const char *suffix);

/* Runs the command @argv (searched in PATH) and returns what it printed; a failure to start it or a
 * non-zero exit status fails the test with its error output. */
char      *phoenix_test_run_tool      (const char * const *argv);
/* @text with every run of white space made one space (for text a tool laid out in lines). */
char      *phoenix_test_squeeze       (const char *text);

/* Messages from the catalogues the build compiled (PHOENIX_BUILD_DIR/po, asserted set), in the
 * C.UTF-8 locale (where LANGUAGE is honoured, unlike plain C); then phoenix_test_use_language()
 * switches the language ("fr", "en") of _() at once. */
void       phoenix_test_use_build_catalogue (void);
void       phoenix_test_use_language        (const char *language);

/* A fixture that is a fresh temporary folder, removed with everything in it after the test. */
typedef struct
{
  char *dir;
} PhoenixTestDir;

void       phoenix_test_dir_setup     (PhoenixTestDir *f,
                                       gconstpointer   data);
void       phoenix_test_dir_teardown  (PhoenixTestDir *f,
                                       gconstpointer   data);


G_END_DECLS
