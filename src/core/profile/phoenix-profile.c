/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-profile"

#include "config.h"

#include "phoenix-profile.h"
#include "phoenix-profile-entries.h"

/*
 * A list of the profile and the "notify" handlers it put on the items it holds.
 * @handlers mirrors the store item for item, so that the handler of a removed
 * item can be disconnected even though the store no longer holds it.
 */
typedef struct
{
  PhoenixProfile *profile;
  GListStore     *store;
  GArray         *handlers;  /* of ItemHandler, in store order */
} TrackedList;

typedef struct
{
  GObject *item;    /* owned */
  gulong   handler;
} ItemHandler;

typedef enum
{
  LIST_LINKS,
  LIST_EXPERIENCES,
  LIST_EDUCATION,
  LIST_SKILLS,
  LIST_LANGUAGES,
  LIST_CERTIFICATIONS,
  LIST_PROJECTS,
  LIST_INTERESTS,
  LIST_VOLUNTEERING,
  LIST_AWARDS,
  LIST_PUBLICATIONS,
  LIST_REFERENCES,
  N_LISTS
} ListId;

struct _PhoenixProfile
{
  GObject parent_instance;

  char   *name;
  char   *headline;
  char   *email;
  char   *phone;
  char   *city;
  char   *country;
  char   *summary;
  char   *url;
  char   *address;
  char   *postal_code;
  char   *region;
  char   *json_resume_extra;
  GBytes *photo;

  TrackedList lists[N_LISTS];

  guint changed_frozen;
  guint changed_pending : 1;
  guint64 entries_serial;  /* changes of the lists and their entries */
};

enum {
  PROP_0,
  PROP_NAME,
  PROP_HEADLINE,
  PROP_EMAIL,
  PROP_PHONE,
  PROP_CITY,
  PROP_COUNTRY,
  PROP_SUMMARY,
  PROP_PHOTO,
  PROP_URL,
  PROP_ADDRESS,
  PROP_POSTAL_CODE,
  PROP_REGION,
  PROP_JSON_RESUME_EXTRA,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (PhoenixProfile, phoenix_profile, G_TYPE_OBJECT)

static void
emit_changed (PhoenixProfile *self)
{
  if (self->changed_frozen > 0)
    {
      self->changed_pending = TRUE;
      return;
    }

  g_signal_emit (self, signals[CHANGED], 0);
}

static gboolean
set_string (PhoenixProfile  *self,
            char           **field,
            const char      *value,
            guint            prop_id)
{
  if (value == NULL)
    value = "";

  if (g_strcmp0 (*field, value) == 0)
    return FALSE;

  g_free (*field);
  *field = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
  emit_changed (self);

  return TRUE;
}

static void
item_handler_clear (gpointer data)
{
  ItemHandler *ih = data;

  g_clear_signal_handler (&ih->handler, ih->item);
  g_clear_object (&ih->item);
}

/* Every entry in a list has a uid a CV variant can refer to. */
static void
assign_uid (GObject *item)
{
  g_autofree char *uid = NULL;

  g_object_get (item, "uid", &uid, NULL);
  if (uid == NULL || uid[0] == '\0')
    {
      g_autofree char *fresh = g_uuid_string_random ();

      g_object_set (item, "uid", fresh, NULL);
    }
}

static void
item_notify_cb (PhoenixProfile *self,
                GParamSpec     *pspec,
                GObject        *item)
{
  self->entries_serial++;
  emit_changed (self);
}

static void
list_items_changed_cb (GListModel  *model,
                       guint        position,
                       guint        removed,
                       guint        added,
                       TrackedList *list)
{
  g_assert (position + removed <= list->handlers->len);

  if (removed > 0)
    g_array_remove_range (list->handlers, position, removed);

  for (guint i = 0; i < added; i++)
    {
      ItemHandler ih;

      ih.item = g_list_model_get_item (model, position + i);
      assign_uid (ih.item);
      ih.handler = g_signal_connect_object (ih.item, "notify",
                                            G_CALLBACK (item_notify_cb),
                                            list->profile,
                                            G_CONNECT_SWAPPED);
      g_array_insert_val (list->handlers, position + i, ih);
    }

  if (removed > 0 || added > 0)
    {
      list->profile->entries_serial++;
      emit_changed (list->profile);
    }
}

static void
tracked_list_init (PhoenixProfile *self,
                   TrackedList    *list,
                   GType           item_type)
{
  list->profile = self;
  list->store = g_list_store_new (item_type);
  list->handlers = g_array_new (FALSE, FALSE, sizeof (ItemHandler));
  g_array_set_clear_func (list->handlers, item_handler_clear);
  g_signal_connect (list->store, "items-changed",
                    G_CALLBACK (list_items_changed_cb), list);
}

static void
tracked_list_clear (TrackedList *list)
{
  if (list->store != NULL)
    g_signal_handlers_disconnect_by_func (list->store, list_items_changed_cb, list);
  g_clear_pointer (&list->handlers, g_array_unref);
  g_clear_object (&list->store);
}

static void
phoenix_profile_dispose (GObject *object)
{
  PhoenixProfile *self = PHOENIX_PROFILE (object);

  for (guint i = 0; i < N_LISTS; i++)
    tracked_list_clear (&self->lists[i]);

  G_OBJECT_CLASS (phoenix_profile_parent_class)->dispose (object);
}

static void
phoenix_profile_finalize (GObject *object)
{
  PhoenixProfile *self = PHOENIX_PROFILE (object);

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->headline, g_free);
  g_clear_pointer (&self->email, g_free);
  g_clear_pointer (&self->phone, g_free);
  g_clear_pointer (&self->city, g_free);
  g_clear_pointer (&self->country, g_free);
  g_clear_pointer (&self->summary, g_free);
  g_clear_pointer (&self->url, g_free);
  g_clear_pointer (&self->address, g_free);
  g_clear_pointer (&self->postal_code, g_free);
  g_clear_pointer (&self->region, g_free);
  g_clear_pointer (&self->json_resume_extra, g_free);
  g_clear_pointer (&self->photo, g_bytes_unref);

  G_OBJECT_CLASS (phoenix_profile_parent_class)->finalize (object);
}

static void
phoenix_profile_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  PhoenixProfile *self = PHOENIX_PROFILE (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_HEADLINE:
      g_value_set_string (value, self->headline);
      break;

    case PROP_EMAIL:
      g_value_set_string (value, self->email);
      break;

    case PROP_PHONE:
      g_value_set_string (value, self->phone);
      break;

    case PROP_CITY:
      g_value_set_string (value, self->city);
      break;

    case PROP_COUNTRY:
      g_value_set_string (value, self->country);
      break;

    case PROP_SUMMARY:
      g_value_set_string (value, self->summary);
      break;

    case PROP_PHOTO:
      g_value_set_boxed (value, self->photo);
      break;

    case PROP_URL:
      g_value_set_string (value, self->url);
      break;

    case PROP_ADDRESS:
      g_value_set_string (value, self->address);
      break;

    case PROP_POSTAL_CODE:
      g_value_set_string (value, self->postal_code);
      break;

    case PROP_REGION:
      g_value_set_string (value, self->region);
      break;

    case PROP_JSON_RESUME_EXTRA:
      g_value_set_string (value, self->json_resume_extra);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
phoenix_profile_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  PhoenixProfile *self = PHOENIX_PROFILE (object);

  switch (prop_id)
    {
    case PROP_NAME:
      phoenix_profile_set_name (self, g_value_get_string (value));
      break;

    case PROP_HEADLINE:
      phoenix_profile_set_headline (self, g_value_get_string (value));
      break;

    case PROP_EMAIL:
      phoenix_profile_set_email (self, g_value_get_string (value));
      break;

    case PROP_PHONE:
      phoenix_profile_set_phone (self, g_value_get_string (value));
      break;

    case PROP_CITY:
      phoenix_profile_set_city (self, g_value_get_string (value));
      break;

    case PROP_COUNTRY:
      phoenix_profile_set_country (self, g_value_get_string (value));
      break;

    case PROP_SUMMARY:
      phoenix_profile_set_summary (self, g_value_get_string (value));
      break;

    case PROP_PHOTO:
      phoenix_profile_set_photo (self, g_value_get_boxed (value));
      break;

    case PROP_URL:
      phoenix_profile_set_url (self, g_value_get_string (value));
      break;

    case PROP_ADDRESS:
      phoenix_profile_set_address (self, g_value_get_string (value));
      break;

    case PROP_POSTAL_CODE:
      phoenix_profile_set_postal_code (self, g_value_get_string (value));
      break;

    case PROP_REGION:
      phoenix_profile_set_region (self, g_value_get_string (value));
      break;

    case PROP_JSON_RESUME_EXTRA:
      phoenix_profile_set_json_resume_extra (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
phoenix_profile_class_init (PhoenixProfileClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = phoenix_profile_dispose;
  object_class->finalize = phoenix_profile_finalize;
  object_class->get_property = phoenix_profile_get_property;
  object_class->set_property = phoenix_profile_set_property;

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_HEADLINE] =
    g_param_spec_string ("headline", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_EMAIL] =
    g_param_spec_string ("email", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_PHONE] =
    g_param_spec_string ("phone", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_CITY] =
    g_param_spec_string ("city", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_COUNTRY] =
    g_param_spec_string ("country", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_SUMMARY] =
    g_param_spec_string ("summary", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_PHOTO] =
    g_param_spec_boxed ("photo", NULL, NULL,
                        G_TYPE_BYTES,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_URL] =
    g_param_spec_string ("url", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_ADDRESS] =
    g_param_spec_string ("address", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_POSTAL_CODE] =
    g_param_spec_string ("postal-code", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_REGION] =
    g_param_spec_string ("region", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_JSON_RESUME_EXTRA] =
    g_param_spec_string ("json-resume-extra", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * PhoenixProfile::changed:
   *
   * Emitted after a property of the profile or of one of its entries changed,
   * or after a list gained, lost or reordered entries. Autosave listens here.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0,
                  NULL, NULL,
                  NULL,
                  G_TYPE_NONE, 0);
}

static void
phoenix_profile_init (PhoenixProfile *self)
{
  self->name = g_strdup ("");
  self->headline = g_strdup ("");
  self->email = g_strdup ("");
  self->phone = g_strdup ("");
  self->city = g_strdup ("");
  self->country = g_strdup ("");
  self->summary = g_strdup ("");
  self->url = g_strdup ("");
  self->address = g_strdup ("");
  self->postal_code = g_strdup ("");
  self->region = g_strdup ("");
  self->json_resume_extra = g_strdup ("");

  tracked_list_init (self, &self->lists[LIST_LINKS], PHOENIX_TYPE_LINK);
  tracked_list_init (self, &self->lists[LIST_EXPERIENCES], PHOENIX_TYPE_EXPERIENCE);
  tracked_list_init (self, &self->lists[LIST_EDUCATION], PHOENIX_TYPE_EDUCATION);
  tracked_list_init (self, &self->lists[LIST_SKILLS], PHOENIX_TYPE_SKILL);
  tracked_list_init (self, &self->lists[LIST_LANGUAGES], PHOENIX_TYPE_LANGUAGE);
  tracked_list_init (self, &self->lists[LIST_CERTIFICATIONS], PHOENIX_TYPE_CERTIFICATION);
  tracked_list_init (self, &self->lists[LIST_PROJECTS], PHOENIX_TYPE_PROJECT);
  tracked_list_init (self, &self->lists[LIST_INTERESTS], PHOENIX_TYPE_INTEREST);
  tracked_list_init (self, &self->lists[LIST_VOLUNTEERING], PHOENIX_TYPE_VOLUNTEER);
  tracked_list_init (self, &self->lists[LIST_AWARDS], PHOENIX_TYPE_AWARD);
  tracked_list_init (self, &self->lists[LIST_PUBLICATIONS], PHOENIX_TYPE_PUBLICATION);
  tracked_list_init (self, &self->lists[LIST_REFERENCES], PHOENIX_TYPE_REFERENCE);
}

PhoenixProfile *
phoenix_profile_new (void)
{
  return g_object_new (PHOENIX_TYPE_PROFILE, NULL);
}

const char *
phoenix_profile_get_name (PhoenixProfile *self)
{
  g_return_val_if_fail (PHOENIX_IS_PROFILE (self), NULL);

  return self->name;
}

void
phoenix_profile_set_name (PhoenixProfile *self,
                          const char     *name)
{
  g_return_if_fail (PHOENIX_IS_PROFILE (self));

  set_string (self, &self->name, name, PROP_NAME);
}

const char *
phoenix_profile_get_headline (PhoenixProfile *self)
{
  g_return_val_if_fail (PHOENIX_IS_PROFILE (self), NULL);

  return self->headline;
}

void
phoenix_profile_set_headline (PhoenixProfile *self,
                              const char     *headline)
{
  g_return_if_fail (PHOENIX_IS_PROFILE (self));

  set_string (self, &self->headline, headline, PROP_HEADLINE);
}

const char *
phoenix_profile_get_email (PhoenixProfile *self)
{
  g_return_val_if_fail (PHOENIX_IS_PROFILE (self), NULL);

  return self->email;
}

void
phoenix_profile_set_email (PhoenixProfile *self,
                           const char     *email)
{
  g_return_if_fail (PHOENIX_IS_PROFILE (self));

  set_string (self, &self->email, email, PROP_EMAIL);
}

const char *
phoenix_profile_get_phone (PhoenixProfile *self)
{
  g_return_val_if_fail (PHOENIX_IS_PROFILE (self), NULL);

  return self->phone;
}

void
phoenix_profile_set_phone (PhoenixProfile *self,
                           const char     *phone)
{
  g_return_if_fail (PHOENIX_IS_PROFILE (self));

  set_string (self, &self->phone, phone, PROP_PHONE);
}

const char *
phoenix_profile_get_city (PhoenixProfile *self)
{
  g_return_val_if_fail (PHOENIX_IS_PROFILE (self), NULL);

  return self->city;
}

void
phoenix_profile_set_city (PhoenixProfile *self,
                          const char     *city)
{
  g_return_if_fail (PHOENIX_IS_PROFILE (self));

  set_string (self, &self->city, city, PROP_CITY);
}

const char *
phoenix_profile_get_country (PhoenixProfile *self)
{
  g_return_val_if_fail (PHOENIX_IS_PROFILE (self), NULL);

  return self->country;
}

void
phoenix_profile_set_country (PhoenixProfile *self,
                             const char     *country)
{
  g_return_if_fail (PHOENIX_IS_PROFILE (self));

  set_string (self, &self->country, country, PROP_COUNTRY);
}

const char *
phoenix_profile_get_summary (PhoenixProfile *self)
{
  g_return_val_if_fail (PHOENIX_IS_PROFILE (self), NULL);

  return self->summary;
}

void
phoenix_profile_set_summary (PhoenixProfile *self,
                             const char     *summary)
{
  g_return_if_fail (PHOENIX_IS_PROFILE (self));

  set_string (self, &self->summary, summary, PROP_SUMMARY);
}

/**
 * phoenix_profile_get_photo:
 *
 * Returns: (transfer none) (nullable): the photo's encoded image bytes, or
 *   %NULL when there is none
 */
GBytes *
phoenix_profile_get_photo (PhoenixProfile *self)
{
  g_return_val_if_fail (PHOENIX_IS_PROFILE (self), NULL);

  return self->photo;
}

/**
 * phoenix_profile_set_photo:
 * @photo: (nullable): encoded image bytes; %NULL or empty bytes remove the photo
 */
void
phoenix_profile_set_photo (PhoenixProfile *self,
                           GBytes         *photo)
{
  g_return_if_fail (PHOENIX_IS_PROFILE (self));

  if (photo != NULL && g_bytes_get_size (photo) == 0)
    photo = NULL;

  if (self->photo == photo)
    return;
  if (self->photo != NULL && photo != NULL && g_bytes_equal (self->photo, photo))
    return;

  g_clear_pointer (&self->photo, g_bytes_unref);
  if (photo != NULL)
    self->photo = g_bytes_ref (photo);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PHOTO]);
  emit_changed (self);
}

GListStore *
phoenix_profile_get_links (PhoenixProfile *self)
{
  g_return_val_if_fail (PHOENIX_IS_PROFILE (self), NULL);

  return self->lists[LIST_LINKS].store;
}

GListStore *
phoenix_profile_get_experiences (PhoenixProfile *self)
{
  g_return_val_if_fail (PHOENIX_IS_PROFILE (self), NULL);

  return self->lists[LIST_EXPERIENCES].store;
}

GListStore *
phoenix_profile_get_education (PhoenixProfile *self)
{
  g_return_val_if_fail (PHOENIX_IS_PROFILE (self), NULL);

  return self->lists[LIST_EDUCATION].store;
}

GListStore *
phoenix_profile_get_skills (PhoenixProfile *self)
{
  g_return_val_if_fail (PHOENIX_IS_PROFILE (self), NULL);

  return self->lists[LIST_SKILLS].store;
}

GListStore *
phoenix_profile_get_languages (PhoenixProfile *self)
{
  g_return_val_if_fail (PHOENIX_IS_PROFILE (self), NULL);

  return self->lists[LIST_LANGUAGES].store;
}

GListStore *
phoenix_profile_get_certifications (PhoenixProfile *self)
{
  g_return_val_if_fail (PHOENIX_IS_PROFILE (self), NULL);

  return self->lists[LIST_CERTIFICATIONS].store;
}

GListStore *
phoenix_profile_get_projects (PhoenixProfile *self)
{
  g_return_val_if_fail (PHOENIX_IS_PROFILE (self), NULL);

  return self->lists[LIST_PROJECTS].store;
}

GListStore *
phoenix_profile_get_interests (PhoenixProfile *self)
{
  g_return_val_if_fail (PHOENIX_IS_PROFILE (self), NULL);

  return self->lists[LIST_INTERESTS].store;
}

const char *
phoenix_profile_get_url (PhoenixProfile *self)
{
  g_return_val_if_fail (PHOENIX_IS_PROFILE (self), NULL);

  return self->url;
}

void
phoenix_profile_set_url (PhoenixProfile *self,
                         const char     *url)
{
  g_return_if_fail (PHOENIX_IS_PROFILE (self));

  set_string (self, &self->url, url, PROP_URL);
}

const char *
phoenix_profile_get_address (PhoenixProfile *self)
{
  g_return_val_if_fail (PHOENIX_IS_PROFILE (self), NULL);

  return self->address;
}

void
phoenix_profile_set_address (PhoenixProfile *self,
                             const char     *address)
{
  g_return_if_fail (PHOENIX_IS_PROFILE (self));

  set_string (self, &self->address, address, PROP_ADDRESS);
}

const char *
phoenix_profile_get_postal_code (PhoenixProfile *self)
{
  g_return_val_if_fail (PHOENIX_IS_PROFILE (self), NULL);

  return self->postal_code;
}

void
phoenix_profile_set_postal_code (PhoenixProfile *self,
                                 const char     *postal_code)
{
  g_return_if_fail (PHOENIX_IS_PROFILE (self));

  set_string (self, &self->postal_code, postal_code, PROP_POSTAL_CODE);
}

const char *
phoenix_profile_get_region (PhoenixProfile *self)
{
  g_return_val_if_fail (PHOENIX_IS_PROFILE (self), NULL);

  return self->region;
}

void
phoenix_profile_set_region (PhoenixProfile *self,
                            const char     *region)
{
  g_return_if_fail (PHOENIX_IS_PROFILE (self));

  set_string (self, &self->region, region, PROP_REGION);
}

const char *
phoenix_profile_get_json_resume_extra (PhoenixProfile *self)
{
  g_return_val_if_fail (PHOENIX_IS_PROFILE (self), NULL);

  return self->json_resume_extra;
}

void
phoenix_profile_set_json_resume_extra (PhoenixProfile *self,
                                       const char     *json_resume_extra)
{
  g_return_if_fail (PHOENIX_IS_PROFILE (self));

  set_string (self, &self->json_resume_extra, json_resume_extra, PROP_JSON_RESUME_EXTRA);
}

GListStore *
phoenix_profile_get_volunteering (PhoenixProfile *self)
{
  g_return_val_if_fail (PHOENIX_IS_PROFILE (self), NULL);

  return self->lists[LIST_VOLUNTEERING].store;
}

GListStore *
phoenix_profile_get_awards (PhoenixProfile *self)
{
  g_return_val_if_fail (PHOENIX_IS_PROFILE (self), NULL);

  return self->lists[LIST_AWARDS].store;
}

GListStore *
phoenix_profile_get_publications (PhoenixProfile *self)
{
  g_return_val_if_fail (PHOENIX_IS_PROFILE (self), NULL);

  return self->lists[LIST_PUBLICATIONS].store;
}

GListStore *
phoenix_profile_get_references (PhoenixProfile *self)
{
  g_return_val_if_fail (PHOENIX_IS_PROFILE (self), NULL);

  return self->lists[LIST_REFERENCES].store;
}

guint64
phoenix_profile_get_entries_serial (PhoenixProfile *self)
{
  g_return_val_if_fail (PHOENIX_IS_PROFILE (self), 0);

  return self->entries_serial;
}

/**
 * phoenix_profile_freeze_changed:
 *
 * Holds back "changed" until the matching phoenix_profile_thaw_changed(),
 * which emits it once if anything changed in between. Calls nest.
 */
void
phoenix_profile_freeze_changed (PhoenixProfile *self)
{
  g_return_if_fail (PHOENIX_IS_PROFILE (self));

  self->changed_frozen++;
}

void
phoenix_profile_thaw_changed (PhoenixProfile *self)
{
  g_return_if_fail (PHOENIX_IS_PROFILE (self));
  g_return_if_fail (self->changed_frozen > 0);

  if (--self->changed_frozen == 0 && self->changed_pending)
    {
      self->changed_pending = FALSE;
      g_signal_emit (self, signals[CHANGED], 0);
    }
}
