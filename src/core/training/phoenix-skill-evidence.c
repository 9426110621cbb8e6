/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-skill-evidence"

#include "config.h"

#include <glib/gi18n.h>
#include <libstemmer.h>
#include <string.h>

#include "phoenix-profile-entries.h"
#include "phoenix-skill-evidence.h"
#include "phoenix-occupation-matcher.h"
#include "phoenix-text-tokens.h"

#define N_SECTIONS (PHOENIX_EVIDENCE_INTEREST + 1)

typedef struct
{
  PhoenixEvidenceSection section;
  int                    entry;
  gboolean               low_level;
} Proof;

/* A skill's significant stems in French and in English (sorted GQuarks). */
typedef struct
{
  GArray *stems[2];
} SkillStems;

struct _PhoenixSkillEvidence
{
  GObject                parent_instance;

  PhoenixTaxonomy       *taxonomy;
  char                  *language;
  GArray                *skills;        /* guint, distinct, first mention first */
  GHashTable            *proofs;        /* skill + 1 → Proof * (the strongest) */
  GHashTable            *cache;         /* skill + 1 → PhoenixSkillAssessment * */
  GHashTable            *stems;         /* skill + 1 → SkillStems * */
  GPtrArray             *titles[N_SECTIONS];  /* char *, one per entry of each list */
  GPtrArray             *skill_levels;  /* char *, the level of each skills-list entry */
  GPtrArray             *job_titles;    /* char *, the title of each experience */
  GString               *credentials;   /* degrees, fields and certifications, one a line */
  GArray                *occupations;   /* PhoenixOwnOccupation */
  PhoenixEducationLevel  education;
  struct sb_stemmer     *stemmers[2];   /* fr, en */
};

G_DEFINE_FINAL_TYPE (PhoenixSkillEvidence, phoenix_skill_evidence, G_TYPE_OBJECT)

static const char * const label_languages[2] = { "fr", "en" };

/* Levels a skills-list entry gives when the skill is only begun (folded words). */
static const char * const low_levels[] = {
  "debutant", "debutante", "notions", "notion", "basique", "bases", "base", "scolaire", "initiation",
  "en cours", "apprentissage", "beginner", "basic", "basics", "elementary", "novice", "learning", "a1", "a2", NULL,
};

/* Verbs that open skill labels of every trade: not what makes two skills related. */
static const char * const generic_words[] = {
  "realiser", "effectuer", "assurer", "utiliser", "appliquer", "mettre", "oeuvre", "proceder", "participer",
  "perform", "use", "apply", "carry", "out", "ensure", "undertake", "make", NULL,
};

static void
free_stems (gpointer data)
{
  SkillStems *stems = data;

  g_array_unref (stems->stems[0]);
  g_array_unref (stems->stems[1]);
  g_free (stems);
}

static int
compare_quarks (gconstpointer a,
                gconstpointer b)
{
  GQuark qa = *(const GQuark *) a;
  GQuark qb = *(const GQuark *) b;

  return qa < qb ? -1 : qa > qb;
}

static GArray *
significant_stems (const char        *label,
                   struct sb_stemmer *stemmer)
{
  g_autoptr(GArray) tokens = _phoenix_text_tokenize (label, stemmer, TRUE);
  GArray *stems = g_array_new (FALSE, FALSE, sizeof (GQuark));

  for (guint i = 0; i < tokens->len; i++)
    {
      PhoenixTextToken *token = &g_array_index (tokens, PhoenixTextToken, i);
      GQuark quark;
      gboolean seen = FALSE;

      if (g_strv_contains (generic_words, token->folded) || strlen (token->stem) < 2)
        continue;
      quark = g_quark_from_string (token->stem);
      for (guint j = 0; j < stems->len && !seen; j++)
        seen = g_array_index (stems, GQuark, j) == quark;
      if (!seen)
        g_array_append_val (stems, quark);
    }
  g_array_sort (stems, compare_quarks);

  return stems;
}

static SkillStems *
get_stems (PhoenixSkillEvidence *self,
           guint                 skill)
{
  SkillStems *stems = g_hash_table_lookup (self->stems, GUINT_TO_POINTER (skill + 1));

  if (stems != NULL)
    return stems;
  stems = g_new0 (SkillStems, 1);
  for (guint l = 0; l < 2; l++)
    {
      if (phoenix_taxonomy_skill_has_label (self->taxonomy, skill, label_languages[l]))
        stems->stems[l] = significant_stems (phoenix_taxonomy_get_skill_label (self->taxonomy, skill,
                                                                                 label_languages[l]),
                                             self->stemmers[l]);
      else
        stems->stems[l] = g_array_new (FALSE, FALSE, sizeof (GQuark));
    }
  g_hash_table_insert (self->stems, GUINT_TO_POINTER (skill + 1), stems);

  return stems;
}

/* Stems both sorted arrays share. */
static guint
count_common (GArray *a,
              GArray *b)
{
  guint i = 0, j = 0, common = 0;

  while (i < a->len && j < b->len)
    {
      GQuark qa = g_array_index (a, GQuark, i);
      GQuark qb = g_array_index (b, GQuark, j);

      if (qa == qb)
        common++, i++, j++;
      else if (qa < qb)
        i++;
      else
        j++;
    }

  return common;
}

/* Strong proofs first; a beginner's listing before a mention in passing. */
static int
proof_rank (const Proof *proof)
{
  if (proof->section >= PHOENIX_EVIDENCE_HEADLINE)
    return 100 + proof->section;
  if (proof->low_level)
    return 50;

  return proof->section;
}

static gboolean
is_low_level (const char *level)
{
  g_autofree char *folded = _phoenix_text_fold_words (level);

  for (gsize i = 0; low_levels[i] != NULL; i++)
    {
      const char *hit = strstr (folded, low_levels[i]);
      gsize len = strlen (low_levels[i]);

      if (hit != NULL && (hit == folded || hit[-1] == ' ') && (hit[len] == '\0' || hit[len] == ' '))
        return TRUE;
    }

  return FALSE;
}

static void
add_proof (PhoenixSkillEvidence   *self,
           guint                   skill,
           PhoenixEvidenceSection  section,
           int                     entry,
           gboolean                low_level)
{
  Proof candidate = { section, entry, low_level };
  Proof *proof = g_hash_table_lookup (self->proofs, GUINT_TO_POINTER (skill + 1));

  if (proof == NULL)
    {
      g_array_append_val (self->skills, skill);
      g_hash_table_insert (self->proofs, GUINT_TO_POINTER (skill + 1), g_memdup2 (&candidate, sizeof candidate));
      return;
    }
  if (proof_rank (&candidate) < proof_rank (proof))
    *proof = candidate;
}

typedef struct
{
  PhoenixEvidenceSection  section;
  int                     entry;
  gboolean                low_level;
  char                   *text;
} Piece;

static void
clear_piece (gpointer data)
{
  g_free (((Piece *) data)->text);
}

static void
add_piece (GArray                 *pieces,
           PhoenixEvidenceSection  section,
           int                     entry,
           gboolean                low_level,
           GString                *text)
{
  Piece piece = { section, entry, low_level, NULL };

  if (text->len == 0)
    return;
  piece.text = g_strdup (text->str);
  g_array_append_val (pieces, piece);
  g_string_truncate (text, 0);
}

/* Appends @value on its own line: skill terms never cross a line. */
static void
append_line (GString    *text,
             const char *value)
{
  if (value == NULL || *value == '\0')
    return;
  g_string_append (text, value);
  g_string_append_c (text, '\n');
}

static void
append_lines (GString            *text,
              const char * const *values)
{
  for (guint i = 0; values != NULL && values[i] != NULL; i++)
    append_line (text, values[i]);
}

static char *
join_title (const char *first,
            const char *second)
{
  if (*first != '\0' && *second != '\0')
    return g_strdup_printf ("%s, %s", first, second);

  return g_strdup (*first != '\0' ? first : second);
}

typedef struct
{
  int         index;
  const char *start;    /* ISO 8601 ("YYYY", "YYYY-MM", "YYYY-MM-DD"): in date order as text */
  gboolean    current;
} Job;

static int
compare_jobs (gconstpointer a,
              gconstpointer b)
{
  const Job *ja = a;
  const Job *jb = b;

  if (ja->current != jb->current)
    return ja->current ? -1 : 1;
  if (strcmp (ja->start, jb->start) != 0)
    return strcmp (jb->start, ja->start);
  return ja->index - jb->index;
}

static void
find_occupations (PhoenixSkillEvidence *self,
                  PhoenixProfile       *profile)
{
  GListModel *experiences = G_LIST_MODEL (phoenix_profile_get_experiences (profile));
  guint n = g_list_model_get_n_items (experiences);
  g_autoptr(GArray) jobs = g_array_new (FALSE, FALSE, sizeof (Job));
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  g_autoptr(GPtrArray) experiences_kept = g_ptr_array_new_with_free_func (g_object_unref);
  const char *latest = "";

  for (guint i = 0; i < n; i++)
    {
      PhoenixExperience *experience = g_list_model_get_item (experiences, i);
      Job job = { (int) i, phoenix_experience_get_start_date (experience), phoenix_experience_get_current (experience) };

      /* Kept alive while the jobs point at their dates. */
      g_ptr_array_add (experiences_kept, experience);
      if (*phoenix_experience_get_title (experience) == '\0')
        continue;
      if (strcmp (job.start, latest) > 0)
        latest = job.start;
      g_array_append_val (jobs, job);
    }
  /* Without a date anywhere, the CV's own order (JSON Resume lists the latest first). */
  for (guint i = 0; i < jobs->len; i++)
    {
      Job *job = &g_array_index (jobs, Job, i);

      if (!job->current)
        job->current = *latest != '\0' ? strcmp (job->start, latest) == 0 : i == 0;
    }
  g_array_sort (jobs, compare_jobs);

  for (guint i = 0; i < jobs->len; i++)
    {
      Job *job = &g_array_index (jobs, Job, i);
      g_autoptr(PhoenixExperience) experience = g_list_model_get_item (experiences, (guint) job->index);
      PhoenixOwnOccupation own = { 0, job->index, job->current };

      if (!phoenix_occupation_matcher_guess (self->taxonomy, phoenix_experience_get_title (experience),
                                               &own.occupation) ||
          g_hash_table_contains (seen, GUINT_TO_POINTER (own.occupation + 1)))
        continue;
      g_hash_table_add (seen, GUINT_TO_POINTER (own.occupation + 1));
      g_array_append_val (self->occupations, own);
    }
  if (self->occupations->len == 0)
    {
      PhoenixOwnOccupation own = { 0, -1, TRUE };

      if (phoenix_occupation_matcher_guess (self->taxonomy, phoenix_profile_get_headline (profile),
                                              &own.occupation))
        g_array_append_val (self->occupations, own);
    }
}

static void
read_profile (PhoenixSkillEvidence  *self,
              PhoenixSkillExtractor *extractor,
              PhoenixProfile        *profile)
{
  g_autoptr(GArray) pieces = g_array_new (FALSE, TRUE, sizeof (Piece));
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GString) all = g_string_new (NULL);
  GListModel *list;

  g_array_set_clear_func (pieces, clear_piece);

  append_line (text, phoenix_profile_get_headline (profile));
  add_piece (pieces, PHOENIX_EVIDENCE_HEADLINE, -1, FALSE, text);
  append_line (text, phoenix_profile_get_summary (profile));
  add_piece (pieces, PHOENIX_EVIDENCE_SUMMARY, -1, FALSE, text);

  list = G_LIST_MODEL (phoenix_profile_get_experiences (profile));
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(PhoenixExperience) entry = g_list_model_get_item (list, i);

      append_line (text, phoenix_experience_get_title (entry));
      append_line (text, phoenix_experience_get_summary (entry));
      append_lines (text, phoenix_experience_get_highlights (entry));
      append_line (text, phoenix_experience_get_description (entry));
      add_piece (pieces, PHOENIX_EVIDENCE_EXPERIENCE, (int) i, FALSE, text);
      g_ptr_array_add (self->titles[PHOENIX_EVIDENCE_EXPERIENCE],
                       join_title (phoenix_experience_get_title (entry), phoenix_experience_get_employer (entry)));
      g_ptr_array_add (self->job_titles, g_strdup (phoenix_experience_get_title (entry)));
    }

  list = G_LIST_MODEL (phoenix_profile_get_skills (profile));
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(PhoenixSkill) entry = g_list_model_get_item (list, i);
      gboolean low = is_low_level (phoenix_skill_get_level (entry));
      guint index;

      append_line (text, phoenix_skill_get_name (entry));
      append_lines (text, phoenix_skill_get_keywords (entry));
      add_piece (pieces, PHOENIX_EVIDENCE_SKILLS, (int) i, low, text);
      g_ptr_array_add (self->titles[PHOENIX_EVIDENCE_SKILLS], g_strdup (phoenix_skill_get_name (entry)));
      g_ptr_array_add (self->skill_levels, g_strdup (phoenix_skill_get_level (entry)));
      /* A skill tied to the taxonomy counts by its id, whatever its name says. */
      if (*phoenix_skill_get_taxonomy_id (entry) != '\0' &&
          phoenix_taxonomy_lookup_skill (self->taxonomy, phoenix_skill_get_taxonomy_id (entry), &index))
        add_proof (self, index, PHOENIX_EVIDENCE_SKILLS, (int) i, low);
    }

  list = G_LIST_MODEL (phoenix_profile_get_certifications (profile));
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(PhoenixCertification) entry = g_list_model_get_item (list, i);

      append_line (text, phoenix_certification_get_name (entry));
      add_piece (pieces, PHOENIX_EVIDENCE_CERTIFICATION, (int) i, FALSE, text);
      g_ptr_array_add (self->titles[PHOENIX_EVIDENCE_CERTIFICATION], g_strdup (phoenix_certification_get_name (entry)));
    }

  list = G_LIST_MODEL (phoenix_profile_get_projects (profile));
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(PhoenixProject) entry = g_list_model_get_item (list, i);

      append_line (text, phoenix_project_get_name (entry));
      append_line (text, phoenix_project_get_summary (entry));
      append_lines (text, phoenix_project_get_highlights (entry));
      append_lines (text, phoenix_project_get_keywords (entry));
      add_piece (pieces, PHOENIX_EVIDENCE_PROJECT, (int) i, FALSE, text);
      g_ptr_array_add (self->titles[PHOENIX_EVIDENCE_PROJECT], g_strdup (phoenix_project_get_name (entry)));
    }

  list = G_LIST_MODEL (phoenix_profile_get_volunteering (profile));
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(PhoenixVolunteer) entry = g_list_model_get_item (list, i);

      append_line (text, phoenix_volunteer_get_position (entry));
      append_line (text, phoenix_volunteer_get_summary (entry));
      append_lines (text, phoenix_volunteer_get_highlights (entry));
      add_piece (pieces, PHOENIX_EVIDENCE_VOLUNTEERING, (int) i, FALSE, text);
      g_ptr_array_add (self->titles[PHOENIX_EVIDENCE_VOLUNTEERING],
                       join_title (phoenix_volunteer_get_position (entry), phoenix_volunteer_get_organization (entry)));
    }

  list = G_LIST_MODEL (phoenix_profile_get_education (profile));
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(PhoenixEducation) entry = g_list_model_get_item (list, i);
      g_autofree char *degree = g_strdup_printf ("%s %s", phoenix_education_get_degree (entry),
                                                 phoenix_education_get_field (entry));
      PhoenixEducationLevel level = phoenix_education_level_from_text (degree);

      self->education = MAX (self->education, level);

      append_line (text, phoenix_education_get_degree (entry));
      append_line (text, phoenix_education_get_field (entry));
      append_lines (text, phoenix_education_get_courses (entry));
      append_line (text, phoenix_education_get_summary (entry));
      add_piece (pieces, PHOENIX_EVIDENCE_EDUCATION, (int) i, FALSE, text);
      g_ptr_array_add (self->titles[PHOENIX_EVIDENCE_EDUCATION],
                       join_title (phoenix_education_get_degree (entry), phoenix_education_get_field (entry)));
    }

  list = G_LIST_MODEL (phoenix_profile_get_awards (profile));
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(PhoenixAward) entry = g_list_model_get_item (list, i);

      append_line (text, phoenix_award_get_title (entry));
      append_line (text, phoenix_award_get_summary (entry));
      add_piece (pieces, PHOENIX_EVIDENCE_AWARD, (int) i, FALSE, text);
      g_ptr_array_add (self->titles[PHOENIX_EVIDENCE_AWARD], g_strdup (phoenix_award_get_title (entry)));
    }

  list = G_LIST_MODEL (phoenix_profile_get_publications (profile));
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(PhoenixPublication) entry = g_list_model_get_item (list, i);

      append_line (text, phoenix_publication_get_name (entry));
      append_line (text, phoenix_publication_get_summary (entry));
      add_piece (pieces, PHOENIX_EVIDENCE_PUBLICATION, (int) i, FALSE, text);
      g_ptr_array_add (self->titles[PHOENIX_EVIDENCE_PUBLICATION], g_strdup (phoenix_publication_get_name (entry)));
    }

  list = G_LIST_MODEL (phoenix_profile_get_interests (profile));
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(PhoenixInterest) entry = g_list_model_get_item (list, i);

      append_line (text, phoenix_interest_get_name (entry));
      append_line (text, phoenix_interest_get_keywords (entry));
      add_piece (pieces, PHOENIX_EVIDENCE_INTEREST, (int) i, FALSE, text);
    }

  /* One language for the whole CV, as the ATS score reads it. */
  for (guint i = 0; i < pieces->len; i++)
    g_string_append (all, g_array_index (pieces, Piece, i).text);
  self->language = g_strdup (_phoenix_text_detect_language (all->str));
  /* What may hold a diploma or a certificate: every entry, not the summary, headline or interests. */
  for (guint i = 0; i < pieces->len; i++)
    {
      if (g_array_index (pieces, Piece, i).section < PHOENIX_EVIDENCE_HEADLINE)
        g_string_append (self->credentials, g_array_index (pieces, Piece, i).text);
    }

  for (guint i = 0; i < pieces->len; i++)
    {
      Piece *piece = &g_array_index (pieces, Piece, i);
      g_autoptr(GArray) found = phoenix_skill_extractor_extract_skills (extractor, piece->text, self->language);

      for (guint j = 0; j < found->len; j++)
        add_proof (self, g_array_index (found, guint, j), piece->section, piece->entry, piece->low_level);
    }
}

static void
phoenix_skill_evidence_finalize (GObject *object)
{
  PhoenixSkillEvidence *self = PHOENIX_SKILL_EVIDENCE (object);

  g_clear_object (&self->taxonomy);
  g_free (self->language);
  g_array_unref (self->skills);
  g_hash_table_unref (self->proofs);
  g_hash_table_unref (self->cache);
  g_hash_table_unref (self->stems);
  for (guint i = 0; i < N_SECTIONS; i++)
    g_ptr_array_unref (self->titles[i]);
  g_ptr_array_unref (self->skill_levels);
  g_ptr_array_unref (self->job_titles);
  g_string_free (self->credentials, TRUE);
  g_array_unref (self->occupations);
  sb_stemmer_delete (self->stemmers[0]);
  sb_stemmer_delete (self->stemmers[1]);

  G_OBJECT_CLASS (phoenix_skill_evidence_parent_class)->finalize (object);
}

static void
phoenix_skill_evidence_class_init (PhoenixSkillEvidenceClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = phoenix_skill_evidence_finalize;
}

static void
phoenix_skill_evidence_init (PhoenixSkillEvidence *self)
{
  self->skills = g_array_new (FALSE, FALSE, sizeof (guint));
  self->proofs = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  self->cache = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  self->stems = g_hash_table_new_full (NULL, NULL, NULL, free_stems);
  for (guint i = 0; i < N_SECTIONS; i++)
    self->titles[i] = g_ptr_array_new_with_free_func (g_free);
  self->skill_levels = g_ptr_array_new_with_free_func (g_free);
  self->job_titles = g_ptr_array_new_with_free_func (g_free);
  self->credentials = g_string_new (NULL);
  self->occupations = g_array_new (FALSE, FALSE, sizeof (PhoenixOwnOccupation));
  self->stemmers[0] = _phoenix_text_new_stemmer ("fr");
  self->stemmers[1] = _phoenix_text_new_stemmer ("en");
}

PhoenixSkillEvidence *
phoenix_skill_evidence_new (PhoenixSkillExtractor *extractor,
                            PhoenixProfile        *profile)
{
  PhoenixSkillEvidence *self;

  g_return_val_if_fail (PHOENIX_IS_SKILL_EXTRACTOR (extractor), NULL);
  g_return_val_if_fail (PHOENIX_IS_PROFILE (profile), NULL);

  self = g_object_new (PHOENIX_TYPE_SKILL_EVIDENCE, NULL);
  self->taxonomy = g_object_ref (phoenix_skill_extractor_get_taxonomy (extractor));
  read_profile (self, extractor, profile);
  find_occupations (self, profile);

  return self;
}

PhoenixTaxonomy *
phoenix_skill_evidence_get_taxonomy (PhoenixSkillEvidence *self)
{
  g_return_val_if_fail (PHOENIX_IS_SKILL_EVIDENCE (self), NULL);

  return self->taxonomy;
}

const char *
phoenix_skill_evidence_get_language (PhoenixSkillEvidence *self)
{
  g_return_val_if_fail (PHOENIX_IS_SKILL_EVIDENCE (self), NULL);

  return self->language;
}

GArray *
phoenix_skill_evidence_get_skills (PhoenixSkillEvidence *self)
{
  g_return_val_if_fail (PHOENIX_IS_SKILL_EVIDENCE (self), NULL);

  return self->skills;
}

void
phoenix_skill_evidence_assess (PhoenixSkillEvidence   *self,
                               guint                   skill,
                               PhoenixSkillAssessment *assessment)
{
  PhoenixSkillAssessment *cached;
  PhoenixSkillAssessment result = { PHOENIX_SKILL_STATUS_MISSING, PHOENIX_PARTLY_NONE, PHOENIX_EVIDENCE_NONE, -1,
                                    G_MAXUINT };
  Proof *proof;

  g_return_if_fail (PHOENIX_IS_SKILL_EVIDENCE (self));
  g_return_if_fail (assessment != NULL);

  cached = g_hash_table_lookup (self->cache, GUINT_TO_POINTER (skill + 1));
  if (cached != NULL)
    {
      *assessment = *cached;
      return;
    }

  proof = g_hash_table_lookup (self->proofs, GUINT_TO_POINTER (skill + 1));
  if (proof != NULL)
    {
      result.section = proof->section;
      result.entry = proof->entry;
      result.via = skill;
      if (proof->section >= PHOENIX_EVIDENCE_HEADLINE)
        result.status = PHOENIX_SKILL_STATUS_PARTLY, result.reason = PHOENIX_PARTLY_IN_PASSING;
      else if (proof->low_level)
        result.status = PHOENIX_SKILL_STATUS_PARTLY, result.reason = PHOENIX_PARTLY_LOW_LEVEL;
      else
        result.status = PHOENIX_SKILL_STATUS_HAVE;
    }

  /*
   * Not named (or only weakly): a more specific skill of the CV proves it as strongly as it is itself
   * proven (have, or partly at a beginner's level or in passing); a related one, strongly proven, makes
   * it partly.
   */
  if (result.status != PHOENIX_SKILL_STATUS_HAVE)
    {
      SkillStems *wanted = get_stems (self, skill);
      guint related = G_MAXUINT;

      for (guint i = 0; i < self->skills->len && result.status != PHOENIX_SKILL_STATUS_HAVE; i++)
        {
          guint other = g_array_index (self->skills, guint, i);
          Proof *other_proof = g_hash_table_lookup (self->proofs, GUINT_TO_POINTER (other + 1));
          gboolean strong = proof_rank (other_proof) < 50;
          SkillStems *have;

          if (other == skill)
            continue;
          have = get_stems (self, other);
          for (guint l = 0; l < 2; l++)
            {
              guint size = wanted->stems[l]->len;
              guint common = size > 0 ? count_common (wanted->stems[l], have->stems[l]) : 0;

              if (size > 0 && common == size && (strong || result.status == PHOENIX_SKILL_STATUS_MISSING))
                {
                  result.status = strong ? PHOENIX_SKILL_STATUS_HAVE : PHOENIX_SKILL_STATUS_PARTLY;
                  result.reason = strong ? PHOENIX_PARTLY_NONE :
                                  other_proof->section >= PHOENIX_EVIDENCE_HEADLINE ? PHOENIX_PARTLY_IN_PASSING :
                                                                                   PHOENIX_PARTLY_LOW_LEVEL;
                  result.section = other_proof->section;
                  result.entry = other_proof->entry;
                  result.via = other;
                  break;
                }
              if (strong && related == G_MAXUINT && common >= 2 && common * 2 >= size)
                related = other;
            }
        }
      if (result.status == PHOENIX_SKILL_STATUS_MISSING && related != G_MAXUINT)
        {
          Proof *other_proof = g_hash_table_lookup (self->proofs, GUINT_TO_POINTER (related + 1));

          result.status = PHOENIX_SKILL_STATUS_PARTLY;
          result.reason = PHOENIX_PARTLY_RELATED;
          result.section = other_proof->section;
          result.entry = other_proof->entry;
          result.via = related;
        }
    }

  g_hash_table_insert (self->cache, GUINT_TO_POINTER (skill + 1), g_memdup2 (&result, sizeof result));
  *assessment = result;
}

static char *
describe_place (PhoenixSkillEvidence         *self,
                const PhoenixSkillAssessment *assessment)
{
  GPtrArray *titles = self->titles[assessment->section];
  const char *title = assessment->entry >= 0 && (guint) assessment->entry < titles->len ?
                      g_ptr_array_index (titles, assessment->entry) : "";
  int number = assessment->entry + 1;

  switch (assessment->section)
    {
    case PHOENIX_EVIDENCE_EXPERIENCE:
      /* Translators: %d is the experience's number in the CV, %s its title and employer */
      return *title != '\0' ? g_strdup_printf (_("Experience %d (%s)"), number, title) :
                              g_strdup_printf (_("Experience %d"), number);
    case PHOENIX_EVIDENCE_SKILLS:
      /* Translators: %s is a skill as the CV lists it */
      return g_strdup_printf (_("your skills (“%s”)"), title);
    case PHOENIX_EVIDENCE_CERTIFICATION:
      return g_strdup_printf (_("your certification “%s”"), title);
    case PHOENIX_EVIDENCE_PROJECT:
      return *title != '\0' ? g_strdup_printf (_("Project %d (%s)"), number, title) :
                              g_strdup_printf (_("Project %d"), number);
    case PHOENIX_EVIDENCE_VOLUNTEERING:
      return *title != '\0' ? g_strdup_printf (_("Volunteering %d (%s)"), number, title) :
                              g_strdup_printf (_("Volunteering %d"), number);
    case PHOENIX_EVIDENCE_EDUCATION:
      return *title != '\0' ? g_strdup_printf (_("Education %d (%s)"), number, title) :
                              g_strdup_printf (_("Education %d"), number);
    case PHOENIX_EVIDENCE_AWARD:
      return g_strdup_printf (_("your award “%s”"), title);
    case PHOENIX_EVIDENCE_PUBLICATION:
      return g_strdup_printf (_("your publication “%s”"), title);
    case PHOENIX_EVIDENCE_HEADLINE:
      return g_strdup (_("your headline"));
    case PHOENIX_EVIDENCE_SUMMARY:
      return g_strdup (_("your summary"));
    case PHOENIX_EVIDENCE_INTEREST:
      return g_strdup (_("your interests"));
    case PHOENIX_EVIDENCE_NONE:
    default:
      return g_strdup ("");
    }
}

char *
phoenix_skill_evidence_describe (PhoenixSkillEvidence         *self,
                                 guint                         skill,
                                 const PhoenixSkillAssessment *assessment,
                                 const char                   *language)
{
  g_autofree char *place = NULL;
  const char *via;

  g_return_val_if_fail (PHOENIX_IS_SKILL_EVIDENCE (self), NULL);
  g_return_val_if_fail (assessment != NULL, NULL);

  if (assessment->status == PHOENIX_SKILL_STATUS_MISSING || assessment->via == G_MAXUINT)
    return g_strdup ("");
  place = describe_place (self, assessment);
  via = phoenix_taxonomy_get_skill_label (self->taxonomy, assessment->via, language);

  if (assessment->reason == PHOENIX_PARTLY_RELATED)
    /* Translators: the first %s is a skill of the CV, the second where the CV names it */
    return g_strdup_printf (_("Related: you have “%s”, in %s"), via, place);
  if (assessment->reason == PHOENIX_PARTLY_IN_PASSING)
    /* Translators: %s is "your summary", "your headline" or "your interests" */
    return g_strdup_printf (_("Only mentioned in passing, in %s"), place);
  if (assessment->reason == PHOENIX_PARTLY_LOW_LEVEL)
    {
      const char *level = assessment->entry >= 0 && (guint) assessment->entry < self->skill_levels->len ?
                          g_ptr_array_index (self->skill_levels, assessment->entry) : "";

      /* Translators: the first %s is where the CV lists the skill, the second the level it gives */
      return g_strdup_printf (_("Listed in %s at the level “%s”"), place, level);
    }
  if (assessment->via != skill)
    /* Translators: the first %s is a more specific skill of the CV, the second where the CV names it */
    return g_strdup_printf (_("Proven by “%s”, in %s"), via, place);

  /* Translators: %s is where the CV names the skill, e.g. "Experience 2 (Sales assistant, Decathlon)" */
  return g_strdup_printf (_("Found in %s"), place);
}

PhoenixEducationLevel
phoenix_skill_evidence_get_education_level (PhoenixSkillEvidence *self)
{
  g_return_val_if_fail (PHOENIX_IS_SKILL_EVIDENCE (self), PHOENIX_EDUCATION_UNKNOWN);

  return self->education;
}

const char *
phoenix_skill_evidence_get_credentials_text (PhoenixSkillEvidence *self)
{
  g_return_val_if_fail (PHOENIX_IS_SKILL_EVIDENCE (self), NULL);

  return self->credentials->str;
}

GArray *
phoenix_skill_evidence_get_occupations (PhoenixSkillEvidence *self)
{
  g_return_val_if_fail (PHOENIX_IS_SKILL_EVIDENCE (self), NULL);

  return self->occupations;
}

const char *
phoenix_skill_evidence_get_experience_title (PhoenixSkillEvidence *self,
                                             int                   index)
{
  GPtrArray *titles;

  g_return_val_if_fail (PHOENIX_IS_SKILL_EVIDENCE (self), NULL);

  titles = self->job_titles;
  if (index < 0 || (guint) index >= titles->len)
    return "";

  return g_ptr_array_index (titles, index);
}
