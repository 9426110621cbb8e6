/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

#include "phoenix-job-offer.h"

G_BEGIN_DECLS

/*
 * What the taxonomy and ATS tests share: the compiled taxonomy of the build
 * folder ($PHOENIX_TAXONOMY), the offers of tests/data/offers (20 labelled)
 * and tests/data/offers-heldout (20 held out), the CVs of tests/data/ats.
 */

/* An offer of care that asks geriatrics and viennoiseries, and a CV (a printf format: its one job's
 * summary) that can show them by trade knowledge alone (« EHPAD », « croissants »;
 * data/ats/skill-evidence.tsv): the matching's test and the report view's. */
#define PHOENIX_TEST_EVIDENCE_OFFER \
  "Aide-soignant / Aide-soignante en gériatrie\n" \
  "Entreprise : Résidence Les Tilleuls\n" \
  "\n" \
  "Profil\n" \
  "- Connaissance de la gériatrie.\n" \
  "- Vous savez confectionner des viennoiseries pour le goûter.\n"
#define PHOENIX_TEST_EVIDENCE_RESUME \
  "{\"basics\": {\"name\": \"A\", \"label\": \"Agent de service hospitalier\"}," \
  " \"work\": [{\"name\": \"Les Glycines\", \"position\": \"Agent de service hospitalier\"," \
  "            \"startDate\": \"2019-01\", \"summary\": \"%s\"}]}"
/* Issue #16, fourth round: an offer whose missions name « Réaliser des observations » once, by one word
 * (weak evidence), and a trade skill in words of its own — test-ats-reasons and test-offer-store. */
#define PHOENIX_TEST_WEAK_OFFER \
  "Aide-soignant / Aide-soignante de nuit\n" \
  "Entreprise : Résidence Les Tilleuls\n" \
  "\n" \
  "Vos missions\n" \
  "- Surveiller l'état de santé des résidents et transmettre les observations à l'infirmière.\n" \
  "- Prévention des chutes.\n"
/* Issue #16, third round: an offer asking a trade skill and a transversal one (teamwork), and a CV of
 * another trade whose one job's summary is the %s (showing teamwork or not) — test-ats-reasons and
 * test-ui-ats-report. */
#define PHOENIX_TEST_TRANSVERSAL_OFFER \
  "Warehouse Operative\n" \
  "Company: Northgate Logistics\n" \
  "\n" \
  "Requirements\n" \
  "- Forklift licence.\n" \
  "- Fluent Spanish.\n" \
  "- You work in teams and adapt to change.\n"
#define PHOENIX_TEST_TRANSVERSAL_RESUME \
  "{\"basics\": {\"name\": \"A\", \"label\": \"Shop assistant\"}," \
  " \"work\": [{\"name\": \"Shop\", \"position\": \"Shop assistant\", \"startDate\": \"2019-01\"," \
  "            \"summary\": \"%s\"}]}"

/* The taxonomy file tests use, loaded (asserted). */
PhoenixTaxonomy *phoenix_test_taxonomy_new  (void);

/* The start and end of a taxonomy or ATS test executable's main(), after g_test_init(): loads
 * the taxonomy and, when @extractor is not NULL, makes a skill extractor on it, for all the
 * cases; then runs them and frees both, returning g_test_run()'s status. */
void             phoenix_test_ats_init      (PhoenixTaxonomy       **taxonomy,
                                             PhoenixSkillExtractor **extractor);
int              phoenix_test_ats_run       (PhoenixTaxonomy       **taxonomy,
                                             PhoenixSkillExtractor **extractor);

/* tests/data/@folder/@name read as a job offer (asserted). */
PhoenixJobOffer *phoenix_test_offer_load    (PhoenixSkillExtractor *extractor,
                                             const char            *folder,
                                             const char            *name);
/* tests/data/ats/@name, a JSON Resume object (asserted). */
JsonObject      *phoenix_test_resume_load   (const char            *name);

/* Whether @skills (guint taxonomy indexes) holds the skill @id (which must exist). */
gboolean         phoenix_test_has_skill     (PhoenixTaxonomy       *taxonomy,
                                             GArray                *skills,
                                             const char            *id);
/* The ids of @offer's skills that are required (or nice to have), sorted, joined with ",". */
char            *phoenix_test_offer_skill_ids (PhoenixJobOffer     *offer,
                                               gboolean             required);

/*
 * The hand labels of a test offer (NAME.expected beside NAME.txt): its fields
 * ("language", "title", "company", "location", "contract", "education",
 * "experience", "occupation") and the skills a recruiter would list, each a set
 * of taxonomy ids ("a|b": the taxonomy names that one skill twice; an id the
 * taxonomy lacks is a skill it cannot name) and required or nice to have.
 */
typedef struct
{
  char     *ids;       /* as written */
  gboolean  required;
  gboolean  known;     /* at least one of its ids is in the taxonomy */
} PhoenixTestLabel;

typedef struct
{
  GHashTable *fields;  /* key → value */
  GPtrArray  *labels;  /* PhoenixTestLabel * */
  GHashTable *owners;  /* taxonomy index + 1 → label index + 1 */
  GHashTable *classes; /* skill class (phoenix_taxonomy_get_skill_class) + 1 → label index + 1 */
} PhoenixTestOfferLabels;

PhoenixTestOfferLabels *phoenix_test_offer_labels_load (PhoenixTaxonomy        *taxonomy,
                                                        const char             *path);
void                    phoenix_test_offer_labels_free (PhoenixTestOfferLabels *labels);
/* The label @skill (a taxonomy index) is one of the ids of, or -1. */
int                     phoenix_test_offer_labels_find (PhoenixTestOfferLabels *labels,
                                                        guint                   skill);
/* The same, also when @skill is only in the same class as one of a label's ids (another name of
 * that skill in the taxonomy). */
int                     phoenix_test_offer_labels_find_class (PhoenixTestOfferLabels *labels,
                                                              PhoenixTaxonomy        *taxonomy,
                                                              guint                   skill);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PhoenixTestOfferLabels, phoenix_test_offer_labels_free)

G_END_DECLS
