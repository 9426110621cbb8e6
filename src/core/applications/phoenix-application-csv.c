/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-application-csv"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "phoenix-application-csv.h"
#include "phoenix-job-application.h"

static void
append_field (GString    *out,
              const char *value,
              gboolean    last)
{
  if (strpbrk (value, ",\"\r\n") != NULL)
    {
      g_string_append_c (out, '"');
      for (const char *p = value; *p != '\0'; p++)
        {
          if (*p == '"')
            g_string_append_c (out, '"');
          g_string_append_c (out, *p);
        }
      g_string_append_c (out, '"');
    }
  else
    {
      g_string_append (out, value);
    }
  g_string_append (out, last ? "\r\n" : ",");
}

static char *
format_day (gint64 when)
{
  g_autoptr(GDateTime) date = NULL;

  if (when == 0)
    return g_strdup ("");
  date = g_date_time_new_from_unix_local (when);
  return date != NULL ? g_date_time_format (date, "%Y-%m-%d") : g_strdup ("");
}

char *
phoenix_application_csv_export (GListModel *applications)
{
  const char *header[] = {
    _("Company"), _("Position"), _("Sector"), _("Channel"), _("Status"), _("Date sent"), _("Contact"),
    _("Follow-up days"), _("Last change"), _("Letter draft"), _("Notes"),
  };
  g_autoptr(GString) out = g_string_new ("\xEF\xBB\xBF");

  g_return_val_if_fail (G_IS_LIST_MODEL (applications), NULL);

  for (guint i = 0; i < G_N_ELEMENTS (header); i++)
    append_field (out, header[i], i == G_N_ELEMENTS (header) - 1);

  for (guint i = 0; i < g_list_model_get_n_items (applications); i++)
    {
      g_autoptr(PhoenixJobApplication) app = g_list_model_get_item (applications, i);
      GArray *history = phoenix_job_application_get_history (app);
      g_autofree char *sent = format_day (phoenix_job_application_get_sent_at (app));
      g_autofree char *changed = format_day (history->len > 0
                                             ? g_array_index (history, PhoenixStatusChange, history->len - 1).changed_at
                                             : phoenix_job_application_get_updated_at (app));
      g_autofree char *days = g_strdup_printf ("%u", phoenix_job_application_get_follow_up_days (app));

      append_field (out, phoenix_job_application_get_company (app), FALSE);
      append_field (out, phoenix_job_application_get_position (app), FALSE);
      append_field (out, phoenix_job_application_get_sector (app), FALSE);
      append_field (out, phoenix_application_channel_to_string (phoenix_job_application_get_channel (app)), FALSE);
      append_field (out, phoenix_application_status_to_string (phoenix_job_application_get_status (app)), FALSE);
      append_field (out, sent, FALSE);
      append_field (out, phoenix_job_application_get_contact (app), FALSE);
      append_field (out, days, FALSE);
      append_field (out, changed, FALSE);
      append_field (out, phoenix_job_application_get_letter_template (app), FALSE);
      append_field (out, phoenix_job_application_get_notes (app), TRUE);
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}
