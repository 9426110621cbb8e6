/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-anonymiser"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <sys/random.h>

#include "phoenix-anonymiser.h"
#include "phoenix-ats-resume.h"
#include "phoenix-json-resume.h"
#include "phoenix-text-fold.h"

G_DEFINE_QUARK (phoenix-anonymiser-error-quark, phoenix_anonymiser_error)

/* Départements (the postal code's first two digits; 20 is Corsica, 97x overseas) → region. */
static const struct
{
  const char *region;
  const char *departments;
} regions[] = {
  { "FR-ARA", "01 03 07 15 26 38 42 43 63 69 73 74" },
  { "FR-BFC", "21 25 39 58 70 71 89 90" },
  { "FR-BRE", "22 29 35 56" },
  { "FR-CVL", "18 28 36 37 41 45" },
  { "FR-20R", "20" },
  { "FR-GES", "08 10 51 52 54 55 57 67 68 88" },
  { "FR-HDF", "02 59 60 62 80" },
  { "FR-IDF", "75 77 78 91 92 93 94 95" },
  { "FR-NOR", "14 27 50 61 76" },
  { "FR-NAQ", "16 17 19 23 24 33 40 47 64 79 86 87" },
  { "FR-OCC", "09 11 12 30 31 32 34 46 48 65 66 81 82" },
  { "FR-PDL", "44 49 53 72 85" },
  { "FR-PAC", "04 05 06 13 83 84" },
  { "FR-971", "971" },
  { "FR-972", "972" },
  { "FR-973", "973" },
  { "FR-974", "974" },
  { "FR-976", "976" },
};

static const char sector_letters[] = "ABCDEFGHIJKLMN";
G_STATIC_ASSERT (sizeof sector_letters - 1 == PHOENIX_ANONYMISER_N_SECTORS);

int
phoenix_anonymiser_sector_index (const char *sector)
{
  const char *at;

  if (sector == NULL || sector[0] == '\0' || sector[1] != '\0')
    return -1;
  at = strchr (sector_letters, sector[0]);
  return at != NULL ? (int) (at - sector_letters) : -1;
}

const char *
phoenix_anonymiser_region_of_postal_code (const char *postal_code)
{
  char digits[6];
  guint n = 0;

  if (postal_code == NULL)
    return NULL;
  for (const char *p = postal_code; *p != '\0'; p++)
    {
      if (*p == ' ')
        continue;
      if (!g_ascii_isdigit (*p) || n == 5)
        return NULL;
      digits[n++] = *p;
    }
  if (n != 5)
    return NULL;
  digits[5] = '\0';

  for (guint i = 0; i < G_N_ELEMENTS (regions); i++)
    {
      g_auto(GStrv) codes = g_strsplit (regions[i].departments, " ", -1);

      for (guint j = 0; codes[j] != NULL; j++)
        if (strncmp (digits, codes[j], strlen (codes[j])) == 0)
          return regions[i].region;
    }
  return NULL;
}

static const char *
region_of (PhoenixProfile *profile)
{
  g_autofree char *country = phoenix_text_fold (phoenix_profile_get_country (profile));
  const char *region;

  g_strstrip (country);
  if (*country != '\0' && g_strcmp0 (country, "france") != 0 && g_strcmp0 (country, "fr") != 0)
    return "abroad";
  region = phoenix_anonymiser_region_of_postal_code (phoenix_profile_get_postal_code (profile));
  return region != NULL ? region : "unknown";
}

static const char *
education_of (PhoenixSkillEvidence *evidence)
{
  switch (phoenix_skill_evidence_get_education_level (evidence))
    {
    case PHOENIX_EDUCATION_CAP: return "cap-bep";
    case PHOENIX_EDUCATION_BAC: return "bac";
    case PHOENIX_EDUCATION_BAC_2: return "bac+2";
    case PHOENIX_EDUCATION_BAC_3: return "bac+3";
    case PHOENIX_EDUCATION_BAC_5: return "bac+5";
    case PHOENIX_EDUCATION_DOCTORATE: return "doctorate";
    case PHOENIX_EDUCATION_UNKNOWN:
    default:
      return "none";
    }
}

static const char *
origin_of (PhoenixSkillEvidence *evidence,
           PhoenixTaxonomy      *taxonomy)
{
  GArray *own = phoenix_skill_evidence_get_occupations (evidence);

  if (own == NULL || own->len == 0)
    return "unknown";
  return phoenix_contribution_origin_domain (taxonomy, phoenix_taxonomy_get_occupation_code (
                                               taxonomy, g_array_index (own, PhoenixOwnOccupation, 0).occupation));
}

PhoenixContribution *
phoenix_anonymiser_build_truth (const PhoenixAnonymiserInput *input,
                                const char                   *install,
                                GRand                        *rand,
                                GError                      **error)
{
  g_autoptr(PhoenixContribution) truth = NULL;
  g_autoptr(JsonNode) resume = NULL;
  g_autoptr(GArray) links = NULL;
  PhoenixTaxonomy *taxonomy;
  const char *sector;
  int index;
  guint target;

  g_return_val_if_fail (input != NULL, NULL);
  g_return_val_if_fail (PHOENIX_IS_PROFILE (input->profile), NULL);
  g_return_val_if_fail (PHOENIX_IS_SKILL_EVIDENCE (input->evidence), NULL);
  g_return_val_if_fail (rand != NULL, NULL);

  taxonomy = phoenix_skill_evidence_get_taxonomy (input->evidence);
  if (input->target == NULL || !phoenix_taxonomy_lookup_occupation (taxonomy, input->target, &target))
    {
      g_set_error_literal (error, PHOENIX_ANONYMISER_ERROR, PHOENIX_ANONYMISER_ERROR_NO_TARGET,
                           _("Choose a target job first: contributions are about the job you aim at."));
      return NULL;
    }

  truth = phoenix_contribution_new ();
  if (install != NULL)
    phoenix_contribution_set_install (truth, install);
  phoenix_contribution_set_target (truth, phoenix_taxonomy_get_occupation_code (taxonomy, target));
  phoenix_contribution_set_value (truth, PHOENIX_CONTRIBUTION_ORIGIN, origin_of (input->evidence, taxonomy));
  phoenix_contribution_set_value (truth, PHOENIX_CONTRIBUTION_REGION, region_of (input->profile));
  resume = phoenix_json_resume_export (input->profile);
  phoenix_contribution_set_value (truth, PHOENIX_CONTRIBUTION_YEARS,
                                  phoenix_contribution_years_bucket (_phoenix_ats_resume_years (json_node_get_object (resume))));
  phoenix_contribution_set_value (truth, PHOENIX_CONTRIBUTION_EDUCATION, education_of (input->evidence));
  phoenix_contribution_set_value (truth, PHOENIX_CONTRIBUTION_ATS, phoenix_contribution_ats_bucket (input->best_ats));
  phoenix_contribution_set_value (truth, PHOENIX_CONTRIBUTION_OUTCOME,
                                  input->outcome != NULL &&
                                  phoenix_contribution_field_index (PHOENIX_CONTRIBUTION_OUTCOME, NULL, input->outcome) >= 0
                                  ? input->outcome : "in-progress");

  sector = phoenix_contribution_pick_sector (rand);
  index = phoenix_anonymiser_sector_index (sector);
  g_assert (index >= 0);
  phoenix_contribution_set_value (truth, PHOENIX_CONTRIBUTION_SECTOR, sector);
  phoenix_contribution_set_value (truth, PHOENIX_CONTRIBUTION_APPLICATIONS,
                                  phoenix_contribution_count_bucket (input->sectors[index].applications));
  phoenix_contribution_set_value (truth, PHOENIX_CONTRIBUTION_RESPONSES,
                                  phoenix_contribution_count_bucket (input->sectors[index].responses));
  phoenix_contribution_set_value (truth, PHOENIX_CONTRIBUTION_INTERVIEWS,
                                  phoenix_contribution_count_bucket (input->sectors[index].interviews));

  /* Only the target's own skills can be named: ids from the taxonomy's list, never the CV's words. */
  links = phoenix_taxonomy_get_occupation_skills (taxonomy, target);
  for (guint i = 0; i < links->len; i++)
    {
      guint skill = g_array_index (links, PhoenixOccupationSkill, i).skill;
      const char *id = phoenix_taxonomy_get_skill_id (taxonomy, skill);
      PhoenixSkillAssessment assessment;

      phoenix_skill_evidence_assess (input->evidence, skill, &assessment);
      if (assessment.status == PHOENIX_SKILL_STATUS_HAVE)
        phoenix_contribution_add_to_set (truth, PHOENIX_CONTRIBUTION_SKILLS, id);
      if (input->skills_asked != NULL && g_strv_contains (input->skills_asked, id))
        phoenix_contribution_add_to_set (truth, PHOENIX_CONTRIBUTION_SKILLS_ASKED, id);
    }
  for (guint i = 0; input->modules_done != NULL && input->modules_done[i] != NULL; i++)
    phoenix_contribution_add_to_set (truth, PHOENIX_CONTRIBUTION_TRAINING, input->modules_done[i]);

  return g_steal_pointer (&truth);
}

PhoenixContribution *
phoenix_anonymiser_build (const PhoenixAnonymiserInput *input,
                          const char                   *install,
                          const char * const           *training_catalogue,
                          GRand                        *rand,
                          GError                      **error)
{
  g_autoptr(PhoenixContribution) truth = phoenix_anonymiser_build_truth (input, install, rand, error);

  if (truth == NULL)
    return NULL;
  return phoenix_contribution_randomize (truth, phoenix_skill_evidence_get_taxonomy (input->evidence),
                                         training_catalogue, rand);
}

GRand *
phoenix_anonymiser_new_rand (void)
{
  guint32 seed[8];
  gsize done = 0;

  while (done < sizeof seed)
    {
      gssize n = getrandom ((guint8 *) seed + done, sizeof seed - done, 0);

      if (n < 0 && errno == EINTR)
        continue;
      g_assert (n > 0);
      done += (gsize) n;
    }
  return g_rand_new_with_seed_array (seed, G_N_ELEMENTS (seed));
}
