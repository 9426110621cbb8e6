/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "phoenix-job-offer.h"

G_BEGIN_DECLS

/*
 * "How people get there": ROME's accès au métier text of an occupation
 * (phoenix_taxonomy_get_occupation_access(), French as ROME writes it) with
 * the diplomas, titres professionnels, certificates, licences and exams it
 * names recognised (CAP, BEP, Bac pro, Bac+N, BP, BTS, DUT, BUT, licence
 * (pro), master, doctorat, diplôme d'ingénieur, diplôme d'État, titre
 * professionnel, CQP, CACES, habilitations, permis, FIMO/FCO, concours…),
 * each with the education level it stands for when it has one, and the ways
 * in without a diploma (experience, VAE). GTK-free.
 */

typedef enum
{
  PHOENIX_CREDENTIAL_DIPLOMA,      /* a national diploma or a level (CAP, BTS, Bac+3, master…) */
  PHOENIX_CREDENTIAL_TITRE,        /* a titre professionnel */
  PHOENIX_CREDENTIAL_CERTIFICATE,  /* CQP, certificat de spécialisation, first-aid certificates… */
  PHOENIX_CREDENTIAL_LICENCE,      /* CACES, habilitations, permis, FIMO/FCO, carte professionnelle */
  PHOENIX_CREDENTIAL_EXAM,         /* a civil-service concours */
  PHOENIX_CREDENTIAL_ROUTE,        /* open without a diploma, through experience, or by VAE */
} PhoenixCredentialKind;

typedef struct
{
  const char            *name;   /* as Phoenix names it: "BTS", "Bac+3", "CACES", "Titre professionnel"… */
  PhoenixCredentialKind  kind;
  PhoenixEducationLevel  level;  /* UNKNOWN when it stands for no level */
  guint                  start;  /* first mention in the text (byte offsets) */
  guint                  end;
  gboolean               held;   /* the CV names it (phoenix_access_route_find_held()) */
} PhoenixCredential;

#define PHOENIX_TYPE_ACCESS_ROUTE (phoenix_access_route_get_type ())
G_DECLARE_FINAL_TYPE (PhoenixAccessRoute, phoenix_access_route, PHOENIX, ACCESS_ROUTE, GObject)

PhoenixAccessRoute    *phoenix_access_route_new             (const char         *text);
const char            *phoenix_access_route_get_text        (PhoenixAccessRoute *self);
/* PhoenixCredential, in order of first mention, each name once. */
GArray                *phoenix_access_route_get_credentials (PhoenixAccessRoute *self);
/* The lowest and highest education levels the text names (UNKNOWN when none). */
PhoenixEducationLevel  phoenix_access_route_get_lowest_level  (PhoenixAccessRoute *self);
PhoenixEducationLevel  phoenix_access_route_get_highest_level (PhoenixAccessRoute *self);
/* The text says the job is open without a diploma, or through experience. */
gboolean               phoenix_access_route_get_open_without_diploma (PhoenixAccessRoute *self);
/* The text names a VAE. */
gboolean               phoenix_access_route_get_names_vae   (PhoenixAccessRoute *self);
/* Marks the credentials @cv_text (the CV's education and certifications) names, accents and case aside. */
void                   phoenix_access_route_find_held       (PhoenixAccessRoute *self,
                                                             const char         *cv_text);
/* The user's highest level against the levels named, and the credentials the CV names, as
 * sentences (translated; levels in @language). */
char                  *phoenix_access_route_compare         (PhoenixAccessRoute    *self,
                                                             PhoenixEducationLevel  user_level,
                                                             const char            *language);
/* The text as Pango markup, the credentials in bold. */
char                  *phoenix_access_route_to_markup       (PhoenixAccessRoute *self);
const char            *phoenix_credential_kind_to_string    (PhoenixCredentialKind kind);

G_END_DECLS
