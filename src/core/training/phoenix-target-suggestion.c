/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-target-suggestion"

#include "config.h"

#include <glib/gi18n.h>

#include "phoenix-target-suggestion.h"

struct _PhoenixTargetSuggestion
{
  GObject     parent_instance;

  guint       occupation;
  const char *code;    /* in the taxonomy's mapped file */
  const char *label;
  guint       n_core;
  guint       n_core_have;
  guint       n_core_partly;
  double      mobility;
  double      score;
  char       *why;
};

G_DEFINE_FINAL_TYPE (PhoenixTargetSuggestion, phoenix_target_suggestion, G_TYPE_OBJECT)

static void
phoenix_target_suggestion_finalize (GObject *object)
{
  g_free (PHOENIX_TARGET_SUGGESTION (object)->why);

  G_OBJECT_CLASS (phoenix_target_suggestion_parent_class)->finalize (object);
}

static void
phoenix_target_suggestion_class_init (PhoenixTargetSuggestionClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = phoenix_target_suggestion_finalize;
}

static void
phoenix_target_suggestion_init (PhoenixTargetSuggestion *self)
{
}

guint
phoenix_target_suggestion_get_occupation (PhoenixTargetSuggestion *self)
{
  g_return_val_if_fail (PHOENIX_IS_TARGET_SUGGESTION (self), 0);
  return self->occupation;
}

const char *
phoenix_target_suggestion_get_code (PhoenixTargetSuggestion *self)
{
  g_return_val_if_fail (PHOENIX_IS_TARGET_SUGGESTION (self), NULL);
  return self->code;
}

const char *
phoenix_target_suggestion_get_label (PhoenixTargetSuggestion *self)
{
  g_return_val_if_fail (PHOENIX_IS_TARGET_SUGGESTION (self), NULL);
  return self->label;
}

double
phoenix_target_suggestion_get_have_share (PhoenixTargetSuggestion *self)
{
  g_return_val_if_fail (PHOENIX_IS_TARGET_SUGGESTION (self), 0.0);
  return self->n_core > 0 ? (self->n_core_have + 0.5 * self->n_core_partly) / self->n_core : 0.0;
}

guint
phoenix_target_suggestion_get_n_core (PhoenixTargetSuggestion *self)
{
  g_return_val_if_fail (PHOENIX_IS_TARGET_SUGGESTION (self), 0);
  return self->n_core;
}

guint
phoenix_target_suggestion_get_n_core_have (PhoenixTargetSuggestion *self)
{
  g_return_val_if_fail (PHOENIX_IS_TARGET_SUGGESTION (self), 0);
  return self->n_core_have;
}

guint
phoenix_target_suggestion_get_n_core_partly (PhoenixTargetSuggestion *self)
{
  g_return_val_if_fail (PHOENIX_IS_TARGET_SUGGESTION (self), 0);
  return self->n_core_partly;
}

double
phoenix_target_suggestion_get_mobility (PhoenixTargetSuggestion *self)
{
  g_return_val_if_fail (PHOENIX_IS_TARGET_SUGGESTION (self), 0.0);
  return self->mobility;
}

double
phoenix_target_suggestion_get_score (PhoenixTargetSuggestion *self)
{
  g_return_val_if_fail (PHOENIX_IS_TARGET_SUGGESTION (self), 0.0);
  return self->score;
}

const char *
phoenix_target_suggestion_get_why (PhoenixTargetSuggestion *self)
{
  g_return_val_if_fail (PHOENIX_IS_TARGET_SUGGESTION (self), NULL);
  return self->why;
}

double
phoenix_target_core_share (PhoenixSkillEvidence *evidence,
                           guint                 occupation,
                           guint                *n_core,
                           guint                *n_have,
                           guint                *n_partly)
{
  PhoenixTaxonomy *taxonomy;
  g_autoptr(GArray) links = NULL;
  guint core = 0, core_have = 0, core_partly = 0, essential = 0, essential_have = 0, essential_partly = 0;

  g_return_val_if_fail (PHOENIX_IS_SKILL_EVIDENCE (evidence), 0.0);

  taxonomy = phoenix_skill_evidence_get_taxonomy (evidence);
  links = phoenix_taxonomy_get_occupation_skills (taxonomy, occupation);
  for (guint i = 0; i < links->len; i++)
    {
      PhoenixOccupationSkill *link = &g_array_index (links, PhoenixOccupationSkill, i);
      PhoenixSkillAssessment assessment;

      /* The same count as phoenix_skill_gap_new(): tools are not essential. */
      if (!link->core && link->origin == PHOENIX_SKILL_ORIGIN_TOOL)
        continue;
      /* Core skills come first: without one, the essential ones count. */
      if (!link->core && core > 0)
        break;
      phoenix_skill_evidence_assess (evidence, link->skill, &assessment);
      if (link->core)
        core++, core_have += assessment.status == PHOENIX_SKILL_STATUS_HAVE,
        core_partly += assessment.status == PHOENIX_SKILL_STATUS_PARTLY;
      else
        essential++, essential_have += assessment.status == PHOENIX_SKILL_STATUS_HAVE,
        essential_partly += assessment.status == PHOENIX_SKILL_STATUS_PARTLY;
    }
  if (core == 0)
    core = essential, core_have = essential_have, core_partly = essential_partly;
  if (n_core != NULL)
    *n_core = core;
  if (n_have != NULL)
    *n_have = core_have;
  if (n_partly != NULL)
    *n_partly = core_partly;

  return core > 0 ? (core_have + 0.5 * core_partly) / core : 0.0;
}

static int
compare_suggestions (gconstpointer a,
                     gconstpointer b)
{
  PhoenixTargetSuggestion *sa = *(PhoenixTargetSuggestion * const *) a;
  PhoenixTargetSuggestion *sb = *(PhoenixTargetSuggestion * const *) b;

  if (sa->score != sb->score)
    return sa->score > sb->score ? -1 : 1;
  if (sa->mobility != sb->mobility)
    return sa->mobility > sb->mobility ? -1 : 1;

  return g_strcmp0 (sa->code, sb->code);
}

static char *
explain (PhoenixTargetSuggestion *self,
         PhoenixSkillEvidence    *evidence,
         int                      from,
         const char              *language)
{
  g_autoptr(GString) why = g_string_new (NULL);

  if (from >= 0)
    {
      GArray *own = phoenix_skill_evidence_get_occupations (evidence);
      PhoenixOwnOccupation *job = &g_array_index (own, PhoenixOwnOccupation, from);
      const char *title = phoenix_skill_evidence_get_experience_title (evidence, job->experience);

      if (*title == '\0')
        title = phoenix_taxonomy_get_occupation_label (phoenix_skill_evidence_get_taxonomy (evidence),
                                                       job->occupation, language);
      if (job->current)
        /* Translators: %s is the user's job title as the CV writes it */
        g_string_append_printf (why, _("A usual move from your job as %s (ROME mobility)."), title);
      else
        /* Translators: %s is the user's job title as the CV writes it */
        g_string_append_printf (why, _("A usual move from your past job as %s (ROME mobility)."), title);
    }
  if (self->n_core_have > 0 || self->n_core_partly > 0)
    {
      if (why->len > 0)
        g_string_append_c (why, ' ');
      if (self->n_core_partly > 0)
        /* Translators: the first two %u count core skills the CV has, the third those it has in part */
        g_string_append_printf (why, g_dngettext (GETTEXT_PACKAGE,
                                                  "You already have %u of its %u core skill, and %u in part.",
                                                  "You already have %u of its %u core skills, and %u in part.",
                                                  self->n_core),
                                self->n_core_have, self->n_core, self->n_core_partly);
      else
        g_string_append_printf (why, g_dngettext (GETTEXT_PACKAGE,
                                                  "You already have %u of its %u core skill.",
                                                  "You already have %u of its %u core skills.", self->n_core),
                                self->n_core_have, self->n_core);
    }
  else if (self->n_core > 0)
    {
      if (why->len > 0)
        g_string_append_c (why, ' ');
      g_string_append_printf (why, g_dngettext (GETTEXT_PACKAGE,
                                                "Its %u core skill is still to learn.",
                                                "Its %u core skills are still to learn.", self->n_core),
                              self->n_core);
    }

  return g_string_free (g_steal_pointer (&why), FALSE);
}

GPtrArray *
phoenix_target_suggestions_compute (PhoenixSkillEvidence *evidence,
                                    const char           *language,
                                    guint                 max_results)
{
  PhoenixTaxonomy *taxonomy;
  GArray *own;
  guint n;
  g_autofree double *mobility = NULL;
  g_autofree int *mobility_from = NULL;
  g_autofree gboolean *is_own = NULL;
  g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func (g_object_unref);
  guint past = 0;

  g_return_val_if_fail (PHOENIX_IS_SKILL_EVIDENCE (evidence), NULL);

  taxonomy = phoenix_skill_evidence_get_taxonomy (evidence);
  n = phoenix_taxonomy_get_n_occupations (taxonomy);
  mobility = g_new0 (double, n);
  mobility_from = g_new (int, n);
  is_own = g_new0 (gboolean, n);
  for (guint i = 0; i < n; i++)
    mobility_from[i] = -1;

  own = phoenix_skill_evidence_get_occupations (evidence);
  for (guint k = 0; k < own->len; k++)
    is_own[g_array_index (own, PhoenixOwnOccupation, k).occupation] = TRUE;
  for (guint k = 0; k < own->len; k++)
    {
      PhoenixOwnOccupation *job = &g_array_index (own, PhoenixOwnOccupation, k);
      g_autoptr(GArray) targets = phoenix_taxonomy_get_mobilities (taxonomy, job->occupation);
      double weight = job->current ? 1.0 : MAX (0.4, 0.8 - 0.1 * past++);

      for (guint r = 0; r < targets->len; r++)
        {
          guint target = g_array_index (targets, guint, r);
          double m = weight * (1.0 - 0.5 * (targets->len > 1 ? (double) r / (targets->len - 1) : 0.0));

          if (m > mobility[target])
            {
              mobility[target] = m;
              mobility_from[target] = (int) k;
            }
        }
    }

  for (guint i = 0; i < n; i++)
    {
      PhoenixTargetSuggestion *suggestion;
      guint n_core = 0, n_have = 0, n_partly = 0;
      double share;

      if (is_own[i])
        continue;
      share = phoenix_target_core_share (evidence, i, &n_core, &n_have, &n_partly);
      if (mobility[i] <= 0.0 && share < 0.25)
        continue;
      suggestion = g_object_new (PHOENIX_TYPE_TARGET_SUGGESTION, NULL);
      suggestion->occupation = i;
      suggestion->code = phoenix_taxonomy_get_occupation_code (taxonomy, i);
      suggestion->label = phoenix_taxonomy_get_occupation_label (taxonomy, i, language);
      suggestion->n_core = n_core;
      suggestion->n_core_have = n_have;
      suggestion->n_core_partly = n_partly;
      suggestion->mobility = mobility[i];
      suggestion->score = 0.55 * (n_have + 0.5 * n_partly) / (n_core + 2.0) + 0.45 * mobility[i];
      suggestion->why = explain (suggestion, evidence, mobility_from[i], language);
      g_ptr_array_add (all, suggestion);
    }
  g_ptr_array_sort (all, compare_suggestions);
  if (max_results > 0 && all->len > max_results)
    g_ptr_array_set_size (all, max_results);

  return g_steal_pointer (&all);
}
