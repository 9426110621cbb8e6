/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-training-catalogue"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>
#include <string.h>

#include "phoenix-training-catalogue.h"
#include "phoenix-training-resources.h"

#define STARTER_RESOURCE "/io/github/phoenixecosystem/Phoenix/training/catalogue.csv"
#define MAX_HOURS 10000

struct _PhoenixTrainingCatalogue
{
  GObject     parent_instance;

  GListStore *modules;
  GHashTable *by_id;    /* id → PhoenixTrainingModule (borrowed from modules) */
};

G_DEFINE_FINAL_TYPE (PhoenixTrainingCatalogue, phoenix_training_catalogue, G_TYPE_OBJECT)

G_DEFINE_QUARK (phoenix-training-catalogue-error-quark, phoenix_training_catalogue_error)

/* The columns of the layout, in the order phoenix_training_catalogue_to_csv() writes them. */
typedef enum
{
  COLUMN_ID,
  COLUMN_TITLE,
  COLUMN_TITLE_EN,
  COLUMN_KIND,
  COLUMN_PROVIDER,
  COLUMN_SKILLS,
  COLUMN_HOURS,
  COLUMN_FORMAT,
  COLUMN_LEVEL,
  COLUMN_CERTIFYING,
  COLUMN_CERTIFICATION,
  COLUMN_CODE,
  COLUMN_PREREQUISITES,
  COLUMN_FUNDING,
  COLUMN_TARGETS,
  COLUMN_URL,
  N_COLUMNS
} Column;

static const char * const column_names[N_COLUMNS] = {
  "id", "title", "title_en", "kind", "provider", "skills", "hours", "format", "level", "certifying",
  "certification", "code", "prerequisites", "funding", "targets", "url",
};
static const gboolean column_required[N_COLUMNS] = {
  [COLUMN_ID] = TRUE, [COLUMN_TITLE] = TRUE, [COLUMN_SKILLS] = TRUE, [COLUMN_HOURS] = TRUE,
};

typedef struct
{
  GPtrArray *fields;  /* char * */
  guint      line;    /* where the record starts, 1-based */
} Record;

static void
free_record (gpointer data)
{
  Record *record = data;

  g_ptr_array_unref (record->fields);
  g_free (record);
}

static void
phoenix_training_catalogue_finalize (GObject *object)
{
  PhoenixTrainingCatalogue *self = PHOENIX_TRAINING_CATALOGUE (object);

  g_clear_pointer (&self->by_id, g_hash_table_unref);
  g_clear_object (&self->modules);

  G_OBJECT_CLASS (phoenix_training_catalogue_parent_class)->finalize (object);
}

static void
phoenix_training_catalogue_class_init (PhoenixTrainingCatalogueClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = phoenix_training_catalogue_finalize;
}

static void
phoenix_training_catalogue_init (PhoenixTrainingCatalogue *self)
{
  self->modules = g_list_store_new (PHOENIX_TYPE_TRAINING_MODULE);
  self->by_id = g_hash_table_new (g_str_hash, g_str_equal);
}

/* ---- CSV ------------------------------------------------------------------- */

/* The separator of the header line: the most frequent of , ; and tab outside quotes. */
static char
guess_delimiter (const char *data,
                 const char *end)
{
  guint counts[3] = { 0, 0, 0 };
  gboolean quoted = FALSE;

  for (const char *p = data; p < end && (quoted || *p != '\n'); p++)
    {
      if (*p == '"')
        quoted = !quoted;
      else if (!quoted && *p == ',')
        counts[0]++;
      else if (!quoted && *p == ';')
        counts[1]++;
      else if (!quoted && *p == '\t')
        counts[2]++;
    }
  if (counts[1] > counts[0] && counts[1] >= counts[2])
    return ';';
  if (counts[2] > counts[0] && counts[2] > counts[1])
    return '\t';

  return ',';
}

static GPtrArray *
field_too_long (GError **error,
                guint    line)
{
  g_set_error (error, PHOENIX_TRAINING_CATALOGUE_ERROR, PHOENIX_TRAINING_CATALOGUE_ERROR_TOO_LARGE,
               /* Translators: %u is a line number, %d a number of kilobytes */
               _("Line %u: a field is longer than %d KB (a line that never ends, or a quote never closed?)."),
               line, PHOENIX_TRAINING_CATALOGUE_MAX_FIELD / 1024);

  return NULL;
}

/*
 * RFC 4180 records: fields in double quotes may hold the separator, new lines
 * and doubled quotes; CR LF ends a line as LF does; blank lines and lines
 * starting with '#' (outside a quoted field) are skipped.
 */
static GPtrArray *
read_records (const char  *data,
              gsize        length,
              GError     **error)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func (free_record);
  const char *end = data + length;
  const char *p = data;
  guint line = 1;
  char delimiter;

  /* Comment lines before the header do not count for the separator. */
  while (p < end && *p == '#')
    {
      const char *nl = memchr (p, '\n', end - p);

      p = nl != NULL ? nl + 1 : end;
      line++;
    }
  delimiter = guess_delimiter (p, end);

  while (p < end)
    {
      Record *record;
      g_autoptr(GString) field = NULL;
      gboolean at_start = TRUE;

      if (*p == '\n' || (*p == '\r' && p + 1 < end && p[1] == '\n'))
        {
          p += *p == '\r' ? 2 : 1;
          line++;
          continue;
        }
      if (*p == '#')
        {
          const char *nl = memchr (p, '\n', end - p);

          p = nl != NULL ? nl + 1 : end;
          line++;
          continue;
        }

      if (records->len >= PHOENIX_TRAINING_CATALOGUE_MAX_RECORDS)
        {
          g_set_error (error, PHOENIX_TRAINING_CATALOGUE_ERROR, PHOENIX_TRAINING_CATALOGUE_ERROR_TOO_LARGE,
                       _("Line %u: the file holds more than %d lines of trainings, too many for a catalogue."),
                       line, PHOENIX_TRAINING_CATALOGUE_MAX_RECORDS - 1);
          return NULL;
        }
      record = g_new0 (Record, 1);
      record->fields = g_ptr_array_new_with_free_func (g_free);
      record->line = line;
      g_ptr_array_add (records, record);
      field = g_string_new (NULL);

      while (TRUE)
        {
          if (at_start && p < end && *p == '"')
            {
              guint opened = line;

              p++;
              while (TRUE)
                {
                  if (p >= end)
                    {
                      g_set_error (error, PHOENIX_TRAINING_CATALOGUE_ERROR, PHOENIX_TRAINING_CATALOGUE_ERROR_INVALID,
                                   _("Line %u: a quoted field is never closed."), opened);
                      return NULL;
                    }
                  if (*p == '"')
                    {
                      if (p + 1 < end && p[1] == '"')
                        {
                          g_string_append_c (field, '"');
                          p += 2;
                          continue;
                        }
                      p++;
                      break;
                    }
                  if (*p == '\n')
                    line++;
                  if (field->len >= PHOENIX_TRAINING_CATALOGUE_MAX_FIELD)
                    return field_too_long (error, record->line);
                  g_string_append_c (field, *p);
                  p++;
                }
              at_start = FALSE;
              continue;
            }
          if (p >= end || *p == '\n' || (*p == '\r' && p + 1 < end && p[1] == '\n') || *p == delimiter)
            {
              g_ptr_array_add (record->fields, g_strstrip (g_string_free (g_steal_pointer (&field), FALSE)));
              if (p < end && *p == delimiter)
                {
                  if (record->fields->len >= PHOENIX_TRAINING_CATALOGUE_MAX_FIELDS)
                    {
                      g_set_error (error, PHOENIX_TRAINING_CATALOGUE_ERROR, PHOENIX_TRAINING_CATALOGUE_ERROR_TOO_LARGE,
                                   _("Line %u: more than %d fields on one line."), record->line,
                                   PHOENIX_TRAINING_CATALOGUE_MAX_FIELDS);
                      return NULL;
                    }
                  p++;
                  field = g_string_new (NULL);
                  at_start = TRUE;
                  continue;
                }
              if (p < end)
                {
                  p += *p == '\r' ? 2 : 1;
                  line++;
                }
              break;
            }
          if (at_start && (*p == ' ' || *p == '\t') && *p != delimiter)
            {
              p++;
              continue;
            }
          if (field->len >= PHOENIX_TRAINING_CATALOGUE_MAX_FIELD)
            return field_too_long (error, record->line);
          g_string_append_c (field, *p);
          at_start = FALSE;
          p++;
        }
    }

  return g_steal_pointer (&records);
}

static char **
split_list (const char *field)
{
  g_auto(GStrv) parts = g_strsplit (field, "|", -1);
  GPtrArray *out = g_ptr_array_new ();

  for (guint i = 0; parts[i] != NULL; i++)
    {
      char *item = g_strstrip (g_strdup (parts[i]));

      if (*item == '\0')
        g_free (item);
      else
        g_ptr_array_add (out, item);
    }
  g_ptr_array_add (out, NULL);

  return (char **) g_ptr_array_free (out, FALSE);
}

static gboolean
is_valid_id (const char *id)
{
  if (*id == '\0' || strlen (id) > 128)
    return FALSE;
  for (const char *p = id; *p != '\0'; p++)
    {
      if (!g_ascii_isalnum (*p) && strchr ("._:-", *p) == NULL)
        return FALSE;
    }

  return TRUE;
}

static gboolean
invalid (GError     **error,
         guint        line,
         const char  *format,
         ...) G_GNUC_PRINTF (3, 4);

static gboolean
invalid (GError     **error,
         guint        line,
         const char  *format,
         ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  /* Translators: %u is a line number of the imported file, %s what is wrong with it */
  g_set_error (error, PHOENIX_TRAINING_CATALOGUE_ERROR, PHOENIX_TRAINING_CATALOGUE_ERROR_INVALID,
               _("Line %u: %s"), line, message);

  return FALSE;
}

/* A closed field: one of @values (case ignored), stored as written in @values. */
static gboolean
parse_choice (const char          *field,
              const char * const  *values,
              const char          *column,
              const char          *fallback,
              guint                line,
              char               **out,
              GError             **error)
{
  g_autofree char *expected = NULL;

  if (*field == '\0')
    {
      *out = g_strdup (fallback);
      return TRUE;
    }
  for (guint i = 0; values[i] != NULL; i++)
    {
      if (g_ascii_strcasecmp (field, values[i]) == 0)
        {
          *out = g_strdup (values[i]);
          return TRUE;
        }
    }
  expected = g_strjoinv (", ", (char **) values);
  if (expected[0] == ',')
    {
      /* The empty value first (levels): say so in words. */
      char *without = g_strdup (expected + 2);

      g_free (expected);
      expected = without;
    }

  /* Translators: “%s” (first) is a value from the file, then a column name, then the accepted values */
  return invalid (error, line, _("“%s” is not a valid %s (expected one of: %s)."), field, column, expected);
}

static gboolean
parse_boolean (const char *field,
               guint       line,
               gboolean   *out,
               GError    **error)
{
  static const char * const yes[] = { "yes", "oui", "true", "vrai", "1", "y", "o" };
  static const char * const no[] = { "no", "non", "false", "faux", "0", "n", "" };

  for (gsize i = 0; i < G_N_ELEMENTS (yes); i++)
    {
      if (g_ascii_strcasecmp (field, yes[i]) == 0)
        {
          *out = TRUE;
          return TRUE;
        }
    }
  for (gsize i = 0; i < G_N_ELEMENTS (no); i++)
    {
      if (g_ascii_strcasecmp (field, no[i]) == 0)
        {
          *out = FALSE;
          return TRUE;
        }
    }

  return invalid (error, line, _("“%s” is not yes or no (column certifying)."), field);
}

static gboolean
parse_code (const char  *field,
            guint        line,
            char       **out,
            GError     **error)
{
  g_autofree char *upper = g_ascii_strup (field, -1);
  const char *digits = NULL;

  if (*upper == '\0')
    {
      *out = g_strdup ("");
      return TRUE;
    }
  if (g_str_has_prefix (upper, "RNCP"))
    digits = upper + 4;
  else if (g_str_has_prefix (upper, "RS"))
    digits = upper + 2;
  if (digits == NULL || *digits == '\0' || strspn (digits, "0123456789") != strlen (digits) || strlen (digits) > 8)
    return invalid (error, line, _("“%s” is not an RNCP or RS code (such as RNCP37674 or RS5063)."), field);
  *out = g_steal_pointer (&upper);

  return TRUE;
}

static gboolean
parse_hours (const char *field,
             guint       line,
             guint      *out,
             GError    **error)
{
  char *end = NULL;
  guint64 value;

  if (*field == '\0' || strspn (field, "0123456789") != strlen (field))
    return invalid (error, line, _("“%s” is not a number of hours (a whole number from 1 to %d)."), field, MAX_HOURS);
  value = g_ascii_strtoull (field, &end, 10);
  if (value < 1 || value > MAX_HOURS)
    return invalid (error, line, _("“%s” is not a number of hours (a whole number from 1 to %d)."), field, MAX_HOURS);
  *out = (guint) value;

  return TRUE;
}

/* TRUE when following prerequisites from @id comes back to it. */
static gboolean
has_cycle (GHashTable *prerequisites,
           const char *id,
           GHashTable *visiting,
           GHashTable *finished)
{
  const char * const *needs;

  if (g_hash_table_contains (finished, id))
    return FALSE;
  if (g_hash_table_contains (visiting, id))
    return TRUE;
  g_hash_table_add (visiting, (gpointer) id);
  needs = g_hash_table_lookup (prerequisites, id);
  for (guint i = 0; needs != NULL && needs[i] != NULL; i++)
    {
      if (has_cycle (prerequisites, needs[i], visiting, finished))
        return TRUE;
    }
  g_hash_table_remove (visiting, id);
  g_hash_table_add (finished, (gpointer) id);

  return FALSE;
}

GPtrArray *
phoenix_training_catalogue_parse_csv (PhoenixTrainingCatalogue  *self,
                                      PhoenixTaxonomy           *taxonomy,
                                      const char                *data,
                                      gsize                      length,
                                      PhoenixModuleOrigin        origin,
                                      const char                *source,
                                      GError                   **error)
{
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GPtrArray) modules = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) lines = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) prerequisites = g_hash_table_new (g_str_hash, g_str_equal);
  int columns[N_COLUMNS];
  Record *header;

  g_return_val_if_fail (PHOENIX_IS_TRAINING_CATALOGUE (self), NULL);
  g_return_val_if_fail (PHOENIX_IS_TAXONOMY (taxonomy), NULL);
  g_return_val_if_fail (data != NULL || length == 0, NULL);

  if (length > PHOENIX_TRAINING_CATALOGUE_MAX_FILE_SIZE)
    {
      g_set_error (error, PHOENIX_TRAINING_CATALOGUE_ERROR, PHOENIX_TRAINING_CATALOGUE_ERROR_TOO_LARGE,
                   _("The file is too large for a training catalogue (more than %d MB)."),
                   PHOENIX_TRAINING_CATALOGUE_MAX_FILE_SIZE / (1024 * 1024));
      return NULL;
    }
  if (memchr (data, '\0', length) != NULL)
    {
      g_set_error_literal (error, PHOENIX_TRAINING_CATALOGUE_ERROR, PHOENIX_TRAINING_CATALOGUE_ERROR_INVALID,
                           _("The file holds NUL bytes: it is not a CSV text file."));
      return NULL;
    }
  if (!g_utf8_validate (data, (gssize) length, NULL))
    {
      g_set_error_literal (error, PHOENIX_TRAINING_CATALOGUE_ERROR, PHOENIX_TRAINING_CATALOGUE_ERROR_INVALID,
                           _("The file is not UTF-8 text: save it as CSV UTF-8 and import it again."));
      return NULL;
    }
  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      data += 3;
      length -= 3;
    }

  records = read_records (data, length, error);
  if (records == NULL)
    return NULL;
  if (records->len == 0)
    {
      g_set_error_literal (error, PHOENIX_TRAINING_CATALOGUE_ERROR, PHOENIX_TRAINING_CATALOGUE_ERROR_EMPTY,
                           _("The file holds no training module."));
      return NULL;
    }

  /* The header names the columns, in any order. */
  header = g_ptr_array_index (records, 0);
  for (guint c = 0; c < N_COLUMNS; c++)
    columns[c] = -1;
  for (guint i = 0; i < header->fields->len; i++)
    {
      g_autofree char *name = g_ascii_strdown (g_ptr_array_index (header->fields, i), -1);
      gboolean known = FALSE;

      for (guint c = 0; c < N_COLUMNS; c++)
        {
          if (strcmp (name, column_names[c]) != 0)
            continue;
          if (columns[c] >= 0)
            {
              invalid (error, header->line, _("the column “%s” appears twice."), name);
              return NULL;
            }
          columns[c] = (int) i;
          known = TRUE;
        }
      if (!known)
        {
          g_autofree char *all = g_strjoinv (", ", (char **) column_names);

          invalid (error, header->line, _("the column “%s” is unknown (the columns are: %s)."), name, all);
          return NULL;
        }
    }
  for (guint c = 0; c < N_COLUMNS; c++)
    {
      if (column_required[c] && columns[c] < 0)
        {
          invalid (error, header->line, _("the column “%s” is missing."), column_names[c]);
          return NULL;
        }
    }
  if (records->len == 1)
    {
      g_set_error_literal (error, PHOENIX_TRAINING_CATALOGUE_ERROR, PHOENIX_TRAINING_CATALOGUE_ERROR_EMPTY,
                           _("The file holds no training module."));
      return NULL;
    }

  for (guint r = 1; r < records->len; r++)
    {
      Record *record = g_ptr_array_index (records, r);
      const char *field[N_COLUMNS];
      g_autoptr(PhoenixTrainingModule) module = NULL;
      g_auto(GStrv) skills = NULL;
      g_auto(GStrv) funding = NULL;
      g_auto(GStrv) targets = NULL;
      g_autoptr(GPtrArray) canonical = g_ptr_array_new_with_free_func (g_free);
      g_autofree char *kind = NULL;
      g_autofree char *provider = NULL;
      g_autofree char *format = NULL;
      g_autofree char *level = NULL;
      g_autofree char *code = NULL;
      PhoenixTrainingModule *existing;
      gboolean certifying = FALSE;
      guint hours = 0;

      if (record->fields->len != header->fields->len)
        {
          invalid (error, record->line, _("%u fields where the header has %u."),
                   record->fields->len, header->fields->len);
          return NULL;
        }
      for (guint c = 0; c < N_COLUMNS; c++)
        field[c] = columns[c] >= 0 ? g_ptr_array_index (record->fields, columns[c]) : "";

      if (!is_valid_id (field[COLUMN_ID]))
        {
          invalid (error, record->line,
                   _("the id “%s” is empty or holds characters other than letters, digits and . _ : -"),
                   field[COLUMN_ID]);
          return NULL;
        }
      if (g_hash_table_contains (ids, field[COLUMN_ID]))
        {
          invalid (error, record->line, _("the id “%s” is already used on line %u."), field[COLUMN_ID],
                   GPOINTER_TO_UINT (g_hash_table_lookup (lines, field[COLUMN_ID])));
          return NULL;
        }
      existing = g_hash_table_lookup (self->by_id, field[COLUMN_ID]);
      if (existing != NULL && phoenix_training_module_get_origin (existing) == PHOENIX_MODULE_ORIGIN_STARTER &&
          origin != PHOENIX_MODULE_ORIGIN_STARTER)
        {
          invalid (error, record->line, _("the id “%s” is a module of Phoenix's starter catalogue: choose another."),
                   field[COLUMN_ID]);
          return NULL;
        }
      if (*field[COLUMN_TITLE] == '\0')
        {
          invalid (error, record->line, _("the title is empty."));
          return NULL;
        }

      skills = split_list (field[COLUMN_SKILLS]);
      if (skills[0] == NULL)
        {
          invalid (error, record->line, _("the module covers no skill (column skills)."));
          return NULL;
        }
      for (guint i = 0; skills[i] != NULL; i++)
        {
          guint index;

          if (!phoenix_taxonomy_lookup_skill (taxonomy, skills[i], &index))
            {
              invalid (error, record->line,
                       _("unknown skill id “%s” (skills are taxonomy ids such as tool:python or rome:100007)."),
                       skills[i]);
              return NULL;
            }
          g_ptr_array_add (canonical, g_strdup (phoenix_taxonomy_get_skill_id (taxonomy, index)));
        }
      g_ptr_array_add (canonical, NULL);

      if (!parse_hours (field[COLUMN_HOURS], record->line, &hours, error) ||
          !parse_choice (field[COLUMN_KIND], phoenix_training_module_kinds (), "kind", "course", record->line,
                         &kind, error) ||
          !parse_choice (field[COLUMN_PROVIDER], phoenix_training_module_providers (), "provider",
                         "training-centre", record->line, &provider, error) ||
          !parse_choice (field[COLUMN_FORMAT], phoenix_training_module_formats (), "format", "in-person",
                         record->line, &format, error) ||
          !parse_choice (field[COLUMN_LEVEL], phoenix_training_module_levels (), "level", "", record->line,
                         &level, error) ||
          !parse_boolean (field[COLUMN_CERTIFYING], record->line, &certifying, error) ||
          !parse_code (field[COLUMN_CODE], record->line, &code, error))
        return NULL;

      funding = split_list (field[COLUMN_FUNDING]);
      for (guint i = 0; funding[i] != NULL; i++)
        {
          g_autofree char *value = NULL;

          if (!parse_choice (funding[i], phoenix_training_module_fundings (), "funding", "", record->line,
                             &value, error))
            return NULL;
          g_free (funding[i]);
          funding[i] = g_steal_pointer (&value);
        }
      targets = split_list (field[COLUMN_TARGETS]);
      for (guint i = 0; targets[i] != NULL; i++)
        {
          if (!phoenix_taxonomy_lookup_occupation (taxonomy, targets[i], NULL))
            {
              invalid (error, record->line, _("“%s” is not a ROME occupation code (column targets)."), targets[i]);
              return NULL;
            }
        }
      if (*field[COLUMN_URL] != '\0' && !g_str_has_prefix (field[COLUMN_URL], "https://") &&
          !g_str_has_prefix (field[COLUMN_URL], "http://"))
        {
          invalid (error, record->line, _("“%s” is not a web address (column url)."), field[COLUMN_URL]);
          return NULL;
        }

      module = phoenix_training_module_new (field[COLUMN_ID], field[COLUMN_TITLE]);
      phoenix_training_module_set_title_en (module, field[COLUMN_TITLE_EN]);
      phoenix_training_module_set_kind (module, kind);
      phoenix_training_module_set_provider (module, provider);
      phoenix_training_module_set_skills (module, (const char * const *) canonical->pdata);
      phoenix_training_module_set_hours (module, hours);
      phoenix_training_module_set_format (module, format);
      phoenix_training_module_set_level (module, level);
      phoenix_training_module_set_certifying (module, certifying);
      phoenix_training_module_set_certification (module, certifying && *field[COLUMN_CERTIFICATION] == '\0' ?
                                                 field[COLUMN_TITLE] : field[COLUMN_CERTIFICATION]);
      phoenix_training_module_set_code (module, code);
      {
        g_auto(GStrv) needs = split_list (field[COLUMN_PREREQUISITES]);

        phoenix_training_module_set_prerequisites (module, (const char * const *) needs);
      }
      phoenix_training_module_set_funding (module, (const char * const *) funding);
      phoenix_training_module_set_targets (module, (const char * const *) targets);
      phoenix_training_module_set_url (module, field[COLUMN_URL]);
      phoenix_training_module_set_origin (module, origin);
      phoenix_training_module_set_source (module, source);

      g_hash_table_insert (ids, (gpointer) phoenix_training_module_get_id (module), module);
      g_hash_table_insert (lines, (gpointer) phoenix_training_module_get_id (module), GUINT_TO_POINTER (record->line));
      g_hash_table_insert (prerequisites, (gpointer) phoenix_training_module_get_id (module),
                           (gpointer) phoenix_training_module_get_prerequisites (module));
      g_ptr_array_add (modules, g_steal_pointer (&module));
    }

  /* Prerequisites: modules of the file or of the catalogue, never a circle. */
  for (guint i = 0; i < modules->len; i++)
    {
      PhoenixTrainingModule *module = g_ptr_array_index (modules, i);
      const char * const *needs = phoenix_training_module_get_prerequisites (module);
      const char *id = phoenix_training_module_get_id (module);
      guint line = GPOINTER_TO_UINT (g_hash_table_lookup (lines, id));
      g_autoptr(GHashTable) visiting = g_hash_table_new (g_str_hash, g_str_equal);
      g_autoptr(GHashTable) finished = g_hash_table_new (g_str_hash, g_str_equal);

      for (guint n = 0; needs[n] != NULL; n++)
        {
          if (strcmp (needs[n], id) == 0 ||
              (!g_hash_table_contains (ids, needs[n]) && !g_hash_table_contains (self->by_id, needs[n])))
            {
              invalid (error, line, _("the prerequisite “%s” is neither a module of the file nor of your catalogue."),
                       needs[n]);
              return NULL;
            }
        }
      if (has_cycle (prerequisites, id, visiting, finished))
        {
          invalid (error, line, _("the prerequisites of “%s” go round in a circle."), id);
          return NULL;
        }
    }

  return g_steal_pointer (&modules);
}

static void
append_csv_field (GString    *out,
                  const char *value)
{
  if (strpbrk (value, ",\"\n\r") != NULL)
    {
      g_string_append_c (out, '"');
      for (const char *p = value; *p != '\0'; p++)
        {
          if (*p == '"')
            g_string_append_c (out, '"');
          g_string_append_c (out, *p);
        }
      g_string_append_c (out, '"');
    }
  else
    g_string_append (out, value);
}

char *
phoenix_training_catalogue_to_csv (PhoenixTrainingCatalogue *self,
                                   int                       origin)
{
  GString *out = g_string_new (NULL);
  guint n;

  g_return_val_if_fail (PHOENIX_IS_TRAINING_CATALOGUE (self), NULL);

  for (guint c = 0; c < N_COLUMNS; c++)
    g_string_append_printf (out, "%s%s", c > 0 ? "," : "", column_names[c]);
  g_string_append_c (out, '\n');

  n = g_list_model_get_n_items (G_LIST_MODEL (self->modules));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PhoenixTrainingModule) module = g_list_model_get_item (G_LIST_MODEL (self->modules), i);
      g_autofree char *skills = NULL;
      g_autofree char *needs = NULL;
      g_autofree char *funding = NULL;
      g_autofree char *targets = NULL;
      g_autofree char *hours = NULL;
      const char *fields[N_COLUMNS];

      if (origin >= 0 && (int) phoenix_training_module_get_origin (module) != origin)
        continue;
      skills = g_strjoinv ("|", (char **) phoenix_training_module_get_skills (module));
      needs = g_strjoinv ("|", (char **) phoenix_training_module_get_prerequisites (module));
      funding = g_strjoinv ("|", (char **) phoenix_training_module_get_funding (module));
      targets = g_strjoinv ("|", (char **) phoenix_training_module_get_targets (module));
      hours = g_strdup_printf ("%u", phoenix_training_module_get_hours (module));
      fields[COLUMN_ID] = phoenix_training_module_get_id (module);
      fields[COLUMN_TITLE] = phoenix_training_module_get_title (module, "fr");
      fields[COLUMN_TITLE_EN] = phoenix_training_module_get_title_en (module);
      fields[COLUMN_KIND] = phoenix_training_module_get_kind (module);
      fields[COLUMN_PROVIDER] = phoenix_training_module_get_provider (module);
      fields[COLUMN_SKILLS] = skills;
      fields[COLUMN_HOURS] = hours;
      fields[COLUMN_FORMAT] = phoenix_training_module_get_format (module);
      fields[COLUMN_LEVEL] = phoenix_training_module_get_level (module);
      fields[COLUMN_CERTIFYING] = phoenix_training_module_get_certifying (module) ? "yes" : "no";
      fields[COLUMN_CERTIFICATION] = phoenix_training_module_get_certification (module);
      fields[COLUMN_CODE] = phoenix_training_module_get_code (module);
      fields[COLUMN_PREREQUISITES] = needs;
      fields[COLUMN_FUNDING] = funding;
      fields[COLUMN_TARGETS] = targets;
      fields[COLUMN_URL] = phoenix_training_module_get_url (module);
      for (guint c = 0; c < N_COLUMNS; c++)
        {
          if (c > 0)
            g_string_append_c (out, ',');
          append_csv_field (out, fields[c]);
        }
      g_string_append_c (out, '\n');
    }

  return g_string_free (out, FALSE);
}

/* ---- Public API ------------------------------------------------------------ */

PhoenixTrainingCatalogue *
phoenix_training_catalogue_new (void)
{
  return g_object_new (PHOENIX_TYPE_TRAINING_CATALOGUE, NULL);
}

PhoenixTrainingCatalogue *
phoenix_training_catalogue_copy (PhoenixTrainingCatalogue *self)
{
  PhoenixTrainingCatalogue *copy;
  guint n;

  g_return_val_if_fail (PHOENIX_IS_TRAINING_CATALOGUE (self), NULL);

  copy = phoenix_training_catalogue_new ();
  n = g_list_model_get_n_items (G_LIST_MODEL (self->modules));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PhoenixTrainingModule) module = g_list_model_get_item (G_LIST_MODEL (self->modules), i);

      phoenix_training_catalogue_add (copy, module);
    }

  return copy;
}

GBytes *
phoenix_training_catalogue_get_starter_data (void)
{
  /* Looked up in its own resource: a static library keeps no constructor that would register it. */
  GBytes *bytes = g_resource_lookup_data (_phoenix_training_get_resource (), STARTER_RESOURCE,
                                          G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);

  g_assert (bytes != NULL);  /* compiled in */
  return bytes;
}

PhoenixTrainingCatalogue *
phoenix_training_catalogue_new_starter (PhoenixTaxonomy  *taxonomy,
                                        GError          **error)
{
  g_autoptr(PhoenixTrainingCatalogue) self = phoenix_training_catalogue_new ();
  g_autoptr(GBytes) bytes = phoenix_training_catalogue_get_starter_data ();
  g_autoptr(GPtrArray) modules = NULL;
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  g_return_val_if_fail (PHOENIX_IS_TAXONOMY (taxonomy), NULL);

  modules = phoenix_training_catalogue_parse_csv (self, taxonomy, data, length, PHOENIX_MODULE_ORIGIN_STARTER,
                                                  "", error);
  if (modules == NULL)
    return NULL;
  for (guint i = 0; i < modules->len; i++)
    phoenix_training_catalogue_add (self, g_ptr_array_index (modules, i));

  return g_steal_pointer (&self);
}

GListModel *
phoenix_training_catalogue_get_modules (PhoenixTrainingCatalogue *self)
{
  g_return_val_if_fail (PHOENIX_IS_TRAINING_CATALOGUE (self), NULL);

  return G_LIST_MODEL (self->modules);
}

guint
phoenix_training_catalogue_get_n_modules (PhoenixTrainingCatalogue *self)
{
  g_return_val_if_fail (PHOENIX_IS_TRAINING_CATALOGUE (self), 0);

  return g_list_model_get_n_items (G_LIST_MODEL (self->modules));
}

PhoenixTrainingModule *
phoenix_training_catalogue_lookup (PhoenixTrainingCatalogue *self,
                                   const char               *id)
{
  g_return_val_if_fail (PHOENIX_IS_TRAINING_CATALOGUE (self), NULL);

  return id != NULL ? g_hash_table_lookup (self->by_id, id) : NULL;
}

void
phoenix_training_catalogue_add (PhoenixTrainingCatalogue *self,
                                PhoenixTrainingModule    *module)
{
  PhoenixTrainingModule *existing;
  guint position;

  g_return_if_fail (PHOENIX_IS_TRAINING_CATALOGUE (self));
  g_return_if_fail (PHOENIX_IS_TRAINING_MODULE (module));

  existing = g_hash_table_lookup (self->by_id, phoenix_training_module_get_id (module));
  if (existing == module)
    return;
  if (existing != NULL && g_list_store_find (self->modules, existing, &position))
    {
      g_hash_table_remove (self->by_id, phoenix_training_module_get_id (existing));
      g_hash_table_insert (self->by_id, (gpointer) phoenix_training_module_get_id (module), module);
      g_list_store_splice (self->modules, position, 1, (gpointer *) &module, 1);
      return;
    }
  g_hash_table_insert (self->by_id, (gpointer) phoenix_training_module_get_id (module), module);
  g_list_store_append (self->modules, module);
}

gboolean
phoenix_training_catalogue_remove (PhoenixTrainingCatalogue *self,
                                   const char               *id)
{
  PhoenixTrainingModule *existing;
  guint position;

  g_return_val_if_fail (PHOENIX_IS_TRAINING_CATALOGUE (self), FALSE);

  existing = id != NULL ? g_hash_table_lookup (self->by_id, id) : NULL;
  if (existing == NULL || !g_list_store_find (self->modules, existing, &position))
    return FALSE;
  g_hash_table_remove (self->by_id, id);
  g_list_store_remove (self->modules, position);

  return TRUE;
}
