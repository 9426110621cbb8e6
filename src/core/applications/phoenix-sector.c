/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-sector"

#include "config.h"

#include <string.h>

#include "phoenix-sector.h"

static const PhoenixSector sectors[] = {
  { "A", "Agriculture et Pêche, Espaces naturels et Espaces verts, Soins aux animaux", "Agriculture, fishing, green spaces and animal care" },
  { "B", "Arts et Façonnage d'ouvrages d'art", "Arts and crafts" },
  { "C", "Banque, Assurance, Immobilier", "Banking, insurance and real estate" },
  { "D", "Commerce, Vente et Grande distribution", "Retail, sales and distribution" },
  { "E", "Communication, Média et Multimédia", "Communication, media and multimedia" },
  { "F", "Construction, Bâtiment et Travaux publics", "Construction and public works" },
  { "G", "Hôtellerie-Restauration, Tourisme, Loisirs et Animation", "Hospitality, tourism and leisure" },
  { "H", "Industrie", "Industry" },
  { "I", "Installation et Maintenance", "Installation and maintenance" },
  { "J", "Santé", "Health" },
  { "K", "Services à la personne et à la collectivité", "Personal and community services" },
  { "L", "Spectacle", "Performing arts" },
  { "M", "Support à l'entreprise", "Business support" },
  { "N", "Transport et Logistique", "Transport and logistics" },
};

const PhoenixSector *
phoenix_sectors_get (guint *n_sectors)
{
  if (n_sectors != NULL)
    *n_sectors = G_N_ELEMENTS (sectors);
  return sectors;
}

const char *
phoenix_sector_from_occupation (const char *rome_code)
{
  if (rome_code == NULL || rome_code[0] < 'A' || rome_code[0] > 'N')
    return "";
  return sectors[rome_code[0] - 'A'].code;
}

const char *
phoenix_sector_get_label (const char *code,
                          const char *language)
{
  if (code == NULL || strlen (code) != 1 || code[0] < 'A' || code[0] > 'N')
    return NULL;
  return g_strcmp0 (language, "en") == 0 ? sectors[code[0] - 'A'].label_en : sectors[code[0] - 'A'].label_fr;
}
