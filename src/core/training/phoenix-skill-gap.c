/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-skill-gap"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "phoenix-skill-gap.h"
#include "phoenix-text-tokens.h"

struct _PhoenixGapItem
{
  GObject                 parent_instance;

  guint                   skill;
  const char             *id;      /* in the taxonomy's mapped file */
  const char             *label;
  PhoenixGapImportance    importance;
  PhoenixSkillOrigin      origin;
  PhoenixSkillAssessment  assessment;
  char                   *evidence;
  char                   *why;
  double                  frequency;
  gboolean                diploma;
};

G_DEFINE_FINAL_TYPE (PhoenixGapItem, phoenix_gap_item, G_TYPE_OBJECT)

struct _PhoenixSkillGap
{
  GObject          parent_instance;

  PhoenixTaxonomy *taxonomy;
  guint            occupation;
  GPtrArray       *items;        /* every PhoenixGapItem */
  GHashTable      *by_skill;     /* skill + 1 → PhoenixGapItem */
  GListStore      *lists[5];     /* have, partly, missing, nice to have, diplomas */
  guint            n_core;
  guint            n_core_have;
  guint            n_core_partly;
};

G_DEFINE_FINAL_TYPE (PhoenixSkillGap, phoenix_skill_gap, G_TYPE_OBJECT)

enum { LIST_HAVE, LIST_PARTLY, LIST_MISSING, LIST_NICE, LIST_DIPLOMAS };

/* The first words of ROME savoirs that name a diploma or a title (folded). */
static const char * const diploma_words[] = {
  "licence", "licences", "master", "mastere", "titre", "ingenieur diplome", "diplome", "diplomes", "bts", "btsa",
  "cap", "capa", "bac", "baccalaureat", "dut", "but", "certificat", "brevet", "doctorat", "deust", "bachelor",
  "dea", "dess", "cqp",
};

static void
phoenix_gap_item_finalize (GObject *object)
{
  PhoenixGapItem *self = PHOENIX_GAP_ITEM (object);

  g_free (self->evidence);
  g_free (self->why);

  G_OBJECT_CLASS (phoenix_gap_item_parent_class)->finalize (object);
}

static void
phoenix_gap_item_class_init (PhoenixGapItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = phoenix_gap_item_finalize;
}

static void
phoenix_gap_item_init (PhoenixGapItem *self)
{
  self->frequency = -1.0;
}

guint
phoenix_gap_item_get_skill (PhoenixGapItem *self)
{
  g_return_val_if_fail (PHOENIX_IS_GAP_ITEM (self), 0);
  return self->skill;
}

const char *
phoenix_gap_item_get_id (PhoenixGapItem *self)
{
  g_return_val_if_fail (PHOENIX_IS_GAP_ITEM (self), NULL);
  return self->id;
}

const char *
phoenix_gap_item_get_label (PhoenixGapItem *self)
{
  g_return_val_if_fail (PHOENIX_IS_GAP_ITEM (self), NULL);
  return self->label;
}

PhoenixGapImportance
phoenix_gap_item_get_importance (PhoenixGapItem *self)
{
  g_return_val_if_fail (PHOENIX_IS_GAP_ITEM (self), PHOENIX_GAP_IMPORTANCE_OPTIONAL);
  return self->importance;
}

PhoenixSkillOrigin
phoenix_gap_item_get_origin (PhoenixGapItem *self)
{
  g_return_val_if_fail (PHOENIX_IS_GAP_ITEM (self), PHOENIX_SKILL_ORIGIN_ROME);
  return self->origin;
}

PhoenixSkillStatus
phoenix_gap_item_get_status (PhoenixGapItem *self)
{
  g_return_val_if_fail (PHOENIX_IS_GAP_ITEM (self), PHOENIX_SKILL_STATUS_MISSING);
  return self->assessment.status;
}

const PhoenixSkillAssessment *
phoenix_gap_item_get_assessment (PhoenixGapItem *self)
{
  g_return_val_if_fail (PHOENIX_IS_GAP_ITEM (self), NULL);
  return &self->assessment;
}

const char *
phoenix_gap_item_get_evidence (PhoenixGapItem *self)
{
  g_return_val_if_fail (PHOENIX_IS_GAP_ITEM (self), NULL);
  return self->evidence;
}

const char *
phoenix_gap_item_get_why (PhoenixGapItem *self)
{
  g_return_val_if_fail (PHOENIX_IS_GAP_ITEM (self), NULL);
  return self->why;
}

double
phoenix_gap_item_get_frequency (PhoenixGapItem *self)
{
  g_return_val_if_fail (PHOENIX_IS_GAP_ITEM (self), -1.0);
  return self->frequency;
}

gboolean
phoenix_gap_item_get_is_diploma (PhoenixGapItem *self)
{
  g_return_val_if_fail (PHOENIX_IS_GAP_ITEM (self), FALSE);
  return self->diploma;
}

static gboolean
names_diploma (PhoenixTaxonomy *taxonomy,
               guint            skill)
{
  g_autofree char *folded = NULL;

  if (phoenix_taxonomy_get_skill_kind (taxonomy, skill) != PHOENIX_SKILL_KIND_KNOWLEDGE)
    return FALSE;
  folded = _phoenix_text_fold_words (phoenix_taxonomy_get_skill_label (taxonomy, skill, "fr"));
  for (gsize i = 0; i < G_N_ELEMENTS (diploma_words); i++)
    {
      gsize len = strlen (diploma_words[i]);

      if (strncmp (folded, diploma_words[i], len) == 0 && (folded[len] == ' ' || folded[len] == '\0'))
        return TRUE;
    }

  return FALSE;
}

static const char *
importance_why (PhoenixGapImportance importance,
                PhoenixSkillOrigin   origin)
{
  switch (importance)
    {
    case PHOENIX_GAP_IMPORTANCE_CORE:
      return _("A core skill of the job (ROME)");
    case PHOENIX_GAP_IMPORTANCE_ESSENTIAL:
      return origin == PHOENIX_SKILL_ORIGIN_ESCO ? _("Essential for this job in ESCO") :
                                                   _("Listed for this job by ROME");
    case PHOENIX_GAP_IMPORTANCE_TOOL:
      return _("A tool used in this field");
    case PHOENIX_GAP_IMPORTANCE_OPTIONAL:
    default:
      return _("Optional for this job in ESCO: a plus");
    }
}

static void
set_why (PhoenixGapItem *item)
{
  g_free (item->why);
  if (item->frequency >= 0)
    /* Translators: the first %s says why a skill matters; %d%% is a share of job offers, e.g. "40%" */
    item->why = g_strdup_printf (_("%s; asked in %d%% of the offers for this job"),
                                 importance_why (item->importance, item->origin),
                                 (int) lround (item->frequency * 100));
  else
    item->why = g_strdup (importance_why (item->importance, item->origin));
}

static int
compare_items (gconstpointer a,
               gconstpointer b)
{
  PhoenixGapItem *ia = *(PhoenixGapItem * const *) a;
  PhoenixGapItem *ib = *(PhoenixGapItem * const *) b;

  if (ia->importance != ib->importance)
    return (int) ia->importance - (int) ib->importance;
  if (ia->frequency != ib->frequency)
    return ia->frequency > ib->frequency ? -1 : 1;

  return g_utf8_collate (ia->label, ib->label);
}

static void
phoenix_skill_gap_finalize (GObject *object)
{
  PhoenixSkillGap *self = PHOENIX_SKILL_GAP (object);

  g_clear_object (&self->taxonomy);
  g_clear_pointer (&self->by_skill, g_hash_table_unref);
  g_clear_pointer (&self->items, g_ptr_array_unref);
  for (guint i = 0; i < G_N_ELEMENTS (self->lists); i++)
    g_clear_object (&self->lists[i]);

  G_OBJECT_CLASS (phoenix_skill_gap_parent_class)->finalize (object);
}

static void
phoenix_skill_gap_class_init (PhoenixSkillGapClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = phoenix_skill_gap_finalize;
}

static void
phoenix_skill_gap_init (PhoenixSkillGap *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
  self->by_skill = g_hash_table_new (NULL, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (self->lists); i++)
    self->lists[i] = g_list_store_new (PHOENIX_TYPE_GAP_ITEM);
}

static void
add_links (PhoenixSkillGap      *self,
           PhoenixSkillEvidence *evidence,
           GArray               *links,
           gboolean              optional,
           const char           *language)
{
  for (guint i = 0; i < links->len; i++)
    {
      PhoenixOccupationSkill *link = &g_array_index (links, PhoenixOccupationSkill, i);
      PhoenixGapItem *item;

      if (g_hash_table_contains (self->by_skill, GUINT_TO_POINTER (link->skill + 1)))
        continue;
      item = g_object_new (PHOENIX_TYPE_GAP_ITEM, NULL);
      item->skill = link->skill;
      item->id = phoenix_taxonomy_get_skill_id (self->taxonomy, link->skill);
      item->label = phoenix_taxonomy_get_skill_label (self->taxonomy, link->skill, language);
      item->origin = link->origin;
      item->diploma = names_diploma (self->taxonomy, link->skill);
      if (optional)
        item->importance = PHOENIX_GAP_IMPORTANCE_OPTIONAL;
      else if (link->core)
        item->importance = PHOENIX_GAP_IMPORTANCE_CORE;
      else if (link->origin == PHOENIX_SKILL_ORIGIN_TOOL)
        item->importance = PHOENIX_GAP_IMPORTANCE_TOOL;
      else
        item->importance = PHOENIX_GAP_IMPORTANCE_ESSENTIAL;
      phoenix_skill_evidence_assess (evidence, link->skill, &item->assessment);
      item->evidence = phoenix_skill_evidence_describe (evidence, link->skill, &item->assessment, language);
      set_why (item);
      g_ptr_array_add (self->items, item);
      g_hash_table_insert (self->by_skill, GUINT_TO_POINTER (link->skill + 1), item);
    }
}

static guint
list_of (PhoenixGapItem *item)
{
  switch (item->assessment.status)
    {
    case PHOENIX_SKILL_STATUS_HAVE:
      return LIST_HAVE;
    case PHOENIX_SKILL_STATUS_PARTLY:
      return LIST_PARTLY;
    case PHOENIX_SKILL_STATUS_MISSING:
    default:
      if (item->diploma)
        return LIST_DIPLOMAS;
      return item->importance <= PHOENIX_GAP_IMPORTANCE_ESSENTIAL ? LIST_MISSING : LIST_NICE;
    }
}

static void
fill_lists (PhoenixSkillGap *self)
{
  /* Borrowed items: a copy would take the free function along. */
  g_autoptr(GPtrArray) sorted = g_ptr_array_sized_new (self->items->len);
  GPtrArray *lists[G_N_ELEMENTS (self->lists)];

  for (guint i = 0; i < self->items->len; i++)
    g_ptr_array_add (sorted, g_ptr_array_index (self->items, i));

  g_ptr_array_sort (sorted, compare_items);
  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    lists[l] = g_ptr_array_new ();
  for (guint i = 0; i < sorted->len; i++)
    g_ptr_array_add (lists[list_of (g_ptr_array_index (sorted, i))], g_ptr_array_index (sorted, i));
  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    {
      g_list_store_splice (self->lists[l], 0, g_list_model_get_n_items (G_LIST_MODEL (self->lists[l])),
                           lists[l]->pdata, lists[l]->len);
      g_ptr_array_unref (lists[l]);
    }
}

PhoenixSkillGap *
phoenix_skill_gap_new (PhoenixSkillEvidence *evidence,
                       guint                 occupation,
                       const char           *language)
{
  PhoenixSkillGap *self;
  g_autoptr(GArray) links = NULL;
  g_autoptr(GArray) optional = NULL;
  guint n_essential = 0, n_essential_have = 0, n_essential_partly = 0;

  g_return_val_if_fail (PHOENIX_IS_SKILL_EVIDENCE (evidence), NULL);

  self = g_object_new (PHOENIX_TYPE_SKILL_GAP, NULL);
  self->taxonomy = g_object_ref (phoenix_skill_evidence_get_taxonomy (evidence));
  g_return_val_if_fail (occupation < phoenix_taxonomy_get_n_occupations (self->taxonomy), self);
  self->occupation = occupation;

  links = phoenix_taxonomy_get_occupation_skills (self->taxonomy, occupation);
  optional = phoenix_taxonomy_get_occupation_optional_skills (self->taxonomy, occupation);
  add_links (self, evidence, links, FALSE, language);
  add_links (self, evidence, optional, TRUE, language);

  for (guint i = 0; i < self->items->len; i++)
    {
      PhoenixGapItem *item = g_ptr_array_index (self->items, i);
      gboolean have = item->assessment.status == PHOENIX_SKILL_STATUS_HAVE;
      gboolean partly = item->assessment.status == PHOENIX_SKILL_STATUS_PARTLY;

      if (item->importance == PHOENIX_GAP_IMPORTANCE_CORE)
        self->n_core++, self->n_core_have += have, self->n_core_partly += partly;
      else if (item->importance == PHOENIX_GAP_IMPORTANCE_ESSENTIAL)
        n_essential++, n_essential_have += have, n_essential_partly += partly;
    }
  /* A fiche without a core skill is measured on its essential ones. */
  if (self->n_core == 0)
    {
      self->n_core = n_essential;
      self->n_core_have = n_essential_have;
      self->n_core_partly = n_essential_partly;
    }
  fill_lists (self);

  return self;
}

PhoenixTaxonomy *
phoenix_skill_gap_get_taxonomy (PhoenixSkillGap *self)
{
  g_return_val_if_fail (PHOENIX_IS_SKILL_GAP (self), NULL);
  return self->taxonomy;
}

guint
phoenix_skill_gap_get_occupation (PhoenixSkillGap *self)
{
  g_return_val_if_fail (PHOENIX_IS_SKILL_GAP (self), 0);
  return self->occupation;
}

const char *
phoenix_skill_gap_get_code (PhoenixSkillGap *self)
{
  g_return_val_if_fail (PHOENIX_IS_SKILL_GAP (self), NULL);
  return phoenix_taxonomy_get_occupation_code (self->taxonomy, self->occupation);
}

GListModel *
phoenix_skill_gap_get_have (PhoenixSkillGap *self)
{
  g_return_val_if_fail (PHOENIX_IS_SKILL_GAP (self), NULL);
  return G_LIST_MODEL (self->lists[LIST_HAVE]);
}

GListModel *
phoenix_skill_gap_get_partly (PhoenixSkillGap *self)
{
  g_return_val_if_fail (PHOENIX_IS_SKILL_GAP (self), NULL);
  return G_LIST_MODEL (self->lists[LIST_PARTLY]);
}

GListModel *
phoenix_skill_gap_get_missing (PhoenixSkillGap *self)
{
  g_return_val_if_fail (PHOENIX_IS_SKILL_GAP (self), NULL);
  return G_LIST_MODEL (self->lists[LIST_MISSING]);
}

GListModel *
phoenix_skill_gap_get_nice_to_have (PhoenixSkillGap *self)
{
  g_return_val_if_fail (PHOENIX_IS_SKILL_GAP (self), NULL);
  return G_LIST_MODEL (self->lists[LIST_NICE]);
}

GListModel *
phoenix_skill_gap_get_diplomas (PhoenixSkillGap *self)
{
  g_return_val_if_fail (PHOENIX_IS_SKILL_GAP (self), NULL);
  return G_LIST_MODEL (self->lists[LIST_DIPLOMAS]);
}

PhoenixGapItem *
phoenix_skill_gap_lookup (PhoenixSkillGap *self,
                          guint            skill)
{
  g_return_val_if_fail (PHOENIX_IS_SKILL_GAP (self), NULL);
  return g_hash_table_lookup (self->by_skill, GUINT_TO_POINTER (skill + 1));
}

double
phoenix_skill_gap_get_have_share (PhoenixSkillGap *self)
{
  g_return_val_if_fail (PHOENIX_IS_SKILL_GAP (self), 0.0);
  return self->n_core > 0 ? (self->n_core_have + 0.5 * self->n_core_partly) / self->n_core : 0.0;
}

guint
phoenix_skill_gap_get_n_core (PhoenixSkillGap *self)
{
  g_return_val_if_fail (PHOENIX_IS_SKILL_GAP (self), 0);
  return self->n_core;
}

guint
phoenix_skill_gap_get_n_core_have (PhoenixSkillGap *self)
{
  g_return_val_if_fail (PHOENIX_IS_SKILL_GAP (self), 0);
  return self->n_core_have;
}

guint
phoenix_skill_gap_get_n_core_partly (PhoenixSkillGap *self)
{
  g_return_val_if_fail (PHOENIX_IS_SKILL_GAP (self), 0);
  return self->n_core_partly;
}

GArray *
phoenix_skill_gap_get_path_skills (PhoenixSkillGap *self)
{
  GListModel *missing;
  GArray *skills;

  g_return_val_if_fail (PHOENIX_IS_SKILL_GAP (self), NULL);

  missing = G_LIST_MODEL (self->lists[LIST_MISSING]);
  skills = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint i = 0; i < g_list_model_get_n_items (missing); i++)
    {
      g_autoptr(PhoenixGapItem) item = g_list_model_get_item (missing, i);

      g_array_append_val (skills, item->skill);
    }

  return skills;
}

void
phoenix_skill_gap_set_frequency (PhoenixSkillGap *self,
                                 guint            skill,
                                 double           frequency)
{
  PhoenixGapItem *item;

  g_return_if_fail (PHOENIX_IS_SKILL_GAP (self));

  item = g_hash_table_lookup (self->by_skill, GUINT_TO_POINTER (skill + 1));
  if (item == NULL)
    return;
  item->frequency = frequency < 0 ? -1.0 : CLAMP (frequency, 0.0, 1.0);
  set_why (item);
  fill_lists (self);
}
