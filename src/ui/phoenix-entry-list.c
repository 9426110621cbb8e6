/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-entry-list"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "phoenix-entry-list.h"
#include "phoenix-month-picker.h"
#include "phoenix-profile-entries.h"
#include "phoenix-ui-private.h"
#include "phoenix-validate.h"

typedef enum
{
  KIND_TEXT,
  KIND_URL,
  KIND_DATE,     /* a date on its own */
  KIND_START,    /* start of a period */
  KIND_END,      /* end of a period, off while "current" */
  KIND_CURRENT,  /* boolean */
  KIND_LINES,    /* GStrv, one a line */
  KIND_LEVEL,    /* CEFR level */
} FieldKind;

typedef struct
{
  const char *property;
  const char *label;     /* N_() */
  FieldKind   kind;
} EntryField;

typedef struct
{
  const char       *id;
  const char       *title;        /* N_() */
  const char       *description;  /* N_() */
  const char       *add_label;    /* N_() */
  const char       *untitled;     /* N_() */
  const char       *removed;      /* N_() */
  GType           (*get_type) (void);
  GListStore     *(*get_store) (PhoenixProfile *profile);
  const char       *title_property;
  const char       *subtitle_property;
  const EntryField *fields;
} EntrySection;

static const EntryField experience_fields[] = {
  { "title", N_("Job Title"), KIND_TEXT },
  { "employer", N_("Employer"), KIND_TEXT },
  { "location", N_("Location"), KIND_TEXT },
  { "start-date", N_("Start"), KIND_START },
  { "current", N_("I work here now"), KIND_CURRENT },
  { "end-date", N_("End"), KIND_END },
  { "summary", N_("Summary"), KIND_TEXT },
  { "highlights", N_("Highlights, one a line"), KIND_LINES },
  { "url", N_("Employer’s Website"), KIND_URL },
  { NULL }
};

static const EntryField education_fields[] = {
  { "degree", N_("Degree"), KIND_TEXT },
  { "field", N_("Field of Study"), KIND_TEXT },
  { "school", N_("School"), KIND_TEXT },
  { "location", N_("Location"), KIND_TEXT },
  { "start-date", N_("Start"), KIND_START },
  { "current", N_("I study here now"), KIND_CURRENT },
  { "end-date", N_("End"), KIND_END },
  { "grade", N_("Grade or Distinction"), KIND_TEXT },
  { "courses", N_("Courses, one a line"), KIND_LINES },
  { "url", N_("School’s Website"), KIND_URL },
  { NULL }
};

static const EntryField skill_fields[] = {
  { "name", N_("Skill"), KIND_TEXT },
  { "level", N_("Level"), KIND_TEXT },
  { "category", N_("Category"), KIND_TEXT },
  { "keywords", N_("Tools and topics, one a line"), KIND_LINES },
  { NULL }
};

static const EntryField language_fields[] = {
  { "name", N_("Language"), KIND_TEXT },
  { "level", N_("Level"), KIND_LEVEL },
  { NULL }
};

static const EntryField certification_fields[] = {
  { "name", N_("Certificate"), KIND_TEXT },
  { "issuer", N_("Issuer"), KIND_TEXT },
  { "date", N_("Date"), KIND_DATE },
  { "url", N_("Web Address"), KIND_URL },
  { NULL }
};

static const EntryField project_fields[] = {
  { "name", N_("Project"), KIND_TEXT },
  { "entity", N_("Made For or With"), KIND_TEXT },
  { "start-date", N_("Start"), KIND_START },
  { "end-date", N_("End"), KIND_END },
  { "summary", N_("Summary"), KIND_TEXT },
  { "highlights", N_("Highlights, one a line"), KIND_LINES },
  { "url", N_("Web Address"), KIND_URL },
  { NULL }
};

static const EntryField volunteer_fields[] = {
  { "position", N_("Role"), KIND_TEXT },
  { "organization", N_("Organisation"), KIND_TEXT },
  { "start-date", N_("Start"), KIND_START },
  { "current", N_("I do this now"), KIND_CURRENT },
  { "end-date", N_("End"), KIND_END },
  { "summary", N_("Summary"), KIND_TEXT },
  { "highlights", N_("Highlights, one a line"), KIND_LINES },
  { "url", N_("Organisation’s Website"), KIND_URL },
  { NULL }
};

static const EntryField interest_fields[] = {
  { "name", N_("Interest"), KIND_TEXT },
  { "keywords", N_("Details, comma separated"), KIND_TEXT },
  { NULL }
};

static const EntryField award_fields[] = {
  { "title", N_("Award"), KIND_TEXT },
  { "awarder", N_("Awarded By"), KIND_TEXT },
  { "date", N_("Date"), KIND_DATE },
  { "summary", N_("Summary"), KIND_TEXT },
  { NULL }
};

static const EntryField publication_fields[] = {
  { "name", N_("Title"), KIND_TEXT },
  { "publisher", N_("Publisher"), KIND_TEXT },
  { "release-date", N_("Date"), KIND_DATE },
  { "url", N_("Web Address"), KIND_URL },
  { "summary", N_("Summary"), KIND_TEXT },
  { NULL }
};

static const EntryField reference_fields[] = {
  { "name", N_("Name"), KIND_TEXT },
  { "reference", N_("Reference"), KIND_TEXT },
  { NULL }
};

static const EntrySection sections[] = {
  { "experience", N_("Experience"), N_("The jobs you held, latest first"), N_("Add Experience"),
    N_("New Experience"), N_("Experience removed"),
    phoenix_experience_get_type, phoenix_profile_get_experiences, "title", "employer", experience_fields },
  { "education", N_("Education"), N_("Degrees, diplomas and training"), N_("Add Education"),
    N_("New Education"), N_("Education removed"),
    phoenix_education_get_type, phoenix_profile_get_education, "degree", "school", education_fields },
  { "skills", N_("Skills"), N_("What you can do, with a level and a category"), N_("Add Skill"),
    N_("New Skill"), N_("Skill removed"),
    phoenix_skill_get_type, phoenix_profile_get_skills, "name", "category", skill_fields },
  { "languages", N_("Languages"), N_("Languages you speak, with their CEFR level"), N_("Add Language"),
    N_("New Language"), N_("Language removed"),
    phoenix_language_get_type, phoenix_profile_get_languages, "name", "level", language_fields },
  { "certifications", N_("Certifications"), NULL, N_("Add Certification"),
    N_("New Certification"), N_("Certification removed"),
    phoenix_certification_get_type, phoenix_profile_get_certifications, "name", "issuer", certification_fields },
  { "projects", N_("Projects"), NULL, N_("Add Project"),
    N_("New Project"), N_("Project removed"),
    phoenix_project_get_type, phoenix_profile_get_projects, "name", "entity", project_fields },
  { "volunteering", N_("Volunteering"), NULL, N_("Add Volunteering"),
    N_("New Volunteering"), N_("Volunteering removed"),
    phoenix_volunteer_get_type, phoenix_profile_get_volunteering, "position", "organization", volunteer_fields },
  { "interests", N_("Interests"), NULL, N_("Add Interest"),
    N_("New Interest"), N_("Interest removed"),
    phoenix_interest_get_type, phoenix_profile_get_interests, "name", "keywords", interest_fields },
  { "awards", N_("Awards"), NULL, N_("Add Award"),
    N_("New Award"), N_("Award removed"),
    phoenix_award_get_type, phoenix_profile_get_awards, "title", "awarder", award_fields },
  { "publications", N_("Publications"), NULL, N_("Add Publication"),
    N_("New Publication"), N_("Publication removed"),
    phoenix_publication_get_type, phoenix_profile_get_publications, "name", "publisher", publication_fields },
  { "references", N_("References"), NULL, N_("Add Reference"),
    N_("New Reference"), N_("Reference removed"),
    phoenix_reference_get_type, phoenix_profile_get_references, "name", "reference", reference_fields },
};

/* CEFR levels; the stored value, then what is shown. */
static const char * const level_values[] = { "", "A1", "A2", "B1", "B2", "C1", "C2", "native", NULL };
static const char * const level_labels[] = {
  N_("Not Given"), N_("A1 – Beginner"), N_("A2 – Elementary"), N_("B1 – Intermediate"),
  N_("B2 – Upper Intermediate"), N_("C1 – Advanced"), N_("C2 – Proficient"), N_("Native"), NULL
};

struct _PhoenixEntryList
{
  AdwPreferencesGroup  parent_instance;

  const EntrySection  *section;
  PhoenixProfile      *profile;
  GListStore          *store;
  PhoenixUndoStack    *undo_stack;
  PhoenixCvVariant    *variant;
  gboolean             updating_checks;

  GtkListBox          *list;
};

enum {
  PROP_0,
  PROP_SECTION,
  N_PROPS
};

enum {
  EDITED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (PhoenixEntryList, phoenix_entry_list, ADW_TYPE_PREFERENCES_GROUP)

static void validate_row (GtkWidget *row);

static const EntrySection *
find_section (const char *id)
{
  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    if (g_strcmp0 (sections[i].id, id) == 0)
      return &sections[i];

  return NULL;
}

static void
emit_edited (PhoenixEntryList *self)
{
  g_signal_emit (self, signals[EDITED], 0);
}

/* Undo of field edits: the last value seen of each property is kept on the
 * entry, so an edit is recorded with its old value. */
static GQuark
last_value_quark (const char *property)
{
  g_autofree char *key = g_strconcat ("phoenix-entry-last-", property, NULL);

  return g_quark_from_string (key);
}

static void
free_gvalue (gpointer data)
{
  GValue *value = data;

  g_value_unset (value);
  g_free (value);
}

static void
remember_value (GObject    *object,
                GParamSpec *pspec)
{
  GValue *value = g_new0 (GValue, 1);

  g_value_init (value, pspec->value_type);
  g_object_get_property (object, pspec->name, value);
  g_object_set_qdata_full (object, last_value_quark (pspec->name), value, free_gvalue);
}

static void
entry_notify_cb (GObject          *object,
                 GParamSpec       *pspec,
                 PhoenixEntryList *self)
{
  GValue *old = g_object_get_qdata (object, last_value_quark (pspec->name));
  g_auto(GValue) new_value = G_VALUE_INIT;

  if (g_str_equal (pspec->name, "uid"))
    return;

  g_value_init (&new_value, pspec->value_type);
  g_object_get_property (object, pspec->name, &new_value);

  if (old != NULL && self->undo_stack != NULL)
    phoenix_undo_stack_record (self->undo_stack, object, pspec->name, old, &new_value);

  remember_value (object, pspec);
  emit_edited (self);
}

static void
track_entry (PhoenixEntryList *self,
             GObject          *entry)
{
  guint n_pspecs;
  g_autofree GParamSpec **pspecs = NULL;

  if (g_object_get_data (entry, "phoenix-entry-list") == self)
    return;
  g_object_set_data (entry, "phoenix-entry-list", self);

  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (entry), &n_pspecs);
  for (guint i = 0; i < n_pspecs; i++)
    remember_value (entry, pspecs[i]);

  g_signal_connect_object (entry, "notify", G_CALLBACK (entry_notify_cb), self, 0);
}

static void
show_toast (PhoenixEntryList *self,
            AdwToast         *toast)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  else
    g_object_unref (g_object_ref_sink (toast));
}

/* Entry position of the row's entry, or FALSE when it left the list. */
static gboolean
row_position (PhoenixEntryList *self,
              GtkWidget        *row,
              guint            *position)
{
  GObject *entry = g_object_get_data (G_OBJECT (row), "entry");

  return self->store != NULL && entry != NULL && g_list_store_find (self->store, entry, position);
}

/* Lines of a text buffer, empty ones left out. */
static char **
buffer_lines (GtkTextBuffer *buffer)
{
  GtkTextIter start, end;
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_strstrip (lines[i]);
      if (*lines[i] != '\0')
        g_strv_builder_add (builder, lines[i]);
    }

  return g_strv_builder_end (builder);
}

static void
lines_buffer_changed_cb (GtkTextBuffer *buffer,
                         GObject       *entry)
{
  const char *property = g_object_get_data (G_OBJECT (buffer), "property");
  g_auto(GStrv) lines = NULL;
  g_auto(GStrv) current = NULL;

  if (g_object_get_data (G_OBJECT (buffer), "updating") != NULL)
    return;

  lines = buffer_lines (buffer);
  g_object_get (entry, property, &current, NULL);
  if (current == NULL)
    current = g_new0 (char *, 1);
  if (!g_strv_equal ((const char * const *) lines, (const char * const *) current))
    g_object_set (entry, property, lines, NULL);
}

static void
lines_property_changed_cb (GtkTextBuffer *buffer,
                           GParamSpec    *pspec,
                           GObject       *entry)
{
  g_auto(GStrv) lines = buffer_lines (buffer);
  g_auto(GStrv) value = NULL;
  g_autofree char *text = NULL;

  g_object_get (entry, pspec->name, &value, NULL);
  if (value == NULL)
    value = g_new0 (char *, 1);
  if (g_strv_equal ((const char * const *) lines, (const char * const *) value))
    return;

  text = g_strjoinv ("\n", value);
  g_object_set_data (G_OBJECT (buffer), "updating", GINT_TO_POINTER (TRUE));
  gtk_text_buffer_set_text (buffer, text, -1);
  g_object_set_data (G_OBJECT (buffer), "updating", NULL);
}

static void
level_selected_cb (AdwComboRow *combo,
                   GParamSpec  *pspec,
                   GObject     *entry)
{
  GPtrArray *values = g_object_get_data (G_OBJECT (combo), "values");
  guint selected = adw_combo_row_get_selected (combo);

  if (g_object_get_data (G_OBJECT (combo), "updating") != NULL || selected >= values->len)
    return;

  g_object_set (entry, "level", g_ptr_array_index (values, selected), NULL);
}

static void
level_property_changed_cb (AdwComboRow *combo,
                           GParamSpec  *pspec,
                           GObject     *entry)
{
  GPtrArray *values = g_object_get_data (G_OBJECT (combo), "values");
  g_autofree char *level = NULL;
  guint position = G_MAXUINT;

  g_object_get (entry, "level", &level, NULL);
  for (guint i = 0; i < values->len; i++)
    if (g_ascii_strcasecmp (g_ptr_array_index (values, i), level) == 0)
      position = i;

  /* A level from elsewhere (“Fluent”) is kept as it is. */
  if (position == G_MAXUINT)
    {
      g_ptr_array_add (values, g_strdup (level));
      gtk_string_list_append (GTK_STRING_LIST (adw_combo_row_get_model (combo)), level);
      position = values->len - 1;
    }

  g_object_set_data (G_OBJECT (combo), "updating", GINT_TO_POINTER (TRUE));
  adw_combo_row_set_selected (combo, position);
  g_object_set_data (G_OBJECT (combo), "updating", NULL);
}

static gboolean
title_or_untitled (GBinding     *binding,
                   const GValue *from,
                   GValue       *to,
                   gpointer      user_data)
{
  const char *text = g_value_get_string (from);

  g_value_set_string (to, text != NULL && *text != '\0' ? text : _((const char *) user_data));
  return TRUE;
}

static gboolean
invert_boolean (GBinding     *binding,
                const GValue *from,
                GValue       *to,
                gpointer      user_data)
{
  g_value_set_boolean (to, !g_value_get_boolean (from));
  return TRUE;
}

static void
row_action_cb (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  GtkWidget *row = GTK_WIDGET (user_data);
  PhoenixEntryList *self = g_object_get_data (G_OBJECT (row), "entry-list");
  const char *name = g_action_get_name (G_ACTION (action));
  guint position, n_items;

  if (self == NULL || !row_position (self, row, &position))
    return;
  n_items = g_list_model_get_n_items (G_LIST_MODEL (self->store));

  if (g_str_equal (name, "move-up") && position > 0)
    phoenix_entry_list_move (self, position, position - 1);
  else if (g_str_equal (name, "move-down") && position + 1 < n_items)
    phoenix_entry_list_move (self, position, position + 1);
  else if (g_str_equal (name, "remove"))
    phoenix_entry_list_remove (self, position);
}

static GdkContentProvider *
drag_prepare_cb (GtkDragSource *source,
                 double         x,
                 double         y,
                 GtkWidget     *row)
{
  GObject *entry = g_object_get_data (G_OBJECT (row), "entry");

  return gdk_content_provider_new_typed (G_OBJECT_TYPE (entry), entry);
}

static void
drag_begin_cb (GtkDragSource *source,
               GdkDrag       *drag,
               GtkWidget     *row)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (row);

  gtk_drag_source_set_icon (source, paintable, 0, 0);
}

static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         GtkWidget     *row)
{
  PhoenixEntryList *self = g_object_get_data (G_OBJECT (row), "entry-list");
  GObject *dropped = g_value_get_object (value);
  guint from, to;

  if (self == NULL || dropped == NULL || !g_list_store_find (self->store, dropped, &from) ||
      !row_position (self, row, &to))
    return FALSE;

  if (from != to)
    phoenix_entry_list_move (self, from, to);
  return TRUE;
}

/* A variant's selection of entries, before and after a check button changed it. */
typedef struct
{
  PhoenixCvVariant *variant;
  const char       *section;
  GStrv             old_uids;  /* NULL: every entry */
  GStrv             new_uids;
} SelectionChange;

static void
selection_change_free (gpointer data)
{
  SelectionChange *change = data;

  g_clear_object (&change->variant);
  g_strfreev (change->old_uids);
  g_strfreev (change->new_uids);
  g_free (change);
}

static void
apply_selection_change (gpointer data,
                        gboolean undo)
{
  SelectionChange *change = data;

  phoenix_cv_variant_set_selection (change->variant, change->section,
                                    (const char * const *) (undo ? change->old_uids : change->new_uids));
}

static void
check_toggled_cb (GtkCheckButton   *check,
                  PhoenixEntryList *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) uids = NULL;
  SelectionChange *change;
  guint n_items, n_selected = 0;

  if (self->updating_checks || self->variant == NULL)
    return;

  n_items = g_list_model_get_n_items (G_LIST_MODEL (self->store));
  for (guint i = 0; i < n_items; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->list, i);
      GtkCheckButton *row_check = row != NULL ? g_object_get_data (G_OBJECT (row), "check") : NULL;
      g_autoptr(GObject) entry = g_list_model_get_item (G_LIST_MODEL (self->store), i);
      g_autofree char *uid = NULL;

      if (row_check == NULL || !gtk_check_button_get_active (row_check))
        continue;
      g_object_get (entry, "uid", &uid, NULL);
      g_strv_builder_add (builder, uid);
      n_selected++;
    }

  uids = g_strv_builder_end (builder);

  change = g_new0 (SelectionChange, 1);
  change->variant = g_object_ref (self->variant);
  change->section = self->section->id;
  change->old_uids = g_strdupv ((char **) phoenix_cv_variant_get_selection (self->variant, self->section->id));
  change->new_uids = n_selected == n_items ? NULL : g_strdupv (uids);

  self->updating_checks = TRUE;
  phoenix_cv_variant_set_selection (self->variant, self->section->id, (const char * const *) change->new_uids);
  self->updating_checks = FALSE;

  if (self->undo_stack != NULL)
    phoenix_undo_stack_record_custom (self->undo_stack, G_OBJECT (self->variant), apply_selection_change,
                                      change, selection_change_free);
  else
    selection_change_free (change);
}

static void
update_checks (PhoenixEntryList *self)
{
  const char * const *selection;
  GtkWidget *child;

  if (self->updating_checks)
    return;

  selection = self->variant != NULL ? phoenix_cv_variant_get_selection (self->variant, self->section->id) : NULL;

  self->updating_checks = TRUE;
  for (child = gtk_widget_get_first_child (GTK_WIDGET (self->list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *check = g_object_get_data (G_OBJECT (child), "check");
      GObject *entry = g_object_get_data (G_OBJECT (child), "entry");
      g_autofree char *uid = NULL;

      if (check == NULL)
        continue;

      g_object_get (entry, "uid", &uid, NULL);
      gtk_widget_set_visible (check, self->variant != NULL);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check),
                                   selection == NULL || g_strv_contains (selection, uid));
    }
  self->updating_checks = FALSE;
}

static GtkWidget *
new_error_row (void)
{
  GtkWidget *error_row = gtk_list_box_row_new ();
  GtkWidget *error_label = gtk_label_new (NULL);

  gtk_label_set_wrap (GTK_LABEL (error_label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (error_label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (error_label), 0);
  gtk_widget_add_css_class (error_label, "error");
  gtk_widget_add_css_class (error_label, "caption");
  gtk_widget_add_css_class (error_label, "phoenix-field-error");
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (error_row), error_label);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (error_row), FALSE);
  gtk_list_box_row_set_selectable (GTK_LIST_BOX_ROW (error_row), FALSE);
  gtk_widget_set_focusable (error_row, FALSE);
  gtk_widget_set_visible (error_row, FALSE);
  g_object_set_data (G_OBJECT (error_row), "label", error_label);

  return error_row;
}

/* Shows every problem of the entry under its form (or hides the message). */
static void
validate_row (GtkWidget *row)
{
  PhoenixEntryList *self = g_object_get_data (G_OBJECT (row), "entry-list");
  GObject *entry = g_object_get_data (G_OBJECT (row), "entry");
  GtkWidget *error_row = g_object_get_data (G_OBJECT (row), "error-row");
  g_autoptr(GString) problems = g_string_new (NULL);
  g_autofree char *title = NULL;
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;
  gboolean current = FALSE;

  if (self == NULL || entry == NULL)
    return;

  g_object_get (entry, self->section->title_property, &title, NULL);
  g_strstrip (title);
  if (*title == '\0' && g_object_get_data (G_OBJECT (row), "fresh") == NULL)
    g_string_append (problems, _("Give this entry a title."));

  for (const EntryField *field = self->section->fields; field->property != NULL; field++)
    {
      g_autofree char *text = NULL;
      g_autofree char *message = NULL;

      if (field->kind == KIND_CURRENT)
        g_object_get (entry, field->property, &current, NULL);
      if (field->kind != KIND_URL && field->kind != KIND_START && field->kind != KIND_END &&
          field->kind != KIND_DATE)
        continue;

      g_object_get (entry, field->property, &text, NULL);
      if (field->kind == KIND_START)
        start = g_strdup (text);
      else if (field->kind == KIND_END)
        end = g_strdup (text);

      if (field->kind == KIND_URL ? !phoenix_validate_url (text, &message)
                                  : !phoenix_validate_date (text, &message))
        {
          if (problems->len > 0)
            g_string_append_c (problems, '\n');
          g_string_append (problems, message);
        }
    }

  if (!current && start != NULL && end != NULL && *start != '\0' && *end != '\0' &&
      strncmp (end, start, MIN (strlen (start), strlen (end))) < 0)
    {
      if (problems->len > 0)
        g_string_append_c (problems, '\n');
      g_string_append (problems, _("The end comes before the start."));
    }

  gtk_label_set_label (g_object_get_data (G_OBJECT (error_row), "label"), problems->str);
  gtk_widget_set_visible (error_row, problems->len > 0);
  if (problems->len > 0)
    gtk_widget_add_css_class (row, "error");
  else
    gtk_widget_remove_css_class (row, "error");
}

static void
entry_changed_validate_cb (GtkWidget  *row,
                           GParamSpec *pspec,
                           GObject    *entry)
{
  validate_row (row);
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  PhoenixEntryList *self = PHOENIX_ENTRY_LIST (user_data);
  const EntrySection *section = self->section;
  GObject *entry = G_OBJECT (item);
  GtkWidget *row = adw_expander_row_new ();
  GtkWidget *menu_button = gtk_menu_button_new ();
  GtkWidget *handle = gtk_image_new_from_icon_name ("list-drag-handle-symbolic");
  GtkWidget *check = gtk_check_button_new ();
  GtkWidget *error_row = new_error_row ();
  GtkWidget *end_row = NULL;
  GtkWidget *current_switch = NULL;
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();
  static const char * const action_names[] = { "move-up", "move-down", "remove" };
  GtkDragSource *drag_source;
  GtkDropTarget *drop_target;
  GtkEventController *shortcuts;

  track_entry (self, entry);

  g_object_set_data (G_OBJECT (row), "entry-list", self);
  g_object_set_data_full (G_OBJECT (row), "entry", g_object_ref (entry), g_object_unref);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  g_object_bind_property_full (entry, section->title_property, row, "title", G_BINDING_SYNC_CREATE,
                               title_or_untitled, NULL, (gpointer) section->untitled, NULL);
  g_object_bind_property (entry, section->subtitle_property, row, "subtitle", G_BINDING_SYNC_CREATE);

  /* Row menu, with Alt+Up and Alt+Down for the keyboard. */
  for (guint i = 0; i < G_N_ELEMENTS (action_names); i++)
    {
      g_autoptr(GSimpleAction) action = g_simple_action_new (action_names[i], NULL);

      g_signal_connect_object (action, "activate", G_CALLBACK (row_action_cb), row, 0);
      g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (action));
    }
  gtk_widget_insert_action_group (row, "entry", G_ACTION_GROUP (group));
  g_menu_append (menu, _("Move _Up"), "entry.move-up");
  g_menu_append (menu, _("Move _Down"), "entry.move-down");
  g_menu_append (menu, _("_Remove"), "entry.remove");
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (menu_button), G_MENU_MODEL (menu));
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (menu_button), "view-more-symbolic");
  gtk_widget_set_valign (menu_button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (menu_button, "flat");
  gtk_widget_set_tooltip_text (menu_button, _("Move or Remove"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (menu_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Move or Remove"), -1);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), menu_button);

  shortcuts = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_shortcut_trigger_parse_string ("<Alt>Up"),
                                                          gtk_named_action_new ("entry.move-up")));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_shortcut_trigger_parse_string ("<Alt>Down"),
                                                          gtk_named_action_new ("entry.move-down")));
  gtk_widget_add_controller (row, shortcuts);

  /* Drag by the handle; drop on any row of the list. */
  gtk_widget_set_tooltip_text (handle, _("Drag to reorder"));
  gtk_widget_add_css_class (handle, "dim-label");
  drag_source = gtk_drag_source_new ();
  gtk_drag_source_set_actions (drag_source, GDK_ACTION_MOVE);
  g_signal_connect_object (drag_source, "prepare", G_CALLBACK (drag_prepare_cb), row, 0);
  g_signal_connect_object (drag_source, "drag-begin", G_CALLBACK (drag_begin_cb), row, 0);
  gtk_widget_add_controller (handle, GTK_EVENT_CONTROLLER (drag_source));
  drop_target = gtk_drop_target_new (section->get_type (), GDK_ACTION_MOVE);
  g_signal_connect_object (drop_target, "drop", G_CALLBACK (drop_cb), row, 0);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (drop_target));
  adw_expander_row_add_prefix (ADW_EXPANDER_ROW (row), handle);

  /* Variant mode: whether the variant shows this entry. */
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (check, _("Show in this CV"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (check),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Show in this CV"), -1);
  gtk_widget_set_visible (check, FALSE);
  g_signal_connect_object (check, "toggled", G_CALLBACK (check_toggled_cb), self, 0);
  adw_expander_row_add_prefix (ADW_EXPANDER_ROW (row), check);
  g_object_set_data (G_OBJECT (row), "check", check);

  for (const EntryField *field = section->fields; field->property != NULL; field++)
    {
      GtkWidget *field_row = NULL;
      g_autofree char *key = g_strconcat (field->property, "-row", NULL);

      switch (field->kind)
        {
        case KIND_TEXT:
        case KIND_URL:
          field_row = adw_entry_row_new ();
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (field_row), _(field->label));
          adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (field_row), FALSE);
          gtk_editable_set_enable_undo (GTK_EDITABLE (field_row), FALSE);
          if (field->kind == KIND_URL)
            adw_entry_row_set_input_purpose (ADW_ENTRY_ROW (field_row), GTK_INPUT_PURPOSE_URL);
          g_object_bind_property (entry, field->property, field_row, "text",
                                  G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
          g_object_set_data (G_OBJECT (row), key, field_row);
          break;

        case KIND_DATE:
        case KIND_START:
        case KIND_END:
          {
            GtkWidget *picker = phoenix_month_picker_new ();

            field_row = adw_action_row_new ();
            adw_preferences_row_set_title (ADW_PREFERENCES_ROW (field_row), _(field->label));
            gtk_accessible_update_property (GTK_ACCESSIBLE (picker),
                                            GTK_ACCESSIBLE_PROPERTY_LABEL, _(field->label), -1);
            adw_action_row_add_suffix (ADW_ACTION_ROW (field_row), picker);
            g_object_bind_property (entry, field->property, picker, "date",
                                    G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
            g_object_set_data (G_OBJECT (row), key, picker);
            if (field->kind == KIND_END)
              end_row = field_row;
          }
          break;

        case KIND_CURRENT:
          current_switch = gtk_switch_new ();
          field_row = adw_action_row_new ();
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (field_row), _(field->label));
          gtk_widget_set_valign (current_switch, GTK_ALIGN_CENTER);
          adw_action_row_add_suffix (ADW_ACTION_ROW (field_row), current_switch);
          adw_action_row_set_activatable_widget (ADW_ACTION_ROW (field_row), current_switch);
          g_object_bind_property (entry, field->property, current_switch, "active",
                                  G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
          g_object_set_data (G_OBJECT (row), key, current_switch);
          break;

        case KIND_LINES:
          {
            GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
            GtkWidget *label = gtk_label_new (_(field->label));
            GtkWidget *view = gtk_text_view_new ();
            GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));

            field_row = gtk_list_box_row_new ();
            gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (field_row), FALSE);
            gtk_widget_set_focusable (field_row, FALSE);
            gtk_widget_set_margin_start (box, 12);
            gtk_widget_set_margin_end (box, 12);
            gtk_widget_set_margin_top (box, 8);
            gtk_widget_set_margin_bottom (box, 8);
            gtk_label_set_xalign (GTK_LABEL (label), 0);
            gtk_widget_add_css_class (label, "dim-label");
            gtk_widget_add_css_class (label, "caption");
            gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
            gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (view), FALSE);
            gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 6);
            gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 6);
            gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 6);
            gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 6);
            gtk_widget_set_size_request (view, -1, 72);
            gtk_widget_add_css_class (view, "card");
            gtk_accessible_update_property (GTK_ACCESSIBLE (view),
                                            GTK_ACCESSIBLE_PROPERTY_LABEL, _(field->label), -1);
            gtk_text_buffer_set_enable_undo (buffer, FALSE);
            g_object_set_data (G_OBJECT (buffer), "property", (gpointer) field->property);
            gtk_box_append (GTK_BOX (box), label);
            gtk_box_append (GTK_BOX (box), view);
            gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (field_row), box);

            {
              g_autofree char *signal = g_strconcat ("notify::", field->property, NULL);

              lines_property_changed_cb (buffer, g_object_class_find_property (G_OBJECT_GET_CLASS (entry),
                                                                                field->property), entry);
              g_signal_connect_object (buffer, "changed", G_CALLBACK (lines_buffer_changed_cb), entry, 0);
              g_signal_connect_object (entry, signal, G_CALLBACK (lines_property_changed_cb), buffer,
                                       G_CONNECT_SWAPPED);
            }
            g_object_set_data (G_OBJECT (row), key, buffer);
          }
          break;

        case KIND_LEVEL:
          {
            g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
            GPtrArray *values = g_ptr_array_new_with_free_func (g_free);

            for (guint i = 0; level_values[i] != NULL; i++)
              {
                gtk_string_list_append (labels, _(level_labels[i]));
                g_ptr_array_add (values, g_strdup (level_values[i]));
              }
            field_row = adw_combo_row_new ();
            adw_preferences_row_set_title (ADW_PREFERENCES_ROW (field_row), _(field->label));
            adw_combo_row_set_model (ADW_COMBO_ROW (field_row), G_LIST_MODEL (labels));
            g_object_set_data_full (G_OBJECT (field_row), "values", values, (GDestroyNotify) g_ptr_array_unref);
            level_property_changed_cb (ADW_COMBO_ROW (field_row), NULL, entry);
            g_signal_connect_object (field_row, "notify::selected", G_CALLBACK (level_selected_cb), entry, 0);
            g_signal_connect_object (entry, "notify::level", G_CALLBACK (level_property_changed_cb),
                                     field_row, G_CONNECT_SWAPPED);
            g_object_set_data (G_OBJECT (row), key, field_row);
          }
          break;

        default:
          g_assert_not_reached ();
        }

      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), field_row);
    }

  if (end_row != NULL && current_switch != NULL)
    g_object_bind_property_full (current_switch, "active", end_row, "sensitive", G_BINDING_SYNC_CREATE,
                                 invert_boolean, NULL, NULL, NULL);

  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), error_row);
  g_object_set_data (G_OBJECT (row), "error-row", error_row);

  g_signal_connect_object (entry, "notify", G_CALLBACK (entry_changed_validate_cb), row, G_CONNECT_SWAPPED);
  validate_row (row);

  return row;
}

static void
store_items_changed_cb (PhoenixEntryList *self)
{
  update_checks (self);
  emit_edited (self);
}

static void
phoenix_entry_list_dispose (GObject *object)
{
  PhoenixEntryList *self = PHOENIX_ENTRY_LIST (object);

  phoenix_entry_list_set_variant (self, NULL);
  phoenix_entry_list_set_profile (self, NULL);
  g_clear_object (&self->undo_stack);

  G_OBJECT_CLASS (phoenix_entry_list_parent_class)->dispose (object);
}

static void
phoenix_entry_list_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  PhoenixEntryList *self = PHOENIX_ENTRY_LIST (object);

  switch (prop_id)
    {
    case PROP_SECTION:
      g_value_set_string (value, phoenix_entry_list_get_section (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
add_clicked_cb (PhoenixEntryList *self)
{
  phoenix_entry_list_add (self);
}

static void
phoenix_entry_list_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  PhoenixEntryList *self = PHOENIX_ENTRY_LIST (object);

  switch (prop_id)
    {
    case PROP_SECTION:
      {
        GtkWidget *button, *content;

        self->section = find_section (g_value_get_string (value));
        g_return_if_fail (self->section != NULL);

        adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self), _(self->section->title));
        if (self->section->description != NULL)
          adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self), _(self->section->description));

        content = adw_button_content_new ();
        adw_button_content_set_icon_name (ADW_BUTTON_CONTENT (content), "list-add-symbolic");
        adw_button_content_set_label (ADW_BUTTON_CONTENT (content), _(self->section->add_label));
        button = gtk_button_new ();
        gtk_button_set_child (GTK_BUTTON (button), content);
        gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
        gtk_widget_add_css_class (button, "flat");
        g_signal_connect_object (button, "clicked", G_CALLBACK (add_clicked_cb), self, G_CONNECT_SWAPPED);
        adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (self), button);
      }
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
phoenix_entry_list_class_init (PhoenixEntryListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = phoenix_entry_list_dispose;
  object_class->get_property = phoenix_entry_list_get_property;
  object_class->set_property = phoenix_entry_list_set_property;

  properties[PROP_SECTION] =
    g_param_spec_string ("section", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[EDITED] =
    g_signal_new ("edited", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
phoenix_entry_list_init (PhoenixEntryList *self)
{
  GtkWidget *placeholder = gtk_label_new (_("Nothing here yet"));

  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "boxed-list");
  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_widget_set_margin_top (placeholder, 12);
  gtk_widget_set_margin_bottom (placeholder, 12);
  gtk_list_box_set_placeholder (self->list, placeholder);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), GTK_WIDGET (self->list));
}

GtkWidget *
phoenix_entry_list_new (const char *section)
{
  g_return_val_if_fail (find_section (section) != NULL, NULL);

  return g_object_new (PHOENIX_TYPE_ENTRY_LIST, "section", section, NULL);
}

const char *
phoenix_entry_list_get_section (PhoenixEntryList *self)
{
  g_return_val_if_fail (PHOENIX_IS_ENTRY_LIST (self), NULL);

  return self->section != NULL ? self->section->id : NULL;
}

void
phoenix_entry_list_set_profile (PhoenixEntryList *self,
                                PhoenixProfile   *profile)
{
  g_return_if_fail (PHOENIX_IS_ENTRY_LIST (self));

  if (self->profile == profile)
    return;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  gtk_list_box_bind_model (self->list, NULL, NULL, NULL, NULL);
  g_clear_object (&self->store);
  g_clear_object (&self->profile);

  if (profile == NULL)
    return;

  self->profile = g_object_ref (profile);
  self->store = g_object_ref (self->section->get_store (profile));
  gtk_list_box_bind_model (self->list, G_LIST_MODEL (self->store), create_row, self, NULL);
  g_signal_connect_object (self->store, "items-changed", G_CALLBACK (store_items_changed_cb),
                           self, G_CONNECT_SWAPPED);
  update_checks (self);
}

void
phoenix_entry_list_set_undo_stack (PhoenixEntryList *self,
                                   PhoenixUndoStack *undo_stack)
{
  g_return_if_fail (PHOENIX_IS_ENTRY_LIST (self));

  g_set_object (&self->undo_stack, undo_stack);
}

void
phoenix_entry_list_set_variant (PhoenixEntryList *self,
                                PhoenixCvVariant *variant)
{
  g_return_if_fail (PHOENIX_IS_ENTRY_LIST (self));

  if (self->variant == variant)
    return;

  if (self->variant != NULL)
    g_signal_handlers_disconnect_by_data (self->variant, self);
  g_set_object (&self->variant, variant);
  if (variant != NULL)
    g_signal_connect_object (variant, "changed", G_CALLBACK (update_checks), self, G_CONNECT_SWAPPED);

  update_checks (self);
}

void
phoenix_entry_list_add (PhoenixEntryList *self)
{
  g_autoptr(GObject) entry = NULL;
  g_autoptr(GPtrArray) added = g_ptr_array_new ();
  GtkListBoxRow *row;
  guint position;

  g_return_if_fail (PHOENIX_IS_ENTRY_LIST (self));

  if (self->store == NULL)
    return;

  entry = g_object_new (self->section->get_type (), NULL);
  position = g_list_model_get_n_items (G_LIST_MODEL (self->store));
  g_list_store_append (self->store, entry);
  g_ptr_array_add (added, entry);
  if (self->undo_stack != NULL)
    phoenix_undo_stack_record_splice (self->undo_stack, self->store, position, NULL, added);

  row = gtk_list_box_get_row_at_index (self->list, position);
  if (ADW_IS_EXPANDER_ROW (row))
    {
      g_autofree char *key = g_strconcat (self->section->fields[0].property, "-row", NULL);
      GtkWidget *first = g_object_get_data (G_OBJECT (row), key);

      g_object_set_data (G_OBJECT (row), "fresh", GINT_TO_POINTER (TRUE));
      validate_row (GTK_WIDGET (row));
      adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
      if (first != NULL)
        gtk_widget_grab_focus (first);
    }
}

typedef struct
{
  PhoenixEntryList *self;  /* weak */
  GListStore       *store;
  GObject          *entry;
  guint             position;
  guint             n_undo;  /* steps once the removal was recorded */
} Removed;

static void
removed_free (gpointer  data,
              GClosure *closure)
{
  Removed *removed = data;

  g_clear_weak_pointer (&removed->self);
  g_clear_object (&removed->store);
  g_clear_object (&removed->entry);
  g_free (removed);
}

static void
undo_remove_cb (AdwToast *toast,
                Removed  *removed)
{
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (removed->store));
  guint position = MIN (removed->position, n_items);
  g_autoptr(GPtrArray) added = g_ptr_array_new ();

  if (g_list_store_find (removed->store, removed->entry, NULL))
    return;

  /* Still the last change: undo it, so the history stays true. */
  if (removed->self != NULL && removed->self->undo_stack != NULL &&
      phoenix_undo_stack_get_n_undo (removed->self->undo_stack) == removed->n_undo)
    {
      phoenix_undo_stack_undo (removed->self->undo_stack);
      return;
    }

  g_list_store_insert (removed->store, position, removed->entry);
  g_ptr_array_add (added, removed->entry);
  if (removed->self != NULL && removed->self->undo_stack != NULL)
    phoenix_undo_stack_record_splice (removed->self->undo_stack, removed->store, position, NULL, added);
}

void
phoenix_entry_list_remove (PhoenixEntryList *self,
                           guint             position)
{
  g_autoptr(GObject) entry = NULL;
  g_autoptr(GPtrArray) removed_items = g_ptr_array_new ();
  Removed *removed;
  AdwToast *toast;

  g_return_if_fail (PHOENIX_IS_ENTRY_LIST (self));

  if (self->store == NULL || position >= g_list_model_get_n_items (G_LIST_MODEL (self->store)))
    return;

  entry = g_list_model_get_item (G_LIST_MODEL (self->store), position);
  g_list_store_remove (self->store, position);
  g_ptr_array_add (removed_items, entry);
  if (self->undo_stack != NULL)
    phoenix_undo_stack_record_splice (self->undo_stack, self->store, position, removed_items, NULL);

  removed = g_new0 (Removed, 1);
  g_set_weak_pointer (&removed->self, self);
  removed->store = g_object_ref (self->store);
  removed->entry = g_object_ref (entry);
  removed->position = position;
  removed->n_undo = self->undo_stack != NULL ? phoenix_undo_stack_get_n_undo (self->undo_stack) : 0;

  toast = adw_toast_new (_(self->section->removed));
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (undo_remove_cb),
                         removed, removed_free, 0);
  show_toast (self, toast);
}

void
phoenix_entry_list_move (PhoenixEntryList *self,
                         guint             from,
                         guint             to)
{
  g_autoptr(GPtrArray) before = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) after = NULL;
  guint n_items, first, last;
  gpointer moved;
  GtkListBoxRow *row;

  g_return_if_fail (PHOENIX_IS_ENTRY_LIST (self));

  if (self->store == NULL)
    return;
  n_items = g_list_model_get_n_items (G_LIST_MODEL (self->store));
  if (from >= n_items || to >= n_items || from == to)
    return;

  first = MIN (from, to);
  last = MAX (from, to);
  for (guint i = first; i <= last; i++)
    g_ptr_array_add (before, g_list_model_get_item (G_LIST_MODEL (self->store), i));

  after = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < before->len; i++)
    g_ptr_array_add (after, g_object_ref (g_ptr_array_index (before, i)));
  moved = g_ptr_array_steal_index (after, from - first);
  g_ptr_array_insert (after, to - first, moved);

  g_list_store_splice (self->store, first, after->len, after->pdata, after->len);
  if (self->undo_stack != NULL)
    phoenix_undo_stack_record_splice (self->undo_stack, self->store, first, before, after);

  row = gtk_list_box_get_row_at_index (self->list, to);
  if (row != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (row));
}

/* For the UI tests: the row of the entry at @position and one of its field widgets. */
GtkWidget *
_phoenix_entry_list_get_row (PhoenixEntryList *self,
                             guint             position)
{
  return GTK_WIDGET (gtk_list_box_get_row_at_index (self->list, position));
}

gpointer
_phoenix_entry_list_get_field (PhoenixEntryList *self,
                               guint             position,
                               const char       *property)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->list, position);
  g_autofree char *key = g_strconcat (property, "-row", NULL);

  return row != NULL ? g_object_get_data (G_OBJECT (row), key) : NULL;
}

const char *
_phoenix_entry_list_get_error (PhoenixEntryList *self,
                               guint             position)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->list, position);
  GtkWidget *error_row = row != NULL ? g_object_get_data (G_OBJECT (row), "error-row") : NULL;

  if (error_row == NULL || !gtk_widget_get_visible (error_row))
    return NULL;
  return gtk_label_get_label (g_object_get_data (G_OBJECT (error_row), "label"));
}
