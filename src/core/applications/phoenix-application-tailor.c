/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-application-tailor"

#include "config.h"

#include "phoenix-application-tailor.h"
#include "phoenix-ats.h"
#include "phoenix-profile-entries.h"

static gboolean
profile_lists_skill (PhoenixProfile *profile,
                     const char     *id)
{
  GListModel *skills = G_LIST_MODEL (phoenix_profile_get_skills (profile));

  for (guint i = 0; i < g_list_model_get_n_items (skills); i++)
    {
      g_autoptr(PhoenixSkill) skill = g_list_model_get_item (skills, i);

      if (g_strcmp0 (phoenix_skill_get_taxonomy_id (skill), id) == 0)
        return TRUE;
    }
  return FALSE;
}

PhoenixCvVariant *
phoenix_application_tailor_cv (PhoenixSkillExtractor *extractor,
                               PhoenixProfile        *profile,
                               PhoenixJobOffer       *offer,
                               const char            *name,
                               guint                 *n_applied)
{
  g_autoptr(PhoenixAtsReport) report = NULL;
  PhoenixTaxonomy *taxonomy;
  PhoenixCvVariant *variant;
  const char *language;
  GPtrArray *suggestions;
  guint applied = 0;

  g_return_val_if_fail (PHOENIX_IS_SKILL_EXTRACTOR (extractor), NULL);
  g_return_val_if_fail (PHOENIX_IS_PROFILE (profile), NULL);
  g_return_val_if_fail (PHOENIX_IS_JOB_OFFER (offer), NULL);

  taxonomy = phoenix_skill_extractor_get_taxonomy (extractor);
  language = phoenix_job_offer_get_language (offer);
  report = phoenix_ats_score_profile (extractor, profile, offer);
  variant = phoenix_cv_variant_new (name);
  phoenix_cv_variant_set_language (variant, language);

  suggestions = phoenix_ats_report_get_suggestions (report);
  phoenix_profile_freeze_changed (profile);
  for (guint i = 0; i < suggestions->len; i++)
    {
      PhoenixAtsSuggestion *suggestion = suggestions->pdata[i];

      if (suggestion->kind == PHOENIX_ATS_SUGGESTION_RETITLE && suggestion->text != NULL)
        {
          phoenix_cv_variant_set_headline (variant, suggestion->text);
          applied++;
        }
      else if (suggestion->kind == PHOENIX_ATS_SUGGESTION_ADD_SKILL)
        {
          const char *id = phoenix_taxonomy_get_skill_id (taxonomy, suggestion->skill);
          g_autoptr(PhoenixSkill) skill = NULL;

          if (profile_lists_skill (profile, id))
            continue;
          skill = phoenix_skill_new ();
          phoenix_skill_set_name (skill, phoenix_taxonomy_get_skill_label (taxonomy, suggestion->skill, language));
          phoenix_skill_set_taxonomy_id (skill, id);
          g_list_store_append (phoenix_profile_get_skills (profile), skill);
          applied++;
        }
    }
  phoenix_profile_thaw_changed (profile);

  if (n_applied != NULL)
    *n_applied = applied;
  return variant;
}
