/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-letter-engine"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n.h>

#include "phoenix-letter-engine.h"
#include "phoenix-letter-markup.h"

#define TEMPLATE_RESOURCE RESOURCE_BASE_PATH "/letters"

/* The templates, compiled in (data/letters/letters.gresource.xml); looked up in this resource
 * directly, as a static library's constructor may never run. */
GResource *_phoenix_letters_get_resource (void);

struct _PhoenixLetterEngine
{
  GObject     parent_instance;

  GHashTable *templates;  /* "fr/story" → PhoenixLetterTemplate */
};

G_DEFINE_FINAL_TYPE (PhoenixLetterEngine, phoenix_letter_engine, G_TYPE_OBJECT)

static const PhoenixLetterDraftInfo drafts[] = {
  { "story", N_("Career-change story"), N_("Where you come from, why this job, what you bring") },
  { "skills", N_("Skills first"), N_("The skills the offer asks for that your CV proves") },
  { "company", N_("The company first"), N_("Why this company and this role, then your path") },
};

const char * const phoenix_letter_tones[] = { "formal", "warm", "concise", NULL };
const char * const phoenix_letter_lengths[] = { "short", "standard", "long", NULL };
const char * const phoenix_letter_languages[] = { "fr", "en", NULL };

/* The parts of a letter, in order, and the section that fills each. */
static const struct { PhoenixLetterField field; const char *section; } parts[] = {
  { PHOENIX_LETTER_FIELD_SENDER, "sender" },
  { PHOENIX_LETTER_FIELD_RECIPIENT, "recipient" },
  { PHOENIX_LETTER_FIELD_PLACE_DATE, "place_date" },
  { PHOENIX_LETTER_FIELD_SUBJECT, "subject" },
  { PHOENIX_LETTER_FIELD_SALUTATION, "salutation" },
  { PHOENIX_LETTER_FIELD_BODY, "body" },
  { PHOENIX_LETTER_FIELD_CLOSING, "closing" },
  { PHOENIX_LETTER_FIELD_SIGNATURE, "signature" },
};

static void
phoenix_letter_engine_finalize (GObject *object)
{
  PhoenixLetterEngine *self = PHOENIX_LETTER_ENGINE (object);

  g_clear_pointer (&self->templates, g_hash_table_unref);

  G_OBJECT_CLASS (phoenix_letter_engine_parent_class)->finalize (object);
}

static void
phoenix_letter_engine_class_init (PhoenixLetterEngineClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = phoenix_letter_engine_finalize;
}

static void
phoenix_letter_engine_init (PhoenixLetterEngine *self)
{
  self->templates = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
}

static gboolean
load_template (PhoenixLetterEngine  *self,
               const char           *language,
               const char           *draft,
               GError              **error)
{
  g_autofree char *path = g_strdup_printf ("%s/%s/%s.tmpl", TEMPLATE_RESOURCE, language, draft);
  g_autofree char *name = g_strdup_printf ("%s/%s.tmpl", language, draft);
  g_autoptr(GBytes) bytes = g_resource_lookup_data (_phoenix_letters_get_resource (), path,
                                                   G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  g_autofree char *text = NULL;
  PhoenixLetterTemplate *template;

  if (bytes == NULL)
    return FALSE;
  text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  template = phoenix_letter_template_new_from_data (name, text, error);
  if (template == NULL)
    return FALSE;
  g_hash_table_insert (self->templates, g_strdup_printf ("%s/%s", language, draft), template);

  return TRUE;
}

PhoenixLetterEngine *
phoenix_letter_engine_new (GError **error)
{
  g_autoptr(PhoenixLetterEngine) self = g_object_new (PHOENIX_TYPE_LETTER_ENGINE, NULL);

  for (guint l = 0; phoenix_letter_languages[l] != NULL; l++)
    {
      const char *language = phoenix_letter_languages[l];
      PhoenixLetterTemplate *common;

      if (!load_template (self, language, "common", error))
        return NULL;
      for (guint d = 0; d < G_N_ELEMENTS (drafts); d++)
        {
          if (!load_template (self, language, drafts[d].id, error))
            return NULL;
        }
      common = phoenix_letter_engine_get_template (self, language, "common");
      for (guint d = 0; d < G_N_ELEMENTS (drafts); d++)
        {
          PhoenixLetterTemplate *template = phoenix_letter_engine_get_template (self, language, drafts[d].id);

          if (!phoenix_letter_template_check (template, common, phoenix_letter_always_slots, error))
            return NULL;
        }
      if (!phoenix_letter_template_check (common, NULL, phoenix_letter_always_slots, error))
        return NULL;
    }

  return g_steal_pointer (&self);
}

const PhoenixLetterDraftInfo *
phoenix_letter_engine_get_drafts (guint *n_drafts)
{
  if (n_drafts != NULL)
    *n_drafts = G_N_ELEMENTS (drafts);
  return drafts;
}

PhoenixLetterTemplate *
phoenix_letter_engine_get_template (PhoenixLetterEngine *self,
                                    const char          *language,
                                    const char          *draft)
{
  g_autofree char *key = NULL;

  g_return_val_if_fail (PHOENIX_IS_LETTER_ENGINE (self), NULL);

  key = g_strdup_printf ("%s/%s", language, draft);
  return g_hash_table_lookup (self->templates, key);
}

static gboolean
unknown (GError    **error,
         const char *what)
{
  g_set_error (error, PHOENIX_LETTER_ERROR, PHOENIX_LETTER_ERROR_UNKNOWN_TEMPLATE,
               _("There is no letter template “%s”."), what);
  return FALSE;
}

PhoenixLetter *
phoenix_letter_engine_draft (PhoenixLetterEngine  *self,
                             PhoenixLetterFacts   *facts,
                             const char           *draft,
                             const char           *tone,
                             const char           *length,
                             GError              **error)
{
  const char *language;
  PhoenixLetterTemplate *template, *common;
  g_autoptr(GHashTable) slots = NULL;
  g_autoptr(PhoenixLetter) letter = NULL;
  GHashTableIter iter;
  gpointer key, value;

  g_return_val_if_fail (PHOENIX_IS_LETTER_ENGINE (self), NULL);
  g_return_val_if_fail (PHOENIX_IS_LETTER_FACTS (facts), NULL);
  g_return_val_if_fail (draft != NULL && tone != NULL && length != NULL, NULL);

  language = phoenix_letter_facts_get_language (facts);
  template = phoenix_letter_engine_get_template (self, language, draft);
  common = phoenix_letter_engine_get_template (self, language, "common");
  if (template == NULL || g_strcmp0 (draft, "common") == 0)
    return (unknown (error, draft), NULL);
  if (!g_strv_contains (phoenix_letter_tones, tone))
    return (unknown (error, tone), NULL);
  if (!g_strv_contains (phoenix_letter_lengths, length))
    return (unknown (error, length), NULL);

  if (phoenix_letter_facts_get (facts, "name")[0] == '\0')
    {
      g_set_error_literal (error, PHOENIX_LETTER_ERROR, PHOENIX_LETTER_ERROR_NO_NAME,
                           _("Your profile has no name yet: add it on the CV page, then draft the letter."));
      return NULL;
    }
  if (phoenix_letter_facts_get (facts, "target")[0] == '\0')
    {
      g_set_error_literal (error, PHOENIX_LETTER_ERROR, PHOENIX_LETTER_ERROR_NO_TARGET,
                           _("The job offer has no job title: correct it in the offer, then draft the letter."));
      return NULL;
    }

  slots = g_hash_table_new (g_str_hash, g_str_equal);
  g_hash_table_iter_init (&iter, phoenix_letter_facts_get_slots (facts));
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_hash_table_insert (slots, key, value);
  g_hash_table_insert (slots, "tone", (gpointer) tone);
  g_hash_table_insert (slots, "length", (gpointer) length);
  g_hash_table_insert (slots, "template", (gpointer) draft);

  letter = phoenix_letter_new ();
  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      g_autofree char *text = phoenix_letter_template_render (template, common, parts[i].section, slots, error);

      if (text == NULL)
        return NULL;
      if (parts[i].field == PHOENIX_LETTER_FIELD_BODY)
        {
          g_autofree char *markup = phoenix_letter_markup_from_text (text);

          phoenix_letter_set (letter, parts[i].field, markup);
        }
      else
        {
          phoenix_letter_set (letter, parts[i].field, text);
        }
    }
  phoenix_letter_set (letter, PHOENIX_LETTER_FIELD_LANGUAGE, language);
  phoenix_letter_set (letter, PHOENIX_LETTER_FIELD_TONE, tone);
  phoenix_letter_set (letter, PHOENIX_LETTER_FIELD_LENGTH, length);
  phoenix_letter_set (letter, PHOENIX_LETTER_FIELD_TEMPLATE, draft);
  if (phoenix_letter_facts_get (facts, "company")[0] != '\0')
    {
      g_autofree char *title = g_strdup_printf ("%s — %s", phoenix_letter_facts_get (facts, "target"),
                                                phoenix_letter_facts_get (facts, "company"));

      phoenix_letter_set (letter, PHOENIX_LETTER_FIELD_TITLE, title);
    }
  else
    {
      phoenix_letter_set (letter, PHOENIX_LETTER_FIELD_TITLE, phoenix_letter_facts_get (facts, "target"));
    }

  return g_steal_pointer (&letter);
}

GPtrArray *
phoenix_letter_engine_draft_all (PhoenixLetterEngine  *self,
                                 PhoenixLetterFacts   *facts,
                                 const char           *tone,
                                 const char           *length,
                                 GError              **error)
{
  g_autoptr(GPtrArray) letters = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint d = 0; d < G_N_ELEMENTS (drafts); d++)
    {
      PhoenixLetter *letter = phoenix_letter_engine_draft (self, facts, drafts[d].id, tone, length, error);

      if (letter == NULL)
        return NULL;
      g_ptr_array_add (letters, letter);
    }

  return g_steal_pointer (&letters);
}
