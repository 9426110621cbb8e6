/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-cv-sources"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "phoenix-cv-sources.h"
#include "phoenix-json-limits.h"
#include "phoenix-json-resume.h"

/*
 * Other CV sources than a PDF (see phoenix-cv-sources.h): JSON Resume, the LinkedIn
 * export and Europass. The LinkedIn ZIP is read here (its central directory, then each
 * member stored or deflated, inflated with GIO's raw zlib decompressor: no other
 * library), its CSV files by RFC 4180; Europass with GMarkup.
 */

G_DEFINE_QUARK (phoenix-cv-source-error-quark, phoenix_cv_source_error)

/* Limits against hostile archives: members, and bytes once inflated. */
#define MAX_MEMBERS       2000
#define MAX_MEMBER_BYTES  (16 * 1024 * 1024)
#define MAX_TOTAL_BYTES   (64 * 1024 * 1024)   /* all members together: 2,000 × 16 MB is 32 GB */

static PhoenixCvParse *
parse_from_profile (JsonObject *profile)
{
  g_autoptr(JsonNode) node = json_node_new (JSON_NODE_OBJECT);
  JsonObject *root = json_object_new ();

  json_object_set_object_member (root, "profile", json_object_ref (profile));
  json_object_set_array_member (root, "sections", json_array_new ());
  json_object_set_array_member (root, "unassigned", json_array_new ());
  json_node_take_object (node, root);
  return phoenix_cv_parse_new_from_json (node, NULL);
}

static JsonObject *
basics_of (JsonObject *profile)
{
  if (!json_object_has_member (profile, "basics"))
    json_object_set_object_member (profile, "basics", json_object_new ());
  return json_object_get_object_member (profile, "basics");
}

static JsonArray *
array_of (JsonObject *profile,
          const char *member)
{
  if (!json_object_has_member (profile, member))
    json_object_set_array_member (profile, member, json_array_new ());
  return json_object_get_array_member (profile, member);
}

static void
set_trimmed (JsonObject *object,
             const char *member,
             const char *value)
{
  g_autofree char *copy = NULL;

  if (value == NULL)
    return;
  copy = g_strstrip (g_strdup (value));
  if (*copy != '\0')
    json_object_set_string_member (object, member, copy);
}

/* ---- JSON Resume -------------------------------------------------------- */

PhoenixCvParse *
phoenix_cv_source_read_json_resume (GBytes  *data,
                                    GError **error)
{
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GError) local_error = NULL;
  gsize size = 0;
  const char *bytes = g_bytes_get_data (data, &size);
  JsonObjectIter iter;
  const char *name;
  JsonNode *member;

  /* Size and nesting checked before json-glib, whose parser recurses once a level. */
  root = phoenix_json_parse_bounded (bytes, size, PHOENIX_JSON_RESUME_MAX_BYTES, PHOENIX_JSON_MAX_DEPTH,
                                     &local_error);
  if (root == NULL && (g_error_matches (local_error, PHOENIX_JSON_LIMIT_ERROR, PHOENIX_JSON_LIMIT_ERROR_TOO_LARGE)
                       || g_error_matches (local_error, PHOENIX_JSON_LIMIT_ERROR, PHOENIX_JSON_LIMIT_ERROR_TOO_DEEP)))
    {
      g_set_error_literal (error, PHOENIX_CV_SOURCE_ERROR, PHOENIX_CV_SOURCE_ERROR_TOO_LARGE, local_error->message);
      return NULL;
    }
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error_literal (error, PHOENIX_CV_SOURCE_ERROR, PHOENIX_CV_SOURCE_ERROR_DAMAGED,
                           _("This JSON Resume file cannot be read: it is not valid JSON."));
      return NULL;
    }
  /* As many entries a section as the JSON Resume import takes, so the preview never lists more. */
  json_object_iter_init (&iter, json_node_get_object (root));
  while (json_object_iter_next (&iter, &name, &member))
    if (JSON_NODE_HOLDS_ARRAY (member)
        && json_array_get_length (json_node_get_array (member)) > PHOENIX_JSON_RESUME_MAX_ENTRIES)
      {
        g_set_error (error, PHOENIX_CV_SOURCE_ERROR, PHOENIX_CV_SOURCE_ERROR_TOO_LARGE,
                     _("This resume has too many entries in “%s”: %u, where Phoenix reads at most %u."),
                     name, json_array_get_length (json_node_get_array (member)), PHOENIX_JSON_RESUME_MAX_ENTRIES);
        return NULL;
      }
  return parse_from_profile (json_node_get_object (root));
}

/* ---- ZIP ---------------------------------------------------------------- */

static guint32
le32 (const guint8 *p)
{
  return (guint32) p[0] | (guint32) p[1] << 8 | (guint32) p[2] << 16 | (guint32) p[3] << 24;
}

static guint16
le16 (const guint8 *p)
{
  return (guint16) (p[0] | p[1] << 8);
}

static GBytes *
inflate_raw (const guint8 *data,
             gsize         size,
             gsize         expected)
{
  g_autoptr(GConverter) converter = G_CONVERTER (g_zlib_decompressor_new (G_ZLIB_COMPRESSOR_FORMAT_RAW));
  g_autoptr(GByteArray) out = g_byte_array_new ();
  gsize in_offset = 0;
  guint8 buffer[16384];

  for (;;)
    {
      gsize read = 0, written = 0;
      g_autoptr(GError) error = NULL;
      GConverterResult result = g_converter_convert (converter, data + in_offset, size - in_offset,
                                                     buffer, sizeof buffer, G_CONVERTER_INPUT_AT_END,
                                                     &read, &written, &error);
      if (result == G_CONVERTER_ERROR)
        return NULL;
      in_offset += read;
      g_byte_array_append (out, buffer, (guint) written);
      if (out->len > MAX_MEMBER_BYTES || out->len > expected + 16)
        return NULL;
      if (result == G_CONVERTER_FINISHED)
        break;
      if (read == 0 && written == 0)
        return NULL;
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&out));
}

/* The members of a ZIP archive: name (lower case, without folders) → GBytes. */
static GHashTable *
read_zip (GBytes  *zip,
          GError **error)
{
  gsize size = 0;
  const guint8 *p = g_bytes_get_data (zip, &size);
  g_autoptr(GHashTable) members = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_bytes_unref);
  gssize eocd = -1;
  guint32 count, cd_offset;
  guint64 total = 0;

  /* The end of central directory record, in the last 64 KiB + 22 bytes. */
  for (gssize i = (gssize) size - 22; i >= 0 && i >= (gssize) size - 65557; i--)
    if (le32 (p + i) == 0x06054b50)
      {
        eocd = i;
        break;
      }
  if (eocd < 0)
    goto damaged;
  count = le16 (p + eocd + 10);
  cd_offset = le32 (p + eocd + 16);
  if (count > MAX_MEMBERS || cd_offset >= size)
    goto damaged;
  for (guint32 k = 0, at = cd_offset; k < count; k++)
    {
      guint16 method, name_len, extra_len, comment_len;
      guint32 csize, usize, local;
      g_autofree char *name = NULL;
      g_autofree char *base = NULL;
      gsize data_at;
      GBytes *bytes = NULL;

      if ((gsize) at + 46 > size || le32 (p + at) != 0x02014b50)
        goto damaged;
      method = le16 (p + at + 10);
      csize = le32 (p + at + 20);
      usize = le32 (p + at + 24);
      name_len = le16 (p + at + 28);
      extra_len = le16 (p + at + 30);
      comment_len = le16 (p + at + 32);
      local = le32 (p + at + 42);
      if ((gsize) at + 46 + name_len > size || (gsize) local + 30 > size || le32 (p + local) != 0x04034b50)
        goto damaged;
      name = g_strndup ((const char *) p + at + 46, name_len);
      at += 46 + name_len + extra_len + comment_len;
      data_at = (gsize) local + 30 + le16 (p + local + 26) + le16 (p + local + 28);
      if (data_at + csize > size || usize > MAX_MEMBER_BYTES || g_str_has_suffix (name, "/"))
        continue;
      /* Each member inflates to at most its declared size (+16): the declared sizes bound the whole. */
      total += usize;
      if (total > MAX_TOTAL_BYTES)
        {
          g_autofree char *limit = g_format_size (MAX_TOTAL_BYTES);

          g_set_error (error, PHOENIX_CV_SOURCE_ERROR, PHOENIX_CV_SOURCE_ERROR_TOO_LARGE,
                       _("This archive holds too much once unpacked: Phoenix reads at most %s."), limit);
          return NULL;
        }
      if (method == 0)
        bytes = g_bytes_new (p + data_at, csize);
      else if (method == 8)
        bytes = inflate_raw (p + data_at, csize, usize);
      if (bytes == NULL)
        continue;
      base = g_path_get_basename (name);
      g_hash_table_replace (members, g_ascii_strdown (base, -1), bytes);
    }
  return g_steal_pointer (&members);

damaged:
  g_set_error_literal (error, PHOENIX_CV_SOURCE_ERROR, PHOENIX_CV_SOURCE_ERROR_DAMAGED,
                       _("This ZIP archive is damaged or incomplete."));
  return NULL;
}

/* ---- CSV (RFC 4180) ----------------------------------------------------- */

/* Rows of @data, each a GPtrArray of char *; LinkedIn's "Notes:" lines before the header
 * are skipped by the caller. */
static GPtrArray *
read_csv (GBytes *data)
{
  gsize size = 0;
  const char *p = g_bytes_get_data (data, &size);
  const char *end = p + size;
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  GPtrArray *row = g_ptr_array_new_with_free_func (g_free);
  GString *field = g_string_new (NULL);
  gboolean quoted = FALSE;

  if (size >= 3 && memcmp (p, "\xEF\xBB\xBF", 3) == 0)
    p += 3;
  for (; p < end; p++)
    {
      char c = *p;

      if (quoted)
        {
          if (c == '"' && p + 1 < end && p[1] == '"')
            {
              g_string_append_c (field, '"');
              p++;
            }
          else if (c == '"')
            quoted = FALSE;
          else
            g_string_append_c (field, c);
          continue;
        }
      if (c == '"')
        quoted = TRUE;
      else if (c == ',')
        {
          g_ptr_array_add (row, g_string_free (field, FALSE));
          field = g_string_new (NULL);
        }
      else if (c == '\n' || c == '\r')
        {
          if (c == '\r' && p + 1 < end && p[1] == '\n')
            p++;
          g_ptr_array_add (row, g_string_free (field, FALSE));
          field = g_string_new (NULL);
          g_ptr_array_add (rows, row);
          row = g_ptr_array_new_with_free_func (g_free);
        }
      else
        g_string_append_c (field, c);
    }
  if (field->len > 0 || row->len > 0)
    {
      g_ptr_array_add (row, g_string_free (field, FALSE));
      g_ptr_array_add (rows, row);
    }
  else
    {
      g_string_free (field, TRUE);
      g_ptr_array_unref (row);
    }
  return rows;
}

typedef struct
{
  GPtrArray *rows;    /* data rows */
  GPtrArray *header;  /* column names */
} Csv;

static void
csv_clear (Csv *csv)
{
  g_clear_pointer (&csv->rows, g_ptr_array_unref);
}

static gboolean
load_csv (GHashTable *members,
          const char *name,
          Csv        *csv)
{
  GBytes *data = g_hash_table_lookup (members, name);

  csv->rows = NULL;
  csv->header = NULL;
  if (data == NULL || !g_utf8_validate (g_bytes_get_data (data, NULL), (gssize) g_bytes_get_size (data), NULL))
    return FALSE;
  csv->rows = read_csv (data);
  /* The header is the first row with two columns or more ("Notes:" lines come before). */
  while (csv->rows->len > 0 && ((GPtrArray *) g_ptr_array_index (csv->rows, 0))->len < 2)
    g_ptr_array_remove_index (csv->rows, 0);
  if (csv->rows->len == 0)
    {
      csv_clear (csv);
      return FALSE;
    }
  csv->header = g_ptr_array_ref (g_ptr_array_index (csv->rows, 0));
  g_ptr_array_remove_index (csv->rows, 0);
  g_ptr_array_add (csv->rows, csv->header);   /* kept alive with the rows; skipped below */
  return TRUE;
}

static const char *
cell (Csv        *csv,
      GPtrArray  *row,
      const char *column)
{
  for (guint i = 0; i < csv->header->len && i < row->len; i++)
    if (g_ascii_strcasecmp (g_ptr_array_index (csv->header, i), column) == 0)
      return g_ptr_array_index (row, i);
  return NULL;
}

#define FOR_ROWS(csv, row) \
  for (guint _i = 0; _i + 1 < (csv)->rows->len; _i++) \
    for (GPtrArray *row = g_ptr_array_index ((csv)->rows, _i); row != NULL; row = NULL)

/* "Jan 2020", "2020", "2020-01": ISO "2020-01" or "2020". */
static char *
linkedin_date (const char *text)
{
  if (text == NULL || *text == '\0')
    return NULL;
  return phoenix_cv_parse_date (text);
}

PhoenixCvParse *
phoenix_cv_source_read_linkedin (GBytes  *zip,
                                 GError **error)
{
  g_autoptr(GHashTable) members = read_zip (zip, error);
  g_autoptr(JsonObject) profile = json_object_new ();
  JsonObject *b;
  Csv csv;
  gboolean any = FALSE;

  if (members == NULL)
    return NULL;
  b = basics_of (profile);
  if (load_csv (members, "profile.csv", &csv))
    {
      FOR_ROWS (&csv, row)
        {
          g_autofree char *name = g_strdup_printf ("%s %s", cell (&csv, row, "First Name") ?: "",
                                                   cell (&csv, row, "Last Name") ?: "");
          set_trimmed (b, "name", name);
          set_trimmed (b, "label", cell (&csv, row, "Headline"));
          set_trimmed (b, "summary", cell (&csv, row, "Summary"));
          if (cell (&csv, row, "Geo Location") != NULL && *cell (&csv, row, "Geo Location") != '\0')
            {
              JsonObject *location = json_object_new ();
              g_auto(GStrv) parts = g_strsplit (cell (&csv, row, "Geo Location"), ",", 2);
              set_trimmed (location, "city", parts[0]);
              if (parts[0] != NULL && parts[1] != NULL)
                set_trimmed (location, "region", parts[1]);
              json_object_set_object_member (b, "location", location);
            }
          any = TRUE;
          break;
        }
      csv_clear (&csv);
    }
  if (load_csv (members, "email addresses.csv", &csv))
    {
      FOR_ROWS (&csv, row)
        if (!json_object_has_member (b, "email") || g_strcmp0 (cell (&csv, row, "Primary"), "Yes") == 0)
          set_trimmed (b, "email", cell (&csv, row, "Email Address"));
      csv_clear (&csv);
    }
  if (load_csv (members, "phonenumbers.csv", &csv) || load_csv (members, "phone numbers.csv", &csv))
    {
      FOR_ROWS (&csv, row)
        if (!json_object_has_member (b, "phone"))
          set_trimmed (b, "phone", cell (&csv, row, "Number"));
      csv_clear (&csv);
    }
  if (load_csv (members, "positions.csv", &csv))
    {
      JsonArray *work = array_of (profile, "work");
      FOR_ROWS (&csv, row)
        {
          JsonObject *job = json_object_new ();
          g_autofree char *start = linkedin_date (cell (&csv, row, "Started On"));
          g_autofree char *end = linkedin_date (cell (&csv, row, "Finished On"));

          set_trimmed (job, "position", cell (&csv, row, "Title"));
          set_trimmed (job, "name", cell (&csv, row, "Company Name"));
          set_trimmed (job, "location", cell (&csv, row, "Location"));
          set_trimmed (job, "summary", cell (&csv, row, "Description"));
          set_trimmed (job, "startDate", start);
          set_trimmed (job, "endDate", end);
          json_array_add_object_element (work, job);
          any = TRUE;
        }
      csv_clear (&csv);
    }
  if (load_csv (members, "education.csv", &csv))
    {
      JsonArray *education = array_of (profile, "education");
      FOR_ROWS (&csv, row)
        {
          JsonObject *degree = json_object_new ();
          g_autofree char *start = linkedin_date (cell (&csv, row, "Start Date"));
          g_autofree char *end = linkedin_date (cell (&csv, row, "End Date"));

          set_trimmed (degree, "institution", cell (&csv, row, "School Name"));
          set_trimmed (degree, "studyType", cell (&csv, row, "Degree Name"));
          set_trimmed (degree, "area", cell (&csv, row, "Notes"));
          set_trimmed (degree, "startDate", start);
          set_trimmed (degree, "endDate", end);
          json_array_add_object_element (education, degree);
          any = TRUE;
        }
      csv_clear (&csv);
    }
  /* Skills.csv has one column: read it as rows of one cell. */
  if (g_hash_table_lookup (members, "skills.csv") != NULL)
    {
      g_autoptr(GPtrArray) rows = read_csv (g_hash_table_lookup (members, "skills.csv"));
      JsonArray *skills = array_of (profile, "skills");

      for (guint i = 1; i < rows->len; i++)
        {
          GPtrArray *row = g_ptr_array_index (rows, i);
          JsonObject *skill = json_object_new ();
          if (row->len == 0 || *(char *) g_ptr_array_index (row, 0) == '\0')
            {
              json_object_unref (skill);
              continue;
            }
          set_trimmed (skill, "name", g_ptr_array_index (row, 0));
          json_array_add_object_element (skills, skill);
          any = TRUE;
        }
    }
  if (load_csv (members, "languages.csv", &csv))
    {
      JsonArray *languages = array_of (profile, "languages");
      FOR_ROWS (&csv, row)
        {
          JsonObject *language = json_object_new ();
          set_trimmed (language, "language", cell (&csv, row, "Name"));
          set_trimmed (language, "fluency", cell (&csv, row, "Proficiency"));
          json_array_add_object_element (languages, language);
          any = TRUE;
        }
      csv_clear (&csv);
    }
  if (load_csv (members, "certifications.csv", &csv))
    {
      JsonArray *certificates = array_of (profile, "certificates");
      FOR_ROWS (&csv, row)
        {
          JsonObject *certificate = json_object_new ();
          g_autofree char *date = linkedin_date (cell (&csv, row, "Started On"));
          set_trimmed (certificate, "name", cell (&csv, row, "Name"));
          set_trimmed (certificate, "issuer", cell (&csv, row, "Authority"));
          set_trimmed (certificate, "url", cell (&csv, row, "Url"));
          set_trimmed (certificate, "date", date);
          json_array_add_object_element (certificates, certificate);
          any = TRUE;
        }
      csv_clear (&csv);
    }
  if (!any)
    {
      g_set_error_literal (error, PHOENIX_CV_SOURCE_ERROR, PHOENIX_CV_SOURCE_ERROR_EMPTY,
                           _("This ZIP archive is not a LinkedIn data export: it has no Profile, Positions or "
                             "Education file."));
      return NULL;
    }
  return parse_from_profile (profile);
}

/* ---- Europass ----------------------------------------------------------- */

typedef struct
{
  GPtrArray  *path;      /* element names */
  GString    *text;
  JsonObject *profile;
  JsonObject *item;      /* the work or education entry being read */
  JsonObject *language;
  gboolean    europass;
  char       *first_name;
  char       *surname;
  char       *level;     /* the highest CEFR level of a foreign language */
} Europass;

static gboolean
path_ends (Europass   *e,
           const char *suffix)
{
  g_auto(GStrv) parts = g_strsplit (suffix, "/", -1);
  guint n = g_strv_length (parts);

  if (n > e->path->len)
    return FALSE;
  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (g_ptr_array_index (e->path, e->path->len - n + i), parts[i]) != 0)
      return FALSE;
  return TRUE;
}

static const char *
local_name (const char *name)
{
  const char *colon = strchr (name, ':');
  return colon != NULL ? colon + 1 : name;
}

static char *
europass_date (const char **names,
               const char **values)
{
  const char *year = NULL, *month = NULL;

  for (guint i = 0; names[i] != NULL; i++)
    if (g_str_equal (names[i], "year"))
      year = values[i];
    else if (g_str_equal (names[i], "month"))
      month = values[i];
  if (year == NULL)
    return NULL;
  if (month != NULL && g_str_has_prefix (month, "--") && strlen (month) == 4)
    return g_strdup_printf ("%s-%s", year, month + 2);
  return g_strdup (year);
}

static void
europass_start (GMarkupParseContext  *context,
                const char           *element,
                const char          **names,
                const char          **values,
                gpointer              user_data,
                GError              **error)
{
  Europass *e = user_data;
  const char *name = local_name (element);

  if (g_str_equal (name, "SkillsPassport") || g_str_equal (name, "Europass"))
    e->europass = TRUE;
  g_ptr_array_add (e->path, g_strdup (name));
  g_string_truncate (e->text, 0);
  if (g_str_equal (name, "WorkExperience"))
    {
      e->item = json_object_new ();
      json_array_add_object_element (array_of (e->profile, "work"), e->item);
    }
  else if (g_str_equal (name, "Education"))
    {
      e->item = json_object_new ();
      json_array_add_object_element (array_of (e->profile, "education"), e->item);
    }
  else if (g_str_equal (name, "MotherTongue") || g_str_equal (name, "ForeignLanguage"))
    {
      e->language = json_object_new ();
      json_array_add_object_element (array_of (e->profile, "languages"), e->language);
      if (g_str_equal (name, "MotherTongue"))
        json_object_set_string_member (e->language, "fluency", _("Native speaker"));
      g_clear_pointer (&e->level, g_free);
    }
  if (e->item != NULL && (g_str_equal (name, "From") || g_str_equal (name, "To")))
    {
      g_autofree char *date = europass_date (names, values);
      if (date != NULL)
        json_object_set_string_member (e->item, g_str_equal (name, "From") ? "startDate" : "endDate", date);
    }
}

static void
europass_end (GMarkupParseContext  *context,
              const char           *element,
              gpointer              user_data,
              GError              **error)
{
  Europass *e = user_data;
  const char *name = local_name (element);
  g_autofree char *text = g_strstrip (g_strdup (e->text->str));
  JsonObject *b = basics_of (e->profile);

  if (*text != '\0')
    {
      if (path_ends (e, "Identification/PersonName/FirstName"))
        {
          g_free (e->first_name);
          e->first_name = g_strdup (text);
        }
      else if (path_ends (e, "Identification/PersonName/Surname"))
        {
          g_free (e->surname);
          e->surname = g_strdup (text);
        }
      else if (path_ends (e, "ContactInfo/Email/Contact") && e->item == NULL && !json_object_has_member (b, "email"))
        json_object_set_string_member (b, "email", text);
      else if (path_ends (e, "ContactInfo/Telephone/Contact") && e->item == NULL && !json_object_has_member (b, "phone"))
        json_object_set_string_member (b, "phone", text);
      else if (path_ends (e, "Identification/ContactInfo/Address/Contact/Municipality"))
        {
          JsonObject *location = json_object_new ();
          json_object_set_string_member (location, "city", text);
          json_object_set_object_member (b, "location", location);
        }
      else if (path_ends (e, "Headline/Description/Label"))
        json_object_set_string_member (b, "label", text);
      else if (e->item != NULL && path_ends (e, "WorkExperience/Position/Label"))
        json_object_set_string_member (e->item, "position", text);
      else if (e->item != NULL && path_ends (e, "WorkExperience/Employer/Name"))
        json_object_set_string_member (e->item, "name", text);
      else if (e->item != NULL && path_ends (e, "WorkExperience/Employer/ContactInfo/Address/Contact/Municipality"))
        json_object_set_string_member (e->item, "location", text);
      else if (e->item != NULL && path_ends (e, "WorkExperience/Activities"))
        json_object_set_string_member (e->item, "summary", text);
      else if (e->item != NULL && path_ends (e, "Education/Title"))
        json_object_set_string_member (e->item, "studyType", text);
      else if (e->item != NULL && path_ends (e, "Education/Organisation/Name"))
        json_object_set_string_member (e->item, "institution", text);
      else if (e->item != NULL && path_ends (e, "Education/Activities"))
        json_object_set_string_member (e->item, "area", text);
      else if (e->language != NULL && path_ends (e, "Description/Label"))
        json_object_set_string_member (e->language, "language", text);
      else if (e->language != NULL && e->path->len >= 2
               && g_strcmp0 (g_ptr_array_index (e->path, e->path->len - 2), "ProficiencyLevel") == 0)
        {
          /* The highest of the five CEFR levels given (listening, reading…). */
          if (e->level == NULL || g_strcmp0 (text, e->level) > 0)
            {
              g_free (e->level);
              e->level = g_strdup (text);
            }
        }
      else if (path_ends (e, "Skills/Computer/Description") || path_ends (e, "Skills/JobRelated/Description")
               || path_ends (e, "Skills/Communication/Description") || path_ends (e, "Skills/Organisational/Description"))
        {
          g_auto(GStrv) items = g_regex_split_simple ("\\s*[,;\\n•]\\s*", text, 0, 0);
          for (guint i = 0; items[i] != NULL; i++)
            if (*g_strstrip (items[i]) != '\0')
              {
                JsonObject *skill = json_object_new ();
                json_object_set_string_member (skill, "name", items[i]);
                json_array_add_object_element (array_of (e->profile, "skills"), skill);
              }
        }
    }
  if (g_str_equal (name, "WorkExperience") || g_str_equal (name, "Education"))
    e->item = NULL;
  else if (g_str_equal (name, "MotherTongue") || g_str_equal (name, "ForeignLanguage"))
    {
      if (e->level != NULL && !json_object_has_member (e->language, "fluency"))
        json_object_set_string_member (e->language, "fluency", e->level);
      e->language = NULL;
    }
  if (e->path->len > 0)
    g_ptr_array_remove_index (e->path, e->path->len - 1);
  g_string_truncate (e->text, 0);
}

static void
europass_text (GMarkupParseContext  *context,
               const char           *text,
               gsize                 length,
               gpointer              user_data,
               GError              **error)
{
  Europass *e = user_data;

  g_string_append_len (e->text, text, (gssize) length);
}

gboolean
phoenix_cv_source_is_europass (GBytes *data)
{
  gsize size = 0;
  const char *p = g_bytes_get_data (data, &size);
  gsize n = MIN (size, 4096);

  return n > 5 && g_strstr_len (p, (gssize) n, "<") != NULL
         && (g_strstr_len (p, (gssize) n, "SkillsPassport") != NULL || g_strstr_len (p, (gssize) n, "europass") != NULL);
}

PhoenixCvParse *
phoenix_cv_source_read_europass (GBytes  *xml,
                                 GError **error)
{
  static const GMarkupParser parser = { europass_start, europass_end, europass_text, NULL, NULL };
  Europass e = { 0 };
  g_autoptr(GMarkupParseContext) context = NULL;
  g_autoptr(JsonObject) profile = json_object_new ();
  gsize size = 0;
  const char *p = g_bytes_get_data (xml, &size);
  gboolean ok;

  e.path = g_ptr_array_new_with_free_func (g_free);
  e.text = g_string_new (NULL);
  e.profile = profile;
  context = g_markup_parse_context_new (&parser, G_MARKUP_IGNORE_QUALIFIED, &e, NULL);
  ok = g_markup_parse_context_parse (context, p, (gssize) size, NULL)
       && g_markup_parse_context_end_parse (context, NULL);
  g_ptr_array_unref (e.path);
  g_string_free (e.text, TRUE);
  g_free (e.level);
  if (!ok || !e.europass)
    {
      g_free (e.first_name);
      g_free (e.surname);
      g_set_error_literal (error, PHOENIX_CV_SOURCE_ERROR, ok ? PHOENIX_CV_SOURCE_ERROR_UNKNOWN_FORMAT : PHOENIX_CV_SOURCE_ERROR_DAMAGED,
                           ok ? _("This XML file is not a Europass CV.") : _("This Europass CV cannot be read: its XML is damaged."));
      return NULL;
    }
  if (e.first_name != NULL || e.surname != NULL)
    {
      g_autofree char *name = g_strdup_printf ("%s %s", e.first_name ?: "", e.surname ?: "");
      set_trimmed (basics_of (profile), "name", name);
    }
  g_free (e.first_name);
  g_free (e.surname);
  return parse_from_profile (profile);
}

PhoenixCvParse *
phoenix_cv_source_read (GBytes  *data,
                        GError **error)
{
  gsize size = 0;
  const char *p = g_bytes_get_data (data, &size);
  gsize i = 0;

  if (size >= 4 && memcmp (p, "PK\x03\x04", 4) == 0)
    return phoenix_cv_source_read_linkedin (data, error);
  while (i < size && (g_ascii_isspace (p[i]) || (guchar) p[i] == 0xEF || (guchar) p[i] == 0xBB || (guchar) p[i] == 0xBF))
    i++;
  if (i < size && p[i] == '{')
    return phoenix_cv_source_read_json_resume (data, error);
  if (i < size && p[i] == '<' && phoenix_cv_source_is_europass (data))
    return phoenix_cv_source_read_europass (data, error);
  g_set_error_literal (error, PHOENIX_CV_SOURCE_ERROR, PHOENIX_CV_SOURCE_ERROR_UNKNOWN_FORMAT,
                       _("Phoenix cannot read this kind of file. Import a PDF, a JSON Resume, a LinkedIn data "
                         "export (ZIP) or a Europass CV (XML)."));
  return NULL;
}

PhoenixCvParse *
phoenix_cv_source_read_file (GFile         *file,
                             GCancellable  *cancellable,
                             GError       **error)
{
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GByteArray) buffer = g_byte_array_new ();
  g_autofree char *limit = NULL;
  guint8 chunk[65536];
  gssize n;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  stream = g_file_read (file, cancellable, error);
  if (stream == NULL)
    return NULL;
  /* Read until the end or one byte past the limit, whatever size the file claims (a FIFO, a
   * file that grows). */
  while (buffer->len <= PHOENIX_CV_SOURCE_MAX_BYTES
         && (n = g_input_stream_read (G_INPUT_STREAM (stream), chunk, sizeof chunk, cancellable, error)) != 0)
    {
      if (n < 0)
        return NULL;
      g_byte_array_append (buffer, chunk, (guint) n);
    }
  if (buffer->len <= PHOENIX_CV_SOURCE_MAX_BYTES)
    {
      g_autoptr(GBytes) data = g_byte_array_free_to_bytes (g_steal_pointer (&buffer));

      return phoenix_cv_source_read (data, error);
    }
  limit = g_format_size (PHOENIX_CV_SOURCE_MAX_BYTES);
  g_set_error (error, PHOENIX_CV_SOURCE_ERROR, PHOENIX_CV_SOURCE_ERROR_TOO_LARGE,
               _("This file is too large to be a CV: Phoenix reads files of at most %s."), limit);
  return NULL;
}

/* The parse's object with the Europass profile when there is one, and "pages". */
static JsonNode *
pdf_result (PhoenixCvParse *parse,
            guint           n_pages,
            GPtrArray      *attachments)
{
  g_autoptr(PhoenixCvParse) europass = NULL;
  JsonNode *parsed;

  for (guint i = 0; attachments != NULL && i < attachments->len && europass == NULL; i++)
    if (phoenix_cv_source_is_europass (g_ptr_array_index (attachments, i)))
      europass = phoenix_cv_source_read_europass (g_ptr_array_index (attachments, i), NULL);

  if (europass != NULL)
    {
      /* Keep the page text (job offers read it), take the Europass profile. */
      g_autoptr(JsonNode) layout = phoenix_cv_parse_to_json (parse);

      parsed = phoenix_cv_parse_to_json (europass);
      json_object_set_member (json_node_get_object (parsed), "text",
                              json_node_copy (json_object_get_member (json_node_get_object (layout), "text")));
    }
  else
    parsed = phoenix_cv_parse_to_json (parse);
  /* The parse's object ("sections", "profile", "confidence", "unassigned", "text") is the
   * result, not a copy of it. */
  json_object_set_int_member (json_node_get_object (parsed), "pages", n_pages);
  return parsed;
}

JsonNode *
phoenix_cv_source_read_pdf_lines (GPtrArray *lines,
                                  double     page_width,
                                  double     page_height,
                                  guint      n_pages,
                                  GPtrArray *attachments,
                                  gboolean   with_lines)
{
  g_autoptr(GPtrArray) taken = lines;
  g_autoptr(PhoenixCvParse) parse = NULL;
  JsonNode *parsed;

  g_return_val_if_fail (lines != NULL, NULL);

  /* The app's import needs no lines back: they are freed as the parser reads them. */
  if (with_lines)
    parse = phoenix_cv_parse_lines (taken, page_width, page_height);
  else
    parse = phoenix_cv_parse_take_lines (g_steal_pointer (&taken), page_width, page_height);
  parsed = pdf_result (parse, n_pages, attachments);
  if (with_lines)
    {
      JsonArray *array = json_array_new ();

      for (guint i = 0; i < taken->len; i++)
        json_array_add_element (array, phoenix_cv_line_to_json (g_ptr_array_index (taken, i)));
      json_object_set_array_member (json_node_get_object (parsed), "lines", array);
    }
  return parsed;
}

JsonNode *
phoenix_cv_source_read_pdf_parse (PhoenixCvParse *parse,
                                  guint           n_pages,
                                  GPtrArray      *attachments)
{
  g_autoptr(PhoenixCvParse) taken = parse;

  g_return_val_if_fail (PHOENIX_IS_CV_PARSE (parse), NULL);

  return pdf_result (taken, n_pages, attachments);
}
