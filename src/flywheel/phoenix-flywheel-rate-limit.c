/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-flywheel-rate-limit"

#include "config.h"

#include <math.h>

#include "phoenix-flywheel-rate-limit.h"

#define OVERFLOW_KEY ""

typedef struct
{
  double tokens;
  gint64 updated;
} Bucket;

struct _PhoenixFlywheelRateLimit
{
  GObject     parent_instance;

  double      rate;
  double      burst;
  GHashTable *buckets;  /* address → Bucket */
};

G_DEFINE_FINAL_TYPE (PhoenixFlywheelRateLimit, phoenix_flywheel_rate_limit, G_TYPE_OBJECT)

static void
refill (PhoenixFlywheelRateLimit *self,
        Bucket                   *bucket,
        gint64                    now_us)
{
  double elapsed = (double) (now_us - bucket->updated) / G_USEC_PER_SEC;

  if (elapsed > 0)
    bucket->tokens = MIN (self->burst, bucket->tokens + elapsed * self->rate);
  bucket->updated = now_us;
}

static void
phoenix_flywheel_rate_limit_finalize (GObject *object)
{
  PhoenixFlywheelRateLimit *self = (PhoenixFlywheelRateLimit *) object;

  g_clear_pointer (&self->buckets, g_hash_table_unref);

  G_OBJECT_CLASS (phoenix_flywheel_rate_limit_parent_class)->finalize (object);
}

static void
phoenix_flywheel_rate_limit_class_init (PhoenixFlywheelRateLimitClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = phoenix_flywheel_rate_limit_finalize;
}

static void
phoenix_flywheel_rate_limit_init (PhoenixFlywheelRateLimit *self)
{
  self->buckets = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

PhoenixFlywheelRateLimit *
phoenix_flywheel_rate_limit_new (double rate,
                                 double burst)
{
  PhoenixFlywheelRateLimit *self = g_object_new (PHOENIX_TYPE_FLYWHEEL_RATE_LIMIT, NULL);

  self->rate = MAX (rate, 0.0);
  self->burst = MAX (burst, 1.0);
  return self;
}

gboolean
phoenix_flywheel_rate_limit_take (PhoenixFlywheelRateLimit *self,
                                  const char               *address,
                                  gint64                    now_us)
{
  Bucket *bucket;

  g_return_val_if_fail (PHOENIX_IS_FLYWHEEL_RATE_LIMIT (self), TRUE);

  if (self->rate <= 0)
    return TRUE;
  if (address == NULL)
    address = OVERFLOW_KEY;

  bucket = g_hash_table_lookup (self->buckets, address);
  if (bucket == NULL)
    {
      if (g_hash_table_size (self->buckets) >= PHOENIX_FLYWHEEL_RATE_LIMIT_MAX_ADDRESSES &&
          phoenix_flywheel_rate_limit_prune (self, now_us) >= PHOENIX_FLYWHEEL_RATE_LIMIT_MAX_ADDRESSES)
        address = OVERFLOW_KEY;
      bucket = g_hash_table_lookup (self->buckets, address);
    }
  if (bucket == NULL)
    {
      bucket = g_new (Bucket, 1);
      bucket->tokens = self->burst;
      bucket->updated = now_us;
      g_hash_table_insert (self->buckets, g_strdup (address), bucket);
    }

  refill (self, bucket, now_us);
  if (bucket->tokens < 1.0)
    return FALSE;
  bucket->tokens -= 1.0;
  return TRUE;
}

guint
phoenix_flywheel_rate_limit_retry_after (PhoenixFlywheelRateLimit *self)
{
  g_return_val_if_fail (PHOENIX_IS_FLYWHEEL_RATE_LIMIT (self), 1);

  return self->rate > 0 ? MAX (1, (guint) ceil (1.0 / self->rate)) : 1;
}

guint
phoenix_flywheel_rate_limit_prune (PhoenixFlywheelRateLimit *self,
                                   gint64                    now_us)
{
  GHashTableIter iter;
  gpointer value;

  g_return_val_if_fail (PHOENIX_IS_FLYWHEEL_RATE_LIMIT (self), 0);

  g_hash_table_iter_init (&iter, self->buckets);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      refill (self, value, now_us);
      if (((Bucket *) value)->tokens >= self->burst)
        g_hash_table_iter_remove (&iter);
    }
  return g_hash_table_size (self->buckets);
}
