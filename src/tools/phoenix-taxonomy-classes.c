/* SPDX-License-Identifier: GPL-3.0-or-later */

/*
 * The skill classes of the compiled taxonomy (phoenix-taxonomy-compile.c): which skill ids name one
 * recruiter skill ("Animer une équipe", "diriger d'autres personnes", "Management d'équipe"), from
 * build-aux/taxonomy/skill-equivalents.tsv and from labels of the same core words.
 */

#include "config.h"

#include <libstemmer.h>
#include <string.h>

#include "phoenix-taxonomy-classes.h"
#include "phoenix-text-tokens.h"

static int
compare_stems (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* Union-find over skill indexes. */
static guint
find_class (guint *parent,
            guint  skill)
{
  while (parent[skill] != skill)
    {
      parent[skill] = parent[parent[skill]];
      skill = parent[skill];
    }

  return skill;
}

static void
join_classes (guint *parent,
              guint  a,
              guint  b)
{
  guint ra = find_class (parent, a);
  guint rb = find_class (parent, b);

  if (ra != rb)
    parent[MAX (ra, rb)] = MIN (ra, rb);
}

/* Words that say how a skill is held rather than which skill it is ("Techniques de soudage", "Utilisation de
 * chariot élévateur", "Système d'exploitation Linux", "Knowledge of…"), and light verbs; folded. */
static const char * const core_drop_words[] = {
  "technique", "techniques", "utilisation", "utiliser", "connaissance", "connaissances", "maitrise", "maitriser",
  "notions", "notion", "principes", "principe", "bases", "methodes", "methode", "pratique", "pratiques",
  "competences", "competence", "savoir", "systeme", "systemes", "exploitation", "logiciel", "logiciels", "outil",
  "outils", "realiser", "effectuer", "assurer", "proceder", "mettre", "oeuvre", "participer", "veiller",
  "contribuer", "use", "using", "knowledge", "principles", "methods", "method", "practice", "practices", "skills",
  "skill", "operating", "system", "systems", "software", "tool", "tools", "perform", "carry", "out", "ensure",
  "undertake", "apply", "appliquer",
};

/* @name's stems without the words above, sorted and joined: the same skill named with its words in another
 * order or with "techniques de" before has the same core ("manage a team", "Team management"). */
static char *
core_key (const char        *name,
          struct sb_stemmer *stemmer,
          guint             *n_words)
{
  g_autoptr(GArray) tokens = _phoenix_text_tokenize (name, stemmer, TRUE);
  g_autoptr(GPtrArray) stems = g_ptr_array_new ();
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < tokens->len; i++)
    {
      PhoenixTextToken *token = &g_array_index (tokens, PhoenixTextToken, i);
      gboolean drop = FALSE;

      for (gsize k = 0; k < G_N_ELEMENTS (core_drop_words) && !drop; k++)
        drop = strcmp (token->folded, core_drop_words[k]) == 0;
      if (!drop && !g_ptr_array_find_with_equal_func (stems, token->stem, g_str_equal, NULL))
        g_ptr_array_add (stems, token->stem);
    }
  g_ptr_array_sort (stems, compare_stems);
  for (guint i = 0; i < stems->len; i++)
    {
      if (i > 0)
        g_string_append_c (out, ' ');
      g_string_append (out, g_ptr_array_index (stems, i));
    }
  *n_words = stems->len;

  return g_string_free (out, FALSE);
}

/* Groups of at most this many skills are one skill; a core more skills share is too loose to tell. */
#define MAX_CORE_GROUP 6

/*
 * Each skill's class (the lowest index of the skills that are the same recruiter skill): the groups of
 * skill-equivalents.tsv, and skills whose French or English labels have the same core of two words or more
 * (or of one word, when a tool is among them: "Linux", "Système d'exploitation Linux").
 */
guint *
_phoenix_taxonomy_skill_classes (guint                n_skills,
                                 const char * const  *fr,
                                 const char * const  *en,
                                 const gboolean      *tool,
                                 GHashTable          *skill_index,
                                 char               **equivalent_rows,
                                 gboolean           (*is_generic) (const char *key),
                                 struct sb_stemmer   *stemmer_fr,
                                 struct sb_stemmer   *stemmer_en)
{
  g_autoptr(GHashTable) cores = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_array_unref);
  guint *parent = g_new (guint, n_skills);
  GHashTableIter iter;
  gpointer key, value;
  guint joined = 0;

  for (guint i = 0; i < n_skills; i++)
    parent[i] = i;

  for (guint i = 0; i < n_skills; i++)
    {
      const char *labels[2] = { fr[i], en[i] };

      for (guint l = 0; l < 2; l++)
        {
          g_autofree char *core = NULL;
          char *full;
          GArray *members;
          guint n_words;

          if (labels[l] == NULL || *labels[l] == '\0')
            continue;
          core = core_key (labels[l], l == 0 ? stemmer_fr : stemmer_en, &n_words);
          if (n_words == 0 || (n_words == 1 && (is_generic (core) || strlen (core) < 3)))
            continue;
          full = g_strdup_printf ("%u:%s", n_words > 1 ? 2 : 1, core);
          members = g_hash_table_lookup (cores, full);
          if (members == NULL)
            {
              members = g_array_new (FALSE, FALSE, sizeof (guint));
              g_hash_table_insert (cores, full, members);
            }
          else
            g_free (full);
          if (members->len == 0 || g_array_index (members, guint, members->len - 1) != i)
            g_array_append_val (members, i);
        }
    }

  g_hash_table_iter_init (&iter, cores);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      GArray *members = value;
      gboolean one_word = g_str_has_prefix (key, "1:");
      int first_tool = -1;

      if (members->len < 2 || members->len > MAX_CORE_GROUP)
        continue;
      for (guint m = 0; m < members->len && first_tool < 0; m++)
        if (tool[g_array_index (members, guint, m)])
          first_tool = (int) g_array_index (members, guint, m);
      if (one_word && first_tool < 0)
        continue;
      /* A one-word core joins every member to its tool, the first member too. */
      for (guint m = one_word ? 0 : 1; m < members->len; m++)
        {
          join_classes (parent, one_word ? (guint) first_tool : g_array_index (members, guint, 0),
                        g_array_index (members, guint, m));
          joined++;
        }
    }

  for (guint i = 0; equivalent_rows[i] != NULL; i++)
    {
      g_auto(GStrv) f = g_strsplit (equivalent_rows[i], "\t", -1);
      g_auto(GStrv) ids = NULL;
      guint first = 0;

      if (g_strv_length (f) < 2)
        g_error ("skill-equivalents.tsv: bad row %s", equivalent_rows[i]);
      ids = g_strsplit (f[1], "|", -1);
      for (guint k = 0; ids[k] != NULL; k++)
        {
          guint skill = GPOINTER_TO_UINT (g_hash_table_lookup (skill_index, ids[k]));

          if (skill == 0)
            g_error ("skill-equivalents.tsv: unknown skill in %s", equivalent_rows[i]);
          if (first == 0)
            first = skill;
          else
            join_classes (parent, first - 1, skill - 1);
        }
    }

  for (guint i = 0; i < n_skills; i++)
    parent[i] = find_class (parent, i);
  g_print ("skill classes: %u joins from labels, %u hand-made groups\n", joined, g_strv_length (equivalent_rows));

  return parent;
}
