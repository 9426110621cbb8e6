/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-application-query"

#include "config.h"

#include <string.h>

#include "phoenix-application-query.h"
#include "phoenix-letter-markup.h"

struct _PhoenixApplicationQuery
{
  GStrv  words;    /* folded */
  guint  statuses;
  char  *sector;
  int    channel;
};

PhoenixApplicationQuery *
phoenix_application_query_new (void)
{
  PhoenixApplicationQuery *self = g_new0 (PhoenixApplicationQuery, 1);

  self->channel = -1;
  return self;
}

void
phoenix_application_query_free (PhoenixApplicationQuery *self)
{
  if (self == NULL)
    return;
  g_strfreev (self->words);
  g_free (self->sector);
  g_free (self);
}

void
phoenix_application_query_set_text (PhoenixApplicationQuery *self,
                                    const char              *text)
{
  g_autofree char *folded = NULL;

  g_return_if_fail (self != NULL);

  g_clear_pointer (&self->words, g_strfreev);
  folded = phoenix_letter_fold (text != NULL ? text : "");
  if (folded[0] != '\0')
    self->words = g_strsplit (folded, " ", -1);
}

void
phoenix_application_query_set_statuses (PhoenixApplicationQuery *self,
                                        guint                    mask)
{
  g_return_if_fail (self != NULL);
  self->statuses = mask;
}

void
phoenix_application_query_set_sector (PhoenixApplicationQuery *self,
                                      const char              *sector)
{
  g_return_if_fail (self != NULL);
  g_free (self->sector);
  self->sector = sector != NULL && sector[0] != '\0' ? g_strdup (sector) : NULL;
}

void
phoenix_application_query_set_channel (PhoenixApplicationQuery *self,
                                       int                      channel)
{
  g_return_if_fail (self != NULL);
  self->channel = channel;
}

gboolean
phoenix_application_query_is_empty (PhoenixApplicationQuery *self)
{
  g_return_val_if_fail (self != NULL, TRUE);
  return self->words == NULL && self->statuses == 0 && self->sector == NULL && self->channel < 0;
}

gboolean
phoenix_application_query_matches (PhoenixApplicationQuery *self,
                                   PhoenixJobApplication   *app)
{
  const char *text;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (PHOENIX_IS_JOB_APPLICATION (app), FALSE);

  if (self->statuses != 0 && (self->statuses & (1u << phoenix_job_application_get_status (app))) == 0)
    return FALSE;
  if (self->sector != NULL && strcmp (self->sector, phoenix_job_application_get_sector (app)) != 0)
    return FALSE;
  if (self->channel >= 0 && self->channel != (int) phoenix_job_application_get_channel (app))
    return FALSE;
  if (self->words == NULL)
    return TRUE;
  text = phoenix_job_application_get_search_text (app);
  for (guint i = 0; self->words[i] != NULL; i++)
    {
      if (strstr (text, self->words[i]) == NULL)
        return FALSE;
    }
  return TRUE;
}

static int
compare_int64 (gint64 a,
               gint64 b)
{
  return a < b ? -1 : a > b;
}

int
phoenix_job_application_compare (PhoenixJobApplication  *a,
                                 PhoenixJobApplication  *b,
                                 PhoenixApplicationSort  sort)
{
  int result = 0;

  switch (sort)
    {
    case PHOENIX_APPLICATION_SORT_SENT:
      {
        gint64 x = phoenix_job_application_get_sent_at (a), y = phoenix_job_application_get_sent_at (b);

        if ((x == 0) != (y == 0))
          return x == 0 ? 1 : -1;
        result = compare_int64 (y, x);
      }
      break;
    case PHOENIX_APPLICATION_SORT_COMPANY:
      result = g_utf8_collate (phoenix_job_application_get_company (a), phoenix_job_application_get_company (b));
      break;
    case PHOENIX_APPLICATION_SORT_STATUS:
      result = (int) phoenix_job_application_get_status (a) - (int) phoenix_job_application_get_status (b);
      break;
    case PHOENIX_APPLICATION_SORT_UPDATED:
    default:
      break;
    }
  if (result == 0)
    result = compare_int64 (phoenix_job_application_get_updated_at (b), phoenix_job_application_get_updated_at (a));
  if (result == 0)
    result = compare_int64 (phoenix_job_application_get_id (b), phoenix_job_application_get_id (a));
  return result;
}
