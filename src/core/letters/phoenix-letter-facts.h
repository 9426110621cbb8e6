/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "phoenix-ats.h"
#include "phoenix-job-offer.h"
#include "phoenix-profile.h"

G_BEGIN_DECLS

/*
 * What a letter may say: the slots a template fills, drawn only from the profile, the
 * offer and the ATS match of the two, so a draft never claims what the profile does not
 * support. Slots (a slot without a value is absent; HACKING.md lists them all):
 *   always:  name, target (the offer's title, else its occupation), date, lang
 *   person:  email, phone, address, postal_city, city, country
 *   offer:   company, offer_location, offer_focus (two things the offer asks for, in its
 *            words), sector (ROME domain letter), contact (set by the application)
 *   story:   origin (title of the latest job), origin_employer, years ("8 ans", "one year":
 *            years worked), change ("yes" when the offer is another occupation than the
 *            latest job's), skills (up to three skills the offer asks for that the CV names,
 *            in the CV's words), skill (the first of them), soft_skills (up to two),
 *            achievement (a highlight of the latest job in the letter's language),
 *            training, training_school (education under way; issue #11's training path may
 *            set them with phoenix_letter_facts_set())
 * The engine adds tone, length and template. GTK-free.
 */

#define PHOENIX_TYPE_LETTER_FACTS (phoenix_letter_facts_get_type ())
G_DECLARE_FINAL_TYPE (PhoenixLetterFacts, phoenix_letter_facts, PHOENIX, LETTER_FACTS, GObject)

/* The slots every template may use without a condition. */
extern const char * const phoenix_letter_always_slots[];

/*
 * @language: "fr" or "en"; @today: the letter's date (NULL: now). @offer may be NULL (a
 * spontaneous application: then set "target" and "company" yourself).
 */
PhoenixLetterFacts *phoenix_letter_facts_new          (PhoenixSkillExtractor *extractor,
                                                       PhoenixProfile        *profile,
                                                       PhoenixJobOffer       *offer,
                                                       const char            *language,
                                                       GDateTime             *today);
const char         *phoenix_letter_facts_get_language (PhoenixLetterFacts *self);
/* "" when the slot has no value. */
const char         *phoenix_letter_facts_get          (PhoenixLetterFacts *self,
                                                       const char         *slot);
/* NULL or "" removes the slot. */
void                phoenix_letter_facts_set          (PhoenixLetterFacts *self,
                                                       const char         *slot,
                                                       const char         *value);
/* slot → value, owned by @self. */
GHashTable         *phoenix_letter_facts_get_slots    (PhoenixLetterFacts *self);
/* The ATS report the skills came from (NULL without an offer). */
PhoenixAtsReport   *phoenix_letter_facts_get_report   (PhoenixLetterFacts *self);

/* "7 décembre 2024", "1er mars 2025", "7 December 2024". */
char               *phoenix_letter_format_date        (GDateTime          *date,
                                                       const char         *language);
/* "a, b et c" / "a, b and c". */
char               *phoenix_letter_join_list          (const char * const *items,
                                                       const char         *language);

G_END_DECLS
