/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/*
 * PhoenixWindow's parts and test hooks: phoenix-window.c (pages, lock, state) and
 * phoenix-window-import.c (the PDF import and the ATS check), and the accessors the UI
 * tests and the screenshot tool drive the real window with. Not for other classes.
 */

#include <adwaita.h>

#include "phoenix-ats-window.h"
#include "phoenix-cv-page.h"
#include "phoenix-import-dialog.h"
#include "phoenix-overview-page.h"
#include "phoenix-unlock-page.h"
#include "phoenix-welcome-page.h"
#include "phoenix-lock-monitor.h"
#include "phoenix-profile-autosave.h"
#include "phoenix-window.h"

G_BEGIN_DECLS

/* "welcome", "unlock" or "main" */
/* Whether the profile is being read in its worker (unlocked, not shown yet). */
gboolean            _phoenix_window_get_loading           (PhoenixWindow      *self);
const char         *_phoenix_window_get_state             (PhoenixWindow      *self);

/* The main view's stack and switcher title: NULL until the vault is first unlocked (the main
 * view, PhoenixMainView, is made then). */
AdwViewStack       *_phoenix_window_get_view_stack        (PhoenixWindow      *self);
AdwViewSwitcherTitle *_phoenix_window_get_switcher_title  (PhoenixWindow      *self);

/* The welcome or unlock page's menu button, whichever page shows; NULL on the main view. */
GtkMenuButton      *_phoenix_window_get_page_menu_button  (PhoenixWindow      *self);

/* The page getters return NULL until the page was first shown: nothing is built before it is seen. */
PhoenixWelcomePage *_phoenix_window_get_welcome_page      (PhoenixWindow      *self);

PhoenixUnlockPage  *_phoenix_window_get_unlock_page       (PhoenixWindow      *self);

PhoenixOverviewPage *_phoenix_window_get_overview_page    (PhoenixWindow      *self);

PhoenixCvPage      *_phoenix_window_get_cv_page           (PhoenixWindow      *self);

/* The page @name ("welcome", "unlock", "overview", "cv", "letters", "training"), NULL while not built. */
GtkWidget          *_phoenix_window_get_page              (PhoenixWindow      *self,
                                                           const char         *name);

/* Builds the main view's page @name if it is not built yet, and returns it (NULL for no such page). */
GtkWidget          *_phoenix_window_ensure_page           (PhoenixWindow      *self,
                                                           const char         *name);

/* Moves the last input @seconds into the past and runs the auto-lock check now. */
PhoenixLockMonitor *_phoenix_window_get_lock_monitor      (PhoenixWindow      *self);
void                _phoenix_window_pretend_idle          (PhoenixWindow      *self,
                                                           guint               seconds);

/* phoenix-window.c */
PhoenixProfile      *_phoenix_window_get_profile            (PhoenixWindow       *self);
/* The profile's autosave, made at unlock and dropped at lock (NULL while locked). */
PhoenixProfileAutosave *_phoenix_window_get_autosave        (PhoenixWindow       *self);
/* The follow-up reminders, made at unlock (the applications read in a low-priority idle after
 * the first frame, or when the Letters page is shown first) and dropped at lock; how many
 * fell due while the window ran (each a desktop notification where there is a session bus). */
PhoenixFollowUpReminders *_phoenix_window_get_reminders     (PhoenixWindow       *self);
guint               _phoenix_window_get_n_reminders         (PhoenixWindow       *self);

/* phoenix-window-help.c: win.show-help-overlay, the Shortcuts window made when first shown
 * (or asked for here). */
void                 _phoenix_window_setup_help             (PhoenixWindow       *self);
GtkShortcutsWindow  *_phoenix_window_ensure_help_overlay    (PhoenixWindow       *self);
/* phoenix-window-geometry.c: the window's size and maximised state, kept in GSettings */
gboolean             _phoenix_window_restore_geometry       (GtkWindow           *window,
                                                             GSettings           *settings);
void                 _phoenix_window_save_geometry          (GtkWindow           *window,
                                                             GSettings           *settings);

/* phoenix-window-import.c: installs win.import-pdf, win.undo-import and win.ats-check. */
void                 _phoenix_window_class_setup_import     (GtkWidgetClass      *widget_class);

/* Drag and drop of a PDF on @drop_area. */
void                 _phoenix_window_setup_import           (PhoenixWindow       *self,
                                                             GtkWidget           *drop_area);

/* Closes the preview, the ATS window and any import dialog (the vault was locked). */
void                 _phoenix_window_close_import           (PhoenixWindow       *self);

/* What the file chooser and a drop do with the chosen file. */
void                 _phoenix_window_import_file            (PhoenixWindow       *self,
                                                             GFile               *file);

gboolean             _phoenix_window_get_import_busy        (PhoenixWindow       *self);

/* Clicks Cancel on the progress dialog; FALSE when none is shown. */
gboolean             _phoenix_window_cancel_import          (PhoenixWindow       *self);

/* The preview being shown, or NULL. */
PhoenixImportDialog *_phoenix_window_get_import_dialog      (PhoenixWindow       *self);

/* The password question or the error shown, or NULL. */
AdwMessageDialog    *_phoenix_window_get_import_message     (PhoenixWindow       *self);

/* The password entry of the password question. */
GtkEditable         *_phoenix_window_get_import_password    (PhoenixWindow       *self);

/* The ATS window opened by win.ats-check, or NULL. */
PhoenixAtsWindow    *_phoenix_window_get_ats_window         (PhoenixWindow       *self);

G_END_DECLS
