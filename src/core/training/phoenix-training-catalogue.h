/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "phoenix-taxonomy.h"
#include "phoenix-training-module.h"

G_BEGIN_DECLS

/*
 * The training modules the path planner chooses from: Phoenix's starter
 * catalogue (data/training/catalogue.csv, compiled in), catalogues imported
 * from CSV files (the same documented layout, data/training/README) and the
 * user's own trainings. Ids are unique; adding a module of a known id replaces
 * it. GTK-free.
 */

#define PHOENIX_TRAINING_CATALOGUE_ERROR (phoenix_training_catalogue_error_quark ())

typedef enum
{
  PHOENIX_TRAINING_CATALOGUE_ERROR_INVALID,   /* a line of the file is wrong: the message names it */
  PHOENIX_TRAINING_CATALOGUE_ERROR_EMPTY,     /* no module in the file */
  PHOENIX_TRAINING_CATALOGUE_ERROR_TOO_LARGE, /* past PHOENIX_TRAINING_CATALOGUE_MAX_FILE_SIZE */
} PhoenixTrainingCatalogueError;

/*
 * Limits of an imported file, enforced while reading and parsing (issue #14): a
 * catalogue of a few thousand modules is well under a megabyte.
 */
#define PHOENIX_TRAINING_CATALOGUE_MAX_FILE_SIZE (16 * 1024 * 1024)
#define PHOENIX_TRAINING_CATALOGUE_MAX_RECORDS   20000      /* lines with fields, the header included */
#define PHOENIX_TRAINING_CATALOGUE_MAX_FIELDS    64         /* fields on one line */
#define PHOENIX_TRAINING_CATALOGUE_MAX_FIELD     (16 * 1024) /* bytes in one field */

#define PHOENIX_TYPE_TRAINING_CATALOGUE (phoenix_training_catalogue_get_type ())
G_DECLARE_FINAL_TYPE (PhoenixTrainingCatalogue, phoenix_training_catalogue, PHOENIX, TRAINING_CATALOGUE, GObject)

GQuark                    phoenix_training_catalogue_error_quark  (void);

PhoenixTrainingCatalogue *phoenix_training_catalogue_new          (void);
/* A catalogue holding the starter modules; their skill ids are checked against @taxonomy. */
PhoenixTrainingCatalogue *phoenix_training_catalogue_new_starter  (PhoenixTaxonomy          *taxonomy,
                                                                   GError                  **error);
/* A new catalogue holding the same modules (modules are not changed once in a catalogue: a snapshot). */
PhoenixTrainingCatalogue *phoenix_training_catalogue_copy         (PhoenixTrainingCatalogue *self);
/* The starter catalogue's CSV text, as compiled in. */
GBytes                   *phoenix_training_catalogue_get_starter_data (void);

/* Every module (a GListModel of PhoenixTrainingModule), in the order added. */
GListModel               *phoenix_training_catalogue_get_modules  (PhoenixTrainingCatalogue *self);
guint                     phoenix_training_catalogue_get_n_modules (PhoenixTrainingCatalogue *self);
PhoenixTrainingModule    *phoenix_training_catalogue_lookup       (PhoenixTrainingCatalogue *self,
                                                                   const char               *id);
/* Adds @module, or replaces the module of the same id in place. */
void                      phoenix_training_catalogue_add          (PhoenixTrainingCatalogue *self,
                                                                   PhoenixTrainingModule    *module);
gboolean                  phoenix_training_catalogue_remove       (PhoenixTrainingCatalogue *self,
                                                                   const char               *id);

/*
 * Reads a catalogue in the documented CSV layout (comma, semicolon or tab
 * separated, UTF-8, a header line naming the columns). Every module or none:
 * on the first problem, NULL and an error naming the line. Skill ids must be
 * in @taxonomy (an old id is stored as the skill it was merged into);
 * prerequisites name modules of the file or of @self; an id of a starter
 * module cannot be reused. Returns the modules (GPtrArray of
 * PhoenixTrainingModule, @origin and @source set), not yet added to @self.
 */
GPtrArray                *phoenix_training_catalogue_parse_csv    (PhoenixTrainingCatalogue *self,
                                                                   PhoenixTaxonomy          *taxonomy,
                                                                   const char               *data,
                                                                   gsize                     length,
                                                                   PhoenixModuleOrigin       origin,
                                                                   const char               *source,
                                                                   GError                  **error);
/*
 * Reads @file with the byte cap enforced while reading (a file that grows or
 * lies about its size stops at PHOENIX_TRAINING_CATALOGUE_MAX_FILE_SIZE + 1
 * bytes): PHOENIX_TRAINING_CATALOGUE_ERROR_TOO_LARGE past it. Blocking: call
 * it from a worker (phoenix_training_catalogue_import_file_async()) or a CLI.
 */
GBytes                   *phoenix_training_catalogue_read_file    (GFile                    *file,
                                                                   GCancellable             *cancellable,
                                                                   GError                  **error);
/*
 * Reads and parses @file in a worker thread (phoenix_training_catalogue_read_file()
 * then phoenix_training_catalogue_parse_csv() against a snapshot of @self, so
 * the main thread neither reads nor parses). The source is @file's name.
 */
void                      phoenix_training_catalogue_import_file_async  (PhoenixTrainingCatalogue *self,
                                                                         PhoenixTaxonomy          *taxonomy,
                                                                         GFile                    *file,
                                                                         PhoenixModuleOrigin       origin,
                                                                         GCancellable             *cancellable,
                                                                         GAsyncReadyCallback       callback,
                                                                         gpointer                  user_data);
/* The modules read (GPtrArray of PhoenixTrainingModule, not yet added to the catalogue), or NULL and @error. */
GPtrArray                *phoenix_training_catalogue_import_file_finish (PhoenixTrainingCatalogue *self,
                                                                         GAsyncResult             *result,
                                                                         GError                  **error);
/* The modules of @self in the same layout (what an import reads back); @origin < 0: every module. */
char                     *phoenix_training_catalogue_to_csv       (PhoenixTrainingCatalogue *self,
                                                                   int                       origin);

G_END_DECLS
