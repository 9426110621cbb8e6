/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-applications"

#include "config.h"

#include <string.h>

#include "phoenix-application-csv.h"
#include "phoenix-application-query.h"
#include "phoenix-application-reminders.h"
#include "phoenix-application-stats.h"
#include "phoenix-application-store.h"
#include "phoenix-application-tailor.h"
#include "phoenix-follow-up-reminders.h"
#include "phoenix-json-resume.h"
#include "phoenix-profile-entries.h"
#include "phoenix-letter-store.h"
#include "phoenix-sector.h"
#include "phoenix-test-util.h"
#include "phoenix-ats.h"

/*
 * The application tracker: status history, its store in a real vault (5,000 applications
 * too), search and sort, rates per sector, channel and letter draft, follow-up reminders on
 * a fake clock, the CSV export.
 */

#define DAY (24 * 60 * 60)
#define T0 ((gint64) 1735689600)  /* 2025-01-01 00:00 UTC */

static PhoenixVault *
new_vault (PhoenixTestDir *f)
{
  g_autofree char *path = g_build_filename (f->dir, "vault.db", NULL);
  PhoenixVault *vault = phoenix_vault_new (path);
  g_autoptr(GError) error = NULL;

  phoenix_vault_set_kdf_params (vault, &phoenix_kdf_test_params);
  g_assert_true (phoenix_vault_create (vault, "correct horse battery staple", NULL, &error));
  g_assert_no_error (error);
  return vault;
}

static void
reopen (PhoenixVault *vault)
{
  g_autoptr(GError) error = NULL;

  phoenix_vault_lock (vault);
  g_assert_true (phoenix_vault_unlock (vault, "correct horse battery staple", NULL, &error));
  g_assert_no_error (error);
}

static PhoenixJobApplication *
application (const char                *company,
             const char                *position,
             const char                *sector,
             PhoenixApplicationChannel  channel)
{
  PhoenixJobApplication *app = phoenix_job_application_new (company, position);

  phoenix_job_application_set_sector (app, sector);
  phoenix_job_application_set_channel (app, channel);
  phoenix_job_application_set_status (app, PHOENIX_APPLICATION_STATUS_TO_APPLY, T0, NULL);
  return app;
}

static void
test_status_history (void)
{
  g_autoptr(PhoenixJobApplication) app = application ("Acme", "Data Analyst", "M", PHOENIX_APPLICATION_CHANNEL_JOB_BOARD);
  GArray *history = phoenix_job_application_get_history (app);
  PhoenixApplicationStatus status;
  guint changed = 0;

  g_signal_connect_swapped (app, "changed", G_CALLBACK (g_atomic_int_inc), &changed);
  g_assert_cmpint (phoenix_job_application_get_status (app), ==, PHOENIX_APPLICATION_STATUS_TO_APPLY);
  g_assert_cmpint (phoenix_job_application_get_sent_at (app), ==, 0);

  phoenix_job_application_set_status (app, PHOENIX_APPLICATION_STATUS_SENT, T0 + DAY, "by email");
  phoenix_job_application_set_status (app, PHOENIX_APPLICATION_STATUS_SENT, T0 + 2 * DAY, NULL);  /* no change */
  phoenix_job_application_set_status (app, PHOENIX_APPLICATION_STATUS_INTERVIEW, T0 + 10 * DAY, NULL);
  phoenix_job_application_set_status (app, PHOENIX_APPLICATION_STATUS_REJECTED, T0 + 20 * DAY, NULL);

  g_assert_cmpuint (history->len, ==, 4);
  g_assert_cmpint (g_array_index (history, PhoenixStatusChange, 1).status, ==, PHOENIX_APPLICATION_STATUS_SENT);
  g_assert_cmpstr (g_array_index (history, PhoenixStatusChange, 1).note, ==, "by email");
  g_assert_cmpint (g_array_index (history, PhoenixStatusChange, 2).changed_at, ==, T0 + 10 * DAY);
  g_assert_cmpint (phoenix_job_application_get_status (app), ==, PHOENIX_APPLICATION_STATUS_REJECTED);
  /* The first move to "sent" dates the sending. */
  g_assert_cmpint (phoenix_job_application_get_sent_at (app), ==, T0 + DAY);
  g_assert_true (phoenix_job_application_reached (app, PHOENIX_APPLICATION_STATUS_INTERVIEW));
  g_assert_false (phoenix_job_application_reached (app, PHOENIX_APPLICATION_STATUS_OFFER));
  g_assert_cmpuint (changed, ==, 3);

  for (guint s = 0; s < PHOENIX_APPLICATION_N_STATUSES; s++)
    {
      g_assert_true (phoenix_application_status_from_string (phoenix_application_status_to_string (s), &status));
      g_assert_cmpint (status, ==, s);
      g_assert_cmpstr (phoenix_application_status_get_label (s), !=, "");
    }
  g_assert_false (phoenix_application_status_from_string ("lost", &status));
  for (guint c = 0; c < PHOENIX_APPLICATION_N_CHANNELS; c++)
    g_assert_cmpint (phoenix_application_channel_from_string (phoenix_application_channel_to_string (c)), ==, c);
}

static void
test_sectors (void)
{
  guint n;
  const PhoenixSector *sectors = phoenix_sectors_get (&n);

  g_assert_cmpuint (n, ==, 14);
  for (guint i = 0; i < n; i++)
    {
      g_assert_cmpint (sectors[i].code[0], ==, 'A' + (int) i);
      g_assert_cmpstr (phoenix_sector_get_label (sectors[i].code, "fr"), ==, sectors[i].label_fr);
      g_assert_cmpstr (phoenix_sector_get_label (sectors[i].code, "en"), ==, sectors[i].label_en);
    }
  g_assert_cmpstr (phoenix_sector_from_occupation ("M1403"), ==, "M");
  g_assert_cmpstr (phoenix_sector_from_occupation ("J1506"), ==, "J");
  g_assert_cmpstr (phoenix_sector_from_occupation (""), ==, "");
  g_assert_cmpstr (phoenix_sector_from_occupation ("Z999"), ==, "");
  g_assert_cmpstr (phoenix_sector_get_label ("J", "fr"), ==, "Santé");
  g_assert_cmpstr (phoenix_sector_get_label ("J", "en"), ==, "Health");
  g_assert_null (phoenix_sector_get_label ("Q", "fr"));
}

static void
test_store (PhoenixTestDir *f,
            gconstpointer   data)
{
  g_autoptr(PhoenixVault) vault = new_vault (f);
  g_autoptr(PhoenixJobApplication) app = application ("Santé Conseil", "Data Analyst", "M", PHOENIX_APPLICATION_CHANNEL_NETWORK);
  g_autoptr(PhoenixJobApplication) other = application ("Brightpath", "UX Designer", "E", PHOENIX_APPLICATION_CHANNEL_RECRUITER);
  g_autoptr(PhoenixLetter) letter = phoenix_letter_new ();
  g_autoptr(GListStore) list = NULL;
  g_autoptr(GListStore) letters = NULL;
  g_autoptr(GError) error = NULL;
  PhoenixJobApplication *apps[2];
  PhoenixJobApplication *loaded = NULL;
  GArray *history;

  phoenix_job_application_set_contact (app, "Mme Durand");
  phoenix_job_application_set_notes (app, "Rappeler, après le 15 \"urgent\"");
  phoenix_job_application_set_cv_variant (app, "variant-uid");
  phoenix_job_application_set_offer_id (app, 3);
  phoenix_job_application_set_follow_up_days (app, 7);
  phoenix_job_application_set_status (app, PHOENIX_APPLICATION_STATUS_SENT, T0 + DAY, NULL);
  apps[0] = app;
  apps[1] = other;
  g_assert_true (phoenix_application_store_save (vault, apps, 2, &error));
  g_assert_no_error (error);
  g_assert_cmpint (phoenix_job_application_get_id (app), >, 0);
  g_assert_cmpint (phoenix_job_application_get_id (other), >, phoenix_job_application_get_id (app));

  /* A letter of this application, its draft counted for the rates. */
  phoenix_letter_set (letter, PHOENIX_LETTER_FIELD_TEMPLATE, "story");
  phoenix_letter_set_application_id (letter, phoenix_job_application_get_id (app));
  g_assert_true (phoenix_letter_store_save (vault, letter, &error));

  /* Later steps are added to the history, not rewritten. */
  phoenix_job_application_set_status (app, PHOENIX_APPLICATION_STATUS_INTERVIEW, T0 + 9 * DAY, "lundi 10 h");
  g_assert_true (phoenix_application_store_save (vault, apps, 1, &error));

  reopen (vault);
  list = phoenix_application_store_list (vault, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(PhoenixJobApplication) item = g_list_model_get_item (G_LIST_MODEL (list), i);

      if (phoenix_job_application_get_id (item) == phoenix_job_application_get_id (app))
        loaded = item;
    }
  g_assert_nonnull (loaded);
  g_assert_cmpstr (phoenix_job_application_get_company (loaded), ==, "Santé Conseil");
  g_assert_cmpstr (phoenix_job_application_get_position (loaded), ==, "Data Analyst");
  g_assert_cmpstr (phoenix_job_application_get_sector (loaded), ==, "M");
  g_assert_cmpstr (phoenix_job_application_get_contact (loaded), ==, "Mme Durand");
  g_assert_cmpstr (phoenix_job_application_get_notes (loaded), ==, "Rappeler, après le 15 \"urgent\"");
  g_assert_cmpstr (phoenix_job_application_get_cv_variant (loaded), ==, "variant-uid");
  g_assert_cmpstr (phoenix_job_application_get_letter_template (loaded), ==, "story");
  g_assert_cmpint (phoenix_job_application_get_offer_id (loaded), ==, 3);
  g_assert_cmpint (phoenix_job_application_get_channel (loaded), ==, PHOENIX_APPLICATION_CHANNEL_NETWORK);
  g_assert_cmpuint (phoenix_job_application_get_follow_up_days (loaded), ==, 7);
  g_assert_cmpint (phoenix_job_application_get_sent_at (loaded), ==, T0 + DAY);
  g_assert_cmpint (phoenix_job_application_get_status (loaded), ==, PHOENIX_APPLICATION_STATUS_INTERVIEW);
  history = phoenix_job_application_get_history (loaded);
  g_assert_cmpuint (history->len, ==, 3);
  g_assert_cmpint (g_array_index (history, PhoenixStatusChange, 0).status, ==, PHOENIX_APPLICATION_STATUS_TO_APPLY);
  g_assert_cmpint (g_array_index (history, PhoenixStatusChange, 2).changed_at, ==, T0 + 9 * DAY);
  g_assert_cmpstr (g_array_index (history, PhoenixStatusChange, 2).note, ==, "lundi 10 h");

  /* Deleting the application keeps its letter, belonging to none. */
  g_assert_true (phoenix_application_store_delete (vault, phoenix_job_application_get_id (app), &error));
  g_clear_object (&list);
  list = phoenix_application_store_list (vault, &error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 1);
  letters = phoenix_letter_store_list (vault, 0, &error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (letters)), ==, 1);
  {
    g_autoptr(PhoenixLetter) kept = g_list_model_get_item (G_LIST_MODEL (letters), 0);

    g_assert_cmpint (phoenix_letter_get_application_id (kept), ==, 0);
  }

  phoenix_vault_lock (vault);
  g_assert_false (phoenix_application_store_save (vault, apps, 1, &error));
  g_assert_error (error, PHOENIX_VAULT_ERROR, PHOENIX_VAULT_ERROR_LOCKED);
}

/* Outcomes per (sector, channel, draft): sent?, then the furthest step. */
static GListStore *
sample_applications (void)
{
  static const struct {
    const char *sector;
    PhoenixApplicationChannel channel;
    const char *draft;
    PhoenixApplicationStatus steps[3];
  } rows[] = {
    { "M", PHOENIX_APPLICATION_CHANNEL_JOB_BOARD, "story", { PHOENIX_APPLICATION_STATUS_SENT, PHOENIX_APPLICATION_STATUS_INTERVIEW, PHOENIX_APPLICATION_STATUS_OFFER } },
    { "M", PHOENIX_APPLICATION_CHANNEL_JOB_BOARD, "story", { PHOENIX_APPLICATION_STATUS_SENT, PHOENIX_APPLICATION_STATUS_REJECTED } },
    { "M", PHOENIX_APPLICATION_CHANNEL_NETWORK, "skills", { PHOENIX_APPLICATION_STATUS_SENT, PHOENIX_APPLICATION_STATUS_FOLLOW_UP, PHOENIX_APPLICATION_STATUS_NO_ANSWER } },
    { "M", PHOENIX_APPLICATION_CHANNEL_NETWORK, "skills", { PHOENIX_APPLICATION_STATUS_SENT } },
    { "J", PHOENIX_APPLICATION_CHANNEL_SPONTANEOUS, "story", { PHOENIX_APPLICATION_STATUS_SENT, PHOENIX_APPLICATION_STATUS_INTERVIEW, PHOENIX_APPLICATION_STATUS_REJECTED } },
    { "J", PHOENIX_APPLICATION_CHANNEL_SPONTANEOUS, "", { PHOENIX_APPLICATION_STATUS_TO_APPLY } },
    { "E", PHOENIX_APPLICATION_CHANNEL_RECRUITER, "company", { PHOENIX_APPLICATION_STATUS_SENT, PHOENIX_APPLICATION_STATUS_NO_ANSWER } },
    { "", PHOENIX_APPLICATION_CHANNEL_NONE, "", { PHOENIX_APPLICATION_STATUS_SENT, PHOENIX_APPLICATION_STATUS_REJECTED } },
  };
  GListStore *store = g_list_store_new (PHOENIX_TYPE_JOB_APPLICATION);

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autofree char *company = g_strdup_printf ("Company %u", i);
      g_autoptr(PhoenixJobApplication) app = application (company, "Job", rows[i].sector, rows[i].channel);

      phoenix_job_application_set_letter_template (app, rows[i].draft);
      for (guint s = 0; s < G_N_ELEMENTS (rows[i].steps) && (s == 0 || rows[i].steps[s] != 0); s++)
        phoenix_job_application_set_status (app, rows[i].steps[s], T0 + (s + 1) * DAY, NULL);
      g_list_store_append (store, app);
    }
  return store;
}

static const PhoenixApplicationRate *
find_rate (GPtrArray  *rates,
           const char *key)
{
  for (guint i = 0; i < rates->len; i++)
    {
      const PhoenixApplicationRate *rate = rates->pdata[i];

      if (g_str_equal (rate->key, key))
        return rate;
    }
  g_error ("no rate for “%s”", key);
  return NULL;
}

static void
assert_rate (GPtrArray  *rates,
             const char *key,
             guint       total,
             guint       sent,
             guint       responses,
             guint       interviews)
{
  const PhoenixApplicationRate *rate = find_rate (rates, key);

  g_assert_cmpuint (rate->total, ==, total);
  g_assert_cmpuint (rate->sent, ==, sent);
  g_assert_cmpuint (rate->responses, ==, responses);
  g_assert_cmpuint (rate->interviews, ==, interviews);
  if (sent > 0)
    {
      g_assert_cmpfloat_with_epsilon (phoenix_application_rate_get_response (rate), (double) responses / sent, 1e-9);
      g_assert_cmpfloat_with_epsilon (phoenix_application_rate_get_interview (rate), (double) interviews / sent, 1e-9);
    }
  else
    {
      g_assert_cmpfloat (phoenix_application_rate_get_response (rate), ==, 0);
    }
}

static void
test_rates (void)
{
  g_autoptr(GListStore) store = sample_applications ();
  GListModel *model = G_LIST_MODEL (store);
  g_autoptr(GPtrArray) all = phoenix_application_stats_compute (model, PHOENIX_APPLICATION_GROUP_ALL);
  g_autoptr(GPtrArray) sectors = phoenix_application_stats_compute (model, PHOENIX_APPLICATION_GROUP_SECTOR);
  g_autoptr(GPtrArray) channels = phoenix_application_stats_compute (model, PHOENIX_APPLICATION_GROUP_CHANNEL);
  g_autoptr(GPtrArray) drafts = phoenix_application_stats_compute (model, PHOENIX_APPLICATION_GROUP_TEMPLATE);
  g_autoptr(GListStore) empty = g_list_store_new (PHOENIX_TYPE_JOB_APPLICATION);
  g_autoptr(GPtrArray) none = phoenix_application_stats_compute (G_LIST_MODEL (empty), PHOENIX_APPLICATION_GROUP_ALL);

  /* 7 sent of 8; responses: offer, rejected, interview+rejected, rejected = 4; interviews: 2. */
  g_assert_cmpuint (all->len, ==, 1);
  assert_rate (all, "", 8, 7, 4, 2);

  g_assert_cmpuint (sectors->len, ==, 4);
  g_assert_cmpstr (((PhoenixApplicationRate *) sectors->pdata[0])->key, ==, "E");
  g_assert_cmpstr (((PhoenixApplicationRate *) sectors->pdata[3])->key, ==, "");  /* none last */
  assert_rate (sectors, "M", 4, 4, 2, 1);
  assert_rate (sectors, "J", 2, 1, 1, 1);
  assert_rate (sectors, "E", 1, 1, 0, 0);
  assert_rate (sectors, "", 1, 1, 1, 0);

  assert_rate (channels, "job-board", 2, 2, 2, 1);
  assert_rate (channels, "network", 2, 2, 0, 0);
  assert_rate (channels, "spontaneous", 2, 1, 1, 1);
  assert_rate (channels, "recruiter", 1, 1, 0, 0);

  assert_rate (drafts, "story", 3, 3, 3, 2);
  assert_rate (drafts, "skills", 2, 2, 0, 0);
  assert_rate (drafts, "company", 1, 1, 0, 0);

  assert_rate (none, "", 0, 0, 0, 0);
}

static gint64 fake_now;

static gint64
fake_clock (gpointer user_data)
{
  return fake_now;
}

static void
count_due_cb (PhoenixReminderScheduler *scheduler,
              PhoenixJobApplication    *app,
              gpointer                  user_data)
{
  GPtrArray *seen = user_data;

  g_ptr_array_add (seen, app);
}

static void
test_reminders (void)
{
  g_autoptr(GListStore) store = g_list_store_new (PHOENIX_TYPE_JOB_APPLICATION);
  g_autoptr(PhoenixJobApplication) week = application ("Week", "Job", "M", PHOENIX_APPLICATION_CHANNEL_JOB_BOARD);
  g_autoptr(PhoenixJobApplication) fortnight = application ("Fortnight", "Job", "M", PHOENIX_APPLICATION_CHANNEL_JOB_BOARD);
  g_autoptr(PhoenixJobApplication) answered = application ("Answered", "Job", "M", PHOENIX_APPLICATION_CHANNEL_JOB_BOARD);
  g_autoptr(PhoenixJobApplication) unsent = application ("Unsent", "Job", "M", PHOENIX_APPLICATION_CHANNEL_JOB_BOARD);
  g_autoptr(PhoenixReminderScheduler) scheduler = NULL;
  g_autoptr(GPtrArray) seen = g_ptr_array_new ();
  g_autoptr(GPtrArray) due = NULL;

  phoenix_job_application_set_follow_up_days (week, 7);
  phoenix_job_application_set_status (week, PHOENIX_APPLICATION_STATUS_SENT, T0, NULL);
  phoenix_job_application_set_follow_up_days (fortnight, 14);
  phoenix_job_application_set_status (fortnight, PHOENIX_APPLICATION_STATUS_SENT, T0 + DAY, NULL);
  phoenix_job_application_set_follow_up_days (answered, 7);
  phoenix_job_application_set_status (answered, PHOENIX_APPLICATION_STATUS_SENT, T0, NULL);
  phoenix_job_application_set_status (answered, PHOENIX_APPLICATION_STATUS_INTERVIEW, T0 + 3 * DAY, NULL);
  phoenix_job_application_set_follow_up_days (unsent, 7);
  g_list_store_append (store, unsent);
  g_list_store_append (store, fortnight);
  g_list_store_append (store, answered);
  g_list_store_append (store, week);

  g_assert_cmpint (phoenix_job_application_get_follow_up_due (week), ==, T0 + 7 * DAY);
  g_assert_cmpint (phoenix_job_application_get_follow_up_due (fortnight), ==, T0 + 15 * DAY);
  g_assert_cmpint (phoenix_job_application_get_follow_up_due (answered), ==, 0);
  g_assert_cmpint (phoenix_job_application_get_follow_up_due (unsent), ==, 0);

  scheduler = phoenix_reminder_scheduler_new (G_LIST_MODEL (store));
  fake_now = T0 + 7 * DAY - 1;
  phoenix_reminder_scheduler_set_clock (scheduler, fake_clock, NULL);
  g_signal_connect (scheduler, "due", G_CALLBACK (count_due_cb), seen);
  g_assert_cmpint (phoenix_reminder_scheduler_get_next_due (scheduler), ==, T0 + 7 * DAY);

  /* One second early: nothing. */
  g_assert_cmpuint (phoenix_reminder_scheduler_check (scheduler), ==, 0);
  g_assert_cmpuint (seen->len, ==, 0);
  /* On time: the one-week reminder, once. */
  fake_now = T0 + 7 * DAY;
  g_assert_cmpuint (phoenix_reminder_scheduler_check (scheduler), ==, 1);
  g_assert_true (seen->pdata[0] == week);
  g_assert_cmpint (phoenix_job_application_get_reminded_at (week), ==, fake_now);
  g_assert_cmpuint (phoenix_reminder_scheduler_check (scheduler), ==, 0);
  g_assert_cmpint (phoenix_reminder_scheduler_get_next_due (scheduler), ==, T0 + 15 * DAY);

  /* The app was closed for a month: on the next start, what fell due meanwhile, oldest first. */
  fake_now = T0 + 40 * DAY;
  phoenix_job_application_set_reminded_at (week, 0);
  due = phoenix_application_reminders_due (G_LIST_MODEL (store), fake_now);
  g_assert_cmpuint (due->len, ==, 2);
  g_assert_true (due->pdata[0] == week);
  g_assert_true (due->pdata[1] == fortnight);

  /* A follow-up done, or an answer, ends the reminder. */
  phoenix_job_application_set_status (fortnight, PHOENIX_APPLICATION_STATUS_FOLLOW_UP, T0 + 16 * DAY, NULL);
  g_assert_cmpint (phoenix_job_application_get_follow_up_due (fortnight), ==, 0);
  g_assert_cmpuint (phoenix_reminder_scheduler_check (scheduler), ==, 1);
  g_assert_cmpuint (phoenix_reminder_scheduler_get_next_due (scheduler), ==, 0);
}

static void
follow_up_due_cb (PhoenixFollowUpReminders *reminders,
                  PhoenixJobApplication    *app,
                  GPtrArray                *seen)
{
  g_ptr_array_add (seen, g_object_ref (app));
}

/* The window's reminders on a real vault: what fell due while closed is counted once and
 * kept; what falls due while running is emitted once, already saved. */
static void
test_follow_up_reminders (PhoenixTestDir *f,
                          gconstpointer   data)
{
  g_autoptr(PhoenixVault) vault = new_vault (f);
  g_autoptr(PhoenixJobApplication) missed = application ("Missed", "Job", "M", PHOENIX_APPLICATION_CHANNEL_JOB_BOARD);
  g_autoptr(PhoenixJobApplication) later = application ("Later", "Job", "M", PHOENIX_APPLICATION_CHANNEL_JOB_BOARD);
  PhoenixJobApplication *apps[2] = { missed, later };
  g_autoptr(PhoenixFollowUpReminders) reminders = phoenix_follow_up_reminders_new (vault);
  g_autoptr(PhoenixFollowUpReminders) next_start = NULL;
  g_autoptr(GPtrArray) seen = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GListStore) stored = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *list;

  phoenix_job_application_set_follow_up_days (missed, 7);
  phoenix_job_application_set_status (missed, PHOENIX_APPLICATION_STATUS_SENT, T0, NULL);
  phoenix_job_application_set_follow_up_days (later, 14);
  phoenix_job_application_set_status (later, PHOENIX_APPLICATION_STATUS_SENT, T0, NULL);
  g_assert_true (phoenix_application_store_save (vault, apps, 2, &error));
  g_assert_no_error (error);

  fake_now = T0 + 10 * DAY;
  phoenix_follow_up_reminders_set_clock (reminders, fake_clock, NULL);
  g_signal_connect (reminders, "due", G_CALLBACK (follow_up_due_cb), seen);
  g_assert_false (phoenix_follow_up_reminders_get_loaded (reminders));
  g_assert_true (phoenix_follow_up_reminders_load (reminders, &error));
  g_assert_no_error (error);
  g_assert_true (phoenix_follow_up_reminders_get_loaded (reminders));
  list = G_LIST_MODEL (phoenix_follow_up_reminders_get_applications (reminders));
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 2);
  /* Fell due while closed: for the banner, not a notification; taken once. */
  g_assert_cmpuint (seen->len, ==, 0);
  g_assert_cmpuint (phoenix_follow_up_reminders_take_missed (reminders), ==, 1);
  g_assert_cmpuint (phoenix_follow_up_reminders_take_missed (reminders), ==, 0);

  /* Falls due while running: emitted once, kept in the vault. */
  fake_now = T0 + 14 * DAY;
  g_assert_cmpuint (phoenix_follow_up_reminders_check (reminders), ==, 1);
  g_assert_cmpuint (seen->len, ==, 1);
  g_assert_cmpstr (phoenix_job_application_get_company (seen->pdata[0]), ==, "Later");
  g_assert_cmpuint (phoenix_follow_up_reminders_check (reminders), ==, 0);
  g_assert_cmpuint (seen->len, ==, 1);

  /* The next start finds nothing new to show. */
  stored = phoenix_application_store_list (vault, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (stored)); i++)
    {
      g_autoptr(PhoenixJobApplication) app = g_list_model_get_item (G_LIST_MODEL (stored), i);

      g_assert_cmpint (phoenix_job_application_get_reminded_at (app), >, 0);
    }
  next_start = phoenix_follow_up_reminders_new (vault);
  phoenix_follow_up_reminders_set_clock (next_start, fake_clock, NULL);
  g_assert_true (phoenix_follow_up_reminders_load (next_start, &error));
  g_assert_cmpuint (phoenix_follow_up_reminders_take_missed (next_start), ==, 0);
  g_clear_object (&next_start);
  g_clear_object (&reminders);
  phoenix_vault_lock (vault);
}

/* The scheduler's own timer fires on the main loop when a reminder falls due. */
static gboolean
quit_cb (gpointer user_data)
{
  g_main_loop_quit (user_data);
  return G_SOURCE_REMOVE;
}

static void
test_reminder_timer (void)
{
  g_autoptr(GListStore) store = g_list_store_new (PHOENIX_TYPE_JOB_APPLICATION);
  g_autoptr(PhoenixJobApplication) app = application ("Soon", "Job", "M", PHOENIX_APPLICATION_CHANNEL_JOB_BOARD);
  g_autoptr(PhoenixReminderScheduler) scheduler = NULL;
  g_autoptr(GPtrArray) seen = g_ptr_array_new ();
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  guint guard;

  /* Sent a day ago (real clock), reminder after one day: due in a second at most. */
  phoenix_job_application_set_follow_up_days (app, 1);
  phoenix_job_application_set_status (app, PHOENIX_APPLICATION_STATUS_SENT, g_get_real_time () / G_USEC_PER_SEC - DAY + 1, NULL);
  scheduler = phoenix_reminder_scheduler_new (G_LIST_MODEL (store));
  g_signal_connect (scheduler, "due", G_CALLBACK (count_due_cb), seen);
  g_signal_connect_swapped (scheduler, "due", G_CALLBACK (g_main_loop_quit), loop);
  g_list_store_append (store, app);  /* arms the timer */
  guard = g_timeout_add_seconds (10, quit_cb, loop);
  g_main_loop_run (loop);
  g_source_remove (guard);
  g_assert_cmpuint (seen->len, ==, 1);
}

static void
test_query_and_sort (void)
{
  g_autoptr(GListStore) store = g_list_store_new (PHOENIX_TYPE_JOB_APPLICATION);
  g_autoptr(PhoenixJobApplication) a = application ("Hôpital Édouard Herriot", "Chargée d'études", "J", PHOENIX_APPLICATION_CHANNEL_NETWORK);
  g_autoptr(PhoenixJobApplication) b = application ("Acme", "Data Analyst", "M", PHOENIX_APPLICATION_CHANNEL_JOB_BOARD);
  g_autoptr(PhoenixJobApplication) c = application ("Zeta", "Data Engineer", "M", PHOENIX_APPLICATION_CHANNEL_RECRUITER);
  g_autoptr(PhoenixApplicationQuery) query = phoenix_application_query_new ();

  phoenix_job_application_set_notes (b, "Contact via Léa");
  phoenix_job_application_set_status (b, PHOENIX_APPLICATION_STATUS_SENT, T0 + 5 * DAY, NULL);
  phoenix_job_application_set_status (c, PHOENIX_APPLICATION_STATUS_SENT, T0 + 2 * DAY, NULL);
  phoenix_job_application_set_status (c, PHOENIX_APPLICATION_STATUS_INTERVIEW, T0 + 6 * DAY, NULL);

  g_assert_true (phoenix_application_query_is_empty (query));
  g_assert_true (phoenix_application_query_matches (query, a));
  phoenix_application_query_set_text (query, "HOPITAL edouard");
  g_assert_false (phoenix_application_query_is_empty (query));
  g_assert_true (phoenix_application_query_matches (query, a));
  g_assert_false (phoenix_application_query_matches (query, b));
  phoenix_application_query_set_text (query, "lea");
  g_assert_true (phoenix_application_query_matches (query, b));
  phoenix_application_query_set_text (query, "data");
  g_assert_true (phoenix_application_query_matches (query, b) && phoenix_application_query_matches (query, c));
  phoenix_application_query_set_statuses (query, 1u << PHOENIX_APPLICATION_STATUS_INTERVIEW);
  g_assert_false (phoenix_application_query_matches (query, b));
  g_assert_true (phoenix_application_query_matches (query, c));
  phoenix_application_query_set_statuses (query, 0);
  phoenix_application_query_set_channel (query, PHOENIX_APPLICATION_CHANNEL_JOB_BOARD);
  g_assert_true (phoenix_application_query_matches (query, b));
  g_assert_false (phoenix_application_query_matches (query, c));
  phoenix_application_query_set_channel (query, -1);
  phoenix_application_query_set_text (query, NULL);
  phoenix_application_query_set_sector (query, "J");
  g_assert_true (phoenix_application_query_matches (query, a));
  g_assert_false (phoenix_application_query_matches (query, b));

  g_assert_cmpint (phoenix_job_application_compare (b, c, PHOENIX_APPLICATION_SORT_SENT), <, 0);  /* sent later first */
  g_assert_cmpint (phoenix_job_application_compare (a, b, PHOENIX_APPLICATION_SORT_SENT), >, 0);  /* unsent last */
  g_assert_cmpint (phoenix_job_application_compare (b, c, PHOENIX_APPLICATION_SORT_COMPANY), <, 0);
  g_assert_cmpint (phoenix_job_application_compare (c, b, PHOENIX_APPLICATION_SORT_STATUS), >, 0);
  g_assert_cmpint (phoenix_job_application_compare (a, b, PHOENIX_APPLICATION_SORT_STATUS), <, 0);
}

/* Splits one CSV text into rows of fields (RFC 4180), to read the export back. */
static GPtrArray *
parse_csv (const char *text)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  GPtrArray *row = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) field = g_string_new (NULL);
  gboolean quoted = FALSE;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (quoted)
        {
          if (*p == '"' && p[1] == '"')
            g_string_append_c (field, *p++);
          else if (*p == '"')
            quoted = FALSE;
          else
            g_string_append_c (field, *p);
        }
      else if (*p == '"')
        quoted = TRUE;
      else if (*p == ',')
        {
          g_ptr_array_add (row, g_strdup (field->str));
          g_string_truncate (field, 0);
        }
      else if (*p == '\r' && p[1] == '\n')
        {
          g_ptr_array_add (row, g_strdup (field->str));
          g_string_truncate (field, 0);
          g_ptr_array_add (rows, row);
          row = g_ptr_array_new_with_free_func (g_free);
          p++;
        }
      else
        g_string_append_c (field, *p);
    }
  g_assert_cmpuint (row->len, ==, 0);
  g_assert_cmpuint (field->len, ==, 0);
  g_ptr_array_unref (row);
  return rows;
}

static void
test_csv (void)
{
  g_autoptr(GListStore) store = g_list_store_new (PHOENIX_TYPE_JOB_APPLICATION);
  g_autoptr(PhoenixJobApplication) a = application ("Dupont, Fils & Cie", "Chargé \"senior\"", "M", PHOENIX_APPLICATION_CHANNEL_NETWORK);
  g_autoptr(PhoenixJobApplication) b = application ("Acme", "Data Analyst", "", PHOENIX_APPLICATION_CHANNEL_NONE);
  g_autofree char *csv = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  GPtrArray *row;

  phoenix_job_application_set_notes (a, "Ligne 1\nLigne 2");
  phoenix_job_application_set_follow_up_days (a, 10);
  phoenix_job_application_set_status (a, PHOENIX_APPLICATION_STATUS_SENT, T0 + 12 * 3600, NULL);
  phoenix_job_application_set_letter_template (a, "skills");
  g_list_store_append (store, a);
  g_list_store_append (store, b);

  csv = phoenix_application_csv_export (G_LIST_MODEL (store));
  g_assert_true (g_str_has_prefix (csv, "\xEF\xBB\xBF"));
  g_assert_true (g_utf8_validate (csv, -1, NULL));
  rows = parse_csv (csv + 3);
  g_assert_cmpuint (rows->len, ==, 3);
  for (guint i = 0; i < rows->len; i++)
    g_assert_cmpuint (((GPtrArray *) rows->pdata[i])->len, ==, 11);
  row = rows->pdata[0];
  g_assert_cmpstr (row->pdata[0], ==, "Company");
  g_assert_cmpstr (row->pdata[5], ==, "Date sent");
  row = rows->pdata[1];
  g_assert_cmpstr (row->pdata[0], ==, "Dupont, Fils & Cie");
  g_assert_cmpstr (row->pdata[1], ==, "Chargé \"senior\"");
  g_assert_cmpstr (row->pdata[2], ==, "M");
  g_assert_cmpstr (row->pdata[3], ==, "network");
  g_assert_cmpstr (row->pdata[4], ==, "sent");
  g_assert_true (g_str_has_prefix (row->pdata[5], "2025-01-0"));
  g_assert_cmpstr (row->pdata[7], ==, "10");
  g_assert_cmpstr (row->pdata[9], ==, "skills");
  g_assert_cmpstr (row->pdata[10], ==, "Ligne 1\nLigne 2");
  row = rows->pdata[2];
  g_assert_cmpstr (row->pdata[4], ==, "to-apply");
  g_assert_cmpstr (row->pdata[5], ==, "");
}

/* Thousands of applications: one transaction in, one list out, search over all of them. */
static void
test_five_thousand (PhoenixTestDir *f,
                    gconstpointer   data)
{
  g_autoptr(PhoenixVault) vault = new_vault (f);
  g_autoptr(GPtrArray) apps = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GListStore) list = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PhoenixApplicationQuery) query = phoenix_application_query_new ();
  g_autoptr(GPtrArray) rates = NULL;
  guint found = 0, histories = 0;

  for (guint i = 0; i < 5000; i++)
    {
      g_autofree char *company = g_strdup_printf ("Société %u", i);
      PhoenixJobApplication *app = application (company, i % 10 == 0 ? "Chargée d'études" : "Data Analyst",
                                                i % 2 ? "M" : "J", i % PHOENIX_APPLICATION_N_CHANNELS);

      phoenix_job_application_set_status (app, PHOENIX_APPLICATION_STATUS_SENT, T0 + i, NULL);
      if (i % 4 == 0)
        phoenix_job_application_set_status (app, PHOENIX_APPLICATION_STATUS_INTERVIEW, T0 + i + DAY, NULL);
      g_ptr_array_add (apps, app);
    }
  g_assert_true (phoenix_application_store_save (vault, (PhoenixJobApplication **) apps->pdata, apps->len, &error));
  g_assert_no_error (error);

  reopen (vault);
  list = phoenix_application_store_list (vault, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, 5000);
  phoenix_application_query_set_text (query, "chargee etudes");
  for (guint i = 0; i < 5000; i++)
    {
      g_autoptr(PhoenixJobApplication) app = g_list_model_get_item (G_LIST_MODEL (list), i);

      found += phoenix_application_query_matches (query, app);
      histories += phoenix_job_application_get_history (app)->len;
    }
  g_assert_cmpuint (found, ==, 500);
  g_assert_cmpuint (histories, ==, 5000 * 2 + 1250);
  rates = phoenix_application_stats_compute (G_LIST_MODEL (list), PHOENIX_APPLICATION_GROUP_ALL);
  assert_rate (rates, "", 5000, 5000, 1250, 1250);
}

/* One action: a CV variant for the offer, the ATS suggestions applied. */
static void
test_tailor (void)
{
  g_autofree char *resume = g_build_filename (g_getenv ("PHOENIX_SOURCE_DIR"), "tests", "letters", "data", "nurse.json", NULL);
  g_autofree char *offer_path = g_build_filename (g_getenv ("PHOENIX_SOURCE_DIR"), "tests", "letters", "data", "offer-data-analyst-fr.txt", NULL);
  g_autoptr(GFile) offer_file = g_file_new_for_path (offer_path);
  g_autoptr(GError) error = NULL;
  g_autoptr(PhoenixTaxonomy) taxonomy = phoenix_taxonomy_new_from_file (g_getenv ("PHOENIX_TAXONOMY"), &error);
  g_autoptr(PhoenixSkillExtractor) extractor = phoenix_skill_extractor_new (taxonomy);
  g_autoptr(PhoenixProfile) profile = phoenix_profile_new ();
  g_autoptr(PhoenixJobOffer) offer = NULL;
  g_autoptr(PhoenixAtsReport) before = NULL;
  g_autoptr(PhoenixAtsReport) after = NULL;
  g_autoptr(PhoenixCvVariant) variant = NULL;
  g_autoptr(PhoenixCvVariant) again = NULL;
  g_autoptr(PhoenixProfile) shown = NULL;
  guint n_skills, applied = 0, applied_again = 0, expected = 0;
  GPtrArray *suggestions;

  g_assert_true (phoenix_json_resume_import_file (profile, resume, &error));
  offer = phoenix_job_offer_new_from_file (extractor, offer_file, &error);
  g_assert_no_error (error);
  before = phoenix_ats_score_profile (extractor, profile, offer);
  suggestions = phoenix_ats_report_get_suggestions (before);
  expected = suggestions->len;
  g_assert_cmpuint (expected, >, 0);
  n_skills = g_list_model_get_n_items (G_LIST_MODEL (phoenix_profile_get_skills (profile)));

  variant = phoenix_application_tailor_cv (extractor, profile, offer, "Santé Conseil — Data Analyst", &applied);
  g_assert_cmpuint (applied, ==, expected);
  g_assert_cmpstr (phoenix_cv_variant_get_name (variant), ==, "Santé Conseil — Data Analyst");
  g_assert_cmpstr (phoenix_cv_variant_get_language (variant), ==, "fr");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (phoenix_profile_get_skills (profile))), >=, n_skills);

  /* The tailored CV scores at least as well and has no suggestion left. */
  shown = phoenix_cv_variant_resolve (variant, profile);
  after = phoenix_ats_score_profile (extractor, shown, offer);
  g_assert_cmpuint (phoenix_ats_report_get_score (after), >=, phoenix_ats_report_get_score (before));
  g_assert_cmpuint (phoenix_ats_report_get_suggestions (after)->len, ==, 0);

  /* Tailoring again adds no skill twice. */
  n_skills = g_list_model_get_n_items (G_LIST_MODEL (phoenix_profile_get_skills (profile)));
  again = phoenix_application_tailor_cv (extractor, profile, offer, "again", &applied_again);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (phoenix_profile_get_skills (profile))), ==, n_skills);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/applications/status-history", test_status_history);
  g_test_add_func ("/applications/sectors", test_sectors);
  g_test_add ("/applications/store", PhoenixTestDir, NULL, phoenix_test_dir_setup, test_store, phoenix_test_dir_teardown);
  g_test_add_func ("/applications/rates", test_rates);
  g_test_add_func ("/applications/reminders/fake-clock", test_reminders);
  g_test_add_func ("/applications/reminders/timer", test_reminder_timer);
  g_test_add ("/applications/reminders/follow-ups", PhoenixTestDir, NULL, phoenix_test_dir_setup, test_follow_up_reminders, phoenix_test_dir_teardown);
  g_test_add_func ("/applications/query-and-sort", test_query_and_sort);
  g_test_add_func ("/applications/csv", test_csv);
  g_test_add_func ("/applications/tailor", test_tailor);
  g_test_add ("/applications/five-thousand", PhoenixTestDir, NULL, phoenix_test_dir_setup, test_five_thousand, phoenix_test_dir_teardown);

  return g_test_run ();
}
