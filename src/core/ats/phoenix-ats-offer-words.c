/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-ats"

#include "config.h"

#include <string.h>

#include "phoenix-ats-offer-words.h"
#include "phoenix-ats-resume.h"
#include "phoenix-text-tokens.h"

/* Verbs that carry no skill of their own in an offer's phrase ("use the tachograph", « assurer
 * la cuisson »): left out of the words the CV must say (folded). */
static const char * const light_words[] = {
  "use", "using", "perform", "carry", "out", "ensure", "make", "do", "take", "work", "working", "knowledge",
  "experience", "ability", "able", "skills", "good", "strong", "utiliser", "realiser", "effectuer", "assurer",
  "faire", "savoir", "connaissance", "connaissances", "maitrise", "maitriser", "bonne", "bonnes", "capacite",
  "experience", "sens",
};

typedef struct
{
  guint field;
  guint start;
  guint end;
} WordPlace;

/* One entry of the CV: its stems, each with its first place. */
typedef struct
{
  GHashTable *stems;  /* stem (owned) → WordPlace (owned) */
} Scope;

struct _PhoenixAtsCvWords
{
  struct sb_stemmer *stemmer;
  GArray            *fields;  /* PhoenixAtsField, borrowed */
  GArray            *scopes;  /* of Scope */
};

/* Two stems for one word when equal, or when one starts the other and five letters at least are
 * shared ("deliv" / "deliveri"; Snowball leaves some forms apart). */
static gboolean
same_stem (const char *a,
           const char *b)
{
  gsize la = strlen (a), lb = strlen (b);

  if (strcmp (a, b) == 0)
    return TRUE;
  if (MIN (la, lb) < 5)
    return FALSE;

  return la < lb ? strncmp (a, b, la) == 0 : strncmp (a, b, lb) == 0;
}

static void
clear_scope (gpointer data)
{
  Scope *scope = data;

  g_clear_pointer (&scope->stems, g_hash_table_unref);
}

PhoenixAtsCvWords *
_phoenix_ats_cv_words_new (GArray            *fields,
                           struct sb_stemmer *stemmer)
{
  PhoenixAtsCvWords *self = g_new0 (PhoenixAtsCvWords, 1);
  const char *section = NULL;
  int entry = -2;

  self->stemmer = stemmer;
  self->fields = fields;
  self->scopes = g_array_new (FALSE, TRUE, sizeof (Scope));
  g_array_set_clear_func (self->scopes, clear_scope);
  for (guint f = 0; f < fields->len; f++)
    {
      PhoenixAtsField *field = &g_array_index (fields, PhoenixAtsField, f);
      g_autoptr(GArray) tokens = _phoenix_text_tokenize (field->text, stemmer, TRUE);
      Scope *scope;

      /* The fields of one entry follow each other in CV order. */
      if (section == NULL || strcmp (section, field->section) != 0 || entry != field->entry)
        {
          Scope fresh = { g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free) };

          g_array_append_val (self->scopes, fresh);
          section = field->section;
          entry = field->entry;
        }
      scope = &g_array_index (self->scopes, Scope, self->scopes->len - 1);
      for (guint t = 0; t < tokens->len; t++)
        {
          PhoenixTextToken *token = &g_array_index (tokens, PhoenixTextToken, t);
          WordPlace *place;

          if (strlen (token->stem) < 2 || g_hash_table_contains (scope->stems, token->stem))
            continue;
          place = g_new (WordPlace, 1);
          place->field = f;
          place->start = (guint) token->start;
          place->end = (guint) token->end;
          g_hash_table_insert (scope->stems, g_strdup (token->stem), place);
        }
    }

  return self;
}

void
_phoenix_ats_cv_words_free (PhoenixAtsCvWords *self)
{
  if (self == NULL)
    return;
  g_array_unref (self->scopes);
  g_free (self);
}

static WordPlace *
find_stem (Scope      *scope,
           const char *stem)
{
  WordPlace *place = g_hash_table_lookup (scope->stems, stem);
  GHashTableIter iter;
  gpointer key, value;

  if (place != NULL || strlen (stem) < 5)
    return place;
  g_hash_table_iter_init (&iter, scope->stems);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      if (same_stem (key, stem))
        return value;
    }

  return NULL;
}

static gboolean
find_phrase (PhoenixAtsCvWords *self,
             const char        *phrase,
             gboolean           curated,
             guint             *field,
             guint             *start,
             guint             *end)
{
  g_autoptr(GArray) tokens = _phoenix_text_tokenize (phrase, self->stemmer, TRUE);
  g_autoptr(GPtrArray) stems = g_ptr_array_new ();
  guint needed;

  for (guint t = 0; t < tokens->len; t++)
    {
      const char *stem = g_array_index (tokens, PhoenixTextToken, t).stem;
      gboolean seen = g_strv_contains (light_words, g_array_index (tokens, PhoenixTextToken, t).folded);

      for (guint s = 0; s < stems->len && !seen; s++)
        seen = strcmp (g_ptr_array_index (stems, s), stem) == 0;
      if (!seen && strlen (stem) >= 2)
        g_ptr_array_add (stems, (gpointer) stem);
    }
  /* One word alone only when it is a long one ("tachograph", « viennoiserie »): a short one says
   * too little of the skill — unless a table of trade knowledge names it (« EHPAD »). */
  if (stems->len == 0 || (stems->len == 1 && !curated && g_utf8_strlen (g_ptr_array_index (stems, 0), -1) < 7))
    return FALSE;
  needed = stems->len <= 3 ? stems->len : stems->len - 1;

  for (guint c = 0; c < self->scopes->len; c++)
    {
      Scope *scope = &g_array_index (self->scopes, Scope, c);
      WordPlace *first = NULL;
      guint found = 0;

      for (guint s = 0; s < stems->len && found + (stems->len - s) >= needed; s++)
        {
          WordPlace *place = find_stem (scope, g_ptr_array_index (stems, s));

          if (place == NULL)
            continue;
          found++;
          if (first == NULL)
            first = place;
        }
      if (found >= needed && first != NULL)
        {
          *field = first->field;
          *start = first->start;
          *end = first->end;
          return TRUE;
        }
    }

  return FALSE;
}

static PhoenixAtsMatch *
match_phrase (PhoenixAtsCvWords  *self,
              const char         *phrase,
              gboolean            curated,
              guint               skill,
              gboolean            required)
{
  PhoenixAtsMatch *match;
  PhoenixAtsField *field;
  guint at, start, end;

  if (!find_phrase (self, phrase, curated, &at, &start, &end))
    return NULL;
  field = &g_array_index (self->fields, PhoenixAtsField, at);
  match = g_new0 (PhoenixAtsMatch, 1);
  match->skill = skill;
  match->required = required;
  match->section = g_strdup (field->section);
  match->entry = field->entry;
  match->field = g_strdup (field->field);
  match->start = start;
  match->end = end;
  match->how = PHOENIX_ATS_MATCH_OFFER_WORDS;
  match->via = skill;

  return match;
}

PhoenixAtsMatch *
_phoenix_ats_cv_words_match (PhoenixAtsCvWords *self,
                             const char        *phrase,
                             guint              skill,
                             gboolean           required)
{
  return match_phrase (self, phrase, FALSE, skill, required);
}

PhoenixAtsMatch *
_phoenix_ats_cv_words_match_evidence (PhoenixAtsCvWords  *self,
                                      const char * const *phrases,
                                      guint               skill,
                                      gboolean            required)
{
  for (guint p = 0; phrases != NULL && phrases[p] != NULL; p++)
    {
      PhoenixAtsMatch *match = match_phrase (self, phrases[p], TRUE, skill, required);

      if (match != NULL)
        {
          match->how = PHOENIX_ATS_MATCH_EVIDENCE;
          match->evidence = g_strdup (phrases[p]);
          return match;
        }
    }

  return NULL;
}
