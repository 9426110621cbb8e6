/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "phoenix-taxonomy.h"

G_BEGIN_DECLS

/*
 * One anonymous contribution to the flywheel: the only payload that ever
 * leaves a user's machine, and what phoenix-flywheel accepts. Version 1 of the
 * format is documented in docs/flywheel.md and docs/contribution-v1.schema.json.
 *
 * It holds categories only: the target occupation (a ROME fiche code, the key
 * of the aggregates), the origin as a ROME domain ("K22"), a region, buckets
 * for years of experience, education, ATS score, the outcome, one sector's
 * application counts (the sector is drawn at random, see
 * phoenix_contribution_pick_sector()), the target's skills the user holds and
 * the ones offers asked for, the training modules done, and a random install
 * id. phoenix_contribution_randomize() applies randomised response to every
 * one of these fields but the target and the install id
 * (phoenix-randomized-response.h).
 *
 * Parsing caps the size (PHOENIX_CONTRIBUTION_MAX_SIZE) and nesting depth
 * before the JSON parser sees the text, then checks every field: its type,
 * its value against the format's lists, and (with a taxonomy) that codes are
 * known and skills belong to the target occupation. An error names the field.
 */

#define PHOENIX_CONTRIBUTION_SCHEMA_VERSION 1
/* Largest contribution accepted, in bytes of JSON (a real one is 1–12 KiB). */
#define PHOENIX_CONTRIBUTION_MAX_SIZE (64 * 1024)
/* Deepest nesting of arrays and objects accepted (the format needs 2). */
#define PHOENIX_CONTRIBUTION_MAX_DEPTH 8
/* Most training modules one contribution may list. */
#define PHOENIX_CONTRIBUTION_MAX_TRAINING 256

#define PHOENIX_CONTRIBUTION_ERROR (phoenix_contribution_error_quark ())

typedef enum
{
  PHOENIX_CONTRIBUTION_ERROR_TOO_LARGE,   /* over PHOENIX_CONTRIBUTION_MAX_SIZE */
  PHOENIX_CONTRIBUTION_ERROR_MALFORMED,   /* not UTF-8, not JSON, too deeply nested */
  PHOENIX_CONTRIBUTION_ERROR_INVALID,     /* JSON that breaks the format: see the field */
} PhoenixContributionError;

/* The single-valued fields; each has a fixed list of values. */
typedef enum
{
  PHOENIX_CONTRIBUTION_ORIGIN,        /* ROME domain of the former job ("K22") or "unknown" */
  PHOENIX_CONTRIBUTION_REGION,        /* ISO 3166-2 French region, "abroad" or "unknown" */
  PHOENIX_CONTRIBUTION_YEARS,         /* years of experience: "0-1" "2-4" "5-9" "10-19" "20+" */
  PHOENIX_CONTRIBUTION_EDUCATION,     /* "none" "cap-bep" "bac" "bac+2" "bac+3" "bac+5" "doctorate" */
  PHOENIX_CONTRIBUTION_ATS,           /* best ATS score: "none" "0-19" … "80-100" */
  PHOENIX_CONTRIBUTION_OUTCOME,       /* "in-progress" "hired" "gave-up" */
  PHOENIX_CONTRIBUTION_SECTOR,        /* ROME grand domain "A" … "N", drawn at random */
  PHOENIX_CONTRIBUTION_APPLICATIONS,  /* in that sector: "0" "1-2" "3-5" "6-10" "11-20" "21+" */
  PHOENIX_CONTRIBUTION_RESPONSES,     /* idem */
  PHOENIX_CONTRIBUTION_INTERVIEWS,    /* idem */
  PHOENIX_CONTRIBUTION_N_FIELDS
} PhoenixContributionField;

/* The set-valued fields. */
typedef enum
{
  PHOENIX_CONTRIBUTION_SKILLS,        /* the target occupation's skills the user holds */
  PHOENIX_CONTRIBUTION_SKILLS_ASKED,  /* the target's skills that offers the user read asked for */
  PHOENIX_CONTRIBUTION_TRAINING,      /* training modules done (catalogue ids) */
  PHOENIX_CONTRIBUTION_N_SETS
} PhoenixContributionSet;

#define PHOENIX_TYPE_CONTRIBUTION (phoenix_contribution_get_type ())
G_DECLARE_FINAL_TYPE (PhoenixContribution, phoenix_contribution, PHOENIX, CONTRIBUTION, GObject)

GQuark               phoenix_contribution_error_quark     (void);

/* An empty contribution: a new random install id, every field at its first value. */
PhoenixContribution *phoenix_contribution_new             (void);
/*
 * Parses and validates @length bytes of JSON (-1: NUL-terminated). With
 * @taxonomy, codes must be known and skills must belong to the target; NULL
 * checks the format only (for contributions the server stored itself). On an
 * INVALID error, @field (optional) receives the JSON path of the field at
 * fault ("years", "sector.applications", "skills[3]").
 */
PhoenixContribution *phoenix_contribution_new_from_json   (const char        *data,
                                                           gssize             length,
                                                           PhoenixTaxonomy   *taxonomy,
                                                           char             **field,
                                                           GError           **error);
/* The same checks on a contribution built in code (the anonymiser's). */
gboolean             phoenix_contribution_validate        (PhoenixContribution *self,
                                                           PhoenixTaxonomy     *taxonomy,
                                                           char               **field,
                                                           GError             **error);
/* Canonical JSON: members in the documented order, sets sorted. */
char                *phoenix_contribution_to_json         (PhoenixContribution *self);

/*
 * A copy with randomised response applied to every field but the target and
 * the install id, at PHOENIX_RR_EPSILON. Sets are perturbed over their whole
 * list: the target's skills, and @training_catalogue (NULL-terminated ids;
 * modules outside it are dropped, NULL sends no training). @rand must be
 * seeded from a secure source except in tests and `phoenix-cli payload --seed`.
 */
PhoenixContribution *phoenix_contribution_randomize       (PhoenixContribution *self,
                                                           PhoenixTaxonomy     *taxonomy,
                                                           const char * const  *training_catalogue,
                                                           GRand               *rand);
/*
 * The same with the target's skills already looked up (skill_ids, from
 * phoenix_contribution_target_skill_ids() for the contribution's target):
 * for whoever randomises many contributions about one target (the
 * estimator's tests, the benchmark).
 */
PhoenixContribution *phoenix_contribution_randomize_with_skills (PhoenixContribution *self,
                                                                PhoenixTaxonomy     *taxonomy,
                                                                const char * const  *skill_ids,
                                                                const char * const  *training_catalogue,
                                                                GRand               *rand);
/* The skill ids of @target's whole list, in the taxonomy's order (empty when unknown). */
GStrv                phoenix_contribution_target_skill_ids (PhoenixTaxonomy *taxonomy,
                                                            const char      *target);

/* 32 lowercase hexadecimal digits from the system's secure random source. */
char                *phoenix_contribution_generate_install_id (void);
/* Whether @text has the form of an install id. */
gboolean             phoenix_contribution_is_install_id   (const char          *text);
/* A ROME grand domain drawn uniformly: the one sector whose counts a contribution carries. */
const char          *phoenix_contribution_pick_sector     (GRand               *rand);

/* Buckets, for the anonymiser. */
const char          *phoenix_contribution_years_bucket    (double               years);
const char          *phoenix_contribution_count_bucket    (guint                count);
/* @score 0–100, or < 0 when nothing was scored ("none"). */
const char          *phoenix_contribution_ats_bucket      (int                  score);
/* The ROME domain ("K22") of an occupation code ("K2204"), or "unknown". */
const char          *phoenix_contribution_origin_domain   (PhoenixTaxonomy     *taxonomy,
                                                           const char          *occupation_code);

/* The JSON member name of a field or set ("years", "skills_asked"…). */
const char          *phoenix_contribution_field_name      (PhoenixContributionField field);
const char          *phoenix_contribution_set_name        (PhoenixContributionSet   set);
/*
 * The values a field may take, in their documented order (their index is what
 * randomised response and the estimator work on). ORIGIN's list comes from
 * @taxonomy (NULL: only "unknown"). Owned by the library or the taxonomy.
 */
const char * const  *phoenix_contribution_field_values    (PhoenixContributionField field,
                                                           PhoenixTaxonomy         *taxonomy,
                                                           guint                   *n_values);
/* Index of @value in the field's list, or -1. */
int                  phoenix_contribution_field_index     (PhoenixContributionField field,
                                                           PhoenixTaxonomy         *taxonomy,
                                                           const char              *value);

int                  phoenix_contribution_get_schema      (PhoenixContribution *self);
const char          *phoenix_contribution_get_install     (PhoenixContribution *self);
void                 phoenix_contribution_set_install     (PhoenixContribution *self,
                                                           const char          *install);
const char          *phoenix_contribution_get_target      (PhoenixContribution *self);
void                 phoenix_contribution_set_target      (PhoenixContribution *self,
                                                           const char          *code);
const char          *phoenix_contribution_get_value       (PhoenixContribution     *self,
                                                           PhoenixContributionField field);
/* Any string; phoenix_contribution_validate() says whether it is allowed. */
void                 phoenix_contribution_set_value       (PhoenixContribution     *self,
                                                           PhoenixContributionField field,
                                                           const char              *value);
/* Sorted, without duplicates. */
GPtrArray           *phoenix_contribution_get_set         (PhoenixContribution   *self,
                                                           PhoenixContributionSet set);
void                 phoenix_contribution_add_to_set      (PhoenixContribution   *self,
                                                           PhoenixContributionSet set,
                                                           const char            *id);
gboolean             phoenix_contribution_set_contains    (PhoenixContribution   *self,
                                                           PhoenixContributionSet set,
                                                           const char            *id);

G_END_DECLS
