/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-letter"

#include "config.h"

#include "phoenix-letter.h"
#include "phoenix-letter-markup.h"

struct _PhoenixLetter
{
  GObject  parent_instance;

  char    *fields[PHOENIX_LETTER_N_FIELDS];
  gint64   id;
  gint64   offer_id;
  gint64   application_id;
  gint64   updated_at;
};

/* Property ids: the string fields first (PROP_FIELD0 + field), then the row ids. */
enum {
  PROP_0,
  PROP_FIELD0,
  PROP_ID = PROP_FIELD0 + PHOENIX_LETTER_N_FIELDS,
  PROP_OFFER_ID,
  PROP_APPLICATION_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const field_names[PHOENIX_LETTER_N_FIELDS] = {
  "title", "language", "tone", "length", "template", "sender", "recipient", "place-date",
  "subject", "salutation", "body", "closing", "signature", "cv-variant",
};

G_DEFINE_FINAL_TYPE (PhoenixLetter, phoenix_letter, G_TYPE_OBJECT)

static void
phoenix_letter_finalize (GObject *object)
{
  PhoenixLetter *self = PHOENIX_LETTER (object);

  for (guint i = 0; i < PHOENIX_LETTER_N_FIELDS; i++)
    g_free (self->fields[i]);

  G_OBJECT_CLASS (phoenix_letter_parent_class)->finalize (object);
}

static void
phoenix_letter_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  PhoenixLetter *self = PHOENIX_LETTER (object);

  if (prop_id >= PROP_FIELD0 && prop_id < PROP_ID)
    g_value_set_string (value, self->fields[prop_id - PROP_FIELD0]);
  else if (prop_id == PROP_ID)
    g_value_set_int64 (value, self->id);
  else if (prop_id == PROP_OFFER_ID)
    g_value_set_int64 (value, self->offer_id);
  else if (prop_id == PROP_APPLICATION_ID)
    g_value_set_int64 (value, self->application_id);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
phoenix_letter_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  PhoenixLetter *self = PHOENIX_LETTER (object);

  if (prop_id >= PROP_FIELD0 && prop_id < PROP_ID)
    phoenix_letter_set (self, prop_id - PROP_FIELD0, g_value_get_string (value));
  else if (prop_id == PROP_ID)
    phoenix_letter_set_id (self, g_value_get_int64 (value));
  else if (prop_id == PROP_OFFER_ID)
    phoenix_letter_set_offer_id (self, g_value_get_int64 (value));
  else if (prop_id == PROP_APPLICATION_ID)
    phoenix_letter_set_application_id (self, g_value_get_int64 (value));
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
phoenix_letter_class_init (PhoenixLetterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = phoenix_letter_finalize;
  object_class->get_property = phoenix_letter_get_property;
  object_class->set_property = phoenix_letter_set_property;

  for (guint i = 0; i < PHOENIX_LETTER_N_FIELDS; i++)
    properties[PROP_FIELD0 + i] =
      g_param_spec_string (field_names[i], NULL, NULL, "",
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_OFFER_ID] =
    g_param_spec_int64 ("offer-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_APPLICATION_ID] =
    g_param_spec_int64 ("application-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
phoenix_letter_init (PhoenixLetter *self)
{
  for (guint i = 0; i < PHOENIX_LETTER_N_FIELDS; i++)
    self->fields[i] = g_strdup ("");
}

PhoenixLetter *
phoenix_letter_new (void)
{
  return g_object_new (PHOENIX_TYPE_LETTER, NULL);
}

const char *
phoenix_letter_field_to_string (PhoenixLetterField field)
{
  g_return_val_if_fail (field < PHOENIX_LETTER_N_FIELDS, NULL);

  return field_names[field];
}

const char *
phoenix_letter_get (PhoenixLetter      *self,
                    PhoenixLetterField  field)
{
  g_return_val_if_fail (PHOENIX_IS_LETTER (self), NULL);
  g_return_val_if_fail (field < PHOENIX_LETTER_N_FIELDS, NULL);

  return self->fields[field];
}

void
phoenix_letter_set (PhoenixLetter      *self,
                    PhoenixLetterField  field,
                    const char         *value)
{
  g_return_if_fail (PHOENIX_IS_LETTER (self));
  g_return_if_fail (field < PHOENIX_LETTER_N_FIELDS);

  if (value == NULL)
    value = "";
  if (g_strcmp0 (self->fields[field], value) == 0)
    return;
  g_free (self->fields[field]);
  self->fields[field] = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FIELD0 + field]);
}

#define DEFINE_ID_ACCESSORS(name, member, prop)                      \
  gint64                                                             \
  phoenix_letter_get_##name (PhoenixLetter *self)                    \
  {                                                                  \
    g_return_val_if_fail (PHOENIX_IS_LETTER (self), 0);              \
    return self->member;                                             \
  }                                                                  \
  void                                                               \
  phoenix_letter_set_##name (PhoenixLetter *self,                    \
                             gint64         value)                   \
  {                                                                  \
    g_return_if_fail (PHOENIX_IS_LETTER (self));                     \
    if (self->member == value)                                       \
      return;                                                        \
    self->member = value;                                            \
    g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);    \
  }

DEFINE_ID_ACCESSORS (id, id, PROP_ID)
DEFINE_ID_ACCESSORS (offer_id, offer_id, PROP_OFFER_ID)
DEFINE_ID_ACCESSORS (application_id, application_id, PROP_APPLICATION_ID)

gint64
phoenix_letter_get_updated_at (PhoenixLetter *self)
{
  g_return_val_if_fail (PHOENIX_IS_LETTER (self), 0);

  return self->updated_at;
}

void
phoenix_letter_set_updated_at (PhoenixLetter *self,
                               gint64         when)
{
  g_return_if_fail (PHOENIX_IS_LETTER (self));

  self->updated_at = when;
}

char *
phoenix_letter_get_body_text (PhoenixLetter *self,
                              const char    *separator)
{
  g_return_val_if_fail (PHOENIX_IS_LETTER (self), NULL);

  return phoenix_letter_markup_to_text (self->fields[PHOENIX_LETTER_FIELD_BODY], separator);
}

char *
phoenix_letter_to_text (PhoenixLetter *self)
{
  static const PhoenixLetterField order[] = {
    PHOENIX_LETTER_FIELD_SENDER, PHOENIX_LETTER_FIELD_RECIPIENT, PHOENIX_LETTER_FIELD_PLACE_DATE,
    PHOENIX_LETTER_FIELD_SUBJECT, PHOENIX_LETTER_FIELD_SALUTATION, PHOENIX_LETTER_FIELD_BODY,
    PHOENIX_LETTER_FIELD_CLOSING, PHOENIX_LETTER_FIELD_SIGNATURE,
  };
  g_autoptr(GString) out = g_string_new (NULL);

  g_return_val_if_fail (PHOENIX_IS_LETTER (self), NULL);

  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    {
      g_autofree char *part = NULL;

      if (order[i] == PHOENIX_LETTER_FIELD_BODY)
        part = phoenix_letter_get_body_text (self, "\n\n");
      else
        part = g_strdup (self->fields[order[i]]);
      if (part[0] == '\0')
        continue;
      if (out->len > 0)
        g_string_append (out, "\n\n");
      g_string_append (out, part);
    }
  g_string_append_c (out, '\n');

  return g_string_free (g_steal_pointer (&out), FALSE);
}

PhoenixLetter *
phoenix_letter_copy (PhoenixLetter *self)
{
  PhoenixLetter *copy;

  g_return_val_if_fail (PHOENIX_IS_LETTER (self), NULL);

  copy = phoenix_letter_new ();
  for (guint i = 0; i < PHOENIX_LETTER_N_FIELDS; i++)
    phoenix_letter_set (copy, i, self->fields[i]);
  copy->offer_id = self->offer_id;
  copy->application_id = self->application_id;

  return copy;
}
