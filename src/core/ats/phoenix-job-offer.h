/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "phoenix-cv-parser.h"
#include "phoenix-education-level.h"
#include "phoenix-pdf-import.h"
#include "phoenix-skill-extractor.h"

G_BEGIN_DECLS

/*
 * A job offer read from its text: title, company, location, contract, the
 * skills it requires and those it would like, the education level and years
 * of experience it asks for, and the taxonomy occupation it matches. Every
 * field is a read-write property so the user can correct what was misread.
 * The model is phoenix-job-offer.c, reading the text phoenix-offer-reader.c
 * (headings: phoenix-offer-headings.c), files and pastes phoenix-offer-loader.c.
 * GTK-free.
 */

typedef struct
{
  guint    skill;     /* taxonomy index */
  gboolean required;  /* FALSE: nice to have */
  guint    start;     /* first mention in the text (byte offsets) */
  guint    end;
  gboolean weak;      /* named once, among the missions, by one word: weak evidence */
} PhoenixOfferSkill;

#define PHOENIX_JOB_OFFER_ERROR (phoenix_job_offer_error_quark ())

typedef enum
{
  PHOENIX_JOB_OFFER_ERROR_EMPTY,
  PHOENIX_JOB_OFFER_ERROR_UNSUPPORTED,
  PHOENIX_JOB_OFFER_ERROR_TOO_LONG,
} PhoenixJobOfferError;

/* An offer is a page or two (≈5 KB); a text file or a paste past these is some other document. */
#define PHOENIX_JOB_OFFER_MAX_FILE_SIZE (8 * 1024 * 1024)  /* bytes of a .txt or .html file */
#define PHOENIX_JOB_OFFER_MAX_TEXT      (256 * 1024)       /* bytes of the offer's text */

/* FALSE with PHOENIX_JOB_OFFER_ERROR_TOO_LONG when @text is past PHOENIX_JOB_OFFER_MAX_TEXT. */
gboolean               phoenix_job_offer_check_length    (const char      *text,
                                                          GError         **error);

#define PHOENIX_TYPE_JOB_OFFER (phoenix_job_offer_get_type ())
G_DECLARE_FINAL_TYPE (PhoenixJobOffer, phoenix_job_offer, PHOENIX, JOB_OFFER, GObject)

GQuark                 phoenix_job_offer_error_quark     (void);

/*
 * Properties (strings "" when unknown, never NULL):
 *   "text", "language" ("fr"/"en"), "title", "company", "location",
 *   "contract" ("cdi", "cdd", "interim", "alternance", "stage", "freelance" or ""),
 *   "working-time" ("full-time", "part-time" or ""), "education" (PhoenixEducationLevel as int),
 *   "experience-years" (int, -1 when not stated), "occupation" (ROME code).
 */
PhoenixJobOffer       *phoenix_job_offer_new_from_text   (PhoenixSkillExtractor *extractor,
                                                          const char            *text);
/* Plain text or HTML (tags dropped). A PDF is refused (UNSUPPORTED): it needs the
 * sandboxed helper, so use phoenix_job_offer_new_from_file_async(). */
PhoenixJobOffer       *phoenix_job_offer_new_from_file   (PhoenixSkillExtractor *extractor,
                                                          GFile                 *file,
                                                          GError               **error);
/*
 * Plain text, HTML or PDF. A PDF is read by @importer (the sandboxed import
 * helper; NULL: a default one) with @password (may be NULL), and the offer is
 * made from its text in reading order (phoenix_cv_parse_get_text()); its errors
 * are in PHOENIX_PDF_IMPORT_ERROR (ENCRYPTED: ask a password and call again,
 * NO_TEXT, DAMAGED…). Other files as phoenix_job_offer_new_from_file().
 */
void                   phoenix_job_offer_new_from_file_async  (PhoenixSkillExtractor *extractor,
                                                               GFile                 *file,
                                                               PhoenixPdfImport      *importer,
                                                               const char            *password,
                                                               GCancellable          *cancellable,
                                                               GAsyncReadyCallback    callback,
                                                               gpointer               user_data);
PhoenixJobOffer       *phoenix_job_offer_new_from_file_finish (GAsyncResult          *result,
                                                               GError               **error);
/* The offer in a PDF's text (what the import helper or phoenix_pdf_reader_read() gave);
 * PHOENIX_PDF_IMPORT_ERROR_NO_TEXT when it has none. */
PhoenixJobOffer       *phoenix_job_offer_new_from_pdf_parse   (PhoenixSkillExtractor *extractor,
                                                               PhoenixCvParse        *parse,
                                                               GError               **error);
/* Text of an HTML page: tags and scripts dropped, block elements as new lines, entities decoded. */
char                  *phoenix_job_offer_html_to_text    (const char            *html);

const char            *phoenix_job_offer_get_text        (PhoenixJobOffer *self);
const char            *phoenix_job_offer_get_language    (PhoenixJobOffer *self);
const char            *phoenix_job_offer_get_title       (PhoenixJobOffer *self);
void                   phoenix_job_offer_set_title       (PhoenixJobOffer *self,
                                                          const char      *title);
const char            *phoenix_job_offer_get_company     (PhoenixJobOffer *self);
void                   phoenix_job_offer_set_company     (PhoenixJobOffer *self,
                                                          const char      *company);
const char            *phoenix_job_offer_get_location    (PhoenixJobOffer *self);
void                   phoenix_job_offer_set_location    (PhoenixJobOffer *self,
                                                          const char      *location);
const char            *phoenix_job_offer_get_contract    (PhoenixJobOffer *self);
void                   phoenix_job_offer_set_contract    (PhoenixJobOffer *self,
                                                          const char      *contract);
const char            *phoenix_job_offer_get_working_time (PhoenixJobOffer *self);
PhoenixEducationLevel  phoenix_job_offer_get_education   (PhoenixJobOffer *self);
void                   phoenix_job_offer_set_education   (PhoenixJobOffer       *self,
                                                          PhoenixEducationLevel  level);
int                    phoenix_job_offer_get_experience_years (PhoenixJobOffer *self);
void                   phoenix_job_offer_set_experience_years (PhoenixJobOffer *self,
                                                               int              years);
/* ROME code, "" when none matched. */
const char            *phoenix_job_offer_get_occupation  (PhoenixJobOffer *self);
void                   phoenix_job_offer_set_occupation  (PhoenixJobOffer *self,
                                                          const char      *code);
/* The second guess when it came close to the first (ROME code), "" otherwise or once an
 * occupation was set: shown beside the guess so the user can pick it. Not stored in the vault. */
const char            *phoenix_job_offer_get_occupation_runner_up (PhoenixJobOffer *self);
/* Gives the offer a second guess (a ROME code, "" for none), as the stored copy of an offer just
 * read takes its original's. */
void                   phoenix_job_offer_set_occupation_runner_up (PhoenixJobOffer *self,
                                                                   const char      *code);
/* Array of PhoenixOfferSkill, required first; owned by the offer. */
GArray                *phoenix_job_offer_get_skills      (PhoenixJobOffer *self);
/* Adds (or moves) a skill; @required FALSE makes it nice-to-have. */
void                   phoenix_job_offer_set_skill       (PhoenixJobOffer *self,
                                                          guint            skill,
                                                          gboolean         required);
void                   phoenix_job_offer_remove_skill    (PhoenixJobOffer *self,
                                                          guint            skill);
PhoenixTaxonomy       *phoenix_job_offer_get_taxonomy    (PhoenixJobOffer *self);
/* Row id in the vault (phoenix-job-offer-store.h), 0 when not stored. */
gint64                 phoenix_job_offer_get_id          (PhoenixJobOffer *self);
void                   phoenix_job_offer_set_id          (PhoenixJobOffer *self,
                                                          gint64           id);
/* A copy of every field, for a worker thread to score while the user edits the original. */
PhoenixJobOffer       *phoenix_job_offer_copy            (PhoenixJobOffer *self);

G_END_DECLS
