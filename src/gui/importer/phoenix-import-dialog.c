/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-import-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "phoenix-cv-doubts.h"
#include "phoenix-import-dialog.h"
#include "phoenix-import-dialog-private.h"

/*
 * The preview of an imported CV that the user corrects before Replace or Merge: every
 * field is an entry row, every item can be left out (its check box), a doubtful field
 * says why in words under it, and the lines the parser could not place can be dropped
 * into a section. The preview edits its own copy of the profile (a JSON Resume object);
 * nothing is saved until the user chooses.
 */

/* Below this the parser is not sure of a field, and the preview says so. */
#define LOW_CONFIDENCE 0.6

struct _PhoenixImportDialog
{
  AdwWindow             parent_instance;

  PhoenixCvParse       *parse;
  char                 *file_name;
  gboolean              chosen;
  guint                 n_unsure;

  JsonObject           *profile;     /* the copy being corrected */
  GPtrArray            *unassigned;  /* char *: lines not placed yet */
  GHashTable           *excluded;    /* JSON pointers left out */
  GHashTable           *widgets;     /* JSON pointer → its entry row or check button ("…#check") */
  GHashTable           *reasons;     /* JSON pointer → the reason shown (char *) */
  GPtrArray            *groups;      /* AdwPreferencesGroup shown */

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

/* The sections of the preview: the profile's member, its title, the fields of an item
 * (member, label), the one shown as the row's title. */
typedef struct
{
  const char *member;
  const char *label;
  const char *name;
} Field;

typedef struct
{
  const char  *member;
  const char  *title;
  const Field *fields;
  const char  *drop_field;   /* the field a dropped line fills */
} SectionSpec;

static const Field work_fields[] = {
  { "position", N_("Job title") }, { "name", N_("Employer") }, { "location", N_("Place") },
  { "startDate", N_("Start") }, { "endDate", N_("End") }, { "summary", N_("Description") }, { NULL },
};
static const Field education_fields[] = {
  { "studyType", N_("Degree") }, { "institution", N_("School") }, { "area", N_("Field of study") },
  { "startDate", N_("Start") }, { "endDate", N_("End") }, { NULL },
};
static const Field name_fields[] = { { "name", N_("Name") }, { NULL } };
static const Field language_fields[] = { { "language", N_("Language") }, { "fluency", N_("Level") }, { NULL } };
static const Field certificate_fields[] = {
  { "name", N_("Name") }, { "issuer", N_("Issuer") }, { "date", N_("Date") }, { NULL },
};
static const Field project_fields[] = {
  { "name", N_("Name") }, { "description", N_("Description") }, { "startDate", N_("Start") },
  { "endDate", N_("End") }, { NULL },
};
static const Field volunteer_fields[] = {
  { "position", N_("Role") }, { "organization", N_("Organisation") }, { "startDate", N_("Start") },
  { "endDate", N_("End") }, { NULL },
};
static const Field award_fields[] = { { "title", N_("Title") }, { "awarder", N_("Awarded by") }, { "date", N_("Date") }, { NULL } };
static const Field publication_fields[] = { { "name", N_("Title") }, { "releaseDate", N_("Date") }, { NULL } };

static const SectionSpec sections[] = {
  { "work", N_("Experience"), work_fields, "position" },
  { "education", N_("Education"), education_fields, "studyType" },
  { "skills", N_("Skills"), name_fields, "name" },
  { "languages", N_("Languages"), language_fields, "language" },
  { "certificates", N_("Certifications"), certificate_fields, "name" },
  { "projects", N_("Projects"), project_fields, "name" },
  { "volunteer", N_("Volunteering"), volunteer_fields, "position" },
  { "awards", N_("Awards"), award_fields, "title" },
  { "publications", N_("Publications"), publication_fields, "name" },
  { "interests", N_("Interests"), name_fields, "name" },
};

static const struct { const char *member; const char *label; } basics_fields[] = {
  { "name", N_("Name") },
  { "label", N_("Headline") },
  { "email", N_("Email") },
  { "phone", N_("Phone") },
  { "url", N_("Website") },
  { "summary", N_("Summary") },
};

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

static JsonObject *
basics (PhoenixImportDialog *self)
{
  if (!json_object_has_member (self->profile, "basics")
      || !JSON_NODE_HOLDS_OBJECT (json_object_get_member (self->profile, "basics")))
    json_object_set_object_member (self->profile, "basics", json_object_new ());
  return json_object_get_object_member (self->profile, "basics");
}

static JsonArray *
section_array (PhoenixImportDialog *self,
               const char          *member,
               gboolean             create)
{
  if (!json_object_has_member (self->profile, member)
      || !JSON_NODE_HOLDS_ARRAY (json_object_get_member (self->profile, member)))
    {
      if (!create)
        return NULL;
      json_object_set_array_member (self->profile, member, json_array_new ());
    }
  return json_object_get_array_member (self->profile, member);
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
    if ((g_str_equal (key, pointer) || g_str_has_prefix (key, prefix)) && JSON_NODE_HOLDS_VALUE (value))
      lowest = MIN (lowest, json_node_get_double (value));
  return lowest;
}

/* The reason a field or an entry is doubtful, or NULL. */
static char *
doubt (PhoenixImportDialog *self,
       const char          *pointer)
{
  char *reason = phoenix_cv_parse_explain_doubt (self->parse, pointer);

  if (reason == NULL && lowest_confidence (self, pointer) < LOW_CONFIDENCE)
    reason = g_strdup (_("Phoenix is not sure this is right: check it."));
  return reason;
}

/* A row under a doubtful field that says why, in words (not only an icon or a tooltip). */
static GtkWidget *
reason_row (PhoenixImportDialog *self,
            const char          *pointer,
            const char          *reason)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), reason);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 4);
  gtk_widget_add_css_class (row, "warning");
  gtk_widget_add_css_class (icon, "warning");
  gtk_widget_set_name (icon, "unsure");
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, reason, -1);
  g_hash_table_replace (self->reasons, g_strdup (pointer), g_strdup (reason));
  self->n_unsure++;
  return row;
}

static void
include_toggled_cb (GtkCheckButton      *check,
                    PhoenixImportDialog *self)
{
  const char *pointer = g_object_get_data (G_OBJECT (check), "pointer");

  if (gtk_check_button_get_active (check))
    g_hash_table_remove (self->excluded, pointer);
  else
    g_hash_table_add (self->excluded, g_strdup (pointer));
}

static GtkWidget *
include_check (PhoenixImportDialog *self,
               const char          *pointer,
               const char          *what)
{
  GtkWidget *check = gtk_check_button_new ();
  g_autofree char *key = g_strconcat (pointer, "#check", NULL);
  /* Translators: the accessible name of a check box; %s is what it keeps, e.g. "Email" */
  g_autofree char *label = g_strdup_printf (_("Import %s"), what);

  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), !g_hash_table_contains (self->excluded, pointer));
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (check, _("Untick to leave it out"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  g_object_set_data_full (G_OBJECT (check), "pointer", g_strdup (pointer), g_free);
  g_signal_connect (check, "toggled", G_CALLBACK (include_toggled_cb), self);
  g_hash_table_replace (self->widgets, g_steal_pointer (&key), check);
  return check;
}

/* An edited field goes into the copy of the profile at once. */
static void
field_changed_cb (GtkEditable         *editable,
                  PhoenixImportDialog *self)
{
  JsonObject *object = g_object_get_data (G_OBJECT (editable), "object");
  const char *member = g_object_get_data (G_OBJECT (editable), "member");
  const char *text = gtk_editable_get_text (editable);
  GtkWidget *expander = g_object_get_data (G_OBJECT (editable), "expander");

  if (*text == '\0')
    json_object_remove_member (object, member);
  else
    json_object_set_string_member (object, member, text);
  if (expander != NULL && g_strcmp0 (g_object_get_data (G_OBJECT (editable), "is-title"), "1") == 0)
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), *text != '\0' ? text : _("(no title)"));
}

static GtkWidget *
field_row (PhoenixImportDialog *self,
           JsonObject          *object,
           const char          *member,
           const char          *label,
           const char          *pointer)
{
  GtkWidget *row = adw_entry_row_new ();
  const char *value = member_string (object, member);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), label);
  gtk_editable_set_text (GTK_EDITABLE (row), value != NULL ? value : "");
  g_object_set_data (G_OBJECT (row), "object", object);
  g_object_set_data_full (G_OBJECT (row), "member", g_strdup (member), g_free);
  g_signal_connect (row, "changed", G_CALLBACK (field_changed_cb), self);
  g_hash_table_replace (self->widgets, g_strdup (pointer), row);
  return row;
}

static AdwPreferencesGroup *
add_group (PhoenixImportDialog *self,
           const char          *title)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  adw_preferences_page_add (self->page, ADW_PREFERENCES_GROUP (group));
  g_ptr_array_add (self->groups, group);
  return ADW_PREFERENCES_GROUP (group);
}

static void
add_basics (PhoenixImportDialog *self)
{
  JsonObject *b = basics (self);
  AdwPreferencesGroup *group = add_group (self, _("Personal Details"));
  JsonObject *location = NULL;

  for (gsize i = 0; i < G_N_ELEMENTS (basics_fields); i++)
    {
      g_autofree char *pointer = g_strconcat ("/basics/", basics_fields[i].member, NULL);
      g_autofree char *reason = NULL;
      GtkWidget *row;

      if (member_string (b, basics_fields[i].member) == NULL)
        continue;
      row = field_row (self, b, basics_fields[i].member, _(basics_fields[i].label), pointer);
      adw_entry_row_add_prefix (ADW_ENTRY_ROW (row), include_check (self, pointer, _(basics_fields[i].label)));
      adw_preferences_group_add (group, row);
      reason = doubt (self, pointer);
      if (reason != NULL)
        adw_preferences_group_add (group, reason_row (self, pointer, reason));
    }
  if (json_object_has_member (b, "location") && JSON_NODE_HOLDS_OBJECT (json_object_get_member (b, "location")))
    location = json_object_get_object_member (b, "location");
  if (member_string (location, "city") != NULL)
    {
      GtkWidget *row = field_row (self, location, "city", _("City"), "/basics/location/city");
      adw_entry_row_add_prefix (ADW_ENTRY_ROW (row), include_check (self, "/basics/location", _("City")));
      adw_preferences_group_add (group, row);
    }
  if (json_object_has_member (b, "profiles") && JSON_NODE_HOLDS_ARRAY (json_object_get_member (b, "profiles")))
    {
      JsonArray *profiles = json_object_get_array_member (b, "profiles");

      for (guint i = 0; i < json_array_get_length (profiles); i++)
        {
          JsonNode *node = json_array_get_element (profiles, i);
          g_autofree char *pointer = g_strdup_printf ("/basics/profiles/%u", i);
          g_autofree char *url = g_strconcat (pointer, "/url", NULL);
          JsonObject *link;
          GtkWidget *row;

          if (!JSON_NODE_HOLDS_OBJECT (node))
            continue;
          link = json_node_get_object (node);
          row = field_row (self, link, "url", member_string (link, "network") ?: _("Link"), url);
          adw_entry_row_add_prefix (ADW_ENTRY_ROW (row), include_check (self, pointer, _("Link")));
          adw_preferences_group_add (group, row);
        }
    }
}

/* Work entries whose title and employer came the wrong way round: one click. */
static void
swap_clicked_cb (GtkButton           *button,
                 PhoenixImportDialog *self)
{
  const char *pointer = g_object_get_data (G_OBJECT (button), "pointer");
  g_autofree char *a = g_strconcat (pointer, "/position", NULL);
  g_autofree char *b = g_strconcat (pointer, "/name", NULL);
  GtkEditable *title = g_hash_table_lookup (self->widgets, a);
  GtkEditable *employer = g_hash_table_lookup (self->widgets, b);
  g_autofree char *t = g_strdup (gtk_editable_get_text (title));

  gtk_editable_set_text (title, gtk_editable_get_text (employer));
  gtk_editable_set_text (employer, t);
}

/* "Employer · Place · 2019-03 – 2022-06" under an item's title. */
static char *
entry_subtitle (JsonObject        *entry,
                const SectionSpec *spec)
{
  GString *s = g_string_new (NULL);
  const char *start = member_string (entry, "startDate");
  const char *end = member_string (entry, "endDate");

  for (guint f = 1; spec->fields[f].member != NULL && f < 3; f++)
    {
      const char *value = member_string (entry, spec->fields[f].member);
      if (value == NULL || g_str_has_suffix (spec->fields[f].member, "Date"))
        continue;
      if (s->len > 0)
        g_string_append (s, " · ");
      g_string_append (s, value);
    }
  if (start != NULL || end != NULL)
    {
      if (s->len > 0)
        g_string_append (s, " · ");
      if (start != NULL && end != NULL)
        /* Translators: a period of time, start – end */
        g_string_append_printf (s, _("%s – %s"), start, end);
      else if (start != NULL)
        /* Translators: %s is a start date; the entry has no end */
        g_string_append_printf (s, _("Since %s"), start);
      else
        g_string_append (s, end);
    }
  return g_string_free (s, FALSE);
}

static void
add_section (PhoenixImportDialog *self,
             const SectionSpec   *spec)
{
  JsonArray *array = section_array (self, spec->member, FALSE);
  AdwPreferencesGroup *group;

  if (array == NULL || json_array_get_length (array) == 0)
    return;
  group = add_group (self, _(spec->title));
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      g_autofree char *pointer = g_strdup_printf ("/%s/%u", spec->member, i);
      g_autofree char *reason = NULL;
      g_autofree char *subtitle = NULL;
      const char *title;
      JsonObject *entry;
      GtkWidget *expander;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        continue;
      entry = json_node_get_object (node);
      title = member_string (entry, spec->fields[0].member);
      expander = adw_expander_row_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (expander), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), title != NULL ? title : _("(no title)"));
      subtitle = entry_subtitle (entry, spec);
      adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (expander), subtitle);
      adw_expander_row_add_prefix (ADW_EXPANDER_ROW (expander),
                                   include_check (self, pointer, title != NULL ? title : _(spec->title)));
      g_hash_table_replace (self->widgets, g_strdup (pointer), expander);
      for (guint f = 0; spec->fields[f].member != NULL; f++)
        {
          g_autofree char *field_pointer = g_strdup_printf ("%s/%s", pointer, spec->fields[f].member);
          GtkWidget *row = field_row (self, entry, spec->fields[f].member, _(spec->fields[f].label), field_pointer);

          g_object_set_data (G_OBJECT (row), "expander", expander);
          if (f == 0)
            g_object_set_data (G_OBJECT (row), "is-title", (gpointer) "1");
          adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), row);
        }
      if (g_str_equal (spec->member, "work"))
        {
          /* Inside the item, under its fields: the collapsed list stays narrow. */
          GtkWidget *row = adw_action_row_new ();
          GtkWidget *swap = gtk_button_new_with_mnemonic (_("S_wap Title and Employer"));

          gtk_widget_set_valign (swap, GTK_ALIGN_CENTER);
          g_object_set_data_full (G_OBJECT (swap), "pointer", g_strdup (pointer), g_free);
          g_signal_connect (swap, "clicked", G_CALLBACK (swap_clicked_cb), self);
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), swap);
          adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), row);
        }
      adw_preferences_group_add (group, expander);
      reason = doubt (self, pointer);
      if (reason != NULL)
        {
          adw_preferences_group_add (group, reason_row (self, pointer, reason));
          adw_expander_row_set_expanded (ADW_EXPANDER_ROW (expander), TRUE);
        }
    }
}

static void build_preview (PhoenixImportDialog *self);

/* Drops unassigned line @index into @member (a section, "label" or "summary"). */
static void
drop_line (PhoenixImportDialog *self,
           guint                index,
           const char          *member)
{
  const char *line;

  g_return_if_fail (index < self->unassigned->len);
  line = g_ptr_array_index (self->unassigned, index);
  if (g_str_equal (member, "label") || g_str_equal (member, "summary"))
    {
      const char *old = member_string (basics (self), member);
      g_autofree char *text = old != NULL && g_str_equal (member, "summary") ? g_strconcat (old, " ", line, NULL)
                                                                               : g_strdup (line);
      json_object_set_string_member (basics (self), member, text);
    }
  else
    for (gsize s = 0; s < G_N_ELEMENTS (sections); s++)
      if (g_str_equal (sections[s].member, member))
        {
          JsonObject *entry = json_object_new ();
          json_object_set_string_member (entry, sections[s].drop_field, line);
          json_array_add_object_element (section_array (self, member, TRUE), entry);
        }
  g_ptr_array_remove_index (self->unassigned, index);
  build_preview (self);
}

/* The sections a line can be dropped into, in the order of the drop-down. */
static const char * const drop_targets[] = {
  NULL, "label", "summary", "work", "education", "skills", "languages", "certificates", "interests",
};

static void
drop_selected_cb (GtkDropDown         *dropdown,
                  GParamSpec          *pspec,
                  PhoenixImportDialog *self)
{
  guint selected = gtk_drop_down_get_selected (dropdown);
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (dropdown), "index"));

  if (selected == 0 || selected >= G_N_ELEMENTS (drop_targets))
    return;
  /* The preview is rebuilt: not from inside the drop-down's own signal. */
  g_object_set_data (G_OBJECT (self), "drop-index", GUINT_TO_POINTER (index + 1));
  g_object_set_data (G_OBJECT (self), "drop-target", (gpointer) drop_targets[selected]);
  g_idle_add_full (G_PRIORITY_HIGH_IDLE, (GSourceFunc) (void (*) (void)) _phoenix_import_dialog_run_drop,
                   g_object_ref (self), g_object_unref);
}

gboolean
_phoenix_import_dialog_run_drop (PhoenixImportDialog *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (self), "drop-index"));
  const char *target = g_object_get_data (G_OBJECT (self), "drop-target");

  if (index > 0 && target != NULL && index - 1 < self->unassigned->len)
    drop_line (self, index - 1, target);
  g_object_set_data (G_OBJECT (self), "drop-index", NULL);
  return G_SOURCE_REMOVE;
}

static void
add_unassigned (PhoenixImportDialog *self)
{
  AdwPreferencesGroup *group;
  const char * const labels[] = {
    N_("Leave Out"), N_("Headline"), N_("Summary"), N_("Experience"), N_("Education"), N_("Skills"),
    N_("Languages"), N_("Certifications"), N_("Interests"), NULL,
  };

  if (self->unassigned->len == 0)
    return;
  group = add_group (self, _("Text Not Placed"));
  adw_preferences_group_set_description (group,
                                         _("Phoenix could not tell where this text belongs. It is left out unless "
                                           "you put it into a section."));
  for (guint i = 0; i < self->unassigned->len; i++)
    {
      GtkWidget *row = adw_action_row_new ();
      g_autoptr(GtkStringList) model = gtk_string_list_new (NULL);
      GtkWidget *dropdown;

      for (guint k = 0; labels[k] != NULL; k++)
        gtk_string_list_append (model, _(labels[k]));
      dropdown = gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&model)), NULL);
      gtk_widget_set_valign (dropdown, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (dropdown, _("Put this line into a section"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Put this line into a section"), -1);
      g_object_set_data (G_OBJECT (dropdown), "index", GUINT_TO_POINTER (i));
      g_signal_connect (dropdown, "notify::selected", G_CALLBACK (drop_selected_cb), self);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), g_ptr_array_index (self->unassigned, i));
      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 3);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), dropdown);
      adw_preferences_group_add (group, row);
      g_hash_table_replace (self->widgets, g_strdup_printf ("/unassigned/%u", i), dropdown);
    }
}

static void
build_preview (PhoenixImportDialog *self)
{
  for (guint i = 0; i < self->groups->len; i++)
    adw_preferences_page_remove (self->page, g_ptr_array_index (self->groups, i));
  g_ptr_array_set_size (self->groups, 0);
  g_hash_table_remove_all (self->widgets);
  g_hash_table_remove_all (self->reasons);
  self->n_unsure = 0;

  add_basics (self);
  for (gsize s = 0; s < G_N_ELEMENTS (sections); s++)
    add_section (self, &sections[s]);
  add_unassigned (self);

  if (self->n_unsure > 0)
    {
      g_autofree char *subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u field to check",
                                                                "%u fields to check", self->n_unsure),
                                                   self->n_unsure);
      adw_window_title_set_subtitle (self->window_title, subtitle);
    }
  else
    adw_window_title_set_subtitle (self->window_title, self->file_name);
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
  const char * const *unassigned;
  g_autoptr(JsonNode) copy = NULL;

  G_OBJECT_CLASS (phoenix_import_dialog_parent_class)->constructed (object);

  g_assert (PHOENIX_IS_CV_PARSE (self->parse));
  copy = json_node_copy (json_node_init_object (json_node_alloc (), phoenix_cv_parse_get_profile (self->parse)));
  self->profile = json_node_dup_object (copy);
  unassigned = phoenix_cv_parse_get_unassigned (self->parse);
  for (guint i = 0; unassigned != NULL && unassigned[i] != NULL; i++)
    g_ptr_array_add (self->unassigned, g_strdup (unassigned[i]));
  build_preview (self);
}

static void
phoenix_import_dialog_dispose (GObject *object)
{
  PhoenixImportDialog *self = PHOENIX_IMPORT_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PHOENIX_TYPE_IMPORT_DIALOG);
  g_clear_object (&self->parse);
  g_clear_pointer (&self->widgets, g_hash_table_unref);

  G_OBJECT_CLASS (phoenix_import_dialog_parent_class)->dispose (object);
}

static void
phoenix_import_dialog_finalize (GObject *object)
{
  PhoenixImportDialog *self = PHOENIX_IMPORT_DIALOG (object);

  g_free (self->file_name);
  g_clear_pointer (&self->profile, json_object_unref);
  g_clear_pointer (&self->unassigned, g_ptr_array_unref);
  g_clear_pointer (&self->excluded, g_hash_table_unref);
  g_clear_pointer (&self->reasons, g_hash_table_unref);
  g_clear_pointer (&self->groups, g_ptr_array_unref);

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

  self->unassigned = g_ptr_array_new_with_free_func (g_free);
  self->excluded = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->widgets = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->reasons = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->groups = g_ptr_array_new ();
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

/* Leaves out of @object (at @pointer) what the user unticked. */
static void
strip_excluded (PhoenixImportDialog *self,
                JsonObject          *object,
                const char          *pointer)
{
  g_autoptr(GList) members = json_object_get_members (object);

  for (GList *l = members; l != NULL; l = l->next)
    {
      const char *member = l->data;
      g_autofree char *child = g_strdup_printf ("%s/%s", pointer, member);
      JsonNode *node = json_object_get_member (object, member);

      if (g_hash_table_contains (self->excluded, child))
        {
          json_object_remove_member (object, member);
          continue;
        }
      if (JSON_NODE_HOLDS_OBJECT (node))
        strip_excluded (self, json_node_get_object (node), child);
      else if (JSON_NODE_HOLDS_ARRAY (node))
        {
          JsonArray *array = json_node_get_array (node);
          JsonArray *kept = json_array_new ();

          for (guint i = 0; i < json_array_get_length (array); i++)
            {
              g_autofree char *item = g_strdup_printf ("%s/%u", child, i);
              JsonNode *element = json_array_get_element (array, i);

              if (g_hash_table_contains (self->excluded, item))
                continue;
              if (JSON_NODE_HOLDS_OBJECT (element))
                strip_excluded (self, json_node_get_object (element), item);
              json_array_add_element (kept, json_node_copy (element));
            }
          json_object_set_array_member (object, member, kept);
        }
    }
}

JsonObject *
phoenix_import_dialog_get_profile (PhoenixImportDialog *self)
{
  g_autoptr(JsonNode) copy = NULL;
  JsonObject *result;

  g_return_val_if_fail (PHOENIX_IS_IMPORT_DIALOG (self), NULL);

  copy = json_node_copy (json_node_init_object (json_node_alloc (), self->profile));
  result = json_node_dup_object (copy);
  strip_excluded (self, result, "");
  return result;
}

static void
collect_text (GtkWidget *widget,
              GString   *out)
{
  if (ADW_IS_PREFERENCES_GROUP (widget))
    g_string_append_printf (out, "[%s]\n", adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (widget)));
  if (ADW_IS_ENTRY_ROW (widget))
    {
      g_string_append_printf (out, "%s | %s\n", adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)),
                              gtk_editable_get_text (GTK_EDITABLE (widget)));
      return;
    }
  if (ADW_IS_EXPANDER_ROW (widget))
    g_string_append_printf (out, "%s | %s\n", adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)),
                            adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (widget)));
  else if (ADW_IS_ACTION_ROW (widget))
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

GtkWidget *
_phoenix_import_dialog_get_widget (PhoenixImportDialog *self,
                                   const char          *key)
{
  return g_hash_table_lookup (self->widgets, key);
}

const char *
_phoenix_import_dialog_get_reason (PhoenixImportDialog *self,
                                   const char          *pointer)
{
  return g_hash_table_lookup (self->reasons, pointer);
}

guint
_phoenix_import_dialog_get_n_unassigned (PhoenixImportDialog *self)
{
  return self->unassigned->len;
}
