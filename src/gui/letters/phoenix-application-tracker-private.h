/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "phoenix-application-tracker.h"

G_BEGIN_DECLS

/* For the UI tests and the file chooser's answer. */
gboolean    _phoenix_application_tracker_export_csv  (PhoenixApplicationTracker  *self,
                                                      GFile                      *file,
                                                      GError                    **error);
guint       _phoenix_application_tracker_get_n_shown (PhoenixApplicationTracker  *self);
void        _phoenix_application_tracker_search      (PhoenixApplicationTracker  *self,
                                                      const char                 *text);
void        _phoenix_application_tracker_show_board  (PhoenixApplicationTracker  *self,
                                                      gboolean                    board);
/* The cards built in the board's column of @status, and its "Show More" button. */
guint       _phoenix_application_tracker_get_n_cards (PhoenixApplicationTracker  *self,
                                                     PhoenixApplicationStatus    status,
                                                     GtkWidget                 **more);
const char *_phoenix_application_tracker_get_stats   (PhoenixApplicationTracker  *self);

G_END_DECLS
