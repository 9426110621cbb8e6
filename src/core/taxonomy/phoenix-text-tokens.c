/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-text-tokens"

#include "config.h"

#include <libstemmer.h>
#include <string.h>

#include "phoenix-text-fold.h"
#include "phoenix-text-tokens.h"
#include "phoenix-word-synonyms.h"

/* Words dropped from terms and text alike (French and English). Not "or"/"ou":
 * "Lean or Six Sigma" names two skills, not "Lean Six Sigma". */
static const char * const stop_words[] = {
  "a", "an", "and", "as", "at", "au", "aux", "by", "ce", "ces", "d", "dans", "de", "des", "du", "en",
  "et", "for", "from", "in", "l", "la", "le", "les", "of", "on", "par", "pour", "sur",
  "the", "to", "un", "une", "with",
};

/* Frequent words that tell French from English. */
static const char * const french_words[] = {
  "au", "aux", "avec", "dans", "de", "des", "du", "est", "et", "la", "le", "les", "nous", "notre",
  "pour", "que", "qui", "sont", "sur", "une", "vos", "votre", "vous",
};

static const char * const english_words[] = {
  "a", "an", "and", "are", "be", "for", "in", "is", "of", "on", "our", "the", "this", "to", "we",
  "will", "with", "you", "your",
};

/*
 * Words of one skill that Snowball stems apart: a French noun and its verb
 * (« rédaction des annonces », « rédiger une annonce »; « pétrissage »,
 * « pétrir »), British and American spellings ("organise", "organize";
 * "visualisation", "visualization"), an English noun and its verb ("analysis",
 * "analyse"). Each row's words share the first one's stem. Folded words; a stem
 * that two rows would send apart is left alone (tested: /taxonomy/tokens/derivations).
 */
static const char * const french_derivations[][4] = {
  { "petrissage", "petrir" }, { "faconnage", "faconner" }, { "cuisson", "cuire" }, { "redaction", "rediger" },
  { "gestion", "gerer" }, { "conduite", "conduire" }, { "nettoyage", "nettoyer" }, { "vente", "vendre" },
  { "suivi", "suivre" }, { "entretien", "entretenir" }, { "depannage", "depanner" }, { "livraison", "livrer" },
  { "montage", "monter" }, { "soudage", "souder", "soudure" }, { "planification", "planifier" },
  { "reception", "receptionner", "recevoir" }, { "inscription", "inscrire" }, { "production", "produire" },
  { "construction", "construire" }, { "conception", "concevoir" }, { "prise", "prendre" }, { "mise", "mettre" },
  { "tenue", "tenir" }, { "tonte", "tondre" }, { "desherbage", "desherber" }, { "plantation", "planter" },
  { "emballage", "emballer" }, { "etiquetage", "etiqueter" }, { "cablage", "cabler" }, { "reglage", "regler" },
  { "usinage", "usiner" }, { "meulage", "meuler" }, { "percage", "percer" }, { "brasage", "braser" },
  { "coffrage", "coffrer" }, { "ferraillage", "ferrailler" }, { "carrelage", "carreler" }, { "lavage", "laver" },
  { "repassage", "repasser" }, { "encaissement", "encaisser" }, { "stockage", "stocker" },
  { "prescription", "prescrire" }, { "resolution", "resoudre" }, { "acquisition", "acquerir" },
  { "promotion", "promouvoir" }, { "verification", "verifier" }, { "coordination", "coordonner" },
  { "instruction", "instruire" }, { "habillage", "habiller" }, { "traduction", "traduire" },
  { "reduction", "reduire" }, { "transmission", "transmettre" }, { "direction", "diriger" },
  { "protection", "proteger" }, { "correction", "corriger" }, { "pose", "poser" }, { "depose", "deposer" },
  { "fabrication", "fabriquer" }, { "demolition", "demolir" }, { "poncage", "poncer" }, { "collage", "coller" },
  { "decoupe", "decouper" }, { "demarchage", "demarcher" }, { "affichage", "afficher" }, { "pilotage", "piloter" },
  { "chiffrage", "chiffrer" }, { "remplissage", "remplir" }, { "dosage", "doser" }, { "pesage", "peser", "pesee" },
  { "broyage", "broyer" }, { "melange", "melanger" }, { "decoration", "decorer" }, { "dressage", "dresser" },
  { "epilation", "epiler" }, { "maquillage", "maquiller" }, { "coiffure", "coiffer" }, { "coupe", "couper" },
  { "taille", "tailler" }, { "recolte", "recolter" }, { "traite", "traire" }, { "abattage", "abattre" },
  { "elevage", "elever" }, { "semis", "semer" }, { "arrosage", "arroser" }, { "debroussaillage", "debroussailler" },
  { "ramassage", "ramasser" }, { "tri", "trier" }, { "collecte", "collecter" }, { "saisie", "saisir" },
  { "frappe", "frapper" }, { "accueil", "accueillir" }, { "ecoute", "ecouter" }, { "aide", "aider" },
  { "animation", "animer" }, { "encadrement", "encadrer" }, { "formation", "former" }, { "recrutement", "recruter" },
  { "integration", "integrer" }, { "deploiement", "deployer" }, { "developpement", "developper" },
  { "diagnostic", "diagnostiquer" }, { "reparation", "reparer" }, { "remplacement", "remplacer" },
  { "negociation", "negocier" }, { "prospection", "prospecter" }, { "fidelisation", "fideliser" },
  { "facturation", "facturer" }, { "paiement", "payer" }, { "expedition", "expedier" }, { "preparation", "preparer" },
  { "manutention", "manutentionner" }, { "chargement", "charger" }, { "dechargement", "decharger" },
  { "rangement", "ranger" }, { "approvisionnement", "approvisionner" }, { "reapprovisionnement", "reapprovisionner" },
  { "delivrance", "delivrer" }, { "administration", "administrer" }, { "surveillance", "surveiller" },
  { "redressement", "redresser" }, { "mobilisation", "mobiliser" }, { "transfert", "transferer" },
  { "accompagnement", "accompagner" }, { "orientation", "orienter" }, { "evaluation", "evaluer" },
  { "elaboration", "elaborer" }, { "execution", "executer" }, { "realisation", "realiser" },
  { "installation", "installer" }, { "configuration", "configurer" }, { "sauvegarde", "sauvegarder" },
  { "supervision", "superviser" }, { "modelisation", "modeliser" }, { "programmation", "programmer" },
  { "publication", "publier" }, { "diffusion", "diffuser" }, { "creation", "creer" }, { "ecriture", "ecrire" },
  { "lecture", "lire" }, { "traitement", "traiter" }, { "controle", "controler" }, { "analyse", "analyser" },
};

static const char * const english_derivations[][4] = {
  { "organize", "organise" }, { "organization", "organisation" }, { "optimize", "optimise" },
  { "optimization", "optimisation" }, { "visualize", "visualise" }, { "visualization", "visualisation" },
  { "prioritize", "prioritise" }, { "specialize", "specialise" }, { "specialization", "specialisation" },
  { "standardize", "standardise" }, { "standardization", "standardisation" }, { "customize", "customise" },
  { "utilize", "utilise" }, { "summarize", "summarise" }, { "minimize", "minimise" }, { "maximize", "maximise" },
  { "recognize", "recognise" }, { "authorize", "authorise" }, { "authorization", "authorisation" },
  { "sterilize", "sterilise" }, { "sterilization", "sterilisation" }, { "immunization", "immunisation" },
  { "modeling", "modelling" }, { "labeling", "labelling" }, { "traveling", "travelling" }, { "catalog", "catalogue" },
  { "analyse", "analyze", "analysis" }, { "defense", "defence" }, { "license", "licence" }, { "center", "centre" },
  { "behavior", "behaviour" }, { "color", "colour" }, { "mold", "mould" }, { "program", "programme" },
  { "delivery", "deliver" }, { "maintenance", "maintain" }, { "response", "respond" }, { "production", "produce" },
  { "administration", "administer" }, { "reception", "receive" }, { "prescription", "prescribe" },
  { "description", "describe" },
};

static gboolean
in_list (const char         *word,
         const char * const *list,
         gsize               n)
{
  for (gsize i = 0; i < n; i++)
    {
      if (strcmp (word, list[i]) == 0)
        return TRUE;
    }

  return FALSE;
}

gboolean
_phoenix_text_is_stop_word (const char *folded)
{
  return in_list (folded, stop_words, G_N_ELEMENTS (stop_words));
}

static gboolean
is_break_char (gunichar c)
{
  switch (c)
    {
    case ',': case ';': case ':': case '!': case '?': case '(': case ')': case '[': case ']':
    case '|': case '\n': case '\r': case 0x2022: case 0x00B7: case 0x2013: case 0x2014: case '*':
      return TRUE;
    default:
      return FALSE;
    }
}

static void
clear_token (gpointer data)
{
  PhoenixTextToken *token = data;

  g_free (token->folded);
  g_free (token->stem);
}

static gboolean
has_digit_or_symbol (const char *word)
{
  for (const char *p = word; *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p) || *p == '+' || *p == '#')
        return TRUE;
    }

  return FALSE;
}

static char *
snowball_stem (struct sb_stemmer *stemmer,
               const char        *folded)
{
  const sb_symbol *stem;
  gsize len = strlen (folded);

  if (stemmer == NULL || len <= 3 || has_digit_or_symbol (folded))
    return g_strdup (folded);

  stem = sb_stemmer_stem (stemmer, (const sb_symbol *) folded, (int) len);
  if (stem == NULL)
    return g_strdup (folded);

  return g_strndup ((const char *) stem, sb_stemmer_length (stemmer));
}

static void
add_derivations (GHashTable         *map,
                 GHashTable         *conflicts,
                 const char         *language,
                 const char * const (*rows)[4],
                 gsize               n_rows)
{
  struct sb_stemmer *stemmer = _phoenix_text_new_stemmer (language);

  for (gsize r = 0; r < n_rows; r++)
    {
      g_autofree char *canonical = snowball_stem (stemmer, rows[r][0]);

      for (guint k = 1; k < 4 && rows[r][k] != NULL; k++)
        {
          char *key = snowball_stem (stemmer, rows[r][k]);
          const char *known = g_hash_table_lookup (map, key);

          if (g_str_equal (key, canonical) || g_hash_table_contains (conflicts, key))
            g_free (key);
          else if (known != NULL && !g_str_equal (known, canonical))
            {
              g_hash_table_remove (map, key);
              g_hash_table_add (conflicts, key);
            }
          else
            g_hash_table_insert (map, key, g_strdup (canonical));
        }
    }
  sb_stemmer_delete (stemmer);
}

/* Stem → the stem of its row's first word: built once, then read only (any thread). */
static GHashTable *
derivation_map (void)
{
  static GHashTable *map = NULL;

  if (g_once_init_enter (&map))
    {
      GHashTable *table = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
      g_autoptr(GHashTable) conflicts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      GHashTableIter iter;
      gpointer key, value;

      add_derivations (table, conflicts, "fr", french_derivations, G_N_ELEMENTS (french_derivations));
      add_derivations (table, conflicts, "en", english_derivations, G_N_ELEMENTS (english_derivations));
      /* A canonical stem that is itself sent elsewhere: follow it, so every word of a row meets. */
      g_hash_table_iter_init (&iter, table);
      while (g_hash_table_iter_next (&iter, &key, &value))
        {
          const char *target = value;
          const char *next;
          guint hops = 0;

          while ((next = g_hash_table_lookup (table, target)) != NULL && hops++ < 4)
            target = next;
          if (target != value)
            g_hash_table_iter_replace (&iter, g_strdup (target));
        }
      g_once_init_leave (&map, table);
    }

  return map;
}

/* Whether @stemmer is the French one (its stem of an English "-ing" word keeps it). */
static gboolean
is_french_stemmer (struct sb_stemmer *stemmer)
{
  g_autofree char *probe = snowball_stem (stemmer, "running");

  return strcmp (probe, "run") != 0;
}

/*
 * The general rules beside the rows above, for the French nouns of action Snowball leaves apart from
 * their verbs (measured on the taxonomy's own words: it already joins « -ation », « -ement », « -ution »,
 * « -issement » and « -ance » nouns to their verbs but for a few short stems, and none of these): « -age »
 * nouns of the verb in « -er » (« assemblage » → « assembler », « étalonnage », « démontage »), « -ition »
 * nouns of the verb in « -ir » (« définition » → « définir », « répartition »), and, in French only,
 * « -ication » of the verb in « -ier » (« identification » → « identifier », « modification »), « -uction »
 * of the verb in « -uire » (« introduction » → « introduire »), « -ure » of the verb in « -er »
 * (« sculpture » → « sculpter », « teinture ») and the « -ation » nouns whose stem Snowball keeps
 * whole (« filtration » → « filtrer »). The first rule whose ending fits decides. Only when the verb's
 * stem keeps five letters or more: a shorter one would join unrelated words (« paysage » and « pays »,
 * « village » and « ville », « finition » and « fin », « culture » and « culte »). The « -age » and
 * « -ition » rules apply to both languages' words alike (an English "-age" noun only gets a stem no
 * other word has: "coverage" → "coverer"), the others to French's, so terms and text always agree.
 */
static char *
rule_stem (struct sb_stemmer *stemmer,
           const char        *folded,
           const char        *raw_stem)
{
  /* @kept: what Snowball leaves of the ending when it has not stemmed the noun itself (« filtrat »,
   * « identif »); otherwise Snowball already joined noun and verb, and no rule is tried. */
  static const struct { const char *noun; const char *verb; const char *kept; gsize min_length; gboolean french; } rules[] = {
    { "age", "er", "ag", 7, FALSE }, { "ition", "ir", "it", 8, FALSE }, { "ication", "ier", "if", 10, TRUE },
    { "uction", "uire", "uct", 10, TRUE }, { "ation", "er", "at", 9, TRUE }, { "ure", "er", "ur", 7, TRUE },
  };
  gsize len = strlen (folded);
  gsize raw_len = strlen (raw_stem);
  int french = -1;

  for (gsize i = 0; i < G_N_ELEMENTS (rules); i++)
    {
      gsize ending = strlen (rules[i].noun);
      gsize kept = strlen (rules[i].kept);
      g_autofree char *verb = NULL;
      char *stem;

      if (len < ending || strcmp (folded + len - ending, rules[i].noun) != 0)
        continue;
      if (len < rules[i].min_length || raw_len < kept || strcmp (raw_stem + raw_len - kept, rules[i].kept) != 0)
        return NULL;
      if (rules[i].french && french < 0)
        french = is_french_stemmer (stemmer);
      if (rules[i].french && !french)
        continue;
      verb = g_strdup_printf ("%.*s%s", (int) (len - ending), folded, rules[i].verb);
      stem = snowball_stem (stemmer, verb);
      if (strlen (stem) >= 5)
        return stem;
      g_free (stem);
      return NULL;
    }

  return NULL;
}

static char *
base_stem (struct sb_stemmer *stemmer,
           const char        *folded)
{
  char *stem = snowball_stem (stemmer, folded);
  const char *derived;
  char *ruled;

  if (stemmer == NULL)
    return stem;
  derived = g_hash_table_lookup (derivation_map (), stem);
  if (derived != NULL)
    {
      g_free (stem);
      return g_strdup (derived);
    }
  ruled = rule_stem (stemmer, folded, stem);
  if (ruled == NULL)
    return stem;
  g_free (stem);
  derived = g_hash_table_lookup (derivation_map (), ruled);
  if (derived == NULL)
    return ruled;
  g_free (ruled);

  return g_strdup (derived);
}

/*
 * The words ESCO gives as labels of one concept in the same place (data/taxonomy/word-synonyms.tsv,
 * made by build-aux/taxonomy/generate.py: « administrer » / « gérer », « étalonner » / « calibrer »,
 * "operate" / "utilise"), one table a language: the second word's stem → the first's. A row whose
 * words already meet, or whose stems the table already sends elsewhere, is left out (no chains).
 */
static GHashTable *
build_synonyms (const char         *language,
                const char * const (*rows)[2],
                gsize               n_rows)
{
  GHashTable *table = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  struct sb_stemmer *stemmer = _phoenix_text_new_stemmer (language);

  for (gsize r = 0; r < n_rows; r++)
    {
      g_autofree char *canonical = base_stem (stemmer, rows[r][0]);
      g_autofree char *key = base_stem (stemmer, rows[r][1]);

      if (g_str_equal (key, canonical) || g_hash_table_contains (table, key) ||
          g_hash_table_contains (table, canonical))
        continue;
      g_hash_table_insert (table, g_steal_pointer (&key), g_steal_pointer (&canonical));
    }
  sb_stemmer_delete (stemmer);

  return table;
}

/* The synonym tables, built once, then read only (any thread): [0] French, [1] English. */
static GHashTable **
synonym_maps (void)
{
  static GHashTable *maps[2];
  static gsize ready = 0;

  if (g_once_init_enter (&ready))
    {
      maps[0] = build_synonyms ("fr", french_synonyms, G_N_ELEMENTS (french_synonyms));
      maps[1] = build_synonyms ("en", english_synonyms, G_N_ELEMENTS (english_synonyms));
      g_once_init_leave (&ready, 1);
    }

  return maps;
}

/* A word's stem: Snowball's, the derivations and rules above, then the synonyms of its language (the
 * stemmer's language is probed only for a stem one of the tables holds). */
static char *
stem_word (struct sb_stemmer *stemmer,
           const char        *folded)
{
  char *stem = base_stem (stemmer, folded);
  GHashTable **maps;
  const char *same;

  if (stemmer == NULL)
    return stem;
  maps = synonym_maps ();
  if ((g_hash_table_size (maps[0]) == 0 || !g_hash_table_contains (maps[0], stem)) &&
      (g_hash_table_size (maps[1]) == 0 || !g_hash_table_contains (maps[1], stem)))
    return stem;
  same = g_hash_table_lookup (maps[is_french_stemmer (stemmer) ? 0 : 1], stem);
  if (same == NULL)
    return stem;
  g_free (stem);

  return g_strdup (same);
}

gboolean
_phoenix_text_same_derivation (struct sb_stemmer *stemmer,
                               const char        *folded_a,
                               const char        *folded_b)
{
  g_autofree char *raw_a = snowball_stem (stemmer, folded_a);
  g_autofree char *raw_b = snowball_stem (stemmer, folded_b);
  /* Derivations only: a synonym is another word, so never a term's last word (« imagination » is not
   * « conception », though « concevoir » and « imaginer » name one skill before another word). */
  g_autofree char *a = base_stem (stemmer, folded_a);
  g_autofree char *b = base_stem (stemmer, folded_b);

  return stemmer != NULL && g_str_equal (a, b) && !g_str_equal (raw_a, raw_b);
}

char *
_phoenix_text_stem (struct sb_stemmer *stemmer,
                    const char        *folded)
{
  return stem_word (stemmer, folded);
}

char *
_phoenix_text_masculine (const char *folded)
{
  static const struct { const char *feminine; const char *masculine; } endings[] = {
    { "euse", "eur" }, { "trice", "teur" }, { "ienne", "ien" }, { "enne", "en" }, { "iere", "ier" },
    { "ere", "er" }, { "ive", "if" }, { "ante", "ant" }, { "ee", "e" }, { "cheffe", "chef" },
  };
  gsize len = strlen (folded);

  for (gsize i = 0; i < G_N_ELEMENTS (endings); i++)
    {
      gsize ending = strlen (endings[i].feminine);

      if (len > ending + 2 && strcmp (folded + len - ending, endings[i].feminine) == 0)
        return g_strdup_printf ("%.*s%s", (int) (len - ending), folded, endings[i].masculine);
    }
  if (strcmp (folded, "cheffe") == 0)
    return g_strdup ("chef");

  return g_strdup (folded);
}

/* Whether the word from @start to @end is spelt in capitals (and digits). */
static gboolean
capitals (const char *start,
          const char *end)
{
  gboolean any = FALSE;

  for (const char *p = start; p < end; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_islower (c))
        return FALSE;
      any = any || g_unichar_isupper (c);
    }
  return any;
}

/* Whether the word from @start to @end, after the folded word @previous, is a licence category in
 * capitals (« permis BE »): a name, no stop word of either language. */
static gboolean
licence_category (const char *start,
                  const char *end,
                  const char *previous)
{
  return end - start <= 3 && capitals (start, end) && strcmp (previous, "permis") == 0;
}

GArray *
_phoenix_text_tokenize (const char        *text,
                        struct sb_stemmer *stemmer,
                        gboolean           drop_stop_words)
{
  GArray *tokens = g_array_new (FALSE, TRUE, sizeof (PhoenixTextToken));
  gboolean pending_break = FALSE;
  const char *p = text;

  g_array_set_clear_func (tokens, clear_token);
  if (text == NULL)
    return tokens;

  while (*p != '\0')
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalnum (c))
        {
          g_autoptr(GString) folded = g_string_new (NULL);
          const char *start = p;
          PhoenixTextToken token = { 0, };

          while (*p != '\0' && g_unichar_isalnum (g_utf8_get_char (p)))
            {
              phoenix_text_fold_append (folded, g_utf8_get_char (p));
              p = g_utf8_next_char (p);
            }
          while (*p == '+' || *p == '#')
            {
              /* C++, C#, F#: only when the symbols end the word. */
              const char *q = p;

              while (*q == '+' || *q == '#')
                q++;
              if (g_unichar_isalnum (g_utf8_get_char (q)))
                break;
              g_string_append_len (folded, p, q - p);
              p = q;
            }

          /* Licence categories and marks in capitals are no stop words: « permis CE », « permis D »,
           * « marquage CE » (not « ce », « d' »), and any category in capitals right after « permis »
           * (« permis BE », not the English "be"). */
          if (drop_stop_words && _phoenix_text_is_stop_word (folded->str) &&
              !(p - start == 2 && strncmp (start, "CE", 2) == 0) &&
              !(p - start == 1 && *start == 'D' && *p != '\'' && strncmp (p, "\u2019", 3) != 0) &&
              !(!pending_break && tokens->len > 0 &&
                licence_category (start, p, g_array_index (tokens, PhoenixTextToken, tokens->len - 1).folded)))
            continue;

          token.folded = g_string_free (g_steal_pointer (&folded), FALSE);
          token.stem = stem_word (stemmer, token.folded);
          token.start = start - text;
          token.end = p - text;
          token.break_before = pending_break;
          pending_break = FALSE;
          g_array_append_val (tokens, token);
          continue;
        }

      if (is_break_char (c) || (c == '.' && (p[1] == ' ' || p[1] == '\n' || p[1] == '\0')))
        pending_break = TRUE;
      p = g_utf8_next_char (p);
    }

  return tokens;
}

char *
_phoenix_text_fold_words (const char *text)
{
  g_autoptr(GArray) tokens = _phoenix_text_tokenize (text, NULL, FALSE);
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < tokens->len; i++)
    {
      if (i > 0)
        g_string_append_c (out, ' ');
      g_string_append (out, g_array_index (tokens, PhoenixTextToken, i).folded);
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

char *
_phoenix_text_key (const char        *text,
                   struct sb_stemmer *stemmer)
{
  g_autoptr(GArray) tokens = _phoenix_text_tokenize (text, stemmer, TRUE);
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < tokens->len; i++)
    {
      if (i > 0)
        g_string_append_c (out, ' ');
      g_string_append (out, g_array_index (tokens, PhoenixTextToken, i).stem);
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

const char *
_phoenix_text_detect_language (const char *text)
{
  guint french, english;

  _phoenix_text_count_language (text, &french, &english);
  return english > french ? "en" : "fr";
}

void
_phoenix_text_count_language (const char *text,
                              guint      *french,
                              guint      *english)
{
  g_autoptr(GArray) tokens = _phoenix_text_tokenize (text, NULL, FALSE);

  *french = 0;
  *english = 0;
  for (guint i = 0; i < tokens->len; i++)
    {
      PhoenixTextToken *token = &g_array_index (tokens, PhoenixTextToken, i);
      const char *word = token->folded;

      if (i > 0 && licence_category (text + token->start, text + token->end,
                                     g_array_index (tokens, PhoenixTextToken, i - 1).folded))
        continue;
      if (in_list (word, french_words, G_N_ELEMENTS (french_words)))
        (*french)++;
      if (in_list (word, english_words, G_N_ELEMENTS (english_words)))
        (*english)++;
    }
}

struct sb_stemmer *
_phoenix_text_new_stemmer (const char *language)
{
  return sb_stemmer_new (g_strcmp0 (language, "en") == 0 ? "english" : "french", "UTF_8");
}
