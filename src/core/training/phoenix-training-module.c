/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-training-module"

#include "config.h"

#include <glib/gi18n.h>

#include "phoenix-training-module.h"

struct _PhoenixTrainingModule
{
  GObject              parent_instance;

  char                *id;
  char                *title;
  char                *title_en;
  char                *kind;
  char                *provider;
  char               **skills;
  guint                hours;
  char                *format;
  char                *level;
  gboolean             certifying;
  char                *certification;
  char                *code;
  char               **prerequisites;
  char               **funding;
  char               **targets;
  char                *url;
  PhoenixModuleOrigin  origin;
  char                *source;

  /* The skills resolved in one taxonomy (a weak pointer: only compared), under the lock. */
  GMutex               lock;
  gconstpointer        indexes_taxonomy;
  GArray              *indexes;
};

G_DEFINE_FINAL_TYPE (PhoenixTrainingModule, phoenix_training_module, G_TYPE_OBJECT)

static const char * const kinds[] = {
  "course", "bootcamp", "mooc", "diploma", "titre", "certificate", "vae", NULL,
};
static const char * const providers[] = {
  "training-centre", "public", "university", "school", "online", "employer", "self", NULL,
};
static const char * const formats[] = { "online", "in-person", "work-study", "blended", NULL };
static const char * const levels[] = { "", "cap", "bac", "bac+2", "bac+3", "bac+5", "doctorate", NULL };
static const char * const fundings[] = {
  "cpf", "opco", "france-travail", "region", "transitions-pro", "employer", "personal", NULL,
};

static void
set_string (char       **field,
            const char  *value)
{
  g_free (*field);
  *field = g_strdup (value != NULL ? value : "");
}

static void
set_strv (char               ***field,
          const char * const   *value)
{
  g_strfreev (*field);
  *field = value != NULL ? g_strdupv ((char **) value) : g_new0 (char *, 1);
}

static void
phoenix_training_module_finalize (GObject *object)
{
  PhoenixTrainingModule *self = PHOENIX_TRAINING_MODULE (object);

  g_free (self->id);
  g_free (self->title);
  g_free (self->title_en);
  g_free (self->kind);
  g_free (self->provider);
  g_strfreev (self->skills);
  g_free (self->format);
  g_free (self->level);
  g_free (self->certification);
  g_free (self->code);
  g_strfreev (self->prerequisites);
  g_strfreev (self->funding);
  g_strfreev (self->targets);
  g_free (self->url);
  g_free (self->source);
  g_clear_pointer (&self->indexes, g_array_unref);
  g_mutex_clear (&self->lock);

  G_OBJECT_CLASS (phoenix_training_module_parent_class)->finalize (object);
}

static void
phoenix_training_module_class_init (PhoenixTrainingModuleClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = phoenix_training_module_finalize;
}

static void
phoenix_training_module_init (PhoenixTrainingModule *self)
{
  g_mutex_init (&self->lock);
  self->id = g_strdup ("");
  self->title = g_strdup ("");
  self->title_en = g_strdup ("");
  self->kind = g_strdup ("course");
  self->provider = g_strdup ("training-centre");
  self->skills = g_new0 (char *, 1);
  self->format = g_strdup ("in-person");
  self->level = g_strdup ("");
  self->certification = g_strdup ("");
  self->code = g_strdup ("");
  self->prerequisites = g_new0 (char *, 1);
  self->funding = g_new0 (char *, 1);
  self->targets = g_new0 (char *, 1);
  self->url = g_strdup ("");
  self->source = g_strdup ("");
}

PhoenixTrainingModule *
phoenix_training_module_new (const char *id,
                             const char *title)
{
  PhoenixTrainingModule *self = g_object_new (PHOENIX_TYPE_TRAINING_MODULE, NULL);

  set_string (&self->id, id);
  set_string (&self->title, title);

  return self;
}

PhoenixTrainingModule *
phoenix_training_module_copy (PhoenixTrainingModule *self)
{
  PhoenixTrainingModule *copy;

  g_return_val_if_fail (PHOENIX_IS_TRAINING_MODULE (self), NULL);

  copy = phoenix_training_module_new (self->id, self->title);
  set_string (&copy->title_en, self->title_en);
  set_string (&copy->kind, self->kind);
  set_string (&copy->provider, self->provider);
  set_strv (&copy->skills, (const char * const *) self->skills);
  copy->hours = self->hours;
  set_string (&copy->format, self->format);
  set_string (&copy->level, self->level);
  copy->certifying = self->certifying;
  set_string (&copy->certification, self->certification);
  set_string (&copy->code, self->code);
  set_strv (&copy->prerequisites, (const char * const *) self->prerequisites);
  set_strv (&copy->funding, (const char * const *) self->funding);
  set_strv (&copy->targets, (const char * const *) self->targets);
  set_string (&copy->url, self->url);
  copy->origin = self->origin;
  set_string (&copy->source, self->source);

  return copy;
}

const char *
phoenix_training_module_get_id (PhoenixTrainingModule *self)
{
  g_return_val_if_fail (PHOENIX_IS_TRAINING_MODULE (self), NULL);
  return self->id;
}

const char *
phoenix_training_module_get_title (PhoenixTrainingModule *self,
                                   const char            *language)
{
  g_return_val_if_fail (PHOENIX_IS_TRAINING_MODULE (self), NULL);

  if (g_strcmp0 (language, "en") == 0 && *self->title_en != '\0')
    return self->title_en;
  return self->title;
}

void
phoenix_training_module_set_title (PhoenixTrainingModule *self,
                                   const char            *title)
{
  g_return_if_fail (PHOENIX_IS_TRAINING_MODULE (self));
  set_string (&self->title, title);
}

const char *
phoenix_training_module_get_title_en (PhoenixTrainingModule *self)
{
  g_return_val_if_fail (PHOENIX_IS_TRAINING_MODULE (self), NULL);
  return self->title_en;
}

void
phoenix_training_module_set_title_en (PhoenixTrainingModule *self,
                                      const char            *title_en)
{
  g_return_if_fail (PHOENIX_IS_TRAINING_MODULE (self));
  set_string (&self->title_en, title_en);
}

const char *
phoenix_training_module_get_kind (PhoenixTrainingModule *self)
{
  g_return_val_if_fail (PHOENIX_IS_TRAINING_MODULE (self), NULL);
  return self->kind;
}

void
phoenix_training_module_set_kind (PhoenixTrainingModule *self,
                                  const char            *kind)
{
  g_return_if_fail (PHOENIX_IS_TRAINING_MODULE (self));
  set_string (&self->kind, kind);
}

const char *
phoenix_training_module_get_provider (PhoenixTrainingModule *self)
{
  g_return_val_if_fail (PHOENIX_IS_TRAINING_MODULE (self), NULL);
  return self->provider;
}

void
phoenix_training_module_set_provider (PhoenixTrainingModule *self,
                                      const char            *provider)
{
  g_return_if_fail (PHOENIX_IS_TRAINING_MODULE (self));
  set_string (&self->provider, provider);
}

const char * const *
phoenix_training_module_get_skills (PhoenixTrainingModule *self)
{
  g_return_val_if_fail (PHOENIX_IS_TRAINING_MODULE (self), NULL);
  return (const char * const *) self->skills;
}

void
phoenix_training_module_set_skills (PhoenixTrainingModule *self,
                                    const char * const    *skills)
{
  g_return_if_fail (PHOENIX_IS_TRAINING_MODULE (self));
  g_mutex_lock (&self->lock);
  set_strv (&self->skills, skills);
  g_clear_pointer (&self->indexes, g_array_unref);
  self->indexes_taxonomy = NULL;
  g_mutex_unlock (&self->lock);
}

GArray *
phoenix_training_module_get_skill_indexes (PhoenixTrainingModule *self,
                                           PhoenixTaxonomy       *taxonomy)
{
  GArray *indexes;

  g_return_val_if_fail (PHOENIX_IS_TRAINING_MODULE (self), NULL);
  g_return_val_if_fail (PHOENIX_IS_TAXONOMY (taxonomy), NULL);

  g_mutex_lock (&self->lock);
  if (self->indexes == NULL || self->indexes_taxonomy != (gconstpointer) taxonomy)
    {
      g_clear_pointer (&self->indexes, g_array_unref);
      self->indexes = g_array_new (FALSE, FALSE, sizeof (guint));
      self->indexes_taxonomy = taxonomy;
      for (guint i = 0; self->skills[i] != NULL; i++)
        {
          guint skill;

          if (phoenix_taxonomy_lookup_skill (taxonomy, self->skills[i], &skill))
            g_array_append_val (self->indexes, skill);
        }
    }
  indexes = self->indexes;
  g_mutex_unlock (&self->lock);

  return indexes;
}

guint
phoenix_training_module_get_hours (PhoenixTrainingModule *self)
{
  g_return_val_if_fail (PHOENIX_IS_TRAINING_MODULE (self), 0);
  return self->hours;
}

void
phoenix_training_module_set_hours (PhoenixTrainingModule *self,
                                   guint                  hours)
{
  g_return_if_fail (PHOENIX_IS_TRAINING_MODULE (self));
  self->hours = hours;
}

const char *
phoenix_training_module_get_format (PhoenixTrainingModule *self)
{
  g_return_val_if_fail (PHOENIX_IS_TRAINING_MODULE (self), NULL);
  return self->format;
}

void
phoenix_training_module_set_format (PhoenixTrainingModule *self,
                                    const char            *format)
{
  g_return_if_fail (PHOENIX_IS_TRAINING_MODULE (self));
  set_string (&self->format, format);
}

const char *
phoenix_training_module_get_level (PhoenixTrainingModule *self)
{
  g_return_val_if_fail (PHOENIX_IS_TRAINING_MODULE (self), NULL);
  return self->level;
}

void
phoenix_training_module_set_level (PhoenixTrainingModule *self,
                                   const char            *level)
{
  g_return_if_fail (PHOENIX_IS_TRAINING_MODULE (self));
  set_string (&self->level, level);
}

gboolean
phoenix_training_module_get_certifying (PhoenixTrainingModule *self)
{
  g_return_val_if_fail (PHOENIX_IS_TRAINING_MODULE (self), FALSE);
  return self->certifying;
}

void
phoenix_training_module_set_certifying (PhoenixTrainingModule *self,
                                        gboolean               certifying)
{
  g_return_if_fail (PHOENIX_IS_TRAINING_MODULE (self));
  self->certifying = !!certifying;
}

const char *
phoenix_training_module_get_certification (PhoenixTrainingModule *self)
{
  g_return_val_if_fail (PHOENIX_IS_TRAINING_MODULE (self), NULL);
  return self->certification;
}

void
phoenix_training_module_set_certification (PhoenixTrainingModule *self,
                                           const char            *certification)
{
  g_return_if_fail (PHOENIX_IS_TRAINING_MODULE (self));
  set_string (&self->certification, certification);
}

const char *
phoenix_training_module_get_code (PhoenixTrainingModule *self)
{
  g_return_val_if_fail (PHOENIX_IS_TRAINING_MODULE (self), NULL);
  return self->code;
}

void
phoenix_training_module_set_code (PhoenixTrainingModule *self,
                                  const char            *code)
{
  g_return_if_fail (PHOENIX_IS_TRAINING_MODULE (self));
  set_string (&self->code, code);
}

const char * const *
phoenix_training_module_get_prerequisites (PhoenixTrainingModule *self)
{
  g_return_val_if_fail (PHOENIX_IS_TRAINING_MODULE (self), NULL);
  return (const char * const *) self->prerequisites;
}

void
phoenix_training_module_set_prerequisites (PhoenixTrainingModule *self,
                                           const char * const    *prerequisites)
{
  g_return_if_fail (PHOENIX_IS_TRAINING_MODULE (self));
  set_strv (&self->prerequisites, prerequisites);
}

const char * const *
phoenix_training_module_get_funding (PhoenixTrainingModule *self)
{
  g_return_val_if_fail (PHOENIX_IS_TRAINING_MODULE (self), NULL);
  return (const char * const *) self->funding;
}

void
phoenix_training_module_set_funding (PhoenixTrainingModule *self,
                                     const char * const    *funding)
{
  g_return_if_fail (PHOENIX_IS_TRAINING_MODULE (self));
  set_strv (&self->funding, funding);
}

const char * const *
phoenix_training_module_get_targets (PhoenixTrainingModule *self)
{
  g_return_val_if_fail (PHOENIX_IS_TRAINING_MODULE (self), NULL);
  return (const char * const *) self->targets;
}

void
phoenix_training_module_set_targets (PhoenixTrainingModule *self,
                                     const char * const    *targets)
{
  g_return_if_fail (PHOENIX_IS_TRAINING_MODULE (self));
  set_strv (&self->targets, targets);
}

const char *
phoenix_training_module_get_url (PhoenixTrainingModule *self)
{
  g_return_val_if_fail (PHOENIX_IS_TRAINING_MODULE (self), NULL);
  return self->url;
}

void
phoenix_training_module_set_url (PhoenixTrainingModule *self,
                                 const char            *url)
{
  g_return_if_fail (PHOENIX_IS_TRAINING_MODULE (self));
  set_string (&self->url, url);
}

PhoenixModuleOrigin
phoenix_training_module_get_origin (PhoenixTrainingModule *self)
{
  g_return_val_if_fail (PHOENIX_IS_TRAINING_MODULE (self), PHOENIX_MODULE_ORIGIN_USER);
  return self->origin;
}

void
phoenix_training_module_set_origin (PhoenixTrainingModule *self,
                                    PhoenixModuleOrigin    origin)
{
  g_return_if_fail (PHOENIX_IS_TRAINING_MODULE (self));
  self->origin = origin;
}

const char *
phoenix_training_module_get_source (PhoenixTrainingModule *self)
{
  g_return_val_if_fail (PHOENIX_IS_TRAINING_MODULE (self), NULL);
  return self->source;
}

void
phoenix_training_module_set_source (PhoenixTrainingModule *self,
                                    const char            *source)
{
  g_return_if_fail (PHOENIX_IS_TRAINING_MODULE (self));
  set_string (&self->source, source);
}

const char * const *
phoenix_training_module_kinds (void)
{
  return kinds;
}

const char * const *
phoenix_training_module_providers (void)
{
  return providers;
}

const char * const *
phoenix_training_module_formats (void)
{
  return formats;
}

const char * const *
phoenix_training_module_levels (void)
{
  return levels;
}

const char * const *
phoenix_training_module_fundings (void)
{
  return fundings;
}

const char *
phoenix_training_module_value_name (const char *value)
{
  static const struct { const char *value; const char *name; } names[] = {
    { "course", N_("Course") },
    { "bootcamp", N_("Bootcamp") },
    { "mooc", N_("MOOC") },
    { "diploma", N_("Diploma") },
    { "titre", N_("Titre professionnel") },
    { "certificate", N_("Certificate") },
    { "vae", N_("VAE (accreditation of prior experience)") },
    { "training-centre", N_("Training centre") },
    { "public", N_("Public body (AFPA, GRETA, CNAM…)") },
    { "university", N_("University") },
    { "school", N_("School") },
    { "online", N_("Online") },
    { "employer", N_("Employer") },
    { "self", N_("Self-study") },
    { "in-person", N_("In person") },
    { "work-study", N_("Work-study") },
    { "blended", N_("Blended") },
    { "cap", N_("CAP") },
    { "bac", N_("Baccalauréat") },
    { "bac+2", N_("Bac+2") },
    { "bac+3", N_("Bac+3") },
    { "bac+5", N_("Bac+5") },
    { "doctorate", N_("Doctorate") },
    { "cpf", N_("CPF (personal training account)") },
    { "opco", N_("OPCO (employer's training fund)") },
    { "france-travail", N_("France Travail (AIF)") },
    { "region", N_("Region") },
    { "transitions-pro", N_("Transitions Pro (PTP)") },
    { "personal", N_("Personal funds") },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (names); i++)
    {
      if (g_strcmp0 (names[i].value, value) == 0)
        return _(names[i].name);
    }

  return value != NULL ? value : "";
}
