/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/*
 * The headings of a job offer and the kind of section each opens, read by
 * their words (phoenix-offer-headings.c): "Vos missions", "What you'll
 * bring", "Un plus", "Qui sommes-nous ?"… GTK-free.
 */
typedef enum
{
  PHOENIX_OFFER_SECTION_HEADER,    /* title, company, location lines */
  PHOENIX_OFFER_SECTION_INTRO,     /* about the company, the package, the process: no requirement here */
  PHOENIX_OFFER_SECTION_MISSIONS,  /* the role and its tasks */
  PHOENIX_OFFER_SECTION_REQUIRED,  /* what the candidate must have */
  PHOENIX_OFFER_SECTION_NICE,      /* what would be a plus */
} PhoenixOfferSection;

/* TRUE when @line (one line of the offer, white space trimmed) is a heading, with the kind of
 * section it opens in *@section. "Missions : text" is a heading with its text; "Poste : X" is a
 * field, not a heading. */
gboolean  _phoenix_offer_line_is_heading (const char          *line,
                                          PhoenixOfferSection *section);

G_END_DECLS
