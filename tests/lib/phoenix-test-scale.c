/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-test-scale"

#include "config.h"

#include "phoenix-profile-entries.h"
#include "phoenix-test-scale.h"
#include "phoenix-test-vault.h"

static const struct
{
  const char *name;
  guint       experiences, education, skills, languages, certifications, projects, interests, volunteering;
} sizes[PHOENIX_TEST_SCALE_N_SIZES] = {
  { "S",    5,   2,  10,  3,  3,  2,  3,  0 },
  { "M",   40,  12,  25,  6,  8,  7,  5,  0 },
  { "L",  300,  60, 100, 15, 30, 30, 18,  0 },
  { "XL", 600, 100, 150, 20, 50, 50, 23, 10 },
};

static const char * const employers[] = { "Hôtel des Célestins", "Brasserie du Parc", "Mairie de Villeurbanne",
                                          "Transports Rhône-Alpes", "Clinique Saint-Jean", "Atelier Numérique" };
static const char * const skills[] = { "Accueil", "Gestion d'équipe", "Excel", "Figma", "Python", "SQL",
                                       "Recherche utilisateur", "Négociation", "Planification", "Anglais technique" };

const char *
phoenix_test_scale_name (PhoenixTestScale scale)
{
  g_return_val_if_fail (scale < PHOENIX_TEST_SCALE_N_SIZES, NULL);

  return sizes[scale].name;
}

guint
phoenix_test_scale_n_entries (PhoenixTestScale scale)
{
  g_return_val_if_fail (scale < PHOENIX_TEST_SCALE_N_SIZES, 0);

  return sizes[scale].experiences + sizes[scale].education + sizes[scale].skills + sizes[scale].languages +
         sizes[scale].certifications + sizes[scale].projects + sizes[scale].interests + sizes[scale].volunteering;
}

static void
append (GListStore *store,
        gpointer    entry)
{
  g_list_store_append (store, entry);
  g_object_unref (entry);
}

PhoenixProfile *
phoenix_test_scale_new_profile (PhoenixTestScale scale)
{
  PhoenixProfile *profile;

  g_return_val_if_fail (scale < PHOENIX_TEST_SCALE_N_SIZES, NULL);

  profile = phoenix_profile_new ();
  phoenix_profile_freeze_changed (profile);
  phoenix_profile_set_name (profile, "Camille Martin");
  phoenix_profile_set_headline (profile, "Responsable d'accueil en reconversion vers le design UX");
  phoenix_profile_set_email (profile, "camille.martin@example.com");
  phoenix_profile_set_city (profile, "Lyon");
  phoenix_profile_set_summary (profile, "Dix ans à diriger des équipes d'accueil m'ont appris à écouter les "
                                        "clients et à corriger ce qui les gêne.");

  for (guint i = 0; i < sizes[scale].experiences; i++)
    {
      g_autofree char *title = g_strdup_printf ("Responsable d'accueil %u", i + 1);
      g_autofree char *start = g_strdup_printf ("%04u-%02u", 2024 - i % 40, 1 + i % 12);
      g_autofree char *end = g_strdup_printf ("%04u-%02u", 2025 - i % 40, 1 + i % 12);
      g_autofree char *h1 = g_strdup_printf ("Encadré une équipe de %u réceptionnistes et formé les saisonniers", 3 + i % 9);
      g_autofree char *h2 = g_strdup_printf ("Porté la satisfaction des clients de %u %% à %u %%", 70 + i % 10, 85 + i % 10);
      const char *highlights[] = { h1, h2, "Passé l'enregistrement sur tablettes avec le prestataire informatique",
                                   "Réduit les temps d'attente au comptoir aux heures de pointe",
                                   "Rédigé les procédures d'ouverture et de clôture de caisse",
                                   "Organisé l'accueil de groupes et de séminaires d'entreprise", NULL };

      append (phoenix_profile_get_experiences (profile),
              g_object_new (PHOENIX_TYPE_EXPERIENCE, "title", title, "employer", employers[i % G_N_ELEMENTS (employers)],
                            "location", "Lyon", "start-date", start, "end-date", end,
                            "summary", "Accueil, réservations et encadrement de l'équipe de réception.",
                            "highlights", highlights, NULL));
    }
  for (guint i = 0; i < sizes[scale].education; i++)
    {
      g_autofree char *degree = g_strdup_printf ("Certificat professionnel %u", i + 1);
      g_autofree char *end = g_strdup_printf ("%04u-06", 2020 - i % 30);

      append (phoenix_profile_get_education (profile),
              g_object_new (PHOENIX_TYPE_EDUCATION, "degree", degree, "field", "Hôtellerie et tourisme",
                            "school", "Institut Paul Bocuse", "end-date", end, NULL));
    }
  for (guint i = 0; i < sizes[scale].skills; i++)
    {
      g_autofree char *name = g_strdup_printf ("%s %u", skills[i % G_N_ELEMENTS (skills)], i + 1);

      append (phoenix_profile_get_skills (profile),
              g_object_new (PHOENIX_TYPE_SKILL, "name", name, "level", i % 2 ? "Advanced" : "", NULL));
    }
  for (guint i = 0; i < sizes[scale].languages; i++)
    {
      g_autofree char *name = g_strdup_printf ("Langue %u", i + 1);

      append (phoenix_profile_get_languages (profile),
              g_object_new (PHOENIX_TYPE_LANGUAGE, "name", name, "level", "B2", NULL));
    }
  for (guint i = 0; i < sizes[scale].certifications; i++)
    {
      g_autofree char *name = g_strdup_printf ("Certification %u", i + 1);

      append (phoenix_profile_get_certifications (profile),
              g_object_new (PHOENIX_TYPE_CERTIFICATION, "name", name, "issuer", "AFPA", "date", "2023-05", NULL));
    }
  for (guint i = 0; i < sizes[scale].projects; i++)
    {
      g_autofree char *name = g_strdup_printf ("Refonte du parcours de réservation %u", i + 1);
      const char *highlights[] = { "Entretiens avec douze clients", "Prototype testé en boutique", NULL };

      append (phoenix_profile_get_projects (profile),
              g_object_new (PHOENIX_TYPE_PROJECT, "name", name, "summary", "Un parcours plus court, testé sur place.",
                            "highlights", highlights, NULL));
    }
  for (guint i = 0; i < sizes[scale].interests; i++)
    {
      g_autofree char *name = g_strdup_printf ("Centre d'intérêt %u", i + 1);

      append (phoenix_profile_get_interests (profile), g_object_new (PHOENIX_TYPE_INTEREST, "name", name, NULL));
    }
  for (guint i = 0; i < sizes[scale].volunteering; i++)
    {
      g_autofree char *position = g_strdup_printf ("Bénévole %u", i + 1);

      append (phoenix_profile_get_volunteering (profile),
              g_object_new (PHOENIX_TYPE_VOLUNTEER, "organization", "Restos du Cœur", "position", position,
                            "summary", "Distribution et accueil le samedi.", NULL));
    }

  phoenix_profile_thaw_changed (profile);
  return profile;
}

guint
phoenix_test_scale_count (PhoenixProfile *profile)
{
  GListStore *(*stores[]) (PhoenixProfile *) = {
    phoenix_profile_get_experiences, phoenix_profile_get_education, phoenix_profile_get_skills,
    phoenix_profile_get_languages, phoenix_profile_get_certifications, phoenix_profile_get_projects,
    phoenix_profile_get_interests, phoenix_profile_get_volunteering, phoenix_profile_get_awards,
    phoenix_profile_get_publications, phoenix_profile_get_references,
  };
  guint n = 0;

  g_return_val_if_fail (PHOENIX_IS_PROFILE (profile), 0);

  for (guint i = 0; i < G_N_ELEMENTS (stores); i++)
    n += g_list_model_get_n_items (G_LIST_MODEL (stores[i] (profile)));
  return n;
}

void
phoenix_test_scale_store (const char       *vault_path,
                          PhoenixTestScale  scale)
{
  g_autoptr(PhoenixVault) vault = phoenix_test_vault_create (vault_path);
  g_autoptr(PhoenixProfile) profile = phoenix_test_scale_new_profile (scale);
  g_autoptr(GError) error = NULL;

  g_assert_true (phoenix_profile_save (profile, vault, &error));
  g_assert_no_error (error);
  phoenix_vault_lock (vault);
}
