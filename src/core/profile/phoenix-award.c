/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-award"

#include "config.h"

#include "phoenix-award.h"
#include "phoenix-entry-util.h"

struct _PhoenixAward
{
  GObject parent_instance;

  char *title;
  char *date;
  char *awarder;
  char *summary;
  char *uid;
};

enum {
  PROP_0,
  PROP_TITLE,
  PROP_DATE,
  PROP_AWARDER,
  PROP_SUMMARY,
  PROP_UID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (PhoenixAward, phoenix_award, G_TYPE_OBJECT)

static void
phoenix_award_finalize (GObject *object)
{
  PhoenixAward *self = PHOENIX_AWARD (object);

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->date, g_free);
  g_clear_pointer (&self->awarder, g_free);
  g_clear_pointer (&self->summary, g_free);
  g_clear_pointer (&self->uid, g_free);

  G_OBJECT_CLASS (phoenix_award_parent_class)->finalize (object);
}

static void
phoenix_award_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  PhoenixAward *self = PHOENIX_AWARD (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_DATE:
      g_value_set_string (value, self->date);
      break;

    case PROP_AWARDER:
      g_value_set_string (value, self->awarder);
      break;

    case PROP_SUMMARY:
      g_value_set_string (value, self->summary);
      break;

    case PROP_UID:
      g_value_set_string (value, self->uid);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
phoenix_award_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  PhoenixAward *self = PHOENIX_AWARD (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      phoenix_award_set_title (self, g_value_get_string (value));
      break;

    case PROP_DATE:
      phoenix_award_set_date (self, g_value_get_string (value));
      break;

    case PROP_AWARDER:
      phoenix_award_set_awarder (self, g_value_get_string (value));
      break;

    case PROP_SUMMARY:
      phoenix_award_set_summary (self, g_value_get_string (value));
      break;

    case PROP_UID:
      phoenix_award_set_uid (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
phoenix_award_class_init (PhoenixAwardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = phoenix_award_finalize;
  object_class->get_property = phoenix_award_get_property;
  object_class->set_property = phoenix_award_set_property;

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_DATE] =
    g_param_spec_string ("date", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_AWARDER] =
    g_param_spec_string ("awarder", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_SUMMARY] =
    g_param_spec_string ("summary", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_UID] =
    g_param_spec_string ("uid", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
phoenix_award_init (PhoenixAward *self)
{
  self->title = g_strdup ("");
  self->date = g_strdup ("");
  self->awarder = g_strdup ("");
  self->summary = g_strdup ("");
  self->uid = g_strdup ("");
}

PhoenixAward *
phoenix_award_new (void)
{
  return g_object_new (PHOENIX_TYPE_AWARD, NULL);
}

const char *
phoenix_award_get_title (PhoenixAward *self)
{
  g_return_val_if_fail (PHOENIX_IS_AWARD (self), NULL);

  return self->title;
}

void
phoenix_award_set_title (PhoenixAward *self,
                         const char   *title)
{
  g_return_if_fail (PHOENIX_IS_AWARD (self));

  _phoenix_entry_set_string (G_OBJECT (self), &self->title, title, properties[PROP_TITLE]);
}

const char *
phoenix_award_get_date (PhoenixAward *self)
{
  g_return_val_if_fail (PHOENIX_IS_AWARD (self), NULL);

  return self->date;
}

void
phoenix_award_set_date (PhoenixAward *self,
                        const char   *date)
{
  g_return_if_fail (PHOENIX_IS_AWARD (self));

  _phoenix_entry_set_string (G_OBJECT (self), &self->date, date, properties[PROP_DATE]);
}

const char *
phoenix_award_get_awarder (PhoenixAward *self)
{
  g_return_val_if_fail (PHOENIX_IS_AWARD (self), NULL);

  return self->awarder;
}

void
phoenix_award_set_awarder (PhoenixAward *self,
                           const char   *awarder)
{
  g_return_if_fail (PHOENIX_IS_AWARD (self));

  _phoenix_entry_set_string (G_OBJECT (self), &self->awarder, awarder, properties[PROP_AWARDER]);
}

const char *
phoenix_award_get_summary (PhoenixAward *self)
{
  g_return_val_if_fail (PHOENIX_IS_AWARD (self), NULL);

  return self->summary;
}

void
phoenix_award_set_summary (PhoenixAward *self,
                           const char   *summary)
{
  g_return_if_fail (PHOENIX_IS_AWARD (self));

  _phoenix_entry_set_string (G_OBJECT (self), &self->summary, summary, properties[PROP_SUMMARY]);
}

const char *
phoenix_award_get_uid (PhoenixAward *self)
{
  g_return_val_if_fail (PHOENIX_IS_AWARD (self), NULL);

  return self->uid;
}

void
phoenix_award_set_uid (PhoenixAward *self,
                       const char   *uid)
{
  g_return_if_fail (PHOENIX_IS_AWARD (self));

  _phoenix_entry_set_string (G_OBJECT (self), &self->uid, uid, properties[PROP_UID]);
}
