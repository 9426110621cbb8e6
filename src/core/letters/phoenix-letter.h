/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/*
 * A cover letter: its parts as the conventions of its language lay them out (sender and
 * recipient blocks, place and date, subject, salutation, body, closing, signature), how it
 * was drafted (language, tone, length, template) and what it belongs to (the job offer, the
 * application, the CV variant sent with it). The body is a small markup: one paragraph a
 * line, <b> and <i> only, text escaped as in GMarkup (phoenix-letter-markup.h).
 * GTK-free; each string field is a property of the same name ("place-date" for
 * PHOENIX_LETTER_FIELD_PLACE_DATE…), "" when unset, notified only on change.
 */

typedef enum
{
  PHOENIX_LETTER_FIELD_TITLE,       /* the user's name for it in the list */
  PHOENIX_LETTER_FIELD_LANGUAGE,    /* "fr" | "en" */
  PHOENIX_LETTER_FIELD_TONE,        /* "formal" | "warm" | "concise" */
  PHOENIX_LETTER_FIELD_LENGTH,      /* "short" | "standard" | "long" */
  PHOENIX_LETTER_FIELD_TEMPLATE,    /* the draft it came from: "story", "skills", "company"; "" */
  PHOENIX_LETTER_FIELD_SENDER,      /* lines */
  PHOENIX_LETTER_FIELD_RECIPIENT,   /* lines */
  PHOENIX_LETTER_FIELD_PLACE_DATE,  /* « Lyon, le 3 mars 2025 » */
  PHOENIX_LETTER_FIELD_SUBJECT,
  PHOENIX_LETTER_FIELD_SALUTATION,
  PHOENIX_LETTER_FIELD_BODY,        /* markup, one paragraph a line */
  PHOENIX_LETTER_FIELD_CLOSING,
  PHOENIX_LETTER_FIELD_SIGNATURE,   /* lines */
  PHOENIX_LETTER_FIELD_CV_VARIANT,  /* uid of the CV variant sent with it, "" for the whole profile */
  PHOENIX_LETTER_N_FIELDS,
} PhoenixLetterField;

#define PHOENIX_TYPE_LETTER (phoenix_letter_get_type ())
G_DECLARE_FINAL_TYPE (PhoenixLetter, phoenix_letter, PHOENIX, LETTER, GObject)

PhoenixLetter *phoenix_letter_new                (void);
/* The property name of @field ("place-date"). */
const char    *phoenix_letter_field_to_string    (PhoenixLetterField field);

const char    *phoenix_letter_get                (PhoenixLetter      *self,
                                                  PhoenixLetterField  field);
void           phoenix_letter_set                (PhoenixLetter      *self,
                                                  PhoenixLetterField  field,
                                                  const char         *value);

/* Row id in the vault, 0 while not stored; the offer and application rows it belongs to, 0: none. */
gint64         phoenix_letter_get_id             (PhoenixLetter *self);
void           phoenix_letter_set_id             (PhoenixLetter *self,
                                                  gint64         id);
gint64         phoenix_letter_get_offer_id       (PhoenixLetter *self);
void           phoenix_letter_set_offer_id       (PhoenixLetter *self,
                                                  gint64         id);
gint64         phoenix_letter_get_application_id (PhoenixLetter *self);
void           phoenix_letter_set_application_id (PhoenixLetter *self,
                                                  gint64         id);
/* Seconds since the epoch (the store sets them). */
gint64         phoenix_letter_get_updated_at     (PhoenixLetter *self);
void           phoenix_letter_set_updated_at     (PhoenixLetter *self,
                                                  gint64         when);

/* The whole letter as plain text, parts in order, blank lines between them. */
char          *phoenix_letter_to_text            (PhoenixLetter *self);
/* The body without markup, paragraphs separated by @separator. */
char          *phoenix_letter_get_body_text      (PhoenixLetter *self,
                                                  const char    *separator);
/* A copy (id 0, same links). */
PhoenixLetter *phoenix_letter_copy               (PhoenixLetter *self);

G_END_DECLS
