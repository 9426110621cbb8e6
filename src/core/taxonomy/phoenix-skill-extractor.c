/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-skill-extractor"

#include "config.h"

#include <libstemmer.h>
#include <string.h>

#include "phoenix-skill-extractor.h"
#include "phoenix-text-tokens.h"

struct _PhoenixSkillExtractor
{
  GObject            parent_instance;

  PhoenixTaxonomy   *taxonomy;
  struct sb_stemmer *stemmer_fr;
  struct sb_stemmer *stemmer_en;
};

enum
{
  PROP_0,
  PROP_TAXONOMY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (PhoenixSkillExtractor, phoenix_skill_extractor, G_TYPE_OBJECT)

/* Prepositions after which a tool name that is also a verb is the verb. */
static const char * const verb_followers[] = { "at", "in", "as", "on", "with", "to", "from", NULL };

/* A one-letter name (R, C) must stand alone: not R&D, C'est, A-level, R.H. */
static gboolean
stands_alone (const char *text,
              gsize       start,
              gsize       end)
{
  char before = start > 0 ? text[start - 1] : ' ';
  char after = text[end];

  if (strchr (" \t\n,(/;:", before) == NULL)
    return FALSE;
  if (after == '.')
    return text[end + 1] == '\0' || text[end + 1] == ' ' || text[end + 1] == '\n';

  return strchr (" \t\n,)/;:", after) != NULL;
}

/* Nothing but spaces, bullets or opening punctuation since the start, a line or a sentence. */
static gboolean
starts_sentence (const char *text,
                 gsize       start)
{
  while (start > 0)
    {
      char c = text[start - 1];

      if (c == '\n' || c == '.' || c == '!' || c == '?' || c == ':')
        return TRUE;
      if (c != ' ' && c != '\t' && c != '-' && c != '*' && c != '(' && c != '"' && (guchar) c < 0x80)
        return FALSE;
      start--;
    }

  return TRUE;
}

static gboolean
followed_by_preposition (GArray *all_tokens,
                         gsize   end)
{
  for (guint i = 0; i < all_tokens->len; i++)
    {
      PhoenixTextToken *token = &g_array_index (all_tokens, PhoenixTextToken, i);

      if (token->start >= end)
        return !token->break_before &&
               g_strv_contains (verb_followers, token->folded);
    }

  return FALSE;
}

/* "projets" → "projet", "teams" → "team"; "process", "bus" kept. */
static char *
singular (const char *folded)
{
  gsize len = strlen (folded);

  if (len > 3 && (folded[len - 1] == 's' || folded[len - 1] == 'x') && folded[len - 2] != 's')
    return g_strndup (folded, len - 1);

  return g_strdup (folded);
}

/*
 * Stems decide the words before the last; the last word, the head of most
 * English and many French terms, must be the same word up to a plural:
 * “manager” is not “management”, “excellent” not “Excel”, “assurer” not
 * “assurances”.
 */
static gboolean
same_last_word_as (struct sb_stemmer *stemmer,
                   PhoenixTextToken  *tail,
                   const char        *surface)
{
  g_autoptr(GArray) words = _phoenix_text_tokenize (surface, NULL, TRUE);
  g_autofree char *text_word = NULL;
  g_autofree char *term_word = NULL;

  if (words->len == 0)
    return FALSE;
  text_word = singular (tail->folded);
  term_word = singular (g_array_index (words, PhoenixTextToken, words->len - 1).folded);

  /* …or its noun or verb, or its other spelling, as the derivation table says (« pétrissage », « pétrir »). */
  return strcmp (text_word, term_word) == 0 ||
         _phoenix_text_same_derivation (stemmer, tail->folded,
                                        g_array_index (words, PhoenixTextToken, words->len - 1).folded);
}

/* @surfaces: the term's spellings, "|"-separated (one stem may be spelt "autonomie" and "autonome"). */
static gboolean
same_last_word (struct sb_stemmer *stemmer,
                PhoenixTextToken  *tail,
                const char        *surfaces)
{
  g_auto(GStrv) each = NULL;

  if (strchr (surfaces, '|') == NULL)
    return same_last_word_as (stemmer, tail, surfaces);
  each = g_strsplit (surfaces, "|", -1);
  for (guint i = 0; each[i] != NULL; i++)
    {
      if (same_last_word_as (stemmer, tail, each[i]))
        return TRUE;
    }

  return FALSE;
}

/* Whether the text at @start spells one of @surfaces exactly. */
static gboolean
spelt_as (const char *text,
          gsize       start,
          gsize       len,
          const char *surfaces)
{
  g_auto(GStrv) each = NULL;

  if (strchr (surfaces, '|') == NULL)
    return strlen (surfaces) == len && strncmp (text + start, surfaces, len) == 0;
  each = g_strsplit (surfaces, "|", -1);
  for (guint i = 0; each[i] != NULL; i++)
    {
      if (strlen (each[i]) == len && strncmp (text + start, each[i], len) == 0)
        return TRUE;
    }

  return FALSE;
}

/* The word right after @end, when nothing but spaces comes between (NULL otherwise). */
static const char *
next_word (GArray *all_tokens,
           gsize   end)
{
  for (guint i = 0; i < all_tokens->len; i++)
    {
      PhoenixTextToken *token = &g_array_index (all_tokens, PhoenixTextToken, i);

      if (token->start >= end)
        return token->break_before ? NULL : token->folded;
    }

  return NULL;
}

/* "de", "des", "du", "d'", "of": a noun that takes a complement names something of that complement. */
static const char * const complement_words[] = { "de", "des", "du", "d", "of", NULL };

static gboolean
accept_match (PhoenixTaxonomy   *taxonomy,
              guint              skill,
              struct sb_stemmer *stemmer,
              const char       *text,
              GArray           *tokens,
              GArray           *all_tokens,
              guint             first,
              guint             n,
              PhoenixTermFlags  flags,
              const char       *surface,
              gboolean          cased)
{
  PhoenixTextToken *head = &g_array_index (tokens, PhoenixTextToken, first);
  PhoenixTextToken *tail = &g_array_index (tokens, PhoenixTextToken, first + n - 1);

  for (guint i = first + 1; i < first + n; i++)
    {
      if (g_array_index (tokens, PhoenixTextToken, i).break_before)
        return FALSE;
    }

  if (!same_last_word (stemmer, tail, surface))
    return FALSE;

  if (n == 1 && (flags & PHOENIX_TERM_CASE_SENSITIVE) != 0 && cased)
    {
      if (!spelt_as (text, head->start, head->end - head->start, surface))
        return FALSE;
    }

  /* A name that is also an English word is the word before "of": "Word of mouth" (issue #16). */
  if (n == 1 && (flags & PHOENIX_TERM_CASE_SENSITIVE) != 0 && g_strcmp0 (next_word (all_tokens, tail->end), "of") == 0)
    return FALSE;

  if (n == 1 && (flags & PHOENIX_TERM_PROPER_NAME) != 0 && (!cased || starts_sentence (text, head->start)))
    return FALSE;

  if (n == 1 && g_utf8_strlen (head->folded, -1) == 1 && !stands_alone (text, head->start, head->end))
    return FALSE;

  if ((flags & PHOENIX_TERM_VERB) != 0 && followed_by_preposition (all_tokens, tail->end))
    return FALSE;

  /* A one-word quality with a complement is a property of that complement, not the person's:
   * « fiabilité des stocks », "reliability of the data", « autonomie des patients ». A quality is a soft
   * skill, or a noun of quality (« -ité », "-ity", "-ness") whatever the skill's kind. */
  if (n == 1 && (phoenix_taxonomy_get_skill_kind (taxonomy, skill) == PHOENIX_SKILL_KIND_SOFT ||
                 g_str_has_suffix (tail->folded, "ite") || g_str_has_suffix (tail->folded, "ity") ||
                 g_str_has_suffix (tail->folded, "ness")))
    {
      const char *next = next_word (all_tokens, tail->end);

      if (next != NULL && g_strv_contains (complement_words, next))
        return FALSE;
    }

  return TRUE;
}

/*
 * Whether the text between two words only coordinates them: a comma, a slash, « et », « ou »,
 * "and", "or", "&", with articles (« et des », « ou de »), and one of those at least.
 */
static gboolean
coordinates (const char *text,
             gsize       from,
             gsize       to)
{
  static const char * const coordinators[] = { ",", "/", "&", "et", "ou", "and", "or", NULL };
  static const char * const articles[] = { "de", "des", "du", "d'", "la", "le", "les", "l'", "the", "a", "an", NULL };
  g_autofree char *gap = g_ascii_strdown (text + from, (gssize) (to - from));
  g_autoptr(GString) spaced = g_string_new (NULL);
  g_auto(GStrv) words = NULL;
  gboolean coordinated = FALSE;

  if (to <= from || to - from > 12)
    return FALSE;
  /* The punctuation as words of its own: "C, CE" and "C/CE" as "C ou CE". */
  for (const char *p = gap; *p != '\0'; p++)
    {
      if (*p == ',' || *p == '/' || *p == '&')
        g_string_append_printf (spaced, " %c ", *p);
      else
        g_string_append_c (spaced, *p);
    }
  words = g_strsplit_set (spaced->str, " ", -1);
  for (guint i = 0; words[i] != NULL; i++)
    {
      if (words[i][0] == '\0')
        continue;
      if (g_strv_contains (coordinators, words[i]))
        coordinated = TRUE;
      else if (!g_strv_contains (articles, words[i]))
        return FALSE;
    }

  return coordinated;
}

static gboolean
is_or (PhoenixTextToken *token)
{
  return g_str_equal (token->folded, "ou") || g_str_equal (token->folded, "or");
}

/*
 * The skill of the term that the matched term of tokens @i to @i + @n - 1 makes when @word takes the
 * place of its first word (@first) or its last, if it is another term than @skill; G_MAXUINT if not.
 */
static guint
shared_term (PhoenixSkillExtractor  *self,
             const char             *language,
             struct sb_stemmer      *stemmer,
             GArray                 *tokens,
             guint                   i,
             guint                   n,
             PhoenixTextToken       *word,
             gboolean                first,
             guint                   skill,
             GString                *key)
{
  PhoenixTextToken *tail = first ? &g_array_index (tokens, PhoenixTextToken, i + n - 1) : word;
  PhoenixTermFlags flags;
  const char *surface;
  guint other;

  g_string_truncate (key, 0);
  for (guint j = i; j < i + n; j++)
    {
      gboolean replaced = first ? j == i : j == i + n - 1;

      if (j > i)
        g_string_append_c (key, ' ');
      g_string_append (key, replaced ? word->stem : g_array_index (tokens, PhoenixTextToken, j).stem);
    }
  if (!phoenix_taxonomy_lookup_term (self->taxonomy, language, key->str, &other, &flags, &surface) ||
      other == skill || !same_last_word (stemmer, tail, surface))
    return G_MAXUINT;

  return other;
}

/*
 * A term's last word shared out: « Permis C ou CE » names the licences C and CE, « gestion des stocks
 * et des commandes » two skills. After a term of two words or more, each next word joined to it by
 * « et », « ou », a comma… takes its last word's place, when the words so made are a term too.
 * Returns how many tokens after the term were read so.
 */
static guint
add_shared_terms (PhoenixSkillExtractor *self,
                  const char            *language,
                  struct sb_stemmer     *stemmer,
                  const char            *text,
                  GArray                *tokens,
                  guint                  i,
                  guint                  n,
                  guint                  skill,
                  GString               *key,
                  GArray                *matches)
{
  guint next = i + n;

  while (next < tokens->len)
    {
      guint k = next + (is_or (&g_array_index (tokens, PhoenixTextToken, next)) && next + 1 < tokens->len);
      PhoenixTextToken *word = &g_array_index (tokens, PhoenixTextToken, k);
      PhoenixSkillMatch match = { 0, (guint) word->start, (guint) word->end };

      if (!coordinates (text, g_array_index (tokens, PhoenixTextToken, next - 1).end, word->start))
        break;
      match.skill = shared_term (self, language, stemmer, tokens, i, n, word, FALSE, skill, key);
      if (match.skill == G_MAXUINT)
        break;
      g_array_append_val (matches, match);
      next = k + 1;
    }

  return next - (i + n);
}

/*
 * A term's first word shared out, the other way: « réception et stockage des marchandises » names
 * the receiving of goods too, "MIG and TIG welding" MIG welding. Before a term of two words or more,
 * each word joined to it by « et », « ou », a comma… and read by no term yet (from @free on) takes its
 * first word's place, when the words so made are a term too. Added before the term's own match, in
 * the text's order.
 */
static void
add_shared_heads (PhoenixSkillExtractor *self,
                  const char            *language,
                  struct sb_stemmer     *stemmer,
                  const char            *text,
                  GArray                *tokens,
                  guint                  i,
                  guint                  n,
                  guint                  free,
                  guint                  skill,
                  GString               *key,
                  GArray                *matches)
{
  guint next = i, at = matches->len;

  while (next > free)
    {
      guint k = next - 1 - (is_or (&g_array_index (tokens, PhoenixTextToken, next - 1)) && next - 1 > free);
      PhoenixTextToken *word = &g_array_index (tokens, PhoenixTextToken, k);
      PhoenixSkillMatch match = { 0, (guint) word->start, (guint) word->end };

      if (!coordinates (text, word->end, g_array_index (tokens, PhoenixTextToken, next).start))
        break;
      match.skill = shared_term (self, language, stemmer, tokens, i, n, word, TRUE, skill, key);
      if (match.skill == G_MAXUINT)
        break;
      g_array_insert_val (matches, at, match);
      next = k;
    }
}

/* The longest term of the taxonomy that the tokens from @i spell and the rules accept. */
static gboolean
longest_term_at (PhoenixSkillExtractor *self,
                 const char            *language,
                 struct sb_stemmer     *stemmer,
                 const char            *text,
                 GArray                *tokens,
                 GArray                *all_tokens,
                 guint                  i,
                 gboolean               cased,
                 GString               *key,
                 guint                 *skill,
                 guint                 *length)
{
  PhoenixTextToken *head = &g_array_index (tokens, PhoenixTextToken, i);
  guint longest = MIN (PHOENIX_TAXONOMY_MAX_TERM_TOKENS, tokens->len - i);

  if (longest > 1 && !phoenix_taxonomy_has_term_prefix (self->taxonomy, language, head->stem))
    longest = 1;

  for (guint n = longest; n >= 1; n--)
    {
      PhoenixTermFlags flags;
      const char *surface;

      g_string_truncate (key, 0);
      for (guint j = i; j < i + n; j++)
        {
          if (j > i)
            g_string_append_c (key, ' ');
          g_string_append (key, g_array_index (tokens, PhoenixTextToken, j).stem);
        }

      if (phoenix_taxonomy_lookup_term (self->taxonomy, language, key->str, skill, &flags, &surface) &&
          accept_match (self->taxonomy, *skill, stemmer, text, tokens, all_tokens, i, n, flags, surface, cased))
        {
          *length = n;
          return TRUE;
        }
    }

  return FALSE;
}

static void
phoenix_skill_extractor_finalize (GObject *object)
{
  PhoenixSkillExtractor *self = PHOENIX_SKILL_EXTRACTOR (object);

  g_clear_object (&self->taxonomy);
  g_clear_pointer (&self->stemmer_fr, sb_stemmer_delete);
  g_clear_pointer (&self->stemmer_en, sb_stemmer_delete);

  G_OBJECT_CLASS (phoenix_skill_extractor_parent_class)->finalize (object);
}

static void
phoenix_skill_extractor_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  PhoenixSkillExtractor *self = PHOENIX_SKILL_EXTRACTOR (object);

  switch (prop_id)
    {
    case PROP_TAXONOMY:
      g_value_set_object (value, self->taxonomy);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
phoenix_skill_extractor_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  PhoenixSkillExtractor *self = PHOENIX_SKILL_EXTRACTOR (object);

  switch (prop_id)
    {
    case PROP_TAXONOMY:
      self->taxonomy = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
phoenix_skill_extractor_class_init (PhoenixSkillExtractorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = phoenix_skill_extractor_finalize;
  object_class->get_property = phoenix_skill_extractor_get_property;
  object_class->set_property = phoenix_skill_extractor_set_property;

  properties[PROP_TAXONOMY] =
    g_param_spec_object ("taxonomy", NULL, NULL,
                         PHOENIX_TYPE_TAXONOMY,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
phoenix_skill_extractor_init (PhoenixSkillExtractor *self)
{
  self->stemmer_fr = _phoenix_text_new_stemmer ("fr");
  self->stemmer_en = _phoenix_text_new_stemmer ("en");
}

PhoenixSkillExtractor *
phoenix_skill_extractor_new (PhoenixTaxonomy *taxonomy)
{
  g_return_val_if_fail (PHOENIX_IS_TAXONOMY (taxonomy), NULL);

  return g_object_new (PHOENIX_TYPE_SKILL_EXTRACTOR, "taxonomy", taxonomy, NULL);
}

PhoenixTaxonomy *
phoenix_skill_extractor_get_taxonomy (PhoenixSkillExtractor *self)
{
  g_return_val_if_fail (PHOENIX_IS_SKILL_EXTRACTOR (self), NULL);

  return self->taxonomy;
}

const char *
phoenix_skill_extractor_detect_language (const char *text)
{
  return _phoenix_text_detect_language (text);
}

GArray *
phoenix_skill_extractor_extract (PhoenixSkillExtractor *self,
                                 const char            *text,
                                 const char            *language)
{
  g_autoptr(GArray) tokens = NULL;
  g_autoptr(GArray) all_tokens = NULL;
  g_autoptr(GString) key = g_string_new (NULL);
  gboolean has_upper = FALSE, has_lower = FALSE, cased;
  struct sb_stemmer *stemmer;
  GArray *matches;

  g_return_val_if_fail (PHOENIX_IS_SKILL_EXTRACTOR (self), NULL);

  matches = g_array_new (FALSE, FALSE, sizeof (PhoenixSkillMatch));
  if (text == NULL || *text == '\0')
    return matches;

  if (language == NULL)
    language = _phoenix_text_detect_language (text);
  language = g_strcmp0 (language, "en") == 0 ? "en" : "fr";

  /* Case tells "Go" from "go" only in text that has both cases. */
  for (const char *p = text; *p != '\0' && !(has_upper && has_lower); p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      has_upper = has_upper || g_unichar_isupper (c);
      has_lower = has_lower || g_unichar_islower (c);
    }
  cased = has_upper && has_lower;

  stemmer = strcmp (language, "en") == 0 ? self->stemmer_en : self->stemmer_fr;
  tokens = _phoenix_text_tokenize (text, stemmer, TRUE);
  all_tokens = _phoenix_text_tokenize (text, NULL, FALSE);

  for (guint i = 0, free = 0; i < tokens->len;)
    {
      guint skill, n;

      if (!longest_term_at (self, language, stemmer, text, tokens, all_tokens, i, cased, key, &skill, &n))
        {
          i++;
          continue;
        }

      /*
       * English compounds end with their head: in "building machine learning models" the words
       * "building machine" are not "build machines", since "machine" starts "machine learning".
       * A term whose last word begins a longer term gives way to it.
       */
      if (n > 1 && strcmp (language, "en") == 0)
        {
          guint other, m;

          if (longest_term_at (self, language, stemmer, text, tokens, all_tokens, i + n - 1, cased, key, &other, &m) &&
              m > 1)
            {
              i++;
              continue;
            }
        }

      if (n > 1)
        add_shared_heads (self, language, stemmer, text, tokens, i, n, free, skill, key, matches);
      {
        PhoenixSkillMatch match = {
          skill,
          (guint) g_array_index (tokens, PhoenixTextToken, i).start,
          (guint) g_array_index (tokens, PhoenixTextToken, i + n - 1).end,
        };

        g_array_append_val (matches, match);
      }
      if (n > 1)
        i += add_shared_terms (self, language, stemmer, text, tokens, i, n, skill, key, matches);
      i += n;
      free = i;
    }

  return matches;
}

GArray *
phoenix_skill_extractor_extract_skills (PhoenixSkillExtractor *self,
                                        const char            *text,
                                        const char            *language)
{
  g_autoptr(GArray) matches = phoenix_skill_extractor_extract (self, text, language);
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  GArray *skills = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint i = 0; i < matches->len; i++)
    {
      guint skill = g_array_index (matches, PhoenixSkillMatch, i).skill;

      if (g_hash_table_add (seen, GUINT_TO_POINTER (skill + 1)))
        g_array_append_val (skills, skill);
    }

  return skills;
}
