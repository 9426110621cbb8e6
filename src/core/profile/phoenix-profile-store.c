/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-profile-store"

#include "config.h"

#include <glib/gi18n.h>

#include "phoenix-profile.h"
#include "phoenix-profile-entries.h"
#include "phoenix-vault-private.h"

/*
 * Loads and saves a PhoenixProfile in the vault tables of phoenix-schema.c.
 *
 * The person is one row (id = 1). Each list is one table whose rows carry the
 * list index in "position"; saving rewrites the table (DELETE, then INSERT in
 * list order) inside the single transaction of the save. Entry properties map
 * to columns by name ("start-date" → start_date); a GStrv property is stored
 * one string a line.
 */

typedef struct
{
  const char   *table;
  GType       (*get_type)  (void);
  GListStore *(*get_store) (PhoenixProfile *profile);
  const char   *properties[14];  /* NULL-terminated, in column order */
} ListTable;

static const ListTable list_tables[] = {
  { "link", phoenix_link_get_type, phoenix_profile_get_links,
    { "label", "url", "username", "uid", NULL } },
  { "experience", phoenix_experience_get_type, phoenix_profile_get_experiences,
    { "title", "employer", "location", "start-date", "end-date", "current", "summary",
      "highlights", "url", "description", "uid", NULL } },
  { "education", phoenix_education_get_type, phoenix_profile_get_education,
    { "degree", "field", "school", "location", "start-date", "end-date", "current", "grade",
      "summary", "url", "courses", "uid", NULL } },
  { "skill", phoenix_skill_get_type, phoenix_profile_get_skills,
    { "name", "level", "category", "taxonomy-id", "keywords", "uid", NULL } },
  { "language", phoenix_language_get_type, phoenix_profile_get_languages,
    { "name", "level", "uid", NULL } },
  { "certification", phoenix_certification_get_type, phoenix_profile_get_certifications,
    { "name", "issuer", "date", "url", "uid", NULL } },
  { "project", phoenix_project_get_type, phoenix_profile_get_projects,
    { "name", "summary", "url", "start-date", "end-date", "highlights", "keywords", "roles",
      "entity", "kind", "uid", NULL } },
  { "interest", phoenix_interest_get_type, phoenix_profile_get_interests,
    { "name", "keywords", "uid", NULL } },
  { "volunteer", phoenix_volunteer_get_type, phoenix_profile_get_volunteering,
    { "organization", "position", "url", "start-date", "end-date", "current", "summary",
      "highlights", "uid", NULL } },
  { "award", phoenix_award_get_type, phoenix_profile_get_awards,
    { "title", "date", "awarder", "summary", "uid", NULL } },
  { "publication", phoenix_publication_get_type, phoenix_profile_get_publications,
    { "name", "publisher", "release-date", "url", "summary", "uid", NULL } },
  { "reference", phoenix_reference_get_type, phoenix_profile_get_references,
    { "name", "reference", "uid", NULL } },
};

/* The person columns, in the order of the statements below. */
enum {
  PERSON_NAME,
  PERSON_HEADLINE,
  PERSON_PHOTO,
  PERSON_EMAIL,
  PERSON_PHONE,
  PERSON_CITY,
  PERSON_COUNTRY,
  PERSON_SUMMARY,
  PERSON_URL,
  PERSON_ADDRESS,
  PERSON_POSTAL_CODE,
  PERSON_REGION,
  PERSON_JSON_RESUME_EXTRA,
  N_PERSON_COLUMNS
};

typedef struct
{
  char   *strings[N_PERSON_COLUMNS];  /* PERSON_PHOTO unused */
  GBytes *photo;
} PersonRow;

typedef struct
{
  PhoenixProfile *profile;
  gboolean        person_only;
} SaveData;

G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3_stmt, sqlite3_finalize)

static void
person_row_clear (PersonRow *row)
{
  for (guint i = 0; i < N_PERSON_COLUMNS; i++)
    g_clear_pointer (&row->strings[i], g_free);
  g_clear_pointer (&row->photo, g_bytes_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (PersonRow, person_row_clear)

static sqlite3 *
get_unlocked_db (PhoenixVault  *vault,
                 GError       **error)
{
  sqlite3 *db = _phoenix_vault_get_db (vault);

  if (db == NULL)
    g_set_error_literal (error, PHOENIX_VAULT_ERROR, PHOENIX_VAULT_ERROR_LOCKED,
                         _("The vault is locked. Unlock it to open your profile."));

  return db;
}

static sqlite3_stmt *
prepare (sqlite3     *db,
         const char  *sql,
         GError     **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      g_debug ("Cannot prepare “%s”: %s", sql, sqlite3_errmsg (db));
      _phoenix_vault_set_sqlite_error (error, db, rc);
      sqlite3_finalize (stmt);
      return NULL;
    }

  return stmt;
}

static char *
column_name (const char *property)
{
  char *name;

  /* "position" is the list index column; a volunteer's position is its role. */
  if (g_str_equal (property, "position"))
    return g_strdup ("role");

  name = g_strdup (property);

  g_strdelimit (name, "-", '_');
  return name;
}

static char *
dup_column_text (sqlite3_stmt *stmt,
                 int           column)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);

  return g_strdup (text != NULL ? text : "");
}

/* One string a line; empty strings are not stored, so not returned either. */
static char *
join_lines (const char * const *strv)
{
  GString *joined = g_string_new (NULL);

  for (guint i = 0; strv != NULL && strv[i] != NULL; i++)
    {
      if (strv[i][0] == '\0')
        continue;
      if (joined->len > 0)
        g_string_append_c (joined, '\n');
      g_string_append (joined, strv[i]);
    }

  return g_string_free (joined, FALSE);
}

static GStrv
split_lines (const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text != NULL ? text : "", "\n", -1);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (lines[i][0] != '\0')
        g_strv_builder_add (builder, lines[i]);
    }

  return g_strv_builder_end (builder);
}

static char *
build_select_sql (const ListTable *table)
{
  GString *sql = g_string_new ("SELECT ");

  for (guint i = 0; table->properties[i] != NULL; i++)
    {
      g_autofree char *column = column_name (table->properties[i]);

      g_string_append_printf (sql, "%s%s", i > 0 ? ", " : "", column);
    }
  g_string_append_printf (sql, " FROM %s ORDER BY position, id", table->table);

  return g_string_free (sql, FALSE);
}

static char *
build_insert_sql (const ListTable *table)
{
  GString *sql = g_string_new (NULL);
  guint i;

  g_string_append_printf (sql, "INSERT INTO %s (position", table->table);
  for (i = 0; table->properties[i] != NULL; i++)
    {
      g_autofree char *column = column_name (table->properties[i]);

      g_string_append_printf (sql, ", %s", column);
    }
  g_string_append (sql, ") VALUES (?");
  for (guint j = 0; j < i; j++)
    g_string_append (sql, ", ?");
  g_string_append (sql, ")");

  return g_string_free (sql, FALSE);
}

/* Reads one row of @stmt into a new entry of @type. */
static GObject *
entry_from_row (const ListTable *table,
                GType            type,
                sqlite3_stmt    *stmt)
{
  GObject *entry = g_object_new (type, NULL);
  GObjectClass *klass = G_OBJECT_GET_CLASS (entry);

  for (guint i = 0; table->properties[i] != NULL; i++)
    {
      GParamSpec *pspec = g_object_class_find_property (klass, table->properties[i]);
      g_auto(GValue) value = G_VALUE_INIT;

      g_assert (pspec != NULL);
      g_value_init (&value, pspec->value_type);

      if (pspec->value_type == G_TYPE_STRING)
        g_value_take_string (&value, dup_column_text (stmt, i));
      else if (pspec->value_type == G_TYPE_BOOLEAN)
        g_value_set_boolean (&value, sqlite3_column_int (stmt, i) != 0);
      else if (pspec->value_type == G_TYPE_STRV)
        g_value_take_boxed (&value, split_lines ((const char *) sqlite3_column_text (stmt, i)));
      else
        g_assert_not_reached ();

      g_object_set_property (entry, pspec->name, &value);
    }

  return entry;
}

/* Binds the properties of @entry to parameters 2… of @stmt (1 is the position). */
static int
bind_entry (const ListTable *table,
            GObject         *entry,
            sqlite3_stmt    *stmt)
{
  GObjectClass *klass = G_OBJECT_GET_CLASS (entry);

  for (guint i = 0; table->properties[i] != NULL; i++)
    {
      GParamSpec *pspec = g_object_class_find_property (klass, table->properties[i]);
      g_auto(GValue) value = G_VALUE_INIT;
      int param = (int) i + 2;
      int rc;

      g_assert (pspec != NULL);
      g_value_init (&value, pspec->value_type);
      g_object_get_property (entry, pspec->name, &value);

      if (pspec->value_type == G_TYPE_STRING)
        {
          const char *text = g_value_get_string (&value);

          rc = sqlite3_bind_text (stmt, param, text != NULL ? text : "", -1, SQLITE_TRANSIENT);
        }
      else if (pspec->value_type == G_TYPE_BOOLEAN)
        {
          rc = sqlite3_bind_int (stmt, param, g_value_get_boolean (&value) ? 1 : 0);
        }
      else if (pspec->value_type == G_TYPE_STRV)
        {
          char *text = join_lines (g_value_get_boxed (&value));

          rc = sqlite3_bind_text (stmt, param, text, -1, g_free);
        }
      else
        {
          g_assert_not_reached ();
        }

      if (rc != SQLITE_OK)
        return rc;
    }

  return SQLITE_OK;
}

static gboolean
read_person (sqlite3    *db,
             PersonRow  *row,
             GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  stmt = prepare (db,
                  "SELECT name, headline, photo, email, phone, city, country, summary,"
                  " url, address, postal_code, region, json_resume_extra"
                  " FROM person WHERE id = 1",
                  error);
  if (stmt == NULL)
    return FALSE;

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    {
      /* No row: an empty person. */
      for (guint i = 0; i < N_PERSON_COLUMNS; i++)
        row->strings[i] = g_strdup ("");
      return TRUE;
    }
  if (rc != SQLITE_ROW)
    {
      _phoenix_vault_set_sqlite_error (error, db, rc);
      return FALSE;
    }

  for (guint i = 0; i < N_PERSON_COLUMNS; i++)
    {
      if (i != PERSON_PHOTO)
        row->strings[i] = dup_column_text (stmt, (int) i);
    }

  if (sqlite3_column_type (stmt, PERSON_PHOTO) != SQLITE_NULL)
    {
      const void *blob = sqlite3_column_blob (stmt, PERSON_PHOTO);
      int size = sqlite3_column_bytes (stmt, PERSON_PHOTO);

      if (blob != NULL && size > 0)
        row->photo = g_bytes_new (blob, (gsize) size);
    }

  return TRUE;
}

static gboolean
read_list (sqlite3          *db,
           const ListTable  *table,
           GPtrArray        *entries,
           GError          **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *sql = build_select_sql (table);
  GType type = table->get_type ();
  int rc;

  stmt = prepare (db, sql, error);
  if (stmt == NULL)
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (entries, entry_from_row (table, type, stmt));

  if (rc != SQLITE_DONE)
    {
      _phoenix_vault_set_sqlite_error (error, db, rc);
      return FALSE;
    }

  return TRUE;
}

static gboolean
write_person (sqlite3         *db,
              PhoenixProfile  *profile,
              GError         **error)
{
  g_autoptr(sqlite3_stmt) update = NULL;
  g_autoptr(sqlite3_stmt) insert = NULL;
  const char *strings[N_PERSON_COLUMNS] = { NULL, };
  GBytes *photo;
  int rc = SQLITE_OK;

  strings[PERSON_NAME] = phoenix_profile_get_name (profile);
  strings[PERSON_HEADLINE] = phoenix_profile_get_headline (profile);
  strings[PERSON_EMAIL] = phoenix_profile_get_email (profile);
  strings[PERSON_PHONE] = phoenix_profile_get_phone (profile);
  strings[PERSON_CITY] = phoenix_profile_get_city (profile);
  strings[PERSON_COUNTRY] = phoenix_profile_get_country (profile);
  strings[PERSON_SUMMARY] = phoenix_profile_get_summary (profile);
  strings[PERSON_URL] = phoenix_profile_get_url (profile);
  strings[PERSON_ADDRESS] = phoenix_profile_get_address (profile);
  strings[PERSON_POSTAL_CODE] = phoenix_profile_get_postal_code (profile);
  strings[PERSON_REGION] = phoenix_profile_get_region (profile);
  strings[PERSON_JSON_RESUME_EXTRA] = phoenix_profile_get_json_resume_extra (profile);
  photo = phoenix_profile_get_photo (profile);

  /* An UPDATE keeps any column a later migration adds to the row. */
  update = prepare (db,
                    "UPDATE person SET name = ?1, headline = ?2, photo = ?3, email = ?4,"
                    " phone = ?5, city = ?6, country = ?7, summary = ?8, url = ?9, address = ?10,"
                    " postal_code = ?11, region = ?12, json_resume_extra = ?13, updated_at = ?14"
                    " WHERE id = 1",
                    error);
  if (update == NULL)
    return FALSE;

  for (guint i = 0; i < N_PERSON_COLUMNS && rc == SQLITE_OK; i++)
    {
      if (i == PERSON_PHOTO)
        {
          if (photo != NULL)
            {
              gsize size = 0;
              const void *data = g_bytes_get_data (photo, &size);

              rc = sqlite3_bind_blob64 (update, (int) i + 1, data, size, SQLITE_TRANSIENT);
            }
          else
            {
              rc = sqlite3_bind_null (update, (int) i + 1);
            }
        }
      else
        {
          rc = sqlite3_bind_text (update, (int) i + 1, strings[i], -1, SQLITE_TRANSIENT);
        }
    }
  if (rc == SQLITE_OK)
    rc = sqlite3_bind_int64 (update, N_PERSON_COLUMNS + 1, g_get_real_time () / G_USEC_PER_SEC);
  if (rc == SQLITE_OK)
    rc = sqlite3_step (update);
  if (rc != SQLITE_DONE)
    {
      _phoenix_vault_set_sqlite_error (error, db, rc);
      return FALSE;
    }

  if (sqlite3_changes (db) > 0)
    return TRUE;

  /* The first migration inserts the row; recreate it should it be missing. */
  insert = prepare (db, "INSERT INTO person (id) VALUES (1)", error);
  if (insert == NULL)
    return FALSE;
  rc = sqlite3_step (insert);
  if (rc != SQLITE_DONE)
    {
      _phoenix_vault_set_sqlite_error (error, db, rc);
      return FALSE;
    }

  sqlite3_reset (update);
  rc = sqlite3_step (update);
  if (rc != SQLITE_DONE)
    {
      _phoenix_vault_set_sqlite_error (error, db, rc);
      return FALSE;
    }

  return TRUE;
}

static gboolean
write_list (sqlite3          *db,
            PhoenixProfile   *profile,
            const ListTable  *table,
            GError          **error)
{
  g_autoptr(sqlite3_stmt) delete = NULL;
  g_autoptr(sqlite3_stmt) insert = NULL;
  g_autofree char *delete_sql = g_strdup_printf ("DELETE FROM %s", table->table);
  g_autofree char *insert_sql = build_insert_sql (table);
  GListModel *model = G_LIST_MODEL (table->get_store (profile));
  guint n_items = g_list_model_get_n_items (model);
  int rc;

  delete = prepare (db, delete_sql, error);
  if (delete == NULL)
    return FALSE;
  rc = sqlite3_step (delete);
  if (rc != SQLITE_DONE)
    {
      _phoenix_vault_set_sqlite_error (error, db, rc);
      return FALSE;
    }

  if (n_items == 0)
    return TRUE;

  insert = prepare (db, insert_sql, error);
  if (insert == NULL)
    return FALSE;

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(GObject) entry = g_list_model_get_item (model, i);

      sqlite3_reset (insert);
      sqlite3_clear_bindings (insert);

      rc = sqlite3_bind_int64 (insert, 1, i);
      if (rc == SQLITE_OK)
        rc = bind_entry (table, entry, insert);
      if (rc == SQLITE_OK)
        rc = sqlite3_step (insert);
      if (rc != SQLITE_DONE)
        {
          _phoenix_vault_set_sqlite_error (error, db, rc);
          return FALSE;
        }
    }

  return TRUE;
}

static gboolean
save_tx (sqlite3   *db,
         gpointer   user_data,
         GError   **error)
{
  SaveData *data = user_data;

  if (!write_person (db, data->profile, error))
    return FALSE;

  if (data->person_only)
    return TRUE;

  for (guint i = 0; i < G_N_ELEMENTS (list_tables); i++)
    {
      if (!write_list (db, data->profile, &list_tables[i], error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
save (PhoenixProfile  *self,
      PhoenixVault    *vault,
      gboolean         person_only,
      GError         **error)
{
  SaveData data = { self, person_only };

  if (get_unlocked_db (vault, error) == NULL)
    return FALSE;

  return _phoenix_vault_transaction (vault, save_tx, &data, error);
}

/* Reads the whole profile from @db into @self (each list in one splice); on error @self is
 * untouched. Runs on the main thread (phoenix_profile_load) or in a worker on a profile no
 * other thread sees yet (phoenix_profile_load_async). */
static gboolean
load_from_db (PhoenixProfile  *self,
              sqlite3         *db,
              GError         **error)
{
  g_auto(PersonRow) person = { { NULL, }, NULL };
  GPtrArray *lists[G_N_ELEMENTS (list_tables)] = { NULL, };
  gboolean ok = TRUE;

  /* Read everything first: on error, the profile stays as it was. */
  ok = read_person (db, &person, error);
  for (guint i = 0; ok && i < G_N_ELEMENTS (list_tables); i++)
    {
      lists[i] = g_ptr_array_new_with_free_func (g_object_unref);
      ok = read_list (db, &list_tables[i], lists[i], error);
    }

  if (ok)
    {
      phoenix_profile_freeze_changed (self);
      g_object_freeze_notify (G_OBJECT (self));

      phoenix_profile_set_name (self, person.strings[PERSON_NAME]);
      phoenix_profile_set_headline (self, person.strings[PERSON_HEADLINE]);
      phoenix_profile_set_email (self, person.strings[PERSON_EMAIL]);
      phoenix_profile_set_phone (self, person.strings[PERSON_PHONE]);
      phoenix_profile_set_city (self, person.strings[PERSON_CITY]);
      phoenix_profile_set_country (self, person.strings[PERSON_COUNTRY]);
      phoenix_profile_set_summary (self, person.strings[PERSON_SUMMARY]);
      phoenix_profile_set_url (self, person.strings[PERSON_URL]);
      phoenix_profile_set_address (self, person.strings[PERSON_ADDRESS]);
      phoenix_profile_set_postal_code (self, person.strings[PERSON_POSTAL_CODE]);
      phoenix_profile_set_region (self, person.strings[PERSON_REGION]);
      phoenix_profile_set_json_resume_extra (self, person.strings[PERSON_JSON_RESUME_EXTRA]);
      phoenix_profile_set_photo (self, person.photo);

      for (guint i = 0; i < G_N_ELEMENTS (list_tables); i++)
        {
          GListStore *store = list_tables[i].get_store (self);
          guint n_old = g_list_model_get_n_items (G_LIST_MODEL (store));

          if (n_old > 0 || lists[i]->len > 0)
            g_list_store_splice (store, 0, n_old, lists[i]->pdata, lists[i]->len);
        }

      g_object_thaw_notify (G_OBJECT (self));
      phoenix_profile_thaw_changed (self);
    }

  for (guint i = 0; i < G_N_ELEMENTS (list_tables); i++)
    g_clear_pointer (&lists[i], g_ptr_array_unref);

  return ok;
}

gboolean
phoenix_profile_load (PhoenixProfile  *self,
                      PhoenixVault    *vault,
                      GError         **error)
{
  sqlite3 *db;

  g_return_val_if_fail (PHOENIX_IS_PROFILE (self), FALSE);
  g_return_val_if_fail (PHOENIX_IS_VAULT (vault), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  db = get_unlocked_db (vault, error);
  if (db == NULL)
    return FALSE;

  return load_from_db (self, db, error);
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  PhoenixVault *vault = PHOENIX_VAULT (source_object);
  sqlite3 *db = task_data;
  g_autoptr(PhoenixProfile) profile = phoenix_profile_new ();
  g_autoptr(GError) error = NULL;
  gboolean ok;

  ok = !g_cancellable_set_error_if_cancelled (cancellable, &error) && load_from_db (profile, db, &error);
  _phoenix_vault_end_read (vault);

  if (ok)
    g_task_return_pointer (task, g_steal_pointer (&profile), g_object_unref);
  else
    g_task_return_error (task, g_steal_pointer (&error));
}

void
phoenix_profile_load_async (PhoenixVault        *vault,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3 *db;

  g_return_if_fail (PHOENIX_IS_VAULT (vault));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (vault, cancellable, callback, user_data);
  g_task_set_source_tag (task, phoenix_profile_load_async);
  g_task_set_name (task, "[phoenix] profile load");

  db = _phoenix_vault_begin_read (vault, &error);
  if (db == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  g_task_set_task_data (task, db, NULL);
  g_task_run_in_thread (task, load_thread);
}

PhoenixProfile *
phoenix_profile_load_finish (PhoenixVault  *vault,
                             GAsyncResult  *result,
                             GError       **error)
{
  g_return_val_if_fail (PHOENIX_IS_VAULT (vault), NULL);
  g_return_val_if_fail (g_task_is_valid (result, vault), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

gboolean
phoenix_profile_save (PhoenixProfile  *self,
                      PhoenixVault    *vault,
                      GError         **error)
{
  g_return_val_if_fail (PHOENIX_IS_PROFILE (self), FALSE);
  g_return_val_if_fail (PHOENIX_IS_VAULT (vault), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return save (self, vault, FALSE, error);
}

gboolean
phoenix_profile_save_person (PhoenixProfile  *self,
                             PhoenixVault    *vault,
                             GError         **error)
{
  g_return_val_if_fail (PHOENIX_IS_PROFILE (self), FALSE);
  g_return_val_if_fail (PHOENIX_IS_VAULT (vault), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return save (self, vault, TRUE, error);
}
