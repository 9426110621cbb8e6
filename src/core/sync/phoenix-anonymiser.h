/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "phoenix-contribution.h"
#include "phoenix-profile.h"
#include "phoenix-skill-evidence.h"

G_BEGIN_DECLS

/*
 * The anonymiser: builds the only payload that ever leaves the machine, a
 * PhoenixContribution (docs/flywheel.md), from categories only. Nothing of the
 * profile is copied as text: each field is chosen from the format's fixed lists
 * (or the taxonomy's ids) by code, so a name, an address, an employer, a school
 * or a sentence has no way into it.
 *
 *   origin     the ROME domain of the current or latest job's occupation (guessed from its title)
 *   region     the French region of the postal code (département → region), "abroad" when the
 *              country is not France, else "unknown"; never the city, the code or the address
 *   years      years worked, from the experiences' months (overlaps counted once), bucketed
 *   education  the highest level the education entries name ("none" when none is named)
 *   ats        the best ATS score against an offer of the target, bucketed
 *   outcome    the user's own answer, else "hired" when an application reached an offer, else
 *              "in-progress"
 *   sector     one ROME grand domain drawn at random, with the user's counts there
 *   skills     the target's skills the CV proves (assessed "have"); skills_asked: the target's
 *              skills that the offers the user saved for the target ask for
 *   training   modules done, keeping only the shipped catalogue's ids
 *
 * Then phoenix_contribution_randomize() applies randomised response to each
 * field (ε = PHOENIX_RR_EPSILON). GTK-free; thread-safe with a thread's own
 * evidence.
 */

#define PHOENIX_ANONYMISER_ERROR (phoenix_anonymiser_error_quark ())

typedef enum
{
  PHOENIX_ANONYMISER_ERROR_NO_TARGET,  /* without a target occupation there is nothing to contribute */
} PhoenixAnonymiserError;

typedef struct
{
  guint applications;  /* sent */
  guint responses;
  guint interviews;
} PhoenixSectorCounts;

/* Index of a ROME grand domain letter ("A" … "N") in a PhoenixSectorCounts[14], -1 otherwise. */
#define PHOENIX_ANONYMISER_N_SECTORS 14
int  phoenix_anonymiser_sector_index (const char *sector);

typedef struct
{
  PhoenixProfile       *profile;
  PhoenixSkillEvidence *evidence;       /* what the CV proves, on the same taxonomy */
  const char           *target;         /* ROME fiche code */
  int                   best_ats;       /* against an offer of the target, 0–100; -1 none */
  const char * const   *skills_asked;   /* skill ids asked by the user's offers for the target, or NULL */
  PhoenixSectorCounts   sectors[PHOENIX_ANONYMISER_N_SECTORS];
  const char * const   *modules_done;   /* module ids, or NULL */
  const char           *outcome;        /* "in-progress", "hired", "gave-up"; NULL: in-progress */
} PhoenixAnonymiserInput;

GQuark               phoenix_anonymiser_error_quark (void);

/* The region of a French postal code ("69003" → "FR-ARA"), NULL when it is not one. */
const char          *phoenix_anonymiser_region_of_postal_code (const char *postal_code);

/*
 * The true values (before noise), with @install as its id; @rand draws the
 * sector. Fails only without a known target.
 */
PhoenixContribution *phoenix_anonymiser_build_truth (const PhoenixAnonymiserInput *input,
                                                     const char                   *install,
                                                     GRand                        *rand,
                                                     GError                      **error);

/*
 * What leaves: the truth randomised over the target's skills and
 * @training_catalogue (NULL-terminated module ids). @rand must come from a
 * secure seed (phoenix_anonymiser_new_rand()) except in tests and
 * `phoenix-cli payload --seed`.
 */
PhoenixContribution *phoenix_anonymiser_build       (const PhoenixAnonymiserInput *input,
                                                     const char                   *install,
                                                     const char * const           *training_catalogue,
                                                     GRand                        *rand,
                                                     GError                      **error);

/* A GRand seeded from the system's secure random source (getrandom()). */
GRand               *phoenix_anonymiser_new_rand    (void);

G_END_DECLS
