/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-ats-resume"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "phoenix-ats.h"
#include "phoenix-ats-resume.h"
#include "phoenix-text-fold.h"

/* Sections a parser knows; anything else is a heading it may not. */
static const char * const known_sections[] = {
  "$schema", "basics", "work", "volunteer", "education", "awards", "certificates", "publications",
  "skills", "languages", "interests", "references", "projects", "meta",
};

static void
clear_field (gpointer data)
{
  PhoenixAtsField *field = data;

  g_free (field->field);
}

static void
add_field (GArray     *fields,
           const char *section,
           int         entry,
           const char *name,
           const char *text)
{
  PhoenixAtsField field = { section, entry, g_strdup (name), text };

  if (text == NULL || *text == '\0')
    {
      g_free (field.field);
      return;
    }
  g_array_append_val (fields, field);
}

static const char *
member_string (JsonObject *object,
               const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || JSON_NODE_TYPE (node) != JSON_NODE_VALUE || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;

  return json_node_get_string (node);
}

static void
add_string_array (GArray     *fields,
                  const char *section,
                  int         entry,
                  JsonObject *object,
                  const char *name)
{
  JsonNode *node = json_object_get_member (object, name);
  JsonArray *array;

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return;
  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *item = json_array_get_element (array, i);

      if (JSON_NODE_TYPE (item) == JSON_NODE_VALUE && json_node_get_value_type (item) == G_TYPE_STRING)
        {
          g_autofree char *field = g_strdup_printf ("%s/%u", name, i);

          add_field (fields, section, entry, field, json_node_get_string (item));
        }
    }
}

static JsonArray *
member_array (JsonObject *object,
              const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  return node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

/* Whether a language's stated level is one a recruiter reads as working knowledge: native, fluent,
 * bilingual, professional, B2–C2, or no level said. Beginner and intermediate levels (A1–B1,
 * « notions », « scolaire ») are not. */
static gboolean
fluency_counts (const char *fluency)
{
  static const char * const weak[] = {
    "a1", "a2", "b1", "basic", "basique", "elementary", "elementaire", "beginner", "debutant", "notions",
    "scolaire", "school", "intermediate", "intermediaire", "limited", "some",
  };
  g_autofree char *folded = NULL;
  g_auto(GStrv) words = NULL;

  if (fluency == NULL || *fluency == '\0')
    return TRUE;
  folded = phoenix_text_fold (fluency);
  words = g_regex_split_simple ("[^a-z0-9]+", folded, 0, 0);
  for (guint i = 0; words[i] != NULL; i++)
    {
      for (gsize w = 0; w < G_N_ELEMENTS (weak); w++)
        {
          if (strcmp (words[i], weak[w]) == 0)
            return FALSE;
        }
    }

  return TRUE;
}

GArray *
_phoenix_ats_resume_fields (JsonObject *resume)
{
  static const struct { const char *section; const char *strings[4]; const char *arrays[3]; } sections[] = {
    { "work", { "position", "summary", "description", NULL }, { "highlights", NULL } },
    { "volunteer", { "position", "summary", NULL }, { "highlights", NULL } },
    { "education", { "studyType", "area", NULL }, { "courses", NULL } },
    { "skills", { "name", NULL }, { "keywords", NULL } },
    { "projects", { "name", "description", NULL }, { "highlights", "keywords", NULL } },
    { "certificates", { "name", NULL }, { NULL } },
    { "awards", { "title", "summary", NULL }, { NULL } },
    { "publications", { "name", "summary", NULL }, { NULL } },
  };
  GArray *fields = g_array_new (FALSE, TRUE, sizeof (PhoenixAtsField));
  JsonNode *basics_node = json_object_get_member (resume, "basics");

  g_array_set_clear_func (fields, clear_field);
  if (basics_node != NULL && JSON_NODE_HOLDS_OBJECT (basics_node))
    {
      JsonObject *basics = json_node_get_object (basics_node);

      add_field (fields, "basics", -1, "label", member_string (basics, "label"));
      add_field (fields, "basics", -1, "summary", member_string (basics, "summary"));
    }

  for (gsize s = 0; s < G_N_ELEMENTS (sections); s++)
    {
      JsonArray *array = member_array (resume, sections[s].section);

      if (array == NULL)
        continue;
      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *item = json_array_get_element (array, i);
          JsonObject *entry;

          if (!JSON_NODE_HOLDS_OBJECT (item))
            continue;
          entry = json_node_get_object (item);
          for (guint k = 0; sections[s].strings[k] != NULL; k++)
            add_field (fields, sections[s].section, (int) i, sections[s].strings[k],
                       member_string (entry, sections[s].strings[k]));
          for (guint k = 0; sections[s].arrays[k] != NULL; k++)
            add_string_array (fields, sections[s].section, (int) i, entry, sections[s].arrays[k]);
        }
    }

  /* Languages spoken at a working level: "English" for a native speaker proves an offer's English. */
  {
    JsonArray *array = member_array (resume, "languages");

    for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
      {
        JsonNode *item = json_array_get_element (array, i);

        if (JSON_NODE_HOLDS_OBJECT (item) &&
            fluency_counts (member_string (json_node_get_object (item), "fluency")))
          add_field (fields, "languages", (int) i, "language", member_string (json_node_get_object (item), "language"));
      }
  }

  return fields;
}

/* Months since year 0 of "YYYY", "YYYY-MM" or "YYYY-MM-DD"; -1 when unreadable. */
static int
parse_month (const char *date)
{
  int year = 0, month = 1;

  if (date == NULL || sscanf (date, "%d-%d", &year, &month) < 1 || year < 1900 || year > 2200)
    return -1;

  return year * 12 + CLAMP (month, 1, 12) - 1;
}

typedef struct
{
  int start;
  int end;
} Interval;

static int
compare_intervals (gconstpointer a,
                   gconstpointer b)
{
  return ((const Interval *) a)->start - ((const Interval *) b)->start;
}

double
_phoenix_ats_resume_years (JsonObject *resume)
{
  return _phoenix_ats_resume_years_in (resume, NULL);
}

double
_phoenix_ats_resume_years_in (JsonObject *resume,
                              GHashTable *entries)
{
  JsonArray *work = member_array (resume, "work");
  g_autoptr(GArray) intervals = g_array_new (FALSE, FALSE, sizeof (Interval));
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  int today = g_date_time_get_year (now) * 12 + g_date_time_get_month (now) - 1;
  int months = 0, covered_until = -1;

  if (work == NULL)
    return 0.0;
  for (guint i = 0; i < json_array_get_length (work); i++)
    {
      JsonNode *item = json_array_get_element (work, i);
      Interval interval;

      if (!JSON_NODE_HOLDS_OBJECT (item) ||
          (entries != NULL && !g_hash_table_contains (entries, GUINT_TO_POINTER (i + 1))))
        continue;
      interval.start = parse_month (member_string (json_node_get_object (item), "startDate"));
      interval.end = parse_month (member_string (json_node_get_object (item), "endDate"));
      if (interval.start < 0)
        continue;
      if (interval.end < 0)
        interval.end = today;
      if (interval.end >= interval.start)
        g_array_append_val (intervals, interval);
    }
  g_array_sort (intervals, compare_intervals);
  for (guint i = 0; i < intervals->len; i++)
    {
      Interval *interval = &g_array_index (intervals, Interval, i);
      int from = MAX (interval->start, covered_until + 1);

      if (interval->end + 1 > from)
        months += interval->end + 1 - from;
      covered_until = MAX (covered_until, interval->end);
    }

  return months / 12.0;
}

static void
add_issue (GPtrArray  *issues,
           const char *code,
           const char *section,
           int         entry,
           const char *message)
{
  PhoenixAtsIssue *issue = g_new0 (PhoenixAtsIssue, 1);

  issue->code = g_strdup (code);
  issue->section = g_strdup (section);
  issue->entry = entry;
  issue->message = g_strdup (message);
  g_ptr_array_add (issues, issue);
}

void
_phoenix_ats_resume_check (JsonObject *resume,
                           GPtrArray  *issues)
{
  JsonNode *basics_node = json_object_get_member (resume, "basics");
  JsonObject *basics = basics_node != NULL && JSON_NODE_HOLDS_OBJECT (basics_node) ? json_node_get_object (basics_node) : NULL;
  JsonArray *work = member_array (resume, "work");
  const char *email = basics != NULL ? member_string (basics, "email") : NULL;
  const char *phone = basics != NULL ? member_string (basics, "phone") : NULL;
  g_autoptr(GList) members = json_object_get_members (resume);

  if (email == NULL || *email == '\0')
    add_issue (issues, "missing-email", "basics", -1, _("The CV has no email address: recruiters cannot reply."));
  if (phone == NULL || *phone == '\0')
    add_issue (issues, "missing-phone", "basics", -1, _("The CV has no phone number."));
  if (work == NULL || json_array_get_length (work) == 0)
    add_issue (issues, "no-experience", "work", -1, _("The CV lists no work experience."));
  for (guint i = 0; work != NULL && i < json_array_get_length (work); i++)
    {
      JsonNode *item = json_array_get_element (work, i);

      if (JSON_NODE_HOLDS_OBJECT (item) && parse_month (member_string (json_node_get_object (item), "startDate")) < 0)
        add_issue (issues, "undated-experience", "work", (int) i,
                   _("An experience has no dates: applicant tracking systems count years from them."));
    }
  for (GList *l = members; l != NULL; l = l->next)
    {
      gboolean known = FALSE;

      for (gsize k = 0; k < G_N_ELEMENTS (known_sections); k++)
        known = known || strcmp (l->data, known_sections[k]) == 0;
      if (!known && !g_str_has_prefix (l->data, "x-"))
        {
          g_autofree char *message = g_strdup_printf (_("The section “%s” has an unusual heading that applicant tracking systems may not read."),
                                                      (const char *) l->data);

          add_issue (issues, "unusual-heading", l->data, -1, message);
        }
    }
}
