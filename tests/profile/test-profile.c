/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>

#include <glib/gstdio.h>

#include "phoenix-profile.h"
#include "phoenix-profile-entries.h"
#include "phoenix-vault-private.h"
#include "phoenix-test-compare.h"
#include "phoenix-test-scale.h"
#include "phoenix-test-util.h"
#include "phoenix-test-vault.h"

G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3_stmt, sqlite3_finalize)

typedef struct
{
  GType       (*get_type)  (void);
  GListStore *(*get_store) (PhoenixProfile *profile);
  const char   *properties[14];
} EntryType;

/* The contract of each entry type: exactly these properties. */
static const EntryType entry_types[] = {
  { phoenix_link_get_type, phoenix_profile_get_links, { "label", "url", "username", "uid", NULL } },
  { phoenix_experience_get_type, phoenix_profile_get_experiences,
    { "title", "employer", "location", "start-date", "end-date", "current", "summary",
      "highlights", "url", "description", "uid", NULL } },
  { phoenix_education_get_type, phoenix_profile_get_education,
    { "degree", "field", "school", "location", "start-date", "end-date", "current", "grade",
      "summary", "url", "courses", "uid", NULL } },
  { phoenix_skill_get_type, phoenix_profile_get_skills,
    { "name", "level", "category", "taxonomy-id", "keywords", "uid", NULL } },
  { phoenix_language_get_type, phoenix_profile_get_languages, { "name", "level", "uid", NULL } },
  { phoenix_certification_get_type, phoenix_profile_get_certifications,
    { "name", "issuer", "date", "url", "uid", NULL } },
  { phoenix_project_get_type, phoenix_profile_get_projects,
    { "name", "summary", "url", "start-date", "end-date", "highlights", "keywords", "roles",
      "entity", "kind", "uid", NULL } },
  { phoenix_interest_get_type, phoenix_profile_get_interests, { "name", "keywords", "uid", NULL } },
  { phoenix_volunteer_get_type, phoenix_profile_get_volunteering,
    { "organization", "position", "url", "start-date", "end-date", "current", "summary",
      "highlights", "uid", NULL } },
  { phoenix_award_get_type, phoenix_profile_get_awards,
    { "title", "date", "awarder", "summary", "uid", NULL } },
  { phoenix_publication_get_type, phoenix_profile_get_publications,
    { "name", "publisher", "release-date", "url", "summary", "uid", NULL } },
  { phoenix_reference_get_type, phoenix_profile_get_references,
    { "name", "reference", "uid", NULL } },
};

static const char * const person_properties[] = {
  "name", "headline", "email", "phone", "city", "country", "summary", "url", "address",
  "postal-code", "region", "json-resume-extra",
};

/* Helpers */

static void
count_cb (gpointer  instance,
          guint    *count)
{
  (*count)++;
}

static void
count_items_changed_cb (GListModel *model,
                        guint       position,
                        guint       removed,
                        guint       added,
                        guint      *count)
{
  (*count)++;
}

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

/* An entry whose every property is set from @seed; @index 2 is left empty. */
static GObject *
new_filled_entry (GType  type,
                  guint  index)
{
  GObject *entry = g_object_new (type, NULL);
  g_autofree GParamSpec **pspecs = NULL;
  guint n_pspecs;

  if (index == 2)
    return entry;

  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (entry), &n_pspecs);
  for (guint i = 0; i < n_pspecs; i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;

      g_value_init (&value, pspecs[i]->value_type);

      if (pspecs[i]->value_type == G_TYPE_STRING)
        {
          if (g_str_has_suffix (pspecs[i]->name, "date") && index == 0)
            g_value_set_string (&value, "2019-09");
          else if (g_str_has_suffix (pspecs[i]->name, "date"))
            g_value_set_string (&value, "");  /* unknown */
          else
            g_value_take_string (&value,
                                 g_strdup_printf ("Élève n°%u — %s « %s » café ✓ 🚀 ß Ωμέγα 日本",
                                                  index, G_OBJECT_TYPE_NAME (entry),
                                                  pspecs[i]->name));
        }
      else if (pspecs[i]->value_type == G_TYPE_BOOLEAN)
        g_value_set_boolean (&value, index == 0);
      else if (pspecs[i]->value_type == G_TYPE_STRV)
        {
          const char * const highlights[] = {
            "Première réalisation : +20 % de ventes",
            "Second line, with a comma, and ‘quotes’",
            "Troisième — ligne 🚀",
            NULL
          };

          g_value_set_boxed (&value, index == 0 ? highlights : highlights + 2);
        }
      else
        g_assert_not_reached ();

      g_object_set_property (entry, pspecs[i]->name, &value);
    }

  return entry;
}

static void
fill_profile (PhoenixProfile *profile)
{
  static const guint8 photo_data[] = { 0x89, 'P', 'N', 'G', 0, 0, 0xff, 0x00, 0x42 };
  g_autoptr(GBytes) photo = g_bytes_new_static (photo_data, sizeof photo_data);

  phoenix_profile_set_name (profile, "Éloïse Lefèvre-Ødegård");
  phoenix_profile_set_headline (profile, "Infirmière → développeuse « full stack »");
  phoenix_profile_set_email (profile, "eloise.lefevre@exemple.fr");
  phoenix_profile_set_phone (profile, "+33 6 12 34 56 78");
  phoenix_profile_set_city (profile, "Saint-Étienne");
  phoenix_profile_set_country (profile, "");  /* empty on purpose */
  phoenix_profile_set_summary (profile, "Dix ans à l’hôpital.\nPuis le code.\n\n— Motivée ✓");
  phoenix_profile_set_photo (profile, photo);

  for (gsize t = 0; t < G_N_ELEMENTS (entry_types); t++)
    {
      GListStore *store = entry_types[t].get_store (profile);

      for (guint i = 0; i < 3; i++)
        {
          g_autoptr(GObject) entry = new_filled_entry (entry_types[t].get_type (), i);

          g_list_store_append (store, entry);
        }
    }
}

/* Entries */

static void
test_entry_properties (void)
{
  for (gsize t = 0; t < G_N_ELEMENTS (entry_types); t++)
    {
      GType type = entry_types[t].get_type ();
      g_autoptr(GObject) entry = g_object_new (type, NULL);
      GObjectClass *klass = G_OBJECT_GET_CLASS (entry);
      g_autofree GParamSpec **pspecs = NULL;
      guint n_pspecs, n_expected = 0;
      guint notified = 0;

      g_assert_true (G_TYPE_IS_FINAL (type));

      for (; entry_types[t].properties[n_expected] != NULL; n_expected++)
        g_assert_nonnull (g_object_class_find_property (klass, entry_types[t].properties[n_expected]));
      pspecs = g_object_class_list_properties (klass, &n_pspecs);
      g_assert_cmpuint (n_pspecs, ==, n_expected);

      g_signal_connect (entry, "notify", G_CALLBACK (count_notify_cb), &notified);

      for (guint i = 0; i < n_pspecs; i++)
        {
          const char *name = pspecs[i]->name;

          g_test_message ("%s:%s", G_OBJECT_TYPE_NAME (entry), name);
          g_assert_true (pspecs[i]->flags & G_PARAM_EXPLICIT_NOTIFY);

          if (pspecs[i]->value_type == G_TYPE_STRING)
            {
              g_autofree char *value = NULL;

              g_object_get (entry, name, &value, NULL);
              g_assert_cmpstr (value, ==, "");
              g_clear_pointer (&value, g_free);

              notified = 0;
              g_object_set (entry, name, "Montréal ✓", NULL);
              g_assert_cmpuint (notified, ==, 1);
              g_object_set (entry, name, "Montréal ✓", NULL);
              g_assert_cmpuint (notified, ==, 1);
              g_object_get (entry, name, &value, NULL);
              g_assert_cmpstr (value, ==, "Montréal ✓");
              g_clear_pointer (&value, g_free);

              /* NULL means "". */
              g_object_set (entry, name, NULL, NULL);
              g_assert_cmpuint (notified, ==, 2);
              g_object_get (entry, name, &value, NULL);
              g_assert_cmpstr (value, ==, "");
              g_object_set (entry, name, "", NULL);
              g_assert_cmpuint (notified, ==, 2);
            }
          else if (pspecs[i]->value_type == G_TYPE_BOOLEAN)
            {
              gboolean value = TRUE;

              g_object_get (entry, name, &value, NULL);
              g_assert_false (value);

              notified = 0;
              g_object_set (entry, name, TRUE, NULL);
              g_object_set (entry, name, TRUE, NULL);
              g_assert_cmpuint (notified, ==, 1);
              g_object_set (entry, name, FALSE, NULL);
              g_assert_cmpuint (notified, ==, 2);
            }
          else if (pspecs[i]->value_type == G_TYPE_STRV)
            {
              const char * const lines[] = { "un", "deux — 2", NULL };
              g_auto(GStrv) copy = g_strdupv ((char **) lines);
              g_auto(GStrv) value = NULL;

              g_object_get (entry, name, &value, NULL);
              g_assert_nonnull (value);
              g_assert_cmpuint (g_strv_length (value), ==, 0);
              g_clear_pointer (&value, g_strfreev);

              notified = 0;
              g_object_set (entry, name, lines, NULL);
              g_assert_cmpuint (notified, ==, 1);
              g_object_set (entry, name, copy, NULL);  /* equal, other memory */
              g_assert_cmpuint (notified, ==, 1);
              g_object_get (entry, name, &value, NULL);
              g_assert_true (g_strv_equal ((const char * const *) value, lines));
              g_clear_pointer (&value, g_strfreev);

              g_object_set (entry, name, NULL, NULL);
              g_assert_cmpuint (notified, ==, 2);
              g_object_get (entry, name, &value, NULL);
              g_assert_nonnull (value);
              g_assert_cmpuint (g_strv_length (value), ==, 0);
            }
          else
            g_assert_not_reached ();
        }
    }
}

static void
test_entry_accessors (void)
{
  g_autoptr(PhoenixExperience) experience = phoenix_experience_new ();
  g_autoptr(PhoenixSkill) skill = phoenix_skill_new ();
  g_autoptr(PhoenixInterest) interest = phoenix_interest_new ();
  const char * const highlights[] = { "a", "b", NULL };
  guint notified = 0;

  g_signal_connect (experience, "notify::title", G_CALLBACK (count_notify_cb), &notified);
  phoenix_experience_set_title (experience, "Aide-soignante");
  phoenix_experience_set_title (experience, "Aide-soignante");
  g_assert_cmpuint (notified, ==, 1);
  g_assert_cmpstr (phoenix_experience_get_title (experience), ==, "Aide-soignante");

  phoenix_experience_set_highlights (experience, highlights);
  g_assert_true (g_strv_equal (phoenix_experience_get_highlights (experience), highlights));
  phoenix_experience_set_current (experience, 42);  /* any true value */
  g_assert_true (phoenix_experience_get_current (experience) == TRUE);

  phoenix_skill_set_taxonomy_id (skill, "esco:skill/abc");
  g_assert_cmpstr (phoenix_skill_get_taxonomy_id (skill), ==, "esco:skill/abc");
  phoenix_interest_set_keywords (interest, "rando, vélo");
  g_assert_cmpstr (phoenix_interest_get_keywords (interest), ==, "rando, vélo");
}

/* Profile */

static void
test_profile_properties (void)
{
  g_autoptr(PhoenixProfile) profile = phoenix_profile_new ();
  g_autoptr(GBytes) photo = g_bytes_new ("abc", 3);
  g_autoptr(GBytes) same_photo = g_bytes_new ("abc", 3);
  g_autoptr(GBytes) empty = g_bytes_new (NULL, 0);
  guint notified = 0;

  g_signal_connect (profile, "notify", G_CALLBACK (count_notify_cb), &notified);

  for (gsize i = 0; i < G_N_ELEMENTS (person_properties); i++)
    {
      g_autofree char *value = NULL;

      g_object_get (profile, person_properties[i], &value, NULL);
      g_assert_cmpstr (value, ==, "");

      notified = 0;
      g_object_set (profile, person_properties[i], "Zoé", NULL);
      g_object_set (profile, person_properties[i], "Zoé", NULL);
      g_assert_cmpuint (notified, ==, 1);
      g_object_set (profile, person_properties[i], NULL, NULL);
      g_assert_cmpuint (notified, ==, 2);
      g_clear_pointer (&value, g_free);
      g_object_get (profile, person_properties[i], &value, NULL);
      g_assert_cmpstr (value, ==, "");
    }

  g_assert_null (phoenix_profile_get_photo (profile));
  notified = 0;
  phoenix_profile_set_photo (profile, photo);
  phoenix_profile_set_photo (profile, same_photo);
  g_assert_cmpuint (notified, ==, 1);
  phoenix_profile_set_photo (profile, empty);  /* empty = no photo */
  g_assert_cmpuint (notified, ==, 2);
  g_assert_null (phoenix_profile_get_photo (profile));

  /* The lists exist and hold their entry type. */
  for (gsize t = 0; t < G_N_ELEMENTS (entry_types); t++)
    {
      GListStore *store = entry_types[t].get_store (profile);

      g_assert_true (G_IS_LIST_STORE (store));
      g_assert_cmpint (g_list_model_get_item_type (G_LIST_MODEL (store)), ==,
                       entry_types[t].get_type ());
      g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (store)), ==, 0);
    }
}

static void
test_profile_changed (void)
{
  g_autoptr(PhoenixProfile) profile = phoenix_profile_new ();
  g_autoptr(PhoenixExperience) first = phoenix_experience_new ();
  g_autoptr(PhoenixExperience) second = phoenix_experience_new ();
  g_autoptr(PhoenixLink) link = phoenix_link_new ();
  GListStore *experiences = phoenix_profile_get_experiences (profile);
  gpointer items[2];
  guint changed = 0;

  g_signal_connect (profile, "changed", G_CALLBACK (count_cb), &changed);

  /* Profile properties */
  phoenix_profile_set_name (profile, "Jean");
  g_assert_cmpuint (changed, ==, 1);
  phoenix_profile_set_name (profile, "Jean");
  g_assert_cmpuint (changed, ==, 1);
  g_object_set (profile, "city", "Lyon", NULL);
  g_assert_cmpuint (changed, ==, 2);

  /* List membership */
  changed = 0;
  g_list_store_append (experiences, first);
  g_assert_cmpuint (changed, ==, 1);
  g_list_store_append (phoenix_profile_get_links (profile), link);
  g_assert_cmpuint (changed, ==, 2);

  /* Entry properties */
  changed = 0;
  phoenix_experience_set_title (first, "Infirmier");
  g_assert_cmpuint (changed, ==, 1);
  phoenix_experience_set_title (first, "Infirmier");
  g_assert_cmpuint (changed, ==, 1);
  phoenix_link_set_url (link, "https://example.com");
  g_assert_cmpuint (changed, ==, 2);

  /* Reordering (one splice) */
  changed = 0;
  g_list_store_append (experiences, second);
  g_assert_cmpuint (changed, ==, 1);
  items[0] = second;
  items[1] = first;
  g_list_store_splice (experiences, 0, 2, items, 2);
  g_assert_cmpuint (changed, ==, 2);
  phoenix_experience_set_current (second, TRUE);
  g_assert_cmpuint (changed, ==, 3);
  phoenix_experience_set_employer (first, "CHU");
  g_assert_cmpuint (changed, ==, 4);

  /* A removed entry no longer reports. */
  changed = 0;
  g_list_store_remove (experiences, 0);  /* second */
  g_assert_cmpuint (changed, ==, 1);
  phoenix_experience_set_title (second, "Gone");
  g_assert_cmpuint (changed, ==, 1);
  phoenix_experience_set_title (first, "Still here");
  g_assert_cmpuint (changed, ==, 2);

  /* And reports again once added back. */
  g_list_store_insert (experiences, 0, second);
  g_assert_cmpuint (changed, ==, 3);
  phoenix_experience_set_title (second, "Back");
  g_assert_cmpuint (changed, ==, 4);

  g_list_store_remove_all (experiences);
  g_assert_cmpuint (changed, ==, 5);
  phoenix_experience_set_title (first, "x");
  phoenix_experience_set_title (second, "y");
  g_assert_cmpuint (changed, ==, 5);

  /* Freezing batches changes into one emission. */
  changed = 0;
  phoenix_profile_freeze_changed (profile);
  phoenix_profile_set_email (profile, "a@b.fr");
  phoenix_profile_set_phone (profile, "0612345678");
  g_list_store_append (experiences, first);
  g_assert_cmpuint (changed, ==, 0);
  phoenix_profile_thaw_changed (profile);
  g_assert_cmpuint (changed, ==, 1);

  phoenix_profile_freeze_changed (profile);
  phoenix_profile_thaw_changed (profile);
  g_assert_cmpuint (changed, ==, 1);
}

static void
test_profile_finalize (void)
{
  PhoenixProfile *profile = phoenix_profile_new ();
  g_autoptr(PhoenixSkill) skill = phoenix_skill_new ();

  fill_profile (profile);
  g_list_store_append (phoenix_profile_get_skills (profile), skill);
  g_assert_finalize_object (profile);

  /* The entry outlives the profile; changing it must not touch freed memory. */
  phoenix_skill_set_name (skill, "Still alive");
}

/* Store (on a real vault) */

static PhoenixProfile *
load_new_profile (PhoenixVault *vault)
{
  g_autoptr(PhoenixProfile) profile = phoenix_profile_new ();
  g_autoptr(GError) error = NULL;

  phoenix_profile_load (profile, vault, &error);
  g_assert_no_error (error);

  return g_steal_pointer (&profile);
}

static void
test_store_empty (PhoenixTestVault *f,
                  gconstpointer     data)
{
  g_autoptr(PhoenixProfile) loaded = load_new_profile (f->vault);
  g_autoptr(PhoenixProfile) empty = phoenix_profile_new ();

  phoenix_test_assert_profiles_equal (loaded, empty, TRUE);
}

static void
test_store_round_trip (PhoenixTestVault *f,
                       gconstpointer     data)
{
  g_autoptr(PhoenixProfile) profile = phoenix_profile_new ();
  g_autoptr(PhoenixProfile) loaded = NULL;
  g_autoptr(PhoenixProfile) reopened = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PhoenixExperience) third = NULL;

  fill_profile (profile);
  g_assert_true (phoenix_profile_save (profile, f->vault, &error));
  g_assert_no_error (error);

  loaded = load_new_profile (f->vault);
  phoenix_test_assert_profiles_equal (profile, loaded, TRUE);

  /* Spot checks, in case the generic comparison missed something. */
  third = g_list_model_get_item (G_LIST_MODEL (phoenix_profile_get_experiences (loaded)), 0);
  g_assert_cmpuint (g_strv_length ((GStrv) phoenix_experience_get_highlights (third)), ==, 3);
  g_assert_cmpstr (phoenix_experience_get_highlights (third)[0], ==,
                   "Première réalisation : +20 % de ventes");
  g_assert_true (phoenix_experience_get_current (third));
  g_assert_cmpstr (phoenix_experience_get_start_date (third), ==, "2019-09");
  g_assert_cmpstr (phoenix_profile_get_name (loaded), ==, "Éloïse Lefèvre-Ødegård");
  g_assert_cmpstr (phoenix_profile_get_country (loaded), ==, "");
  g_assert_cmpuint (g_bytes_get_size (phoenix_profile_get_photo (loaded)), ==, 9);

  /* Saving again (rewriting every table) changes nothing. */
  g_assert_true (phoenix_profile_save (loaded, f->vault, &error));
  g_assert_no_error (error);

  /* And it is all on disk, encrypted, after a lock and a fresh unlock. */
  phoenix_test_vault_reopen (f);
  reopened = load_new_profile (f->vault);
  phoenix_test_assert_profiles_equal (profile, reopened, TRUE);
}

static void
test_store_highlights (PhoenixTestVault *f,
                       gconstpointer     data)
{
  g_autoptr(PhoenixProfile) profile = phoenix_profile_new ();
  g_autoptr(PhoenixProfile) loaded = NULL;
  g_autoptr(PhoenixProject) project = phoenix_project_new ();
  g_autoptr(PhoenixProject) loaded_project = NULL;
  g_autoptr(GError) error = NULL;
  const char * const highlights[] = { "", "One", "", "Two  ", " three", "", NULL };
  const char * const expected[] = { "One", "Two  ", " three", NULL };

  phoenix_project_set_highlights (project, highlights);
  g_list_store_append (phoenix_profile_get_projects (profile), project);
  g_assert_true (phoenix_profile_save (profile, f->vault, &error));
  g_assert_no_error (error);

  loaded = load_new_profile (f->vault);
  loaded_project = g_list_model_get_item (G_LIST_MODEL (phoenix_profile_get_projects (loaded)), 0);
  g_assert_true (g_strv_equal (phoenix_project_get_highlights (loaded_project), expected));
}

static void
test_store_save_person (PhoenixTestVault *f,
                        gconstpointer     data)
{
  g_autoptr(PhoenixProfile) profile = phoenix_profile_new ();
  g_autoptr(PhoenixProfile) saved = NULL;
  g_autoptr(PhoenixProfile) loaded = NULL;
  g_autoptr(PhoenixSkill) new_skill = phoenix_skill_new ();
  g_autoptr(PhoenixLink) first_link = NULL;
  g_autoptr(GError) error = NULL;

  fill_profile (profile);
  g_assert_true (phoenix_profile_save (profile, f->vault, &error));
  g_assert_no_error (error);
  saved = load_new_profile (f->vault);

  /* Change the person and the lists, save only the person. */
  phoenix_profile_set_name (profile, "Nouveau Nom");
  phoenix_profile_set_summary (profile, "");
  phoenix_profile_set_photo (profile, NULL);
  first_link = g_list_model_get_item (G_LIST_MODEL (phoenix_profile_get_links (profile)), 0);
  phoenix_link_set_url (first_link, "https://changed.example");
  g_list_store_append (phoenix_profile_get_skills (profile), new_skill);
  g_list_store_remove (phoenix_profile_get_interests (profile), 0);

  g_assert_true (phoenix_profile_save_person (profile, f->vault, &error));
  g_assert_no_error (error);

  loaded = load_new_profile (f->vault);
  g_assert_cmpstr (phoenix_profile_get_name (loaded), ==, "Nouveau Nom");
  g_assert_cmpstr (phoenix_profile_get_summary (loaded), ==, "");
  g_assert_null (phoenix_profile_get_photo (loaded));
  g_assert_cmpstr (phoenix_profile_get_email (loaded), ==, phoenix_profile_get_email (saved));

  /* The lists are those of the full save. */
  phoenix_profile_set_name (saved, "Nouveau Nom");
  phoenix_profile_set_summary (saved, "");
  phoenix_profile_set_photo (saved, NULL);
  phoenix_test_assert_profiles_equal (saved, loaded, TRUE);
}

static void
test_store_order (PhoenixTestVault *f,
                  gconstpointer     data)
{
  g_autoptr(PhoenixProfile) profile = phoenix_profile_new ();
  g_autoptr(PhoenixProfile) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  GListStore *skills = phoenix_profile_get_skills (profile);
  const char * const names[] = { "C", "Soins", "Rust", "Anglais", "Écoute" };
  const char * const reordered[] = { "Écoute", "C", "Rust", "Anglais" };
  g_autoptr(PhoenixSkill) last = NULL;
  GListModel *model;
  int position = 0;

  for (gsize i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(PhoenixSkill) skill = phoenix_skill_new ();

      phoenix_skill_set_name (skill, names[i]);
      g_list_store_append (skills, skill);
    }
  g_assert_true (phoenix_profile_save (profile, f->vault, &error));
  g_assert_no_error (error);

  /* Move the last to the front, drop “Soins”, save again. */
  last = g_list_model_get_item (G_LIST_MODEL (skills), 4);
  g_list_store_remove (skills, 4);
  g_list_store_insert (skills, 0, last);
  g_list_store_remove (skills, 2);
  g_assert_true (phoenix_profile_save (profile, f->vault, &error));
  g_assert_no_error (error);

  loaded = load_new_profile (f->vault);
  model = G_LIST_MODEL (phoenix_profile_get_skills (loaded));
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, G_N_ELEMENTS (reordered));
  for (guint i = 0; i < G_N_ELEMENTS (reordered); i++)
    {
      g_autoptr(PhoenixSkill) skill = g_list_model_get_item (model, i);

      g_assert_cmpstr (phoenix_skill_get_name (skill), ==, reordered[i]);
    }

  /* "position" is the list index, and the table holds no stale rows. */
  g_assert_cmpint (sqlite3_prepare_v2 (_phoenix_vault_get_db (f->vault),
                                       "SELECT position FROM skill ORDER BY position",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, position++);
  g_assert_cmpint (position, ==, G_N_ELEMENTS (reordered));
}

static void
test_store_load_replaces (PhoenixTestVault *f,
                          gconstpointer     data)
{
  g_autoptr(PhoenixProfile) saved = phoenix_profile_new ();
  g_autoptr(PhoenixProfile) profile = phoenix_profile_new ();
  g_autoptr(PhoenixLanguage) stale = phoenix_language_new ();
  g_autoptr(GError) error = NULL;
  guint changed = 0;
  guint items_changed = 0;

  phoenix_profile_set_name (saved, "Saved");
  g_assert_true (phoenix_profile_save (saved, f->vault, &error));
  g_assert_no_error (error);

  fill_profile (profile);
  g_list_store_append (phoenix_profile_get_languages (profile), stale);
  g_signal_connect (profile, "changed", G_CALLBACK (count_cb), &changed);
  g_signal_connect (phoenix_profile_get_languages (profile), "items-changed",
                    G_CALLBACK (count_items_changed_cb), &items_changed);

  g_assert_true (phoenix_profile_load (profile, f->vault, &error));
  g_assert_no_error (error);
  phoenix_test_assert_profiles_equal (saved, profile, TRUE);
  g_assert_cmpuint (changed, ==, 1);        /* once for the whole load */
  g_assert_cmpuint (items_changed, ==, 1);  /* one splice a list */

  /* The old entries are detached. */
  phoenix_language_set_name (stale, "Klingon");
  g_assert_cmpuint (changed, ==, 1);

  /* Loading what is already there changes nothing. */
  g_assert_true (phoenix_profile_load (profile, f->vault, &error));
  g_assert_cmpuint (changed, ==, 1);
}

static void
test_store_locked (PhoenixTestVault *f,
                   gconstpointer     data)
{
  g_autoptr(PhoenixProfile) profile = phoenix_profile_new ();
  g_autoptr(PhoenixVault) never_unlocked = phoenix_test_vault_new (f->path);
  g_autoptr(GError) error = NULL;

  fill_profile (profile);
  g_assert_true (phoenix_profile_save (profile, f->vault, &error));
  g_assert_no_error (error);

  phoenix_vault_lock (f->vault);

  g_assert_false (phoenix_profile_load (profile, f->vault, &error));
  g_assert_error (error, PHOENIX_VAULT_ERROR, PHOENIX_VAULT_ERROR_LOCKED);
  g_assert_cmpstr (error->message, !=, "");
  g_clear_error (&error);

  g_assert_false (phoenix_profile_load (profile, never_unlocked, &error));
  g_assert_error (error, PHOENIX_VAULT_ERROR, PHOENIX_VAULT_ERROR_LOCKED);
  g_clear_error (&error);

  g_assert_false (phoenix_profile_save (profile, f->vault, &error));
  g_assert_error (error, PHOENIX_VAULT_ERROR, PHOENIX_VAULT_ERROR_LOCKED);
  g_clear_error (&error);

  g_assert_false (phoenix_profile_save_person (profile, f->vault, &error));
  g_assert_error (error, PHOENIX_VAULT_ERROR, PHOENIX_VAULT_ERROR_LOCKED);
  g_clear_error (&error);

  /* A failed load leaves the profile as it was. */
  g_assert_cmpstr (phoenix_profile_get_name (profile), ==, "Éloïse Lefèvre-Ødegård");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (phoenix_profile_get_links (profile))), ==, 3);
}

static void
test_store_rollback (PhoenixTestVault *f,
                     gconstpointer     data)
{
  g_autoptr(PhoenixProfile) profile = phoenix_profile_new ();
  g_autoptr(PhoenixProfile) loaded = NULL;
  g_autoptr(PhoenixReference) reference = phoenix_reference_new ();
  g_autoptr(GError) error = NULL;
  sqlite3 *db = _phoenix_vault_get_db (f->vault);

  phoenix_profile_set_name (profile, "Avant");
  g_assert_true (phoenix_profile_save (profile, f->vault, &error));
  g_assert_no_error (error);

  /* Break the last table written, so the save fails after the person row. */
  g_assert_cmpint (sqlite3_exec (db, "DROP TABLE reference", NULL, NULL, NULL), ==, SQLITE_OK);

  phoenix_profile_set_name (profile, "Après");
  g_list_store_append (phoenix_profile_get_references (profile), reference);
  g_assert_false (phoenix_profile_save (profile, f->vault, &error));
  g_assert_nonnull (error);
  g_assert_true (error->domain == PHOENIX_VAULT_ERROR);
  g_clear_error (&error);

  /* The whole save was rolled back: the name is still the old one. */
  g_assert_false (phoenix_profile_load (profile, f->vault, &error));  /* no reference table */
  g_clear_error (&error);
  g_assert_cmpint (sqlite3_exec (db,
                                 "CREATE TABLE reference (id INTEGER PRIMARY KEY,"
                                 " position INTEGER NOT NULL, name TEXT NOT NULL DEFAULT '',"
                                 " reference TEXT NOT NULL DEFAULT '',"
                                 " uid TEXT NOT NULL DEFAULT '')",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  loaded = load_new_profile (f->vault);
  g_assert_cmpstr (phoenix_profile_get_name (loaded), ==, "Avant");

  /* The profile in memory was not touched by the failed load. */
  g_assert_cmpstr (phoenix_profile_get_name (profile), ==, "Après");
}

static void
loaded_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

static GAsyncResult *
wait_for (GAsyncResult **result)
{
  while (*result == NULL)
    g_main_context_iteration (NULL, TRUE);
  return *result;
}

/* A worker reads the profile: the same entries, in a new profile handed over whole. */
static void
test_store_load_async (PhoenixTestVault *f,
                       gconstpointer     data)
{
  g_autoptr(PhoenixProfile) saved = phoenix_test_scale_new_profile (PHOENIX_TEST_SCALE_L);
  g_autoptr(PhoenixProfile) loaded = NULL;
  g_autoptr(PhoenixProfile) again = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (phoenix_profile_save (saved, f->vault, &error));
  g_assert_no_error (error);

  phoenix_profile_load_async (f->vault, NULL, loaded_cb, &result);
  /* Never on the caller's stack: the callback comes from the main loop. */
  g_assert_null (result);
  loaded = phoenix_profile_load_finish (f->vault, wait_for (&result), &error);
  g_assert_no_error (error);
  g_assert_nonnull (loaded);
  g_assert_cmpuint (phoenix_test_scale_count (loaded), ==, phoenix_test_scale_n_entries (PHOENIX_TEST_SCALE_L));
  phoenix_test_assert_profiles_equal (saved, loaded, TRUE);

  /* Locking at once waits for the worker's read: the load still completes whole, then the
   * vault is locked and the connection closed. */
  g_clear_object (&result);
  phoenix_profile_load_async (f->vault, NULL, loaded_cb, &result);
  phoenix_vault_lock (f->vault);
  g_assert_false (phoenix_vault_is_unlocked (f->vault));
  again = phoenix_profile_load_finish (f->vault, wait_for (&result), &error);
  g_assert_no_error (error);
  phoenix_test_assert_profiles_equal (saved, again, TRUE);

  /* Locked: a translated error, no profile. */
  g_clear_object (&result);
  phoenix_profile_load_async (f->vault, NULL, loaded_cb, &result);
  g_assert_null (phoenix_profile_load_finish (f->vault, wait_for (&result), &error));
  g_assert_error (error, PHOENIX_VAULT_ERROR, PHOENIX_VAULT_ERROR_LOCKED);
  g_assert_cmpstr (error->message, !=, "");
}

/* Cancelled before the worker runs: G_IO_ERROR_CANCELLED, and the vault stays usable. */
static void
test_store_load_async_cancelled (PhoenixTestVault *f,
                                 gconstpointer     data)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PhoenixProfile) loaded = NULL;

  phoenix_profile_load_async (f->vault, cancellable, loaded_cb, &result);
  g_cancellable_cancel (cancellable);
  g_assert_null (phoenix_profile_load_finish (f->vault, wait_for (&result), &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);

  loaded = load_new_profile (f->vault);
  g_assert_nonnull (loaded);
  phoenix_vault_lock (f->vault);
  g_assert_false (phoenix_vault_is_unlocked (f->vault));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/profile/entries/properties", test_entry_properties);
  g_test_add_func ("/profile/entries/accessors", test_entry_accessors);
  g_test_add_func ("/profile/properties", test_profile_properties);
  g_test_add_func ("/profile/changed", test_profile_changed);
  g_test_add_func ("/profile/finalize", test_profile_finalize);

#define ADD(path, func) \
  g_test_add (path, PhoenixTestVault, NULL, phoenix_test_vault_setup, func, phoenix_test_vault_teardown)

  ADD ("/profile/store/empty", test_store_empty);
  ADD ("/profile/store/round-trip", test_store_round_trip);
  ADD ("/profile/store/highlights", test_store_highlights);
  ADD ("/profile/store/save-person", test_store_save_person);
  ADD ("/profile/store/order", test_store_order);
  ADD ("/profile/store/load-replaces", test_store_load_replaces);
  ADD ("/profile/store/locked", test_store_locked);
  ADD ("/profile/store/rollback", test_store_rollback);
  ADD ("/profile/store/load-async", test_store_load_async);
  ADD ("/profile/store/load-async-cancelled", test_store_load_async_cancelled);

#undef ADD

  return g_test_run ();
}
