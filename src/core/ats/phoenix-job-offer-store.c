/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-job-offer-store"

#include "config.h"

#include <glib/gi18n.h>

#include "phoenix-job-offer-store.h"
#include "phoenix-vault-private.h"

typedef struct
{
  PhoenixJobOffer *offer;
  gint64           id;
} SaveData;

static char *
skills_to_text (PhoenixJobOffer *offer)
{
  PhoenixTaxonomy *taxonomy = phoenix_job_offer_get_taxonomy (offer);
  GArray *skills = phoenix_job_offer_get_skills (offer);
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < skills->len; i++)
    {
      PhoenixOfferSkill *skill = &g_array_index (skills, PhoenixOfferSkill, i);

      g_string_append_printf (text, "%s\t%s\n", phoenix_taxonomy_get_skill_id (taxonomy, skill->skill),
                              skill->required ? "required" : "nice");
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static gboolean
check (sqlite3  *db,
       int       rc,
       int       expected,
       GError  **error)
{
  if (rc == expected)
    return TRUE;
  _phoenix_vault_set_sqlite_error (error, db, rc);

  return FALSE;
}

static gboolean
save_tx (sqlite3   *db,
         gpointer   user_data,
         GError   **error)
{
  SaveData *data = user_data;
  PhoenixJobOffer *offer = data->offer;
  g_autofree char *skills = skills_to_text (offer);
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  gint64 id = phoenix_job_offer_get_id (offer);
  sqlite3_stmt *stmt = NULL;
  int rc;

  if (id == 0)
    rc = sqlite3_prepare_v2 (db,
                             "INSERT INTO job_offer (text, title, company, location, contract, education,"
                             " experience_years, occupation, skills, updated_at, created_at, occupation_runner_up)"
                             " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10, ?12)", -1, &stmt, NULL);
  else
    rc = sqlite3_prepare_v2 (db,
                             "UPDATE job_offer SET text = ?1, title = ?2, company = ?3, location = ?4,"
                             " contract = ?5, education = ?6, experience_years = ?7, occupation = ?8,"
                             " skills = ?9, updated_at = ?10, occupation_runner_up = ?12 WHERE id = ?11", -1, &stmt, NULL);
  if (!check (db, rc, SQLITE_OK, error))
    return FALSE;

  sqlite3_bind_text (stmt, 1, phoenix_job_offer_get_text (offer), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, phoenix_job_offer_get_title (offer), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 3, phoenix_job_offer_get_company (offer), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, phoenix_job_offer_get_location (offer), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 5, phoenix_job_offer_get_contract (offer), -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 6, phoenix_job_offer_get_education (offer));
  sqlite3_bind_int (stmt, 7, phoenix_job_offer_get_experience_years (offer));
  sqlite3_bind_text (stmt, 8, phoenix_job_offer_get_occupation (offer), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 9, skills, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 10, now);
  sqlite3_bind_text (stmt, 12, phoenix_job_offer_get_occupation_runner_up (offer), -1, SQLITE_TRANSIENT);
  if (id != 0)
    sqlite3_bind_int64 (stmt, 11, id);
  rc = sqlite3_step (stmt);
  sqlite3_finalize (stmt);
  if (!check (db, rc, SQLITE_DONE, error))
    return FALSE;

  data->id = id != 0 ? id : sqlite3_last_insert_rowid (db);

  return TRUE;
}

gint64
phoenix_job_offer_store_save (PhoenixVault     *vault,
                              PhoenixJobOffer  *offer,
                              GError          **error)
{
  SaveData data = { offer, 0 };

  g_return_val_if_fail (PHOENIX_IS_VAULT (vault), 0);
  g_return_val_if_fail (PHOENIX_IS_JOB_OFFER (offer), 0);

  if (!_phoenix_vault_transaction (vault, save_tx, &data, error))
    return 0;
  phoenix_job_offer_set_id (offer, data.id);

  return data.id;
}

static const char *
column_text (sqlite3_stmt *stmt,
             int           column)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);

  return text != NULL ? text : "";
}

struct _PhoenixJobOfferRow
{
  gint64  id;
  char   *text;
  char   *title;
  char   *company;
  char   *location;
  char   *contract;
  int     education;
  int     experience_years;
  char   *occupation;
  char   *occupation_runner_up;
  char   *skills;
};

void
phoenix_job_offer_row_free (PhoenixJobOfferRow *row)
{
  if (row == NULL)
    return;
  g_free (row->text);
  g_free (row->title);
  g_free (row->company);
  g_free (row->location);
  g_free (row->contract);
  g_free (row->occupation);
  g_free (row->occupation_runner_up);
  g_free (row->skills);
  g_free (row);
}

const char *
phoenix_job_offer_row_get_occupation (PhoenixJobOfferRow *row)
{
  g_return_val_if_fail (row != NULL, NULL);
  return row->occupation;
}

GPtrArray *
phoenix_job_offer_store_read_rows (PhoenixVault  *vault,
                                   guint          limit,
                                   GError       **error)
{
  sqlite3 *db;
  sqlite3_stmt *stmt = NULL;
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) phoenix_job_offer_row_free);
  int rc;

  g_return_val_if_fail (PHOENIX_IS_VAULT (vault), NULL);

  db = _phoenix_vault_get_db (vault);
  if (db == NULL)
    {
      g_set_error_literal (error, PHOENIX_VAULT_ERROR, PHOENIX_VAULT_ERROR_LOCKED, _("The vault is locked."));
      return NULL;
    }
  rc = sqlite3_prepare_v2 (db,
                           "SELECT id, text, title, company, location, contract, education, experience_years,"
                           " occupation, skills, occupation_runner_up FROM job_offer ORDER BY updated_at DESC, id DESC LIMIT ?", -1, &stmt, NULL);
  if (!check (db, rc, SQLITE_OK, error))
    return NULL;
  sqlite3_bind_int64 (stmt, 1, limit > 0 ? (gint64) limit : -1);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      PhoenixJobOfferRow *row = g_new0 (PhoenixJobOfferRow, 1);

      row->id = sqlite3_column_int64 (stmt, 0);
      row->text = g_strdup (column_text (stmt, 1));
      row->title = g_strdup (column_text (stmt, 2));
      row->company = g_strdup (column_text (stmt, 3));
      row->location = g_strdup (column_text (stmt, 4));
      row->contract = g_strdup (column_text (stmt, 5));
      row->education = sqlite3_column_int (stmt, 6);
      row->experience_years = sqlite3_column_int (stmt, 7);
      row->occupation = g_strdup (column_text (stmt, 8));
      row->skills = g_strdup (column_text (stmt, 9));
      row->occupation_runner_up = g_strdup (column_text (stmt, 10));
      g_ptr_array_add (rows, row);
    }
  sqlite3_finalize (stmt);
  if (!check (db, rc, SQLITE_DONE, error))
    return NULL;

  return g_steal_pointer (&rows);
}

PhoenixJobOffer *
phoenix_job_offer_row_build (PhoenixJobOfferRow    *row,
                             PhoenixSkillExtractor *extractor)
{
  PhoenixTaxonomy *taxonomy = phoenix_skill_extractor_get_taxonomy (extractor);
  PhoenixJobOffer *offer = phoenix_job_offer_new_from_text (extractor, row->text);
  GArray *current = phoenix_job_offer_get_skills (offer);
  /* What the text gives today: where it names each skill and how strongly, kept for the stored ones. */
  g_autoptr(GArray) read = g_array_copy (current);
  g_auto(GStrv) lines = g_strsplit (row->skills, "\n", -1);

  phoenix_job_offer_set_id (offer, row->id);
  phoenix_job_offer_set_title (offer, row->title);
  phoenix_job_offer_set_company (offer, row->company);
  phoenix_job_offer_set_location (offer, row->location);
  phoenix_job_offer_set_contract (offer, row->contract);
  phoenix_job_offer_set_education (offer, CLAMP (row->education, PHOENIX_EDUCATION_UNKNOWN, PHOENIX_EDUCATION_DOCTORATE));
  phoenix_job_offer_set_experience_years (offer, row->experience_years);
  phoenix_job_offer_set_occupation (offer, row->occupation);
  /* After the occupation, which clears it: the close second guess saved with the offer (schema 10). */
  phoenix_job_offer_set_occupation_runner_up (offer, row->occupation_runner_up);
  /* The stored skills replace what the text gives today. */
  while (current->len > 0)
    phoenix_job_offer_remove_skill (offer, g_array_index (current, PhoenixOfferSkill, 0).skill);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = g_strsplit (lines[i], "\t", 2);
      guint skill;

      if (fields[0] == NULL || fields[1] == NULL || !phoenix_taxonomy_lookup_skill (taxonomy, fields[0], &skill))
        continue;
      phoenix_job_offer_set_skill (offer, skill, g_strcmp0 (fields[1], "required") == 0);
    }
  for (guint i = 0; i < current->len; i++)
    {
      PhoenixOfferSkill *skill = &g_array_index (current, PhoenixOfferSkill, i);

      for (guint r = 0; r < read->len; r++)
        {
          PhoenixOfferSkill *as_read = &g_array_index (read, PhoenixOfferSkill, r);

          if (as_read->skill == skill->skill)
            {
              skill->start = as_read->start;
              skill->end = as_read->end;
              skill->weak = as_read->weak;
            }
        }
    }
  return offer;
}

GPtrArray *
phoenix_job_offer_store_list (PhoenixVault           *vault,
                              PhoenixSkillExtractor  *extractor,
                              GError                **error)
{
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) offers = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (PHOENIX_IS_VAULT (vault), NULL);
  g_return_val_if_fail (PHOENIX_IS_SKILL_EXTRACTOR (extractor), NULL);

  rows = phoenix_job_offer_store_read_rows (vault, 0, error);
  if (rows == NULL)
    return NULL;
  for (guint i = 0; i < rows->len; i++)
    g_ptr_array_add (offers, phoenix_job_offer_row_build (g_ptr_array_index (rows, i), extractor));

  return g_steal_pointer (&offers);
}

static gboolean
delete_tx (sqlite3   *db,
           gpointer   user_data,
           GError   **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (db, "DELETE FROM job_offer WHERE id = ?1", -1, &stmt, NULL);

  if (!check (db, rc, SQLITE_OK, error))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, *(gint64 *) user_data);
  rc = sqlite3_step (stmt);
  sqlite3_finalize (stmt);

  return check (db, rc, SQLITE_DONE, error);
}

gboolean
phoenix_job_offer_store_delete (PhoenixVault  *vault,
                                gint64         id,
                                GError       **error)
{
  g_return_val_if_fail (PHOENIX_IS_VAULT (vault), FALSE);

  return _phoenix_vault_transaction (vault, delete_tx, &id, error);
}
