/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-project"

#include "config.h"

#include "phoenix-project.h"

struct _PhoenixProject
{
  GObject parent_instance;

  char  *name;
  char  *summary;
  char  *url;
  char  *start_date;
  char  *end_date;
  GStrv  highlights;
};

enum {
  PROP_0,
  PROP_NAME,
  PROP_SUMMARY,
  PROP_URL,
  PROP_START_DATE,
  PROP_END_DATE,
  PROP_HIGHLIGHTS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (PhoenixProject, phoenix_project, G_TYPE_OBJECT)

static void
phoenix_project_finalize (GObject *object)
{
  PhoenixProject *self = PHOENIX_PROJECT (object);

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->summary, g_free);
  g_clear_pointer (&self->url, g_free);
  g_clear_pointer (&self->start_date, g_free);
  g_clear_pointer (&self->end_date, g_free);
  g_clear_pointer (&self->highlights, g_strfreev);

  G_OBJECT_CLASS (phoenix_project_parent_class)->finalize (object);
}

static void
phoenix_project_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  PhoenixProject *self = PHOENIX_PROJECT (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_SUMMARY:
      g_value_set_string (value, self->summary);
      break;

    case PROP_URL:
      g_value_set_string (value, self->url);
      break;

    case PROP_START_DATE:
      g_value_set_string (value, self->start_date);
      break;

    case PROP_END_DATE:
      g_value_set_string (value, self->end_date);
      break;

    case PROP_HIGHLIGHTS:
      g_value_set_boxed (value, self->highlights);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
phoenix_project_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  PhoenixProject *self = PHOENIX_PROJECT (object);

  switch (prop_id)
    {
    case PROP_NAME:
      phoenix_project_set_name (self, g_value_get_string (value));
      break;

    case PROP_SUMMARY:
      phoenix_project_set_summary (self, g_value_get_string (value));
      break;

    case PROP_URL:
      phoenix_project_set_url (self, g_value_get_string (value));
      break;

    case PROP_START_DATE:
      phoenix_project_set_start_date (self, g_value_get_string (value));
      break;

    case PROP_END_DATE:
      phoenix_project_set_end_date (self, g_value_get_string (value));
      break;

    case PROP_HIGHLIGHTS:
      phoenix_project_set_highlights (self, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
phoenix_project_class_init (PhoenixProjectClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = phoenix_project_finalize;
  object_class->get_property = phoenix_project_get_property;
  object_class->set_property = phoenix_project_set_property;

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_SUMMARY] =
    g_param_spec_string ("summary", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_URL] =
    g_param_spec_string ("url", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_START_DATE] =
    g_param_spec_string ("start-date", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_END_DATE] =
    g_param_spec_string ("end-date", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_HIGHLIGHTS] =
    g_param_spec_boxed ("highlights", NULL, NULL,
                        G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
phoenix_project_init (PhoenixProject *self)
{
  self->name = g_strdup ("");
  self->summary = g_strdup ("");
  self->url = g_strdup ("");
  self->start_date = g_strdup ("");
  self->end_date = g_strdup ("");
  self->highlights = g_new0 (char *, 1);
}

PhoenixProject *
phoenix_project_new (void)
{
  return g_object_new (PHOENIX_TYPE_PROJECT, NULL);
}

const char *
phoenix_project_get_name (PhoenixProject *self)
{
  g_return_val_if_fail (PHOENIX_IS_PROJECT (self), NULL);

  return self->name;
}

void
phoenix_project_set_name (PhoenixProject *self,
                          const char     *name)
{
  g_return_if_fail (PHOENIX_IS_PROJECT (self));

  if (name == NULL)
    name = "";

  if (g_strcmp0 (self->name, name) == 0)
    return;

  g_free (self->name);
  self->name = g_strdup (name);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

const char *
phoenix_project_get_summary (PhoenixProject *self)
{
  g_return_val_if_fail (PHOENIX_IS_PROJECT (self), NULL);

  return self->summary;
}

void
phoenix_project_set_summary (PhoenixProject *self,
                             const char     *summary)
{
  g_return_if_fail (PHOENIX_IS_PROJECT (self));

  if (summary == NULL)
    summary = "";

  if (g_strcmp0 (self->summary, summary) == 0)
    return;

  g_free (self->summary);
  self->summary = g_strdup (summary);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUMMARY]);
}

const char *
phoenix_project_get_url (PhoenixProject *self)
{
  g_return_val_if_fail (PHOENIX_IS_PROJECT (self), NULL);

  return self->url;
}

void
phoenix_project_set_url (PhoenixProject *self,
                         const char     *url)
{
  g_return_if_fail (PHOENIX_IS_PROJECT (self));

  if (url == NULL)
    url = "";

  if (g_strcmp0 (self->url, url) == 0)
    return;

  g_free (self->url);
  self->url = g_strdup (url);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_URL]);
}

const char *
phoenix_project_get_start_date (PhoenixProject *self)
{
  g_return_val_if_fail (PHOENIX_IS_PROJECT (self), NULL);

  return self->start_date;
}

void
phoenix_project_set_start_date (PhoenixProject *self,
                                const char     *start_date)
{
  g_return_if_fail (PHOENIX_IS_PROJECT (self));

  if (start_date == NULL)
    start_date = "";

  if (g_strcmp0 (self->start_date, start_date) == 0)
    return;

  g_free (self->start_date);
  self->start_date = g_strdup (start_date);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_START_DATE]);
}

const char *
phoenix_project_get_end_date (PhoenixProject *self)
{
  g_return_val_if_fail (PHOENIX_IS_PROJECT (self), NULL);

  return self->end_date;
}

void
phoenix_project_set_end_date (PhoenixProject *self,
                              const char     *end_date)
{
  g_return_if_fail (PHOENIX_IS_PROJECT (self));

  if (end_date == NULL)
    end_date = "";

  if (g_strcmp0 (self->end_date, end_date) == 0)
    return;

  g_free (self->end_date);
  self->end_date = g_strdup (end_date);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_END_DATE]);
}

const char * const *
phoenix_project_get_highlights (PhoenixProject *self)
{
  g_return_val_if_fail (PHOENIX_IS_PROJECT (self), NULL);

  return (const char * const *) self->highlights;
}

void
phoenix_project_set_highlights (PhoenixProject     *self,
                                const char * const *highlights)
{
  static const char * const empty[] = { NULL };

  g_return_if_fail (PHOENIX_IS_PROJECT (self));

  if (highlights == NULL)
    highlights = empty;

  if (g_strv_equal ((const char * const *) self->highlights, highlights))
    return;

  g_strfreev (self->highlights);
  self->highlights = g_strdupv ((char **) highlights);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HIGHLIGHTS]);
}
