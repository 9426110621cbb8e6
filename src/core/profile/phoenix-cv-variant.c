/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-cv-variant"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "phoenix-cv-variant.h"
#include "phoenix-profile-entries.h"
#include "phoenix-vault-private.h"

struct _PhoenixCvVariant
{
  GObject parent_instance;

  char       *strings[7];  /* indexed by PROP_UID … PROP_PAPER */
  GStrv       sections;
  GHashTable *selections;  /* section id → GStrv of entry uids */
  gboolean    show_photo;
  /* Its look (schema 9): "" for the template's own. */
  char       *accent;      /* "#rrggbb" or "" */
  char       *font;        /* a font id of the renderer, or "" */
  char       *spacing;     /* "compact", "normal" or "roomy" */
  gboolean    fit_one_page;
};

enum {
  PROP_0,
  PROP_UID,
  PROP_NAME,
  PROP_HEADLINE,
  PROP_SUMMARY,
  PROP_LANGUAGE,
  PROP_TEMPLATE,
  PROP_PAPER,
  PROP_SECTIONS,
  PROP_SHOW_PHOTO,
  PROP_ACCENT,
  PROP_FONT,
  PROP_SPACING,
  PROP_FIT_ONE_PAGE,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (PhoenixCvVariant, phoenix_cv_variant, G_TYPE_OBJECT)

typedef struct
{
  const char   *id;
  GListStore *(*get_store) (PhoenixProfile *profile);
} SectionStore;

static const SectionStore section_stores[] = {
  { "experience", phoenix_profile_get_experiences },
  { "education", phoenix_profile_get_education },
  { "projects", phoenix_profile_get_projects },
  { "volunteering", phoenix_profile_get_volunteering },
  { "certifications", phoenix_profile_get_certifications },
  { "awards", phoenix_profile_get_awards },
  { "publications", phoenix_profile_get_publications },
  { "skills", phoenix_profile_get_skills },
  { "languages", phoenix_profile_get_languages },
  { "interests", phoenix_profile_get_interests },
  { "references", phoenix_profile_get_references },
  { "links", phoenix_profile_get_links },
};

G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3_stmt, sqlite3_finalize)

static void
set_string (PhoenixCvVariant *self,
            guint             prop_id,
            const char       *value)
{
  if (value == NULL)
    value = "";
  if (g_strcmp0 (self->strings[prop_id - PROP_UID], value) == 0)
    return;

  g_free (self->strings[prop_id - PROP_UID]);
  self->strings[prop_id - PROP_UID] = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
phoenix_cv_variant_finalize (GObject *object)
{
  PhoenixCvVariant *self = PHOENIX_CV_VARIANT (object);

  for (guint i = 0; i < G_N_ELEMENTS (self->strings); i++)
    g_clear_pointer (&self->strings[i], g_free);
  g_clear_pointer (&self->sections, g_strfreev);
  g_clear_pointer (&self->selections, g_hash_table_unref);
  g_clear_pointer (&self->accent, g_free);
  g_clear_pointer (&self->font, g_free);
  g_clear_pointer (&self->spacing, g_free);

  G_OBJECT_CLASS (phoenix_cv_variant_parent_class)->finalize (object);
}

static void
phoenix_cv_variant_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  PhoenixCvVariant *self = PHOENIX_CV_VARIANT (object);

  if (prop_id >= PROP_UID && prop_id <= PROP_PAPER)
    g_value_set_string (value, self->strings[prop_id - PROP_UID]);
  else if (prop_id == PROP_SECTIONS)
    g_value_set_boxed (value, self->sections);
  else if (prop_id == PROP_SHOW_PHOTO)
    g_value_set_boolean (value, self->show_photo);
  else if (prop_id == PROP_ACCENT)
    g_value_set_string (value, self->accent);
  else if (prop_id == PROP_FONT)
    g_value_set_string (value, self->font);
  else if (prop_id == PROP_SPACING)
    g_value_set_string (value, self->spacing);
  else if (prop_id == PROP_FIT_ONE_PAGE)
    g_value_set_boolean (value, self->fit_one_page);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
phoenix_cv_variant_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  PhoenixCvVariant *self = PHOENIX_CV_VARIANT (object);

  if (prop_id >= PROP_UID && prop_id <= PROP_PAPER)
    set_string (self, prop_id, g_value_get_string (value));
  else if (prop_id == PROP_SECTIONS)
    phoenix_cv_variant_set_sections (self, g_value_get_boxed (value));
  else if (prop_id == PROP_SHOW_PHOTO)
    phoenix_cv_variant_set_show_photo (self, g_value_get_boolean (value));
  else if (prop_id == PROP_ACCENT)
    phoenix_cv_variant_set_accent (self, g_value_get_string (value));
  else if (prop_id == PROP_FONT)
    phoenix_cv_variant_set_font (self, g_value_get_string (value));
  else if (prop_id == PROP_SPACING)
    phoenix_cv_variant_set_spacing (self, g_value_get_string (value));
  else if (prop_id == PROP_FIT_ONE_PAGE)
    phoenix_cv_variant_set_fit_one_page (self, g_value_get_boolean (value));
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
phoenix_cv_variant_class_init (PhoenixCvVariantClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  static const char * const names[] = { "uid", "name", "headline", "summary", "language", "template", "paper" };
  static const char * const defaults[] = { "", "", "", "", "fr", "classic", "a4" };

  object_class->finalize = phoenix_cv_variant_finalize;
  object_class->get_property = phoenix_cv_variant_get_property;
  object_class->set_property = phoenix_cv_variant_set_property;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    properties[PROP_UID + i] =
      g_param_spec_string (names[i], NULL, NULL,
                           defaults[i],
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_SECTIONS] =
    g_param_spec_boxed ("sections", NULL, NULL,
                        G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_SHOW_PHOTO] =
    g_param_spec_boolean ("show-photo", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_ACCENT] =
    g_param_spec_string ("accent", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FONT] =
    g_param_spec_string ("font", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SPACING] =
    g_param_spec_string ("spacing", NULL, NULL, "normal",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FIT_ONE_PAGE] =
    g_param_spec_boolean ("fit-one-page", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * PhoenixCvVariant::changed:
   *
   * Emitted after any property or selection changed (autosave and preview listen).
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
phoenix_cv_variant_init (PhoenixCvVariant *self)
{
  static const char * const defaults[] = { "", "", "", "", "fr", "classic", "a4" };

  for (guint i = 0; i < G_N_ELEMENTS (self->strings); i++)
    self->strings[i] = g_strdup (defaults[i]);
  g_free (self->strings[0]);
  self->strings[0] = g_uuid_string_random ();
  self->sections = g_new0 (char *, 1);
  self->accent = g_strdup ("");
  self->font = g_strdup ("");
  self->spacing = g_strdup ("normal");
  self->selections = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_strfreev);
}

PhoenixCvVariant *
phoenix_cv_variant_new (const char *name)
{
  return g_object_new (PHOENIX_TYPE_CV_VARIANT, "name", name, NULL);
}

#define ACCESSORS(field, PROP) \
  const char * \
  phoenix_cv_variant_get_##field (PhoenixCvVariant *self) \
  { \
    g_return_val_if_fail (PHOENIX_IS_CV_VARIANT (self), NULL); \
    return self->strings[PROP - PROP_UID]; \
  }

ACCESSORS (uid, PROP_UID)
ACCESSORS (name, PROP_NAME)
ACCESSORS (headline, PROP_HEADLINE)
ACCESSORS (summary, PROP_SUMMARY)
ACCESSORS (language, PROP_LANGUAGE)
ACCESSORS (template, PROP_TEMPLATE)
ACCESSORS (paper, PROP_PAPER)

#undef ACCESSORS

void
phoenix_cv_variant_set_name (PhoenixCvVariant *self,
                             const char       *name)
{
  g_return_if_fail (PHOENIX_IS_CV_VARIANT (self));
  set_string (self, PROP_NAME, name);
}

const char *
phoenix_cv_variant_get_display_name (PhoenixCvVariant *self)
{
  /* The default name in every language a vault may have been created in (older vaults stored
   * the translation of the day). */
  static const char * const default_names[] = { PHOENIX_CV_VARIANT_DEFAULT_NAME, "Mon CV", "", NULL };
  const char *name;

  g_return_val_if_fail (PHOENIX_IS_CV_VARIANT (self), NULL);

  name = phoenix_cv_variant_get_name (self);
  if (name == NULL || g_strv_contains (default_names, name))
    return _("My CV");
  return name;
}

void
phoenix_cv_variant_set_headline (PhoenixCvVariant *self,
                                 const char       *headline)
{
  g_return_if_fail (PHOENIX_IS_CV_VARIANT (self));
  set_string (self, PROP_HEADLINE, headline);
}

void
phoenix_cv_variant_set_summary (PhoenixCvVariant *self,
                                const char       *summary)
{
  g_return_if_fail (PHOENIX_IS_CV_VARIANT (self));
  set_string (self, PROP_SUMMARY, summary);
}

/* "fr" or "en"; anything else is "fr". */
void
phoenix_cv_variant_set_language (PhoenixCvVariant *self,
                                 const char       *language)
{
  g_return_if_fail (PHOENIX_IS_CV_VARIANT (self));
  set_string (self, PROP_LANGUAGE, g_strcmp0 (language, "en") == 0 ? "en" : "fr");
}

void
phoenix_cv_variant_set_template (PhoenixCvVariant *self,
                                 const char       *template_id)
{
  g_return_if_fail (PHOENIX_IS_CV_VARIANT (self));
  set_string (self, PROP_TEMPLATE, template_id != NULL && template_id[0] ? template_id : "classic");
}

/* "a4" or "letter"; anything else is "a4". */
void
phoenix_cv_variant_set_paper (PhoenixCvVariant *self,
                              const char       *paper)
{
  g_return_if_fail (PHOENIX_IS_CV_VARIANT (self));
  set_string (self, PROP_PAPER, g_strcmp0 (paper, "letter") == 0 ? "letter" : "a4");
}

const char * const *
phoenix_cv_variant_get_sections (PhoenixCvVariant *self)
{
  g_return_val_if_fail (PHOENIX_IS_CV_VARIANT (self), NULL);

  return (const char * const *) self->sections;
}

void
phoenix_cv_variant_set_sections (PhoenixCvVariant   *self,
                                 const char * const *sections)
{
  static const char * const empty[] = { NULL };

  g_return_if_fail (PHOENIX_IS_CV_VARIANT (self));

  if (sections == NULL)
    sections = empty;
  if (g_strv_equal ((const char * const *) self->sections, sections))
    return;

  g_strfreev (self->sections);
  self->sections = g_strdupv ((char **) sections);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SECTIONS]);
  g_signal_emit (self, signals[CHANGED], 0);
}

gboolean
phoenix_cv_variant_get_show_photo (PhoenixCvVariant *self)
{
  g_return_val_if_fail (PHOENIX_IS_CV_VARIANT (self), FALSE);

  return self->show_photo;
}

void
phoenix_cv_variant_set_show_photo (PhoenixCvVariant *self,
                                   gboolean          show_photo)
{
  g_return_if_fail (PHOENIX_IS_CV_VARIANT (self));

  show_photo = !!show_photo;
  if (self->show_photo == show_photo)
    return;

  self->show_photo = show_photo;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_PHOTO]);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
set_look_string (PhoenixCvVariant *self,
                 char            **field,
                 guint             prop_id,
                 const char       *value)
{
  if (g_strcmp0 (*field, value) == 0)
    return;

  g_free (*field);
  *field = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
  g_signal_emit (self, signals[CHANGED], 0);
}

const char *
phoenix_cv_variant_get_accent (PhoenixCvVariant *self)
{
  g_return_val_if_fail (PHOENIX_IS_CV_VARIANT (self), NULL);

  return self->accent;
}

/* "#rrggbb"; anything else is "" (the template's colour). */
void
phoenix_cv_variant_set_accent (PhoenixCvVariant *self,
                               const char       *accent)
{
  g_autofree char *value = NULL;

  g_return_if_fail (PHOENIX_IS_CV_VARIANT (self));

  if (accent != NULL && strlen (accent) == 7 && accent[0] == '#')
    {
      value = g_ascii_strdown (accent, -1);
      for (guint i = 1; i < 7; i++)
        if (!g_ascii_isxdigit (value[i]))
          g_clear_pointer (&value, g_free);
    }
  set_look_string (self, &self->accent, PROP_ACCENT, value != NULL ? value : "");
}

const char *
phoenix_cv_variant_get_font (PhoenixCvVariant *self)
{
  g_return_val_if_fail (PHOENIX_IS_CV_VARIANT (self), NULL);

  return self->font;
}

void
phoenix_cv_variant_set_font (PhoenixCvVariant *self,
                             const char       *font)
{
  g_return_if_fail (PHOENIX_IS_CV_VARIANT (self));

  set_look_string (self, &self->font, PROP_FONT, font != NULL ? font : "");
}

const char *
phoenix_cv_variant_get_spacing (PhoenixCvVariant *self)
{
  g_return_val_if_fail (PHOENIX_IS_CV_VARIANT (self), NULL);

  return self->spacing;
}

/* "compact", "normal" or "roomy"; anything else is "normal". */
void
phoenix_cv_variant_set_spacing (PhoenixCvVariant *self,
                                const char       *spacing)
{
  g_return_if_fail (PHOENIX_IS_CV_VARIANT (self));

  if (g_strcmp0 (spacing, "compact") != 0 && g_strcmp0 (spacing, "roomy") != 0)
    spacing = "normal";
  set_look_string (self, &self->spacing, PROP_SPACING, spacing);
}

gboolean
phoenix_cv_variant_get_fit_one_page (PhoenixCvVariant *self)
{
  g_return_val_if_fail (PHOENIX_IS_CV_VARIANT (self), FALSE);

  return self->fit_one_page;
}

void
phoenix_cv_variant_set_fit_one_page (PhoenixCvVariant *self,
                                     gboolean          fit_one_page)
{
  g_return_if_fail (PHOENIX_IS_CV_VARIANT (self));

  fit_one_page = !!fit_one_page;
  if (self->fit_one_page == fit_one_page)
    return;

  self->fit_one_page = fit_one_page;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FIT_ONE_PAGE]);
  g_signal_emit (self, signals[CHANGED], 0);
}

void
phoenix_cv_variant_set_selection (PhoenixCvVariant   *self,
                                  const char         *section,
                                  const char * const *uids)
{
  g_return_if_fail (PHOENIX_IS_CV_VARIANT (self));
  g_return_if_fail (section != NULL);

  if (uids == NULL)
    g_hash_table_remove (self->selections, section);
  else
    g_hash_table_replace (self->selections, g_strdup (section), g_strdupv ((char **) uids));
  g_signal_emit (self, signals[CHANGED], 0);
}

const char * const *
phoenix_cv_variant_get_selection (PhoenixCvVariant *self,
                                  const char       *section)
{
  g_return_val_if_fail (PHOENIX_IS_CV_VARIANT (self), NULL);

  return g_hash_table_lookup (self->selections, section);
}

PhoenixCvVariant *
phoenix_cv_variant_duplicate (PhoenixCvVariant *self,
                              const char       *name)
{
  PhoenixCvVariant *copy;
  GHashTableIter iter;
  gpointer key, value;

  g_return_val_if_fail (PHOENIX_IS_CV_VARIANT (self), NULL);

  copy = phoenix_cv_variant_new (name);
  for (guint prop = PROP_HEADLINE; prop <= PROP_PAPER; prop++)
    set_string (copy, prop, self->strings[prop - PROP_UID]);
  phoenix_cv_variant_set_sections (copy, (const char * const *) self->sections);
  phoenix_cv_variant_set_show_photo (copy, self->show_photo);
  phoenix_cv_variant_set_accent (copy, self->accent);
  phoenix_cv_variant_set_font (copy, self->font);
  phoenix_cv_variant_set_spacing (copy, self->spacing);
  phoenix_cv_variant_set_fit_one_page (copy, self->fit_one_page);
  g_hash_table_iter_init (&iter, self->selections);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_hash_table_replace (copy->selections, g_strdup (key), g_strdupv (value));

  return copy;
}

static GObject *
find_by_uid (GListModel *model,
             const char *uid)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);
      g_autofree char *item_uid = NULL;

      g_object_get (item, "uid", &item_uid, NULL);
      if (g_strcmp0 (item_uid, uid) == 0)
        return g_steal_pointer (&item);
    }

  return NULL;
}

PhoenixProfile *
phoenix_cv_variant_resolve (PhoenixCvVariant *self,
                            PhoenixProfile   *profile)
{
  static const char * const person[] = {
    "name", "headline", "email", "phone", "city", "country", "summary", "url", "address",
    "postal-code", "region",
  };
  PhoenixProfile *view;

  g_return_val_if_fail (PHOENIX_IS_CV_VARIANT (self), NULL);
  g_return_val_if_fail (PHOENIX_IS_PROFILE (profile), NULL);

  view = phoenix_profile_new ();
  for (gsize i = 0; i < G_N_ELEMENTS (person); i++)
    {
      g_autofree char *value = NULL;

      g_object_get (profile, person[i], &value, NULL);
      g_object_set (view, person[i], value, NULL);
    }
  phoenix_profile_set_photo (view, phoenix_profile_get_photo (profile));
  if (self->strings[PROP_HEADLINE - PROP_UID][0] != '\0')
    phoenix_profile_set_headline (view, self->strings[PROP_HEADLINE - PROP_UID]);
  if (self->strings[PROP_SUMMARY - PROP_UID][0] != '\0')
    phoenix_profile_set_summary (view, self->strings[PROP_SUMMARY - PROP_UID]);

  for (gsize s = 0; s < G_N_ELEMENTS (section_stores); s++)
    {
      GListModel *from = G_LIST_MODEL (section_stores[s].get_store (profile));
      GListStore *to = section_stores[s].get_store (view);
      const char * const *uids = g_hash_table_lookup (self->selections, section_stores[s].id);

      if (uids == NULL)
        {
          for (guint i = 0; i < g_list_model_get_n_items (from); i++)
            {
              g_autoptr(GObject) item = g_list_model_get_item (from, i);

              g_list_store_append (to, item);
            }
          continue;
        }

      for (guint i = 0; uids[i] != NULL; i++)
        {
          g_autoptr(GObject) item = find_by_uid (from, uids[i]);

          if (item != NULL)
            g_list_store_append (to, item);
        }
    }

  return view;
}

/* Storage */

static gboolean
step_done (sqlite3      *db,
           sqlite3_stmt *stmt,
           GError      **error)
{
  int rc = sqlite3_step (stmt);

  if (rc != SQLITE_DONE)
    {
      _phoenix_vault_set_sqlite_error (error, db, rc);
      return FALSE;
    }
  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
  return TRUE;
}

static gboolean
save_tx (sqlite3   *db,
         gpointer   user_data,
         GError   **error)
{
  GListModel *variants = user_data;
  g_autoptr(sqlite3_stmt) insert = NULL;
  g_autoptr(sqlite3_stmt) insert_entry = NULL;
  int rc;

  rc = sqlite3_exec (db, "DELETE FROM cv_variant; DELETE FROM cv_variant_entry;", NULL, NULL, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_prepare_v2 (db,
                             "INSERT INTO cv_variant (position, uid, name, headline, summary, language,"
                             " template, paper, section_order, selected, show_photo, accent, font, spacing,"
                             " fit_one_page) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", -1, &insert, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_prepare_v2 (db,
                             "INSERT INTO cv_variant_entry (variant_uid, section, position, entry_uid)"
                             " VALUES (?, ?, ?, ?)", -1, &insert_entry, NULL);
  if (rc != SQLITE_OK)
    {
      _phoenix_vault_set_sqlite_error (error, db, rc);
      return FALSE;
    }

  for (guint i = 0; i < g_list_model_get_n_items (variants); i++)
    {
      g_autoptr(PhoenixCvVariant) variant = g_list_model_get_item (variants, i);
      g_autofree char *order = g_strjoinv (",", variant->sections);
      g_autoptr(GString) selected = g_string_new (NULL);
      GHashTableIter iter;
      gpointer key, value;

      g_hash_table_iter_init (&iter, variant->selections);
      while (g_hash_table_iter_next (&iter, &key, &value))
        {
          const char * const *uids = value;

          g_string_append_printf (selected, "%s%s", selected->len > 0 ? "," : "", (const char *) key);
          for (guint j = 0; uids[j] != NULL; j++)
            {
              sqlite3_bind_text (insert_entry, 1, variant->strings[0], -1, SQLITE_TRANSIENT);
              sqlite3_bind_text (insert_entry, 2, key, -1, SQLITE_TRANSIENT);
              sqlite3_bind_int (insert_entry, 3, (int) j);
              sqlite3_bind_text (insert_entry, 4, uids[j], -1, SQLITE_TRANSIENT);
              if (!step_done (db, insert_entry, error))
                return FALSE;
            }
        }

      sqlite3_bind_int (insert, 1, (int) i);
      for (guint p = 0; p < G_N_ELEMENTS (variant->strings); p++)
        sqlite3_bind_text (insert, 2 + (int) p, variant->strings[p], -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (insert, 9, order, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (insert, 10, selected->str, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int (insert, 11, variant->show_photo ? 1 : 0);
      sqlite3_bind_text (insert, 12, variant->accent, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (insert, 13, variant->font, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (insert, 14, variant->spacing, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int (insert, 15, variant->fit_one_page ? 1 : 0);
      if (!step_done (db, insert, error))
        return FALSE;
    }

  return TRUE;
}

gboolean
phoenix_cv_variants_save (GListStore    *variants,
                          PhoenixVault  *vault,
                          GError       **error)
{
  g_return_val_if_fail (G_IS_LIST_STORE (variants), FALSE);
  g_return_val_if_fail (PHOENIX_IS_VAULT (vault), FALSE);

  if (_phoenix_vault_get_db (vault) == NULL)
    {
      g_set_error_literal (error, PHOENIX_VAULT_ERROR, PHOENIX_VAULT_ERROR_LOCKED,
                           _("The vault is locked. Unlock it to open your profile."));
      return FALSE;
    }

  return _phoenix_vault_transaction (vault, save_tx, variants, error);
}

static GStrv
split_list (const char *text)
{
  if (text == NULL || text[0] == '\0')
    return g_new0 (char *, 1);
  return g_strsplit (text, ",", -1);
}

gboolean
phoenix_cv_variants_load (GListStore    *variants,
                          PhoenixVault  *vault,
                          GError       **error)
{
  sqlite3 *db;
  g_autoptr(sqlite3_stmt) select = NULL;
  g_autoptr(sqlite3_stmt) select_entries = NULL;
  g_autoptr(GPtrArray) loaded = g_ptr_array_new_with_free_func (g_object_unref);
  int rc;

  g_return_val_if_fail (G_IS_LIST_STORE (variants), FALSE);
  g_return_val_if_fail (PHOENIX_IS_VAULT (vault), FALSE);

  db = _phoenix_vault_get_db (vault);
  if (db == NULL)
    {
      g_set_error_literal (error, PHOENIX_VAULT_ERROR, PHOENIX_VAULT_ERROR_LOCKED,
                           _("The vault is locked. Unlock it to open your profile."));
      return FALSE;
    }

  rc = sqlite3_prepare_v2 (db,
                           "SELECT uid, name, headline, summary, language, template, paper,"
                           " section_order, selected, show_photo, accent, font, spacing, fit_one_page"
                           " FROM cv_variant ORDER BY position, id",
                           -1, &select, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_prepare_v2 (db,
                             "SELECT entry_uid FROM cv_variant_entry WHERE variant_uid = ? AND section = ?"
                             " ORDER BY position", -1, &select_entries, NULL);
  if (rc != SQLITE_OK)
    {
      _phoenix_vault_set_sqlite_error (error, db, rc);
      return FALSE;
    }

  while ((rc = sqlite3_step (select)) == SQLITE_ROW)
    {
      PhoenixCvVariant *variant = g_object_new (PHOENIX_TYPE_CV_VARIANT, NULL);
      g_auto(GStrv) order = split_list ((const char *) sqlite3_column_text (select, 7));
      g_auto(GStrv) selected = split_list ((const char *) sqlite3_column_text (select, 8));

      for (guint p = 0; p < G_N_ELEMENTS (variant->strings); p++)
        {
          const char *text = (const char *) sqlite3_column_text (select, (int) p);

          g_free (variant->strings[p]);
          variant->strings[p] = g_strdup (text != NULL ? text : "");
        }
      g_strfreev (variant->sections);
      variant->sections = g_steal_pointer (&order);
      variant->show_photo = sqlite3_column_int (select, 9) != 0;
      phoenix_cv_variant_set_accent (variant, (const char *) sqlite3_column_text (select, 10));
      phoenix_cv_variant_set_font (variant, (const char *) sqlite3_column_text (select, 11));
      phoenix_cv_variant_set_spacing (variant, (const char *) sqlite3_column_text (select, 12));
      variant->fit_one_page = sqlite3_column_int (select, 13) != 0;

      for (guint s = 0; selected[s] != NULL; s++)
        {
          g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

          sqlite3_bind_text (select_entries, 1, variant->strings[0], -1, SQLITE_TRANSIENT);
          sqlite3_bind_text (select_entries, 2, selected[s], -1, SQLITE_TRANSIENT);
          while ((rc = sqlite3_step (select_entries)) == SQLITE_ROW)
            g_strv_builder_add (builder, (const char *) sqlite3_column_text (select_entries, 0));
          sqlite3_reset (select_entries);
          g_hash_table_replace (variant->selections, g_strdup (selected[s]), g_strv_builder_end (builder));
        }

      g_ptr_array_add (loaded, variant);
    }
  if (rc != SQLITE_DONE)
    {
      _phoenix_vault_set_sqlite_error (error, db, rc);
      return FALSE;
    }

  g_list_store_splice (variants, 0, g_list_model_get_n_items (G_LIST_MODEL (variants)),
                       loaded->pdata, loaded->len);
  return TRUE;
}
