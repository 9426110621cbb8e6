/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-taxonomy"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "phoenix-taxonomy.h"
#include "phoenix-taxonomy-index.h"
#include "phoenix-taxonomy-private.h"
#include "phoenix-text-tokens.h"

/* Layout of the compiled file; see phoenix-taxonomy-compile.c. */
#define TAXONOMY_TYPE "(ua(ssss)a(syss)aa(uby)aaua(syus)a(sssuy)a(ss)aa(uy)asaauau" PHOENIX_TAXONOMY_INDEX_TYPE "ay)"

enum
{
  ROOT_VERSION,
  ROOT_OCCUPATIONS,
  ROOT_SKILLS,
  ROOT_OCCUPATION_SKILLS,
  ROOT_MOBILITIES,
  ROOT_TERMS,
  ROOT_TITLES,
  ROOT_SKILL_ALIASES,
  ROOT_OPTIONAL_SKILLS,
  ROOT_ACCESS,
  ROOT_BROADER,
  ROOT_CLASSES,
  ROOT_INDEX,
  ROOT_TRANSVERSAL,
};

struct _PhoenixTaxonomy
{
  GObject       parent_instance;

  GMappedFile  *mapped;
  GVariant     *root;
  GVariant     *occupations;
  GVariant     *skills;
  GVariant     *occupation_skills;
  GVariant     *mobilities;
  GVariant     *terms;
  GVariant     *titles;
  GVariant     *skill_aliases;
  GVariant     *optional_skills;
  GVariant     *access;
  GVariant     *broader;
  GVariant     *classes;
  GVariant     *transversal;
  GVariant     *title_words;
  GVariant     *title_n_words;
  GVariant     *title_occupations;
  GVariant     *title_kinds;
  PhoenixTermKeys term_keys;
};

G_DEFINE_FINAL_TYPE (PhoenixTaxonomy, phoenix_taxonomy, G_TYPE_OBJECT)

G_DEFINE_QUARK (phoenix-taxonomy-error-quark, phoenix_taxonomy_error)


static const char *
child_string (GVariant *array,
              gsize     row,
              gsize     field)
{
  g_autoptr(GVariant) item = g_variant_get_child_value (array, row);
  g_autoptr(GVariant) value = g_variant_get_child_value (item, field);

  /* Strings of a serialised variant point into the mapped data. */
  return g_variant_get_string (value, NULL);
}

/* Binary search of a sorted array of tuples on their first string. */
static gboolean
find_row (GVariant   *array,
          const char *key,
          guint      *row)
{
  gsize at;

  if (!_phoenix_taxonomy_index_find (array, key, &at))
    return FALSE;
  if (row != NULL)
    *row = (guint) at;
  return TRUE;
}

static void
phoenix_taxonomy_finalize (GObject *object)
{
  PhoenixTaxonomy *self = PHOENIX_TAXONOMY (object);

  g_clear_pointer (&self->occupations, g_variant_unref);
  g_clear_pointer (&self->skills, g_variant_unref);
  g_clear_pointer (&self->occupation_skills, g_variant_unref);
  g_clear_pointer (&self->mobilities, g_variant_unref);
  g_clear_pointer (&self->terms, g_variant_unref);
  g_clear_pointer (&self->titles, g_variant_unref);
  g_clear_pointer (&self->skill_aliases, g_variant_unref);
  g_clear_pointer (&self->optional_skills, g_variant_unref);
  g_clear_pointer (&self->access, g_variant_unref);
  g_clear_pointer (&self->broader, g_variant_unref);
  g_clear_pointer (&self->classes, g_variant_unref);
  g_clear_pointer (&self->transversal, g_variant_unref);
  g_clear_pointer (&self->title_words, g_variant_unref);
  g_clear_pointer (&self->title_n_words, g_variant_unref);
  g_clear_pointer (&self->title_occupations, g_variant_unref);
  g_clear_pointer (&self->title_kinds, g_variant_unref);
  g_clear_pointer (&self->root, g_variant_unref);
  g_clear_pointer (&self->mapped, g_mapped_file_unref);

  G_OBJECT_CLASS (phoenix_taxonomy_parent_class)->finalize (object);
}

static void
phoenix_taxonomy_class_init (PhoenixTaxonomyClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = phoenix_taxonomy_finalize;
}

static void
phoenix_taxonomy_init (PhoenixTaxonomy *self)
{
}

PhoenixTaxonomy *
phoenix_taxonomy_new_from_file (const char  *path,
                                GError     **error)
{
  g_autoptr(PhoenixTaxonomy) self = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GVariant) version = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  self = g_object_new (PHOENIX_TYPE_TAXONOMY, NULL);
  self->mapped = g_mapped_file_new (path, FALSE, &local_error);
  if (self->mapped == NULL)
    {
      g_set_error (error, PHOENIX_TAXONOMY_ERROR, PHOENIX_TAXONOMY_ERROR_NOT_FOUND,
                   _("The skills taxonomy could not be read: %s"), local_error->message);
      return NULL;
    }

  bytes = g_mapped_file_get_bytes (self->mapped);
  /*
   * Trusted: the file is Phoenix's own build product, installed read-only next
   * to the program (like a GResource bundle); untrusted GVariant access checks
   * offset tables on every child lookup, which made the first lookup 0.7 s.
   * Its version and the lengths of its parallel arrays are still checked.
   */
  self->root = g_variant_ref_sink (g_variant_new_from_bytes (G_VARIANT_TYPE (TAXONOMY_TYPE), bytes, TRUE));
  version = g_variant_get_child_value (self->root, ROOT_VERSION);
  if (g_variant_get_uint32 (version) != PHOENIX_TAXONOMY_FORMAT)
    {
      g_set_error (error, PHOENIX_TAXONOMY_ERROR, PHOENIX_TAXONOMY_ERROR_INVALID,
                   _("The skills taxonomy file “%s” is damaged or from another version of Phoenix."), path);
      return NULL;
    }

  self->occupations = g_variant_get_child_value (self->root, ROOT_OCCUPATIONS);
  self->skills = g_variant_get_child_value (self->root, ROOT_SKILLS);
  self->occupation_skills = g_variant_get_child_value (self->root, ROOT_OCCUPATION_SKILLS);
  self->mobilities = g_variant_get_child_value (self->root, ROOT_MOBILITIES);
  self->terms = g_variant_get_child_value (self->root, ROOT_TERMS);
  self->titles = g_variant_get_child_value (self->root, ROOT_TITLES);
  self->skill_aliases = g_variant_get_child_value (self->root, ROOT_SKILL_ALIASES);
  self->optional_skills = g_variant_get_child_value (self->root, ROOT_OPTIONAL_SKILLS);
  self->access = g_variant_get_child_value (self->root, ROOT_ACCESS);
  self->broader = g_variant_get_child_value (self->root, ROOT_BROADER);
  self->classes = g_variant_get_child_value (self->root, ROOT_CLASSES);
  self->transversal = g_variant_get_child_value (self->root, ROOT_TRANSVERSAL);
  {
    g_autoptr(GVariant) index = g_variant_get_child_value (self->root, ROOT_INDEX);

    self->title_words = g_variant_get_child_value (index, 2);
    self->title_n_words = g_variant_get_child_value (index, 3);
    self->title_occupations = g_variant_get_child_value (index, 4);
    self->title_kinds = g_variant_get_child_value (index, 5);
    /* Pointers into the mapped file, which lives as long as the taxonomy. */
    if (!_phoenix_taxonomy_index_term_keys (index, &self->term_keys))
      self->term_keys.n = G_MAXSIZE;
  }

  if (g_variant_n_children (self->occupations) == 0 ||
      g_variant_n_children (self->occupation_skills) != g_variant_n_children (self->occupations) ||
      g_variant_n_children (self->optional_skills) != g_variant_n_children (self->occupations) ||
      g_variant_n_children (self->access) != g_variant_n_children (self->occupations) ||
      g_variant_n_children (self->mobilities) != g_variant_n_children (self->occupations) ||
      g_variant_n_children (self->broader) != g_variant_n_children (self->skills) ||
      g_variant_n_children (self->classes) != g_variant_n_children (self->skills) ||
      g_variant_n_children (self->transversal) != g_variant_n_children (self->skills) ||
      g_variant_n_children (self->title_n_words) != g_variant_n_children (self->titles) ||
      g_variant_n_children (self->title_occupations) != g_variant_n_children (self->titles) ||
      g_variant_n_children (self->title_kinds) != g_variant_n_children (self->titles) ||
      self->term_keys.n != g_variant_n_children (self->terms))
    {
      g_set_error (error, PHOENIX_TAXONOMY_ERROR, PHOENIX_TAXONOMY_ERROR_INVALID,
                   _("The skills taxonomy file “%s” is damaged or from another version of Phoenix."), path);
      return NULL;
    }

  return g_steal_pointer (&self);
}

char *
phoenix_taxonomy_get_default_path (void)
{
  const char *env = g_getenv ("PHOENIX_TAXONOMY");

  if (env != NULL && *env != '\0')
    return g_strdup (env);

  return g_build_filename (PKGDATADIR, "taxonomy", "taxonomy.gvariant", NULL);
}

void
phoenix_taxonomy_prepare (PhoenixTaxonomy *self)
{
  g_return_if_fail (PHOENIX_IS_TAXONOMY (self));

  /* The term table is the compiled, sorted term array itself (phoenix-taxonomy-index.h):
   * nothing to build. */
}

guint
phoenix_taxonomy_get_n_occupations (PhoenixTaxonomy *self)
{
  g_return_val_if_fail (PHOENIX_IS_TAXONOMY (self), 0);

  return (guint) g_variant_n_children (self->occupations);
}

gboolean
phoenix_taxonomy_lookup_occupation (PhoenixTaxonomy *self,
                                    const char      *code,
                                    guint           *index)
{
  g_return_val_if_fail (PHOENIX_IS_TAXONOMY (self), FALSE);
  g_return_val_if_fail (code != NULL, FALSE);

  return find_row (self->occupations, code, index);
}

const char *
phoenix_taxonomy_get_occupation_code (PhoenixTaxonomy *self,
                                      guint            index)
{
  g_return_val_if_fail (PHOENIX_IS_TAXONOMY (self), NULL);
  g_return_val_if_fail (index < g_variant_n_children (self->occupations), NULL);

  return child_string (self->occupations, index, 0);
}

const char *
phoenix_taxonomy_get_occupation_label (PhoenixTaxonomy *self,
                                       guint            index,
                                       const char      *language)
{
  g_return_val_if_fail (PHOENIX_IS_TAXONOMY (self), NULL);
  g_return_val_if_fail (index < g_variant_n_children (self->occupations), NULL);

  return child_string (self->occupations, index, g_strcmp0 (language, "en") == 0 ? 2 : 1);
}

const char *
phoenix_taxonomy_get_occupation_label_source (PhoenixTaxonomy *self,
                                              guint            index)
{
  g_return_val_if_fail (PHOENIX_IS_TAXONOMY (self), NULL);
  g_return_val_if_fail (index < g_variant_n_children (self->occupations), NULL);

  return child_string (self->occupations, index, 3);
}

GArray *
phoenix_taxonomy_get_occupation_skills (PhoenixTaxonomy *self,
                                        guint            index)
{
  g_autoptr(GVariant) links = NULL;
  GArray *result;
  gsize n;

  g_return_val_if_fail (PHOENIX_IS_TAXONOMY (self), NULL);
  g_return_val_if_fail (index < g_variant_n_children (self->occupation_skills), NULL);

  links = g_variant_get_child_value (self->occupation_skills, index);
  n = g_variant_n_children (links);
  result = g_array_sized_new (FALSE, FALSE, sizeof (PhoenixOccupationSkill), (guint) n);
  for (gsize i = 0; i < n; i++)
    {
      PhoenixOccupationSkill link;
      guint8 origin;

      g_variant_get_child (links, i, "(uby)", &link.skill, &link.core, &origin);
      link.origin = MIN (origin, PHOENIX_SKILL_ORIGIN_TOOL);
      if (link.skill < g_variant_n_children (self->skills))
        g_array_append_val (result, link);
    }

  return result;
}

GArray *
phoenix_taxonomy_get_occupation_optional_skills (PhoenixTaxonomy *self,
                                                 guint            index)
{
  g_autoptr(GVariant) links = NULL;
  GArray *result;
  gsize n;

  g_return_val_if_fail (PHOENIX_IS_TAXONOMY (self), NULL);
  g_return_val_if_fail (index < g_variant_n_children (self->optional_skills), NULL);

  links = g_variant_get_child_value (self->optional_skills, index);
  n = g_variant_n_children (links);
  result = g_array_sized_new (FALSE, FALSE, sizeof (PhoenixOccupationSkill), (guint) n);
  for (gsize i = 0; i < n; i++)
    {
      PhoenixOccupationSkill link = { 0, FALSE, PHOENIX_SKILL_ORIGIN_ESCO };
      guint8 origin;

      g_variant_get_child (links, i, "(uy)", &link.skill, &origin);
      link.origin = MIN (origin, PHOENIX_SKILL_ORIGIN_TOOL);
      if (link.skill < g_variant_n_children (self->skills))
        g_array_append_val (result, link);
    }

  return result;
}

const char *
phoenix_taxonomy_get_occupation_access (PhoenixTaxonomy *self,
                                        guint            index)
{
  g_autoptr(GVariant) text = NULL;

  g_return_val_if_fail (PHOENIX_IS_TAXONOMY (self), NULL);
  g_return_val_if_fail (index < g_variant_n_children (self->access), NULL);

  text = g_variant_get_child_value (self->access, index);

  return g_variant_get_string (text, NULL);
}

GArray *
phoenix_taxonomy_get_mobilities (PhoenixTaxonomy *self,
                                 guint            index)
{
  g_autoptr(GVariant) targets = NULL;
  GArray *result;
  gsize n;

  g_return_val_if_fail (PHOENIX_IS_TAXONOMY (self), NULL);
  g_return_val_if_fail (index < g_variant_n_children (self->mobilities), NULL);

  targets = g_variant_get_child_value (self->mobilities, index);
  n = g_variant_n_children (targets);
  result = g_array_sized_new (FALSE, FALSE, sizeof (guint), (guint) n);
  for (gsize i = 0; i < n; i++)
    {
      guint target;

      g_variant_get_child (targets, i, "u", &target);
      if (target < g_variant_n_children (self->occupations))
        g_array_append_val (result, target);
    }

  return result;
}

typedef struct
{
  guint occupation;
  int   score;
} SearchHit;

static int
compare_hits (gconstpointer a,
              gconstpointer b)
{
  const SearchHit *ha = a;
  const SearchHit *hb = b;

  if (ha->score != hb->score)
    return hb->score - ha->score;
  return (int) ha->occupation - (int) hb->occupation;
}

/* Score of @title for the query words, or -1 when a word is not a word prefix. */
static int
score_title (const char  *title,
             char       **words)
{
  int score = 1000 - (int) MIN (strlen (title), 200);

  for (guint i = 0; words[i] != NULL; i++)
    {
      const char *p = title;
      const char *best = NULL;
      gsize len = strlen (words[i]);

      while ((p = strstr (p, words[i])) != NULL)
        {
          if (p == title || p[-1] == ' ')
            {
              best = p;
              if (p[len] == '\0' || p[len] == ' ')
                {
                  score += 200;
                  break;
                }
            }
          p++;
        }
      if (best == NULL)
        return -1;
      if (best == title)
        score += 100;
    }

  return score;
}

GArray *
phoenix_taxonomy_search_occupations (PhoenixTaxonomy *self,
                                     const char      *query,
                                     guint            max_results)
{
  g_autofree char *folded = NULL;
  g_auto(GStrv) words = NULL;
  g_autoptr(GHashTable) best = NULL;
  g_autoptr(GArray) hits = NULL;
  GHashTableIter iter;
  gpointer key, value;
  GArray *result;
  gsize n;

  g_return_val_if_fail (PHOENIX_IS_TAXONOMY (self), NULL);
  g_return_val_if_fail (query != NULL, NULL);

  result = g_array_new (FALSE, FALSE, sizeof (guint));
  folded = _phoenix_text_fold_words (query);
  words = g_strsplit (folded, " ", -1);
  if (words[0] == NULL || words[0][0] == '\0')
    return result;

  best = g_hash_table_new (NULL, NULL);
  n = g_variant_n_children (self->titles);
  for (gsize i = 0; i < n; i++)
    {
      const char *title, *stemmed, *language;
      guint occupation;
      guint8 kind;
      int score;
      gpointer previous;

      g_variant_get_child (self->titles, i, "(&s&s&suy)", &title, &stemmed, &language, &occupation, &kind);
      score = score_title (title, words);
      if (score < 0)
        continue;
      /* ESCO's alternative labels rank below labels and job titles spelt alike. */
      score -= 40 * MIN (kind, PHOENIX_TITLE_KIND_ALTERNATIVE);
      previous = g_hash_table_lookup (best, GUINT_TO_POINTER (occupation + 1));
      if (previous == NULL || GPOINTER_TO_INT (previous) < score)
        g_hash_table_insert (best, GUINT_TO_POINTER (occupation + 1), GINT_TO_POINTER (score));
    }

  hits = g_array_new (FALSE, FALSE, sizeof (SearchHit));
  g_hash_table_iter_init (&iter, best);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      SearchHit hit = { GPOINTER_TO_UINT (key) - 1, GPOINTER_TO_INT (value) };

      g_array_append_val (hits, hit);
    }
  g_array_sort (hits, compare_hits);
  for (guint i = 0; i < hits->len && i < max_results; i++)
    g_array_append_val (result, g_array_index (hits, SearchHit, i).occupation);

  return result;
}

guint
phoenix_taxonomy_get_n_skills (PhoenixTaxonomy *self)
{
  g_return_val_if_fail (PHOENIX_IS_TAXONOMY (self), 0);

  return (guint) g_variant_n_children (self->skills);
}

gboolean
phoenix_taxonomy_lookup_skill (PhoenixTaxonomy *self,
                               const char      *id,
                               guint           *index)
{
  guint alias;

  g_return_val_if_fail (PHOENIX_IS_TAXONOMY (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  if (find_row (self->skills, id, index))
    return TRUE;
  /* An id merged into another skill since it was saved. */
  if (find_row (self->skill_aliases, id, &alias))
    return find_row (self->skills, child_string (self->skill_aliases, alias, 1), index);

  return FALSE;
}

const char *
phoenix_taxonomy_get_skill_id (PhoenixTaxonomy *self,
                               guint            index)
{
  g_return_val_if_fail (PHOENIX_IS_TAXONOMY (self), NULL);
  g_return_val_if_fail (index < g_variant_n_children (self->skills), NULL);

  return child_string (self->skills, index, 0);
}

const char *
phoenix_taxonomy_get_skill_label (PhoenixTaxonomy *self,
                                  guint            index,
                                  const char      *language)
{
  gboolean english = g_strcmp0 (language, "en") == 0;
  const char *label;

  g_return_val_if_fail (PHOENIX_IS_TAXONOMY (self), NULL);
  g_return_val_if_fail (index < g_variant_n_children (self->skills), NULL);

  label = child_string (self->skills, index, english ? 3 : 2);
  if (*label == '\0')
    label = child_string (self->skills, index, english ? 2 : 3);

  return label;
}

gboolean
phoenix_taxonomy_skill_has_label (PhoenixTaxonomy *self,
                                  guint            index,
                                  const char      *language)
{
  g_return_val_if_fail (PHOENIX_IS_TAXONOMY (self), FALSE);
  g_return_val_if_fail (index < g_variant_n_children (self->skills), FALSE);

  return *child_string (self->skills, index, g_strcmp0 (language, "en") == 0 ? 3 : 2) != '\0';
}

/* The skill's kind byte: 'h', 's' or 'k'. */
static guchar
skill_kind_byte (PhoenixTaxonomy *self,
                 guint            index)
{
  g_autoptr(GVariant) item = g_variant_get_child_value (self->skills, index);
  guchar kind;

  g_variant_get_child (item, 1, "y", &kind);

  return kind;
}

PhoenixSkillKind
phoenix_taxonomy_get_skill_kind (PhoenixTaxonomy *self,
                                 guint            index)
{
  g_return_val_if_fail (PHOENIX_IS_TAXONOMY (self), PHOENIX_SKILL_KIND_HARD);
  g_return_val_if_fail (index < g_variant_n_children (self->skills), PHOENIX_SKILL_KIND_HARD);

  switch (skill_kind_byte (self, index))
    {
    case 's':
      return PHOENIX_SKILL_KIND_SOFT;
    case 'k':
      return PHOENIX_SKILL_KIND_KNOWLEDGE;
    default:
      return PHOENIX_SKILL_KIND_HARD;
    }
}

PhoenixTransversalGroup
phoenix_taxonomy_skill_get_transversal_group (PhoenixTaxonomy *self,
                                              guint            index)
{
  guchar group;

  g_return_val_if_fail (PHOENIX_IS_TAXONOMY (self), PHOENIX_TRANSVERSAL_NONE);
  g_return_val_if_fail (index < g_variant_n_children (self->transversal), PHOENIX_TRANSVERSAL_NONE);

  g_variant_get_child (self->transversal, index, "y", &group);

  return group < PHOENIX_TRANSVERSAL_N_GROUPS ? (PhoenixTransversalGroup) group : PHOENIX_TRANSVERSAL_NONE;
}

guint
phoenix_taxonomy_get_skill_class (PhoenixTaxonomy *self,
                                  guint            index)
{
  guint32 representative;

  g_return_val_if_fail (PHOENIX_IS_TAXONOMY (self), index);
  g_return_val_if_fail (index < g_variant_n_children (self->classes), index);

  g_variant_get_child (self->classes, index, "u", &representative);

  return representative < g_variant_n_children (self->skills) ? representative : index;
}

GArray *
phoenix_taxonomy_get_broader_skills (PhoenixTaxonomy *self,
                                     guint            index)
{
  g_autoptr(GVariant) wider = NULL;
  GArray *result;
  gsize n;

  g_return_val_if_fail (PHOENIX_IS_TAXONOMY (self), NULL);
  g_return_val_if_fail (index < g_variant_n_children (self->broader), NULL);

  wider = g_variant_get_child_value (self->broader, index);
  n = g_variant_n_children (wider);
  result = g_array_sized_new (FALSE, FALSE, sizeof (guint), (guint) n);
  for (gsize i = 0; i < n; i++)
    {
      guint skill;

      g_variant_get_child (wider, i, "u", &skill);
      if (skill < g_variant_n_children (self->skills))
        g_array_append_val (result, skill);
    }

  return result;
}

gboolean
phoenix_taxonomy_skill_is_diploma (PhoenixTaxonomy *self,
                                   guint            index)
{
  /* Folded French label heads of diplomas and titles (ROME lists them among its savoirs); certificates of
   * aptitude (CACES, habilitations, permis, BAFA, SST) are skills and stay out of this list. */
  static const char * const heads[] = {
    "cap ", "capa ", "bep ", "bp ", "bpa ", "bac ", "bac pro", "baccalaureat", "bts ", "btsa ", "dut ", "but ",
    "deust", "dues ", "licence ", "licence pro", "master ", "mastere", "doctorat", "diplome", "titre professionnel",
    "cqp ", "mention complementaire", "certificat de specialisation", "bpjeps", "dejeps", "desjeps", "dnsp",
    "brevet professionnel", "brevet de technicien", "brevet de maitrise", "dsp ", "ms ", "mba",
  };
  const char *id;
  g_autofree char *folded = NULL;

  g_return_val_if_fail (PHOENIX_IS_TAXONOMY (self), FALSE);
  g_return_val_if_fail (index < g_variant_n_children (self->skills), FALSE);

  id = child_string (self->skills, index, 0);
  if (!g_str_has_prefix (id, "rome:") && !g_str_has_prefix (id, "esco:"))
    return FALSE;
  folded = _phoenix_text_fold_words (child_string (self->skills, index, 2));
  for (gsize i = 0; i < G_N_ELEMENTS (heads); i++)
    {
      if (g_str_has_prefix (folded, heads[i]))
        return TRUE;
    }

  return FALSE;
}

gboolean
phoenix_taxonomy_lookup_term (PhoenixTaxonomy   *self,
                              const char        *language,
                              const char        *key,
                              guint             *skill,
                              PhoenixTermFlags  *flags,
                              const char       **surface)
{
  g_autofree char *full = NULL;
  gsize row;
  guchar term_flags;
  guint term_skill;
  const char *term_surface;
  const char *term_key;

  g_return_val_if_fail (PHOENIX_IS_TAXONOMY (self), FALSE);

  full = g_strconcat (language, ":", key, NULL);
  if (!_phoenix_taxonomy_index_find_key (&self->term_keys, full, &row))
    return FALSE;

  g_variant_get_child (self->terms, row, "(&syu&s)",
                       &term_key, &term_flags, &term_skill, &term_surface);
  if (term_skill >= g_variant_n_children (self->skills))
    return FALSE;
  if (skill != NULL)
    *skill = term_skill;
  if (flags != NULL)
    *flags = term_flags;
  if (surface != NULL)
    *surface = term_surface;

  return TRUE;
}

gboolean
phoenix_taxonomy_has_term_prefix (PhoenixTaxonomy *self,
                                  const char      *language,
                                  const char      *first)
{
  g_autofree char *full = NULL;

  g_return_val_if_fail (PHOENIX_IS_TAXONOMY (self), FALSE);

  full = g_strconcat (language, ":", first, NULL);

  return _phoenix_taxonomy_index_has_words (&self->term_keys, full);
}

guint
phoenix_taxonomy_get_n_titles (PhoenixTaxonomy *self)
{
  g_return_val_if_fail (PHOENIX_IS_TAXONOMY (self), 0);

  return (guint) g_variant_n_children (self->titles);
}

void
phoenix_taxonomy_get_title (PhoenixTaxonomy  *self,
                            guint             row,
                            const char      **folded,
                            const char      **stemmed,
                            const char      **language,
                            guint            *occupation,
                            PhoenixTitleKind *kind)
{
  const char *f, *s, *l;
  guint o;
  guint8 k;

  g_return_if_fail (PHOENIX_IS_TAXONOMY (self));
  g_return_if_fail (row < g_variant_n_children (self->titles));

  g_variant_get_child (self->titles, row, "(&s&s&suy)", &f, &s, &l, &o, &k);
  if (folded != NULL)
    *folded = f;
  if (stemmed != NULL)
    *stemmed = s;
  if (language != NULL)
    *language = l;
  if (occupation != NULL)
    *occupation = o;
  if (kind != NULL)
    *kind = (PhoenixTitleKind) k;
}

GVariant *
_phoenix_taxonomy_get_terms (PhoenixTaxonomy *self)
{
  g_return_val_if_fail (PHOENIX_IS_TAXONOMY (self), NULL);

  return self->terms;
}

const guint32 *
phoenix_taxonomy_find_title_word (PhoenixTaxonomy *self,
                                  const char      *language,
                                  const char      *stem,
                                  gsize           *n_rows)
{
  g_autofree char *full = NULL;
  g_autoptr(GVariant) item = NULL;
  g_autoptr(GVariant) rows = NULL;
  gsize row;

  g_return_val_if_fail (PHOENIX_IS_TAXONOMY (self), NULL);
  g_return_val_if_fail (n_rows != NULL, NULL);

  *n_rows = 0;
  full = g_strconcat (language, ":", stem, NULL);
  if (!_phoenix_taxonomy_index_find (self->title_words, full, &row))
    return NULL;

  item = g_variant_get_child_value (self->title_words, row);
  rows = g_variant_get_child_value (item, 1);
  /* Points into the mapped file, which lives as long as the taxonomy. */
  return g_variant_get_fixed_array (rows, n_rows, sizeof (guint32));
}

void
phoenix_taxonomy_get_title_rows (PhoenixTaxonomy  *self,
                                 PhoenixTitleRows *rows)
{
  gsize n;

  g_return_if_fail (PHOENIX_IS_TAXONOMY (self));
  g_return_if_fail (rows != NULL);

  /* Pointers into the mapped file, checked to be as long as the title array at open. */
  rows->n_words = g_variant_get_fixed_array (self->title_n_words, &n, 1);
  rows->occupations = g_variant_get_fixed_array (self->title_occupations, &n, sizeof (guint32));
  rows->kinds = g_variant_get_fixed_array (self->title_kinds, &n, 1);
  rows->n = n;
}

gboolean
phoenix_taxonomy_find_titles (PhoenixTaxonomy *self,
                              const char      *folded,
                              gsize           *first,
                              gsize           *end)
{
  gsize row, n;

  g_return_val_if_fail (PHOENIX_IS_TAXONOMY (self), FALSE);

  /* The title array is sorted by its folded words first: equal titles are contiguous, and the
   * bisection finds the first of them. */
  if (!_phoenix_taxonomy_index_find (self->titles, folded, &row))
    return FALSE;
  n = g_variant_n_children (self->titles);
  *first = row;
  for (*end = row + 1; *end < n; (*end)++)
    {
      const char *f;

      g_variant_get_child (self->titles, *end, "(&s@s@s@u@y)", &f, NULL, NULL, NULL, NULL);
      if (strcmp (f, folded) != 0)
        break;
    }
  return TRUE;
}

GVariant *
_phoenix_taxonomy_get_titles (PhoenixTaxonomy *self)
{
  g_return_val_if_fail (PHOENIX_IS_TAXONOMY (self), NULL);

  return self->titles;
}

GVariant *
_phoenix_taxonomy_get_index (PhoenixTaxonomy *self)
{
  g_return_val_if_fail (PHOENIX_IS_TAXONOMY (self), NULL);

  return g_variant_get_child_value (self->root, ROOT_INDEX);
}
