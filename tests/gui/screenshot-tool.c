/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "screenshot-tool"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <locale.h>

#include "phoenix-application.h"
#include "phoenix-test-ui.h"
#include "phoenix-ats-window-private.h"
#include "phoenix-cv-page-private.h"
#include "phoenix-design-window-private.h"
#include "phoenix-entry-list-private.h"
#include "phoenix-passphrase-dialog-private.h"
#include "phoenix-unlock-page-private.h"
#include "phoenix-welcome-page-private.h"
#include "phoenix-preferences-window.h"
#include "phoenix-window-private.h"

#include "phoenix-application-tracker-private.h"
#include "phoenix-letters-page-private.h"
#include "phoenix-new-letter-dialog-private.h"
#include "phoenix-json-resume.h"
#include "phoenix-cv-variant.h"
#include "phoenix-link.h"
#include "phoenix-photo.h"
#include "phoenix-profile-entries.h"
#include "phoenix-profile.h"
#include "phoenix-training-page-private.h"
#include "phoenix-application-store.h"
#include "phoenix-consent-dialog.h"
#include "phoenix-metric-history.h"
#include "phoenix-overview-page-private.h"
#include "phoenix-training-progress.h"
#include "phoenix-vault.h"
#include "phoenix-window.h"

/*
 * Takes one screenshot of the real window (build-aux/screenshots.sh runs it):
 *
 *   screenshot-tool welcome|unlock|unlock-error|cv|overview|editor|variant|preview|photo|training-empty|training|
 *                   training-gap|training-certificate OUTPUT.png
 *
 * editor: the CV editor beside its live preview, an experience open; variant: a second CV
 * choosing its entries; preview: the preview alone (a narrow window); photo: the main CV
 * in the Modern template showing a photo (drawn here: an abstract silhouette, no one's face),
 * the editor scrolled to its Show Photo switch and photo row. training-empty: the Training tab's first
 * run (suggested targets); training: Camille aiming at UX/UI design, a module done and one under way,
 * time logged; training-gap: the same scrolled to the skill gap and how people get there;
 * training-certificate: the offer to put a finished certificate into the CV.
 *
 * The vault is PHOENIX_VAULT_PATH (the script gives a fresh temporary file); the
 * window size PHOENIX_WINDOW_SIZE; translations come from PHOENIX_LOCALEDIR when set
 * (the build folder's po/). Every person shown is fictional.
 * The window is rendered with its own renderer and saved with gdk_texture_save_to_png(),
 * so the picture is exactly the window.
 */

#define PASSPHRASE "Tulipe-velo-Rhone-2031"

typedef struct
{
  const char *name;
  const char *headline;
  const char *summary;
  const char *country;
  const char *portfolio_label;
} Persona;

static const Persona persona_en = {
  "Camille Martin",
  "Hospitality manager moving into UX design",
  "Ten years of running hotel front desks and restaurant teams in Lyon taught me to listen to guests "
  "and fix what frustrates them. I am now retraining in UX design to build services that are simple to use.",
  "France",
  "Portfolio",
};

static const Persona persona_fr = {
  "Camille Martin",
  "Responsable d’accueil en reconversion vers l’UX design",
  "Dix ans à diriger la réception d’hôtels et des équipes de restaurant à Lyon m’ont appris à écouter "
  "les clients et à régler ce qui les gêne. Je me forme aujourd’hui à l’UX design pour créer des services "
  "simples à utiliser.",
  "France",
  "Portfolio",
};

/* Camille's career, in the persona's language: [0] English, [1] French. */
typedef struct
{
  const char *title[2];
  const char *employer;
  const char *location;
  const char *start;
  const char *end;
  const char *highlights[2][4];
} Job;

static const Job jobs[] = {
  { { "UX design intern", "Stagiaire UX design" }, "Atelier Numérique", "Lyon", "2024-09", NULL,
    { { "Ran 12 user interviews for a booking app", "Redesigned the check-out flow in Figma", NULL },
      { "Conduite de 12 entretiens utilisateurs pour une appli de réservation",
        "Refonte du parcours de paiement dans Figma", NULL } } },
  { { "Front desk manager", "Responsable de la réception" }, "Hôtel des Célestins", "Lyon", "2016-04", "2024-06",
    { { "Led a team of 8 receptionists", "Raised guest satisfaction from 82 % to 94 %",
        "Moved check-in to tablets with the IT supplier", NULL },
      { "Encadrement d’une équipe de 8 réceptionnistes", "Satisfaction client passée de 82 % à 94 %",
        "Passage de l’accueil sur tablettes avec le prestataire", NULL } } },
  { { "Restaurant team leader", "Chef de rang" }, "Brasserie du Parc", "Villeurbanne", "2012-09", "2016-03",
    { { "Trained 15 seasonal waiters", "Set up the table booking system", NULL },
      { "Formation de 15 serveurs saisonniers", "Mise en place de la réservation en ligne", NULL } } },
};

typedef struct
{
  const char *degree[2];
  const char *school;
  const char *start;
  const char *end;
} Degree;

static const Degree degrees[] = {
  { { "UX Design certificate", "Certificat UX design" }, "OpenClassrooms", "2023-09", "2024-07" },
  { { "BTS Tourism", "BTS Tourisme" }, "Lycée François Rabelais", "2010-09", "2012-06" },
};

static const struct { const char *name[2]; const char *level[2]; const char *category[2]; } skills[] = {
  { { "User research", "Recherche utilisateur" }, { "Advanced", "Avancé" }, { "UX design", "UX design" } },
  { { "Wireframing", "Maquettage" }, { "Intermediate", "Intermédiaire" }, { "UX design", "UX design" } },
  { { "Figma", "Figma" }, { "Intermediate", "Intermédiaire" }, { "Tools", "Outils" } },
  { { "Team management", "Management d’équipe" }, { "Expert", "Expert" }, { "Management", "Management" } },
  { { "Customer service", "Relation client" }, { "Expert", "Expert" }, { "Hospitality", "Hôtellerie" } },
};

static const struct { const char *name[2]; const char *level; } languages[] = {
  { { "French", "Français" }, "native" },
  { { "English", "Anglais" }, "C1" },
  { { "Spanish", "Espagnol" }, "B1" },
};

static void
add_career (PhoenixProfile *profile,
            guint           lang)
{
  for (guint i = 0; i < G_N_ELEMENTS (jobs); i++)
    {
      g_autoptr(PhoenixExperience) experience = phoenix_experience_new ();

      phoenix_experience_set_title (experience, jobs[i].title[lang]);
      phoenix_experience_set_employer (experience, jobs[i].employer);
      phoenix_experience_set_location (experience, jobs[i].location);
      phoenix_experience_set_start_date (experience, jobs[i].start);
      phoenix_experience_set_end_date (experience, jobs[i].end);
      phoenix_experience_set_current (experience, jobs[i].end == NULL);
      phoenix_experience_set_highlights (experience, jobs[i].highlights[lang]);
      g_list_store_append (phoenix_profile_get_experiences (profile), experience);
    }

  for (guint i = 0; i < G_N_ELEMENTS (degrees); i++)
    {
      g_autoptr(PhoenixEducation) education = phoenix_education_new ();

      phoenix_education_set_degree (education, degrees[i].degree[lang]);
      phoenix_education_set_school (education, degrees[i].school);
      phoenix_education_set_location (education, "Lyon");
      phoenix_education_set_start_date (education, degrees[i].start);
      phoenix_education_set_end_date (education, degrees[i].end);
      g_list_store_append (phoenix_profile_get_education (profile), education);
    }

  for (guint i = 0; i < G_N_ELEMENTS (skills); i++)
    {
      g_autoptr(PhoenixSkill) skill = phoenix_skill_new ();

      phoenix_skill_set_name (skill, skills[i].name[lang]);
      phoenix_skill_set_level (skill, skills[i].level[lang]);
      phoenix_skill_set_category (skill, skills[i].category[lang]);
      g_list_store_append (phoenix_profile_get_skills (profile), skill);
    }

  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    {
      g_autoptr(PhoenixLanguage) language = phoenix_language_new ();

      phoenix_language_set_name (language, languages[i].name[lang]);
      phoenix_language_set_level (language, languages[i].level);
      g_list_store_append (phoenix_profile_get_languages (profile), language);
    }
}

/* Two CVs: the main one, and one for UX jobs without the restaurant years. */
static void
add_variants (PhoenixProfile *profile,
              PhoenixVault   *vault,
              guint           lang,
              gboolean        with_photo)
{
  g_autoptr(GListStore) variants = g_list_store_new (PHOENIX_TYPE_CV_VARIANT);
  g_autoptr(PhoenixCvVariant) main_cv = phoenix_cv_variant_new (lang ? "CV principal" : "Main CV");
  g_autoptr(PhoenixCvVariant) ux = phoenix_cv_variant_new (lang ? "UX design – start-ups" : "UX design – start-ups");
  g_autoptr(PhoenixExperience) first = g_list_model_get_item (G_LIST_MODEL (phoenix_profile_get_experiences (profile)), 0);
  g_autoptr(PhoenixExperience) second = g_list_model_get_item (G_LIST_MODEL (phoenix_profile_get_experiences (profile)), 1);
  const char *selection[] = { phoenix_experience_get_uid (first), phoenix_experience_get_uid (second), NULL };
  g_autoptr(GError) error = NULL;

  phoenix_cv_variant_set_language (main_cv, lang ? "fr" : "en");
  phoenix_cv_variant_set_language (ux, lang ? "fr" : "en");
  if (with_photo)
    {
      phoenix_cv_variant_set_template (main_cv, "modern");
      phoenix_cv_variant_set_show_photo (main_cv, TRUE);
    }
  phoenix_cv_variant_set_template (ux, "modern");
  phoenix_cv_variant_set_headline (ux, lang ? "UX designer junior, dix ans de relation client"
                                            : "Junior UX designer with ten years of guest experience");
  phoenix_cv_variant_set_selection (ux, "experience", selection);
  g_list_store_append (variants, main_cv);
  g_list_store_append (variants, ux);

  if (!phoenix_cv_variants_save (variants, vault, &error))
    g_error ("Could not save the CVs: %s", error->message);
}

static void
spin (guint milliseconds)
{
  gint64 end = g_get_monotonic_time () + milliseconds * 1000;

  while (g_get_monotonic_time () < end)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (2000);
}

static void
wait_for_state (PhoenixWindow *window,
                const char    *state)
{
  gint64 deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  while (g_strcmp0 (_phoenix_window_get_state (window), state) != 0)
    {
      if (g_get_monotonic_time () > deadline)
        g_error ("Timed out waiting for the %s page", state);
      if (!g_main_context_iteration (NULL, FALSE))
        g_usleep (2000);
    }
}

/* TRUE while a stack in @widget's tree is still cross-fading or sliding. */
static gboolean
transition_running (GtkWidget *widget)
{
  if (GTK_IS_STACK (widget) && gtk_stack_get_transition_running (GTK_STACK (widget)))
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (transition_running (child))
      return TRUE;
  return FALSE;
}

/* A loaded machine draws fewer frames: a shot waits until every transition has ended
 * (unlock → main caught half-faded otherwise), at most 10 s. */
static void
wait_for_transitions (GtkWidget *widget)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (transition_running (widget) && g_get_monotonic_time () < deadline)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (2000);
}

static const Persona *
get_persona (void)
{
  const char *language = g_getenv ("LANGUAGE");

  return language != NULL && g_str_has_prefix (language, "fr") ? &persona_fr : &persona_en;
}

static cairo_status_t
append_png_cb (void                *closure,
               const unsigned char *data,
               unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* A stand-in for a portrait, 400 × 400: a soft two-colour background and a lighter
 * head-and-shoulders silhouette. Drawn, so that no real person appears; then stored
 * the way the photo row stores a chosen file (phoenix_photo_prepare). */
static GBytes *
make_photo (void)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 400, 400);
  cairo_t *cr = cairo_create (surface);
  cairo_pattern_t *background = cairo_pattern_create_linear (0, 0, 400, 400);
  g_autoptr(GByteArray) png = g_byte_array_new ();
  g_autoptr(GBytes) data = NULL;
  g_autoptr(GError) error = NULL;
  GBytes *photo;

  cairo_pattern_add_color_stop_rgb (background, 0, 0.87, 0.64, 0.54);
  cairo_pattern_add_color_stop_rgb (background, 1, 0.42, 0.46, 0.66);
  cairo_set_source (cr, background);
  cairo_paint (cr);
  cairo_pattern_destroy (background);

  /* One path, filled once, so that the overlapping shapes show no seams. */
  cairo_new_path (cr);
  /* Shoulders: the top of a wide ellipse, cut by the bottom edge. */
  cairo_save (cr);
  cairo_translate (cr, 200, 415);
  cairo_scale (cr, 165, 140);
  cairo_arc (cr, 0, 0, 1, 0, 2 * G_PI);
  cairo_restore (cr);
  cairo_close_path (cr);
  /* Neck and head. */
  cairo_rectangle (cr, 174, 210, 52, 90);
  cairo_save (cr);
  cairo_translate (cr, 200, 158);
  cairo_scale (cr, 72, 86);
  cairo_new_sub_path (cr);
  cairo_arc (cr, 0, 0, 1, 0, 2 * G_PI);
  cairo_restore (cr);
  cairo_close_path (cr);
  cairo_set_fill_rule (cr, CAIRO_FILL_RULE_WINDING);
  cairo_set_source_rgb (cr, 0.96, 0.93, 0.91);
  cairo_fill (cr);

  cairo_destroy (cr);
  if (cairo_surface_write_to_png_stream (surface, append_png_cb, png) != CAIRO_STATUS_SUCCESS)
    g_error ("Could not draw the photo");
  cairo_surface_destroy (surface);

  data = g_byte_array_free_to_bytes (g_steal_pointer (&png));
  photo = phoenix_photo_prepare (data, &error);
  if (photo == NULL)
    g_error ("Could not prepare the photo: %s", error->message);

  return photo;
}

/* Camille aims at UX/UI design: six hours a week, the research course done, Figma under way, a journal. */
static void
add_training (PhoenixVault *vault)
{
  g_autoptr(PhoenixTrainingProgress) progress = phoenix_training_progress_new (vault);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) last_week = g_date_time_add_days (now, -7);
  g_autoptr(GDateTime) yesterday = g_date_time_add_days (now, -1);
  g_autoptr(GDateTime) deadline = g_date_time_add_months (now, 10);
  g_autofree char *last_week_day = g_date_time_format (last_week, "%Y-%m-%d");
  g_autofree char *yesterday_day = g_date_time_format (yesterday, "%Y-%m-%d");
  g_autofree char *deadline_day = g_date_time_format (deadline, "%Y-%m-%d");
  const Persona *persona = get_persona ();
  gboolean french = persona == &persona_fr;

  if (!phoenix_training_progress_load (progress, &error) ||
      !phoenix_training_progress_add_target (progress, "E1206", TRUE, &error) ||
      !phoenix_training_progress_add_target (progress, "M1855", FALSE, &error) ||
      !phoenix_training_progress_set_hours_per_week (progress, 6, &error) ||
      !phoenix_training_progress_set_deadline (progress, deadline_day, &error) ||
      !phoenix_training_progress_set_status (progress, "ux-research", PHOENIX_MODULE_DONE, last_week_day, &error) ||
      !phoenix_training_progress_set_status (progress, "ux-ui-figma", PHOENIX_MODULE_STARTED, last_week_day, &error) ||
      !phoenix_training_progress_add_log (progress, last_week_day, "ux-research", 6,
                                          french ? "Module recherche utilisateur terminé" : "User research module done",
                                          &error) ||
      !phoenix_training_progress_add_log (progress, yesterday_day, "ux-ui-figma", 3,
                                          french ? "Premiers composants Figma : boutons et formulaires"
                                                 : "First Figma components: buttons and forms", &error) ||
      !phoenix_training_progress_set_coaching_done (progress, "cep", TRUE, &error) ||
      !phoenix_training_progress_set_coaching_done (progress, "enquetes", TRUE, &error))
    g_error ("Could not prepare the training: %s", error->message);
}

/*
 * The Overview's material: 14 applications over four months (5 answered, 2 interviews) and
 * four months of history for the charts (the CV completed step by step, the training path
 * rising); no offer checked, so no ATS history.
 */
static void
add_overview_history (PhoenixVault *vault)
{
  static const char * const sectors[] = { "M", "J", "M", "N" };
  static const char * const metrics[] = { "cv", "training" };
  g_autoptr(GPtrArray) apps = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GError) error = NULL;
  gint64 today = g_date_time_to_unix (now);

  for (guint i = 0; i < 14; i++)
    {
      g_autofree char *company = g_strdup_printf ("Studio Exemple %u", i + 1);
      PhoenixJobApplication *app = phoenix_job_application_new (company, "UX designer junior");
      gint64 sent = today - (gint64) (14 - i) * 8 * 86400;

      phoenix_job_application_set_sector (app, sectors[i % G_N_ELEMENTS (sectors)]);
      phoenix_job_application_set_status (app, PHOENIX_APPLICATION_STATUS_SENT, sent, NULL);
      phoenix_job_application_set_sent_at (app, sent);
      if (i % 3 == 1)
        phoenix_job_application_set_status (app, i % 2 ? PHOENIX_APPLICATION_STATUS_INTERVIEW
                                                        : PHOENIX_APPLICATION_STATUS_REJECTED,
                                            sent + 6 * 86400, NULL);
      g_ptr_array_add (apps, app);
    }
  if (!phoenix_application_store_save (vault, (PhoenixJobApplication **) apps->pdata, apps->len, &error))
    g_error ("Could not save the applications: %s", error->message);

  for (int d = 120; d >= 1; d -= 3)
    {
      g_autoptr(GDateTime) day = g_date_time_add_days (now, -d);
      g_autofree char *text = g_date_time_format (day, "%Y-%m-%d");
      double t = (120.0 - d) / 120.0;
      double values[] = { 48 + 44 * t, 30 * t * t };

      if (!phoenix_metric_history_record_day (vault, text, metrics, values, G_N_ELEMENTS (values), &error))
        g_error ("Could not record the history: %s", error->message);
    }
}

/* A vault holding the fictional profile, left locked. */
static void
prepare_vault (const char *path,
               gboolean    with_profile,
               gboolean    with_photo,
               gboolean    with_training,
               gboolean    with_overview)
{
  g_autoptr(PhoenixVault) vault = phoenix_vault_new (path);
  g_autoptr(PhoenixProfile) profile = NULL;
  g_autoptr(PhoenixLink) link = NULL;
  g_autoptr(GError) error = NULL;
  const Persona *persona = get_persona ();

  phoenix_vault_set_kdf_params (vault, &phoenix_kdf_test_params);
  if (!phoenix_vault_create (vault, PASSPHRASE, NULL, &error))
    g_error ("Could not create the vault: %s", error->message);

  if (with_profile)
    {
      profile = phoenix_profile_new ();
      phoenix_profile_set_name (profile, persona->name);
      phoenix_profile_set_headline (profile, persona->headline);
      phoenix_profile_set_email (profile, "camille.martin@example.com");
      phoenix_profile_set_phone (profile, "+33 6 12 34 56 78");
      phoenix_profile_set_city (profile, "Lyon");
      phoenix_profile_set_country (profile, persona->country);
      phoenix_profile_set_summary (profile, persona->summary);

      link = phoenix_link_new ();
      phoenix_link_set_label (link, persona->portfolio_label);
      phoenix_link_set_url (link, "https://portfolio.example.com/camille-martin");
      g_list_store_append (phoenix_profile_get_links (profile), link);

      add_career (profile, persona == &persona_fr);
      if (with_photo)
        {
          g_autoptr(GBytes) photo = make_photo ();

          phoenix_profile_set_photo (profile, photo);
        }

      if (!phoenix_profile_save (profile, vault, &error))
        g_error ("Could not save the profile: %s", error->message);
      add_variants (profile, vault, persona == &persona_fr, with_photo);
      if (with_training)
        add_training (vault);
      if (with_overview)
        add_overview_history (vault);
    }

  phoenix_vault_lock (vault);
}

/* import-preview: the preview the user corrects of what the importer makes of a fictional
 * CV (a headline that is an address and a job without its dates, each saying why; a line
 * it could not place, with its "put into a section" choice); ats: the ATS check window
 * with a fictional person's CV against a pasted offer. */
static const char *import_parse_json =
  "{\"sections\": [\"EXPÉRIENCES PROFESSIONNELLES\", \"FORMATION\", \"COMPÉTENCES\", \"LANGUES\"],"
  " \"profile\": {"
  "  \"basics\": {\"name\": \"Nadia Exemple\", \"label\": \"12 rue des Lilas, 37000 Tours\","
  "   \"email\": \"nadia.exemple@example.fr\", \"phone\": \"06 12 34 56 78\", \"location\": {\"city\": \"Tours\"}},"
  "  \"work\": [{\"position\": \"Responsable de rayon\", \"name\": \"Supermarché Exemple\", \"startDate\": \"2018-01\","
  "             \"highlights\": [\"Gestion d’une équipe de 8 personnes\"]},"
  "            {\"position\": \"Employée polyvalente\", \"name\": \"Supérette Exemple\"}],"
  "  \"education\": [{\"studyType\": \"BTS\", \"area\": \"Management commercial\", \"institution\": \"Lycée Exemple, Tours\","
  "                  \"startDate\": \"2012\", \"endDate\": \"2014\"}],"
  "  \"skills\": [{\"name\": \"HTML\"}, {\"name\": \"CSS\"}, {\"name\": \"JavaScript\"}],"
  "  \"languages\": [{\"language\": \"Anglais\", \"fluency\": \"B2\"}, {\"language\": \"Espagnol\", \"fluency\": \"Notions\"}]},"
  " \"confidence\": {\"/basics/name\": 0.9, \"/basics/label\": 0.6, \"/basics/email\": 0.99, \"/basics/phone\": 0.9,"
  "   \"/work/0/position\": 0.85, \"/work/0/name\": 0.8, \"/work/1/position\": 0.85, \"/work/1/name\": 0.8,"
  "   \"/education/0/studyType\": 0.8},"
  " \"unassigned\": [\"Permis B, véhiculée\"]}";

static const char *ats_resume_json =
  "{\"basics\": {\"name\": \"Camille Martin\", \"label\": \"Retail supervisor moving into data\","
  "  \"email\": \"camille.martin@example.com\", \"phone\": \"+33 6 12 34 56 78\"},"
  " \"work\": [{\"position\": \"Store supervisor\", \"name\": \"Shop Example\", \"startDate\": \"2020-01\","
  "            \"summary\": \"Weekly sales reports in Excel; SQL queries for the stock team; dashboards for the managers.\"},"
  "           {\"position\": \"Data analyst\", \"name\": \"Numbers Example\", \"startDate\": \"2016-01\", \"endDate\": \"2019-12\","
  "            \"summary\": \"Customer behaviour analysis with Python.\"}],"
  " \"education\": [{\"studyType\": \"Bachelor\", \"area\": \"Economics\", \"institution\": \"University Example\","
  "                  \"endDate\": \"2015\"}],"
  " \"skills\": [{\"name\": \"Teamwork\"}, {\"name\": \"Python\"}]}";

static const char *ats_offer_text =
  "Data Analyst\n"
  "Brightwell Retail Group — Manchester\n"
  "Permanent, full-time\n"
  "\n"
  "Responsibilities\n"
  "- Build and maintain dashboards in Tableau.\n"
  "- Write SQL queries against our Snowflake warehouse.\n"
  "- Analyse promotions and customer behaviour with Python.\n"
  "\n"
  "Requirements\n"
  "- Bachelor's degree in Mathematics, Economics or a related field.\n"
  "- 2+ years of experience as a data analyst.\n"
  "- Advanced SQL and Excel.\n"
  "- Experience with Tableau or Power BI.\n";

/* letters, tracker, board: the Letters tab with a letter drafted from an offer (the French
 * one when the persona is French), and the tracker with a few applications. */
static const char *letters_offer_fr =
  "UX designer (H/F)\n"
  "Entreprise : Voyages Exemple\n"
  "Lieu : Lyon\n\n"
  "Vos missions\n"
  "- Mener la recherche utilisateur auprès de nos voyageurs\n"
  "- Concevoir les maquettes et les prototypes dans Figma\n\n"
  "Profil recherché\n"
  "- Recherche utilisateur, maquettage\n"
  "- Une expérience de la relation client est un plus\n";

static const char *letters_offer_en =
  "UX Designer\n"
  "Company: Travel Example\n"
  "Location: Lyon\n\n"
  "What you'll do\n"
  "- Run user research with our travellers\n"
  "- Design wireframes and prototypes in Figma\n\n"
  "What you'll bring\n"
  "- User research and wireframing\n"
  "- Customer service experience is a plus\n";

static PhoenixLettersPage *
letters_page_of (PhoenixWindow *window)
{
  /* Pages are built the first time they are shown. */
  return PHOENIX_LETTERS_PAGE (_phoenix_window_ensure_page (window, "letters"));
}

static void
add_sample_applications (PhoenixLettersPage *page)
{
  static const struct { const char *company, *position, *sector; PhoenixApplicationChannel channel; int days; PhoenixApplicationStatus steps[3]; } rows[] = {
    { "Maison Exemple", "Chargée d'études marketing", "M", PHOENIX_APPLICATION_CHANNEL_JOB_BOARD, 12, { PHOENIX_APPLICATION_STATUS_SENT, PHOENIX_APPLICATION_STATUS_INTERVIEW } },
    { "Brightwell Retail Group", "Data Analyst", "D", PHOENIX_APPLICATION_CHANNEL_RECRUITER, 20, { PHOENIX_APPLICATION_STATUS_SENT, PHOENIX_APPLICATION_STATUS_REJECTED } },
    { "Coopérative Exemple", "Analyste commerciale", "D", PHOENIX_APPLICATION_CHANNEL_NETWORK, 9, { PHOENIX_APPLICATION_STATUS_SENT, PHOENIX_APPLICATION_STATUS_FOLLOW_UP } },
    { "Studio Exemple", "Data Analyst junior", "M", PHOENIX_APPLICATION_CHANNEL_SPONTANEOUS, 4, { PHOENIX_APPLICATION_STATUS_SENT } },
    { "Transports Exemple", "Chargée de reporting", "N", PHOENIX_APPLICATION_CHANNEL_JOB_BOARD, 30, { PHOENIX_APPLICATION_STATUS_SENT, PHOENIX_APPLICATION_STATUS_NO_ANSWER } },
    { "Banque Exemple", "Analyste données clients", "C", PHOENIX_APPLICATION_CHANNEL_JOB_BOARD, 0, { PHOENIX_APPLICATION_STATUS_TO_APPLY } },
    { "Mutuelle Exemple", "Data Analyst", "C", PHOENIX_APPLICATION_CHANNEL_NETWORK, 40, { PHOENIX_APPLICATION_STATUS_SENT, PHOENIX_APPLICATION_STATUS_INTERVIEW, PHOENIX_APPLICATION_STATUS_OFFER } },
  };
  PhoenixApplicationTracker *tracker = _phoenix_letters_page_get_tracker (page);
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autoptr(PhoenixJobApplication) app = phoenix_job_application_new (rows[i].company, rows[i].position);

      phoenix_job_application_set_sector (app, rows[i].sector);
      phoenix_job_application_set_channel (app, rows[i].channel);
      phoenix_job_application_set_status (app, PHOENIX_APPLICATION_STATUS_TO_APPLY, now - (rows[i].days + 2) * 86400, NULL);
      for (guint s = 0; s < 3 && (s == 0 || rows[i].steps[s] != 0); s++)
        if (rows[i].steps[s] != PHOENIX_APPLICATION_STATUS_TO_APPLY)
          phoenix_job_application_set_status (app, rows[i].steps[s], now - (rows[i].days - 3 * (int) s) * 86400, NULL);
      phoenix_job_application_set_updated_at (app, now - rows[i].days * 86400);
      g_list_store_append (phoenix_application_tracker_get_applications (tracker), app);
    }
  phoenix_application_tracker_refresh (tracker);
}

static GtkWindow *
find_toplevel (GType type)
{
  GtkWindow *window = phoenix_test_ui_find_toplevel (type);

  if (window == NULL)
    g_error ("No %s to take", g_type_name (type));
  return window;
}

/* PHOENIX_WINDOW_SIZE sizes the surface, frame included; make the window itself that size. */
static void
fit_window (PhoenixWindow *window)
{
  const char *size = g_getenv ("PHOENIX_WINDOW_SIZE");
  int width, height, dw, dh;

  if (size == NULL || sscanf (size, "%dx%d", &width, &height) != 2)
    return;

  dw = width - gtk_widget_get_width (GTK_WIDGET (window));
  dh = height - gtk_widget_get_height (GTK_WIDGET (window));
  if (dw == 0 && dh == 0)
    return;

  gtk_window_set_default_size (GTK_WINDOW (window), width + dw, height + dh);
  spin (500);
}

static void
save_window (GtkWidget  *window,
             const char *path)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (window);
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  int width = gtk_widget_get_width (window);
  int height = gtk_widget_get_height (window);

  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  if (node == NULL)
    g_error ("Nothing was drawn");

  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  if (!gdk_texture_save_to_png (texture, path))
    g_error ("Could not write %s", path);

  g_print ("%s: %d×%d\n", path, width, height);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(PhoenixApplication) app = NULL;
  g_autoptr(GError) error = NULL;
  PhoenixWindow *window;
  GtkWindow *shot = NULL;
  const char *mode;
  const char *output;
  const char *vault_path;

  setlocale (LC_ALL, "");
  /* Test-only: the catalogues compiled in a build folder (BUILD/po). */
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("PHOENIX_LOCALEDIR") ? g_getenv ("PHOENIX_LOCALEDIR") : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  if (argc != 3 && !(argc == 4 && g_str_equal (argv[3], "dark")))
    {
      g_printerr ("Usage: %s welcome|unlock|unlock-error|cv|overview|preferences|passphrase|editor|variant|preview"
                  "|photo|training-empty|training|training-gap|training-certificate|consent OUTPUT.png [dark]\n",
                  argv[0]);
      return 2;
    }
  mode = argv[1];
  output = argv[2];

  vault_path = g_getenv ("PHOENIX_VAULT_PATH");
  if (vault_path == NULL)
    {
      g_printerr ("Set PHOENIX_VAULT_PATH to a file in a temporary folder\n");
      return 2;
    }
  g_setenv ("PHOENIX_KDF_TEST", "1", TRUE);

  if (!g_str_equal (mode, "welcome"))
    prepare_vault (vault_path, !g_str_has_prefix (mode, "unlock"), g_str_equal (mode, "photo"),
                   (g_str_has_prefix (mode, "training") && !g_str_equal (mode, "training-empty")) ||
                   g_str_equal (mode, "overview") || g_str_equal (mode, "consent"),
                   g_str_equal (mode, "overview") || g_str_equal (mode, "consent"));

  if (argc == 4)
    {
      g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);

      g_settings_set_string (settings, "color-scheme", "dark");
    }

  app = phoenix_application_new (APPLICATION_ID, G_APPLICATION_NON_UNIQUE);
  if (!g_application_register (G_APPLICATION (app), NULL, &error))
    g_error ("%s", error->message);
  /* No window manager under Xvfb: no focus-out events, so no blinking cursor. */
  g_object_set (gtk_settings_get_default (),
                "gtk-cursor-blink", FALSE,
                "gtk-decoration-layout", "appmenu:close",  /* GNOME's default */
                NULL);
  g_application_activate (G_APPLICATION (app));
  window = PHOENIX_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  spin (300);

  if (g_str_equal (mode, "welcome"))
    {
      PhoenixWelcomePage *page = _phoenix_window_get_welcome_page (window);

      gtk_editable_set_text (_phoenix_welcome_page_get_passphrase_row (page), PASSPHRASE);
      gtk_editable_set_text (_phoenix_welcome_page_get_confirm_row (page), PASSPHRASE);
      gtk_widget_grab_focus (_phoenix_welcome_page_get_create_button (page));
    }
  else if (g_str_equal (mode, "unlock"))
    {
      wait_for_state (window, "unlock");
    }
  else if (g_str_equal (mode, "unlock-error"))
    {
      PhoenixUnlockPage *page = _phoenix_window_get_unlock_page (window);

      wait_for_state (window, "unlock");
      gtk_editable_set_text (_phoenix_unlock_page_get_passphrase_row (page), "not the passphrase");
      gtk_widget_activate_action (GTK_WIDGET (page), "unlock-page.unlock", NULL);
      while (_phoenix_unlock_page_get_busy (page))
        g_main_context_iteration (NULL, TRUE);
    }
  else
    {
      PhoenixUnlockPage *page = _phoenix_window_get_unlock_page (window);

      wait_for_state (window, "unlock");
      gtk_editable_set_text (_phoenix_unlock_page_get_passphrase_row (page), PASSPHRASE);
      gtk_widget_activate_action (GTK_WIDGET (page), "unlock-page.unlock", NULL);
      wait_for_state (window, "main");
      if (g_str_equal (mode, "preferences"))
        {
          gtk_widget_activate_action (GTK_WIDGET (window), "app.preferences", NULL);
          spin (300);
          shot = find_toplevel (PHOENIX_TYPE_PREFERENCES_WINDOW);
        }
      else if (g_str_equal (mode, "passphrase"))
        {
          PhoenixPassphraseDialog *dialog;

          gtk_widget_activate_action (GTK_WIDGET (window), "win.change-passphrase", NULL);
          spin (300);
          dialog = PHOENIX_PASSPHRASE_DIALOG (find_toplevel (PHOENIX_TYPE_PASSPHRASE_DIALOG));
          gtk_editable_set_text (_phoenix_passphrase_dialog_get_row (dialog, "current"), PASSPHRASE);
          gtk_editable_set_text (_phoenix_passphrase_dialog_get_row (dialog, "new"), "lampe");
          gtk_editable_set_text (_phoenix_passphrase_dialog_get_row (dialog, "confirm"), "lamp");
          shot = GTK_WINDOW (dialog);
        }
      if (g_str_equal (mode, "import-preview"))
        {
          g_autoptr(JsonParser) parser = json_parser_new ();
          g_autoptr(PhoenixCvParse) parse = NULL;
          PhoenixImportDialog *dialog;

          adw_view_stack_set_visible_child_name (_phoenix_window_get_view_stack (window), "cv");
          if (!json_parser_load_from_data (parser, import_parse_json, -1, &error))
            g_error ("%s", error->message);
          parse = phoenix_cv_parse_new_from_json (json_parser_get_root (parser), &error);
          if (parse == NULL)
            g_error ("%s", error->message);
          dialog = phoenix_import_dialog_new (parse, "nadia-exemple-cv.pdf");
          gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (window));
          gtk_window_set_default_size (GTK_WINDOW (dialog), 560, 760);
          gtk_window_present (GTK_WINDOW (dialog));
          spin (300);
          shot = GTK_WINDOW (dialog);
        }
      else if (g_str_equal (mode, "ats"))
        {
          PhoenixAtsWindow *ats;

          if (!phoenix_json_resume_import_data (_phoenix_window_get_profile (window), ats_resume_json, -1, &error))
            g_error ("%s", error->message);
          adw_view_stack_set_visible_child_name (_phoenix_window_get_view_stack (window), "cv");
          gtk_widget_activate_action (GTK_WIDGET (window), "win.ats-check", NULL);
          ats = _phoenix_window_get_ats_window (window);
          /* Tall enough for the whole report; on a phone-sized window, its own narrow size. */
          if (gtk_widget_get_width (GTK_WIDGET (window)) >= 600)
            gtk_window_set_default_size (GTK_WINDOW (ats), 600, 1100);
          gtk_text_buffer_set_text (_phoenix_ats_window_get_offer_buffer (ats), ats_offer_text, -1);
          _phoenix_ats_window_analyse (ats);
          spin (300);
          shot = GTK_WINDOW (ats);
        }
      else if (g_str_equal (mode, "letters") || g_str_equal (mode, "tracker") || g_str_equal (mode, "board"))
        {
          PhoenixLettersPage *letters_page = letters_page_of (window);
          PhoenixNewLetterDialog *dialog;

          adw_view_stack_set_visible_child_name (_phoenix_window_get_view_stack (window), "letters");
          gtk_widget_activate_action (GTK_WIDGET (letters_page), "letters.new", NULL);
          dialog = PHOENIX_NEW_LETTER_DIALOG (_phoenix_letters_page_get_last_dialog (letters_page));
          _phoenix_new_letter_dialog_paste_offer (dialog, get_persona () == &persona_fr ? letters_offer_fr : letters_offer_en);
          _phoenix_new_letter_dialog_choose (dialog, 0, 1);
          add_sample_applications (letters_page);
          if (!g_str_equal (mode, "letters"))
            {
              _phoenix_letters_page_show (letters_page, "applications");
              _phoenix_application_tracker_show_board (_phoenix_letters_page_get_tracker (letters_page), g_str_equal (mode, "board"));
            }
        }
      else if (g_str_equal (mode, "cv"))
        {
          adw_view_stack_set_visible_child_name (_phoenix_window_get_view_stack (window), "cv");
          gtk_widget_grab_focus (GTK_WIDGET (_phoenix_cv_page_get_row (PHOENIX_CV_PAGE (_phoenix_window_ensure_page (window, "cv")),
                                                                        "name")));
          gtk_editable_set_position (_phoenix_cv_page_get_row (PHOENIX_CV_PAGE (_phoenix_window_ensure_page (window, "cv")), "name"), -1);
        }
    }

  if (g_str_equal (mode, "editor") || g_str_equal (mode, "variant") || g_str_equal (mode, "preview"))
    {
      PhoenixCvPage *page = PHOENIX_CV_PAGE (_phoenix_window_ensure_page (window, "cv"));
      PhoenixEntryList *list = _phoenix_cv_page_get_entry_list (page, "experience");

      adw_view_stack_set_visible_child_name (_phoenix_window_get_view_stack (window), "cv");
      fit_window (window);
      if (g_str_equal (mode, "editor"))
        {
          adw_expander_row_set_expanded (ADW_EXPANDER_ROW (_phoenix_entry_list_get_row (list, 1)), TRUE);
        }
      else if (g_str_equal (mode, "variant"))
        {
          _phoenix_cv_page_select_variant (page, 1);
          _phoenix_cv_page_set_variant_mode (page, TRUE);
        }
      else
        {
          _phoenix_cv_page_select_variant (page, 1);
          _phoenix_cv_page_show_preview (page, TRUE);
        }
      spin (600);
      if (!g_str_equal (mode, "preview"))
        _phoenix_cv_page_scroll_to (page, "experience");
    }

  if (g_str_equal (mode, "design"))
    {
      PhoenixCvPage *page = PHOENIX_CV_PAGE (_phoenix_window_ensure_page (window, "cv"));
      PhoenixDesignWindow *design;
      gint64 deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;

      adw_view_stack_set_visible_child_name (_phoenix_window_get_view_stack (window), "cv");
      fit_window (window);
      spin (300);
      gtk_widget_activate_action (GTK_WIDGET (page), "cv.design", NULL);
      design = _phoenix_cv_page_get_design_window (page);
      while (_phoenix_design_window_get_n_thumbnails (design) == 0 && g_get_monotonic_time () < deadline)
        g_main_context_iteration (NULL, TRUE);
      spin (300);
      shot = GTK_WINDOW (design);
    }

  if (g_str_equal (mode, "photo"))
    {
      PhoenixCvPage *page = PHOENIX_CV_PAGE (_phoenix_window_ensure_page (window, "cv"));
      GtkWidget *group = gtk_widget_get_ancestor (GTK_WIDGET (_phoenix_cv_page_get_show_photo_switch (page)),
                                                  ADW_TYPE_PREFERENCES_GROUP);
      GtkWidget *scroller = gtk_widget_get_ancestor (group, GTK_TYPE_SCROLLED_WINDOW);
      graphene_point_t point;

      adw_view_stack_set_visible_child_name (_phoenix_window_get_view_stack (window), "cv");
      fit_window (window);
      spin (600);
      /* "This CV" at the top: its template and Show Photo switch, then the photo row. */
      if (scroller != NULL
          && gtk_widget_compute_point (group, gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scroller)),
                                       &GRAPHENE_POINT_INIT (0, 0), &point))
        gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller)), point.y - 12);
    }

  if (g_str_has_prefix (mode, "training"))
    {
      PhoenixTrainingPage *page = PHOENIX_TRAINING_PAGE (_phoenix_window_ensure_page (window, "training"));
      gint64 deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

      adw_view_stack_set_visible_child_name (_phoenix_window_get_view_stack (window), "training");
      fit_window (window);
      while (_phoenix_training_page_get_busy (page) ||
             g_str_equal (_phoenix_training_page_get_state (page), "loading"))
        {
          if (g_get_monotonic_time () > deadline)
            g_error ("Timed out waiting for the training analysis");
          if (!g_main_context_iteration (NULL, FALSE))
            g_usleep (2000);
        }
      spin (600);
      if (g_str_equal (mode, "training-gap"))
        {
          AdwPreferencesPage *main_page = _phoenix_training_page_get_main_page (page);
          GtkWidget *list = GTK_WIDGET (_phoenix_training_page_get_list (page, "missing"));
          GtkWidget *scroller = gtk_widget_get_ancestor (list, GTK_TYPE_SCROLLED_WINDOW);
          GtkWidget *group = gtk_widget_get_ancestor (list, ADW_TYPE_PREFERENCES_GROUP);
          graphene_point_t point;

          if (scroller != NULL && gtk_widget_is_ancestor (scroller, GTK_WIDGET (main_page)) &&
              gtk_widget_compute_point (group, gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scroller)),
                                        &GRAPHENE_POINT_INIT (0, 0), &point))
            gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller)), point.y - 12);
        }
      else if (g_str_equal (mode, "training-certificate"))
        {
          gtk_widget_activate_action (GTK_WIDGET (page), "training.done", "s", "titre-ux-ui");
          spin (300);
          shot = GTK_WINDOW (_phoenix_training_page_get_dialog (page));
        }
    }

  if (g_str_equal (mode, "overview") || g_str_equal (mode, "consent"))
    {
      PhoenixOverviewPage *page = PHOENIX_OVERVIEW_PAGE (_phoenix_window_ensure_page (window, "overview"));
      gint64 deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

      adw_view_stack_set_visible_child_name (_phoenix_window_get_view_stack (window), "overview");
      fit_window (window);
      phoenix_overview_page_refresh (page);
      while (_phoenix_overview_page_get_refreshes (page) == 0)
        {
          if (g_get_monotonic_time () > deadline)
            g_error ("Timed out waiting for the Overview");
          if (!g_main_context_iteration (NULL, FALSE))
            g_usleep (2000);
        }
      spin (600);
      if (g_str_equal (mode, "consent"))
        {
          _phoenix_overview_page_show_consent (page);
          spin (300);
          shot = find_toplevel (PHOENIX_TYPE_CONSENT_DIALOG);
          gtk_window_set_default_size (shot, 640, 800);
          spin (300);
        }
    }

  /* Let transitions and spinners settle. */
  spin (800);
  if (shot == NULL)
    {
      fit_window (window);
      shot = GTK_WINDOW (window);
    }
  wait_for_transitions (GTK_WIDGET (window));
  wait_for_transitions (GTK_WIDGET (shot));
  spin (100);
  save_window (GTK_WIDGET (shot), output);

  gtk_window_destroy (GTK_WINDOW (window));
  phoenix_vault_lock (phoenix_application_get_vault (app));
  spin (50);

  return 0;
}
