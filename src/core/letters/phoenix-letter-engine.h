/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "phoenix-letter.h"
#include "phoenix-letter-facts.h"
#include "phoenix-letter-template.h"

G_BEGIN_DECLS

/*
 * Drafts cover letters from the templates in data/letters/<lang>/ (compiled into the core
 * as a GResource): common.tmpl holds the parts every draft shares (sender, recipient,
 * date, subject, salutation, closing, signature, openings by sector), each other file one
 * draft's body. Deterministic, offline and instant. GTK-free.
 */

typedef struct
{
  const char *id;          /* "story", "skills", "company" */
  const char *name;        /* marked for translation where defined: translate when shown */
  const char *description; /* marked for translation likewise */
} PhoenixLetterDraftInfo;

/* The tones and lengths a draft may take ("formal", "warm", "concise"; "short", "standard", "long"). */
extern const char * const phoenix_letter_tones[];
extern const char * const phoenix_letter_lengths[];
extern const char * const phoenix_letter_languages[];

#define PHOENIX_TYPE_LETTER_ENGINE (phoenix_letter_engine_get_type ())
G_DECLARE_FINAL_TYPE (PhoenixLetterEngine, phoenix_letter_engine, PHOENIX, LETTER_ENGINE, GObject)

/* Loads and checks every template; an error names the broken one. */
PhoenixLetterEngine          *phoenix_letter_engine_new          (GError             **error);
const PhoenixLetterDraftInfo *phoenix_letter_engine_get_drafts   (guint               *n_drafts);
/* The template of @draft ("common" for the shared parts) in @language, NULL when none. */
PhoenixLetterTemplate        *phoenix_letter_engine_get_template (PhoenixLetterEngine *self,
                                                                  const char          *language,
                                                                  const char          *draft);
/*
 * A letter in the facts' language. Fails with NO_NAME or NO_TARGET when the profile has no
 * name or the offer no title, UNKNOWN_TEMPLATE for an unknown draft, tone or length.
 */
PhoenixLetter                *phoenix_letter_engine_draft        (PhoenixLetterEngine *self,
                                                                  PhoenixLetterFacts  *facts,
                                                                  const char          *draft,
                                                                  const char          *tone,
                                                                  const char          *length,
                                                                  GError             **error);
/* One letter per draft (PhoenixLetter *), in the order of phoenix_letter_engine_get_drafts(). */
GPtrArray                    *phoenix_letter_engine_draft_all    (PhoenixLetterEngine *self,
                                                                  PhoenixLetterFacts  *facts,
                                                                  const char          *tone,
                                                                  const char          *length,
                                                                  GError             **error);

G_END_DECLS
