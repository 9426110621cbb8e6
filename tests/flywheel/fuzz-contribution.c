/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * libFuzzer target for the contribution parser and validator
 * (phoenix_contribution_new_from_json), built and run by build-aux/fuzz.sh.
 * Besides "no crash, no leak, no undefined behaviour" (ASan, UBSan), it
 * checks the invariants the server relies on: what is accepted serialises to
 * JSON that is accepted again, unchanged; what the taxonomy accepts, the
 * format-only check accepts; a randomised copy is still valid.
 */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>

#include "phoenix-contribution.h"
#include "phoenix-taxonomy.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

static PhoenixTaxonomy *taxonomy;

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(PhoenixContribution) contribution = NULL;
  g_autoptr(PhoenixContribution) again = NULL;
  g_autoptr(PhoenixContribution) format_only = NULL;
  g_autoptr(PhoenixContribution) noisy = NULL;
  g_autoptr(GRand) rand = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *field = NULL;
  g_autofree char *json = NULL;
  g_autofree char *json_again = NULL;

  if (taxonomy == NULL)
    {
      g_autofree char *path = phoenix_taxonomy_get_default_path ();
      g_autoptr(GError) load_error = NULL;

      taxonomy = phoenix_taxonomy_new_from_file (path, &load_error);
      if (taxonomy == NULL)
        g_error ("%s", load_error->message);
    }

  contribution = phoenix_contribution_new_from_json ((const char *) data, (gssize) size, taxonomy, &field, &error);
  if (contribution == NULL)
    {
      /* A refusal always says why; an invalid field is always named. */
      if (error == NULL || error->message == NULL || *error->message == '\0')
        abort ();
      if (error->code == PHOENIX_CONTRIBUTION_ERROR_INVALID && field == NULL)
        abort ();
      return 0;
    }

  json = phoenix_contribution_to_json (contribution);
  again = phoenix_contribution_new_from_json (json, -1, taxonomy, NULL, NULL);
  if (again == NULL)
    abort ();
  json_again = phoenix_contribution_to_json (again);
  if (!g_str_equal (json, json_again))
    abort ();
  format_only = phoenix_contribution_new_from_json ((const char *) data, (gssize) size, NULL, NULL, NULL);
  if (format_only == NULL)
    abort ();

  rand = g_rand_new_with_seed ((guint32) size);
  noisy = phoenix_contribution_randomize (contribution, taxonomy, NULL, rand);
  if (!phoenix_contribution_validate (noisy, taxonomy, NULL, NULL))
    abort ();
  return 0;
}
