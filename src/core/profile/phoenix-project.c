/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-project"

#include "config.h"

#include "phoenix-project.h"
#include "phoenix-entry-util.h"

struct _PhoenixProject
{
  GObject parent_instance;

  char  *name;
  char  *summary;
  char  *url;
  char  *start_date;
  char  *end_date;
  GStrv  highlights;
  GStrv  keywords;
  GStrv  roles;
  char  *entity;
  char  *kind;
  char  *uid;
};

enum {
  PROP_0,
  PROP_NAME,
  PROP_SUMMARY,
  PROP_URL,
  PROP_START_DATE,
  PROP_END_DATE,
  PROP_HIGHLIGHTS,
  PROP_KEYWORDS,
  PROP_ROLES,
  PROP_ENTITY,
  PROP_KIND,
  PROP_UID,
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
  g_clear_pointer (&self->keywords, g_strfreev);
  g_clear_pointer (&self->roles, g_strfreev);
  g_clear_pointer (&self->entity, g_free);
  g_clear_pointer (&self->kind, g_free);
  g_clear_pointer (&self->uid, g_free);

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

    case PROP_KEYWORDS:
      g_value_set_boxed (value, self->keywords);
      break;

    case PROP_ROLES:
      g_value_set_boxed (value, self->roles);
      break;

    case PROP_ENTITY:
      g_value_set_string (value, self->entity);
      break;

    case PROP_KIND:
      g_value_set_string (value, self->kind);
      break;

    case PROP_UID:
      g_value_set_string (value, self->uid);
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

    case PROP_KEYWORDS:
      phoenix_project_set_keywords (self, g_value_get_boxed (value));
      break;

    case PROP_ROLES:
      phoenix_project_set_roles (self, g_value_get_boxed (value));
      break;

    case PROP_ENTITY:
      phoenix_project_set_entity (self, g_value_get_string (value));
      break;

    case PROP_KIND:
      phoenix_project_set_kind (self, g_value_get_string (value));
      break;

    case PROP_UID:
      phoenix_project_set_uid (self, g_value_get_string (value));
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

  properties[PROP_KEYWORDS] =
    g_param_spec_boxed ("keywords", NULL, NULL,
                        G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_ROLES] =
    g_param_spec_boxed ("roles", NULL, NULL,
                        G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_ENTITY] =
    g_param_spec_string ("entity", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_KIND] =
    g_param_spec_string ("kind", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_UID] =
    g_param_spec_string ("uid", NULL, NULL,
                         "",
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
  self->keywords = g_new0 (char *, 1);
  self->roles = g_new0 (char *, 1);
  self->entity = g_strdup ("");
  self->kind = g_strdup ("");
  self->uid = g_strdup ("");
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

  _phoenix_entry_set_string (G_OBJECT (self), &self->name, name, properties[PROP_NAME]);
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

  _phoenix_entry_set_string (G_OBJECT (self), &self->summary, summary, properties[PROP_SUMMARY]);
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

  _phoenix_entry_set_string (G_OBJECT (self), &self->url, url, properties[PROP_URL]);
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

  _phoenix_entry_set_string (G_OBJECT (self), &self->start_date, start_date, properties[PROP_START_DATE]);
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

  _phoenix_entry_set_string (G_OBJECT (self), &self->end_date, end_date, properties[PROP_END_DATE]);
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
  g_return_if_fail (PHOENIX_IS_PROJECT (self));

  _phoenix_entry_set_strv (G_OBJECT (self), &self->highlights, highlights, properties[PROP_HIGHLIGHTS]);
}

const char * const *
phoenix_project_get_keywords (PhoenixProject *self)
{
  g_return_val_if_fail (PHOENIX_IS_PROJECT (self), NULL);

  return (const char * const *) self->keywords;
}

void
phoenix_project_set_keywords (PhoenixProject     *self,
                              const char * const *keywords)
{
  g_return_if_fail (PHOENIX_IS_PROJECT (self));

  _phoenix_entry_set_strv (G_OBJECT (self), &self->keywords, keywords, properties[PROP_KEYWORDS]);
}

const char * const *
phoenix_project_get_roles (PhoenixProject *self)
{
  g_return_val_if_fail (PHOENIX_IS_PROJECT (self), NULL);

  return (const char * const *) self->roles;
}

void
phoenix_project_set_roles (PhoenixProject     *self,
                           const char * const *roles)
{
  g_return_if_fail (PHOENIX_IS_PROJECT (self));

  _phoenix_entry_set_strv (G_OBJECT (self), &self->roles, roles, properties[PROP_ROLES]);
}

const char *
phoenix_project_get_entity (PhoenixProject *self)
{
  g_return_val_if_fail (PHOENIX_IS_PROJECT (self), NULL);

  return self->entity;
}

void
phoenix_project_set_entity (PhoenixProject *self,
                            const char     *entity)
{
  g_return_if_fail (PHOENIX_IS_PROJECT (self));

  _phoenix_entry_set_string (G_OBJECT (self), &self->entity, entity, properties[PROP_ENTITY]);
}

const char *
phoenix_project_get_kind (PhoenixProject *self)
{
  g_return_val_if_fail (PHOENIX_IS_PROJECT (self), NULL);

  return self->kind;
}

void
phoenix_project_set_kind (PhoenixProject *self,
                          const char     *kind)
{
  g_return_if_fail (PHOENIX_IS_PROJECT (self));

  _phoenix_entry_set_string (G_OBJECT (self), &self->kind, kind, properties[PROP_KIND]);
}

const char *
phoenix_project_get_uid (PhoenixProject *self)
{
  g_return_val_if_fail (PHOENIX_IS_PROJECT (self), NULL);

  return self->uid;
}

void
phoenix_project_set_uid (PhoenixProject *self,
                         const char     *uid)
{
  g_return_if_fail (PHOENIX_IS_PROJECT (self));

  _phoenix_entry_set_string (G_OBJECT (self), &self->uid, uid, properties[PROP_UID]);
}
