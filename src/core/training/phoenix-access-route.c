/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-access-route"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>
#include <string.h>

#include "phoenix-access-route.h"
#include "phoenix-text-tokens.h"

struct _PhoenixAccessRoute
{
  GObject                parent_instance;

  char                  *text;
  GArray                *credentials;  /* PhoenixCredential, each name once */
  GArray                *spans;        /* PhoenixCredential, every mention, by start */
  PhoenixEducationLevel  lowest;
  PhoenixEducationLevel  highest;
  gboolean               without_diploma;
  gboolean               vae;
};

G_DEFINE_FINAL_TYPE (PhoenixAccessRoute, phoenix_access_route, G_TYPE_OBJECT)

#define U PHOENIX_EDUCATION_UNKNOWN

/*
 * What ROME's accès texts name, as PCRE on the original text (accents and the
 * capitals ROME writes). A NULL name takes the matched text; "Bac+N" is named
 * and levelled from its digit. The first pattern that matches a stretch of
 * text wins it: "Bac pro" is not also a "Bac", "Licence pro" not a "Licence".
 */
static const struct
{
  const char            *pattern;
  const char            *name;
  PhoenixCredentialKind  kind;
  PhoenixEducationLevel  level;
} patterns[] = {
  { "\\b[Bb]ac(?:calauréat)?\\s*\\+\\s*(\\d)", "Bac+", PHOENIX_CREDENTIAL_DIPLOMA, U },
  { "\\b(?:[Bb]ac(?:calauréat)?|BAC)\\s+[Pp]ro(?:fessionnel)?\\b", "Bac pro", PHOENIX_CREDENTIAL_DIPLOMA, PHOENIX_EDUCATION_BAC },
  { "\\b[Ll]icences?\\s+[Pp]ro(?:fessionnelles?)?\\b", "Licence pro", PHOENIX_CREDENTIAL_DIPLOMA, PHOENIX_EDUCATION_BAC_3 },
  { "\\bBTSA?\\b", "BTS", PHOENIX_CREDENTIAL_DIPLOMA, PHOENIX_EDUCATION_BAC_2 },
  { "\\bDUT\\b", "DUT", PHOENIX_CREDENTIAL_DIPLOMA, PHOENIX_EDUCATION_BAC_2 },
  { "\\bBUT\\b", "BUT", PHOENIX_CREDENTIAL_DIPLOMA, PHOENIX_EDUCATION_BAC_3 },
  { "\\bDEUST\\b", "DEUST", PHOENIX_CREDENTIAL_DIPLOMA, PHOENIX_EDUCATION_BAC_2 },
  { "\\bDSCG\\b", "DSCG", PHOENIX_CREDENTIAL_DIPLOMA, PHOENIX_EDUCATION_BAC_5 },
  { "\\bDCG\\b", "DCG", PHOENIX_CREDENTIAL_DIPLOMA, PHOENIX_EDUCATION_BAC_3 },
  { "\\bCAPA?\\b", "CAP", PHOENIX_CREDENTIAL_DIPLOMA, PHOENIX_EDUCATION_CAP },
  { "\\bBEPA?\\b", "BEP", PHOENIX_CREDENTIAL_DIPLOMA, PHOENIX_EDUCATION_CAP },
  { "\\b[Mm]entions? [Cc]omplémentaires?\\b", "Mention complémentaire", PHOENIX_CREDENTIAL_DIPLOMA, PHOENIX_EDUCATION_CAP },
  { "\\bBP\\b|\\b[Bb]revets? [Pp]rofessionnels?\\b", "Brevet professionnel (BP)", PHOENIX_CREDENTIAL_DIPLOMA, PHOENIX_EDUCATION_BAC },
  { "\\b[Bb]revets? de [Mm]aîtrise\\b", "Brevet de maîtrise", PHOENIX_CREDENTIAL_DIPLOMA, PHOENIX_EDUCATION_BAC_2 },
  { "\\bBPJEPS\\b", "BPJEPS", PHOENIX_CREDENTIAL_DIPLOMA, PHOENIX_EDUCATION_BAC },
  { "\\bDESJEPS\\b", "DESJEPS", PHOENIX_CREDENTIAL_DIPLOMA, PHOENIX_EDUCATION_BAC_3 },
  { "\\bDEJEPS\\b", "DEJEPS", PHOENIX_CREDENTIAL_DIPLOMA, PHOENIX_EDUCATION_BAC_2 },
  { "\\bDEAES\\b", "DEAES", PHOENIX_CREDENTIAL_DIPLOMA, PHOENIX_EDUCATION_CAP },
  { "\\b(?:[Bb]accalauréat|[Bb]ac|BAC)\\b", "Bac", PHOENIX_CREDENTIAL_DIPLOMA, PHOENIX_EDUCATION_BAC },
  { "\\b[Ll]icences?\\b", "Licence", PHOENIX_CREDENTIAL_DIPLOMA, PHOENIX_EDUCATION_BAC_3 },
  { "\\b[Bb]achelors?\\b", "Bachelor", PHOENIX_CREDENTIAL_DIPLOMA, PHOENIX_EDUCATION_BAC_3 },
  { "\\b[Mm]asters?\\b|\\bMBA\\b", "Master", PHOENIX_CREDENTIAL_DIPLOMA, PHOENIX_EDUCATION_BAC_5 },
  { "\\b[Dd]iplômes? d.[Ii]ngénieurs?\\b|\\b[ÉéEe]coles? d.[Ii]ngénieurs?\\b", "Diplôme d'ingénieur", PHOENIX_CREDENTIAL_DIPLOMA, PHOENIX_EDUCATION_BAC_5 },
  { "\\b[ÉéEe]coles? (?:supérieures? )?de [Cc]ommerce\\b", "École de commerce", PHOENIX_CREDENTIAL_DIPLOMA, PHOENIX_EDUCATION_BAC_5 },
  { "\\b[Dd]octorats?\\b", "Doctorat", PHOENIX_CREDENTIAL_DIPLOMA, PHOENIX_EDUCATION_DOCTORATE },
  /* A diplôme d'État with its trade when the text names one ("Diplôme d'Etat d'Infirmier"). */
  { "\\b[Dd]iplômes? d.[ÉéEe]tat(?: (?:d'|d’|de |du |des )(?:[A-ZÉa-zà-ÿ'’-]+)(?: (?!ou\\b|et\\b|est\\b|de niveau\\b|obligatoire\\b)[A-ZÉa-zà-ÿ'’-]+){0,2})?",
    NULL, PHOENIX_CREDENTIAL_DIPLOMA, U },
  { "\\b[Dd]iplômes? d.[ÉéEe]tudes [Ss]pécialisées\\b", "Diplôme d'études spécialisées (DES)", PHOENIX_CREDENTIAL_DIPLOMA, PHOENIX_EDUCATION_DOCTORATE },
  /* The 2019 nomenclature: niveau 3 is a CAP, 4 a bac, 5 a bac+2, 6 a bac+3 or 4, 7 a bac+5, 8 a doctorate. */
  { "\\b[Nn]iveau ([3-8])\\b", "Niveau ", PHOENIX_CREDENTIAL_DIPLOMA, U },
  { "\\b[Tt]itres? [Pp]rofessionnels?\\b", "Titre professionnel", PHOENIX_CREDENTIAL_TITRE, U },
  { "\\b[Tt]itres? à [Ff]inalité [Pp]rofessionnelle\\b|\\bTFP\\b", "Titre à finalité professionnelle", PHOENIX_CREDENTIAL_TITRE, U },
  { "\\bCQPI?\\b|\\b[Cc]ertificats? de [Qq]ualification [Pp]rofessionnelle\\b", "CQP", PHOENIX_CREDENTIAL_CERTIFICATE, U },
  { "\\b[Cc]ertificats? de [Ss]pécialisation\\b", "Certificat de spécialisation", PHOENIX_CREDENTIAL_CERTIFICATE, U },
  { "\\b[Cc]ertificats? de (?:[Cc]apacité|[Cc]ompétences?)\\b", NULL, PHOENIX_CREDENTIAL_CERTIFICATE, U },
  { "\\b[Bb]revets? [Nn]ationa(?:l|ux)\\b", "Brevet national", PHOENIX_CREDENTIAL_CERTIFICATE, U },
  { "\\bAFGSU\\b|\\bPSC1\\b|\\bSST\\b", NULL, PHOENIX_CREDENTIAL_CERTIFICATE, U },
  { "\\bBAFA\\b|\\bBAFD\\b", NULL, PHOENIX_CREDENTIAL_CERTIFICATE, U },
  { "\\bCACES\\b|\\b[Cc]ertificats? d.[Aa]ptitude à la [Cc]onduite [Ee]n [Ss]écurité\\b", "CACES", PHOENIX_CREDENTIAL_LICENCE, U },
  { "\\b[Hh]abilitations?\\b", "Habilitation", PHOENIX_CREDENTIAL_LICENCE, U },
  { "\\b[Pp]ermis(?: de conduire)?(?: [A-E]{1,2}\\b)?", NULL, PHOENIX_CREDENTIAL_LICENCE, U },
  { "\\bFIMO\\b", "FIMO", PHOENIX_CREDENTIAL_LICENCE, U },
  { "\\bFCO\\b", "FCO", PHOENIX_CREDENTIAL_LICENCE, U },
  { "\\b[Cc]artes? [Pp]rofessionnelles?\\b", "Carte professionnelle", PHOENIX_CREDENTIAL_LICENCE, U },
  { "\\b[Oo]rdre des [a-zé-]+\\b", "Inscription à l'Ordre", PHOENIX_CREDENTIAL_LICENCE, U },
  { "\\b[Cc]ode du [Ss]port\\b", "Qualification du code du sport", PHOENIX_CREDENTIAL_LICENCE, U },
  { "\\b[Cc]oncours\\b", "Concours", PHOENIX_CREDENTIAL_EXAM, U },
  { "\\bVAE\\b|\\b[Vv]alidation des [Aa]cquis de l.[Ee]xpérience\\b", "VAE", PHOENIX_CREDENTIAL_ROUTE, U },
  { "\\bsans (?:aucun |condition de )?diplôme\\b|\\bsans (?:aucune )?qualification\\b|\\b[Aa]ucun diplôme n.est (?:requis|nécessaire)|\\bsans formation initiale\\b",
    "Sans diplôme", PHOENIX_CREDENTIAL_ROUTE, U },
  { "\\b[Ff]ormations? (?:en )?internes?\\b", "Formation en interne", PHOENIX_CREDENTIAL_ROUTE, U },
  { "\\b[Ff]ormation (?:initiale )?militaire\\b", "Formation militaire", PHOENIX_CREDENTIAL_ROUTE, U },
  { "\\b(?:une |d.)expérience professionnelle\\b", "Expérience professionnelle", PHOENIX_CREDENTIAL_ROUTE, U },
};

#undef U

static int
compare_spans (gconstpointer a,
               gconstpointer b)
{
  const PhoenixCredential *ca = a;
  const PhoenixCredential *cb = b;

  return ca->start < cb->start ? -1 : ca->start > cb->start;
}

static gboolean
overlaps (GArray *spans,
          guint   start,
          guint   end)
{
  for (guint i = 0; i < spans->len; i++)
    {
      PhoenixCredential *span = &g_array_index (spans, PhoenixCredential, i);

      if (start < span->end && span->start < end)
        return TRUE;
    }

  return FALSE;
}

static const char *
intern_name (const char *name)
{
  return g_intern_string (name);
}

static void
read_text (PhoenixAccessRoute *self)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (gsize i = 0; i < G_N_ELEMENTS (patterns); i++)
    {
      g_autoptr(GRegex) regex = g_regex_new (patterns[i].pattern, 0, 0, NULL);
      g_autoptr(GMatchInfo) match = NULL;

      g_assert (regex != NULL);  /* constant patterns */
      g_regex_match (regex, self->text, 0, &match);
      while (g_match_info_matches (match))
        {
          PhoenixCredential span = { NULL, patterns[i].kind, patterns[i].level, 0, 0, FALSE };
          int start, end;

          g_match_info_fetch_pos (match, 0, &start, &end);
          span.start = (guint) start;
          span.end = (guint) end;
          if (!overlaps (self->spans, span.start, span.end))
            {
              if (patterns[i].name != NULL && g_str_equal (patterns[i].name, "Niveau "))
                {
                  g_autofree char *digit = g_match_info_fetch (match, 1);
                  g_autofree char *name = g_strdup_printf ("Niveau %s", digit);
                  static const PhoenixEducationLevel by_number[] = {
                    PHOENIX_EDUCATION_CAP, PHOENIX_EDUCATION_BAC, PHOENIX_EDUCATION_BAC_2, PHOENIX_EDUCATION_BAC_3,
                    PHOENIX_EDUCATION_BAC_5, PHOENIX_EDUCATION_DOCTORATE,
                  };

                  span.name = intern_name (name);
                  span.level = by_number[atoi (digit) - 3];
                }
              else if (i == 0)
                {
                  g_autofree char *digit = g_match_info_fetch (match, 1);
                  g_autofree char *name = g_strdup_printf ("Bac+%s", digit);
                  int years = atoi (digit);

                  span.name = intern_name (name);
                  span.level = years >= 8 ? PHOENIX_EDUCATION_DOCTORATE :
                               years >= 5 ? PHOENIX_EDUCATION_BAC_5 :
                               years >= 3 ? PHOENIX_EDUCATION_BAC_3 :
                               years >= 1 ? PHOENIX_EDUCATION_BAC_2 : PHOENIX_EDUCATION_BAC;
                }
              else if (patterns[i].name == NULL)
                {
                  g_autofree char *matched = g_match_info_fetch (match, 0);
                  g_autofree char *capital = g_strdup_printf ("%c%s", g_ascii_toupper (matched[0]), matched + 1);

                  span.name = intern_name (capital);
                }
              else
                span.name = intern_name (patterns[i].name);
              g_array_append_val (self->spans, span);
            }
          g_match_info_next (match, NULL);
        }
    }
  g_array_sort (self->spans, compare_spans);

  for (guint i = 0; i < self->spans->len; i++)
    {
      PhoenixCredential *span = &g_array_index (self->spans, PhoenixCredential, i);

      if (span->level != PHOENIX_EDUCATION_UNKNOWN)
        {
          if (self->lowest == PHOENIX_EDUCATION_UNKNOWN || span->level < self->lowest)
            self->lowest = span->level;
          self->highest = MAX (self->highest, span->level);
        }
      if (span->kind == PHOENIX_CREDENTIAL_ROUTE)
        {
          if (g_str_equal (span->name, "VAE"))
            self->vae = TRUE;
          else if (!g_str_equal (span->name, "Formation militaire"))
            self->without_diploma = TRUE;
        }
      if (g_hash_table_contains (seen, span->name))
        continue;
      g_hash_table_add (seen, (gpointer) span->name);
      g_array_append_val (self->credentials, *span);
    }
}

static void
phoenix_access_route_finalize (GObject *object)
{
  PhoenixAccessRoute *self = PHOENIX_ACCESS_ROUTE (object);

  g_free (self->text);
  g_array_unref (self->credentials);
  g_array_unref (self->spans);

  G_OBJECT_CLASS (phoenix_access_route_parent_class)->finalize (object);
}

static void
phoenix_access_route_class_init (PhoenixAccessRouteClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = phoenix_access_route_finalize;
}

static void
phoenix_access_route_init (PhoenixAccessRoute *self)
{
  self->credentials = g_array_new (FALSE, FALSE, sizeof (PhoenixCredential));
  self->spans = g_array_new (FALSE, FALSE, sizeof (PhoenixCredential));
}

PhoenixAccessRoute *
phoenix_access_route_new (const char *text)
{
  PhoenixAccessRoute *self = g_object_new (PHOENIX_TYPE_ACCESS_ROUTE, NULL);

  self->text = g_strdup (text != NULL && g_utf8_validate (text, -1, NULL) ? text : "");
  read_text (self);

  return self;
}

const char *
phoenix_access_route_get_text (PhoenixAccessRoute *self)
{
  g_return_val_if_fail (PHOENIX_IS_ACCESS_ROUTE (self), NULL);
  return self->text;
}

GArray *
phoenix_access_route_get_credentials (PhoenixAccessRoute *self)
{
  g_return_val_if_fail (PHOENIX_IS_ACCESS_ROUTE (self), NULL);
  return self->credentials;
}

PhoenixEducationLevel
phoenix_access_route_get_lowest_level (PhoenixAccessRoute *self)
{
  g_return_val_if_fail (PHOENIX_IS_ACCESS_ROUTE (self), PHOENIX_EDUCATION_UNKNOWN);
  return self->lowest;
}

PhoenixEducationLevel
phoenix_access_route_get_highest_level (PhoenixAccessRoute *self)
{
  g_return_val_if_fail (PHOENIX_IS_ACCESS_ROUTE (self), PHOENIX_EDUCATION_UNKNOWN);
  return self->highest;
}

gboolean
phoenix_access_route_get_open_without_diploma (PhoenixAccessRoute *self)
{
  g_return_val_if_fail (PHOENIX_IS_ACCESS_ROUTE (self), FALSE);
  return self->without_diploma;
}

gboolean
phoenix_access_route_get_names_vae (PhoenixAccessRoute *self)
{
  g_return_val_if_fail (PHOENIX_IS_ACCESS_ROUTE (self), FALSE);
  return self->vae;
}

/* " words " of @text folded, for whole-word search. */
static char *
padded_words (const char *text)
{
  g_autofree char *folded = _phoenix_text_fold_words (text);

  return g_strconcat (" ", folded, " ", NULL);
}

void
phoenix_access_route_find_held (PhoenixAccessRoute *self,
                                const char         *cv_text)
{
  g_autofree char *haystack = NULL;

  g_return_if_fail (PHOENIX_IS_ACCESS_ROUTE (self));

  haystack = padded_words (cv_text != NULL ? cv_text : "");
  for (guint i = 0; i < self->credentials->len; i++)
    {
      PhoenixCredential *credential = &g_array_index (self->credentials, PhoenixCredential, i);
      g_autofree char *written = g_strndup (self->text + credential->start, credential->end - credential->start);
      g_autofree char *needle = padded_words (written);

      credential->held = credential->kind != PHOENIX_CREDENTIAL_ROUTE && strlen (needle) > 3 &&
                         strstr (haystack, needle) != NULL;
    }
}

char *
phoenix_access_route_compare (PhoenixAccessRoute    *self,
                              PhoenixEducationLevel  user_level,
                              const char            *language)
{
  g_autoptr(GString) out = g_string_new (NULL);
  const char *lowest;
  const char *mine;

  g_return_val_if_fail (PHOENIX_IS_ACCESS_ROUTE (self), NULL);

  lowest = phoenix_education_level_to_string (self->lowest, language);
  mine = phoenix_education_level_to_string (user_level, language);
  if (self->lowest == PHOENIX_EDUCATION_UNKNOWN)
    g_string_append (out, _("ROME names no diploma level for this job."));
  else if (user_level == PHOENIX_EDUCATION_UNKNOWN)
    /* Translators: %s is an education level such as "Bac+2" or "CAP" */
    g_string_append_printf (out, _("ROME names %s as the lowest level for this job; your CV names no diploma yet."),
                            lowest);
  else if (user_level >= self->highest)
    /* Translators: the first %s is the user's education level, the second the one ROME names */
    g_string_append_printf (out, _("Your highest level (%s) reaches every level ROME names for this job (up to %s)."),
                            mine, phoenix_education_level_to_string (self->highest, language));
  else if (user_level >= self->lowest)
    /* Translators: the first %s is the user's education level, the second the one ROME names */
    g_string_append_printf (out, _("Your highest level (%s) reaches the lowest level ROME names for this job (%s)."),
                            mine, lowest);
  else
    /* Translators: the first %s is the level ROME names, the second the user's */
    g_string_append_printf (out, _("ROME names %s as the lowest level for this job; your highest is %s."),
                            lowest, mine);

  {
    g_autoptr(GPtrArray) held = g_ptr_array_new ();

    for (guint i = 0; i < self->credentials->len; i++)
      {
        PhoenixCredential *credential = &g_array_index (self->credentials, PhoenixCredential, i);

        if (credential->held)
          g_ptr_array_add (held, (gpointer) credential->name);
      }
    if (held->len > 0)
      {
        g_autofree char *names = NULL;

        g_ptr_array_add (held, NULL);
        names = g_strjoinv (", ", (char **) held->pdata);
        g_string_append_c (out, ' ');
        /* Translators: %s lists diplomas or certificates, e.g. "BTS, CACES" */
        g_string_append_printf (out, _("Your CV shows %s, which it names."), names);
      }
  }
  if (self->without_diploma && (self->lowest == PHOENIX_EDUCATION_UNKNOWN || user_level < self->lowest))
    g_string_append_printf (out, " %s", _("It is also open without that diploma, through experience."));
  if (self->vae)
    g_string_append_printf (out, " %s", _("A VAE can turn your experience into the diploma."));

  return g_string_free (g_steal_pointer (&out), FALSE);
}

char *
phoenix_access_route_to_markup (PhoenixAccessRoute *self)
{
  g_autoptr(GString) out = g_string_new (NULL);
  guint at = 0;

  g_return_val_if_fail (PHOENIX_IS_ACCESS_ROUTE (self), NULL);

  for (guint i = 0; i < self->spans->len; i++)
    {
      PhoenixCredential *span = &g_array_index (self->spans, PhoenixCredential, i);
      g_autofree char *before = g_markup_escape_text (self->text + at, span->start - at);
      g_autofree char *inside = g_markup_escape_text (self->text + span->start, span->end - span->start);

      g_string_append_printf (out, "%s<b>%s</b>", before, inside);
      at = span->end;
    }
  {
    g_autofree char *rest = g_markup_escape_text (self->text + at, -1);

    g_string_append (out, rest);
  }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

const char *
phoenix_credential_kind_to_string (PhoenixCredentialKind kind)
{
  switch (kind)
    {
    case PHOENIX_CREDENTIAL_DIPLOMA:
      return _("Diploma");
    case PHOENIX_CREDENTIAL_TITRE:
      return _("Titre professionnel");
    case PHOENIX_CREDENTIAL_CERTIFICATE:
      return _("Certificate");
    case PHOENIX_CREDENTIAL_LICENCE:
      return _("Licence or clearance");
    case PHOENIX_CREDENTIAL_EXAM:
      return _("Competitive exam");
    case PHOENIX_CREDENTIAL_ROUTE:
    default:
      return _("Way in");
    }
}
