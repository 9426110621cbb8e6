/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-application-tracker"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "phoenix-application-csv.h"
#include "phoenix-application-query.h"
#include "phoenix-application-stats.h"
#include "phoenix-application-tracker.h"
#include "phoenix-application-tracker-private.h"
#include "phoenix-letters-util-private.h"
#include "phoenix-sector.h"

struct _PhoenixApplicationTracker
{
  AdwBin                   parent_instance;

  GListStore              *applications;
  PhoenixApplicationQuery *query;
  GtkCustomFilter         *filter;
  GtkFilterListModel      *filtered;
  GtkCustomSorter         *sorter;
  GtkSortListModel        *sorted;
  PhoenixApplicationSort   sort;
  GtkCustomFilter         *status_filters[PHOENIX_APPLICATION_N_STATUSES];
  /* The board's columns show their first cards, a page more at each "Show More" (issue #20). */
  GtkSliceListModel       *board_slices[PHOENIX_APPLICATION_N_STATUSES];
  GtkWidget               *board_more[PHOENIX_APPLICATION_N_STATUSES];

  /* Template widgets */
  GtkSearchEntry          *search_entry;
  GtkDropDown             *status_dropdown;
  GtkDropDown             *sector_dropdown;
  GtkDropDown             *sort_dropdown;
  GtkStack                *view_stack;
  GtkListView             *list_view;
  GtkBox                  *board_box;
  GtkLabel                *stats_label;
  GtkLabel                *rates_label;
  GtkStack                *content_stack;
};

enum {
  ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (PhoenixApplicationTracker, phoenix_application_tracker, ADW_TYPE_BIN)

static char *
format_day (gint64 when)
{
  g_autoptr(GDateTime) date = NULL;

  if (when == 0)
    return g_strdup ("");
  date = g_date_time_new_from_unix_local (when);
  /* Translators: a date in the applications list, as strftime() writes it. */
  return g_date_time_format (date, _("%-d %b %Y"));
}

static char *
row_subtitle (PhoenixJobApplication *app)
{
  g_autofree char *sent = format_day (phoenix_job_application_get_sent_at (app));
  const char *status = phoenix_application_status_get_label (phoenix_job_application_get_status (app));

  if (sent[0] == '\0')
    return g_strdup (status);
  /* Translators: the status of an application and when it was sent: “Interview · sent 3 Mar 2025”. */
  return g_strdup_printf (_("%s · sent %s"), status, sent);
}

static char *
row_title (PhoenixJobApplication *app)
{
  const char *company = phoenix_job_application_get_company (app);
  const char *position = phoenix_job_application_get_position (app);

  if (company[0] != '\0' && position[0] != '\0')
    return g_strdup_printf ("%s — %s", company, position);
  if (company[0] != '\0' || position[0] != '\0')
    return g_strdup (company[0] != '\0' ? company : position);
  return g_strdup (_("Untitled application"));
}

static gboolean
filter_func (gpointer item,
             gpointer user_data)
{
  PhoenixApplicationTracker *self = user_data;

  return phoenix_application_query_matches (self->query, item);
}

static int
sort_func (gconstpointer a,
           gconstpointer b,
           gpointer      user_data)
{
  PhoenixApplicationTracker *self = user_data;

  return phoenix_job_application_compare ((PhoenixJobApplication *) a, (PhoenixJobApplication *) b, self->sort);
}

static void
append_rates (GString                 *out,
              GListModel              *model,
              PhoenixApplicationGroup  group,
              const char              *heading)
{
  g_autoptr(GPtrArray) rates = phoenix_application_stats_compute (model, group);
  const char *language = g_str_has_prefix (g_get_language_names ()[0], "fr") ? "fr" : "en";

  g_string_append_printf (out, "<b>%s</b>\n", heading);
  for (guint i = 0; i < rates->len; i++)
    {
      PhoenixApplicationRate *rate = rates->pdata[i];
      const char *name = rate->key;
      g_autofree char *escaped = NULL;

      if (rate->sent == 0)
        continue;
      if (group == PHOENIX_APPLICATION_GROUP_SECTOR)
        name = phoenix_sector_get_label (rate->key, language);
      else if (group == PHOENIX_APPLICATION_GROUP_CHANNEL)
        name = phoenix_application_channel_get_label (phoenix_application_channel_from_string (rate->key));
      if (name == NULL || name[0] == '\0')
        name = _("Not said");
      escaped = g_markup_escape_text (name, -1);
      /* Translators: one line of the rates: a sector, channel or draft, how many sent, the two rates. */
      g_string_append_printf (out, _("%s: %u sent, %.0f %% answered, %.0f %% interviews"), escaped, rate->sent,
                              100 * phoenix_application_rate_get_response (rate),
                              100 * phoenix_application_rate_get_interview (rate));
      g_string_append_c (out, '\n');
    }
}

static void
update_stats (PhoenixApplicationTracker *self)
{
  GListModel *model = G_LIST_MODEL (self->applications);
  g_autoptr(GPtrArray) all = NULL;
  PhoenixApplicationRate *rate;
  g_autofree char *label = NULL;
  g_autoptr(GString) rates = g_string_new (NULL);

  if (model == NULL)
    return;
  all = phoenix_application_stats_compute (model, PHOENIX_APPLICATION_GROUP_ALL);
  rate = all->pdata[0];
  /* Translators: the tracker's summary: applications, how many sent, response and interview rates. */
  label = g_strdup_printf (_("%u applications · %u sent · %.0f %% answered · %.0f %% interviews"),
                           rate->total, rate->sent, 100 * phoenix_application_rate_get_response (rate),
                           100 * phoenix_application_rate_get_interview (rate));
  gtk_label_set_label (self->stats_label, label);

  append_rates (rates, model, PHOENIX_APPLICATION_GROUP_SECTOR, _("By sector"));
  g_string_append_c (rates, '\n');
  append_rates (rates, model, PHOENIX_APPLICATION_GROUP_CHANNEL, _("By channel"));
  g_string_append_c (rates, '\n');
  append_rates (rates, model, PHOENIX_APPLICATION_GROUP_TEMPLATE, _("By letter draft"));
  gtk_label_set_markup (self->rates_label, rates->str);

  gtk_stack_set_visible_child_name (self->content_stack, g_list_model_get_n_items (model) > 0 ? "content" : "empty");
}

static void
query_changed (PhoenixApplicationTracker *self)
{
  guint status = gtk_drop_down_get_selected (self->status_dropdown);
  guint sector = gtk_drop_down_get_selected (self->sector_dropdown);
  guint n_sectors;
  const PhoenixSector *sectors = phoenix_sectors_get (&n_sectors);

  if (self->filter == NULL)
    return;  /* still being built */
  phoenix_application_query_set_text (self->query, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  phoenix_application_query_set_statuses (self->query, status == 0 || status == GTK_INVALID_LIST_POSITION ? 0 : 1u << (status - 1));
  phoenix_application_query_set_sector (self->query, sector > 0 && sector <= n_sectors ? sectors[sector - 1].code : NULL);
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
search_changed_cb (PhoenixApplicationTracker *self)
{
  query_changed (self);
}

static void
filters_changed_cb (PhoenixApplicationTracker *self)
{
  query_changed (self);
}

static void
sort_changed_cb (PhoenixApplicationTracker *self)
{
  guint selected = gtk_drop_down_get_selected (self->sort_dropdown);

  if (self->sorter == NULL)
    return;
  self->sort = selected == GTK_INVALID_LIST_POSITION ? PHOENIX_APPLICATION_SORT_UPDATED : selected;
  gtk_sorter_changed (GTK_SORTER (self->sorter), GTK_SORTER_CHANGE_DIFFERENT);
}

static void
item_setup_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  GtkWidget *box = _phoenix_letters_two_lines_new ();

  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_list_item_set_child (item, box);
}

static void
item_bind_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  PhoenixJobApplication *app = gtk_list_item_get_item (item);
  g_autofree char *title = row_title (app);
  g_autofree char *subtitle = row_subtitle (app);

  _phoenix_letters_two_lines_set (gtk_list_item_get_child (item), title, subtitle);
}

static void
list_activated_cb (PhoenixApplicationTracker *self,
                   guint                      position)
{
  g_autoptr(PhoenixJobApplication) app = g_list_model_get_item (G_LIST_MODEL (self->sorted), position);

  if (app != NULL)
    g_signal_emit (self, signals[ACTIVATED], 0, app);
}

/* The board: one column a status, each a list box bound to the filtered list's applications
 * of that status, so its cards follow the model. */
static gboolean
status_filter_func (gpointer item,
                    gpointer user_data)
{
  return phoenix_job_application_get_status (item) == (PhoenixApplicationStatus) GPOINTER_TO_UINT (user_data);
}

static GtkWidget *
create_card_cb (gpointer item,
                gpointer user_data)
{
  PhoenixJobApplication *app = item;
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  g_autofree char *company = g_strdup (phoenix_job_application_get_company (app));
  g_autofree char *sent = format_day (phoenix_job_application_get_sent_at (app));
  GtkWidget *title = gtk_label_new (company[0] != '\0' ? company : _("Untitled application"));
  GtkWidget *position = gtk_label_new (phoenix_job_application_get_position (app));
  GtkWidget *date = gtk_label_new (sent);

  gtk_widget_set_margin_start (box, 10);
  gtk_widget_set_margin_end (box, 10);
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  for (GtkWidget *label = title; label != NULL; label = label == title ? position : label == position ? date : NULL)
    {
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_box_append (GTK_BOX (box), label);
    }
  gtk_widget_add_css_class (title, "heading");
  gtk_widget_add_css_class (date, "dim-label");
  gtk_widget_add_css_class (date, "caption");
  gtk_widget_set_visible (date, sent[0] != '\0');
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  g_object_set_data_full (G_OBJECT (row), "application", g_object_ref (app), g_object_unref);
  return row;
}

static void
card_activated_cb (GtkListBox    *box,
                   GtkListBoxRow *row,
                   gpointer       user_data)
{
  PhoenixApplicationTracker *self = user_data;
  PhoenixJobApplication *app = g_object_get_data (G_OBJECT (row), "application");

  if (app != NULL)
    g_signal_emit (self, signals[ACTIVATED], 0, app);
}

/* The cards a board column builds at first, and the more each "Show More" adds: 5,000
 * applications make 50 cards a column, not 5,000. */
#define BOARD_PAGE 50

static void
update_board_more (PhoenixApplicationTracker *self,
                   guint                      status)
{
  GtkSliceListModel *slice = self->board_slices[status];
  guint total = g_list_model_get_n_items (gtk_slice_list_model_get_model (slice));
  guint shown = gtk_slice_list_model_get_size (slice);
  guint next = total > shown ? MIN (total - shown, BOARD_PAGE) : 0;
  g_autofree char *label = NULL;

  gtk_widget_set_visible (self->board_more[status], next > 0);
  if (next == 0)
    return;
  /* Translators: the button under a column of the applications board that shows more of its cards. */
  label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Show %u More", "Show %u More", next), next);
  gtk_button_set_label (GTK_BUTTON (self->board_more[status]), label);
}

static void
column_changed_cb (GListModel *model,
                   guint       position,
                   guint       removed,
                   guint       added,
                   gpointer    user_data)
{
  PhoenixApplicationTracker *self = user_data;

  for (guint status = 0; status < PHOENIX_APPLICATION_N_STATUSES; status++)
    if (self->board_slices[status] != NULL && gtk_slice_list_model_get_model (self->board_slices[status]) == model)
      update_board_more (self, status);
}

static void
board_more_clicked_cb (GtkButton                 *button,
                       PhoenixApplicationTracker *self)
{
  for (guint status = 0; status < PHOENIX_APPLICATION_N_STATUSES; status++)
    if (self->board_more[status] == GTK_WIDGET (button))
      {
        GtkSliceListModel *slice = self->board_slices[status];

        gtk_slice_list_model_set_size (slice, gtk_slice_list_model_get_size (slice) + BOARD_PAGE);
        update_board_more (self, status);
      }
}

static void
build_board (PhoenixApplicationTracker *self)
{
  for (guint status = 0; status < PHOENIX_APPLICATION_N_STATUSES; status++)
    {
      GtkWidget *column = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
      GtkWidget *heading = gtk_label_new (phoenix_application_status_get_label (status));
      GtkWidget *list = gtk_list_box_new ();
      GtkCustomFilter *filter = gtk_custom_filter_new (status_filter_func, GUINT_TO_POINTER (status), NULL);
      GtkFilterListModel *model = NULL;
      GtkWidget *more = gtk_button_new ();

      self->status_filters[status] = filter;
      model = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->sorted)), g_object_ref (GTK_FILTER (filter)));
      /* The slice owns the column's model. */
      self->board_slices[status] = gtk_slice_list_model_new (G_LIST_MODEL (model), 0, BOARD_PAGE);
      g_signal_connect_object (model, "items-changed", G_CALLBACK (column_changed_cb), self, 0);

      gtk_widget_set_size_request (column, 200, -1);
      gtk_label_set_xalign (GTK_LABEL (heading), 0);
      gtk_widget_add_css_class (heading, "heading");
      gtk_widget_add_css_class (list, "boxed-list");
      gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
      gtk_list_box_bind_model (GTK_LIST_BOX (list), G_LIST_MODEL (self->board_slices[status]), create_card_cb, self, NULL);
      gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      phoenix_application_status_get_label (status), -1);
      g_signal_connect (list, "row-activated", G_CALLBACK (card_activated_cb), self);
      gtk_widget_set_halign (more, GTK_ALIGN_START);
      gtk_widget_add_css_class (more, "flat");
      g_signal_connect (more, "clicked", G_CALLBACK (board_more_clicked_cb), self);
      self->board_more[status] = more;
      gtk_box_append (GTK_BOX (column), heading);
      gtk_box_append (GTK_BOX (column), list);
      gtk_box_append (GTK_BOX (column), more);
      gtk_box_append (self->board_box, column);
      update_board_more (self, status);
    }
}

static void
export_response_cb (GtkNativeDialog *chooser,
                    int              response,
                    gpointer         user_data)
{
  PhoenixApplicationTracker *self = user_data;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autoptr(GError) error = NULL;

      if (file != NULL && !_phoenix_application_tracker_export_csv (self, file, &error))
        _phoenix_letters_show_toast (GTK_WIDGET (self), error->message);
    }
  g_object_unref (chooser);
}

static void
export_csv_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Export the Applications"), GTK_WINDOW (gtk_widget_get_root (widget)),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  /* Translators: the suggested name of the applications' CSV file. */
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), _("applications.csv"));
  g_signal_connect (chooser, "response", G_CALLBACK (export_response_cb), widget);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
applications_changed_cb (PhoenixApplicationTracker *self)
{
  update_stats (self);
}

static void
phoenix_application_tracker_dispose (GObject *object)
{
  PhoenixApplicationTracker *self = PHOENIX_APPLICATION_TRACKER (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PHOENIX_TYPE_APPLICATION_TRACKER);
  g_clear_object (&self->sorted);
  g_clear_object (&self->filtered);
  g_clear_object (&self->applications);
  g_clear_pointer (&self->query, phoenix_application_query_free);
  for (guint status = 0; status < PHOENIX_APPLICATION_N_STATUSES; status++)
    {
      if (self->board_slices[status] != NULL)
        g_signal_handlers_disconnect_by_data (gtk_slice_list_model_get_model (self->board_slices[status]), self);
      g_clear_object (&self->board_slices[status]);
      g_clear_object (&self->status_filters[status]);
      self->board_more[status] = NULL;
    }

  G_OBJECT_CLASS (phoenix_application_tracker_parent_class)->dispose (object);
}

static void
phoenix_application_tracker_class_init (PhoenixApplicationTrackerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = phoenix_application_tracker_dispose;

  signals[ACTIVATED] =
    g_signal_new ("application-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, PHOENIX_TYPE_JOB_APPLICATION);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/ui/phoenix-application-tracker.ui");
  gtk_widget_class_bind_template_child (widget_class, PhoenixApplicationTracker, search_entry);
  gtk_widget_class_bind_template_child (widget_class, PhoenixApplicationTracker, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, PhoenixApplicationTracker, sector_dropdown);
  gtk_widget_class_bind_template_child (widget_class, PhoenixApplicationTracker, sort_dropdown);
  gtk_widget_class_bind_template_child (widget_class, PhoenixApplicationTracker, view_stack);
  gtk_widget_class_bind_template_child (widget_class, PhoenixApplicationTracker, list_view);
  gtk_widget_class_bind_template_child (widget_class, PhoenixApplicationTracker, board_box);
  gtk_widget_class_bind_template_child (widget_class, PhoenixApplicationTracker, stats_label);
  gtk_widget_class_bind_template_child (widget_class, PhoenixApplicationTracker, rates_label);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, filters_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, sort_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, list_activated_cb);

  gtk_widget_class_install_action (widget_class, "tracker.export-csv", NULL, export_csv_action);
}

static void
phoenix_application_tracker_init (PhoenixApplicationTracker *self)
{
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) sectors = gtk_string_list_new (NULL);
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  const char *language = g_str_has_prefix (g_get_language_names ()[0], "fr") ? "fr" : "en";
  const PhoenixSector *all_sectors;
  guint n_sectors;

  gtk_widget_init_template (GTK_WIDGET (self));
  /* The bin's own child: not bound as a template child, which disposing would unparent twice. */
  self->content_stack = GTK_STACK (adw_bin_get_child (ADW_BIN (self)));
  self->query = phoenix_application_query_new ();

  gtk_string_list_append (statuses, _("All statuses"));
  for (guint i = 0; i < PHOENIX_APPLICATION_N_STATUSES; i++)
    gtk_string_list_append (statuses, phoenix_application_status_get_label (i));
  gtk_drop_down_set_model (self->status_dropdown, G_LIST_MODEL (statuses));
  gtk_string_list_append (sectors, _("All sectors"));
  all_sectors = phoenix_sectors_get (&n_sectors);
  for (guint i = 0; i < n_sectors; i++)
    gtk_string_list_append (sectors, language[0] == 'f' ? all_sectors[i].label_fr : all_sectors[i].label_en);
  gtk_drop_down_set_model (self->sector_dropdown, G_LIST_MODEL (sectors));

  self->applications = g_list_store_new (PHOENIX_TYPE_JOB_APPLICATION);
  self->filter = gtk_custom_filter_new (filter_func, self, NULL);
  self->filtered = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->applications)), GTK_FILTER (self->filter));
  self->sorter = gtk_custom_sorter_new (sort_func, self, NULL);
  self->sorted = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->filtered)), GTK_SORTER (self->sorter));
  g_signal_connect (factory, "setup", G_CALLBACK (item_setup_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (item_bind_cb), self);
  gtk_list_view_set_factory (self->list_view, factory);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->sorted)))));
  build_board (self);
  update_stats (self);
}

PhoenixApplicationTracker *
phoenix_application_tracker_new (void)
{
  return g_object_new (PHOENIX_TYPE_APPLICATION_TRACKER, NULL);
}

void
phoenix_application_tracker_set_applications (PhoenixApplicationTracker *self,
                                              GListModel                *applications)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_if_fail (PHOENIX_IS_APPLICATION_TRACKER (self));

  for (guint i = 0; applications != NULL && i < g_list_model_get_n_items (applications); i++)
    g_ptr_array_add (items, g_list_model_get_item (applications, i));
  g_list_store_splice (self->applications, 0, g_list_model_get_n_items (G_LIST_MODEL (self->applications)),
                       items->pdata, items->len);
  update_stats (self);
}

GListStore *
phoenix_application_tracker_get_applications (PhoenixApplicationTracker *self)
{
  g_return_val_if_fail (PHOENIX_IS_APPLICATION_TRACKER (self), NULL);

  return self->applications;
}

void
phoenix_application_tracker_refresh (PhoenixApplicationTracker *self)
{
  g_return_if_fail (PHOENIX_IS_APPLICATION_TRACKER (self));

  /* Statuses or texts changed: filter, sort and the board again. */
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  gtk_sorter_changed (GTK_SORTER (self->sorter), GTK_SORTER_CHANGE_DIFFERENT);
  for (guint status = 0; status < PHOENIX_APPLICATION_N_STATUSES; status++)
    gtk_filter_changed (GTK_FILTER (self->status_filters[status]), GTK_FILTER_CHANGE_DIFFERENT);
  applications_changed_cb (self);
}

void
phoenix_application_tracker_show_waiting (PhoenixApplicationTracker *self)
{
  g_return_if_fail (PHOENIX_IS_APPLICATION_TRACKER (self));

  gtk_drop_down_set_selected (self->status_dropdown, PHOENIX_APPLICATION_STATUS_SENT + 1);
  gtk_stack_set_visible_child_name (self->view_stack, "list");
}

gboolean
_phoenix_application_tracker_export_csv (PhoenixApplicationTracker  *self,
                                         GFile                      *file,
                                         GError                    **error)
{
  g_autofree char *csv = phoenix_application_csv_export (G_LIST_MODEL (self->sorted));

  return g_file_replace_contents (file, csv, strlen (csv), NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION,
                                  NULL, NULL, error);
}

guint
_phoenix_application_tracker_get_n_shown (PhoenixApplicationTracker *self)
{
  return g_list_model_get_n_items (G_LIST_MODEL (self->sorted));
}

void
_phoenix_application_tracker_search (PhoenixApplicationTracker *self,
                                     const char                *text)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text);
  query_changed (self);
}

void
_phoenix_application_tracker_show_board (PhoenixApplicationTracker *self,
                                         gboolean                   board)
{
  gtk_stack_set_visible_child_name (self->view_stack, board ? "board" : "list");
}

guint
_phoenix_application_tracker_get_n_cards (PhoenixApplicationTracker *self,
                                          PhoenixApplicationStatus   status,
                                          GtkWidget                **more)
{
  GtkWidget *column = gtk_widget_get_first_child (GTK_WIDGET (self->board_box));
  GtkWidget *list;
  guint n = 0;

  for (guint i = 0; column != NULL && i < status; i++)
    column = gtk_widget_get_next_sibling (column);
  g_return_val_if_fail (column != NULL, 0);

  list = gtk_widget_get_next_sibling (gtk_widget_get_first_child (column));
  for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL; row = gtk_widget_get_next_sibling (row))
    if (GTK_IS_LIST_BOX_ROW (row))
      n++;
  if (more != NULL)
    *more = self->board_more[status];
  return n;
}

const char *
_phoenix_application_tracker_get_stats (PhoenixApplicationTracker *self)
{
  return gtk_label_get_label (self->stats_label);
}
