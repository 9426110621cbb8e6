/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-month-picker"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>
#include <string.h>

#include "phoenix-month-picker.h"

struct _PhoenixMonthPicker
{
  GtkWidget    parent_instance;

  char        *date;
  gboolean     updating;

  GtkDropDown *month;
  GtkEntry    *year;
};

enum {
  PROP_0,
  PROP_DATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (PhoenixMonthPicker, phoenix_month_picker, GTK_TYPE_WIDGET)


static void
set_date_internal (PhoenixMonthPicker *self,
                   const char         *date)
{
  if (g_strcmp0 (self->date, date) == 0)
    return;

  g_free (self->date);
  self->date = g_strdup (date);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
}

/* The date the widgets show; a day already there is kept. */
static void
widgets_changed_cb (PhoenixMonthPicker *self)
{
  const char *year = gtk_editable_get_text (GTK_EDITABLE (self->year));
  guint month = gtk_drop_down_get_selected (self->month);
  g_autofree char *date = NULL;

  if (self->updating)
    return;

  /* Anything but digits is flagged at once (and not stored). */
  for (const char *p = year; *p != '\0'; p++)
    if (!g_ascii_isdigit (*p))
      {
        gtk_widget_add_css_class (GTK_WIDGET (self->year), "error");
        return;
      }
  gtk_widget_remove_css_class (GTK_WIDGET (self->year), "error");

  if (strlen (year) != 4)
    {
      /* Half-typed years wait; an emptied one clears the date. */
      if (*year == '\0')
        set_date_internal (self, "");
      return;
    }

  if (month == 0 || month == GTK_INVALID_LIST_POSITION)
    date = g_strdup (year);
  else if (self->date != NULL && strlen (self->date) == 10 &&
           strncmp (self->date, year, 4) == 0 && atoi (self->date + 5) == (int) month)
    date = g_strdup (self->date);
  else
    date = g_strdup_printf ("%s-%02u", year, month);

  set_date_internal (self, date);
}

static void
show_date (PhoenixMonthPicker *self)
{
  const char *date = self->date != NULL ? self->date : "";
  g_autofree char *year = g_strndup (date, 4);
  guint month = strlen (date) >= 7 ? (guint) atoi (date + 5) : 0;

  self->updating = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->year), year);
  gtk_drop_down_set_selected (self->month, month <= 12 ? month : 0);
  self->updating = FALSE;
}

static void
phoenix_month_picker_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), PHOENIX_TYPE_MONTH_PICKER);

  G_OBJECT_CLASS (phoenix_month_picker_parent_class)->dispose (object);
}

static void
phoenix_month_picker_finalize (GObject *object)
{
  PhoenixMonthPicker *self = PHOENIX_MONTH_PICKER (object);

  g_free (self->date);

  G_OBJECT_CLASS (phoenix_month_picker_parent_class)->finalize (object);
}

static void
phoenix_month_picker_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  PhoenixMonthPicker *self = PHOENIX_MONTH_PICKER (object);

  switch (prop_id)
    {
    case PROP_DATE:
      g_value_set_string (value, phoenix_month_picker_get_date (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
phoenix_month_picker_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  PhoenixMonthPicker *self = PHOENIX_MONTH_PICKER (object);

  switch (prop_id)
    {
    case PROP_DATE:
      phoenix_month_picker_set_date (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
phoenix_month_picker_class_init (PhoenixMonthPickerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = phoenix_month_picker_dispose;
  object_class->finalize = phoenix_month_picker_finalize;
  object_class->get_property = phoenix_month_picker_get_property;
  object_class->set_property = phoenix_month_picker_set_property;

  properties[PROP_DATE] =
    g_param_spec_string ("date", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/ui/phoenix-month-picker.ui");
  gtk_widget_class_bind_template_child (widget_class, PhoenixMonthPicker, month);
  gtk_widget_class_bind_template_child (widget_class, PhoenixMonthPicker, year);
  gtk_widget_class_bind_template_callback (widget_class, widgets_changed_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "phoenix-month-picker");
}

static void
phoenix_month_picker_init (PhoenixMonthPicker *self)
{
  self->date = g_strdup ("");
  self->updating = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));
  self->updating = FALSE;
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (gtk_widget_get_layout_manager (GTK_WIDGET (self))), 6);
}

GtkWidget *
phoenix_month_picker_new (void)
{
  return g_object_new (PHOENIX_TYPE_MONTH_PICKER, NULL);
}

const char *
phoenix_month_picker_get_date (PhoenixMonthPicker *self)
{
  g_return_val_if_fail (PHOENIX_IS_MONTH_PICKER (self), NULL);

  return self->date;
}

void
phoenix_month_picker_set_date (PhoenixMonthPicker *self,
                               const char         *date)
{
  g_return_if_fail (PHOENIX_IS_MONTH_PICKER (self));

  if (date == NULL)
    date = "";
  if (g_strcmp0 (self->date, date) == 0)
    return;

  set_date_internal (self, date);
  show_date (self);
}

/* Names the two controls after the field ("Start: month", "Start: year"), so a screen reader
 * says which date they belong to. */
void
phoenix_month_picker_set_label (PhoenixMonthPicker *self,
                                const char         *label)
{
  g_autofree char *month = NULL;
  g_autofree char *year = NULL;

  g_return_if_fail (PHOENIX_IS_MONTH_PICKER (self));
  g_return_if_fail (label != NULL);

  /* Translators: the month of a date field, e.g. “Start: month” */
  month = g_strdup_printf (_("%s: month"), label);
  /* Translators: the year of a date field, e.g. “Start: year” */
  year = g_strdup_printf (_("%s: year"), label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->month), GTK_ACCESSIBLE_PROPERTY_LABEL, month, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->year), GTK_ACCESSIBLE_PROPERTY_LABEL, year, -1);
}
