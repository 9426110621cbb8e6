/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-cv-parser"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "phoenix-cv-dates.h"
#include "phoenix-cv-doubts.h"
#include "phoenix-cv-fields.h"
#include "phoenix-text-fold.h"

/* Below this the parser is not sure of a field. */
#define LOW_CONFIDENCE 0.6

static JsonNode *
resolve (JsonObject *profile,
         const char *pointer)
{
  g_auto(GStrv) parts = g_strsplit (pointer + 1, "/", -1);
  JsonNode *node = NULL;
  JsonObject *object = profile;
  JsonArray *array = NULL;

  for (guint i = 0; parts[i] != NULL; i++)
    {
      if (object != NULL)
        {
          if (!json_object_has_member (object, parts[i]))
            return NULL;
          node = json_object_get_member (object, parts[i]);
        }
      else if (array != NULL)
        {
          guint64 index = g_ascii_strtoull (parts[i], NULL, 10);
          if (index >= json_array_get_length (array))
            return NULL;
          node = json_array_get_element (array, (guint) index);
        }
      else
        return NULL;
      object = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
      array = JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
    }
  return node;
}

static const char *
string_at (JsonObject *profile,
           const char *pointer)
{
  JsonNode *node = resolve (profile, pointer);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

static gboolean
looks_like_address (const char *text)
{
  static GRegex *re = NULL;

  if (g_once_init_enter (&re))
    g_once_init_leave (&re, g_regex_new ("\\b\\d{4,5}\\b|\\b\\d+,?\\s+(rue|avenue|bd|boulevard|chemin|impasse|allée|place|street|st\\.?|road|rd\\.?|lane|drive)\\b",
                                         G_REGEX_CASELESS | G_REGEX_OPTIMIZE, 0, NULL));
  return g_regex_match (re, text, 0, NULL);
}

static gboolean
has_digits (const char *text)
{
  for (const char *p = text; *p; p++)
    if (g_ascii_isdigit (*p))
      return TRUE;
  return FALSE;
}

static char *
explain_entry (PhoenixCvParse *self,
               JsonObject     *profile,
               const char     *pointer)
{
  g_autofree char *position_ptr = g_strconcat (pointer, "/position", NULL);
  g_autofree char *name_ptr = g_strconcat (pointer, "/name", NULL);
  g_autofree char *start_ptr = g_strconcat (pointer, "/startDate", NULL);
  g_autofree char *end_ptr = g_strconcat (pointer, "/endDate", NULL);
  const char *position = string_at (profile, position_ptr);
  const char *employer = string_at (profile, name_ptr);

  if (g_str_has_prefix (pointer, "/work/"))
    {
      if (position == NULL)
        return g_strdup (_("No job title was found for this job."));
      if (_phoenix_cv_looks_like_company (position) && (employer == NULL || !_phoenix_cv_looks_like_company (employer)))
        return g_strdup (_("The job title looks like an employer’s name: check that they are not the wrong way round."));
      if (employer == NULL)
        return g_strdup (_("No employer was found for this job."));
      if (_phoenix_cv_looks_like_location (employer))
        return g_strdup (_("The employer looks like a place, not a company."));
      if (string_at (profile, start_ptr) == NULL && string_at (profile, end_ptr) == NULL)
        return g_strdup (_("No dates were found for this job."));
    }
  if (phoenix_cv_parse_get_field_confidence (self, position_ptr) > 0
      && phoenix_cv_parse_get_field_confidence (self, position_ptr) < LOW_CONFIDENCE - 0.15)
    return g_strdup (_("Phoenix is not sure it split this entry right: check its fields."));
  return NULL;
}

char *
phoenix_cv_parse_explain_doubt (PhoenixCvParse *self,
                                const char     *pointer)
{
  JsonObject *profile;
  const char *value;
  double confidence;

  g_return_val_if_fail (PHOENIX_IS_CV_PARSE (self), NULL);
  g_return_val_if_fail (pointer != NULL && pointer[0] == '/', NULL);

  profile = phoenix_cv_parse_get_profile (self);
  value = string_at (profile, pointer);
  confidence = phoenix_cv_parse_get_field_confidence (self, pointer);

  if (g_str_equal (pointer, "/basics/label") && value != NULL)
    {
      g_autofree char *email = phoenix_cv_find_email (value);
      g_autofree char *phone = phoenix_cv_find_phone (value);

      if (looks_like_address (value))
        return g_strdup (_("This looks like an address, not a headline."));
      if (email != NULL || phone != NULL)
        return g_strdup (_("This looks like contact details, not a headline."));
      if (g_utf8_strlen (value, -1) > 90)
        return g_strdup (_("This is long for a headline: it may be the start of the summary."));
    }
  if (g_str_equal (pointer, "/basics/name") && value != NULL)
    {
      guint words = 1;

      for (const char *p = value; *p; p++)
        if (*p == ' ')
          words++;
      if (has_digits (value) || words > 4)
        return g_strdup (_("This does not look like a person’s name."));
      if (confidence > 0 && confidence < LOW_CONFIDENCE + 0.05)
        return g_strdup (_("The name is not set larger than the text: check it is yours."));
    }
  if (g_str_equal (pointer, "/basics/phone") && value != NULL)
    {
      guint digits = 0;

      for (const char *p = value; *p; p++)
        if (g_ascii_isdigit (*p))
          digits++;
      if (value[0] != '+' && digits > 10)
        return g_strdup (_("This number has no country code and more digits than a national number."));
    }
  {
    /* An entry: "/work/3". */
    g_auto(GStrv) parts = g_strsplit (pointer + 1, "/", -1);
    if (g_strv_length (parts) == 2 && g_ascii_isdigit (parts[1][0]))
      return explain_entry (self, profile, pointer);
  }
  if (confidence > 0 && confidence < LOW_CONFIDENCE)
    return g_strdup (_("Phoenix is not sure this is right: check it."));
  return NULL;
}
