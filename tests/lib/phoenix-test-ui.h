/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "phoenix-application.h"
#include "phoenix-cv-page.h"
#include "phoenix-window.h"

G_BEGIN_DECLS

/*
 * The harness the UI tests share: the real application run under Xvfb, a vault in
 * a temporary folder (PHOENIX_VAULT_PATH) with the cheap test key derivation
 * (PHOENIX_KDF_TEST=1), waits bounded against hangs, and the first-run and unlock
 * steps. A test uses PhoenixTestUi as its fixture (g_test_add with
 * phoenix_test_ui_setup and phoenix_test_ui_teardown); its own fields go in
 * @data, freed by @data_free at teardown.
 */

#define PHOENIX_TEST_UI_PASSPHRASE "Tulipe-velo-Rhone-2031"
/* A guard against hangs only, not a performance assertion. */
#define PHOENIX_TEST_UI_WAIT_LIMIT_SECONDS 60

typedef struct _PhoenixTestUi PhoenixTestUi;
typedef void (*PhoenixTestUiSteps) (PhoenixTestUi *ui);
typedef gboolean (*PhoenixTestUiCondition) (PhoenixTestUi *ui);

struct _PhoenixTestUi
{
  char               *tmpdir;
  char               *vault_path;
  PhoenixApplication *app;
  PhoenixWindow      *window;
  PhoenixTestUiSteps  steps;
  /* Set by setup; a test may change them in its own setup. */
  guint               wait_limit_seconds;
  gboolean            check_locked_after_run;
  /* A test's own fields. */
  gpointer            data;
  GDestroyNotify      data_free;
};

void         phoenix_test_ui_init           (int                     *argc,
                                             char                  ***argv,
                                             const char              *language);
void         phoenix_test_ui_setup          (PhoenixTestUi           *ui,
                                             gconstpointer            data);
void         phoenix_test_ui_teardown       (PhoenixTestUi           *ui,
                                             gconstpointer            data);
void         phoenix_test_ui_wait_until     (PhoenixTestUi           *ui,
                                             PhoenixTestUiCondition   condition,
                                             const char              *what);
void         phoenix_test_ui_spin           (guint                    milliseconds);
void         phoenix_test_ui_run_app        (PhoenixTestUi           *ui,
                                             PhoenixTestUiSteps       steps);
char        *phoenix_test_ui_checksum_file  (const char              *path);
/* The first toplevel window of @type, NULL when none is open. */
GtkWindow   *phoenix_test_ui_find_toplevel  (GType                    type);

const char  *phoenix_test_ui_state          (PhoenixTestUi           *ui);
gboolean     phoenix_test_ui_is_main        (PhoenixTestUi           *ui);
gboolean     phoenix_test_ui_is_locked      (PhoenixTestUi           *ui);
gboolean     phoenix_test_ui_saved          (PhoenixTestUi           *ui);
/* Shows the main view's page @name ("overview", "cv", "letters", "training") as its tab does,
 * and returns it: the window builds a page the first time it is shown, so a test shows a
 * page before reading its widgets. */
GtkWidget   *phoenix_test_ui_show_page      (PhoenixTestUi           *ui,
                                             const char              *name);
/* The CV page, built if it was not yet (without showing it), and the profile it edits. */
PhoenixCvPage  *phoenix_test_ui_cv_page     (PhoenixTestUi           *ui);
PhoenixProfile *phoenix_test_ui_cv_profile  (PhoenixTestUi           *ui);
/* TRUE once the CV page holds all it shows: a new profile's or an import's rows are built a
 * few a main-loop turn, and the preview laid out in a worker (issue #20). */
gboolean        phoenix_test_ui_cv_complete (PhoenixTestUi           *ui);
/* The CV page once complete (waits for it). */
PhoenixCvPage  *phoenix_test_ui_cv_page_complete (PhoenixTestUi      *ui);
GtkEditable *phoenix_test_ui_cv_row         (PhoenixTestUi           *ui,
                                             const char              *field);
void         phoenix_test_ui_create_vault   (PhoenixTestUi           *ui);
void         phoenix_test_ui_unlock         (PhoenixTestUi           *ui,
                                             const char              *passphrase);

G_END_DECLS
