/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "phoenix-profile-entries.h"
#include "phoenix-test-scale.h"

typedef struct
{
  const char *name;
  guint       jobs;
  guint       schools;
  guint       skills;
  guint       languages;
  guint       projects;
} ScaleSizes;

static const ScaleSizes sizes[PHOENIX_TEST_N_SCALES] = {
  { "S", 10, 4, 10, 2, 2 },          /* 28 */
  { "M", 40, 10, 40, 3, 10 },        /* 103 */
  { "L", 300, 50, 150, 3, 50 },      /* 553 */
  { "XL", 600, 100, 200, 3, 100 },   /* 1,003 */
};

static const char * const employers[] = {
  "Hôpital Édouard-Herriot", "Clinique du Parc", "Transports Martin", "Librairie des Canuts",
  "Hôtel des Célestins", "Atelier Mécanique du Rhône", "Banque Régionale", "Mairie de Villeurbanne",
};

static const char * const titles[] = {
  "Infirmière", "Chargée d’accueil", "Assistante de gestion", "Analyste de données", "Cheffe d’équipe",
  "Développeuse web", "Comptable", "Coordinatrice logistique",
};

static const char * const highlights[] = {
  "Réduction de %u %% du temps d’attente grâce à un planning partagé entre les équipes",
  "Formation de %u nouveaux collègues aux outils de transmission et au logiciel de planification",
  "Suivi de %u dossiers par semaine avec Excel et SQL, tableaux de bord mis à jour chaque lundi",
  "Animation d’une équipe de %u personnes, entretiens annuels et gestion des conflits",
  "Mise en place d’un processus qualité suivi par %u indicateurs, audit interne réussi",
  "Rédaction de %u procédures et communication avec les partenaires en anglais",
};

static const char * const skill_names[] = {
  "Python", "SQL", "Excel", "Gestion de projet", "Communication", "Power BI", "JavaScript", "Comptabilité",
  "Travail en équipe", "Anglais professionnel",
};

const char *
phoenix_test_scale_name (PhoenixTestScale scale)
{
  return sizes[scale].name;
}

guint
phoenix_test_scale_entries (PhoenixTestScale scale)
{
  const ScaleSizes *s = &sizes[scale];

  return s->jobs + s->schools + s->skills + s->languages + s->projects;
}

PhoenixProfile *
phoenix_test_scale_profile (PhoenixTestScale scale)
{
  const ScaleSizes *s = &sizes[scale];
  PhoenixProfile *profile = phoenix_profile_new ();

  phoenix_profile_set_name (profile, "Camille Martin");
  phoenix_profile_set_headline (profile, "Infirmière en reconversion vers l’analyse de données");
  phoenix_profile_set_email (profile, "camille@example.org");
  phoenix_profile_set_phone (profile, "+33 6 00 00 00 00");
  phoenix_profile_set_city (profile, "Lyon");
  phoenix_profile_set_summary (profile, "Dix ans de soins à l’hôpital, puis une formation d’analyste : "
                                        "j’apporte le sens du patient et la rigueur des protocoles.");

  for (guint i = 0; i < s->jobs; i++)
    {
      g_autoptr(PhoenixExperience) e = phoenix_experience_new ();
      g_autofree char *title = g_strdup_printf ("%s (poste %u)", titles[i % G_N_ELEMENTS (titles)], i + 1);
      g_autofree char *start = g_strdup_printf ("%04u-%02u", 2025 - i / 12 - 1, i % 12 + 1);
      g_autofree char *end = g_strdup_printf ("%04u-%02u", 2025 - i / 12, i % 12 + 1);
      g_autofree char *summary = g_strdup_printf ("Accueil des patients, coordination d’une équipe de %u personnes "
                                                  "et suivi des dossiers du service n°%u.", i % 9 + 2, i + 1);
      char *lines[G_N_ELEMENTS (highlights) + 1] = { NULL };

      for (guint h = 0; h < G_N_ELEMENTS (highlights); h++)
        {
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
          lines[h] = g_strdup_printf (highlights[h], i * 7 + h + 2);
#pragma GCC diagnostic pop
        }
      phoenix_experience_set_title (e, title);
      phoenix_experience_set_employer (e, employers[i % G_N_ELEMENTS (employers)]);
      phoenix_experience_set_location (e, "Lyon");
      phoenix_experience_set_start_date (e, start);
      phoenix_experience_set_end_date (e, end);
      phoenix_experience_set_summary (e, summary);
      phoenix_experience_set_highlights (e, (const char * const *) lines);
      g_list_store_append (phoenix_profile_get_experiences (profile), e);
      for (guint h = 0; h < G_N_ELEMENTS (highlights); h++)
        g_free (lines[h]);
    }

  for (guint i = 0; i < s->schools; i++)
    {
      g_autoptr(PhoenixEducation) e = phoenix_education_new ();
      g_autofree char *degree = g_strdup_printf ("Certificat de compétences n°%u", i + 1);
      g_autofree char *end = g_strdup_printf ("%04u-06", 2024 - i / 4);

      phoenix_education_set_degree (e, degree);
      phoenix_education_set_field (e, i % 2 == 0 ? "Analyse de données" : "Soins infirmiers");
      phoenix_education_set_school (e, "Université Lyon 2");
      phoenix_education_set_end_date (e, end);
      g_list_store_append (phoenix_profile_get_education (profile), e);
    }

  for (guint i = 0; i < s->skills; i++)
    {
      g_autoptr(PhoenixSkill) skill = phoenix_skill_new ();
      g_autofree char *name = i < G_N_ELEMENTS (skill_names) ? g_strdup (skill_names[i])
                                                             : g_strdup_printf ("Compétence métier %u", i + 1);

      phoenix_skill_set_name (skill, name);
      g_list_store_append (phoenix_profile_get_skills (profile), skill);
    }

  for (guint i = 0; i < s->languages; i++)
    {
      static const char * const names[] = { "Français", "Anglais", "Espagnol" };
      g_autoptr(PhoenixLanguage) language = phoenix_language_new ();

      phoenix_language_set_name (language, names[i % G_N_ELEMENTS (names)]);
      phoenix_language_set_level (language, i == 0 ? "Langue maternelle" : "Courant");
      g_list_store_append (phoenix_profile_get_languages (profile), language);
    }

  for (guint i = 0; i < s->projects; i++)
    {
      g_autoptr(PhoenixProject) project = phoenix_project_new ();
      g_autofree char *name = g_strdup_printf ("Tableau de bord des admissions n°%u", i + 1);
      g_autofree char *summary = g_strdup_printf ("Un tableau de bord Power BI des %u admissions du mois, "
                                                  "alimenté par une base PostgreSQL.", 100 + i);

      phoenix_project_set_name (project, name);
      phoenix_project_set_summary (project, summary);
      g_list_store_append (phoenix_profile_get_projects (profile), project);
    }

  return profile;
}
