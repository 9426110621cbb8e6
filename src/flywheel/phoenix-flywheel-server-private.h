/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <libsoup/soup.h>

#include "phoenix-flywheel-metrics.h"
#include "phoenix-flywheel-rate-limit.h"
#include "phoenix-flywheel-server.h"

G_BEGIN_DECLS

/* What phoenix-flywheel-server.c (connections, requests) and -jobs.c (the work in worker threads) share. */

struct _PhoenixFlywheelServer
{
  GObject                   parent_instance;

  PhoenixFlywheelConfig     config;
  SoupServer               *soup;
  GSocketService           *service;
  GTlsCertificate          *tls;
  PhoenixFlywheelStore     *store;
  PhoenixTaxonomy          *taxonomy;
  PhoenixFlywheelRateLimit *rate_limit;
  PhoenixFlywheelMetrics   *metrics;
  guint                     port;

  /* Our connections: "address:port" of the peer → GSocketConnection (not a reference). */
  GHashTable               *connections;
  /* Peer address → number of open connections. */
  GHashTable               *per_address;
  guint                     in_flight;
  guint                     prune_source;

  gboolean                  stopping;
  GTask                    *stop_task;
  gint64                    stop_deadline;
  guint                     stop_source;
};

/* A worker thread's answer. */
typedef struct
{
  guint       status;
  const char *content_type;
  char       *body;
  guint       retry_after;
} Answer;

typedef void (*JobFunc) (PhoenixFlywheelServer *self,
                         gpointer               data,
                         Answer                *answer);

typedef struct
{
  PhoenixFlywheelServer *server;
  SoupServerMessage     *msg;
  JobFunc                func;
  gpointer               data;
  GDestroyNotify         data_free;
  Answer                 answer;
} Job;

char *_phoenix_flywheel_json_error           (const char            *code,
                                              const char            *field,
                                              const char            *message);
void  _phoenix_flywheel_respond              (SoupServerMessage     *msg,
                                              guint                  status,
                                              const char            *content_type,
                                              const char            *body);
/* Runs @func in a worker thread, @msg paused meanwhile, and answers with what it set. */
void  _phoenix_flywheel_server_run_job       (PhoenixFlywheelServer *self,
                                              SoupServerMessage     *msg,
                                              JobFunc                func,
                                              gpointer               data,
                                              GDestroyNotify         data_free);
void  _phoenix_flywheel_server_run_metrics   (PhoenixFlywheelServer *self,
                                              SoupServerMessage     *msg);
/* @data: the request body (GByteArray *). */
void  _phoenix_flywheel_contribution_job     (PhoenixFlywheelServer *self,
                                              gpointer               data,
                                              Answer                *answer);
/* @data: the install id. */
void  _phoenix_flywheel_delete_job           (PhoenixFlywheelServer *self,
                                              gpointer               data,
                                              Answer                *answer);
/* @data: the occupation code. */
void  _phoenix_flywheel_insights_job         (PhoenixFlywheelServer *self,
                                              gpointer               data,
                                              Answer                *answer);

G_END_DECLS
