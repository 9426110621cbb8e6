/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "phoenix-ats.h"

G_BEGIN_DECLS

/* The report's fields, shared by the score (phoenix-ats.c) and its JSON (phoenix-ats-json.c). */
struct _PhoenixAtsReport
{
  GObject          parent_instance;

  PhoenixJobOffer *offer;
  PhoenixTaxonomy *taxonomy;
  guint            score;
  double           confidence;         /* 0–1: the evidence of the trade the score is multiplied by */
  char            *confidence_reason;  /* NULL when the evidence is full */
  double           parts[PHOENIX_ATS_N_PARTS];
  guint            part_found[PHOENIX_ATS_N_PARTS];
  guint            part_total[PHOENIX_ATS_N_PARTS];
  char            *reasons[PHOENIX_ATS_N_PARTS];
  GPtrArray       *matches;
  GArray          *missing;
  GArray          *to_show;            /* not shown, but a skill a CV claims more than it shows */
  GPtrArray       *suggestions;
  GPtrArray       *issues;
  GPtrArray       *keywords;
  GPtrArray       *missing_keywords;
};

G_END_DECLS
