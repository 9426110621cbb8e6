/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/*
 * The steps of a career change in France, as a checklist: each with a short
 * explanation and where to go (the done state lives in
 * PhoenixTrainingProgress). French and English through the translations.
 * GTK-free.
 */

typedef struct
{
  const char *id;           /* stable: "bilan", "cep", "enquetes", "pmsmp", "cpf", "ptp", "aif", "network", "vae", "applications" */
  const char *title;        /* translated */
  const char *explanation;  /* translated */
  const char *where;        /* translated: who to ask, where to go */
  const char *url;          /* an official site, "" when none */
} PhoenixCoachingStep;

guint    phoenix_coaching_get_n_steps (void);
/* Fills @step with step @index's translated texts (static strings). */
void     phoenix_coaching_get_step    (guint                index,
                                       PhoenixCoachingStep *step);
/* FALSE when @id names no step. */
gboolean phoenix_coaching_lookup      (const char          *id,
                                       PhoenixCoachingStep *step);

G_END_DECLS
