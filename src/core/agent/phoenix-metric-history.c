/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-metric-history"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "phoenix-metric-history.h"
#include "phoenix-vault-private.h"

typedef struct
{
  const char         *day;
  const char * const *metrics;
  const double       *values;
  guint               n;
} RecordData;

static gboolean
parse_day (const char *text,
           GDate      *date)
{
  int y, m, d;

  g_date_clear (date, 1);
  if (text == NULL || sscanf (text, "%4d-%2d-%2d", &y, &m, &d) != 3 || !g_date_valid_dmy (d, m, y))
    return FALSE;
  g_date_set_dmy (date, d, m, y);
  return TRUE;
}

static gboolean
record_tx (sqlite3   *db,
           gpointer   user_data,
           GError   **error)
{
  RecordData *data = user_data;
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (db, "INSERT OR REPLACE INTO overview_metric (day, metric, value) VALUES (?, ?, ?)",
                           -1, &stmt, NULL);
  if (!_phoenix_vault_check_sqlite (db, rc, SQLITE_OK, error))
    return FALSE;
  for (guint i = 0; i < data->n; i++)
    {
      sqlite3_reset (stmt);
      sqlite3_bind_text (stmt, 1, data->day, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 2, data->metrics[i], -1, SQLITE_TRANSIENT);
      sqlite3_bind_double (stmt, 3, data->values[i]);
      rc = sqlite3_step (stmt);
      if (!_phoenix_vault_check_sqlite (db, rc, SQLITE_DONE, error))
        {
          sqlite3_finalize (stmt);
          return FALSE;
        }
    }
  sqlite3_finalize (stmt);
  return TRUE;
}

gboolean
phoenix_metric_history_record_day (PhoenixVault       *vault,
                                   const char         *day,
                                   const char * const *metrics,
                                   const double       *values,
                                   guint               n,
                                   GError            **error)
{
  RecordData data = { day, metrics, values, n };
  GDate date;

  g_return_val_if_fail (PHOENIX_IS_VAULT (vault), FALSE);
  g_return_val_if_fail (n == 0 || (metrics != NULL && values != NULL), FALSE);

  if (!parse_day (day, &date))
    {
      g_set_error (error, PHOENIX_VAULT_ERROR, PHOENIX_VAULT_ERROR_INVALID, _("“%s” is not a date."), day);
      return FALSE;
    }
  if (!_phoenix_vault_require_unlocked (vault, _("Unlock the vault to keep the Overview’s history."), error))
    return FALSE;

  return _phoenix_vault_transaction (vault, record_tx, &data, error);
}

gboolean
phoenix_metric_history_record (PhoenixVault  *vault,
                               const char    *day,
                               const char    *metric,
                               double         value,
                               GError       **error)
{
  const char *metrics[] = { metric };

  return phoenix_metric_history_record_day (vault, day, metrics, &value, 1, error);
}

GArray *
phoenix_metric_history_read (PhoenixVault  *vault,
                             const char    *metric,
                             const char    *since,
                             GError       **error)
{
  g_autoptr(GArray) points = g_array_new (FALSE, FALSE, sizeof (PhoenixMetricPoint));
  sqlite3_stmt *stmt = NULL;
  sqlite3 *db;
  int rc;

  g_return_val_if_fail (PHOENIX_IS_VAULT (vault), NULL);
  g_return_val_if_fail (metric != NULL, NULL);

  if (!_phoenix_vault_require_unlocked (vault, _("Unlock the vault to read the Overview’s history."), error))
    return NULL;
  db = _phoenix_vault_get_db (vault);
  rc = sqlite3_prepare_v2 (db, "SELECT day, value FROM overview_metric WHERE metric = ? AND day >= ? ORDER BY day",
                           -1, &stmt, NULL);
  if (!_phoenix_vault_check_sqlite (db, rc, SQLITE_OK, error))
    return NULL;
  sqlite3_bind_text (stmt, 1, metric, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, since != NULL ? since : "", -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      PhoenixMetricPoint point;
      GDate date;

      if (!parse_day ((const char *) sqlite3_column_text (stmt, 0), &date))
        continue;
      point.day = g_date_get_julian (&date);
      point.value = sqlite3_column_double (stmt, 1);
      g_array_append_val (points, point);
    }
  sqlite3_finalize (stmt);
  if (!_phoenix_vault_check_sqlite (db, rc, SQLITE_DONE, error))
    return NULL;

  return g_steal_pointer (&points);
}
