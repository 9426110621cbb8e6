/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-ats-report-item"

#include "config.h"

#include "phoenix-ats-report-item.h"

struct _PhoenixAtsReportItem
{
  GObject                parent_instance;

  char                  *title;
  char                  *subtitle;
  char                  *icon_name;
  int                    subtitle_lines;
  PhoenixAtsReportSuffix suffix;
  double                 value;
  guint                  target;
  char                  *label;
};

G_DEFINE_FINAL_TYPE (PhoenixAtsReportItem, phoenix_ats_report_item, G_TYPE_OBJECT)

static void
phoenix_ats_report_item_finalize (GObject *object)
{
  PhoenixAtsReportItem *self = PHOENIX_ATS_REPORT_ITEM (object);

  g_free (self->title);
  g_free (self->subtitle);
  g_free (self->icon_name);
  g_free (self->label);

  G_OBJECT_CLASS (phoenix_ats_report_item_parent_class)->finalize (object);
}

static void
phoenix_ats_report_item_class_init (PhoenixAtsReportItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = phoenix_ats_report_item_finalize;
}

static void
phoenix_ats_report_item_init (PhoenixAtsReportItem *self)
{
}

PhoenixAtsReportItem *
phoenix_ats_report_item_new (const char *title,
                             const char *subtitle,
                             const char *icon_name,
                             int         subtitle_lines)
{
  PhoenixAtsReportItem *self = g_object_new (PHOENIX_TYPE_ATS_REPORT_ITEM, NULL);

  self->title = g_strdup (title);
  self->subtitle = g_strdup (subtitle);
  self->icon_name = g_strdup (icon_name);
  self->subtitle_lines = subtitle_lines;
  return self;
}

void
phoenix_ats_report_item_set_suffix (PhoenixAtsReportItem  *self,
                                    PhoenixAtsReportSuffix suffix,
                                    double                 value,
                                    guint                  target,
                                    const char            *label)
{
  g_return_if_fail (PHOENIX_IS_ATS_REPORT_ITEM (self));

  self->suffix = suffix;
  self->value = value;
  self->target = target;
  g_free (self->label);
  self->label = g_strdup (label);
}

const char *
phoenix_ats_report_item_get_title (PhoenixAtsReportItem *self)
{
  return self->title;
}

const char *
phoenix_ats_report_item_get_subtitle (PhoenixAtsReportItem *self)
{
  return self->subtitle;
}

const char *
phoenix_ats_report_item_get_icon_name (PhoenixAtsReportItem *self)
{
  return self->icon_name;
}

int
phoenix_ats_report_item_get_subtitle_lines (PhoenixAtsReportItem *self)
{
  return self->subtitle_lines;
}

PhoenixAtsReportSuffix
phoenix_ats_report_item_get_suffix (PhoenixAtsReportItem *self)
{
  return self->suffix;
}

double
phoenix_ats_report_item_get_value (PhoenixAtsReportItem *self)
{
  return self->value;
}

guint
phoenix_ats_report_item_get_target (PhoenixAtsReportItem *self)
{
  return self->target;
}

const char *
phoenix_ats_report_item_get_label (PhoenixAtsReportItem *self)
{
  return self->label;
}

gboolean
phoenix_ats_report_item_equal (PhoenixAtsReportItem *a,
                               PhoenixAtsReportItem *b)
{
  return g_strcmp0 (a->title, b->title) == 0 &&
         g_strcmp0 (a->subtitle, b->subtitle) == 0 &&
         g_strcmp0 (a->icon_name, b->icon_name) == 0 &&
         a->subtitle_lines == b->subtitle_lines &&
         a->suffix == b->suffix &&
         a->value == b->value &&
         a->target == b->target &&
         g_strcmp0 (a->label, b->label) == 0;
}
