/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "phoenix-taxonomy.h"

G_BEGIN_DECLS

/*
 * One training module: a course, a bootcamp, a MOOC, a diploma, a titre
 * professionnel, a certificate or a VAE, with the taxonomy skills it covers,
 * its hours, format, level, certification and prerequisites. Modules come from
 * the starter catalogue (data/training/catalogue.csv), from a CSV file an
 * adviser imports, or from the user. See data/training/README for every field.
 * Strings are "" when unset, never NULL; lists are NULL-terminated, never NULL.
 * GTK-free.
 */

typedef enum
{
  PHOENIX_MODULE_ORIGIN_STARTER,  /* Phoenix's starter catalogue */
  PHOENIX_MODULE_ORIGIN_IMPORT,   /* a CSV catalogue the user imported */
  PHOENIX_MODULE_ORIGIN_USER,     /* a training the user added */
} PhoenixModuleOrigin;

#define PHOENIX_TYPE_TRAINING_MODULE (phoenix_training_module_get_type ())
G_DECLARE_FINAL_TYPE (PhoenixTrainingModule, phoenix_training_module, PHOENIX, TRAINING_MODULE, GObject)

PhoenixTrainingModule *phoenix_training_module_new          (const char            *id,
                                                             const char            *title);
PhoenixTrainingModule *phoenix_training_module_copy         (PhoenixTrainingModule *self);

const char            *phoenix_training_module_get_id       (PhoenixTrainingModule *self);
/* The title in @language ("fr" or "en"): the English one when asked and known, else the title. */
const char            *phoenix_training_module_get_title    (PhoenixTrainingModule *self,
                                                             const char            *language);
void                   phoenix_training_module_set_title    (PhoenixTrainingModule *self,
                                                             const char            *title);
const char            *phoenix_training_module_get_title_en (PhoenixTrainingModule *self);
void                   phoenix_training_module_set_title_en (PhoenixTrainingModule *self,
                                                             const char            *title_en);
/* "course", "bootcamp", "mooc", "diploma", "titre", "certificate", "vae". */
const char            *phoenix_training_module_get_kind     (PhoenixTrainingModule *self);
void                   phoenix_training_module_set_kind     (PhoenixTrainingModule *self,
                                                             const char            *kind);
/* "training-centre", "public", "university", "school", "online", "employer", "self". */
const char            *phoenix_training_module_get_provider (PhoenixTrainingModule *self);
void                   phoenix_training_module_set_provider (PhoenixTrainingModule *self,
                                                             const char            *provider);
/* Taxonomy skill ids. */
const char * const    *phoenix_training_module_get_skills   (PhoenixTrainingModule *self);
void                   phoenix_training_module_set_skills   (PhoenixTrainingModule *self,
                                                             const char * const    *skills);
guint                  phoenix_training_module_get_hours    (PhoenixTrainingModule *self);
void                   phoenix_training_module_set_hours    (PhoenixTrainingModule *self,
                                                             guint                  hours);
/* "online", "in-person", "work-study", "blended". */
const char            *phoenix_training_module_get_format   (PhoenixTrainingModule *self);
void                   phoenix_training_module_set_format   (PhoenixTrainingModule *self,
                                                             const char            *format);
/* The level it leads to: "", "cap", "bac", "bac+2", "bac+3", "bac+5", "doctorate". */
const char            *phoenix_training_module_get_level    (PhoenixTrainingModule *self);
void                   phoenix_training_module_set_level    (PhoenixTrainingModule *self,
                                                             const char            *level);
gboolean               phoenix_training_module_get_certifying (PhoenixTrainingModule *self);
void                   phoenix_training_module_set_certifying (PhoenixTrainingModule *self,
                                                               gboolean               certifying);
/* The certificate's name ("" for a module that certifies nothing). */
const char            *phoenix_training_module_get_certification (PhoenixTrainingModule *self);
void                   phoenix_training_module_set_certification (PhoenixTrainingModule *self,
                                                                  const char            *certification);
/* "RNCP…" or "RS…" of France Compétences' registers, "" when unknown. */
const char            *phoenix_training_module_get_code     (PhoenixTrainingModule *self);
void                   phoenix_training_module_set_code     (PhoenixTrainingModule *self,
                                                             const char            *code);
/* Ids of the modules to finish first. */
const char * const    *phoenix_training_module_get_prerequisites (PhoenixTrainingModule *self);
void                   phoenix_training_module_set_prerequisites (PhoenixTrainingModule *self,
                                                                  const char * const    *prerequisites);
/* "cpf", "opco", "france-travail", "region", "transitions-pro", "employer", "personal". */
const char * const    *phoenix_training_module_get_funding  (PhoenixTrainingModule *self);
void                   phoenix_training_module_set_funding  (PhoenixTrainingModule *self,
                                                             const char * const    *funding);
/* ROME codes of the occupations the module prepares for (documentation and coverage tests). */
const char * const    *phoenix_training_module_get_targets  (PhoenixTrainingModule *self);
void                   phoenix_training_module_set_targets  (PhoenixTrainingModule *self,
                                                             const char * const    *targets);
const char            *phoenix_training_module_get_url      (PhoenixTrainingModule *self);
void                   phoenix_training_module_set_url      (PhoenixTrainingModule *self,
                                                             const char            *url);
PhoenixModuleOrigin    phoenix_training_module_get_origin   (PhoenixTrainingModule *self);
void                   phoenix_training_module_set_origin   (PhoenixTrainingModule *self,
                                                             PhoenixModuleOrigin    origin);
/* For an imported module: the file it came from. */
const char            *phoenix_training_module_get_source   (PhoenixTrainingModule *self);
void                   phoenix_training_module_set_source   (PhoenixTrainingModule *self,
                                                             const char            *source);

/*
 * The skills as indexes of @taxonomy (guint; ids it does not know are left out), resolved once and
 * kept for that taxonomy; safe from any thread. Owned by @self.
 */
GArray                *phoenix_training_module_get_skill_indexes (PhoenixTrainingModule *self,
                                                                  PhoenixTaxonomy       *taxonomy);

/* The accepted values of each closed field, NULL-terminated, and their translated names. */
const char * const    *phoenix_training_module_kinds        (void);
const char * const    *phoenix_training_module_providers    (void);
const char * const    *phoenix_training_module_formats      (void);
const char * const    *phoenix_training_module_levels       (void);
const char * const    *phoenix_training_module_fundings     (void);
const char            *phoenix_training_module_value_name   (const char            *value);

G_END_DECLS
