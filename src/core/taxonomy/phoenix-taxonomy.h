/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/*
 * The skills taxonomy: occupations (ROME 4.0 fiches with French and English
 * labels), skills (ROME, ESCO and Phoenix's tools list), occupation → skills
 * and occupation → reachable occupations (mobilités). Read from one
 * memory-mapped GVariant file compiled at build time from the TSV files in data/taxonomy/
 * (src/tools/phoenix-taxonomy-compile.c). Occupations and skills are addressed
 * by index (0 … n-1, sorted by code / id); indexes are stable for one file.
 * GTK-free.
 */

#define PHOENIX_TAXONOMY_ERROR (phoenix_taxonomy_error_quark ())

typedef enum
{
  PHOENIX_TAXONOMY_ERROR_NOT_FOUND,
  PHOENIX_TAXONOMY_ERROR_INVALID,
} PhoenixTaxonomyError;

typedef enum
{
  PHOENIX_SKILL_KIND_HARD,
  PHOENIX_SKILL_KIND_SOFT,
  PHOENIX_SKILL_KIND_KNOWLEDGE,
} PhoenixSkillKind;

/* Term flags in the compiled index. */
typedef enum
{
  PHOENIX_TERM_CASE_SENSITIVE = 1 << 0,  /* the text must spell it exactly ("R", "Go", "SAP") */
  PHOENIX_TERM_VERB           = 1 << 1,  /* also an English verb ("Excel at…"): not before a preposition */
  PHOENIX_TERM_PROPER_NAME    = 1 << 2,  /* a name spelt with a capital ("Chef", "Source"): so spelt, and not
                                          * first in a sentence or a line, where any word has a capital */
} PhoenixTermFlags;

/* Where an occupation title comes from, the surest first. */
typedef enum
{
  PHOENIX_TITLE_KIND_LABEL,        /* the occupation's own label */
  PHOENIX_TITLE_KIND_JOB_TITLE,    /* a ROME appellation, a hand-made title, a linked ESCO occupation's label */
  PHOENIX_TITLE_KIND_ALTERNATIVE,  /* an ESCO alternative label */
} PhoenixTitleKind;

/* Where an occupation → skill link comes from. */
typedef enum
{
  PHOENIX_SKILL_ORIGIN_ROME,  /* ROME's coherence_item (core: coeur_metier "Principale") */
  PHOENIX_SKILL_ORIGIN_ESCO,  /* an essential (or, apart, optional) skill of the linked ESCO occupation */
  PHOENIX_SKILL_ORIGIN_TOOL,  /* a tool of data/taxonomy/tools.tsv used in the occupation's ROME domain */
} PhoenixSkillOrigin;

typedef struct
{
  guint              skill;
  gboolean           core;
  PhoenixSkillOrigin origin;
} PhoenixOccupationSkill;

/*
 * ESCO's transversal skills, by group (ESCO v1.2.0's skillsHierarchy): skills any trade asks for. Computed
 * at build time (build-aux/taxonomy/generate.py, src/tools/phoenix-taxonomy-transversal.c): ESCO's
 * transversal and language collections and its reuse level "transversal", a ROME skill one of them merged
 * into, a skill of the same class as one, and a skill whose French or English label holds the whole label
 * (two words or more) of one of T1-T6 ("Capacité à travailler en équipe pluridisciplinaire" holds
 * "travailler en équipe"). Stored as one byte: the values are the file's, append only.
 */
typedef enum
{
  PHOENIX_TRANSVERSAL_NONE = 0,
  PHOENIX_TRANSVERSAL_OTHER,           /* reuse level "transversal", in no group of the hierarchy */
  PHOENIX_TRANSVERSAL_LANGUAGE,        /* the languages collection */
  PHOENIX_TRANSVERSAL_CORE,            /* T1: numbers, digital tools, … */
  PHOENIX_TRANSVERSAL_THINKING,        /* T2 */
  PHOENIX_TRANSVERSAL_SELF_MANAGEMENT, /* T3 */
  PHOENIX_TRANSVERSAL_SOCIAL,          /* T4 but T4.4 */
  PHOENIX_TRANSVERSAL_LEADING,         /* T4.4 leading others, a manager's trade */
  PHOENIX_TRANSVERSAL_PHYSICAL,        /* T5 */
  PHOENIX_TRANSVERSAL_LIFE,            /* T6 */
  PHOENIX_TRANSVERSAL_N_GROUPS
} PhoenixTransversalGroup;

/* The compiled file's format version (bumped when its layout changes). */
#define PHOENIX_TAXONOMY_FORMAT 7
/* The longest term (in tokens after stop words are dropped) the index holds. */
#define PHOENIX_TAXONOMY_MAX_TERM_TOKENS 6

#define PHOENIX_TYPE_TAXONOMY (phoenix_taxonomy_get_type ())
G_DECLARE_FINAL_TYPE (PhoenixTaxonomy, phoenix_taxonomy, PHOENIX, TAXONOMY, GObject)

GQuark            phoenix_taxonomy_error_quark          (void);

PhoenixTaxonomy  *phoenix_taxonomy_new_from_file        (const char       *path,
                                                         GError          **error);
/*
 * Where the installed taxonomy is: $PHOENIX_TAXONOMY, else
 * PKGDATADIR/taxonomy/taxonomy.gvariant. The app's one taxonomy is its
 * PhoenixContext's (phoenix_context_get_taxonomy()).
 */
char             *phoenix_taxonomy_get_default_path     (void);

/*
 * Nothing left to build: the term table and the job-title index are stored built in the
 * compiled file (sorted arrays searched by bisection, phoenix-taxonomy-index.h). Kept so an
 * app may still call it from any thread.
 */
void              phoenix_taxonomy_prepare              (PhoenixTaxonomy  *self);

guint             phoenix_taxonomy_get_n_occupations    (PhoenixTaxonomy  *self);
gboolean          phoenix_taxonomy_lookup_occupation    (PhoenixTaxonomy  *self,
                                                         const char       *code,
                                                         guint            *index);
const char       *phoenix_taxonomy_get_occupation_code  (PhoenixTaxonomy  *self,
                                                         guint             index);
/* @language: "fr" or "en" (anything else gives French). */
const char       *phoenix_taxonomy_get_occupation_label (PhoenixTaxonomy  *self,
                                                         guint             index,
                                                         const char       *language);
/* How the English label was obtained: "esco-exact", "esco-close", "hand"… */
const char       *phoenix_taxonomy_get_occupation_label_source (PhoenixTaxonomy *self,
                                                                guint            index);
/* Array of PhoenixOccupationSkill, core skills first. */
GArray           *phoenix_taxonomy_get_occupation_skills (PhoenixTaxonomy *self,
                                                          guint            index);
/* ESCO's optional skills of the occupation (PhoenixOccupationSkill, core FALSE), which
 * phoenix_taxonomy_get_occupation_skills() leaves out: nice to have, never asked of an offer. */
GArray           *phoenix_taxonomy_get_occupation_optional_skills (PhoenixTaxonomy *self,
                                                                   guint            index);
/* ROME's "accès au métier" text (French, as ROME writes it; "" when none). */
const char       *phoenix_taxonomy_get_occupation_access (PhoenixTaxonomy *self,
                                                          guint            index);
/* Array of guint occupation indexes, in ROME's display order. */
GArray           *phoenix_taxonomy_get_mobilities       (PhoenixTaxonomy  *self,
                                                         guint             index);
/*
 * Occupations whose French or English titles (labels and alternative job
 * titles) contain every word of @query as a word prefix, case and accents
 * ignored; best first (whole-word and title-start matches, then shorter
 * titles). Array of guint occupation indexes, at most @max_results.
 */
GArray           *phoenix_taxonomy_search_occupations   (PhoenixTaxonomy  *self,
                                                         const char       *query,
                                                         guint             max_results);

guint             phoenix_taxonomy_get_n_skills         (PhoenixTaxonomy  *self);
gboolean          phoenix_taxonomy_lookup_skill         (PhoenixTaxonomy  *self,
                                                         const char       *id,
                                                         guint            *index);
const char       *phoenix_taxonomy_get_skill_id         (PhoenixTaxonomy  *self,
                                                         guint             index);
/* Falls back to the other language when the skill has no label in @language. */
const char       *phoenix_taxonomy_get_skill_label      (PhoenixTaxonomy  *self,
                                                         guint             index,
                                                         const char       *language);
/* Whether the skill has its own label in @language (no fallback). */
gboolean          phoenix_taxonomy_skill_has_label      (PhoenixTaxonomy  *self,
                                                         guint             index,
                                                         const char       *language);
PhoenixSkillKind  phoenix_taxonomy_get_skill_kind       (PhoenixTaxonomy  *self,
                                                         guint             index);
/* The skill's ESCO transversal group (format 7), PHOENIX_TRANSVERSAL_NONE for a trade skill. */
PhoenixTransversalGroup phoenix_taxonomy_skill_get_transversal_group (PhoenixTaxonomy *self,
                                                                      guint            index);
/* The skill's equivalence class: the lowest index among the skills that name the same recruiter
 * skill ("Animer une équipe", "lead others", "manage a team"; "Linux", "Système d'exploitation
 * Linux"), @index itself when it has no other name. */
guint             phoenix_taxonomy_get_skill_class      (PhoenixTaxonomy  *self,
                                                         guint             index);
/* The broader skills @index proves (ESCO's hierarchy; tools by hand: Power BI → data
 * visualisation): array of guint, maybe empty. */
GArray           *phoenix_taxonomy_get_broader_skills   (PhoenixTaxonomy  *self,
                                                         guint             index);
/* Whether the skill is a diploma or a title ROME lists among its savoirs ("CAP boulanger",
 * "Diplôme d'État d'infirmier", "Master mention droit"): in an offer, an education requirement,
 * not a skill (certificates of aptitude, as CACES or a driving licence, are skills). */
gboolean          phoenix_taxonomy_skill_is_diploma     (PhoenixTaxonomy  *self,
                                                         guint             index);

/*
 * The term index the skill extractor reads: @key is a stemmed, folded token
 * sequence (see phoenix-text-tokens.h) in @language ("fr"/"en").
 * Returns TRUE with the skill, the term's flags and its spellings ("|"-separated).
 */
gboolean          phoenix_taxonomy_lookup_term          (PhoenixTaxonomy  *self,
                                                         const char       *language,
                                                         const char       *key,
                                                         guint            *skill,
                                                         PhoenixTermFlags *flags,
                                                         const char      **surface);
/* TRUE when some term of @language starts with the token @first (speeds up longest match). */
gboolean          phoenix_taxonomy_has_term_prefix      (PhoenixTaxonomy  *self,
                                                         const char       *language,
                                                         const char       *first);

/* Number of title rows and their fields, for the job-offer title matcher. */
/* The title rows (ascending) holding the stemmed word @stem of @language ("fr" or "en"), from
 * the job-title index stored in the file; NULL and *@n_rows = 0 when none. */
const guint32    *phoenix_taxonomy_find_title_word      (PhoenixTaxonomy  *self,
                                                         const char       *language,
                                                         const char       *stem,
                                                         gsize            *n_rows);
/* Per title row, from the same index: its number of distinct stemmed words of two letters or
 * more, its occupation and its PhoenixTitleKind (C arrays in the mapped file). */
typedef struct
{
  const guint8  *n_words;
  const guint32 *occupations;
  const guint8  *kinds;
  gsize          n;
} PhoenixTitleRows;

void              phoenix_taxonomy_get_title_rows       (PhoenixTaxonomy  *self,
                                                         PhoenixTitleRows *rows);
/* The rows [*@first, *@end) whose folded words are @folded; FALSE when none. */
gboolean          phoenix_taxonomy_find_titles          (PhoenixTaxonomy  *self,
                                                         const char       *folded,
                                                         gsize            *first,
                                                         gsize            *end);
guint             phoenix_taxonomy_get_n_titles         (PhoenixTaxonomy  *self);
void              phoenix_taxonomy_get_title            (PhoenixTaxonomy  *self,
                                                         guint             row,
                                                         const char      **folded,
                                                         const char      **stemmed,
                                                         const char      **language,
                                                         guint            *occupation,
                                                         PhoenixTitleKind *kind);

G_END_DECLS
