/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

#include "phoenix-profile.h"

G_BEGIN_DECLS

#define PHOENIX_JSON_RESUME_ERROR (phoenix_json_resume_error_quark ())

typedef enum
{
  PHOENIX_JSON_RESUME_ERROR_PARSE,       /* not JSON at all */
  PHOENIX_JSON_RESUME_ERROR_WRONG_TYPE,  /* a member of the wrong type (the message names path and type) */
  PHOENIX_JSON_RESUME_ERROR_BAD_DATE,    /* a date that is not YYYY, YYYY-MM or YYYY-MM-DD */
  PHOENIX_JSON_RESUME_ERROR_TOO_LARGE,   /* over a limit below: bytes, nesting or entries */
} PhoenixJsonResumeError;

/* What an import reads at most, checked before parsing (bytes, nesting) or before any entry is
 * made (entries): a resume with a 10 MB photo is 14 MB of JSON, a long career 100 entries. */
#define PHOENIX_JSON_RESUME_MAX_BYTES   (24 * 1024 * 1024)
#define PHOENIX_JSON_RESUME_MAX_ENTRIES 1000   /* in each section (work, education…) */

GQuark      phoenix_json_resume_error_quark   (void);

/*
 * JSON Resume (schema v1, jsonresume/resume-schema) ⇄ PhoenixProfile.
 *
 * Mapping: basics → person and contact (label = headline, location.countryCode = country,
 * profiles[] = links with network = label; image = the photo as a data: URI); work[] →
 * experiences (name = employer, position = title); volunteer[]; education[] (institution =
 * school, area = field, studyType = degree, score = grade; our location and summary travel
 * as extra members, which the schema allows); skills[] (our category and taxonomy id travel
 * as "category" and "taxonomyId"); languages[] (fluency = level); certificates[]; awards[];
 * publications[]; references[]; projects[] (description = summary, type = kind);
 * interests[] (keywords joined with ", "). An entry with a start date and no end date is
 * current, as JSON Resume has it. Top-level members we have no home for (“meta”, “$schema”,
 * x-…) and unknown members of basics are kept in the profile's "json-resume-extra" and given
 * back on export. Entry uids are not exported.
 */

/* Returns a new JSON object node; empty strings and lists are left out. */
JsonNode   *phoenix_json_resume_export        (PhoenixProfile  *profile);
/* Pretty-printed UTF-8 text of phoenix_json_resume_export(). */
char       *phoenix_json_resume_to_data       (PhoenixProfile  *profile,
                                               gsize           *length);

/* Replaces everything in @profile (photo included) with the resume in @root. On
 * error (a wrong type: the message names the path and the expected type) @profile is
 * unchanged. "changed" is emitted once. */
gboolean    phoenix_json_resume_import        (PhoenixProfile  *profile,
                                               JsonNode        *root,
                                               GError         **error);
/* Parses @data (UTF-8 JSON; @length -1 when NUL-terminated) within the limits above and imports
 * it. Empty, too large or too deeply nested data is PHOENIX_JSON_RESUME_ERROR_PARSE or _TOO_LARGE. */
gboolean    phoenix_json_resume_import_data   (PhoenixProfile  *profile,
                                               const char      *data,
                                               gssize           length,
                                               GError         **error);
/* Reads at most PHOENIX_JSON_RESUME_MAX_BYTES of @path (a larger file is refused unread). */
gboolean    phoenix_json_resume_import_file   (PhoenixProfile  *profile,
                                               const char      *path,
                                               GError         **error);

typedef enum
{
  PHOENIX_JSON_RESUME_DEFAULT   = 0,
  /* basics.image's bytes become the photo as they are (at most PHOENIX_PHOTO_MAX_FILE_SIZE),
   * for the caller to prepare in the import helper's sandbox, and to set aside with
   * phoenix_json_resume_set_photo_aside() when that refuses them. */
  PHOENIX_JSON_RESUME_RAW_PHOTO = 1 << 0,
} PhoenixJsonResumeFlags;

/* phoenix_json_resume_import() with @flags (RAW_PHOTO: the app's import preview, which then
 * prepares the photo in the import helper's sandbox). */
gboolean        phoenix_json_resume_import_full      (PhoenixProfile          *profile,
                                                      JsonNode                *root,
                                                      PhoenixJsonResumeFlags   flags,
                                                      GError                 **error);

/* Reads, parses and imports @file into a new profile in a worker thread (the photo decoded
 * there too unless @flags say otherwise), for the app's main thread: finish returns that
 * profile, to be copied into the user's with phoenix_profile_copy_into() on the main thread. */
void            phoenix_json_resume_read_file_async  (GFile                  *file,
                                                      PhoenixJsonResumeFlags  flags,
                                                      GCancellable           *cancellable,
                                                      GAsyncReadyCallback     callback,
                                                      gpointer                user_data);
PhoenixProfile *phoenix_json_resume_read_file_finish (GAsyncResult        *result,
                                                      GError             **error);
/* Moves @profile's photo, an image that was refused, to its extra members (basics.image as a
 * data: URI) so that nothing is lost and export gives it back; the profile has no photo then. */
void            phoenix_json_resume_set_photo_aside  (PhoenixProfile      *profile);

/* Checks @root against JSON Resume's official schema (v1.0.0, compiled in).
 * Returns TRUE when valid; otherwise @error names the first problem and
 * @problems (optional) receives each one as a translated “/path: message”. */
gboolean    phoenix_json_resume_validate      (JsonNode        *root,
                                               GPtrArray      **problems,
                                               GError         **error);

G_END_DECLS
