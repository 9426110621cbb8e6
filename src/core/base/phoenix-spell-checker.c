/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-spell-checker"

#include "config.h"

#include <enchant.h>
#include <glib/gi18n.h>
#include <string.h>

#include "phoenix-spell-checker.h"

struct _PhoenixSpellChecker
{
  GObject        parent_instance;

  char          *language;
  char          *tag;
  EnchantBroker *broker;
  EnchantDict   *dict;
};

G_DEFINE_FINAL_TYPE (PhoenixSpellChecker, phoenix_spell_checker, G_TYPE_OBJECT)

G_DEFINE_QUARK (phoenix-spell-error-quark, phoenix_spell_error)

/* The dictionaries tried for each language, the usual first. */
static const char * const french_tags[] = { "fr_FR", "fr", "fr_BE", "fr_CA", "fr_CH", NULL };
static const char * const english_tags[] = { "en_US", "en_GB", "en", NULL };

static void
phoenix_spell_checker_finalize (GObject *object)
{
  PhoenixSpellChecker *self = PHOENIX_SPELL_CHECKER (object);

  if (self->dict != NULL)
    enchant_broker_free_dict (self->broker, self->dict);
  if (self->broker != NULL)
    enchant_broker_free (self->broker);
  g_free (self->language);
  g_free (self->tag);

  G_OBJECT_CLASS (phoenix_spell_checker_parent_class)->finalize (object);
}

static void
phoenix_spell_checker_class_init (PhoenixSpellCheckerClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = phoenix_spell_checker_finalize;
}

static void
phoenix_spell_checker_init (PhoenixSpellChecker *self)
{
}

PhoenixSpellChecker *
phoenix_spell_checker_new (const char  *language,
                           GError     **error)
{
  g_autoptr(PhoenixSpellChecker) self = g_object_new (PHOENIX_TYPE_SPELL_CHECKER, NULL);
  const char * const *tags;

  self->language = g_strdup (g_strcmp0 (language, "en") == 0 ? "en" : "fr");
  tags = g_str_equal (self->language, "en") ? english_tags : french_tags;
  self->broker = enchant_broker_init ();
  for (guint i = 0; self->broker != NULL && tags[i] != NULL && self->dict == NULL; i++)
    {
      if (!enchant_broker_dict_exists (self->broker, tags[i]))
        continue;
      self->dict = enchant_broker_request_dict (self->broker, tags[i]);
      if (self->dict != NULL)
        self->tag = g_strdup (tags[i]);
    }
  if (self->dict == NULL)
    {
      g_set_error (error, PHOENIX_SPELL_ERROR, PHOENIX_SPELL_ERROR_NO_DICTIONARY,
                   g_str_equal (self->language, "en")
                   ? _("No English dictionary is installed: install hunspell-en-us to check spelling.")
                   : _("No French dictionary is installed: install hunspell-fr to check spelling."));
      return NULL;
    }
  return g_steal_pointer (&self);
}

static void
new_thread (GTask        *task,
            gpointer      source_object,
            gpointer      task_data,
            GCancellable *cancellable)
{
  GError *error = NULL;
  PhoenixSpellChecker *checker = phoenix_spell_checker_new (task_data, &error);

  if (checker != NULL)
    g_task_return_pointer (task, checker, g_object_unref);
  else
    g_task_return_error (task, error);
}

void
phoenix_spell_checker_new_async (const char          *language,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);

  g_task_set_source_tag (task, phoenix_spell_checker_new_async);
  g_task_set_task_data (task, g_strdup (language), g_free);
  g_task_run_in_thread (task, new_thread);
}

PhoenixSpellChecker *
phoenix_spell_checker_new_finish (GAsyncResult  *result,
                                  GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

const char *
phoenix_spell_checker_get_language (PhoenixSpellChecker *self)
{
  g_return_val_if_fail (PHOENIX_IS_SPELL_CHECKER (self), NULL);
  return self->language;
}

const char *
phoenix_spell_checker_get_dictionary (PhoenixSpellChecker *self)
{
  g_return_val_if_fail (PHOENIX_IS_SPELL_CHECKER (self), NULL);
  return self->tag;
}

/* Straight apostrophes (dictionaries spell "aujourd'hui" so). */
static char *
normalise_word (const char *word)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (const char *p = word; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == 0x2019 || c == 0x02BC)
        g_string_append_c (out, '\'');
      else
        g_string_append_unichar (out, c);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* Accepts @word from now on, in this language's personal word list (Enchant's, beside the
 * user's other programs that use it), for every checker made afterwards too. */
void
phoenix_spell_checker_add_to_dictionary (PhoenixSpellChecker *self,
                                         const char          *word)
{
  g_autofree char *normal = NULL;

  g_return_if_fail (PHOENIX_IS_SPELL_CHECKER (self));
  g_return_if_fail (word != NULL);

  normal = normalise_word (word);
  enchant_dict_add (self->dict, normal, -1);
}

static gboolean
never_flagged (const char *word)
{
  guint capitals = 0;

  for (const char *p = word; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isdigit (c))
        return TRUE;
      capitals += g_unichar_isupper (c);
    }
  return capitals >= 2 && g_utf8_strlen (word, -1) > 1 && capitals * 2 >= (guint) g_utf8_strlen (word, -1);
}

gboolean
phoenix_spell_checker_check_word (PhoenixSpellChecker *self,
                                  const char          *word)
{
  g_autofree char *normal = NULL;

  g_return_val_if_fail (PHOENIX_IS_SPELL_CHECKER (self), TRUE);
  g_return_val_if_fail (word != NULL, TRUE);

  if (word[0] == '\0' || never_flagged (word))
    return TRUE;
  normal = normalise_word (word);
  return enchant_dict_check (self->dict, normal, -1) == 0;
}

GStrv
phoenix_spell_checker_suggest (PhoenixSpellChecker *self,
                               const char          *word,
                               guint                max)
{
  g_autofree char *normal = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  size_t n = 0;
  char **suggestions;

  g_return_val_if_fail (PHOENIX_IS_SPELL_CHECKER (self), NULL);
  g_return_val_if_fail (word != NULL, NULL);

  normal = normalise_word (word);
  suggestions = enchant_dict_suggest (self->dict, normal, -1, &n);
  for (size_t i = 0; suggestions != NULL && i < n && i < max; i++)
    g_strv_builder_add (builder, suggestions[i]);
  if (suggestions != NULL)
    enchant_dict_free_string_list (self->dict, suggestions);
  return g_strv_builder_end (builder);
}

void
phoenix_spell_checker_ignore (PhoenixSpellChecker *self,
                              const char          *word)
{
  g_autofree char *normal = NULL;

  g_return_if_fail (PHOENIX_IS_SPELL_CHECKER (self));
  g_return_if_fail (word != NULL);

  normal = normalise_word (word);
  enchant_dict_add_to_session (self->dict, normal, -1);
}

static gboolean
is_joiner (gunichar c)
{
  return c == '\'' || c == 0x2019 || c == '-';
}

/* « l’ », « d’ », « qu’ », « jusqu’ »…: a French elision before the word, checked without it. */
static gsize
elision_length (const char *word,
                gsize       len)
{
  static const char * const elisions[] = { "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu" };

  for (guint i = 0; i < G_N_ELEMENTS (elisions); i++)
    {
      gsize n = strlen (elisions[i]);

      if (len <= n || g_ascii_strncasecmp (word, elisions[i], n) != 0)
        continue;
      if (word[n] == '\'')
        return n + 1;
      if (len > n + 3 && (guchar) word[n] == 0xE2 && (guchar) word[n + 1] == 0x80 && (guchar) word[n + 2] == 0x99)
        return n + 3;
    }
  return 0;
}

GArray *
phoenix_spell_checker_check_text (PhoenixSpellChecker *self,
                                  const char          *text)
{
  GArray *ranges = g_array_new (FALSE, FALSE, sizeof (PhoenixSpellRange));
  const char *p = text;
  gboolean sentence_start = TRUE;

  g_return_val_if_fail (PHOENIX_IS_SPELL_CHECKER (self), ranges);
  g_return_val_if_fail (text != NULL, ranges);

  while (*p != '\0')
    {
      const char *start, *end, *token_end;
      g_autofree char *word = NULL;
      gboolean address = FALSE, name;
      gsize skip = 0;

      if (!g_unichar_isalnum (g_utf8_get_char (p)))
        {
          gunichar c = g_utf8_get_char (p);

          if (c == '.' || c == '!' || c == '?' || c == '\n' || c == ':' || c == 0x2026)
            sentence_start = TRUE;
          p = g_utf8_next_char (p);
          continue;
        }
      start = p;
      end = p;
      while (*end != '\0')
        {
          gunichar c = g_utf8_get_char (end);
          const char *next = g_utf8_next_char (end);

          if (g_unichar_isalnum (c) || g_unichar_ismark (c))
            end = next;
          else if (is_joiner (c) && g_unichar_isalnum (g_utf8_get_char (next)))
            end = next;
          else
            break;
        }
      /* Addresses: the whole run up to white space, when it holds "@", "://" or "www.". */
      token_end = end;
      while (*token_end != '\0' && !g_unichar_isspace (g_utf8_get_char (token_end)))
        token_end = g_utf8_next_char (token_end);
      {
        g_autofree char *token = g_strndup (start, token_end - start);

        address = strchr (token, '@') != NULL || strstr (token, "://") != NULL || g_str_has_prefix (token, "www.");
      }
      if (address)
        {
          p = token_end;
          continue;
        }
      if (g_str_equal (self->language, "fr"))
        skip = elision_length (start, end - start);
      word = g_strndup (start + skip, end - start - skip);
      /* A capital inside a sentence starts a name (a company, a town, a tool: "Excel", "Figma"):
       * dictionaries know few of them, so they are not flagged. */
      name = !sentence_start && g_unichar_isupper (g_utf8_get_char (word));
      sentence_start = FALSE;
      if (!name && !phoenix_spell_checker_check_word (self, word))
        {
          PhoenixSpellRange range = { start + skip - text, end - text };

          g_array_append_val (ranges, range);
        }
      p = end;
    }
  return ranges;
}
