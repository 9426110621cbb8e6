/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-ats"

#include "config.h"

#include <gio/gio.h>
#include <string.h>

#include "phoenix-ats-evidence.h"

/* The table, compiled in (data/ats/ats.gresource.xml). */
GResource *_phoenix_ats_get_resource (void);

#define TABLE_PATH "/io/github/phoenixecosystem/Phoenix/ats/skill-evidence.tsv"

/* "skill id\tlanguage" → GPtrArray of phrases, NULL-terminated. */
static GHashTable *
load_table (void)
{
  GHashTable *table = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_ptr_array_unref);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = g_resource_lookup_data (_phoenix_ats_get_resource (), TABLE_PATH,
                                                    G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  g_auto(GStrv) lines = NULL;

  if (bytes == NULL)
    {
      g_critical ("The ATS evidence table could not be read: %s", error->message);
      return table;
    }
  lines = g_strsplit (g_bytes_get_data (bytes, NULL), "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) columns = NULL;
      g_autofree char *key = NULL;
      GPtrArray *phrases;

      if (lines[i][0] == '#' || lines[i][0] == '\0')
        continue;
      columns = g_strsplit (lines[i], "\t", -1);
      if (g_strv_length (columns) != 3 || *columns[2] == '\0')
        {
          g_critical ("The ATS evidence table has a malformed line %u", i + 1);
          continue;
        }
      key = g_strconcat (columns[0], "\t", columns[1], NULL);
      phrases = g_hash_table_lookup (table, key);
      if (phrases == NULL)
        {
          phrases = g_ptr_array_new_with_free_func (g_free);
          g_ptr_array_add (phrases, NULL);
          g_hash_table_insert (table, g_strdup (key), phrases);
        }
      /* Before the terminating NULL. */
      g_ptr_array_insert (phrases, (int) phrases->len - 1, g_strdup (columns[2]));
    }

  return table;
}

static GHashTable *
get_table (void)
{
  static gsize table;

  if (g_once_init_enter (&table))
    g_once_init_leave (&table, (gsize) load_table ());

  return (GHashTable *) table;
}

G_LOCK_DEFINE_STATIC (by_class);

/* The table for @taxonomy: "class+1\tlanguage" → the phrases of its skills (the table's), kept with the
 * taxonomy once made (the score runs in workers: made under a lock). */
static GHashTable *
get_by_class (PhoenixTaxonomy *taxonomy)
{
  GHashTable *by_class;

  G_LOCK (by_class);
  by_class = g_object_get_data (G_OBJECT (taxonomy), "phoenix-ats-evidence");
  if (by_class == NULL)
    {
      GHashTableIter iter;
      gpointer row_key, row;

      by_class = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_ptr_array_unref);
      g_hash_table_iter_init (&iter, get_table ());
      while (g_hash_table_iter_next (&iter, &row_key, &row))
        {
          const char *tab = strchr (row_key, '\t');
          g_autofree char *id = g_strndup (row_key, tab - (const char *) row_key);
          g_autofree char *key = NULL;
          GPtrArray *phrases, *more = row;
          guint skill;

          /* A row for a skill this taxonomy lacks is left out (the table may be ahead of it). */
          if (!phoenix_taxonomy_lookup_skill (taxonomy, id, &skill))
            continue;
          key = g_strdup_printf ("%u\t%s", phoenix_taxonomy_get_skill_class (taxonomy, skill) + 1, tab + 1);
          phrases = g_hash_table_lookup (by_class, key);
          if (phrases == NULL)
            {
              /* The table's strings, borrowed; NULL-terminated. */
              phrases = g_ptr_array_new ();
              g_ptr_array_add (phrases, NULL);
              g_hash_table_insert (by_class, g_steal_pointer (&key), phrases);
            }
          /* Two skills of one class: the phrases of both. */
          for (guint p = 0; p + 1 < more->len; p++)
            g_ptr_array_insert (phrases, (int) phrases->len - 1, g_ptr_array_index (more, p));
        }
      g_object_set_data_full (G_OBJECT (taxonomy), "phoenix-ats-evidence", by_class,
                              (GDestroyNotify) g_hash_table_unref);
    }
  G_UNLOCK (by_class);

  return by_class;
}

const char * const *
_phoenix_ats_evidence_phrases (PhoenixTaxonomy *taxonomy,
                               guint            skill,
                               const char      *language)
{
  char key[32];
  GPtrArray *phrases;

  g_snprintf (key, sizeof key, "%u\t%s", phoenix_taxonomy_get_skill_class (taxonomy, skill) + 1, language);
  phrases = g_hash_table_lookup (get_by_class (taxonomy), key);

  return phrases != NULL ? (const char * const *) phrases->pdata : NULL;
}

gboolean
_phoenix_ats_skill_is_transversal (PhoenixTaxonomy *taxonomy,
                                   guint            skill)
{
  switch (phoenix_taxonomy_skill_get_transversal_group (taxonomy, skill))
    {
    case PHOENIX_TRANSVERSAL_THINKING:
    case PHOENIX_TRANSVERSAL_SELF_MANAGEMENT:
    case PHOENIX_TRANSVERSAL_SOCIAL:
      return TRUE;
    default:
      return FALSE;
    }
}

G_LOCK_DEFINE_STATIC (occupation_classes);

/* The classes of @occupation's skills, essential and optional: a set of class + 1. */
static GHashTable *
occupation_classes_new (PhoenixTaxonomy *taxonomy,
                        guint            occupation)
{
  GHashTable *classes = g_hash_table_new (NULL, NULL);

  for (guint k = 0; k < 2; k++)
    {
      g_autoptr(GArray) skills = k == 0 ? phoenix_taxonomy_get_occupation_skills (taxonomy, occupation)
                                        : phoenix_taxonomy_get_occupation_optional_skills (taxonomy, occupation);

      for (guint i = 0; skills != NULL && i < skills->len; i++)
        g_hash_table_add (classes, GUINT_TO_POINTER (phoenix_taxonomy_get_skill_class (
                            taxonomy, g_array_index (skills, PhoenixOccupationSkill, i).skill) + 1));
    }

  return classes;
}

gboolean
_phoenix_ats_occupation_lists (PhoenixTaxonomy *taxonomy,
                               const char      *code,
                               guint            skill)
{
  GHashTable *occupations, *classes;
  guint occupation;
  gboolean listed;

  if (code == NULL || *code == '\0' || !phoenix_taxonomy_lookup_occupation (taxonomy, code, &occupation))
    return FALSE;
  G_LOCK (occupation_classes);
  occupations = g_object_get_data (G_OBJECT (taxonomy), "phoenix-ats-occupation-classes");
  if (occupations == NULL)
    {
      occupations = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_hash_table_unref);
      g_object_set_data_full (G_OBJECT (taxonomy), "phoenix-ats-occupation-classes", occupations,
                              (GDestroyNotify) g_hash_table_unref);
    }
  classes = g_hash_table_lookup (occupations, GUINT_TO_POINTER (occupation + 1));
  if (classes == NULL)
    {
      classes = occupation_classes_new (taxonomy, occupation);
      g_hash_table_insert (occupations, GUINT_TO_POINTER (occupation + 1), classes);
    }
  listed = g_hash_table_contains (classes, GUINT_TO_POINTER (phoenix_taxonomy_get_skill_class (taxonomy, skill) + 1));
  G_UNLOCK (occupation_classes);

  return listed;
}
