/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-taxonomy-compile"

/*
 * Build-time tool: compiles the TSV files in data/taxonomy/ into the one memory-mapped
 * GVariant file PhoenixTaxonomy reads (type TAXONOMY_TYPE in
 * phoenix-taxonomy.c). Term keys are cut, folded and stemmed with the very
 * functions the extractor uses on text, so both sides agree.
 *
 * Usage: phoenix-taxonomy-compile TSV-DIR OUTPUT
 */

#include "config.h"

#include <libstemmer.h>
#include <stdlib.h>
#include <string.h>

#include "phoenix-taxonomy.h"
#include "phoenix-taxonomy-classes.h"
#include "phoenix-taxonomy-index.h"
#include "phoenix-taxonomy-transversal.h"
#include "phoenix-text-tokens.h"

/*
 * One-word ROME/ESCO labels that name a field rather than a skill an offer
 * asks for, or are everyday words; tools (data/taxonomy/tools.tsv) are never
 * filtered. Folded forms.
 */
static const char * const generic_words[] = {
  "accueil", "administration", "agriculture", "animation", "architecture", "art", "arts",
  "assurance", "audit", "biologie", "business", "chimie", "commerce", "comptabilite",
  "conception", "conseil", "construction", "contract", "control", "controle", "coordination",
  "design", "developpement", "development", "distribution", "droit", "economie", "education",
  "electricite", "electronique", "energie", "engineering", "enseignement", "environnement",
  "equipe", "finance", "finances", "fiscalite", "formation", "gestion",
  "histoire", "hygiene", "industrie", "informatique", "ingenierie", "innovation", "law",
  "logistique", "maintenance", "management", "marketing", "mathematiques", "mathematics",
  "mecanique", "medecine", "operations", "organisation", "physique", "planning",
  "production", "psychologie", "qualite", "recherche", "recrutement", "reporting", "research",
  "sales", "sante", "securite", "service", "services", "sociologie", "strategie", "strategy",
  "teaching", "technologie", "tourisme", "training", "transport", "travail", "vente", "work",
  "writing", "redaction", "statistique", "statistiques", "statistics", "data", "donnees", "web",
  "digital", "numerique", "project", "projet", "client", "clients", "customer", "team", "office",
  "bureau", "support", "analyse", "analysis", "pharmacologie", "radiologie", "anatomie", "cuisine",
  "service", "stock", "stocks", "achats", "purchasing", "ventes", "budget", "paie", "payroll",
};

typedef struct
{
  char  *id;
  char   kind;
  char  *fr;
  char  *en;
  char **syn_fr;
  char **syn_en;
  guint  flags;
  int    priority;  /* -1 a hand-made phrase, 0 tool, 1 ROME, 2 ESCO (3 a translated label, 4 a label without its verb) */
  gboolean translated;  /* its English label was translated by hand ("xlat") */
  guint8   transversal; /* its own PhoenixTransversalGroup ("transversal:T2" among the flags) */
} Skill;

typedef struct
{
  guint  skill;
  guchar flags;
  char  *surface;
  int    priority;
} Term;

/* One occupation → skill link: the skill's index and where the link comes from. */
typedef struct
{
  guint  skill;
  guchar origin;  /* PhoenixSkillOrigin */
} Link;

typedef struct
{
  char *folded;
  char *stemmed;
  char *language;
  guint occupation;
  PhoenixTitleKind kind;
} Title;

static void
clear_skill (gpointer data)
{
  Skill *skill = data;

  g_free (skill->id);
  g_free (skill->fr);
  g_free (skill->en);
  g_strfreev (skill->syn_fr);
  g_strfreev (skill->syn_en);
}

static void
clear_title (gpointer data)
{
  Title *title = data;

  g_free (title->folded);
  g_free (title->stemmed);
  g_free (title->language);
}

static char **
read_rows (const char  *dir,
           const char  *name,
           GError     **error)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  GPtrArray *rows = g_ptr_array_new ();

  if (!g_file_get_contents (path, &contents, NULL, error))
    {
      g_ptr_array_free (rows, TRUE);
      return NULL;
    }
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (lines[i][0] == '#' || lines[i][0] == '\0')
        continue;
      g_ptr_array_add (rows, g_strdup (lines[i]));
    }
  g_ptr_array_add (rows, NULL);

  return (char **) g_ptr_array_free (rows, FALSE);
}

static char **
split_synonyms (const char *field)
{
  if (field == NULL || *field == '\0')
    return g_new0 (char *, 1);

  return g_strsplit (field, "|", -1);
}

static gboolean
is_generic (const char *key)
{
  for (gsize i = 0; i < G_N_ELEMENTS (generic_words); i++)
    {
      if (strcmp (key, generic_words[i]) == 0)
        return TRUE;
    }

  return FALSE;
}

/* "AVEC", "MDM", "SQL": an acronym is only that word when written in capitals. */
static gboolean
is_acronym (const char *name)
{
  gsize len = strlen (name);
  gboolean upper = FALSE;

  if (len < 2 || len > 6)
    return FALSE;
  for (const char *p = name; *p != '\0'; p++)
    {
      if (g_ascii_islower (*p) || ((guchar) *p >= 0x80))
        return FALSE;
      if (g_ascii_isupper (*p))
        upper = TRUE;
    }

  return upper;
}

/*
 * @translated: @name is a hand-made translation (a ROME skill's English
 * label). Such a term gives way to an ESCO or tool term of the same words,
 * and is not a term when it is one word: a single word out of context is
 * ambiguous across languages ("Disques" is "Records", as in patient records).
 * @job_titles: "language:folded title" of every occupation label and job
 * title; a ROME skill named exactly like a job ("Responsable logistique",
 * "Community manager", savoirs that name a trade) is no term in that
 * language: in an offer those words name the job or a colleague, which the
 * score's job-title part reads.
 */
static void
add_term (GHashTable        *terms,
          GHashTable        *job_titles,
          const char        *language,
          struct sb_stemmer *stemmer,
          const Skill       *skill,
          guint              skill_index,
          const char        *name,
          gboolean           translated)
{
  g_autofree char *key = _phoenix_text_key (name, stemmer);
  g_autofree char *full = NULL;
  g_auto(GStrv) words = NULL;
  int priority = translated ? 3 : skill->priority;
  Term *previous;
  Term *term;

  if (*key == '\0')
    return;
  words = g_strsplit (key, " ", -1);
  if (g_strv_length (words) > PHOENIX_TAXONOMY_MAX_TERM_TOKENS)
    return;
  if (translated && words[1] == NULL)
    return;
  if (skill->priority == 1)
    {
      g_autofree char *folded = _phoenix_text_fold_words (name);
      g_autofree char *title_key = g_strconcat (language, ":", folded, NULL);

      if (g_hash_table_contains (job_titles, title_key))
        return;
    }
  if (skill->priority > 0 && words[1] == NULL)
    {
      g_autofree char *folded = _phoenix_text_fold_words (name);

      if (g_utf8_strlen (folded, -1) < 4 || is_generic (folded) || is_generic (key))
        return;
    }
  if (skill->priority > 0 && strspn (key, "0123456789 ") == strlen (key))
    return;

  full = g_strconcat (language, ":", key, NULL);
  previous = g_hash_table_lookup (terms, full);
  /* Another spelling of the same skill's term ("autonomie", "autonome": one stem): the extractor
   * accepts the last word of any of them, so every spelling is kept, "|"-separated. */
  if (previous != NULL && previous->skill == skill_index)
    {
      g_auto(GStrv) known = g_strsplit (previous->surface, "|", -1);

      if (!g_strv_contains ((const char * const *) known, name) && strchr (name, '|') == NULL)
        {
          char *both = g_strconcat (previous->surface, "|", name, NULL);

          g_free (previous->surface);
          previous->surface = both;
        }
      return;
    }
  if (previous != NULL && previous->priority <= priority)
    return;

  term = g_new0 (Term, 1);
  term->skill = skill_index;
  term->flags = (guchar) skill->flags;
  if (words[1] == NULL && is_acronym (name))
    term->flags |= PHOENIX_TERM_CASE_SENSITIVE;
  /* ESCO writes its labels in lower case: a capitalised one-word label is a product or a name. */
  else if (words[1] == NULL && skill->priority == 2 && g_unichar_isupper (g_utf8_get_char (name)))
    term->flags |= PHOENIX_TERM_CASE_SENSITIVE | PHOENIX_TERM_PROPER_NAME;
  term->surface = g_strdup (name);
  term->priority = priority;
  g_hash_table_insert (terms, g_steal_pointer (&full), term);
}

static void add_term (GHashTable *terms, GHashTable *job_titles, const char *language, struct sb_stemmer *stemmer,
                      const Skill *skill, guint skill_index, const char *name, gboolean translated);

/* A term derived from a label (the label without its light verb): any other term of the same words wins. */
static void
add_term_weak (GHashTable        *terms,
               GHashTable        *job_titles,
               const char        *language,
               struct sb_stemmer *stemmer,
               const Skill       *skill,
               guint              skill_index,
               const char        *name)
{
  Skill weak = *skill;

  weak.priority = 4;
  add_term (terms, job_titles, language, stemmer, &weak, skill_index, name, FALSE);
}

/* @name without its parenthesised parts ("Gestion technique du bâtiment (GTB)", "Dessiner des avant-projets
 * (roughs, croquis)"), NULL when it has none or fewer than two words are left. */
static char *
without_brackets (const char *name)
{
  g_autoptr(GString) out = NULL;
  g_auto(GStrv) words = NULL;
  int depth = 0;

  if (strchr (name, '(') == NULL)
    return NULL;
  out = g_string_new (NULL);
  for (const char *p = name; *p != '\0'; p++)
    {
      if (*p == '(')
        depth++;
      else if (*p == ')' && depth > 0)
        depth--;
      else if (depth == 0)
        g_string_append_c (out, *p);
    }
  g_strstrip (out->str);
  out->len = strlen (out->str);
  while (out->len > 0 && strchr (" ,;:-", out->str[out->len - 1]) != NULL)
    g_string_truncate (out, out->len - 1);
  words = g_strsplit_set (out->str, " ", -1);
  if (out->len == 0 || g_strv_length (words) < 2)
    return NULL;

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* Verbs that carry no skill of their own at the head of a ROME or ESCO label ("Réaliser le suivi des
 * commandes", "Carry out stock rotation"), folded. */
static const char * const light_verbs[] = {
  "realiser", "effectuer", "assurer", "proceder a", "mettre en oeuvre", "participer a", "veiller a",
  "contribuer a", "perform", "carry out", "undertake", "ensure",
};

/* @name without a light verb at its head, NULL when it has none or fewer than two words are left. */
static char *
without_light_verb (const char *name)
{
  g_auto(GStrv) words = g_strsplit (name, " ", -1);
  guint n = g_strv_length (words);

  for (gsize v = 0; v < G_N_ELEMENTS (light_verbs); v++)
    {
      guint k = 1 + (strchr (light_verbs[v], ' ') != NULL);
      g_autofree char *head = NULL;
      g_autofree char *folded = NULL;

      if (n < k + 2)
        continue;
      head = k > 1 ? g_strconcat (words[0], " ", words[1], NULL) : g_strdup (words[0]);
      folded = _phoenix_text_fold_words (head);
      if (g_str_equal (folded, light_verbs[v]))
        return g_strjoinv (" ", words + k);
    }

  return NULL;
}

/* @name as a term, and also without its parenthesised parts: offers seldom write them. */
static void
add_terms (GHashTable        *terms,
           GHashTable        *job_titles,
           const char        *language,
           struct sb_stemmer *stemmer,
           const Skill       *skill,
           guint              skill_index,
           const char        *name,
           gboolean           translated)
{
  g_autofree char *bare = without_brackets (name);
  g_autofree char *verbless = skill->priority > 0 ? without_light_verb (bare != NULL ? bare : name) : NULL;

  add_term (terms, job_titles, language, stemmer, skill, skill_index, name, translated);
  if (bare != NULL)
    add_term (terms, job_titles, language, stemmer, skill, skill_index, bare, translated);
  /* "Suivi des commandes" for "Assurer le suivi des commandes": weaker than any term of the same words. */
  if (verbless != NULL && strstr (verbless, " ") != NULL)
    add_term_weak (terms, job_titles, language, stemmer, skill, skill_index, verbless);
}

static void
free_term (gpointer data)
{
  Term *term = data;

  g_free (term->surface);
  g_free (term);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static int
compare_titles (gconstpointer a,
                gconstpointer b)
{
  const Title *ta = a;
  const Title *tb = b;
  int cmp = strcmp (ta->folded, tb->folded);

  if (cmp == 0)
    cmp = strcmp (ta->language, tb->language);
  if (cmp == 0)
    cmp = (int) ta->occupation - (int) tb->occupation;

  return cmp;
}

/* The same, then the surest kind first: the first of equal titles is the one kept. */
static int
compare_titles_and_kinds (gconstpointer a,
                          gconstpointer b)
{
  int cmp = compare_titles (a, b);

  if (cmp == 0)
    cmp = (int) ((const Title *) a)->kind - (int) ((const Title *) b)->kind;

  return cmp;
}

static guchar
parse_link_origin (const char *source,
                   const char *row)
{
  if (source == NULL || g_strcmp0 (source, "rome") == 0)
    return PHOENIX_SKILL_ORIGIN_ROME;
  if (g_strcmp0 (source, "esco") == 0)
    return PHOENIX_SKILL_ORIGIN_ESCO;
  if (g_strcmp0 (source, "tool") == 0)
    return PHOENIX_SKILL_ORIGIN_TOOL;
  g_error ("occupation-skills.tsv: bad source in %s", row);
}

static PhoenixTitleKind
parse_title_kind (const char *kind,
                  const char *row)
{
  if (g_strcmp0 (kind, "label") == 0)
    return PHOENIX_TITLE_KIND_LABEL;
  if (g_strcmp0 (kind, "title") == 0)
    return PHOENIX_TITLE_KIND_JOB_TITLE;
  if (g_strcmp0 (kind, "alt") == 0)
    return PHOENIX_TITLE_KIND_ALTERNATIVE;
  g_error ("occupation-titles.tsv: bad kind in %s", row);
}

/* The first word of @text, folded and read as masculine. */
static char *
first_word_masculine (const char *text)
{
  g_autofree char *folded = _phoenix_text_fold_words (text);
  char *space = strchr (folded, ' ');

  if (space != NULL)
    *space = '\0';
  return _phoenix_text_masculine (folded);
}

/* "Développeur / Développeuse web" → itself, "Développeur web", "Développeuse web". When each gender
 * is written whole, its first word the same up to the gender ("Chef boulanger / Cheffe boulangère",
 * « Ouvrier agricole polyvalent / Ouvrière agricole polyvalente en élevage porcin »), the words after
 * the slash past as many as before it are the shared rest: "Chef boulanger", not "Chef boulanger
 * boulangère". */
static void
title_variants (const char *title,
                GPtrArray  *out)
{
  const char *slash = strstr (title, " / ");

  g_ptr_array_add (out, g_strdup (title));
  if (slash != NULL)
    {
      const char *second = slash + 3;
      const char *rest = strchr (second, ' ');
      g_autofree char *before = g_strndup (title, slash - title);
      g_autofree char *first_before = first_word_masculine (before);
      g_autofree char *first_after = first_word_masculine (second);

      if (strchr (before, ' ') != NULL && g_str_equal (first_before, first_after))
        {
          rest = second;
          for (const char *p = before; *p != '\0' && rest != NULL; p++)
            {
              if (*p == ' ')
                {
                  rest = strchr (rest, ' ');
                  if (rest != NULL)
                    rest++;
                }
            }
          if (rest != NULL)
            rest = strchr (rest, ' ');
        }
      if (rest == NULL)
        rest = "";

      g_ptr_array_add (out, g_strdup_printf ("%s%s", before, rest));
      g_ptr_array_add (out, g_strdup (second));
    }
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) occupation_rows = NULL;
  g_auto(GStrv) skill_rows = NULL;
  g_auto(GStrv) link_rows = NULL;
  g_auto(GStrv) mobility_rows = NULL;
  g_auto(GStrv) title_rows = NULL;
  g_auto(GStrv) alias_rows = NULL;
  g_auto(GStrv) access_rows = NULL;
  g_auto(GStrv) phrase_rows = NULL;
  g_auto(GStrv) broader_rows = NULL;
  g_auto(GStrv) equivalent_rows = NULL;
  /* Everything is freed (the build runs this under LeakSanitizer in build-aux/dev's sanitizer run). */
  g_autoptr(GHashTable) occupation_index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) skill_index = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) terms = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, free_term);
  g_autoptr(GHashTable) job_titles = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GArray) skills = g_array_new (FALSE, TRUE, sizeof (Skill));
  g_autoptr(GArray) titles = g_array_new (FALSE, TRUE, sizeof (Title));
  g_autoptr(GPtrArray) term_keys = g_ptr_array_new ();
  g_autoptr(GPtrArray) core_links = NULL;
  g_autoptr(GPtrArray) other_links = NULL;
  g_autoptr(GPtrArray) optional_links = NULL;
  g_autoptr(GPtrArray) access = NULL;
  g_autoptr(GPtrArray) mobilities = NULL;
  g_autoptr(GVariant) root = NULL;
  g_autoptr(GVariant) term_array = NULL;
  g_autoptr(GVariant) title_array = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree guint8 *transversal = NULL;
  struct sb_stemmer *stemmer_fr;
  struct sb_stemmer *stemmer_en;
  GVariantBuilder builder, array;
  guint n_occupations;
  GHashTableIter iter;
  gpointer key, value;

  g_array_set_clear_func (skills, clear_skill);
  g_array_set_clear_func (titles, clear_title);
  if (argc != 3)
    {
      g_printerr ("Usage: %s TSV-DIR OUTPUT\n", argv[0]);
      return 2;
    }

  occupation_rows = read_rows (argv[1], "occupations.tsv", &error);
  if (occupation_rows != NULL)
    skill_rows = read_rows (argv[1], "skills.tsv", &error);
  if (skill_rows != NULL)
    link_rows = read_rows (argv[1], "occupation-skills.tsv", &error);
  if (link_rows != NULL)
    mobility_rows = read_rows (argv[1], "mobilities.tsv", &error);
  if (mobility_rows != NULL)
    title_rows = read_rows (argv[1], "occupation-titles.tsv", &error);
  if (title_rows != NULL)
    alias_rows = read_rows (argv[1], "skill-aliases.tsv", &error);
  if (alias_rows != NULL)
    access_rows = read_rows (argv[1], "occupation-access.tsv", &error);
  if (access_rows != NULL)
    phrase_rows = read_rows (argv[1], "skill-phrases.tsv", &error);
  if (phrase_rows != NULL)
    broader_rows = read_rows (argv[1], "skill-broader.tsv", &error);
  if (broader_rows != NULL)
    equivalent_rows = read_rows (argv[1], "skill-equivalents.tsv", &error);
  if (equivalent_rows == NULL)
    {
      g_printerr ("%s: %s\n", argv[0], error->message);
      return 1;
    }

  stemmer_fr = _phoenix_text_new_stemmer ("fr");
  stemmer_en = _phoenix_text_new_stemmer ("en");

  /* Occupations, already sorted by code. */
  n_occupations = g_strv_length (occupation_rows);
  g_variant_builder_init (&builder, G_VARIANT_TYPE ("(ua(ssss)a(syss)aa(uby)aaua(syus)a(sssuy)a(ss)aa(uy)asaauau"
                                                    PHOENIX_TAXONOMY_INDEX_TYPE "ay)"));
  g_variant_builder_add (&builder, "u", (guint32) PHOENIX_TAXONOMY_FORMAT);
  g_variant_builder_init (&array, G_VARIANT_TYPE ("a(ssss)"));
  for (guint i = 0; i < n_occupations; i++)
    {
      g_auto(GStrv) f = g_strsplit (occupation_rows[i], "\t", -1);

      if (g_strv_length (f) < 4)
        g_error ("occupations.tsv: bad row %s", occupation_rows[i]);
      g_variant_builder_add (&array, "(ssss)", f[0], f[1], f[2], f[3]);
      g_hash_table_insert (occupation_index, g_strdup (f[0]), GUINT_TO_POINTER (i + 1));
    }
  g_variant_builder_add_value (&builder, g_variant_builder_end (&array));

  /* Skills, already sorted by id. */
  for (guint i = 0; skill_rows[i] != NULL; i++)
    {
      g_auto(GStrv) f = g_strsplit (skill_rows[i], "\t", -1);
      Skill skill = { 0, };

      if (g_strv_length (f) < 7)
        g_error ("skills.tsv: bad row %s", skill_rows[i]);
      skill.id = g_strdup (f[0]);
      skill.kind = f[1][0] == 's' ? 's' : f[1][0] == 'k' ? 'k' : 'h';
      skill.fr = g_strdup (f[2]);
      skill.en = g_strdup (f[3]);
      skill.syn_fr = split_synonyms (f[4]);
      skill.syn_en = split_synonyms (f[5]);
      skill.flags = (strstr (f[6], "cs") != NULL ? PHOENIX_TERM_CASE_SENSITIVE : 0) |
                    (strstr (f[6], "verb") != NULL ? PHOENIX_TERM_VERB : 0);
      skill.priority = g_str_has_prefix (skill.id, "tool:") ? 0 : g_str_has_prefix (skill.id, "rome:") ? 1 : 2;
      skill.translated = strstr (f[6], "xlat") != NULL;
      skill.transversal = _phoenix_taxonomy_transversal_flag (f[6]);
      g_array_append_val (skills, skill);
      g_hash_table_insert (skill_index, skill.id, GUINT_TO_POINTER (i + 1));
    }
  g_variant_builder_init (&array, G_VARIANT_TYPE ("a(syss)"));
  for (guint i = 0; i < skills->len; i++)
    {
      Skill *skill = &g_array_index (skills, Skill, i);

      g_variant_builder_add (&array, "(syss)", skill->id, (guchar) skill->kind, skill->fr, skill->en);
    }
  g_variant_builder_add_value (&builder, g_variant_builder_end (&array));

  /* Occupation → skills, core first, each with where it comes from; ESCO's optional skills apart. */
  core_links = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  other_links = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  optional_links = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  mobilities = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  for (guint i = 0; i < n_occupations; i++)
    {
      g_ptr_array_add (core_links, g_array_new (FALSE, FALSE, sizeof (Link)));
      g_ptr_array_add (other_links, g_array_new (FALSE, FALSE, sizeof (Link)));
      g_ptr_array_add (optional_links, g_array_new (FALSE, FALSE, sizeof (Link)));
      g_ptr_array_add (mobilities, g_array_new (FALSE, FALSE, sizeof (guint)));
    }
  for (guint i = 0; link_rows[i] != NULL; i++)
    {
      g_auto(GStrv) f = g_strsplit (link_rows[i], "\t", -1);
      guint occupation, skill;
      GPtrArray *links;
      Link link;

      if (g_strv_length (f) < 3)
        g_error ("occupation-skills.tsv: bad row %s", link_rows[i]);
      occupation = GPOINTER_TO_UINT (g_hash_table_lookup (occupation_index, f[0]));
      skill = GPOINTER_TO_UINT (g_hash_table_lookup (skill_index, f[1]));
      if (occupation == 0 || skill == 0)
        g_error ("occupation-skills.tsv: unknown code or skill in %s", link_rows[i]);
      link.skill = skill - 1;
      link.origin = parse_link_origin (f[3], link_rows[i]);
      if (strcmp (f[2], "core") == 0)
        links = core_links;
      else if (strcmp (f[2], "optional") == 0)
        links = optional_links;
      else
        links = other_links;
      g_array_append_val (g_ptr_array_index (links, occupation - 1), link);
    }
  g_variant_builder_init (&array, G_VARIANT_TYPE ("aa(uby)"));
  for (guint i = 0; i < n_occupations; i++)
    {
      GArray *core = g_ptr_array_index (core_links, i);
      GArray *other = g_ptr_array_index (other_links, i);

      g_variant_builder_open (&array, G_VARIANT_TYPE ("a(uby)"));
      for (guint j = 0; j < core->len; j++)
        g_variant_builder_add (&array, "(uby)", g_array_index (core, Link, j).skill, TRUE,
                               g_array_index (core, Link, j).origin);
      for (guint j = 0; j < other->len; j++)
        g_variant_builder_add (&array, "(uby)", g_array_index (other, Link, j).skill, FALSE,
                               g_array_index (other, Link, j).origin);
      g_variant_builder_close (&array);
    }
  g_variant_builder_add_value (&builder, g_variant_builder_end (&array));

  /* Mobilités, rows sorted by code then rank. */
  for (guint i = 0; mobility_rows[i] != NULL; i++)
    {
      g_auto(GStrv) f = g_strsplit (mobility_rows[i], "\t", -1);
      guint from, to;

      if (g_strv_length (f) < 3)
        g_error ("mobilities.tsv: bad row %s", mobility_rows[i]);
      from = GPOINTER_TO_UINT (g_hash_table_lookup (occupation_index, f[0]));
      to = GPOINTER_TO_UINT (g_hash_table_lookup (occupation_index, f[1]));
      if (from == 0 || to == 0)
        g_error ("mobilities.tsv: unknown code in %s", mobility_rows[i]);
      to--;
      g_array_append_val (g_ptr_array_index (mobilities, from - 1), to);
    }
  g_variant_builder_init (&array, G_VARIANT_TYPE ("aau"));
  for (guint i = 0; i < n_occupations; i++)
    {
      GArray *targets = g_ptr_array_index (mobilities, i);

      g_variant_builder_open (&array, G_VARIANT_TYPE ("au"));
      for (guint j = 0; j < targets->len; j++)
        g_variant_builder_add (&array, "u", g_array_index (targets, guint, j));
      g_variant_builder_close (&array);
    }
  g_variant_builder_add_value (&builder, g_variant_builder_end (&array));

  /* Occupation labels and job titles (not ESCO's alternative labels), gender forms included. */
  for (guint i = 0; title_rows[i] != NULL; i++)
    {
      g_auto(GStrv) f = g_strsplit (title_rows[i], "\t", -1);
      g_autoptr(GPtrArray) variants = g_ptr_array_new_with_free_func (g_free);

      if (g_strv_length (f) < 4 || g_str_equal (f[3], "alt"))
        continue;
      title_variants (f[2], variants);
      for (guint j = 0; j < variants->len; j++)
        {
          g_autofree char *folded = _phoenix_text_fold_words (g_ptr_array_index (variants, j));

          g_hash_table_add (job_titles, g_strconcat (f[1], ":", folded, NULL));
        }
    }

  /* Terms: every label and synonym, per language; tools in both. */
  for (guint i = 0; i < skills->len; i++)
    {
      Skill *skill = &g_array_index (skills, Skill, i);

      if (*skill->fr != '\0')
        add_terms (terms, job_titles, "fr", stemmer_fr, skill, i, skill->fr, FALSE);
      for (guint j = 0; skill->syn_fr[j] != NULL; j++)
        add_terms (terms, job_titles, "fr", stemmer_fr, skill, i, skill->syn_fr[j], FALSE);
      if (*skill->en != '\0')
        add_terms (terms, job_titles, "en", stemmer_en, skill, i, skill->en, skill->translated);
      for (guint j = 0; skill->syn_en[j] != NULL; j++)
        add_terms (terms, job_titles, "en", stemmer_en, skill, i, skill->syn_en[j], FALSE);
      if (skill->priority == 0)
        {
          add_terms (terms, job_titles, "fr", stemmer_fr, skill, i, skill->en, FALSE);
          add_terms (terms, job_titles, "en", stemmer_en, skill, i, skill->fr, FALSE);
        }
    }
  /* Hand-made phrases (build-aux/taxonomy/skill-phrases.tsv): terms of their language, over any label of the
   * same words, since they were written for what offers and CVs mean by those words. */
  for (guint i = 0; phrase_rows[i] != NULL; i++)
    {
      g_auto(GStrv) f = g_strsplit (phrase_rows[i], "\t", -1);
      guint skill;
      Skill phrase;

      if (g_strv_length (f) < 3 || (g_strcmp0 (f[1], "fr") != 0 && g_strcmp0 (f[1], "en") != 0))
        g_error ("skill-phrases.tsv: bad row %s", phrase_rows[i]);
      skill = GPOINTER_TO_UINT (g_hash_table_lookup (skill_index, f[0]));
      if (skill == 0)
        g_error ("skill-phrases.tsv: unknown skill in %s", phrase_rows[i]);
      phrase = g_array_index (skills, Skill, skill - 1);
      phrase.priority = -1;
      add_term (terms, job_titles, f[1], g_str_equal (f[1], "en") ? stemmer_en : stemmer_fr, &phrase, skill - 1, f[2],
                FALSE);
    }

  g_hash_table_iter_init (&iter, terms);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_ptr_array_add (term_keys, key);
  g_ptr_array_sort (term_keys, compare_strings);
  g_variant_builder_init (&array, G_VARIANT_TYPE ("a(syus)"));
  for (guint i = 0; i < term_keys->len; i++)
    {
      const char *term_key = g_ptr_array_index (term_keys, i);
      Term *term = g_hash_table_lookup (terms, term_key);

      g_variant_builder_add (&array, "(syus)", term_key, term->flags, term->skill, term->surface);
    }
  term_array = g_variant_ref_sink (g_variant_builder_end (&array));
  g_variant_builder_add_value (&builder, term_array);

  /* Titles for search and the offer's occupation. */
  for (guint i = 0; title_rows[i] != NULL; i++)
    {
      g_auto(GStrv) f = g_strsplit (title_rows[i], "\t", -1);
      g_autoptr(GPtrArray) variants = g_ptr_array_new_with_free_func (g_free);
      guint occupation;

      if (g_strv_length (f) < 4)
        g_error ("occupation-titles.tsv: bad row %s", title_rows[i]);
      occupation = GPOINTER_TO_UINT (g_hash_table_lookup (occupation_index, f[0]));
      if (occupation == 0)
        g_error ("occupation-titles.tsv: unknown code in %s", title_rows[i]);
      title_variants (f[2], variants);
      for (guint j = 0; j < variants->len; j++)
        {
          Title title;

          title.folded = _phoenix_text_fold_words (g_ptr_array_index (variants, j));
          title.stemmed = _phoenix_text_key (g_ptr_array_index (variants, j),
                                             strcmp (f[1], "en") == 0 ? stemmer_en : stemmer_fr);
          title.language = g_strdup (f[1]);
          title.occupation = occupation - 1;
          title.kind = parse_title_kind (f[3], title_rows[i]);
          if (*title.folded == '\0')
            {
              clear_title (&title);
              continue;
            }
          g_array_append_val (titles, title);
        }
    }
  g_array_sort (titles, compare_titles_and_kinds);
  g_variant_builder_init (&array, G_VARIANT_TYPE ("a(sssuy)"));
  for (guint i = 0; i < titles->len; i++)
    {
      Title *title = &g_array_index (titles, Title, i);

      if (i > 0 && compare_titles (title, &g_array_index (titles, Title, i - 1)) == 0)
        continue;
      g_variant_builder_add (&array, "(sssuy)", title->folded, title->stemmed, title->language, title->occupation,
                             (guint8) title->kind);
    }
  title_array = g_variant_ref_sink (g_variant_builder_end (&array));
  g_variant_builder_add_value (&builder, title_array);

  /* Merged skill ids, sorted by the old id, each to a skill of the file. */
  g_variant_builder_init (&array, G_VARIANT_TYPE ("a(ss)"));
  for (guint i = 0; alias_rows[i] != NULL; i++)
    {
      g_auto(GStrv) f = g_strsplit (alias_rows[i], "\t", -1);

      if (g_strv_length (f) < 2 || !g_hash_table_contains (skill_index, f[1]) ||
          (i > 0 && strcmp (alias_rows[i - 1], alias_rows[i]) >= 0))
        g_error ("skill-aliases.tsv: bad or unsorted row %s", alias_rows[i]);
      g_variant_builder_add (&array, "(ss)", f[0], f[1]);
    }
  g_variant_builder_add_value (&builder, g_variant_builder_end (&array));

  /* ESCO's optional skills of each occupation (the training gap's "nice to have"). */
  g_variant_builder_init (&array, G_VARIANT_TYPE ("aa(uy)"));
  for (guint i = 0; i < n_occupations; i++)
    {
      GArray *optional = g_ptr_array_index (optional_links, i);

      g_variant_builder_open (&array, G_VARIANT_TYPE ("a(uy)"));
      for (guint j = 0; j < optional->len; j++)
        g_variant_builder_add (&array, "(uy)", g_array_index (optional, Link, j).skill,
                               g_array_index (optional, Link, j).origin);
      g_variant_builder_close (&array);
    }
  g_variant_builder_add_value (&builder, g_variant_builder_end (&array));

  /* ROME's "accès au métier" text of each occupation, "" when it has none. */
  access = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < n_occupations; i++)
    g_ptr_array_add (access, g_strdup (""));
  for (guint i = 0; access_rows[i] != NULL; i++)
    {
      g_auto(GStrv) f = g_strsplit (access_rows[i], "\t", 2);
      guint occupation;

      if (g_strv_length (f) < 2)
        g_error ("occupation-access.tsv: bad row %s", access_rows[i]);
      occupation = GPOINTER_TO_UINT (g_hash_table_lookup (occupation_index, f[0]));
      if (occupation == 0)
        g_error ("occupation-access.tsv: unknown code in %s", access_rows[i]);
      g_free (g_ptr_array_index (access, occupation - 1));
      g_ptr_array_index (access, occupation - 1) = g_strdup (f[1]);
    }
  g_variant_builder_init (&array, G_VARIANT_TYPE ("as"));
  for (guint i = 0; i < n_occupations; i++)
    g_variant_builder_add (&array, "s", (const char *) g_ptr_array_index (access, i));
  g_variant_builder_add_value (&builder, g_variant_builder_end (&array));

  /* Skill → the broader skills it proves (skill-broader.tsv: ESCO's hierarchy and tools, by hand). */
  {
    g_autoptr(GPtrArray) broader = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);

    for (guint i = 0; i < skills->len; i++)
      g_ptr_array_add (broader, g_array_new (FALSE, FALSE, sizeof (guint)));
    for (guint i = 0; broader_rows[i] != NULL; i++)
      {
        g_auto(GStrv) f = g_strsplit (broader_rows[i], "\t", -1);
        guint narrow, wide;

        if (g_strv_length (f) < 2)
          g_error ("skill-broader.tsv: bad row %s", broader_rows[i]);
        narrow = GPOINTER_TO_UINT (g_hash_table_lookup (skill_index, f[0]));
        wide = GPOINTER_TO_UINT (g_hash_table_lookup (skill_index, f[1]));
        if (narrow == 0 || wide == 0)
          g_error ("skill-broader.tsv: unknown skill in %s", broader_rows[i]);
        wide--;
        g_array_append_val (g_ptr_array_index (broader, narrow - 1), wide);
      }
    g_variant_builder_init (&array, G_VARIANT_TYPE ("aau"));
    for (guint i = 0; i < skills->len; i++)
      {
        GArray *wider = g_ptr_array_index (broader, i);

        g_variant_builder_open (&array, G_VARIANT_TYPE ("au"));
        for (guint j = 0; j < wider->len; j++)
          g_variant_builder_add (&array, "u", g_array_index (wider, guint, j));
        g_variant_builder_close (&array);
      }
    g_variant_builder_add_value (&builder, g_variant_builder_end (&array));
  }

  /* Each skill's equivalence class, named by its lowest index; then its transversal group (format 7). */
  {
    g_autofree const char **fr = g_new0 (const char *, skills->len + 1);
    g_autofree const char **en = g_new0 (const char *, skills->len + 1);
    g_autofree gboolean *tool = g_new0 (gboolean, skills->len + 1);
    g_autofree guint8 *own = g_new0 (guint8, skills->len + 1);
    g_autofree guint *classes = NULL;

    for (guint i = 0; i < skills->len; i++)
      {
        fr[i] = g_array_index (skills, Skill, i).fr;
        en[i] = g_array_index (skills, Skill, i).en;
        tool[i] = g_array_index (skills, Skill, i).priority == 0;
        own[i] = g_array_index (skills, Skill, i).transversal;
      }
    classes = _phoenix_taxonomy_skill_classes (skills->len, fr, en, tool, skill_index, equivalent_rows, is_generic,
                                               stemmer_fr, stemmer_en);

    g_variant_builder_init (&array, G_VARIANT_TYPE ("au"));
    for (guint i = 0; i < skills->len; i++)
      g_variant_builder_add (&array, "u", classes[i]);
    g_variant_builder_add_value (&builder, g_variant_builder_end (&array));
    transversal = _phoenix_taxonomy_transversal_groups (skills->len, own, classes, fr, en, stemmer_fr, stemmer_en);
  }

  /* The term keys and the job-title index, built here once rather than at every start (issue #18). */
  g_variant_builder_add_value (&builder, _phoenix_taxonomy_index_build (term_array, title_array));
  g_variant_builder_add_value (&builder, g_variant_new_fixed_array (G_VARIANT_TYPE_BYTE, transversal, skills->len, 1));

  root = g_variant_ref_sink (g_variant_builder_end (&builder));
  bytes = g_variant_get_data_as_bytes (root);
  if (!g_file_set_contents (argv[2], g_bytes_get_data (bytes, NULL), (gssize) g_bytes_get_size (bytes), &error))
    {
      g_printerr ("%s: %s\n", argv[0], error->message);
      return 1;
    }

  g_print ("%s: %u occupations, %u skills, %u terms, %u titles, %" G_GSIZE_FORMAT " bytes\n",
           argv[2], n_occupations, skills->len, term_keys->len, titles->len, g_bytes_get_size (bytes));

  sb_stemmer_delete (stemmer_fr);
  sb_stemmer_delete (stemmer_en);

  return 0;
}
