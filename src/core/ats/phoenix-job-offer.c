/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-job-offer"

#include "config.h"

#include "phoenix-job-offer-private.h"

enum
{
  PROP_0,
  PROP_TEXT,
  PROP_LANGUAGE,
  PROP_TITLE,
  PROP_COMPANY,
  PROP_LOCATION,
  PROP_CONTRACT,
  PROP_WORKING_TIME,
  PROP_EDUCATION,
  PROP_EXPERIENCE_YEARS,
  PROP_OCCUPATION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (PhoenixJobOffer, phoenix_job_offer, G_TYPE_OBJECT)

static int
compare_offer_skills (gconstpointer a,
                      gconstpointer b)
{
  const PhoenixOfferSkill *sa = a;
  const PhoenixOfferSkill *sb = b;

  if (sa->required != sb->required)
    return sa->required ? -1 : 1;
  return (int) sa->start - (int) sb->start;
}

static void
phoenix_job_offer_finalize (GObject *object)
{
  PhoenixJobOffer *self = PHOENIX_JOB_OFFER (object);

  g_clear_object (&self->taxonomy);
  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->language, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->company, g_free);
  g_clear_pointer (&self->location, g_free);
  g_clear_pointer (&self->contract, g_free);
  g_clear_pointer (&self->working_time, g_free);
  g_clear_pointer (&self->occupation, g_free);
  g_clear_pointer (&self->occupation_runner_up, g_free);
  g_clear_pointer (&self->skills, g_array_unref);

  G_OBJECT_CLASS (phoenix_job_offer_parent_class)->finalize (object);
}

static char **
string_field (PhoenixJobOffer *self,
              guint            prop_id)
{
  switch (prop_id)
    {
    case PROP_TEXT: return &self->text;
    case PROP_LANGUAGE: return &self->language;
    case PROP_TITLE: return &self->title;
    case PROP_COMPANY: return &self->company;
    case PROP_LOCATION: return &self->location;
    case PROP_CONTRACT: return &self->contract;
    case PROP_WORKING_TIME: return &self->working_time;
    case PROP_OCCUPATION: return &self->occupation;
    default: return NULL;
    }
}

static void
phoenix_job_offer_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  PhoenixJobOffer *self = PHOENIX_JOB_OFFER (object);
  char **field = string_field (self, prop_id);

  if (field != NULL)
    g_value_set_string (value, *field);
  else if (prop_id == PROP_EDUCATION)
    g_value_set_int (value, self->education);
  else if (prop_id == PROP_EXPERIENCE_YEARS)
    g_value_set_int (value, self->experience_years);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
set_string_property (PhoenixJobOffer *self,
                     guint            prop_id,
                     const char      *value)
{
  char **field = string_field (self, prop_id);

  if (value == NULL)
    value = "";
  if (g_strcmp0 (*field, value) == 0)
    return;
  _phoenix_job_offer_set_string (field, value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
phoenix_job_offer_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  PhoenixJobOffer *self = PHOENIX_JOB_OFFER (object);

  switch (prop_id)
    {
    case PROP_TITLE:
    case PROP_COMPANY:
    case PROP_LOCATION:
    case PROP_CONTRACT:
    case PROP_OCCUPATION:
      set_string_property (self, prop_id, g_value_get_string (value));
      break;
    case PROP_EDUCATION:
      phoenix_job_offer_set_education (self, g_value_get_int (value));
      break;
    case PROP_EXPERIENCE_YEARS:
      phoenix_job_offer_set_experience_years (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
phoenix_job_offer_class_init (PhoenixJobOfferClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = phoenix_job_offer_finalize;
  object_class->get_property = phoenix_job_offer_get_property;
  object_class->set_property = phoenix_job_offer_set_property;

  properties[PROP_TEXT] = g_param_spec_string ("text", NULL, NULL, "", ro);
  properties[PROP_LANGUAGE] = g_param_spec_string ("language", NULL, NULL, "", ro);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, "", rw);
  properties[PROP_COMPANY] = g_param_spec_string ("company", NULL, NULL, "", rw);
  properties[PROP_LOCATION] = g_param_spec_string ("location", NULL, NULL, "", rw);
  properties[PROP_CONTRACT] = g_param_spec_string ("contract", NULL, NULL, "", rw);
  properties[PROP_WORKING_TIME] = g_param_spec_string ("working-time", NULL, NULL, "", ro);
  properties[PROP_EDUCATION] = g_param_spec_int ("education", NULL, NULL,
                                                 PHOENIX_EDUCATION_UNKNOWN, PHOENIX_EDUCATION_DOCTORATE,
                                                 PHOENIX_EDUCATION_UNKNOWN, rw);
  properties[PROP_EXPERIENCE_YEARS] = g_param_spec_int ("experience-years", NULL, NULL, -1, 60, -1, rw);
  properties[PROP_OCCUPATION] = g_param_spec_string ("occupation", NULL, NULL, "", rw);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
phoenix_job_offer_init (PhoenixJobOffer *self)
{
  self->text = g_strdup ("");
  self->language = g_strdup ("fr");
  self->title = g_strdup ("");
  self->company = g_strdup ("");
  self->location = g_strdup ("");
  self->contract = g_strdup ("");
  self->working_time = g_strdup ("");
  self->occupation = g_strdup ("");
  self->occupation_runner_up = g_strdup ("");
  self->experience_years = -1;
  self->skills = g_array_new (FALSE, FALSE, sizeof (PhoenixOfferSkill));
}

PhoenixJobOffer *
phoenix_job_offer_new_from_text (PhoenixSkillExtractor *extractor,
                                 const char            *text)
{
  PhoenixJobOffer *self;

  g_return_val_if_fail (PHOENIX_IS_SKILL_EXTRACTOR (extractor), NULL);
  g_return_val_if_fail (text != NULL, NULL);

  self = g_object_new (PHOENIX_TYPE_JOB_OFFER, NULL);
  self->taxonomy = g_object_ref (phoenix_skill_extractor_get_taxonomy (extractor));
  _phoenix_job_offer_set_string (&self->text, text);
  _phoenix_job_offer_read (self, extractor);

  return self;
}

const char *
phoenix_job_offer_get_text (PhoenixJobOffer *self)
{
  g_return_val_if_fail (PHOENIX_IS_JOB_OFFER (self), NULL);
  return self->text;
}

const char *
phoenix_job_offer_get_language (PhoenixJobOffer *self)
{
  g_return_val_if_fail (PHOENIX_IS_JOB_OFFER (self), NULL);
  return self->language;
}

const char *
phoenix_job_offer_get_title (PhoenixJobOffer *self)
{
  g_return_val_if_fail (PHOENIX_IS_JOB_OFFER (self), NULL);
  return self->title;
}

void
phoenix_job_offer_set_title (PhoenixJobOffer *self,
                             const char      *title)
{
  g_return_if_fail (PHOENIX_IS_JOB_OFFER (self));
  set_string_property (self, PROP_TITLE, title);
}

const char *
phoenix_job_offer_get_company (PhoenixJobOffer *self)
{
  g_return_val_if_fail (PHOENIX_IS_JOB_OFFER (self), NULL);
  return self->company;
}

void
phoenix_job_offer_set_company (PhoenixJobOffer *self,
                               const char      *company)
{
  g_return_if_fail (PHOENIX_IS_JOB_OFFER (self));
  set_string_property (self, PROP_COMPANY, company);
}

const char *
phoenix_job_offer_get_location (PhoenixJobOffer *self)
{
  g_return_val_if_fail (PHOENIX_IS_JOB_OFFER (self), NULL);
  return self->location;
}

void
phoenix_job_offer_set_location (PhoenixJobOffer *self,
                                const char      *location)
{
  g_return_if_fail (PHOENIX_IS_JOB_OFFER (self));
  set_string_property (self, PROP_LOCATION, location);
}

const char *
phoenix_job_offer_get_contract (PhoenixJobOffer *self)
{
  g_return_val_if_fail (PHOENIX_IS_JOB_OFFER (self), NULL);
  return self->contract;
}

void
phoenix_job_offer_set_contract (PhoenixJobOffer *self,
                                const char      *contract)
{
  g_return_if_fail (PHOENIX_IS_JOB_OFFER (self));
  set_string_property (self, PROP_CONTRACT, contract);
}

const char *
phoenix_job_offer_get_working_time (PhoenixJobOffer *self)
{
  g_return_val_if_fail (PHOENIX_IS_JOB_OFFER (self), NULL);
  return self->working_time;
}

PhoenixEducationLevel
phoenix_job_offer_get_education (PhoenixJobOffer *self)
{
  g_return_val_if_fail (PHOENIX_IS_JOB_OFFER (self), PHOENIX_EDUCATION_UNKNOWN);
  return self->education;
}

void
phoenix_job_offer_set_education (PhoenixJobOffer       *self,
                                 PhoenixEducationLevel  level)
{
  g_return_if_fail (PHOENIX_IS_JOB_OFFER (self));

  if (self->education == level)
    return;
  self->education = level;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EDUCATION]);
}

int
phoenix_job_offer_get_experience_years (PhoenixJobOffer *self)
{
  g_return_val_if_fail (PHOENIX_IS_JOB_OFFER (self), -1);
  return self->experience_years;
}

void
phoenix_job_offer_set_experience_years (PhoenixJobOffer *self,
                                        int              years)
{
  g_return_if_fail (PHOENIX_IS_JOB_OFFER (self));

  if (self->experience_years == years)
    return;
  self->experience_years = years;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXPERIENCE_YEARS]);
}

const char *
phoenix_job_offer_get_occupation (PhoenixJobOffer *self)
{
  g_return_val_if_fail (PHOENIX_IS_JOB_OFFER (self), NULL);
  return self->occupation;
}

void
phoenix_job_offer_set_occupation (PhoenixJobOffer *self,
                                  const char      *code)
{
  g_return_if_fail (PHOENIX_IS_JOB_OFFER (self));
  set_string_property (self, PROP_OCCUPATION, code);
  /* Chosen: no second guess any more (after: @code may be the runner-up itself). */
  _phoenix_job_offer_set_string (&self->occupation_runner_up, NULL);
}

const char *
phoenix_job_offer_get_occupation_runner_up (PhoenixJobOffer *self)
{
  g_return_val_if_fail (PHOENIX_IS_JOB_OFFER (self), NULL);
  return self->occupation_runner_up;
}

void
phoenix_job_offer_set_occupation_runner_up (PhoenixJobOffer *self,
                                            const char      *code)
{
  g_return_if_fail (PHOENIX_IS_JOB_OFFER (self));
  _phoenix_job_offer_set_string (&self->occupation_runner_up, code);
}

GArray *
phoenix_job_offer_get_skills (PhoenixJobOffer *self)
{
  g_return_val_if_fail (PHOENIX_IS_JOB_OFFER (self), NULL);
  return self->skills;
}

void
phoenix_job_offer_set_skill (PhoenixJobOffer *self,
                             guint            skill,
                             gboolean         required)
{
  g_return_if_fail (PHOENIX_IS_JOB_OFFER (self));

  for (guint i = 0; i < self->skills->len; i++)
    {
      PhoenixOfferSkill *existing = &g_array_index (self->skills, PhoenixOfferSkill, i);

      if (existing->skill == skill)
        {
          existing->required = required;
          _phoenix_job_offer_sort_skills (self);
          return;
        }
    }
  _phoenix_job_offer_add_skill (self, skill, required, 0, 0);
  _phoenix_job_offer_sort_skills (self);
}

void
phoenix_job_offer_remove_skill (PhoenixJobOffer *self,
                                guint            skill)
{
  g_return_if_fail (PHOENIX_IS_JOB_OFFER (self));

  for (guint i = 0; i < self->skills->len; i++)
    {
      if (g_array_index (self->skills, PhoenixOfferSkill, i).skill == skill)
        {
          g_array_remove_index (self->skills, i);
          return;
        }
    }
}

PhoenixTaxonomy *
phoenix_job_offer_get_taxonomy (PhoenixJobOffer *self)
{
  g_return_val_if_fail (PHOENIX_IS_JOB_OFFER (self), NULL);
  return self->taxonomy;
}

gint64
phoenix_job_offer_get_id (PhoenixJobOffer *self)
{
  g_return_val_if_fail (PHOENIX_IS_JOB_OFFER (self), 0);
  return self->id;
}

void
phoenix_job_offer_set_id (PhoenixJobOffer *self,
                          gint64           id)
{
  g_return_if_fail (PHOENIX_IS_JOB_OFFER (self));
  self->id = id;
}

/* Internal API (phoenix-job-offer-private.h) */

void
_phoenix_job_offer_set_string (char       **field,
                               const char  *value)
{
  g_free (*field);
  *field = g_strdup (value != NULL ? value : "");
}

void
_phoenix_job_offer_add_skill (PhoenixJobOffer *self,
                              guint            skill,
                              gboolean         required,
                              guint            start,
                              guint            end)
{
  for (guint i = 0; i < self->skills->len; i++)
    {
      PhoenixOfferSkill *existing = &g_array_index (self->skills, PhoenixOfferSkill, i);

      if (existing->skill == skill)
        {
          existing->required = existing->required || required;
          return;
        }
    }

  {
    PhoenixOfferSkill entry = { skill, required, start, end, FALSE };

    g_array_append_val (self->skills, entry);
  }
}

void
_phoenix_job_offer_sort_skills (PhoenixJobOffer *self)
{
  g_array_sort (self->skills, compare_offer_skills);
}

PhoenixJobOffer *
phoenix_job_offer_copy (PhoenixJobOffer *self)
{
  PhoenixJobOffer *copy;

  g_return_val_if_fail (PHOENIX_IS_JOB_OFFER (self), NULL);

  copy = g_object_new (PHOENIX_TYPE_JOB_OFFER, NULL);
  copy->taxonomy = self->taxonomy != NULL ? g_object_ref (self->taxonomy) : NULL;
  _phoenix_job_offer_set_string (&copy->text, self->text);
  _phoenix_job_offer_set_string (&copy->language, self->language);
  _phoenix_job_offer_set_string (&copy->title, self->title);
  _phoenix_job_offer_set_string (&copy->company, self->company);
  _phoenix_job_offer_set_string (&copy->location, self->location);
  _phoenix_job_offer_set_string (&copy->contract, self->contract);
  _phoenix_job_offer_set_string (&copy->working_time, self->working_time);
  _phoenix_job_offer_set_string (&copy->occupation, self->occupation);
  _phoenix_job_offer_set_string (&copy->occupation_runner_up, self->occupation_runner_up);
  copy->education = self->education;
  copy->experience_years = self->experience_years;
  g_array_append_vals (copy->skills, self->skills->data, self->skills->len);
  copy->id = self->id;

  return copy;
}
