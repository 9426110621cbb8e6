/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-import-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "phoenix-import-dialog.h"
#include "phoenix-import-dialog-private.h"

/* Below this the parser is not sure of a field, and the preview says so. */
#define LOW_CONFIDENCE 0.6

struct _PhoenixImportDialog
{
  AdwWindow             parent_instance;

  PhoenixCvParse       *parse;
  char                 *file_name;
  gboolean              chosen;
  guint                 n_unsure;

  /* Template widgets */
  AdwWindowTitle       *window_title;
  AdwPreferencesPage   *page;
};

enum {
  PROP_0,
  PROP_PARSE,
  PROP_FILE_NAME,
  N_PROPS
};

enum {
  CHOSEN,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (PhoenixImportDialog, phoenix_import_dialog, ADW_TYPE_WINDOW)

static const char *
member_string (JsonObject *object,
               const char *member)
{
  JsonNode *node;

  if (object == NULL || !json_object_has_member (object, member))
    return NULL;
  node = json_object_get_member (object, member);
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

/* The lowest confidence of @pointer or of any field under it; 1 when none is known. */
static double
lowest_confidence (PhoenixImportDialog *self,
                   const char          *pointer)
{
  JsonObject *confidence = phoenix_cv_parse_get_confidence (self->parse);
  g_autofree char *prefix = g_strconcat (pointer, "/", NULL);
  double lowest = 1;
  JsonObjectIter iter;
  const char *key;
  JsonNode *value;

  if (confidence == NULL)
    return 1;

  json_object_iter_init (&iter, confidence);
  while (json_object_iter_next (&iter, &key, &value))
    {
      if (!g_str_equal (key, pointer) && !g_str_has_prefix (key, prefix))
        continue;
      if (JSON_NODE_HOLDS_VALUE (value))
        lowest = MIN (lowest, json_node_get_double (value));
    }

  return lowest;
}

static void
add_row (PhoenixImportDialog  *self,
         AdwPreferencesGroup  *group,
         const char           *title,
         const char           *subtitle,
         const char           *pointer)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL && *subtitle != '\0')
    {
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 3);
    }
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 3);

  if (pointer != NULL && lowest_confidence (self, pointer) < LOW_CONFIDENCE)
    {
      GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

      gtk_widget_add_css_class (icon, "warning");
      gtk_widget_set_tooltip_text (icon, _("Check this: Phoenix is not sure"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (icon),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _("Check this: Phoenix is not sure"),
                                      -1);
      gtk_widget_set_name (icon, "unsure");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), icon);
      self->n_unsure++;
    }

  adw_preferences_group_add (group, row);
}

static AdwPreferencesGroup *
add_group (PhoenixImportDialog *self,
           const char          *title)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  adw_preferences_page_add (self->page, ADW_PREFERENCES_GROUP (group));
  return ADW_PREFERENCES_GROUP (group);
}

/* "2019-03 – 2022-06", "Since 2021-09", "2019". */
static char *
format_dates (JsonObject *entry)
{
  const char *start = member_string (entry, "startDate");
  const char *end = member_string (entry, "endDate");

  if (start != NULL && end != NULL)
    /* Translators: a period of time, start – end */
    return g_strdup_printf (_("%s – %s"), start, end);
  if (start != NULL)
    /* Translators: %s is a start date; the entry has no end */
    return g_strdup_printf (_("Since %s"), start);
  return g_strdup (end);
}

static char *
join_nonempty (const char *separator,
               ...)
{
  GString *out = g_string_new (NULL);
  va_list args;
  const char *part;

  va_start (args, separator);
  while ((part = va_arg (args, const char *)) != (const char *) -1)
    {
      if (part == NULL || *part == '\0')
        continue;
      if (out->len > 0)
        g_string_append (out, separator);
      g_string_append (out, part);
    }
  va_end (args);

  return g_string_free (out, FALSE);
}

typedef char *(*DescribeEntry) (JsonObject *entry, char **subtitle);

static char *
describe_work (JsonObject  *entry,
               char       **subtitle)
{
  g_autofree char *dates = format_dates (entry);

  *subtitle = join_nonempty (" · ", member_string (entry, "name"), member_string (entry, "location"),
                             dates, (const char *) -1);
  return g_strdup (member_string (entry, "position"));
}

static char *
describe_education (JsonObject  *entry,
                    char       **subtitle)
{
  g_autofree char *dates = format_dates (entry);

  *subtitle = join_nonempty (" · ", member_string (entry, "institution"), dates, (const char *) -1);
  return join_nonempty (", ", member_string (entry, "studyType"), member_string (entry, "area"),
                        (const char *) -1);
}

static char *
describe_named (JsonObject  *entry,
                char       **subtitle)
{
  *subtitle = join_nonempty (" · ", member_string (entry, "level"), member_string (entry, "issuer"),
                             member_string (entry, "date"), (const char *) -1);
  return g_strdup (member_string (entry, "name"));
}

static char *
describe_language (JsonObject  *entry,
                   char       **subtitle)
{
  *subtitle = g_strdup (member_string (entry, "fluency"));
  return g_strdup (member_string (entry, "language"));
}

static char *
describe_other (JsonObject  *entry,
                char       **subtitle)
{
  const char *title = member_string (entry, "name");

  if (title == NULL)
    title = member_string (entry, "title");
  if (title == NULL)
    title = member_string (entry, "position");
  if (title == NULL)
    title = member_string (entry, "organization");
  *subtitle = format_dates (entry);
  return g_strdup (title);
}

static void
add_list_section (PhoenixImportDialog *self,
                  JsonObject          *profile,
                  const char          *member,
                  const char          *title,
                  DescribeEntry        describe)
{
  AdwPreferencesGroup *group;
  JsonArray *array;

  if (!json_object_has_member (profile, member) ||
      !JSON_NODE_HOLDS_ARRAY (json_object_get_member (profile, member)))
    return;
  array = json_object_get_array_member (profile, member);
  if (json_array_get_length (array) == 0)
    return;

  group = add_group (self, title);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      g_autofree char *pointer = g_strdup_printf ("/%s/%u", member, i);
      g_autofree char *subtitle = NULL;
      g_autofree char *row_title = NULL;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        continue;
      row_title = describe (json_node_get_object (node), &subtitle);
      if (row_title == NULL || *row_title == '\0')
        {
          g_free (row_title);
          row_title = g_strdup (_("(no title)"));
        }
      add_row (self, group, row_title, subtitle, pointer);
    }
}

static void
add_basics (PhoenixImportDialog *self,
            JsonObject          *profile)
{
  static const struct { const char *pointer; const char *member; const char *label; } fields[] = {
    { "/basics/name", "name", N_("Name") },
    { "/basics/label", "label", N_("Headline") },
    { "/basics/email", "email", N_("Email") },
    { "/basics/phone", "phone", N_("Phone") },
    { "/basics/url", "url", N_("Website") },
    { "/basics/summary", "summary", NULL },  /* the profile's summary, not an entry's */
  };
  JsonObject *basics = NULL;
  JsonObject *location = NULL;
  AdwPreferencesGroup *group;

  if (json_object_has_member (profile, "basics") &&
      JSON_NODE_HOLDS_OBJECT (json_object_get_member (profile, "basics")))
    basics = json_object_get_object_member (profile, "basics");
  if (basics == NULL)
    return;

  group = add_group (self, _("Personal Details"));
  for (gsize i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      const char *value = member_string (basics, fields[i].member);

      if (value != NULL && *value != '\0')
        add_row (self, group, value, fields[i].label != NULL ? _(fields[i].label) : C_("profile", "Summary"),
                 fields[i].pointer);
    }

  if (json_object_has_member (basics, "location") &&
      JSON_NODE_HOLDS_OBJECT (json_object_get_member (basics, "location")))
    location = json_object_get_object_member (basics, "location");
  if (member_string (location, "city") != NULL)
    add_row (self, group, member_string (location, "city"), _("City"), "/basics/location");

  if (json_object_has_member (basics, "profiles") &&
      JSON_NODE_HOLDS_ARRAY (json_object_get_member (basics, "profiles")))
    {
      JsonArray *profiles = json_object_get_array_member (basics, "profiles");

      for (guint i = 0; i < json_array_get_length (profiles); i++)
        {
          JsonNode *node = json_array_get_element (profiles, i);
          g_autofree char *pointer = g_strdup_printf ("/basics/profiles/%u", i);
          JsonObject *link;

          if (!JSON_NODE_HOLDS_OBJECT (node))
            continue;
          link = json_node_get_object (node);
          if (member_string (link, "url") != NULL)
            add_row (self, group, member_string (link, "url"), member_string (link, "network"), pointer);
        }
    }
}

static void
build_preview (PhoenixImportDialog *self)
{
  JsonObject *profile = phoenix_cv_parse_get_profile (self->parse);
  const char * const *unassigned = phoenix_cv_parse_get_unassigned (self->parse);

  if (profile != NULL)
    {
      add_basics (self, profile);
      add_list_section (self, profile, "work", _("Experience"), describe_work);
      add_list_section (self, profile, "education", _("Education"), describe_education);
      add_list_section (self, profile, "skills", _("Skills"), describe_named);
      add_list_section (self, profile, "languages", _("Languages"), describe_language);
      add_list_section (self, profile, "certificates", _("Certifications"), describe_named);
      add_list_section (self, profile, "projects", _("Projects"), describe_other);
      add_list_section (self, profile, "volunteer", _("Volunteering"), describe_other);
      add_list_section (self, profile, "awards", _("Awards"), describe_other);
      add_list_section (self, profile, "publications", _("Publications"), describe_other);
      add_list_section (self, profile, "interests", _("Interests"), describe_other);
    }

  if (unassigned != NULL && unassigned[0] != NULL)
    {
      AdwPreferencesGroup *group = add_group (self, _("Text Not Placed"));

      adw_preferences_group_set_description (group,
                                             _("Phoenix could not tell where this text belongs. It is not imported: "
                                               "copy what you need into your CV."));
      for (guint i = 0; unassigned[i] != NULL; i++)
        add_row (self, group, unassigned[i], NULL, NULL);
    }

  if (self->n_unsure > 0)
    {
      g_autofree char *subtitle = NULL;

      subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u field to check", "%u fields to check",
                                               self->n_unsure),
                                  self->n_unsure);
      adw_window_title_set_subtitle (self->window_title, subtitle);
    }
  else if (self->file_name != NULL)
    {
      adw_window_title_set_subtitle (self->window_title, self->file_name);
    }
}

static void
choose (PhoenixImportDialog *self,
        PhoenixImportChoice  choice)
{
  if (self->chosen)
    return;

  self->chosen = TRUE;
  g_signal_emit (self, signals[CHOSEN], 0, choice);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  choose (PHOENIX_IMPORT_DIALOG (widget), PHOENIX_IMPORT_CANCEL);
}

static void
replace_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  choose (PHOENIX_IMPORT_DIALOG (widget), PHOENIX_IMPORT_REPLACE);
}

static void
merge_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  choose (PHOENIX_IMPORT_DIALOG (widget), PHOENIX_IMPORT_MERGE);
}

static gboolean
phoenix_import_dialog_close_request (GtkWindow *window)
{
  PhoenixImportDialog *self = PHOENIX_IMPORT_DIALOG (window);

  if (!self->chosen)
    {
      self->chosen = TRUE;
      g_signal_emit (self, signals[CHOSEN], 0, PHOENIX_IMPORT_CANCEL);
    }

  return GTK_WINDOW_CLASS (phoenix_import_dialog_parent_class)->close_request (window);
}

static void
phoenix_import_dialog_constructed (GObject *object)
{
  PhoenixImportDialog *self = PHOENIX_IMPORT_DIALOG (object);

  G_OBJECT_CLASS (phoenix_import_dialog_parent_class)->constructed (object);

  g_assert (PHOENIX_IS_CV_PARSE (self->parse));
  build_preview (self);
}

static void
phoenix_import_dialog_dispose (GObject *object)
{
  PhoenixImportDialog *self = PHOENIX_IMPORT_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PHOENIX_TYPE_IMPORT_DIALOG);
  g_clear_object (&self->parse);

  G_OBJECT_CLASS (phoenix_import_dialog_parent_class)->dispose (object);
}

static void
phoenix_import_dialog_finalize (GObject *object)
{
  PhoenixImportDialog *self = PHOENIX_IMPORT_DIALOG (object);

  g_free (self->file_name);

  G_OBJECT_CLASS (phoenix_import_dialog_parent_class)->finalize (object);
}

static void
phoenix_import_dialog_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  PhoenixImportDialog *self = PHOENIX_IMPORT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_PARSE:
      g_value_set_object (value, self->parse);
      break;

    case PROP_FILE_NAME:
      g_value_set_string (value, self->file_name);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
phoenix_import_dialog_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  PhoenixImportDialog *self = PHOENIX_IMPORT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_PARSE:
      self->parse = g_value_dup_object (value);
      break;

    case PROP_FILE_NAME:
      self->file_name = g_value_dup_string (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
phoenix_import_dialog_class_init (PhoenixImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = phoenix_import_dialog_constructed;
  object_class->dispose = phoenix_import_dialog_dispose;
  object_class->finalize = phoenix_import_dialog_finalize;
  object_class->get_property = phoenix_import_dialog_get_property;
  object_class->set_property = phoenix_import_dialog_set_property;

  window_class->close_request = phoenix_import_dialog_close_request;

  properties[PROP_PARSE] =
    g_param_spec_object ("parse", NULL, NULL,
                         PHOENIX_TYPE_CV_PARSE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FILE_NAME] =
    g_param_spec_string ("file-name", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * PhoenixImportDialog::chosen:
   * @choice: a #PhoenixImportChoice
   *
   * Emitted once, when the user chose; closing the window is Cancel.
   */
  signals[CHOSEN] =
    g_signal_new ("chosen",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/phoenix-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PhoenixImportDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, PhoenixImportDialog, page);

  gtk_widget_class_install_action (widget_class, "import-dialog.cancel", NULL, cancel_action);
  gtk_widget_class_install_action (widget_class, "import-dialog.replace", NULL, replace_action);
  gtk_widget_class_install_action (widget_class, "import-dialog.merge", NULL, merge_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "import-dialog.cancel", NULL);
}

static void
phoenix_import_dialog_init (PhoenixImportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

PhoenixImportDialog *
phoenix_import_dialog_new (PhoenixCvParse *parse,
                           const char     *file_name)
{
  g_return_val_if_fail (PHOENIX_IS_CV_PARSE (parse), NULL);

  return g_object_new (PHOENIX_TYPE_IMPORT_DIALOG,
                       "parse", parse,
                       "file-name", file_name,
                       NULL);
}

PhoenixCvParse *
phoenix_import_dialog_get_parse (PhoenixImportDialog *self)
{
  g_return_val_if_fail (PHOENIX_IS_IMPORT_DIALOG (self), NULL);

  return self->parse;
}

static void
collect_text (GtkWidget *widget,
              GString   *out)
{
  if (ADW_IS_PREFERENCES_GROUP (widget))
    g_string_append_printf (out, "[%s]\n", adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (widget)));
  if (ADW_IS_ACTION_ROW (widget))
    {
      const char *subtitle = adw_action_row_get_subtitle (ADW_ACTION_ROW (widget));

      g_string_append_printf (out, "%s | %s\n", adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)),
                              subtitle != NULL ? subtitle : "");
      return;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_text (child, out);
}

char *
_phoenix_import_dialog_get_text (PhoenixImportDialog *self)
{
  GString *out = g_string_new (NULL);

  collect_text (GTK_WIDGET (self->page), out);
  return g_string_free (out, FALSE);
}

guint
_phoenix_import_dialog_get_n_unsure (PhoenixImportDialog *self)
{
  return self->n_unsure;
}

void
_phoenix_import_dialog_choose (PhoenixImportDialog *self,
                               PhoenixImportChoice  choice)
{
  static const char * const actions[] = {
    "import-dialog.cancel", "import-dialog.replace", "import-dialog.merge",
  };

  gtk_widget_activate_action (GTK_WIDGET (self), actions[choice], NULL);
}
