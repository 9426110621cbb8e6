/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-contribution"

#include "config.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "phoenix-contribution-private.h"
#include "phoenix-randomized-response.h"

struct _PhoenixContribution
{
  GObject    parent_instance;

  int        schema;
  char      *install;
  char      *target;
  char      *values[PHOENIX_CONTRIBUTION_N_FIELDS];
  GPtrArray *sets[PHOENIX_CONTRIBUTION_N_SETS];
};

G_DEFINE_FINAL_TYPE (PhoenixContribution, phoenix_contribution, G_TYPE_OBJECT)

G_DEFINE_QUARK (phoenix-contribution-error-quark, phoenix_contribution_error)

static const char * const field_names[PHOENIX_CONTRIBUTION_N_FIELDS] = {
  "origin", "region", "years", "education", "ats", "outcome",
  "sector", "applications", "responses", "interviews",
};

static const char * const set_names[PHOENIX_CONTRIBUTION_N_SETS] = {
  "skills", "skills_asked", "training",
};

static const char * const region_values[] = {
  "FR-ARA", "FR-BFC", "FR-BRE", "FR-CVL", "FR-20R", "FR-GES", "FR-HDF", "FR-IDF", "FR-NOR",
  "FR-NAQ", "FR-OCC", "FR-PDL", "FR-PAC", "FR-971", "FR-972", "FR-973", "FR-974", "FR-976",
  "abroad", "unknown", NULL,
};
static const char * const years_values[] = { "0-1", "2-4", "5-9", "10-19", "20+", NULL };
static const char * const education_values[] = {
  "none", "cap-bep", "bac", "bac+2", "bac+3", "bac+5", "doctorate", NULL,
};
static const char * const ats_values[] = { "none", "0-19", "20-39", "40-59", "60-79", "80-100", NULL };
static const char * const outcome_values[] = { "in-progress", "hired", "gave-up", NULL };
static const char * const sector_values[] = {
  "A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M", "N", NULL,
};
static const char * const count_values[] = { "0", "1-2", "3-5", "6-10", "11-20", "21+", NULL };
static const char * const unknown_origin[] = { "unknown", NULL };

static const char * const default_values[PHOENIX_CONTRIBUTION_N_FIELDS] = {
  "unknown", "unknown", "0-1", "none", "none", "in-progress", "A", "0", "0", "0",
};

#define DOMAINS_KEY "phoenix-contribution-domains"

/* The ROME domains ("A11" … "N44") of the taxonomy's occupations, then "unknown"; kept on the taxonomy. */
static const char * const *
taxonomy_domains (PhoenixTaxonomy *taxonomy,
                  guint           *n_values)
{
  GStrv domains = g_object_get_data (G_OBJECT (taxonomy), DOMAINS_KEY);

  if (domains == NULL)
    {
      g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
      guint n = phoenix_taxonomy_get_n_occupations (taxonomy);
      char last[4] = "";
      GStrv built;

      /* Occupations are sorted by code, so a domain's fiches are together. */
      for (guint i = 0; i < n; i++)
        {
          const char *code = phoenix_taxonomy_get_occupation_code (taxonomy, i);

          if (strlen (code) < 3 || strncmp (code, last, 3) == 0)
            continue;
          memcpy (last, code, 3);
          g_strv_builder_add (builder, last);
        }
      g_strv_builder_add (builder, "unknown");
      built = g_strv_builder_end (builder);
      if (g_object_replace_data (G_OBJECT (taxonomy), DOMAINS_KEY, NULL, built,
                                 (GDestroyNotify) g_strfreev, NULL))
        domains = built;
      else
        {
          /* Another thread stored the same list first. */
          g_strfreev (built);
          domains = g_object_get_data (G_OBJECT (taxonomy), DOMAINS_KEY);
        }
    }

  *n_values = g_strv_length (domains);
  return (const char * const *) domains;
}

#define SKILL_SETS_KEY "phoenix-contribution-skill-sets"

/* Each occupation's skill ids as a set, built on first use and kept on the taxonomy (validation's hot path). */
typedef struct
{
  GMutex      lock;
  GHashTable *by_occupation;  /* occupation index → GHashTable of ids (pointing into the mapped file) */
} SkillSets;

static void
skill_sets_free (gpointer data)
{
  SkillSets *sets = data;

  g_mutex_clear (&sets->lock);
  g_hash_table_unref (sets->by_occupation);
  g_free (sets);
}

/* A reference to the set of @occupation's skill ids. */
static GHashTable *
occupation_skill_set (PhoenixTaxonomy *taxonomy,
                      guint            occupation)
{
  SkillSets *sets = g_object_get_data (G_OBJECT (taxonomy), SKILL_SETS_KEY);
  GHashTable *set;

  if (sets == NULL)
    {
      SkillSets *made = g_new0 (SkillSets, 1);

      g_mutex_init (&made->lock);
      made->by_occupation = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_hash_table_unref);
      if (g_object_replace_data (G_OBJECT (taxonomy), SKILL_SETS_KEY, NULL, made, skill_sets_free, NULL))
        sets = made;
      else
        {
          skill_sets_free (made);
          sets = g_object_get_data (G_OBJECT (taxonomy), SKILL_SETS_KEY);
        }
    }

  g_mutex_lock (&sets->lock);
  set = g_hash_table_lookup (sets->by_occupation, GUINT_TO_POINTER (occupation));
  if (set == NULL)
    {
      g_autoptr(GArray) links = phoenix_taxonomy_get_occupation_skills (taxonomy, occupation);

      set = g_hash_table_new (g_str_hash, g_str_equal);
      for (guint i = 0; i < links->len; i++)
        g_hash_table_add (set, (gpointer) phoenix_taxonomy_get_skill_id (taxonomy,
                                                                         g_array_index (links, PhoenixOccupationSkill, i).skill));
      g_hash_table_insert (sets->by_occupation, GUINT_TO_POINTER (occupation), set);
    }
  g_hash_table_ref (set);
  g_mutex_unlock (&sets->lock);

  return set;
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static gboolean
find_in_set (GPtrArray  *set,
             const char *id,
             guint      *position)
{
  guint low = 0, high = set->len;

  while (low < high)
    {
      guint middle = low + (high - low) / 2;
      int cmp = strcmp (g_ptr_array_index (set, middle), id);

      if (cmp == 0)
        {
          *position = middle;
          return TRUE;
        }
      if (cmp < 0)
        low = middle + 1;
      else
        high = middle;
    }

  *position = low;
  return FALSE;
}

static gboolean
is_module_id (const char *text)
{
  gsize length = strlen (text);

  if (length == 0 || length > 64 || !(g_ascii_islower (text[0]) || g_ascii_isdigit (text[0])))
    return FALSE;
  for (const char *c = text; *c != '\0'; c++)
    if (!g_ascii_islower (*c) && !g_ascii_isdigit (*c) && strchr ("._:-", *c) == NULL)
      return FALSE;
  return TRUE;
}

/* Sets a translated INVALID error about @field. */
gboolean
_phoenix_contribution_invalid (char      **field_out,
                               GError    **error,
                               const char *field,
                               const char *format,
                               ...)
{
  g_autofree char *reason = NULL;
  va_list args;

  va_start (args, format);
  reason = g_strdup_vprintf (format, args);
  va_end (args);

  if (field_out != NULL)
    {
      g_free (*field_out);
      *field_out = g_strdup (field);
    }
  /* TRANSLATORS: "Field “years”: this value is not one of the format's". */
  g_set_error (error, PHOENIX_CONTRIBUTION_ERROR, PHOENIX_CONTRIBUTION_ERROR_INVALID,
               _("Field “%s”: %s"), field, reason);
  return FALSE;
}

static char *
field_path (PhoenixContributionField field)
{
  if (field >= PHOENIX_CONTRIBUTION_SECTOR)
    return g_strdup_printf ("sector.%s", field == PHOENIX_CONTRIBUTION_SECTOR ? "code" : field_names[field]);
  return g_strdup (field_names[field]);
}

static void
phoenix_contribution_finalize (GObject *object)
{
  PhoenixContribution *self = (PhoenixContribution *) object;

  g_clear_pointer (&self->install, g_free);
  g_clear_pointer (&self->target, g_free);
  for (guint f = 0; f < PHOENIX_CONTRIBUTION_N_FIELDS; f++)
    g_clear_pointer (&self->values[f], g_free);
  for (guint s = 0; s < PHOENIX_CONTRIBUTION_N_SETS; s++)
    g_clear_pointer (&self->sets[s], g_ptr_array_unref);

  G_OBJECT_CLASS (phoenix_contribution_parent_class)->finalize (object);
}

static void
phoenix_contribution_class_init (PhoenixContributionClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = phoenix_contribution_finalize;
}

static void
phoenix_contribution_init (PhoenixContribution *self)
{
  self->schema = PHOENIX_CONTRIBUTION_SCHEMA_VERSION;
  self->target = g_strdup ("");
  for (guint f = 0; f < PHOENIX_CONTRIBUTION_N_FIELDS; f++)
    self->values[f] = g_strdup (default_values[f]);
  for (guint s = 0; s < PHOENIX_CONTRIBUTION_N_SETS; s++)
    self->sets[s] = g_ptr_array_new_with_free_func (g_free);
}

PhoenixContribution *
phoenix_contribution_new (void)
{
  PhoenixContribution *self = g_object_new (PHOENIX_TYPE_CONTRIBUTION, NULL);

  self->install = phoenix_contribution_generate_install_id ();
  return self;
}

gboolean
phoenix_contribution_validate (PhoenixContribution  *self,
                               PhoenixTaxonomy      *taxonomy,
                               char                **field,
                               GError              **error)
{
  GHashTable *target_skills = NULL;
  gboolean ok = TRUE;
  guint target_index = 0;

  g_return_val_if_fail (PHOENIX_IS_CONTRIBUTION (self), FALSE);
  g_return_val_if_fail (taxonomy == NULL || PHOENIX_IS_TAXONOMY (taxonomy), FALSE);

  if (self->schema != PHOENIX_CONTRIBUTION_SCHEMA_VERSION)
    {
      g_autofree char *version = g_strdup_printf ("%d", self->schema);

      return _phoenix_contribution_invalid (field, error, "schema", _("version %s is not supported (this server reads %d)"),
                      version, PHOENIX_CONTRIBUTION_SCHEMA_VERSION);
    }
  if (self->install == NULL || !phoenix_contribution_is_install_id (self->install))
    return _phoenix_contribution_invalid (field, error, "install", _("it must be 32 lowercase hexadecimal digits"));
  if (!(strlen (self->target) == 5 && g_ascii_isupper (self->target[0]) &&
        g_ascii_isdigit (self->target[1]) && g_ascii_isdigit (self->target[2]) &&
        g_ascii_isdigit (self->target[3]) && g_ascii_isdigit (self->target[4])))
    return _phoenix_contribution_invalid (field, error, "target", _("it must be a ROME occupation code such as “J1506”"));
  if (taxonomy != NULL && !phoenix_taxonomy_lookup_occupation (taxonomy, self->target, &target_index))
    return _phoenix_contribution_invalid (field, error, "target", _("“%s” is not an occupation of the taxonomy"), self->target);

  for (guint f = 0; f < PHOENIX_CONTRIBUTION_N_FIELDS; f++)
    {
      if (f == PHOENIX_CONTRIBUTION_ORIGIN && taxonomy == NULL)
        {
          const char *v = self->values[f];

          /* Without the taxonomy: "unknown" or a letter and two digits. */
          if (g_str_equal (v, "unknown") ||
              (strlen (v) == 3 && g_ascii_isupper (v[0]) && g_ascii_isdigit (v[1]) && g_ascii_isdigit (v[2])))
            continue;
        }
      else if (phoenix_contribution_field_index (f, taxonomy, self->values[f]) >= 0)
        continue;

      {
        g_autofree char *path = field_path (f);

        if (f == PHOENIX_CONTRIBUTION_ORIGIN)
          return _phoenix_contribution_invalid (field, error, path, _("“%s” is neither a ROME domain of the taxonomy nor “unknown”"),
                          self->values[f]);
        return _phoenix_contribution_invalid (field, error, path, _("“%s” is not one of the values this field may take"),
                        self->values[f]);
      }
    }

  if (taxonomy != NULL)
    target_skills = occupation_skill_set (taxonomy, target_index);

  for (guint s = PHOENIX_CONTRIBUTION_SKILLS; ok && s <= PHOENIX_CONTRIBUTION_SKILLS_ASKED; s++)
    {
      GPtrArray *set = self->sets[s];

      for (guint i = 0; ok && i < set->len; i++)
        {
          const char *id = g_ptr_array_index (set, i);
          g_autofree char *path = NULL;
          guint index;

          if (strlen (id) <= 64 && strchr (id, ':') != NULL &&
              (taxonomy == NULL || g_hash_table_contains (target_skills, id)))
            continue;
          path = g_strdup_printf ("%s[%u]", set_names[s], i);
          if (strlen (id) > 64 || strchr (id, ':') == NULL)
            ok = _phoenix_contribution_invalid (field, error, path, _("“%s” is not a skill id"), id);
          /* Not one of the target's: say whether it is a skill at all (the slow lookup, on errors only). */
          else if (!phoenix_taxonomy_lookup_skill (taxonomy, id, &index) ||
                   !g_str_equal (phoenix_taxonomy_get_skill_id (taxonomy, index), id))
            ok = _phoenix_contribution_invalid (field, error, path, _("“%s” is not a skill of the taxonomy"), id);
          else
            ok = _phoenix_contribution_invalid (field, error, path, _("“%s” is not a skill of the target occupation %s"),
                          id, self->target);
        }
    }
  g_clear_pointer (&target_skills, g_hash_table_unref);
  if (!ok)
    return FALSE;

  if (self->sets[PHOENIX_CONTRIBUTION_TRAINING]->len > PHOENIX_CONTRIBUTION_MAX_TRAINING)
    return _phoenix_contribution_invalid (field, error, "training", _("it lists more than %d modules"),
                    PHOENIX_CONTRIBUTION_MAX_TRAINING);
  for (guint i = 0; i < self->sets[PHOENIX_CONTRIBUTION_TRAINING]->len; i++)
    {
      const char *id = g_ptr_array_index (self->sets[PHOENIX_CONTRIBUTION_TRAINING], i);

      if (!is_module_id (id))
        {
          g_autofree char *path = g_strdup_printf ("training[%u]", i);

          return _phoenix_contribution_invalid (field, error, path,
                          _("“%s” is not a module id (1 to 64 lowercase letters, digits, “.”, “_”, “:” or “-”)"),
                          id);
        }
    }

  return TRUE;
}

GStrv
phoenix_contribution_target_skill_ids (PhoenixTaxonomy *taxonomy,
                                       const char      *target)
{
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();
  g_autoptr(GArray) links = NULL;
  guint target_index;

  g_return_val_if_fail (PHOENIX_IS_TAXONOMY (taxonomy), NULL);

  if (target != NULL && phoenix_taxonomy_lookup_occupation (taxonomy, target, &target_index))
    links = phoenix_taxonomy_get_occupation_skills (taxonomy, target_index);
  for (guint i = 0; links != NULL && i < links->len; i++)
    g_strv_builder_add (ids, phoenix_taxonomy_get_skill_id (taxonomy,
                                                           g_array_index (links, PhoenixOccupationSkill, i).skill));
  return g_strv_builder_end (ids);
}

PhoenixContribution *
phoenix_contribution_randomize (PhoenixContribution *self,
                                PhoenixTaxonomy     *taxonomy,
                                const char * const  *training_catalogue,
                                GRand               *rand)
{
  g_auto(GStrv) skill_ids = NULL;

  g_return_val_if_fail (PHOENIX_IS_CONTRIBUTION (self), NULL);
  g_return_val_if_fail (PHOENIX_IS_TAXONOMY (taxonomy), NULL);

  skill_ids = phoenix_contribution_target_skill_ids (taxonomy, self->target);
  return phoenix_contribution_randomize_with_skills (self, taxonomy, (const char * const *) skill_ids,
                                                    training_catalogue, rand);
}

PhoenixContribution *
phoenix_contribution_randomize_with_skills (PhoenixContribution *self,
                                            PhoenixTaxonomy     *taxonomy,
                                            const char * const  *skill_ids,
                                            const char * const  *training_catalogue,
                                            GRand               *rand)
{
  g_autoptr(PhoenixContribution) noisy = NULL;

  g_return_val_if_fail (PHOENIX_IS_CONTRIBUTION (self), NULL);
  g_return_val_if_fail (PHOENIX_IS_TAXONOMY (taxonomy), NULL);
  g_return_val_if_fail (rand != NULL, NULL);

  noisy = g_object_new (PHOENIX_TYPE_CONTRIBUTION, NULL);
  noisy->schema = self->schema;
  noisy->install = g_strdup (self->install);
  phoenix_contribution_set_target (noisy, self->target);

  for (guint f = 0; f < PHOENIX_CONTRIBUTION_N_FIELDS; f++)
    {
      guint n_values;
      const char * const *values = phoenix_contribution_field_values (f, taxonomy, &n_values);
      int index = phoenix_contribution_field_index (f, taxonomy, self->values[f]);

      /* The sector is drawn at random by the anonymiser: it says nothing about the user. */
      if (f == PHOENIX_CONTRIBUTION_SECTOR || index < 0)
        {
          phoenix_contribution_set_value (noisy, f, self->values[f]);
          continue;
        }
      phoenix_contribution_set_value (noisy, f,
                                      values[phoenix_rr_perturb_value ((guint) index, n_values,
                                                                       PHOENIX_RR_EPSILON, rand)]);
    }

  /* Sets: one bit for every item of their whole list. */
  for (guint s = PHOENIX_CONTRIBUTION_SKILLS; skill_ids != NULL && s <= PHOENIX_CONTRIBUTION_SKILLS_ASKED; s++)
    for (guint i = 0; skill_ids[i] != NULL; i++)
      if (phoenix_rr_perturb_bit (phoenix_contribution_set_contains (self, s, skill_ids[i]), PHOENIX_RR_EPSILON, rand))
        phoenix_contribution_add_to_set (noisy, s, skill_ids[i]);
  for (guint i = 0; training_catalogue != NULL && training_catalogue[i] != NULL; i++)
    if (phoenix_rr_perturb_bit (phoenix_contribution_set_contains (self, PHOENIX_CONTRIBUTION_TRAINING,
                                                                   training_catalogue[i]),
                                PHOENIX_RR_EPSILON, rand))
      phoenix_contribution_add_to_set (noisy, PHOENIX_CONTRIBUTION_TRAINING, training_catalogue[i]);

  return g_steal_pointer (&noisy);
}

char *
phoenix_contribution_generate_install_id (void)
{
  guint8 bytes[16];
  gsize done = 0;
  GString *id = g_string_sized_new (33);

  while (done < sizeof bytes)
    {
      gssize n = getrandom (bytes + done, sizeof bytes - done, 0);

      if (n < 0 && errno == EINTR)
        continue;
      /* getrandom() cannot fail on Linux ≥ 3.17 for 16 bytes once the pool is ready. */
      g_assert (n > 0);
      done += (gsize) n;
    }
  for (guint i = 0; i < sizeof bytes; i++)
    g_string_append_printf (id, "%02x", bytes[i]);

  return g_string_free (id, FALSE);
}

gboolean
phoenix_contribution_is_install_id (const char *text)
{
  g_return_val_if_fail (text != NULL, FALSE);

  if (strlen (text) != 32)
    return FALSE;
  for (const char *c = text; *c != '\0'; c++)
    if (!g_ascii_isdigit (*c) && !(*c >= 'a' && *c <= 'f'))
      return FALSE;
  return TRUE;
}

const char *
phoenix_contribution_pick_sector (GRand *rand)
{
  g_return_val_if_fail (rand != NULL, NULL);

  return sector_values[g_rand_int_range (rand, 0, G_N_ELEMENTS (sector_values) - 1)];
}

const char *
phoenix_contribution_years_bucket (double years)
{
  if (years < 2)
    return "0-1";
  if (years < 5)
    return "2-4";
  if (years < 10)
    return "5-9";
  if (years < 20)
    return "10-19";
  return "20+";
}

const char *
phoenix_contribution_count_bucket (guint count)
{
  if (count == 0)
    return "0";
  if (count <= 2)
    return "1-2";
  if (count <= 5)
    return "3-5";
  if (count <= 10)
    return "6-10";
  if (count <= 20)
    return "11-20";
  return "21+";
}

const char *
phoenix_contribution_ats_bucket (int score)
{
  if (score < 0)
    return "none";
  if (score >= 80)
    return "80-100";
  return ats_values[1 + score / 20];
}

const char *
phoenix_contribution_origin_domain (PhoenixTaxonomy *taxonomy,
                                    const char      *occupation_code)
{
  guint n;
  const char * const *domains;

  g_return_val_if_fail (PHOENIX_IS_TAXONOMY (taxonomy), "unknown");

  if (occupation_code == NULL || strlen (occupation_code) < 3)
    return "unknown";
  domains = taxonomy_domains (taxonomy, &n);
  for (guint i = 0; i + 1 < n; i++)
    if (strncmp (domains[i], occupation_code, 3) == 0)
      return domains[i];
  return "unknown";
}

const char *
phoenix_contribution_field_name (PhoenixContributionField field)
{
  g_return_val_if_fail (field < PHOENIX_CONTRIBUTION_N_FIELDS, NULL);

  return field_names[field];
}

const char *
phoenix_contribution_set_name (PhoenixContributionSet set)
{
  g_return_val_if_fail (set < PHOENIX_CONTRIBUTION_N_SETS, NULL);

  return set_names[set];
}

const char * const *
phoenix_contribution_field_values (PhoenixContributionField  field,
                                   PhoenixTaxonomy          *taxonomy,
                                   guint                    *n_values)
{
  const char * const *values = NULL;

  g_return_val_if_fail (field < PHOENIX_CONTRIBUTION_N_FIELDS, NULL);
  g_return_val_if_fail (n_values != NULL, NULL);

  switch (field)
    {
    case PHOENIX_CONTRIBUTION_ORIGIN:
      if (taxonomy != NULL)
        return taxonomy_domains (taxonomy, n_values);
      values = unknown_origin;
      break;
    case PHOENIX_CONTRIBUTION_REGION:
      values = region_values;
      break;
    case PHOENIX_CONTRIBUTION_YEARS:
      values = years_values;
      break;
    case PHOENIX_CONTRIBUTION_EDUCATION:
      values = education_values;
      break;
    case PHOENIX_CONTRIBUTION_ATS:
      values = ats_values;
      break;
    case PHOENIX_CONTRIBUTION_OUTCOME:
      values = outcome_values;
      break;
    case PHOENIX_CONTRIBUTION_SECTOR:
      values = sector_values;
      break;
    case PHOENIX_CONTRIBUTION_APPLICATIONS:
    case PHOENIX_CONTRIBUTION_RESPONSES:
    case PHOENIX_CONTRIBUTION_INTERVIEWS:
      values = count_values;
      break;
    case PHOENIX_CONTRIBUTION_N_FIELDS:
    default:
      g_assert_not_reached ();
    }

  *n_values = g_strv_length ((GStrv) values);
  return values;
}

int
phoenix_contribution_field_index (PhoenixContributionField  field,
                                  PhoenixTaxonomy          *taxonomy,
                                  const char               *value)
{
  guint n;
  const char * const *values;

  g_return_val_if_fail (value != NULL, -1);

  values = phoenix_contribution_field_values (field, taxonomy, &n);
  if (field == PHOENIX_CONTRIBUTION_ORIGIN && n > 1)
    {
      /* Sorted domains, then "unknown": a binary search over the domains. */
      const char **found = bsearch (&value, values, n - 1, sizeof (char *), compare_strings);

      if (found != NULL)
        return (int) (found - (const char **) values);
      return g_str_equal (value, "unknown") ? (int) n - 1 : -1;
    }
  for (guint i = 0; i < n; i++)
    if (g_str_equal (values[i], value))
      return (int) i;
  return -1;
}

void
_phoenix_contribution_set_schema (PhoenixContribution *self,
                                  int                  schema)
{
  self->schema = schema;
}

int
phoenix_contribution_get_schema (PhoenixContribution *self)
{
  g_return_val_if_fail (PHOENIX_IS_CONTRIBUTION (self), 0);

  return self->schema;
}

const char *
phoenix_contribution_get_install (PhoenixContribution *self)
{
  g_return_val_if_fail (PHOENIX_IS_CONTRIBUTION (self), NULL);

  return self->install;
}

void
phoenix_contribution_set_install (PhoenixContribution *self,
                                  const char          *install)
{
  g_return_if_fail (PHOENIX_IS_CONTRIBUTION (self));
  g_return_if_fail (install != NULL);

  g_free (self->install);
  self->install = g_strdup (install);
}

const char *
phoenix_contribution_get_target (PhoenixContribution *self)
{
  g_return_val_if_fail (PHOENIX_IS_CONTRIBUTION (self), NULL);

  return self->target;
}

void
phoenix_contribution_set_target (PhoenixContribution *self,
                                 const char          *code)
{
  g_return_if_fail (PHOENIX_IS_CONTRIBUTION (self));
  g_return_if_fail (code != NULL);

  g_free (self->target);
  self->target = g_strdup (code);
}

const char *
phoenix_contribution_get_value (PhoenixContribution      *self,
                                PhoenixContributionField  field)
{
  g_return_val_if_fail (PHOENIX_IS_CONTRIBUTION (self), NULL);
  g_return_val_if_fail (field < PHOENIX_CONTRIBUTION_N_FIELDS, NULL);

  return self->values[field];
}

void
phoenix_contribution_set_value (PhoenixContribution      *self,
                                PhoenixContributionField  field,
                                const char               *value)
{
  g_return_if_fail (PHOENIX_IS_CONTRIBUTION (self));
  g_return_if_fail (field < PHOENIX_CONTRIBUTION_N_FIELDS);
  g_return_if_fail (value != NULL);

  g_free (self->values[field]);
  self->values[field] = g_strdup (value);
}

GPtrArray *
phoenix_contribution_get_set (PhoenixContribution    *self,
                              PhoenixContributionSet  set)
{
  g_return_val_if_fail (PHOENIX_IS_CONTRIBUTION (self), NULL);
  g_return_val_if_fail (set < PHOENIX_CONTRIBUTION_N_SETS, NULL);

  return self->sets[set];
}

void
phoenix_contribution_add_to_set (PhoenixContribution    *self,
                                 PhoenixContributionSet  set,
                                 const char             *id)
{
  guint position;

  g_return_if_fail (PHOENIX_IS_CONTRIBUTION (self));
  g_return_if_fail (set < PHOENIX_CONTRIBUTION_N_SETS);
  g_return_if_fail (id != NULL);

  if (!find_in_set (self->sets[set], id, &position))
    g_ptr_array_insert (self->sets[set], (gint) position, g_strdup (id));
}

gboolean
phoenix_contribution_set_contains (PhoenixContribution    *self,
                                   PhoenixContributionSet  set,
                                   const char             *id)
{
  guint position;

  g_return_val_if_fail (PHOENIX_IS_CONTRIBUTION (self), FALSE);
  g_return_val_if_fail (set < PHOENIX_CONTRIBUTION_N_SETS, FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  return find_in_set (self->sets[set], id, &position);
}
