/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-cv-page"

#include "config.h"

#include <glib/gi18n.h>

#include "phoenix-cv-page-private.h"
#include "phoenix-link-row.h"

/* The CV page's links: a PhoenixLinkRow each, added and removed with undo. */

/* A link finalized leaves the set of links the page connected to. */
static void
forget_link (GHashTable *tracked_links,
             GObject    *where_the_link_was)
{
  g_hash_table_remove (tracked_links, where_the_link_was);
}

/* Records a change of the links list, so Ctrl+Z covers adding and removing links. */
static void
record_links_splice (PhoenixCvPage *self,
                     GListStore    *links,
                     guint          position,
                     PhoenixLink   *removed,
                     PhoenixLink   *added)
{
  g_autoptr(GPtrArray) removed_items = g_ptr_array_new ();
  g_autoptr(GPtrArray) added_items = g_ptr_array_new ();

  if (removed != NULL)
    g_ptr_array_add (removed_items, removed);
  if (added != NULL)
    g_ptr_array_add (added_items, added);

  phoenix_undo_stack_record_splice (self->undo_stack, links, position, removed_items, added_items);
}

typedef struct
{
  GWeakRef     page;
  GListStore  *links;
  PhoenixLink *link;
  guint        position;
  guint        n_undo;  /* steps after the removal was recorded */
} RemovedLink;

static void
removed_link_free (gpointer  data,
                   GClosure *closure)
{
  RemovedLink *removed = data;

  g_weak_ref_clear (&removed->page);
  g_clear_object (&removed->links);
  g_clear_object (&removed->link);
  g_free (removed);
}

static void
undo_remove_link_cb (AdwToast    *toast,
                     RemovedLink *removed)
{
  g_autoptr(PhoenixCvPage) self = g_weak_ref_get (&removed->page);
  guint position;

  if (self == NULL || self->profile == NULL ||
      phoenix_profile_get_links (self->profile) != removed->links ||
      g_list_store_find (removed->links, removed->link, NULL))
    return;

  /* The removal is still the last change: undo it. Otherwise put the link back as a
   * new change, so the undo history stays true. */
  if (phoenix_undo_stack_get_n_undo (self->undo_stack) == removed->n_undo)
    {
      phoenix_undo_stack_undo (self->undo_stack);
      return;
    }

  position = MIN (removed->position, g_list_model_get_n_items (G_LIST_MODEL (removed->links)));
  g_list_store_insert (removed->links, position, removed->link);
  record_links_splice (self, removed->links, position, NULL, removed->link);
}

static void
remove_link_cb (PhoenixCvPage  *self,
                PhoenixLinkRow *row)
{
  PhoenixLink *link = phoenix_link_row_get_link (row);
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  GListStore *links;
  RemovedLink *removed;
  AdwToast *toast;
  guint position;

  if (self->profile == NULL)
    return;

  links = phoenix_profile_get_links (self->profile);
  if (!g_list_store_find (links, link, &position))
    return;

  removed = g_new0 (RemovedLink, 1);
  g_weak_ref_init (&removed->page, self);
  removed->links = g_object_ref (links);
  removed->link = g_object_ref (link);
  removed->position = position;

  g_list_store_remove (links, position);
  record_links_splice (self, links, position, link, NULL);
  removed->n_undo = phoenix_undo_stack_get_n_undo (self->undo_stack);

  /* The link can come back from the toast too. */
  toast = adw_toast_new (_("Link removed"));
  adw_toast_set_button_label (toast, _("_Undo"));
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (undo_remove_link_cb),
                         removed, removed_link_free, 0);
  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  else
    g_object_unref (g_object_ref_sink (toast));
}

static GtkWidget *
create_link_row (gpointer item,
                 gpointer user_data)
{
  PhoenixCvPage *self = PHOENIX_CV_PAGE (user_data);
  PhoenixLink *link = PHOENIX_LINK (item);
  PhoenixLinkRow *row = phoenix_link_row_new (link);

  g_signal_connect_object (row, "remove", G_CALLBACK (remove_link_cb), self, G_CONNECT_SWAPPED);

  /* Rows are rebuilt when the model is bound again; connect to each link once. */
  if (g_hash_table_add (self->tracked_links, link))
    {
      g_object_weak_ref (G_OBJECT (link), (GWeakNotify) forget_link, self->tracked_links);
      _phoenix_cv_page_track_property (self, G_OBJECT (link), "label");
      _phoenix_cv_page_track_property (self, G_OBJECT (link), "url");
    }

  return GTK_WIDGET (row);
}

static void
add_link_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  PhoenixCvPage *self = PHOENIX_CV_PAGE (widget);
  g_autoptr(PhoenixLink) link = NULL;
  GListStore *links;
  GtkListBoxRow *row;

  if (self->profile == NULL)
    return;

  links = phoenix_profile_get_links (self->profile);
  link = phoenix_link_new ();
  g_list_store_append (links, link);
  record_links_splice (self, links, g_list_model_get_n_items (G_LIST_MODEL (links)) - 1, NULL, link);

  row = gtk_list_box_get_row_at_index (self->links_list, g_list_model_get_n_items (G_LIST_MODEL (links)) - 1);
  if (PHOENIX_IS_LINK_ROW (row))
    {
      adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
      gtk_widget_grab_focus (GTK_WIDGET (phoenix_link_row_get_field (PHOENIX_LINK_ROW (row), "label")));
    }
}


void
_phoenix_cv_page_validate_links (PhoenixCvPage *self,
                                 gboolean       show_invalid)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->links_list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (PHOENIX_IS_LINK_ROW (child))
      phoenix_link_row_validate (PHOENIX_LINK_ROW (child), show_invalid);
}

void
_phoenix_cv_page_bind_links (PhoenixCvPage *self,
                             GListStore    *links)
{
  /* Saved by the profile's autosave, which sees the links change through the profile. */
  gtk_list_box_bind_model (self->links_list, G_LIST_MODEL (links), create_link_row, self, NULL);
}

void
_phoenix_cv_page_class_init_links (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "cv.add-link", NULL, add_link_action);
}

void
_phoenix_cv_page_init_links (PhoenixCvPage *self)
{
  self->tracked_links = g_hash_table_new (NULL, NULL);
}

void
_phoenix_cv_page_finalize_links (PhoenixCvPage *self)
{
  GHashTableIter iter;
  gpointer link;

  g_hash_table_iter_init (&iter, self->tracked_links);
  while (g_hash_table_iter_next (&iter, &link, NULL))
    g_object_weak_unref (link, (GWeakNotify) forget_link, self->tracked_links);
  g_clear_pointer (&self->tracked_links, g_hash_table_unref);
}

static PhoenixLinkRow *
link_row_at (PhoenixCvPage *self,
             guint          position)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->links_list, position);

  return PHOENIX_IS_LINK_ROW (row) ? PHOENIX_LINK_ROW (row) : NULL;
}

GtkEditable *
_phoenix_cv_page_get_link_row (PhoenixCvPage *self,
                               guint          position,
                               const char    *field)
{
  PhoenixLinkRow *row = link_row_at (self, position);

  return row != NULL ? phoenix_link_row_get_field (row, field) : NULL;
}

const char *
_phoenix_cv_page_get_link_error (PhoenixCvPage *self,
                                 guint          position)
{
  PhoenixLinkRow *row = link_row_at (self, position);

  g_return_val_if_fail (row != NULL, NULL);

  return phoenix_link_row_get_error (row);
}

void
_phoenix_cv_page_remove_link (PhoenixCvPage *self,
                              guint          position)
{
  PhoenixLinkRow *row = link_row_at (self, position);

  g_return_if_fail (row != NULL);

  g_signal_emit_by_name (row, "remove");
}
