/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-application"
#include "config.h"
#include "phoenix-application.h"
struct _PhoenixApplication { AdwApplication parent_instance; };
G_DEFINE_FINAL_TYPE (PhoenixApplication, phoenix_application, ADW_TYPE_APPLICATION)
static void phoenix_application_class_init (PhoenixApplicationClass *klass) { }
static void phoenix_application_init (PhoenixApplication *self) { }
PhoenixApplication *
phoenix_application_new (const char *application_id, GApplicationFlags flags)
{
  return g_object_new (PHOENIX_TYPE_APPLICATION, "application-id", application_id, "flags", flags, NULL);
}
