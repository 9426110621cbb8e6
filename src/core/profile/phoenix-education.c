/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-education"

#include "config.h"

#include "phoenix-education.h"
#include "phoenix-entry-util.h"

struct _PhoenixEducation
{
  GObject parent_instance;

  char     *degree;
  char     *field;
  char     *school;
  char     *location;
  char     *start_date;
  char     *end_date;
  gboolean  current;
  char     *grade;
  char     *summary;
  char     *url;
  GStrv     courses;
  char     *uid;
};

enum {
  PROP_0,
  PROP_DEGREE,
  PROP_FIELD,
  PROP_SCHOOL,
  PROP_LOCATION,
  PROP_START_DATE,
  PROP_END_DATE,
  PROP_CURRENT,
  PROP_GRADE,
  PROP_SUMMARY,
  PROP_URL,
  PROP_COURSES,
  PROP_UID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (PhoenixEducation, phoenix_education, G_TYPE_OBJECT)

static void
phoenix_education_finalize (GObject *object)
{
  PhoenixEducation *self = PHOENIX_EDUCATION (object);

  g_clear_pointer (&self->degree, g_free);
  g_clear_pointer (&self->field, g_free);
  g_clear_pointer (&self->school, g_free);
  g_clear_pointer (&self->location, g_free);
  g_clear_pointer (&self->start_date, g_free);
  g_clear_pointer (&self->end_date, g_free);
  g_clear_pointer (&self->grade, g_free);
  g_clear_pointer (&self->summary, g_free);
  g_clear_pointer (&self->url, g_free);
  g_clear_pointer (&self->courses, g_strfreev);
  g_clear_pointer (&self->uid, g_free);

  G_OBJECT_CLASS (phoenix_education_parent_class)->finalize (object);
}

static void
phoenix_education_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  PhoenixEducation *self = PHOENIX_EDUCATION (object);

  switch (prop_id)
    {
    case PROP_DEGREE:
      g_value_set_string (value, self->degree);
      break;

    case PROP_FIELD:
      g_value_set_string (value, self->field);
      break;

    case PROP_SCHOOL:
      g_value_set_string (value, self->school);
      break;

    case PROP_LOCATION:
      g_value_set_string (value, self->location);
      break;

    case PROP_START_DATE:
      g_value_set_string (value, self->start_date);
      break;

    case PROP_END_DATE:
      g_value_set_string (value, self->end_date);
      break;

    case PROP_CURRENT:
      g_value_set_boolean (value, self->current);
      break;

    case PROP_GRADE:
      g_value_set_string (value, self->grade);
      break;

    case PROP_SUMMARY:
      g_value_set_string (value, self->summary);
      break;

    case PROP_URL:
      g_value_set_string (value, self->url);
      break;

    case PROP_COURSES:
      g_value_set_boxed (value, self->courses);
      break;

    case PROP_UID:
      g_value_set_string (value, self->uid);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
phoenix_education_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  PhoenixEducation *self = PHOENIX_EDUCATION (object);

  switch (prop_id)
    {
    case PROP_DEGREE:
      phoenix_education_set_degree (self, g_value_get_string (value));
      break;

    case PROP_FIELD:
      phoenix_education_set_field (self, g_value_get_string (value));
      break;

    case PROP_SCHOOL:
      phoenix_education_set_school (self, g_value_get_string (value));
      break;

    case PROP_LOCATION:
      phoenix_education_set_location (self, g_value_get_string (value));
      break;

    case PROP_START_DATE:
      phoenix_education_set_start_date (self, g_value_get_string (value));
      break;

    case PROP_END_DATE:
      phoenix_education_set_end_date (self, g_value_get_string (value));
      break;

    case PROP_CURRENT:
      phoenix_education_set_current (self, g_value_get_boolean (value));
      break;

    case PROP_GRADE:
      phoenix_education_set_grade (self, g_value_get_string (value));
      break;

    case PROP_SUMMARY:
      phoenix_education_set_summary (self, g_value_get_string (value));
      break;

    case PROP_URL:
      phoenix_education_set_url (self, g_value_get_string (value));
      break;

    case PROP_COURSES:
      phoenix_education_set_courses (self, g_value_get_boxed (value));
      break;

    case PROP_UID:
      phoenix_education_set_uid (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
phoenix_education_class_init (PhoenixEducationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = phoenix_education_finalize;
  object_class->get_property = phoenix_education_get_property;
  object_class->set_property = phoenix_education_set_property;

  properties[PROP_DEGREE] =
    g_param_spec_string ("degree", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_FIELD] =
    g_param_spec_string ("field", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_SCHOOL] =
    g_param_spec_string ("school", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_LOCATION] =
    g_param_spec_string ("location", NULL, NULL,
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

  properties[PROP_CURRENT] =
    g_param_spec_boolean ("current", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_GRADE] =
    g_param_spec_string ("grade", NULL, NULL,
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

  properties[PROP_COURSES] =
    g_param_spec_boxed ("courses", NULL, NULL,
                        G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_UID] =
    g_param_spec_string ("uid", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
phoenix_education_init (PhoenixEducation *self)
{
  self->degree = g_strdup ("");
  self->field = g_strdup ("");
  self->school = g_strdup ("");
  self->location = g_strdup ("");
  self->start_date = g_strdup ("");
  self->end_date = g_strdup ("");
  self->grade = g_strdup ("");
  self->summary = g_strdup ("");
  self->url = g_strdup ("");
  self->courses = g_new0 (char *, 1);
  self->uid = g_strdup ("");
}

PhoenixEducation *
phoenix_education_new (void)
{
  return g_object_new (PHOENIX_TYPE_EDUCATION, NULL);
}

const char *
phoenix_education_get_degree (PhoenixEducation *self)
{
  g_return_val_if_fail (PHOENIX_IS_EDUCATION (self), NULL);

  return self->degree;
}

void
phoenix_education_set_degree (PhoenixEducation *self,
                              const char       *degree)
{
  g_return_if_fail (PHOENIX_IS_EDUCATION (self));

  _phoenix_entry_set_string (G_OBJECT (self), &self->degree, degree, properties[PROP_DEGREE]);
}

const char *
phoenix_education_get_field (PhoenixEducation *self)
{
  g_return_val_if_fail (PHOENIX_IS_EDUCATION (self), NULL);

  return self->field;
}

void
phoenix_education_set_field (PhoenixEducation *self,
                             const char       *field)
{
  g_return_if_fail (PHOENIX_IS_EDUCATION (self));

  _phoenix_entry_set_string (G_OBJECT (self), &self->field, field, properties[PROP_FIELD]);
}

const char *
phoenix_education_get_school (PhoenixEducation *self)
{
  g_return_val_if_fail (PHOENIX_IS_EDUCATION (self), NULL);

  return self->school;
}

void
phoenix_education_set_school (PhoenixEducation *self,
                              const char       *school)
{
  g_return_if_fail (PHOENIX_IS_EDUCATION (self));

  _phoenix_entry_set_string (G_OBJECT (self), &self->school, school, properties[PROP_SCHOOL]);
}

const char *
phoenix_education_get_location (PhoenixEducation *self)
{
  g_return_val_if_fail (PHOENIX_IS_EDUCATION (self), NULL);

  return self->location;
}

void
phoenix_education_set_location (PhoenixEducation *self,
                                const char       *location)
{
  g_return_if_fail (PHOENIX_IS_EDUCATION (self));

  _phoenix_entry_set_string (G_OBJECT (self), &self->location, location, properties[PROP_LOCATION]);
}

const char *
phoenix_education_get_start_date (PhoenixEducation *self)
{
  g_return_val_if_fail (PHOENIX_IS_EDUCATION (self), NULL);

  return self->start_date;
}

void
phoenix_education_set_start_date (PhoenixEducation *self,
                                  const char       *start_date)
{
  g_return_if_fail (PHOENIX_IS_EDUCATION (self));

  _phoenix_entry_set_string (G_OBJECT (self), &self->start_date, start_date, properties[PROP_START_DATE]);
}

const char *
phoenix_education_get_end_date (PhoenixEducation *self)
{
  g_return_val_if_fail (PHOENIX_IS_EDUCATION (self), NULL);

  return self->end_date;
}

void
phoenix_education_set_end_date (PhoenixEducation *self,
                                const char       *end_date)
{
  g_return_if_fail (PHOENIX_IS_EDUCATION (self));

  _phoenix_entry_set_string (G_OBJECT (self), &self->end_date, end_date, properties[PROP_END_DATE]);
}

gboolean
phoenix_education_get_current (PhoenixEducation *self)
{
  g_return_val_if_fail (PHOENIX_IS_EDUCATION (self), FALSE);

  return self->current;
}

void
phoenix_education_set_current (PhoenixEducation *self,
                               gboolean          current)
{
  g_return_if_fail (PHOENIX_IS_EDUCATION (self));

  _phoenix_entry_set_boolean (G_OBJECT (self), &self->current, current, properties[PROP_CURRENT]);
}

const char *
phoenix_education_get_grade (PhoenixEducation *self)
{
  g_return_val_if_fail (PHOENIX_IS_EDUCATION (self), NULL);

  return self->grade;
}

void
phoenix_education_set_grade (PhoenixEducation *self,
                             const char       *grade)
{
  g_return_if_fail (PHOENIX_IS_EDUCATION (self));

  _phoenix_entry_set_string (G_OBJECT (self), &self->grade, grade, properties[PROP_GRADE]);
}

const char *
phoenix_education_get_summary (PhoenixEducation *self)
{
  g_return_val_if_fail (PHOENIX_IS_EDUCATION (self), NULL);

  return self->summary;
}

void
phoenix_education_set_summary (PhoenixEducation *self,
                               const char       *summary)
{
  g_return_if_fail (PHOENIX_IS_EDUCATION (self));

  _phoenix_entry_set_string (G_OBJECT (self), &self->summary, summary, properties[PROP_SUMMARY]);
}

const char *
phoenix_education_get_url (PhoenixEducation *self)
{
  g_return_val_if_fail (PHOENIX_IS_EDUCATION (self), NULL);

  return self->url;
}

void
phoenix_education_set_url (PhoenixEducation *self,
                           const char       *url)
{
  g_return_if_fail (PHOENIX_IS_EDUCATION (self));

  _phoenix_entry_set_string (G_OBJECT (self), &self->url, url, properties[PROP_URL]);
}

const char * const *
phoenix_education_get_courses (PhoenixEducation *self)
{
  g_return_val_if_fail (PHOENIX_IS_EDUCATION (self), NULL);

  return (const char * const *) self->courses;
}

void
phoenix_education_set_courses (PhoenixEducation   *self,
                               const char * const *courses)
{
  g_return_if_fail (PHOENIX_IS_EDUCATION (self));

  _phoenix_entry_set_strv (G_OBJECT (self), &self->courses, courses, properties[PROP_COURSES]);
}

const char *
phoenix_education_get_uid (PhoenixEducation *self)
{
  g_return_val_if_fail (PHOENIX_IS_EDUCATION (self), NULL);

  return self->uid;
}

void
phoenix_education_set_uid (PhoenixEducation *self,
                           const char       *uid)
{
  g_return_if_fail (PHOENIX_IS_EDUCATION (self));

  _phoenix_entry_set_string (G_OBJECT (self), &self->uid, uid, properties[PROP_UID]);
}
