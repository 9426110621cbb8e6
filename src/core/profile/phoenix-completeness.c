/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-completeness"

#include "config.h"

#include <glib/gi18n.h>

#include "phoenix-completeness.h"
#include "phoenix-profile-entries.h"

#define SHORT_SUMMARY_CHARS 80
#define FEW_SKILLS 5
#define MAX_EXPERIENCE_PENALTY 15
/* No experience at all costs what an experience brings and what its details bring. */
#define NO_EXPERIENCE_WEIGHT (15 + MAX_EXPERIENCE_PENALTY)

static void
item_free (gpointer data)
{
  PhoenixCompletenessItem *item = data;

  g_free (item->message);
  g_free (item);
}

static guint
add (GPtrArray               *items,
     PhoenixCompletenessKind  kind,
     int                      index,
     guint                    weight,
     char                    *message)
{
  PhoenixCompletenessItem *item = g_new0 (PhoenixCompletenessItem, 1);

  item->kind = kind;
  item->index = index;
  item->weight = weight;
  item->message = message;
  g_ptr_array_add (items, item);

  return weight;
}

static int
compare_items (gconstpointer a,
               gconstpointer b)
{
  const PhoenixCompletenessItem *ia = *(PhoenixCompletenessItem **) a;
  const PhoenixCompletenessItem *ib = *(PhoenixCompletenessItem **) b;

  if (ia->weight != ib->weight)
    return ia->weight > ib->weight ? -1 : 1;
  if (ia->kind != ib->kind)
    return ia->kind < ib->kind ? -1 : 1;
  return ia->index - ib->index;
}

static gboolean
blank (const char *s)
{
  for (; s != NULL && *s != '\0'; s = g_utf8_next_char (s))
    {
      if (!g_unichar_isspace (g_utf8_get_char (s)))
        return FALSE;
    }

  return TRUE;
}

static char *
entry_label (PhoenixExperience *experience,
             guint              index)
{
  const char *title = phoenix_experience_get_title (experience);
  const char *employer = phoenix_experience_get_employer (experience);

  if (!blank (title) && !blank (employer))
    /* Translators: an experience in a list: “Job title at Employer” */
    return g_strdup_printf (_("“%s” at %s"), title, employer);
  if (!blank (title))
    /* Translators: an experience in a list, by its job title alone, in quotes */
    return g_strdup_printf (_("“%s”"), title);
  if (!blank (employer))
    /* Translators: an experience without a title: “the job at Employer” */
    return g_strdup_printf (_("the job at %s"), employer);
  /* Translators: an experience with neither title nor employer, by its place in the list */
  return g_strdup_printf (_("experience %u"), index + 1);
}

guint
phoenix_completeness_compute (PhoenixProfile  *profile,
                              GPtrArray      **out_items)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (item_free);
  GListModel *experiences;
  guint penalty = 0, experience_penalty = 0, n;
  gboolean has_email, has_phone;
  const char *summary;

  g_return_val_if_fail (PHOENIX_IS_PROFILE (profile), 0);

  if (blank (phoenix_profile_get_name (profile)))
    penalty += add (items, PHOENIX_COMPLETENESS_NO_NAME, -1, 15, g_strdup (_("Add your name.")));

  has_email = !blank (phoenix_profile_get_email (profile));
  has_phone = !blank (phoenix_profile_get_phone (profile));
  if (!has_email && !has_phone)
    penalty += add (items, PHOENIX_COMPLETENESS_NO_CONTACT, -1, 15,
                    g_strdup (_("Add a way to reach you: an email address or a phone number.")));
  else if (!has_email)
    penalty += add (items, PHOENIX_COMPLETENESS_NO_EMAIL, -1, 5,
                    g_strdup (_("Add an email address: most recruiters write first.")));
  else if (!has_phone)
    penalty += add (items, PHOENIX_COMPLETENESS_NO_PHONE, -1, 3, g_strdup (_("Add a phone number.")));

  if (blank (phoenix_profile_get_headline (profile)))
    penalty += add (items, PHOENIX_COMPLETENESS_NO_HEADLINE, -1, 5,
                    g_strdup (_("Add a headline that names the job you are looking for.")));

  summary = phoenix_profile_get_summary (profile);
  if (blank (summary))
    penalty += add (items, PHOENIX_COMPLETENESS_NO_SUMMARY, -1, 12,
                    g_strdup (_("Write a summary: two or three sentences on who you are and what you bring.")));
  else if (g_utf8_strlen (summary, -1) < SHORT_SUMMARY_CHARS)
    penalty += add (items, PHOENIX_COMPLETENESS_SHORT_SUMMARY, -1, 5,
                    g_strdup (_("Your summary is short: say what you bring to the job you want.")));

  experiences = G_LIST_MODEL (phoenix_profile_get_experiences (profile));
  n = g_list_model_get_n_items (experiences);
  if (n == 0)
    penalty += add (items, PHOENIX_COMPLETENESS_NO_EXPERIENCE, -1, NO_EXPERIENCE_WEIGHT,
                    g_strdup (_("Add your experience: jobs, internships, or any role that taught you something.")));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PhoenixExperience) e = g_list_model_get_item (experiences, i);
      g_autofree char *label = entry_label (e, i);
      const char * const *highlights = phoenix_experience_get_highlights (e);

      if (blank (phoenix_experience_get_title (e)))
        experience_penalty += add (items, PHOENIX_COMPLETENESS_EXPERIENCE_NO_TITLE, (int) i, 4,
                                   g_strdup_printf (_("Give %s a job title."), label));
      if (blank (phoenix_experience_get_start_date (e)) ||
          (blank (phoenix_experience_get_end_date (e)) && !phoenix_experience_get_current (e)))
        experience_penalty += add (items, PHOENIX_COMPLETENESS_EXPERIENCE_NO_DATES, (int) i, 4,
                                   g_strdup_printf (_("Add the dates of %s."), label));
      if (highlights == NULL || highlights[0] == NULL)
        experience_penalty += add (items, PHOENIX_COMPLETENESS_EXPERIENCE_NO_HIGHLIGHTS, (int) i, 3,
                                   g_strdup_printf (_("Add what you achieved in %s."), label));
    }
  penalty += MIN (experience_penalty, MAX_EXPERIENCE_PENALTY);

  if (g_list_model_get_n_items (G_LIST_MODEL (phoenix_profile_get_education (profile))) == 0)
    penalty += add (items, PHOENIX_COMPLETENESS_NO_EDUCATION, -1, 8,
                    g_strdup (_("Add your education or training.")));

  n = g_list_model_get_n_items (G_LIST_MODEL (phoenix_profile_get_skills (profile)));
  if (n == 0)
    penalty += add (items, PHOENIX_COMPLETENESS_NO_SKILLS, -1, 12,
                    g_strdup (_("List your skills: recruiters and their software look for them first.")));
  else if (n < FEW_SKILLS)
    penalty += add (items, PHOENIX_COMPLETENESS_FEW_SKILLS, -1, 4,
                    g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                  "Only %u skill listed: add those the jobs you want ask for.",
                                                  "Only %u skills listed: add those the jobs you want ask for.",
                                                  n), n));

  if (g_list_model_get_n_items (G_LIST_MODEL (phoenix_profile_get_languages (profile))) == 0)
    penalty += add (items, PHOENIX_COMPLETENESS_NO_LANGUAGES, -1, 3,
                    g_strdup (_("Add the languages you speak, with their level.")));

  g_ptr_array_sort (items, compare_items);
  if (out_items != NULL)
    *out_items = g_steal_pointer (&items);

  return penalty >= 100 ? 0 : 100 - penalty;
}
