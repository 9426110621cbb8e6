/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "phoenix-job-application.h"

G_BEGIN_DECLS

/*
 * Response and interview rates of a list of applications, overall and per sector, channel
 * or letter draft. Counted over the applications sent (the history reached "sent"): a
 * response is an interview, an offer or a rejection; an interview is an interview or an
 * offer. "Followed up" and "no answer" are no response.
 */

typedef enum
{
  PHOENIX_APPLICATION_GROUP_ALL,
  PHOENIX_APPLICATION_GROUP_SECTOR,
  PHOENIX_APPLICATION_GROUP_CHANNEL,
  PHOENIX_APPLICATION_GROUP_TEMPLATE,
} PhoenixApplicationGroup;

typedef struct
{
  char  *key;         /* sector code, channel id or draft id; "" for none (and for GROUP_ALL) */
  guint  total;       /* applications in the group, sent or not */
  guint  sent;
  guint  responses;
  guint  interviews;
} PhoenixApplicationRate;

/* 0–1; 0 when nothing was sent. */
double     phoenix_application_rate_get_response  (const PhoenixApplicationRate *rate);
double     phoenix_application_rate_get_interview (const PhoenixApplicationRate *rate);

/* PhoenixApplicationRate *, one per key found, sorted by key ("" last); one for GROUP_ALL. */
GPtrArray *phoenix_application_stats_compute      (GListModel              *applications,
                                                   PhoenixApplicationGroup  group);

G_END_DECLS
