/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-ats"

#include "config.h"

#include <math.h>

#include "phoenix-ats-private.h"

/* The report as JSON (phoenix-cli ats, the flywheel's ATS figures): see phoenix_ats_report_to_json(). */

static const char * const match_how_names[] = { "same", "other-name", "narrower", "offer-words", "evidence" };

static void
add_skill_object (JsonBuilder      *builder,
                  PhoenixAtsReport *self,
                  guint             skill,
                  gboolean          required,
                  const char       *language)
{
  json_builder_set_member_name (builder, "id");
  json_builder_add_string_value (builder, phoenix_taxonomy_get_skill_id (self->taxonomy, skill));
  json_builder_set_member_name (builder, "label");
  json_builder_add_string_value (builder, phoenix_taxonomy_get_skill_label (self->taxonomy, skill, language));
  json_builder_set_member_name (builder, "required");
  json_builder_add_boolean_value (builder, required);
}

/* @name: an array of the skills of @skills (PhoenixOfferSkill), each an object as above. */
static void
add_skill_list (JsonBuilder      *builder,
                PhoenixAtsReport *self,
                const char       *name,
                GArray           *skills,
                const char       *language)
{
  json_builder_set_member_name (builder, name);
  json_builder_begin_array (builder);
  for (guint i = 0; i < skills->len; i++)
    {
      PhoenixOfferSkill *skill = &g_array_index (skills, PhoenixOfferSkill, i);

      json_builder_begin_object (builder);
      add_skill_object (builder, self, skill->skill, skill->required, language);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

JsonNode *
phoenix_ats_report_to_json (PhoenixAtsReport *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  const char *language = phoenix_job_offer_get_language (self->offer);
  const char *code = phoenix_job_offer_get_occupation (self->offer);
  guint occupation;

  g_return_val_if_fail (PHOENIX_IS_ATS_REPORT (self), NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "score");
  json_builder_add_int_value (builder, self->score);
  json_builder_set_member_name (builder, "confidence");
  json_builder_add_int_value (builder, lround (self->confidence * 100.0));
  if (self->confidence_reason != NULL)
    {
      json_builder_set_member_name (builder, "confidence_reason");
      json_builder_add_string_value (builder, self->confidence_reason);
    }

  json_builder_set_member_name (builder, "breakdown");
  json_builder_begin_object (builder);
  for (guint p = 0; p < PHOENIX_ATS_N_PARTS; p++)
    {
      json_builder_set_member_name (builder, phoenix_ats_part_to_string (p));
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "weight");
      json_builder_add_int_value (builder, phoenix_ats_part_weight (p));
      json_builder_set_member_name (builder, "score");
      if (self->parts[p] < 0)
        json_builder_add_null_value (builder);
      else
        json_builder_add_int_value (builder, lround (self->parts[p] * 100.0));
      if (p == PHOENIX_ATS_PART_HARD_SKILLS || p == PHOENIX_ATS_PART_SOFT_SKILLS || p == PHOENIX_ATS_PART_KEYWORDS)
        {
          json_builder_set_member_name (builder, "found");
          json_builder_add_int_value (builder, self->part_found[p]);
          json_builder_set_member_name (builder, "total");
          json_builder_add_int_value (builder, self->part_total[p]);
        }
      if (self->reasons[p] != NULL)
        {
          json_builder_set_member_name (builder, "reason");
          json_builder_add_string_value (builder, self->reasons[p]);
        }
      if (p == PHOENIX_ATS_PART_KEYWORDS)
        {
          json_builder_set_member_name (builder, "missing");
          json_builder_begin_array (builder);
          for (guint k = 0; k < self->missing_keywords->len; k++)
            json_builder_add_string_value (builder, g_ptr_array_index (self->missing_keywords, k));
          json_builder_end_array (builder);
        }
      json_builder_end_object (builder);
    }
  json_builder_end_object (builder);

  /* One entry per matched skill, with every place the CV mentions it. */
  json_builder_set_member_name (builder, "matched");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->matches->len; i++)
    {
      PhoenixAtsMatch *match = g_ptr_array_index (self->matches, i);

      if (i > 0 && ((PhoenixAtsMatch *) g_ptr_array_index (self->matches, i - 1))->skill == match->skill)
        continue;
      json_builder_begin_object (builder);
      add_skill_object (builder, self, match->skill, match->required, language);
      json_builder_set_member_name (builder, "where");
      json_builder_begin_array (builder);
      for (guint j = i; j < self->matches->len; j++)
        {
          PhoenixAtsMatch *place = g_ptr_array_index (self->matches, j);

          if (place->skill != match->skill)
            break;
          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "section");
          json_builder_add_string_value (builder, place->section);
          json_builder_set_member_name (builder, "entry");
          json_builder_add_int_value (builder, place->entry);
          json_builder_set_member_name (builder, "field");
          json_builder_add_string_value (builder, place->field);
          json_builder_set_member_name (builder, "start");
          json_builder_add_int_value (builder, place->start);
          json_builder_set_member_name (builder, "end");
          json_builder_add_int_value (builder, place->end);
          json_builder_set_member_name (builder, "how");
          json_builder_add_string_value (builder, match_how_names[place->how]);
          if (place->how != PHOENIX_ATS_MATCH_SAME)
            {
              json_builder_set_member_name (builder, "via");
              json_builder_add_string_value (builder, place->evidence != NULL ? place->evidence :
                                                      phoenix_taxonomy_get_skill_label (self->taxonomy, place->via, language));
            }
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  add_skill_list (builder, self, "missing", self->missing, language);
  /* Not shown, but skills a CV claims more than it shows: to show more clearly, not missing. */
  add_skill_list (builder, self, "to_show", self->to_show, language);

  json_builder_set_member_name (builder, "occupation");
  if (*code != '\0' && phoenix_taxonomy_lookup_occupation (self->taxonomy, code, &occupation))
    {
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "code");
      json_builder_add_string_value (builder, code);
      json_builder_set_member_name (builder, "label");
      json_builder_add_string_value (builder, phoenix_taxonomy_get_occupation_label (self->taxonomy, occupation, language));
      json_builder_end_object (builder);
    }
  else
    json_builder_add_null_value (builder);

  json_builder_set_member_name (builder, "offer");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "title");
  json_builder_add_string_value (builder, phoenix_job_offer_get_title (self->offer));
  json_builder_set_member_name (builder, "company");
  json_builder_add_string_value (builder, phoenix_job_offer_get_company (self->offer));
  json_builder_set_member_name (builder, "location");
  json_builder_add_string_value (builder, phoenix_job_offer_get_location (self->offer));
  json_builder_set_member_name (builder, "contract");
  json_builder_add_string_value (builder, phoenix_job_offer_get_contract (self->offer));
  json_builder_set_member_name (builder, "working_time");
  json_builder_add_string_value (builder, phoenix_job_offer_get_working_time (self->offer));
  json_builder_set_member_name (builder, "education");
  json_builder_add_string_value (builder, phoenix_education_level_to_string (phoenix_job_offer_get_education (self->offer), language));
  json_builder_set_member_name (builder, "experience_years");
  json_builder_add_int_value (builder, phoenix_job_offer_get_experience_years (self->offer));
  json_builder_set_member_name (builder, "language");
  json_builder_add_string_value (builder, language);
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "suggestions");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->suggestions->len; i++)
    {
      PhoenixAtsSuggestion *suggestion = g_ptr_array_index (self->suggestions, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "kind");
      json_builder_add_string_value (builder, suggestion->kind == PHOENIX_ATS_SUGGESTION_ADD_SKILL ? "add-skill" : "retitle");
      if (suggestion->kind == PHOENIX_ATS_SUGGESTION_ADD_SKILL)
        {
          json_builder_set_member_name (builder, "id");
          json_builder_add_string_value (builder, phoenix_taxonomy_get_skill_id (self->taxonomy, suggestion->skill));
        }
      json_builder_set_member_name (builder, "text");
      json_builder_add_string_value (builder, suggestion->text);
      json_builder_set_member_name (builder, "section");
      json_builder_add_string_value (builder, suggestion->section);
      json_builder_set_member_name (builder, "entry");
      json_builder_add_int_value (builder, suggestion->entry);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "format");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->issues->len; i++)
    {
      PhoenixAtsIssue *issue = g_ptr_array_index (self->issues, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "code");
      json_builder_add_string_value (builder, issue->code);
      json_builder_set_member_name (builder, "section");
      json_builder_add_string_value (builder, issue->section);
      json_builder_set_member_name (builder, "entry");
      json_builder_add_int_value (builder, issue->entry);
      json_builder_set_member_name (builder, "message");
      json_builder_add_string_value (builder, issue->message);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}
