/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "phoenix-job-application.h"

G_BEGIN_DECLS

/*
 * What the tracker's list shows: words to find (in company, position, contact and notes,
 * case and accents ignored; every word must be found), statuses, a sector, a channel; and
 * the orders it sorts by.
 */

typedef struct _PhoenixApplicationQuery PhoenixApplicationQuery;

typedef enum
{
  PHOENIX_APPLICATION_SORT_UPDATED,   /* latest change first */
  PHOENIX_APPLICATION_SORT_SENT,      /* latest sent first, unsent last */
  PHOENIX_APPLICATION_SORT_COMPANY,   /* A → Z */
  PHOENIX_APPLICATION_SORT_STATUS,    /* to apply → no answer */
} PhoenixApplicationSort;

PhoenixApplicationQuery *phoenix_application_query_new         (void);
void                     phoenix_application_query_free        (PhoenixApplicationQuery *self);
void                     phoenix_application_query_set_text    (PhoenixApplicationQuery *self,
                                                                const char              *text);
/* 0: every status; else bits 1 << PhoenixApplicationStatus. */
void                     phoenix_application_query_set_statuses (PhoenixApplicationQuery *self,
                                                                 guint                    mask);
/* NULL or "": every sector. */
void                     phoenix_application_query_set_sector  (PhoenixApplicationQuery *self,
                                                                const char              *sector);
/* -1: every channel. */
void                     phoenix_application_query_set_channel (PhoenixApplicationQuery *self,
                                                                int                      channel);
gboolean                 phoenix_application_query_is_empty    (PhoenixApplicationQuery *self);
gboolean                 phoenix_application_query_matches     (PhoenixApplicationQuery *self,
                                                                PhoenixJobApplication   *app);

int                      phoenix_job_application_compare       (PhoenixJobApplication   *a,
                                                                PhoenixJobApplication   *b,
                                                                PhoenixApplicationSort   sort);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PhoenixApplicationQuery, phoenix_application_query_free)

G_END_DECLS
