/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <enchant.h>
#include <locale.h>
#include <string.h>

#include "phoenix-cv-renderer.h"
#include "phoenix-profile-entries.h"
#include "phoenix-spell-checker.h"
#include "phoenix-test-bench.h"

/*
 * Issue 17's figures, each against a reference run interleaved with it (A B A B…), as medians
 * of the wall clock and of the process's CPU time ("bench: name=value" lines):
 *   keystroke: the preview after a keystroke (new snapshot, layout, page 1 drawn at 1.5×) on a
 *     3-page CV, against the same on a 1-page CV;
 *   thumbnails: the design window's gallery (every template drawn from the CV, in a worker
 *     thread) against one preview redraw of the same CV;
 *   spell: PhoenixSpellChecker over a 2-page CV's text, against Enchant's own check of the
 *     same words split on spaces and punctuation (no normalisation, no offsets).
 */

#define ROUNDS 15

static PhoenixProfile *
new_profile (guint n_experiences)
{
  PhoenixProfile *profile = phoenix_profile_new ();

  phoenix_profile_set_name (profile, "Camille Martin");
  phoenix_profile_set_headline (profile, "Réceptionniste en reconversion vers l’analyse de données");
  phoenix_profile_set_email (profile, "camille@example.org");
  phoenix_profile_set_city (profile, "Lyon");
  phoenix_profile_set_summary (profile, "Dix ans d’accueil en hôtel, puis une formation d’analyste : "
                                        "j’apporte le sens du client et la rigueur des chiffres.");
  for (guint i = 0; i < n_experiences; i++)
    {
      g_autoptr(PhoenixExperience) e = phoenix_experience_new ();
      g_autofree char *title = g_strdup_printf ("Poste n°%u", i + 1);
      const char * const highlights[] = {
        "Accueil de deux cents clients par jour en français et en anglais",
        "Réduction de vingt pour cent du temps d’attente grâce à un planning partagé",
        "Formation de trois nouveaux réceptionnistes aux outils de réservation",
        NULL
      };

      phoenix_experience_set_title (e, title);
      phoenix_experience_set_employer (e, "Hôtel des Célestins");
      phoenix_experience_set_start_date (e, "2015-03");
      phoenix_experience_set_end_date (e, "2019-02");
      phoenix_experience_set_summary (e, "Accueil des clients, coordination d’une équipe et suivi des réservations.");
      phoenix_experience_set_highlights (e, highlights);
      g_list_store_append (phoenix_profile_get_experiences (profile), e);
    }

  return profile;
}

/* The smallest profile of @n_pages pages with the renderer's template. */
static PhoenixProfile *
profile_of_pages (PhoenixCvRenderer *renderer,
                  int                n_pages)
{
  for (guint n = 1; n < 60; n++)
    {
      g_autoptr(PhoenixProfile) profile = new_profile (n);

      phoenix_cv_renderer_set_profile (renderer, profile);
      if (phoenix_cv_renderer_get_n_pages (renderer) == n_pages)
        return g_steal_pointer (&profile);
    }
  g_error ("No profile of %d pages", n_pages);
}

typedef PhoenixTestRuns Runs;

typedef void (*BenchFunc) (gpointer data);

static void
measure (Runs     *runs,
         BenchFunc func,
         gpointer  data)
{
  double wall = phoenix_test_now_ms ();
  double cpu = phoenix_test_cpu_ms ();

  func (data);
  phoenix_test_runs_add (runs, wall, cpu);
}

/* ---- keystroke ---- */

typedef struct
{
  PhoenixCvRenderer *renderer;
  PhoenixProfile    *profile;
  cairo_surface_t   *surface;
  guint              n;
} Keystroke;

static void
keystroke (gpointer data)
{
  Keystroke *k = data;
  cairo_t *cr = cairo_create (k->surface);

  phoenix_profile_set_summary (k->profile, k->n++ % 2 ? "Dix ans d’accueil." : "Dix ans d’accueil en hôtel.");
  phoenix_cv_renderer_set_profile (k->renderer, k->profile);
  cairo_scale (cr, 1.5, 1.5);
  phoenix_cv_renderer_render_page (k->renderer, cr, 0);
  cairo_destroy (cr);
}

/* ---- thumbnails ---- */

static void
thumbnails_done_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  GPtrArray **surfaces = user_data;
  g_autoptr(GError) error = NULL;

  *surfaces = phoenix_cv_renderer_render_thumbnails_finish (PHOENIX_CV_RENDERER (source), result, &error);
  g_assert_no_error (error);
}

static void
thumbnails (gpointer data)
{
  Keystroke *k = data;
  GPtrArray *surfaces = NULL;

  phoenix_cv_renderer_set_profile (k->renderer, k->profile);
  phoenix_cv_renderer_render_thumbnails_async (k->renderer, 180, NULL, thumbnails_done_cb, &surfaces);
  while (surfaces == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_ptr_array_unref (surfaces);
}

/* ---- spell ---- */

typedef struct
{
  PhoenixSpellChecker *checker;
  EnchantDict         *dict;
  char                *text;
  guint                n_flagged;
} Spell;

static void
spell_ours (gpointer data)
{
  Spell *s = data;
  g_autoptr(GArray) ranges = phoenix_spell_checker_check_text (s->checker, s->text);

  s->n_flagged = ranges->len;
}

static void
spell_reference (gpointer data)
{
  Spell *s = data;
  g_auto(GStrv) words = g_strsplit_set (s->text, " \n,.;:()’'«»", -1);
  guint flagged = 0;

  for (guint i = 0; words[i] != NULL; i++)
    if (*words[i] != '\0' && enchant_dict_check (s->dict, words[i], -1) != 0)
      flagged++;
  s->n_flagged = flagged;
}

int
main (int   argc,
      char *argv[])
{
  guint n_templates;

  setlocale (LC_ALL, "");
  g_setenv ("PHOENIX_FONT_DIR", SOURCE_DIR "/data/fonts", FALSE);
  phoenix_cv_templates_get (&n_templates);

  /* Keystroke to redrawn preview: 3 pages (B) against 1 page (A). */
  {
    g_autoptr(PhoenixCvRenderer) renderer = phoenix_cv_renderer_new ();
    g_autoptr(PhoenixCvRenderer) reference_renderer = phoenix_cv_renderer_new ();
    g_autoptr(PhoenixProfile) three = profile_of_pages (renderer, 3);
    g_autoptr(PhoenixProfile) one = profile_of_pages (reference_renderer, 1);
    double width, height;
    cairo_surface_t *surface;
    Keystroke ours, reference;
    Runs a, b;

    phoenix_cv_renderer_get_page_size (renderer, &width, &height);
    surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) (width * 1.5), (int) (height * 1.5));
    ours = (Keystroke) { renderer, three, surface, 0 };
    reference = (Keystroke) { reference_renderer, one, surface, 0 };
    phoenix_test_runs_init (&a);
    phoenix_test_runs_init (&b);
    for (int r = 0; r < ROUNDS; r++)
      {
        measure (&a, keystroke, &reference);
        measure (&b, keystroke, &ours);
      }
    g_print ("bench: keystroke_pages=%d\n", phoenix_cv_renderer_get_n_pages (renderer));
    phoenix_test_runs_print (&a, "keystroke_reference_1_page");
    phoenix_test_runs_print (&b, "keystroke_3_pages");
    cairo_surface_destroy (surface);
  }

  /* Thumbnails of every template (B) against one preview redraw of the same 2-page CV (A). */
  {
    g_autoptr(PhoenixCvRenderer) renderer = phoenix_cv_renderer_new ();
    g_autoptr(PhoenixProfile) two = profile_of_pages (renderer, 2);
    double width, height;
    cairo_surface_t *surface;
    Keystroke k;
    Runs a, b;

    phoenix_cv_renderer_get_page_size (renderer, &width, &height);
    surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) (width * 1.5), (int) (height * 1.5));
    k = (Keystroke) { renderer, two, surface, 0 };
    phoenix_test_runs_init (&a);
    phoenix_test_runs_init (&b);
    for (int r = 0; r < ROUNDS; r++)
      {
        measure (&a, keystroke, &k);
        measure (&b, thumbnails, &k);
      }
    g_print ("bench: thumbnails_templates=%u\n", n_templates);
    phoenix_test_runs_print (&a, "thumbnails_reference_one_redraw");
    phoenix_test_runs_print (&b, "thumbnails_all_templates");
    cairo_surface_destroy (surface);
  }

  /* Spell check of a 2-page CV's text (B) against Enchant word by word (A). */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(PhoenixCvRenderer) renderer = phoenix_cv_renderer_new ();
    g_autoptr(PhoenixProfile) two = profile_of_pages (renderer, 2);
    g_autoptr(GString) text = g_string_new (phoenix_profile_get_summary (two));
    GListModel *experiences = G_LIST_MODEL (phoenix_profile_get_experiences (two));
    EnchantBroker *broker = enchant_broker_init ();
    Spell s = { 0 };
    Runs a, b;

    for (guint i = 0; i < g_list_model_get_n_items (experiences); i++)
      {
        g_autoptr(PhoenixExperience) e = g_list_model_get_item (experiences, i);
        const char * const *highlights = phoenix_experience_get_highlights (e);

        g_string_append_printf (text, "\n%s\n", phoenix_experience_get_summary (e));
        for (guint j = 0; highlights != NULL && highlights[j] != NULL; j++)
          g_string_append_printf (text, "%s\n", highlights[j]);
      }
    s.checker = phoenix_spell_checker_new ("fr", &error);
    if (s.checker == NULL)
      {
        g_print ("bench: spell_skipped=%s\n", error->message);
        enchant_broker_free (broker);
        return 0;
      }
    s.dict = enchant_broker_request_dict (broker, phoenix_spell_checker_get_language (s.checker));
    if (s.dict == NULL)
      s.dict = enchant_broker_request_dict (broker, "fr_FR");
    g_assert_nonnull (s.dict);
    s.text = text->str;
    phoenix_test_runs_init (&a);
    phoenix_test_runs_init (&b);
    for (int r = 0; r < ROUNDS; r++)
      {
        measure (&a, spell_reference, &s);
        measure (&b, spell_ours, &s);
      }
    {
      g_auto(GStrv) words = g_strsplit_set (text->str, " \n", -1);

      g_print ("bench: spell_words=%u\n", g_strv_length (words));
    }
    g_print ("bench: spell_flagged=%u\n", s.n_flagged);
    phoenix_test_runs_print (&a, "spell_reference_enchant");
    phoenix_test_runs_print (&b, "spell_2_pages");
    enchant_broker_free_dict (broker, s.dict);
    enchant_broker_free (broker);
    g_object_unref (s.checker);
  }

  return 0;
}
