/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-skill"

#include "config.h"

#include "phoenix-skill.h"
#include "phoenix-entry-util.h"

struct _PhoenixSkill
{
  GObject parent_instance;

  char  *name;
  char  *level;
  char  *category;
  char  *taxonomy_id;
  GStrv  keywords;
  char  *uid;
};

enum {
  PROP_0,
  PROP_NAME,
  PROP_LEVEL,
  PROP_CATEGORY,
  PROP_TAXONOMY_ID,
  PROP_KEYWORDS,
  PROP_UID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (PhoenixSkill, phoenix_skill, G_TYPE_OBJECT)

static void
phoenix_skill_finalize (GObject *object)
{
  PhoenixSkill *self = PHOENIX_SKILL (object);

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->level, g_free);
  g_clear_pointer (&self->category, g_free);
  g_clear_pointer (&self->taxonomy_id, g_free);
  g_clear_pointer (&self->keywords, g_strfreev);
  g_clear_pointer (&self->uid, g_free);

  G_OBJECT_CLASS (phoenix_skill_parent_class)->finalize (object);
}

static void
phoenix_skill_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  PhoenixSkill *self = PHOENIX_SKILL (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_LEVEL:
      g_value_set_string (value, self->level);
      break;

    case PROP_CATEGORY:
      g_value_set_string (value, self->category);
      break;

    case PROP_TAXONOMY_ID:
      g_value_set_string (value, self->taxonomy_id);
      break;

    case PROP_KEYWORDS:
      g_value_set_boxed (value, self->keywords);
      break;

    case PROP_UID:
      g_value_set_string (value, self->uid);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
phoenix_skill_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  PhoenixSkill *self = PHOENIX_SKILL (object);

  switch (prop_id)
    {
    case PROP_NAME:
      phoenix_skill_set_name (self, g_value_get_string (value));
      break;

    case PROP_LEVEL:
      phoenix_skill_set_level (self, g_value_get_string (value));
      break;

    case PROP_CATEGORY:
      phoenix_skill_set_category (self, g_value_get_string (value));
      break;

    case PROP_TAXONOMY_ID:
      phoenix_skill_set_taxonomy_id (self, g_value_get_string (value));
      break;

    case PROP_KEYWORDS:
      phoenix_skill_set_keywords (self, g_value_get_boxed (value));
      break;

    case PROP_UID:
      phoenix_skill_set_uid (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
phoenix_skill_class_init (PhoenixSkillClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = phoenix_skill_finalize;
  object_class->get_property = phoenix_skill_get_property;
  object_class->set_property = phoenix_skill_set_property;

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_LEVEL] =
    g_param_spec_string ("level", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_CATEGORY] =
    g_param_spec_string ("category", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_TAXONOMY_ID] =
    g_param_spec_string ("taxonomy-id", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_KEYWORDS] =
    g_param_spec_boxed ("keywords", NULL, NULL,
                        G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_UID] =
    g_param_spec_string ("uid", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
phoenix_skill_init (PhoenixSkill *self)
{
  self->name = g_strdup ("");
  self->level = g_strdup ("");
  self->category = g_strdup ("");
  self->taxonomy_id = g_strdup ("");
  self->keywords = g_new0 (char *, 1);
  self->uid = g_strdup ("");
}

PhoenixSkill *
phoenix_skill_new (void)
{
  return g_object_new (PHOENIX_TYPE_SKILL, NULL);
}

const char *
phoenix_skill_get_name (PhoenixSkill *self)
{
  g_return_val_if_fail (PHOENIX_IS_SKILL (self), NULL);

  return self->name;
}

void
phoenix_skill_set_name (PhoenixSkill *self,
                        const char   *name)
{
  g_return_if_fail (PHOENIX_IS_SKILL (self));

  _phoenix_entry_set_string (G_OBJECT (self), &self->name, name, properties[PROP_NAME]);
}

const char *
phoenix_skill_get_level (PhoenixSkill *self)
{
  g_return_val_if_fail (PHOENIX_IS_SKILL (self), NULL);

  return self->level;
}

void
phoenix_skill_set_level (PhoenixSkill *self,
                         const char   *level)
{
  g_return_if_fail (PHOENIX_IS_SKILL (self));

  _phoenix_entry_set_string (G_OBJECT (self), &self->level, level, properties[PROP_LEVEL]);
}

const char *
phoenix_skill_get_category (PhoenixSkill *self)
{
  g_return_val_if_fail (PHOENIX_IS_SKILL (self), NULL);

  return self->category;
}

void
phoenix_skill_set_category (PhoenixSkill *self,
                            const char   *category)
{
  g_return_if_fail (PHOENIX_IS_SKILL (self));

  _phoenix_entry_set_string (G_OBJECT (self), &self->category, category, properties[PROP_CATEGORY]);
}

const char *
phoenix_skill_get_taxonomy_id (PhoenixSkill *self)
{
  g_return_val_if_fail (PHOENIX_IS_SKILL (self), NULL);

  return self->taxonomy_id;
}

void
phoenix_skill_set_taxonomy_id (PhoenixSkill *self,
                               const char   *taxonomy_id)
{
  g_return_if_fail (PHOENIX_IS_SKILL (self));

  _phoenix_entry_set_string (G_OBJECT (self), &self->taxonomy_id, taxonomy_id, properties[PROP_TAXONOMY_ID]);
}

const char * const *
phoenix_skill_get_keywords (PhoenixSkill *self)
{
  g_return_val_if_fail (PHOENIX_IS_SKILL (self), NULL);

  return (const char * const *) self->keywords;
}

void
phoenix_skill_set_keywords (PhoenixSkill       *self,
                            const char * const *keywords)
{
  g_return_if_fail (PHOENIX_IS_SKILL (self));

  _phoenix_entry_set_strv (G_OBJECT (self), &self->keywords, keywords, properties[PROP_KEYWORDS]);
}

const char *
phoenix_skill_get_uid (PhoenixSkill *self)
{
  g_return_val_if_fail (PHOENIX_IS_SKILL (self), NULL);

  return self->uid;
}

void
phoenix_skill_set_uid (PhoenixSkill *self,
                       const char   *uid)
{
  g_return_if_fail (PHOENIX_IS_SKILL (self));

  _phoenix_entry_set_string (G_OBJECT (self), &self->uid, uid, properties[PROP_UID]);
}
