/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-job-offer"

#include "config.h"

#include <glib/gi18n.h>
#include <libstemmer.h>
#include <stdlib.h>
#include <string.h>

#include "phoenix-job-offer.h"
#include "phoenix-secret.h"
#include "phoenix-text-tokens.h"

struct _PhoenixJobOffer
{
  GObject                parent_instance;

  PhoenixTaxonomy       *taxonomy;
  char                  *text;
  char                  *language;
  char                  *title;
  char                  *company;
  char                  *location;
  char                  *contract;
  char                  *working_time;
  PhoenixEducationLevel  education;
  int                    experience_years;
  char                  *occupation;
  GArray                *skills;
  gint64                 id;
};

enum
{
  PROP_0,
  PROP_TEXT,
  PROP_LANGUAGE,
  PROP_TITLE,
  PROP_COMPANY,
  PROP_LOCATION,
  PROP_CONTRACT,
  PROP_WORKING_TIME,
  PROP_EDUCATION,
  PROP_EXPERIENCE_YEARS,
  PROP_OCCUPATION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (PhoenixJobOffer, phoenix_job_offer, G_TYPE_OBJECT)

G_DEFINE_QUARK (phoenix-job-offer-error-quark, phoenix_job_offer_error)

typedef enum
{
  SECTION_HEADER,    /* title, company, location lines */
  SECTION_INTRO,     /* about the company: no requirement here */
  SECTION_MISSIONS,
  SECTION_REQUIRED,
  SECTION_NICE,
} Section;

typedef enum
{
  WORD_FILLER,    /* articles, possessives, "what", "key", "main"…: no section of their own */
  WORD_NEUTRAL,   /* "description", "job": the job, unless another word names the section */
  WORD_WEAK,      /* pronouns, "about", "will": a section only when no stronger word names one */
  WORD_STRONG,
} WordStrength;

typedef struct
{
  const char   *word;      /* folded; "missions" also finds "mission" */
  Section       section;
  WordStrength  strength;
} HeadingWord;

/* The words job boards' headings are made of (LinkedIn, Indeed, Welcome to the Jungle, France
 * Travail, APEC, UK and US boards). A heading is a short line made of these words only, so
 * "Vos missions principales", "What you'll be doing", "Key duties and responsibilities" or
 * "Qui êtes-vous ?" need no entry of their own. */
static const HeadingWord heading_words[] = {
  /* The role and its tasks. */
  { "mission", SECTION_MISSIONS, WORD_STRONG },
  { "role", SECTION_MISSIONS, WORD_STRONG },
  { "poste", SECTION_MISSIONS, WORD_STRONG },
  { "duty", SECTION_MISSIONS, WORD_STRONG },
  { "duties", SECTION_MISSIONS, WORD_STRONG },
  { "responsibility", SECTION_MISSIONS, WORD_STRONG },
  { "responsibilities", SECTION_MISSIONS, WORD_STRONG },
  { "accountability", SECTION_MISSIONS, WORD_STRONG },
  { "accountabilities", SECTION_MISSIONS, WORD_STRONG },
  { "responsabilite", SECTION_MISSIONS, WORD_STRONG },
  { "attribution", SECTION_MISSIONS, WORD_STRONG },
  { "fonction", SECTION_MISSIONS, WORD_STRONG },
  { "task", SECTION_MISSIONS, WORD_STRONG },
  { "tache", SECTION_MISSIONS, WORD_STRONG },
  { "activite", SECTION_MISSIONS, WORD_STRONG },
  { "activity", SECTION_MISSIONS, WORD_STRONG },
  { "activities", SECTION_MISSIONS, WORD_STRONG },
  { "quotidien", SECTION_MISSIONS, WORD_STRONG },
  { "day", SECTION_MISSIONS, WORD_STRONG },
  { "do", SECTION_MISSIONS, WORD_WEAK },
  { "doing", SECTION_MISSIONS, WORD_STRONG },
  { "working", SECTION_MISSIONS, WORD_WEAK },
  { "ferez", SECTION_MISSIONS, WORD_STRONG },
  { "faire", SECTION_MISSIONS, WORD_STRONG },
  { "impact", SECTION_MISSIONS, WORD_STRONG },
  { "challenge", SECTION_MISSIONS, WORD_STRONG },
  { "defi", SECTION_MISSIONS, WORD_STRONG },
  { "enjeux", SECTION_MISSIONS, WORD_STRONG },
  { "objectif", SECTION_MISSIONS, WORD_STRONG },
  { "objective", SECTION_MISSIONS, WORD_STRONG },
  { "environnement", SECTION_MISSIONS, WORD_STRONG },
  { "environment", SECTION_MISSIONS, WORD_STRONG },
  { "stack", SECTION_MISSIONS, WORD_STRONG },
  { "technologie", SECTION_MISSIONS, WORD_STRONG },
  { "technology", SECTION_MISSIONS, WORD_STRONG },
  { "technologies", SECTION_MISSIONS, WORD_STRONG },
  { "outil", SECTION_MISSIONS, WORD_STRONG },
  { "tool", SECTION_MISSIONS, WORD_STRONG },
  { "will", SECTION_MISSIONS, WORD_WEAK },
  { "job", SECTION_MISSIONS, WORD_NEUTRAL },
  { "position", SECTION_MISSIONS, WORD_NEUTRAL },
  { "description", SECTION_MISSIONS, WORD_NEUTRAL },
  { "descriptif", SECTION_MISSIONS, WORD_NEUTRAL },
  { "detail", SECTION_MISSIONS, WORD_NEUTRAL },
  { "overview", SECTION_MISSIONS, WORD_NEUTRAL },
  { "summary", SECTION_MISSIONS, WORD_NEUTRAL },
  { "resume", SECTION_MISSIONS, WORD_NEUTRAL },
  { "purpose", SECTION_MISSIONS, WORD_NEUTRAL },
  { "opportunity", SECTION_MISSIONS, WORD_NEUTRAL },
  { "opportunite", SECTION_MISSIONS, WORD_NEUTRAL },
  { "offre", SECTION_MISSIONS, WORD_NEUTRAL },
  { "emploi", SECTION_MISSIONS, WORD_NEUTRAL },
  /* What the candidate must have. */
  { "profil", SECTION_REQUIRED, WORD_STRONG },
  { "profile", SECTION_REQUIRED, WORD_STRONG },
  { "requirement", SECTION_REQUIRED, WORD_STRONG },
  { "required", SECTION_REQUIRED, WORD_STRONG },
  { "requis", SECTION_REQUIRED, WORD_STRONG },
  { "requise", SECTION_REQUIRED, WORD_STRONG },
  { "exigence", SECTION_REQUIRED, WORD_STRONG },
  { "exige", SECTION_REQUIRED, WORD_STRONG },
  { "exigee", SECTION_REQUIRED, WORD_STRONG },
  { "prerequis", SECTION_REQUIRED, WORD_STRONG },
  { "qualification", SECTION_REQUIRED, WORD_STRONG },
  { "competence", SECTION_REQUIRED, WORD_STRONG },
  { "competency", SECTION_REQUIRED, WORD_STRONG },
  { "competencies", SECTION_REQUIRED, WORD_STRONG },
  { "skill", SECTION_REQUIRED, WORD_STRONG },
  { "experience", SECTION_REQUIRED, WORD_STRONG },
  { "education", SECTION_REQUIRED, WORD_STRONG },
  { "formation", SECTION_REQUIRED, WORD_STRONG },
  { "diplome", SECTION_REQUIRED, WORD_STRONG },
  { "diploma", SECTION_REQUIRED, WORD_STRONG },
  { "degree", SECTION_REQUIRED, WORD_STRONG },
  { "knowledge", SECTION_REQUIRED, WORD_STRONG },
  { "connaissance", SECTION_REQUIRED, WORD_STRONG },
  { "ability", SECTION_REQUIRED, WORD_STRONG },
  { "abilities", SECTION_REQUIRED, WORD_STRONG },
  { "aptitude", SECTION_REQUIRED, WORD_STRONG },
  { "qualite", SECTION_REQUIRED, WORD_STRONG },
  { "quality", SECTION_REQUIRED, WORD_STRONG },
  { "qualities", SECTION_REQUIRED, WORD_STRONG },
  { "savoir", SECTION_REQUIRED, WORD_STRONG },
  { "langue", SECTION_REQUIRED, WORD_STRONG },
  { "language", SECTION_REQUIRED, WORD_STRONG },
  { "permis", SECTION_REQUIRED, WORD_STRONG },
  { "licence", SECTION_REQUIRED, WORD_STRONG },
  { "license", SECTION_REQUIRED, WORD_STRONG },
  { "certification", SECTION_REQUIRED, WORD_STRONG },
  { "certificat", SECTION_REQUIRED, WORD_STRONG },
  { "criteria", SECTION_REQUIRED, WORD_STRONG },
  { "criterion", SECTION_REQUIRED, WORD_STRONG },
  { "critere", SECTION_REQUIRED, WORD_STRONG },
  { "essential", SECTION_REQUIRED, WORD_STRONG },
  { "must", SECTION_REQUIRED, WORD_STRONG },
  { "mandatory", SECTION_REQUIRED, WORD_STRONG },
  { "obligatoire", SECTION_REQUIRED, WORD_STRONG },
  { "indispensable", SECTION_REQUIRED, WORD_STRONG },
  { "necessaire", SECTION_REQUIRED, WORD_STRONG },
  { "minimum", SECTION_REQUIRED, WORD_STRONG },
  { "basic", SECTION_REQUIRED, WORD_STRONG },
  { "need", SECTION_REQUIRED, WORD_STRONG },
  { "needed", SECTION_REQUIRED, WORD_STRONG },
  { "bring", SECTION_REQUIRED, WORD_STRONG },
  { "have", SECTION_REQUIRED, WORD_STRONG },
  { "expect", SECTION_REQUIRED, WORD_STRONG },
  { "expectation", SECTION_REQUIRED, WORD_STRONG },
  { "attente", SECTION_REQUIRED, WORD_STRONG },
  { "attendu", SECTION_REQUIRED, WORD_STRONG },
  { "looking", SECTION_REQUIRED, WORD_STRONG },
  { "seeking", SECTION_REQUIRED, WORD_STRONG },
  { "recherche", SECTION_REQUIRED, WORD_STRONG },
  { "recherchee", SECTION_REQUIRED, WORD_STRONG },
  { "recherchons", SECTION_REQUIRED, WORD_STRONG },
  { "cherchons", SECTION_REQUIRED, WORD_STRONG },
  { "candidat", SECTION_REQUIRED, WORD_STRONG },
  { "candidate", SECTION_REQUIRED, WORD_STRONG },
  { "ideal", SECTION_REQUIRED, WORD_STRONG },
  { "specification", SECTION_REQUIRED, WORD_STRONG },
  { "background", SECTION_REQUIRED, WORD_STRONG },
  { "parcours", SECTION_REQUIRED, WORD_STRONG },
  { "you", SECTION_REQUIRED, WORD_WEAK },
  { "vous", SECTION_REQUIRED, WORD_WEAK },
  { "etes", SECTION_REQUIRED, WORD_WEAK },
  { "toi", SECTION_REQUIRED, WORD_WEAK },
  { "tu", SECTION_REQUIRED, WORD_WEAK },
  /* What would be a plus. */
  { "plus", SECTION_NICE, WORD_STRONG },
  { "pluses", SECTION_NICE, WORD_STRONG },
  { "atout", SECTION_NICE, WORD_STRONG },
  { "asset", SECTION_NICE, WORD_STRONG },
  { "bonus", SECTION_NICE, WORD_STRONG },
  { "nice", SECTION_NICE, WORD_STRONG },
  { "desirable", SECTION_NICE, WORD_STRONG },
  { "desired", SECTION_NICE, WORD_STRONG },
  { "preferred", SECTION_NICE, WORD_STRONG },
  { "preferable", SECTION_NICE, WORD_STRONG },
  { "apprecie", SECTION_NICE, WORD_STRONG },
  { "appreciee", SECTION_NICE, WORD_STRONG },
  { "ideally", SECTION_NICE, WORD_STRONG },
  { "idealement", SECTION_NICE, WORD_STRONG },
  { "advantage", SECTION_NICE, WORD_STRONG },
  { "advantageous", SECTION_NICE, WORD_STRONG },
  { "better", SECTION_NICE, WORD_STRONG },
  { "great", SECTION_NICE, WORD_STRONG },
  { "extra", SECTION_NICE, WORD_STRONG },
  { "optional", SECTION_NICE, WORD_STRONG },
  { "optionnel", SECTION_NICE, WORD_STRONG },
  { "facultatif", SECTION_NICE, WORD_STRONG },
  { "difference", SECTION_NICE, WORD_STRONG },
  { "souhaite", SECTION_NICE, WORD_WEAK },     /* "Souhaité" alone; "Profil souhaité" is required */
  { "souhaitee", SECTION_NICE, WORD_WEAK },
  /* The company, the package, the process: nothing asked of the candidate. */
  { "entreprise", SECTION_INTRO, WORD_STRONG },
  { "company", SECTION_INTRO, WORD_STRONG },
  { "companies", SECTION_INTRO, WORD_STRONG },
  { "societe", SECTION_INTRO, WORD_STRONG },
  { "groupe", SECTION_INTRO, WORD_STRONG },
  { "organisation", SECTION_INTRO, WORD_STRONG },
  { "organization", SECTION_INTRO, WORD_STRONG },
  { "employer", SECTION_INTRO, WORD_STRONG },
  { "employeur", SECTION_INTRO, WORD_STRONG },
  { "team", SECTION_INTRO, WORD_STRONG },
  { "equipe", SECTION_INTRO, WORD_STRONG },
  { "culture", SECTION_INTRO, WORD_STRONG },
  { "valeur", SECTION_INTRO, WORD_STRONG },
  { "value", SECTION_INTRO, WORD_STRONG },
  { "story", SECTION_INTRO, WORD_STRONG },
  { "histoire", SECTION_INTRO, WORD_STRONG },
  { "life", SECTION_INTRO, WORD_STRONG },
  { "benefit", SECTION_INTRO, WORD_STRONG },
  { "perk", SECTION_INTRO, WORD_STRONG },
  { "avantage", SECTION_INTRO, WORD_STRONG },
  { "offer", SECTION_INTRO, WORD_STRONG },
  { "offrons", SECTION_INTRO, WORD_STRONG },
  { "propose", SECTION_INTRO, WORD_STRONG },
  { "proposons", SECTION_INTRO, WORD_STRONG },
  { "give", SECTION_INTRO, WORD_STRONG },
  { "get", SECTION_INTRO, WORD_STRONG },
  { "package", SECTION_INTRO, WORD_STRONG },
  { "salary", SECTION_INTRO, WORD_STRONG },
  { "salaire", SECTION_INTRO, WORD_STRONG },
  { "remuneration", SECTION_INTRO, WORD_STRONG },
  { "compensation", SECTION_INTRO, WORD_STRONG },
  { "pay", SECTION_INTRO, WORD_STRONG },
  { "reward", SECTION_INTRO, WORD_STRONG },
  { "schedule", SECTION_INTRO, WORD_STRONG },
  { "horaire", SECTION_INTRO, WORD_STRONG },
  { "condition", SECTION_INTRO, WORD_STRONG },
  { "information", SECTION_INTRO, WORD_STRONG },
  { "process", SECTION_INTRO, WORD_STRONG },
  { "processus", SECTION_INTRO, WORD_STRONG },
  { "recrutement", SECTION_INTRO, WORD_STRONG },
  { "recruitment", SECTION_INTRO, WORD_STRONG },
  { "hiring", SECTION_INTRO, WORD_STRONG },
  { "interview", SECTION_INTRO, WORD_STRONG },
  { "entretien", SECTION_INTRO, WORD_STRONG },
  { "deroulement", SECTION_INTRO, WORD_STRONG },
  { "apply", SECTION_INTRO, WORD_STRONG },
  { "postuler", SECTION_INTRO, WORD_STRONG },
  { "candidature", SECTION_INTRO, WORD_STRONG },
  { "contact", SECTION_INTRO, WORD_STRONG },
  { "join", SECTION_INTRO, WORD_STRONG },
  { "joining", SECTION_INTRO, WORD_STRONG },
  { "rejoindre", SECTION_INTRO, WORD_STRONG },
  { "rejoignez", SECTION_INTRO, WORD_STRONG },
  { "diversity", SECTION_INTRO, WORD_STRONG },
  { "diversite", SECTION_INTRO, WORD_STRONG },
  { "inclusion", SECTION_INTRO, WORD_STRONG },
  { "presentation", SECTION_INTRO, WORD_WEAK },
  { "about", SECTION_INTRO, WORD_WEAK },
  { "propos", SECTION_INTRO, WORD_WEAK },
  { "us", SECTION_INTRO, WORD_WEAK },
  { "we", SECTION_INTRO, WORD_WEAK },
  { "our", SECTION_INTRO, WORD_WEAK },
  { "nous", SECTION_INTRO, WORD_WEAK },
  { "notre", SECTION_INTRO, WORD_WEAK },
  { "nos", SECTION_INTRO, WORD_WEAK },
  { "ils", SECTION_INTRO, WORD_WEAK },
  { "sommes", SECTION_INTRO, WORD_WEAK },
};

/* Words that carry no section: "Vos missions principales", "What you'll be doing". */
static const char * const heading_fillers[] = {
  "the", "a", "an", "and", "or", "to", "in", "on", "for", "with", "by", "from", "as", "is", "are",
  "be", "ll", "re", "ve", "s", "m", "what", "who", "why", "how", "where", "which", "that", "this",
  "your", "yours", "my", "me", "i", "it", "its", "if", "so", "some", "key", "main", "core", "primary",
  "full", "more", "also", "all", "any", "other", "additional", "further", "specific", "top", "points",
  "even", "would", "can", "could", "should", "here", "there", "person", "technical", "soft", "hard",
  "personal", "professional", "general", "at",
  "le", "la", "les", "l", "un", "une", "et", "ou", "au", "aux", "en", "dans", "sur", "pour", "par",
  "avec", "ce", "ces", "cet", "cette", "que", "qu", "qui", "quoi", "quel", "quels", "quelle",
  "quelles", "vos", "votre", "ton", "tes", "ta", "principal", "principale", "principaux", "cle",
  "futur", "future", "seront", "sera", "serait", "seraient", "fera", "ferait", "est", "sont", "etre",
  "c", "j", "n", "ne", "y", "on", "il", "elle", "si", "te", "t", "allez", "aurez", "petit", "autre",
  "concretement", "technique", "complementaire", "professionnel", "comportementale", "transverse",
  "pourvoir", "pourquoi", "chez",
};

/* "Description de l'entreprise", "Benefits of the role": the word after is a complement. */
static const char * const complement_markers[] = { "de", "du", "des", "d", "of" };
/* After these, a company's name may follow: "Pourquoi rejoindre Acme ?", "Your role at Acme". */
static const char * const company_introducers[] = {
  "chez", "at", "join", "joining", "rejoindre", "rejoignez", "about", "propos",
};
/* "Notre mission", "Our offer": the company's, not the job's. */
static const char * const our_words[] = { "our", "notre", "nos" };
/* List items are headings only when they end with a colon. */
static const char * const list_bullets[] = {
  "-", "*", "•", "–", "—", "·", "▪", "◦", "●", "○", "►", "➢", "✓", "✔", "→", ">",
};

/* Folded phrases that make a clause nice-to-have wherever it stands. */
static const char * const nice_phrases[] = {
  "un plus", "serait un plus", "apprecie", "appreciee", "appreciees", "apprecies", "souhaite",
  "souhaitee", "souhaitees", "souhaites", "idealement", "nice to have", "is a plus", "a plus",
  "an advantage", "is an advantage", "preferred", "bonus", "desirable", "would be great",
};

/* Labels before a colon on a header line. */
static const char * const company_labels[] = { "entreprise", "societe", "company", "client", "employeur", "employer", "cabinet" };
static const char * const location_labels[] = { "lieu", "localisation", "location", "lieu de travail", "ville", "poste base a", "secteur", "based in" };
static const char * const contract_labels[] = { "contrat", "type de contrat", "contract", "job type", "employment type" };

static char *
fold (const char *text)
{
  return _phoenix_text_fold_words (text);
}

static gboolean
starts_with_words (const char *folded,
                   const char *cue)
{
  gsize len = strlen (cue);

  return strncmp (folded, cue, len) == 0 && (folded[len] == '\0' || folded[len] == ' ');
}

static gboolean
contains_words (const char *folded,
                const char *phrase)
{
  g_autofree char *padded = g_strconcat (" ", folded, " ", NULL);
  g_autofree char *needle = g_strconcat (" ", phrase, " ", NULL);

  return strstr (padded, needle) != NULL;
}

static gboolean
in_list (const char         *word,
         const char * const *list,
         gsize               n_list)
{
  for (gsize i = 0; i < n_list; i++)
    {
      if (strcmp (word, list[i]) == 0)
        return TRUE;
    }

  return FALSE;
}

/* The word itself, or without a plural "s": "missions", "compétences", "perks". */
static gboolean
word_is (const char *word,
         const char *entry)
{
  gsize len = strlen (word);

  if (strcmp (word, entry) == 0)
    return TRUE;
  return len > 3 && word[len - 1] == 's' && strncmp (word, entry, len - 1) == 0 && entry[len - 1] == '\0';
}

static const HeadingWord *
heading_word (const char *word)
{
  for (gsize i = 0; i < G_N_ELEMENTS (heading_words); i++)
    {
      if (strcmp (word, heading_words[i].word) == 0)
        return &heading_words[i];
    }
  for (gsize i = 0; i < G_N_ELEMENTS (heading_words); i++)
    {
      if (word_is (word, heading_words[i].word))
        return &heading_words[i];
    }

  return NULL;
}

static gboolean
heading_filler (const char *word)
{
  if (g_ascii_isdigit (*word))
    return TRUE;
  for (gsize i = 0; i < G_N_ELEMENTS (heading_fillers); i++)
    {
      if (word_is (word, heading_fillers[i]))
        return TRUE;
    }

  return FALSE;
}

/* The first section of @order in @found (one bit per section). */
static Section
pick_section (guint          found,
              const Section *order)
{
  for (guint i = 0; i < 4; i++)
    {
      if (found & (1u << order[i]))
        return order[i];
    }

  return SECTION_MISSIONS;
}

/* A heading: a short line with no final full stop, made of heading words only (articles, "your",
 * "what", "main"… aside), with emoji, bullets, "#", "**" or a final ":" or "?" around; a line
 * ending with a colon may hold two other words ("Vous aurez pour missions :"), and a company's
 * name may follow "chez", "at", "join", "about" ("Pourquoi rejoindre Acme ?"). "Label : text"
 * is a heading with its text when the label names what is asked ("Missions : …", "Profil : …"),
 * not a field ("Poste : Comptable", "Salaire : 35 k€"). A list item ("- Experience") is a
 * heading only when it ends with a colon. The section: the strongest word's ("Profil souhaité"
 * is required, "Compétences appréciées" nice); the head noun's over its complement's
 * ("Avantages du poste", "Description de l'entreprise"); "our"/"notre" makes a mission the
 * company's ("Notre mission"). */
static gboolean
line_heading (const char *line,
              Section    *section)
{
  static const Section strong_order[] = { SECTION_NICE, SECTION_REQUIRED, SECTION_MISSIONS, SECTION_INTRO };
  static const Section weak_order[] = { SECTION_NICE, SECTION_MISSIONS, SECTION_REQUIRED, SECTION_INTRO };
  g_autofree char *head = NULL;
  g_autoptr(GArray) tokens = NULL;
  gsize len = strlen (line);
  const char *colon = strchr (line, ':');
  gboolean item = FALSE;
  gboolean inline_text = FALSE;   /* "Missions : gestion de la paie" */
  gboolean open_ended = FALSE;    /* "Vous aurez pour missions :" */
  gboolean after_marker = FALSE;
  gboolean after_our = FALSE;
  gboolean after_introducer = FALSE;
  gboolean seen_content = FALSE;
  gboolean names_a_need = FALSE;  /* a word other than "poste", "rôle", the company's */
  gboolean neutral = FALSE;
  guint strong_head = 0;
  guint strong_complement = 0;
  guint weak = 0;
  guint uncovered = 0;
  guint names = 0;

  if (len == 0)
    return FALSE;
  for (gsize i = 0; i < G_N_ELEMENTS (list_bullets); i++)
    {
      if (g_str_has_prefix (line, list_bullets[i]) && g_ascii_isspace (line[strlen (list_bullets[i])]))
        item = TRUE;
    }
  if (colon != NULL)
    {
      const char *p = colon + 1;

      while (*p != '\0' && !g_unichar_isalnum (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      inline_text = *p != '\0';
      open_ended = !inline_text;
      head = g_strndup (line, colon - line);
    }
  else
    head = g_strdup (line);

  if (item && !open_ended)
    return FALSE;
  if (inline_text && colon - line > 50)
    return FALSE;
  if (!inline_text && (len > 80 || strchr (".,;", line[len - 1]) != NULL))
    return FALSE;

  tokens = _phoenix_text_tokenize (head, NULL, FALSE);
  if (tokens->len == 0 || tokens->len > (inline_text ? 6u : open_ended ? 10u : 8u))
    return FALSE;
  /* "Nice" alone is a city. */
  if (tokens->len == 1 && strcmp (g_array_index (tokens, PhoenixTextToken, 0).folded, "nice") == 0)
    return FALSE;

  for (guint i = 0; i < tokens->len; i++)
    {
      const PhoenixTextToken *token = &g_array_index (tokens, PhoenixTextToken, i);
      const char *word = token->folded;
      const HeadingWord *entry;
      Section word_section;
      WordStrength strength;

      if (in_list (word, complement_markers, G_N_ELEMENTS (complement_markers)))
        {
          after_marker = seen_content;
          continue;
        }
      if (in_list (word, our_words, G_N_ELEMENTS (our_words)))
        {
          after_our = TRUE;
          weak |= 1u << SECTION_INTRO;
          continue;
        }
      if (in_list (word, company_introducers, G_N_ELEMENTS (company_introducers)))
        after_introducer = TRUE;

      entry = heading_word (word);
      if (entry == NULL)
        {
          if (heading_filler (word))
            continue;
          if (after_introducer && names < 3 && g_unichar_isupper (g_utf8_get_char (head + token->start)))
            names++;
          else
            uncovered++;
          continue;
        }

      word_section = entry->section;
      strength = entry->strength;
      if (after_our && word_section == SECTION_MISSIONS)
        {
          word_section = SECTION_INTRO;
          strength = WORD_STRONG;
        }
      switch (strength)
        {
        case WORD_STRONG:
          if (after_marker)
            strong_complement |= 1u << word_section;
          else
            strong_head |= 1u << word_section;
          if (word_section != SECTION_INTRO && strcmp (entry->word, "poste") != 0 &&
              strcmp (entry->word, "role") != 0)
            names_a_need = TRUE;
          break;
        case WORD_WEAK:
          weak |= 1u << word_section;
          break;
        case WORD_NEUTRAL:
          neutral = TRUE;
          break;
        case WORD_FILLER:
        default:
          break;
        }
      after_marker = FALSE;
      after_our = FALSE;
      seen_content = TRUE;
    }

  if (uncovered > (open_ended ? 2u : 0u))
    return FALSE;
  if (strong_head != 0)
    *section = pick_section (strong_head, strong_order);
  else if (strong_complement != 0)
    *section = pick_section (strong_complement, strong_order);
  else if ((weak & ~(1u << SECTION_INTRO)) != 0)
    *section = pick_section (weak, weak_order);
  else if (neutral)  /* "About the job", "À propos de l'offre" */
    *section = SECTION_MISSIONS;
  else if (weak != 0)
    *section = SECTION_INTRO;
  else
    return FALSE;
  /* "What's in it for you": the package. */
  if (!inline_text)
    {
      g_autofree char *folded = fold (head);

      if (contains_words (folded, "in it for"))
        *section = SECTION_INTRO;
    }
  if (inline_text && (*section == SECTION_INTRO || !names_a_need))
    return FALSE;

  return TRUE;
}

static char *
labelled_value (const char         *line,
                const char * const *labels,
                gsize               n_labels)
{
  const char *colon = strchr (line, ':');
  g_autofree char *label = NULL;
  g_autofree char *folded = NULL;

  if (colon == NULL || colon - line > 30)
    return NULL;
  label = g_strndup (line, colon - line);
  folded = fold (label);
  for (gsize i = 0; i < n_labels; i++)
    {
      if (strcmp (folded, labels[i]) == 0)
        return g_strstrip (g_strdup (colon + 1));
    }

  return NULL;
}

static void
set_string (char       **field,
            const char  *value)
{
  g_free (*field);
  *field = g_strdup (value != NULL ? value : "");
}

/* "Développeur web (H/F) — CDI" → "Développeur web". */
static char *
clean_title (const char *line)
{
  g_autoptr(GRegex) gender = g_regex_new ("\\(?\\b(H\\s*/\\s*F|F\\s*/\\s*H|M\\s*/\\s*F(\\s*/\\s*D)?|m/w/d)\\b\\)?",
                                          G_REGEX_CASELESS, 0, NULL);
  g_autofree char *text = g_regex_replace_literal (gender, line, -1, 0, "", 0, NULL);
  const char *separators[] = { " — ", " – ", " - ", " | " };

  for (gsize i = 0; i < G_N_ELEMENTS (separators); i++)
    {
      char *cut = strstr (text, separators[i]);

      if (cut != NULL)
        *cut = '\0';
    }
  /* "(Internship)" and the like at the end. */
  if (g_str_has_suffix (g_strstrip (text), ")"))
    {
      char *open = strrchr (text, '(');

      if (open != NULL && open != text)
        *open = '\0';
    }

  return g_strstrip (g_strdup (g_strstrip (text)));
}

static void
detect_contract (PhoenixJobOffer *self,
                 const char      *folded)
{
  static const struct { const char *word; const char *contract; } contracts[] = {
    { "alternance", "alternance" }, { "apprentissage", "alternance" }, { "apprenticeship", "alternance" },
    { "stage", "stage" }, { "internship", "stage" }, { "stagiaire", "stage" },
    { "interim", "interim" }, { "temporary", "interim" },
    { "freelance", "freelance" }, { "independant", "freelance" }, { "contractor", "freelance" },
    { "cdd", "cdd" }, { "fixed term", "cdd" }, { "saisonnier", "cdd" }, { "seasonal", "cdd" },
    { "cdi", "cdi" }, { "permanent", "cdi" },
  };

  if (*self->contract == '\0')
    {
      for (gsize i = 0; i < G_N_ELEMENTS (contracts); i++)
        {
          if (contains_words (folded, contracts[i].word))
            {
              set_string (&self->contract, contracts[i].contract);
              break;
            }
        }
    }
  if (*self->working_time == '\0')
    {
      if (contains_words (folded, "temps partiel") || contains_words (folded, "part time"))
        set_string (&self->working_time, "part-time");
      else if (contains_words (folded, "temps plein") || contains_words (folded, "full time") ||
               contains_words (folded, "temps complet"))
        set_string (&self->working_time, "full-time");
    }
}

PhoenixEducationLevel
phoenix_education_level_from_text (const char *text)
{
  /* On folded text (no case, no accents): "Bac+5" reads "bac 5", "Master's" "master s". */
  static const struct { const char *pattern; PhoenixEducationLevel level; } patterns[] = {
    { "\\bbac (\\d)\\b", PHOENIX_EDUCATION_UNKNOWN },  /* level from the digit */
    { "\\b(cap|bep)\\b", PHOENIX_EDUCATION_CAP },
    { "\\b(bts|dut|but|hnd|deust|associate s degree|associate degree)\\b", PHOENIX_EDUCATION_BAC_2 },
    { "(?<!driving |forklift |truck |drivers |driver s )\\b(licence|license|bachelor|bachelors|dcg|bsc|b sc|ba|licence pro)\\b(?! (de conduire|to drive))",
      PHOENIX_EDUCATION_BAC_3 },
    { "(?<!scrum )\\b(master|masters|msc|m sc|mba|dscg|ingenieur|engineering degree)\\b", PHOENIX_EDUCATION_BAC_5 },
    { "\\b(doctorat|phd|ph d|doctorate)\\b", PHOENIX_EDUCATION_DOCTORATE },
    { "\\b(baccalaureat|bac|high school)\\b", PHOENIX_EDUCATION_BAC },
  };
  g_autofree char *folded = NULL;
  PhoenixEducationLevel lowest = PHOENIX_EDUCATION_UNKNOWN;
  gboolean bac_plus = FALSE;

  g_return_val_if_fail (text != NULL, PHOENIX_EDUCATION_UNKNOWN);

  folded = fold (text);
  for (gsize i = 0; i < G_N_ELEMENTS (patterns); i++)
    {
      g_autoptr(GRegex) regex = NULL;
      g_autoptr(GMatchInfo) match = NULL;

      if (bac_plus && patterns[i].level == PHOENIX_EDUCATION_BAC)
        continue;
      regex = g_regex_new (patterns[i].pattern, 0, 0, NULL);
      if (regex == NULL)
        continue;
      g_regex_match (regex, folded, 0, &match);
      while (g_match_info_matches (match))
        {
          PhoenixEducationLevel level = patterns[i].level;

          if (i == 0)
            {
              g_autofree char *digit = g_match_info_fetch (match, 1);
              int years = atoi (digit);

              level = years >= 8 ? PHOENIX_EDUCATION_DOCTORATE :
                      years >= 4 ? PHOENIX_EDUCATION_BAC_5 :
                      years == 3 ? PHOENIX_EDUCATION_BAC_3 :
                      years >= 1 ? PHOENIX_EDUCATION_BAC_2 : PHOENIX_EDUCATION_BAC;
            }
          if (lowest == PHOENIX_EDUCATION_UNKNOWN || level < lowest)
            lowest = level;
          g_match_info_next (match, NULL);
        }
      /* "Bac+5": the bare "bac" pattern must not count it again as a plain bac. */
      if (i == 0 && lowest != PHOENIX_EDUCATION_UNKNOWN)
        bac_plus = TRUE;
    }

  return lowest;
}

const char *
phoenix_education_level_to_string (PhoenixEducationLevel level,
                                   const char           *language)
{
  gboolean english = g_strcmp0 (language, "en") == 0;

  switch (level)
    {
    case PHOENIX_EDUCATION_CAP:
      return english ? "Vocational certificate" : "CAP/BEP";
    case PHOENIX_EDUCATION_BAC:
      return english ? "High school" : "Bac";
    case PHOENIX_EDUCATION_BAC_2:
      return english ? "Associate degree" : "Bac+2";
    case PHOENIX_EDUCATION_BAC_3:
      return english ? "Bachelor's" : "Bac+3";
    case PHOENIX_EDUCATION_BAC_5:
      return english ? "Master's" : "Bac+5";
    case PHOENIX_EDUCATION_DOCTORATE:
      return english ? "PhD" : "Doctorat";
    case PHOENIX_EDUCATION_UNKNOWN:
    default:
      return "";
    }
}

static int
experience_from_line (const char *line)
{
  g_autoptr(GRegex) regex = g_regex_new ("(\\d{1,2})\\s*\\+?\\s*(ans|années|annees|an|years?|yrs)\\b",
                                         G_REGEX_CASELESS, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *folded = fold (line);

  if (!contains_words (folded, "experience") && !contains_words (folded, "experiences"))
    return -1;
  if (g_regex_match (regex, line, 0, &match))
    {
      g_autofree char *digits = g_match_info_fetch (match, 1);

      return atoi (digits);
    }

  return -1;
}

static gboolean
clause_is_nice (const char *text,
                gsize       start,
                gsize       end)
{
  gsize clause_start = start;
  gsize clause_end = end;
  g_autofree char *clause = NULL;
  g_autofree char *folded = NULL;

  while (clause_start > 0 && strchr (";.\n", text[clause_start - 1]) == NULL)
    clause_start--;
  while (text[clause_end] != '\0' && strchr (";\n", text[clause_end]) == NULL &&
         !(text[clause_end] == '.' && (text[clause_end + 1] == ' ' || text[clause_end + 1] == '\n' ||
                                       text[clause_end + 1] == '\0')))
    clause_end++;
  clause = g_strndup (text + clause_start, clause_end - clause_start);
  folded = fold (clause);
  for (gsize i = 0; i < G_N_ELEMENTS (nice_phrases); i++)
    {
      if (contains_words (folded, nice_phrases[i]))
        return TRUE;
    }

  return FALSE;
}

typedef struct
{
  guint  occupation;
  double score;
} Candidate;

static int
compare_candidates (gconstpointer a,
                    gconstpointer b)
{
  const Candidate *ca = a;
  const Candidate *cb = b;

  if (ca->score != cb->score)
    return ca->score < cb->score ? 1 : -1;
  return (int) ca->occupation - (int) cb->occupation;
}

static GHashTable *
word_set (const char *key)
{
  GHashTable *set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_auto(GStrv) words = g_strsplit (key, " ", -1);

  for (guint i = 0; words[i] != NULL; i++)
    {
      if (strlen (words[i]) > 1)
        g_hash_table_add (set, g_strdup (words[i]));
    }

  return set;
}

/* Titles by stemmed word, built once per taxonomy. */
typedef struct
{
  GHashTable *rows_by_word;  /* "lang:stem" → GArray of guint rows */
  guint      *n_words;       /* distinct words per row */
  guint      *occupations;   /* occupation of each row */
  guint8     *kinds;         /* PhoenixTitleKind of each row */
  const char **folded;       /* folded words of each row (in the mapped taxonomy) */
} TitleIndex;

static void
free_title_index (gpointer data)
{
  TitleIndex *index = data;

  g_hash_table_unref (index->rows_by_word);
  g_free (index->n_words);
  g_free (index->occupations);
  g_free (index->kinds);
  g_free (index->folded);
  g_free (index);
}

static GMutex title_index_lock;

static TitleIndex *
get_title_index (PhoenixTaxonomy *taxonomy)
{
  TitleIndex *index;

  g_mutex_lock (&title_index_lock);
  index = g_object_get_data (G_OBJECT (taxonomy), "phoenix-title-index");
  if (index == NULL)
    {
      guint n_titles = phoenix_taxonomy_get_n_titles (taxonomy);

      index = g_new0 (TitleIndex, 1);
      index->rows_by_word = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_array_unref);
      index->n_words = g_new0 (guint, n_titles);
      index->occupations = g_new0 (guint, n_titles);
      index->kinds = g_new0 (guint8, n_titles);
      index->folded = g_new0 (const char *, n_titles);
      for (guint row = 0; row < n_titles; row++)
        {
          const char *stemmed, *language;
          PhoenixTitleKind kind;
          g_autoptr(GHashTable) words = NULL;
          GHashTableIter iter;
          gpointer word;

          phoenix_taxonomy_get_title (taxonomy, row, &index->folded[row], &stemmed, &language,
                                      &index->occupations[row], &kind);
          index->kinds[row] = (guint8) kind;
          words = word_set (stemmed);
          index->n_words[row] = g_hash_table_size (words);
          g_hash_table_iter_init (&iter, words);
          while (g_hash_table_iter_next (&iter, &word, NULL))
            {
              g_autofree char *key = g_strconcat (language, ":", (const char *) word, NULL);
              GArray *rows = g_hash_table_lookup (index->rows_by_word, key);

              if (rows == NULL)
                {
                  rows = g_array_new (FALSE, FALSE, sizeof (guint));
                  g_hash_table_insert (index->rows_by_word, g_steal_pointer (&key), rows);
                }
              g_array_append_val (rows, row);
            }
        }
      g_object_set_data_full (G_OBJECT (taxonomy), "phoenix-title-index", index, free_title_index);
    }
  g_mutex_unlock (&title_index_lock);

  return index;
}

/* How many of the offer title's words each title row shares (row+1 → count). */
static void
count_common_words (TitleIndex *index,
                    GHashTable *offer_words,
                    const char *language,
                    GHashTable *common)
{
  GHashTableIter iter;
  gpointer word;

  g_hash_table_iter_init (&iter, offer_words);
  while (g_hash_table_iter_next (&iter, &word, NULL))
    {
      g_autofree char *key = g_strconcat (language, ":", (const char *) word, NULL);
      GArray *rows = g_hash_table_lookup (index->rows_by_word, key);

      for (guint i = 0; rows != NULL && i < rows->len; i++)
        {
          gpointer row = GUINT_TO_POINTER (g_array_index (rows, guint, i) + 1);

          g_hash_table_insert (common, row, GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (common, row)) + 1));
        }
    }
}

/* Words that say a level or a contract, not a job ("Senior", "Stagiaire", "H/F"): left out of title matching. */
static const char * const level_words[] = {
  "senior", "junior", "sr", "jr", "confirme", "confirmee", "experimente", "experimentee", "debutant",
  "debutante", "stagiaire", "stage", "alternant", "alternante", "alternance", "apprenti", "apprentie",
  "trainee", "graduate", "intern", "internship", "h", "f", "m", "x", "w", "d",
};

/* @title folded, without its level words (all of them kept if nothing else is left). */
static char *
fold_job_title (const char *title)
{
  g_autofree char *folded = _phoenix_text_fold_words (title);
  g_auto(GStrv) words = g_strsplit (folded, " ", -1);
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    {
      if (*words[i] == '\0' || g_strv_contains (level_words, words[i]))
        continue;
      if (out->len > 0)
        g_string_append_c (out, ' ');
      g_string_append (out, words[i]);
    }
  if (out->len == 0)
    return g_steal_pointer (&folded);

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* Title kinds weigh a little: a fiche's own label over a job title over an ESCO alternative label. */
static const double title_kind_penalty[] = { 0.0, 0.02, 0.05 };

/*
 * The occupation for @title: its stems against every French and English
 * title (60% how much of the occupation's title is covered, 40% how much of
 * @title; +0.1 when the words are the same before stemming, so "Product
 * manager" is not "Production manager"; less for weaker title kinds; +0.002
 * for each further title of the occupation holding every word, up to ten, so a
 * bare "Infirmière" goes to the fiche most nurse titles name), then 30% overlap
 * of @skills (skill+1 set, may be empty) with the occupation's skills. Returns
 * FALSE when no title word matches or the best title score is below @min_title.
 */
static gboolean
best_occupation (PhoenixTaxonomy *taxonomy,
                 const char      *title,
                 GHashTable      *skills,
                 double           min_title,
                 guint           *result)
{
  struct sb_stemmer *stemmer_fr = _phoenix_text_new_stemmer ("fr");
  struct sb_stemmer *stemmer_en = _phoenix_text_new_stemmer ("en");
  g_autofree char *folded = fold_job_title (title);
  g_autofree char *key_fr = _phoenix_text_key (folded, stemmer_fr);
  g_autofree char *key_en = _phoenix_text_key (folded, stemmer_en);
  g_autoptr(GHashTable) words_fr = word_set (key_fr);
  g_autoptr(GHashTable) words_en = word_set (key_en);
  g_autoptr(GHashTable) common_fr = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) common_en = g_hash_table_new (NULL, NULL);
  g_autofree double *title_scores = NULL;
  g_autofree guint *full_rows = NULL;
  g_autoptr(GArray) candidates = g_array_new (FALSE, FALSE, sizeof (Candidate));
  TitleIndex *index = get_title_index (taxonomy);
  guint n_occupations = phoenix_taxonomy_get_n_occupations (taxonomy);
  double best_title = 0.0;
  GHashTable *commons[2] = { common_fr, common_en };
  GHashTable *title_words[2] = { words_fr, words_en };

  sb_stemmer_delete (stemmer_fr);
  sb_stemmer_delete (stemmer_en);

  title_scores = g_new0 (double, n_occupations);
  full_rows = g_new0 (guint, n_occupations);
  count_common_words (index, words_fr, "fr", common_fr);
  count_common_words (index, words_en, "en", common_en);
  for (guint l = 0; l < 2; l++)
    {
      GHashTableIter iter;
      gpointer row, count;

      g_hash_table_iter_init (&iter, commons[l]);
      while (g_hash_table_iter_next (&iter, &row, &count))
        {
          guint r = GPOINTER_TO_UINT (row) - 1;
          guint c = GPOINTER_TO_UINT (count);
          guint occupation = index->occupations[r];
          double score;

          score = 0.6 * c / MAX (1, index->n_words[r]) + 0.4 * c / MAX (1, g_hash_table_size (title_words[l]));
          if (g_str_equal (index->folded[r], folded))
            score += 0.1;
          score -= title_kind_penalty[MIN (index->kinds[r], G_N_ELEMENTS (title_kind_penalty) - 1)];
          if (score > title_scores[occupation])
            title_scores[occupation] = score;
          if (c == g_hash_table_size (title_words[l]))
            full_rows[occupation]++;
        }
    }
  for (guint occupation = 0; occupation < n_occupations; occupation++)
    {
      if (title_scores[occupation] > 0.0 && full_rows[occupation] > 1)
        title_scores[occupation] += 0.002 * MIN (full_rows[occupation] - 1, 10);
      best_title = MAX (best_title, title_scores[occupation]);
    }
  if (best_title < min_title || (best_title == 0.0 && (skills == NULL || g_hash_table_size (skills) == 0)))
    return FALSE;

  /* Title only: the best one, the first code on a tie. */
  if (skills == NULL || g_hash_table_size (skills) == 0)
    {
      for (guint occupation = 0; occupation < n_occupations; occupation++)
        {
          if (title_scores[occupation] == best_title)
            {
              *result = occupation;
              return TRUE;
            }
        }
      return FALSE;
    }

  /* Title first; the skills break ties and decide when the title says little. */
  for (guint occupation = 0; occupation < n_occupations; occupation++)
    {
      Candidate candidate = { occupation, 0.0 };
      double skill_score = 0.0;

      if (title_scores[occupation] < best_title - 0.35 && best_title > 0.0)
        continue;
      if (skills != NULL && g_hash_table_size (skills) > 0)
        {
          g_autoptr(GArray) links = phoenix_taxonomy_get_occupation_skills (taxonomy, occupation);
          guint common = 0;

          for (guint j = 0; j < links->len; j++)
            common += g_hash_table_contains (skills,
                                             GUINT_TO_POINTER (g_array_index (links, PhoenixOccupationSkill, j).skill + 1));
          skill_score = (double) common / g_hash_table_size (skills);
        }
      candidate.score = 0.7 * title_scores[occupation] + 0.3 * skill_score;
      if (candidate.score > 0.0)
        g_array_append_val (candidates, candidate);
    }
  if (candidates->len == 0)
    return FALSE;

  g_array_sort (candidates, compare_candidates);
  *result = g_array_index (candidates, Candidate, 0).occupation;

  return TRUE;
}

void
phoenix_job_offer_prepare_taxonomy (PhoenixTaxonomy *taxonomy)
{
  g_return_if_fail (PHOENIX_IS_TAXONOMY (taxonomy));

  phoenix_taxonomy_prepare (taxonomy);
  get_title_index (taxonomy);
}

static void
match_occupation (PhoenixJobOffer *self)
{
  g_autoptr(GHashTable) offer_skills = g_hash_table_new (NULL, NULL);
  guint occupation;

  for (guint i = 0; i < self->skills->len; i++)
    g_hash_table_add (offer_skills, GUINT_TO_POINTER (g_array_index (self->skills, PhoenixOfferSkill, i).skill + 1));
  if (best_occupation (self->taxonomy, self->title, offer_skills, 0.0, &occupation))
    set_string (&self->occupation, phoenix_taxonomy_get_occupation_code (self->taxonomy, occupation));
}

static void
add_skill (PhoenixJobOffer *self,
           guint            skill,
           gboolean         required,
           guint            start,
           guint            end)
{
  for (guint i = 0; i < self->skills->len; i++)
    {
      PhoenixOfferSkill *existing = &g_array_index (self->skills, PhoenixOfferSkill, i);

      if (existing->skill == skill)
        {
          existing->required = existing->required || required;
          return;
        }
    }

  {
    PhoenixOfferSkill entry = { skill, required, start, end };

    g_array_append_val (self->skills, entry);
  }
}

static int
compare_offer_skills (gconstpointer a,
                      gconstpointer b)
{
  const PhoenixOfferSkill *sa = a;
  const PhoenixOfferSkill *sb = b;

  if (sa->required != sb->required)
    return sa->required ? -1 : 1;
  return (int) sa->start - (int) sb->start;
}

static void
parse (PhoenixJobOffer       *self,
       PhoenixSkillExtractor *extractor)
{
  g_auto(GStrv) lines = g_strsplit (self->text, "\n", -1);
  g_autoptr(GArray) line_section = g_array_new (FALSE, TRUE, sizeof (Section));
  g_autoptr(GArray) line_start = g_array_new (FALSE, TRUE, sizeof (gsize));
  g_autoptr(GArray) matches = NULL;
  g_autofree char *folded_text = NULL;
  g_autofree char *header_text = NULL;
  g_autoptr(GString) header = g_string_new (NULL);
  g_autoptr(GString) education_text = g_string_new (NULL);
  Section current = SECTION_HEADER;
  gboolean any_heading = FALSE;
  guint header_lines = 0;
  gsize offset = 0;

  set_string (&self->language, _phoenix_text_detect_language (self->text));

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autofree char *line = g_strstrip (g_strdup (lines[i]));
      g_autofree char *value = NULL;
      Section section;

      g_array_append_val (line_start, offset);
      offset += strlen (lines[i]) + 1;

      if (line_heading (line, &section))
        {
          current = section;
          any_heading = TRUE;
          g_array_append_val (line_section, section);
          continue;
        }

      if (current == SECTION_HEADER && *line == '\0' && header_lines > 0)
        current = SECTION_INTRO;
      g_array_append_val (line_section, current);
      if (*line == '\0')
        continue;

      if ((value = labelled_value (line, company_labels, G_N_ELEMENTS (company_labels))) != NULL)
        set_string (&self->company, value);
      else if ((value = labelled_value (line, location_labels, G_N_ELEMENTS (location_labels))) != NULL)
        set_string (&self->location, value);
      else if ((value = labelled_value (line, contract_labels, G_N_ELEMENTS (contract_labels))) != NULL)
        {
          g_autofree char *folded = fold (value);

          detect_contract (self, folded);
        }
      else if (current == SECTION_HEADER)
        {
          if (*self->title == '\0')
            {
              g_autofree char *title = clean_title (line);

              set_string (&self->title, title);
            }
          else if (*self->company == '\0' && header_lines == 1)
            {
              const char *separators[] = { " — ", " – ", " - ", ", " };
              gboolean split = FALSE;

              for (gsize s = 0; s < G_N_ELEMENTS (separators) && !split; s++)
                {
                  const char *cut = strstr (line, separators[s]);

                  if (cut != NULL)
                    {
                      g_autofree char *company = g_strndup (line, cut - line);
                      g_autofree char *place = g_strdup (cut + strlen (separators[s]));
                      g_autofree char *folded_place = fold (place);

                      /* "Cabinet X — Bordeaux" or "Brightwell Retail Group — Manchester". */
                      set_string (&self->company, g_strstrip (company));
                      if (*self->location == '\0')
                        set_string (&self->location, g_strstrip (place));
                      split = TRUE;
                    }
                }
              if (!split)
                set_string (&self->company, line);
            }
          else if (*self->location == '\0' && header_lines >= 2 && strlen (line) < 60)
            {
              g_autofree char *folded = fold (line);

              if (starts_with_words (folded, "poste base a") || starts_with_words (folded, "based in"))
                set_string (&self->location, g_utf8_offset_to_pointer (line, starts_with_words (folded, "based in") ? 9 : 13));
              else if (!contains_words (folded, "cdi") && !contains_words (folded, "cdd") &&
                  !contains_words (folded, "full time") && !contains_words (folded, "permanent") &&
                  !contains_words (folded, "part time") && !contains_words (folded, "contract") &&
                  !contains_words (folded, "internship") && !contains_words (folded, "seasonal") &&
                  !contains_words (folded, "mission"))
                set_string (&self->location, line);
            }
          g_string_append_printf (header, "%s\n", line);
          header_lines++;
        }

      if (current == SECTION_REQUIRED || current == SECTION_NICE || current == SECTION_HEADER ||
          !any_heading)
        g_string_append_printf (education_text, "%s\n", line);
      if (self->experience_years < 0)
        self->experience_years = experience_from_line (line);
    }

  /* The company line may name the place after a comma ("Agence X pour son client Y"); keep what we have. */
  header_text = g_string_free (g_steal_pointer (&header), FALSE);
  {
    g_autofree char *folded_header = fold (header_text);

    detect_contract (self, folded_header);
  }
  folded_text = fold (self->text);
  detect_contract (self, folded_text);
  self->education = phoenix_education_level_from_text (education_text->str);

  /* Skills: nothing from the company's presentation; nice-to-have by section or by clause. */
  matches = phoenix_skill_extractor_extract (extractor, self->text, self->language);
  for (guint i = 0; i < matches->len; i++)
    {
      PhoenixSkillMatch *match = &g_array_index (matches, PhoenixSkillMatch, i);
      guint line = 0;
      Section section;

      while (line + 1 < line_start->len && g_array_index (line_start, gsize, line + 1) <= match->start)
        line++;
      section = line < line_section->len ? g_array_index (line_section, Section, line) : SECTION_MISSIONS;
      /* The title, the company's name and the presentation state no requirement. */
      if (any_heading && (section == SECTION_INTRO || section == SECTION_HEADER))
        continue;
      add_skill (self, match->skill,
                 section != SECTION_NICE && !clause_is_nice (self->text, match->start, match->end),
                 match->start, match->end);
    }
  g_array_sort (self->skills, compare_offer_skills);

  match_occupation (self);
}

static void
phoenix_job_offer_finalize (GObject *object)
{
  PhoenixJobOffer *self = PHOENIX_JOB_OFFER (object);

  g_clear_object (&self->taxonomy);
  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->language, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->company, g_free);
  g_clear_pointer (&self->location, g_free);
  g_clear_pointer (&self->contract, g_free);
  g_clear_pointer (&self->working_time, g_free);
  g_clear_pointer (&self->occupation, g_free);
  g_clear_pointer (&self->skills, g_array_unref);

  G_OBJECT_CLASS (phoenix_job_offer_parent_class)->finalize (object);
}

static char **
string_field (PhoenixJobOffer *self,
              guint            prop_id)
{
  switch (prop_id)
    {
    case PROP_TEXT: return &self->text;
    case PROP_LANGUAGE: return &self->language;
    case PROP_TITLE: return &self->title;
    case PROP_COMPANY: return &self->company;
    case PROP_LOCATION: return &self->location;
    case PROP_CONTRACT: return &self->contract;
    case PROP_WORKING_TIME: return &self->working_time;
    case PROP_OCCUPATION: return &self->occupation;
    default: return NULL;
    }
}

static void
phoenix_job_offer_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  PhoenixJobOffer *self = PHOENIX_JOB_OFFER (object);
  char **field = string_field (self, prop_id);

  if (field != NULL)
    g_value_set_string (value, *field);
  else if (prop_id == PROP_EDUCATION)
    g_value_set_int (value, self->education);
  else if (prop_id == PROP_EXPERIENCE_YEARS)
    g_value_set_int (value, self->experience_years);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
set_string_property (PhoenixJobOffer *self,
                     guint            prop_id,
                     const char      *value)
{
  char **field = string_field (self, prop_id);

  if (value == NULL)
    value = "";
  if (g_strcmp0 (*field, value) == 0)
    return;
  set_string (field, value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
phoenix_job_offer_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  PhoenixJobOffer *self = PHOENIX_JOB_OFFER (object);

  switch (prop_id)
    {
    case PROP_TITLE:
    case PROP_COMPANY:
    case PROP_LOCATION:
    case PROP_CONTRACT:
    case PROP_OCCUPATION:
      set_string_property (self, prop_id, g_value_get_string (value));
      break;
    case PROP_EDUCATION:
      phoenix_job_offer_set_education (self, g_value_get_int (value));
      break;
    case PROP_EXPERIENCE_YEARS:
      phoenix_job_offer_set_experience_years (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
phoenix_job_offer_class_init (PhoenixJobOfferClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = phoenix_job_offer_finalize;
  object_class->get_property = phoenix_job_offer_get_property;
  object_class->set_property = phoenix_job_offer_set_property;

  properties[PROP_TEXT] = g_param_spec_string ("text", NULL, NULL, "", ro);
  properties[PROP_LANGUAGE] = g_param_spec_string ("language", NULL, NULL, "", ro);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, "", rw);
  properties[PROP_COMPANY] = g_param_spec_string ("company", NULL, NULL, "", rw);
  properties[PROP_LOCATION] = g_param_spec_string ("location", NULL, NULL, "", rw);
  properties[PROP_CONTRACT] = g_param_spec_string ("contract", NULL, NULL, "", rw);
  properties[PROP_WORKING_TIME] = g_param_spec_string ("working-time", NULL, NULL, "", ro);
  properties[PROP_EDUCATION] = g_param_spec_int ("education", NULL, NULL,
                                                 PHOENIX_EDUCATION_UNKNOWN, PHOENIX_EDUCATION_DOCTORATE,
                                                 PHOENIX_EDUCATION_UNKNOWN, rw);
  properties[PROP_EXPERIENCE_YEARS] = g_param_spec_int ("experience-years", NULL, NULL, -1, 60, -1, rw);
  properties[PROP_OCCUPATION] = g_param_spec_string ("occupation", NULL, NULL, "", rw);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
phoenix_job_offer_init (PhoenixJobOffer *self)
{
  self->text = g_strdup ("");
  self->language = g_strdup ("fr");
  self->title = g_strdup ("");
  self->company = g_strdup ("");
  self->location = g_strdup ("");
  self->contract = g_strdup ("");
  self->working_time = g_strdup ("");
  self->occupation = g_strdup ("");
  self->experience_years = -1;
  self->skills = g_array_new (FALSE, FALSE, sizeof (PhoenixOfferSkill));
}

PhoenixJobOffer *
phoenix_job_offer_new_from_text (PhoenixSkillExtractor *extractor,
                                 const char            *text)
{
  PhoenixJobOffer *self;

  g_return_val_if_fail (PHOENIX_IS_SKILL_EXTRACTOR (extractor), NULL);
  g_return_val_if_fail (text != NULL, NULL);

  self = g_object_new (PHOENIX_TYPE_JOB_OFFER, NULL);
  self->taxonomy = g_object_ref (phoenix_skill_extractor_get_taxonomy (extractor));
  set_string (&self->text, text);
  parse (self, extractor);

  return self;
}

char *
phoenix_job_offer_html_to_text (const char *html)
{
  g_autoptr(GRegex) scripts = g_regex_new ("<(script|style|head)\\b.*?</\\1\\s*>", G_REGEX_CASELESS | G_REGEX_DOTALL, 0, NULL);
  g_autoptr(GRegex) blocks = g_regex_new ("<\\s*(br|/?p|/?div|/?li|/?h[1-6]|/?tr|/?ul|/?ol|/?section|/?article)\\b[^>]*>",
                                          G_REGEX_CASELESS, 0, NULL);
  g_autoptr(GRegex) bullets = g_regex_new ("<\\s*li\\b[^>]*>", G_REGEX_CASELESS, 0, NULL);
  g_autoptr(GRegex) tags = g_regex_new ("<[^>]*>", G_REGEX_DOTALL, 0, NULL);
  g_autoptr(GRegex) spaces = g_regex_new ("[ \\t\\r]+", 0, 0, NULL);
  g_autoptr(GRegex) blank = g_regex_new ("\\n\\s*\\n\\s*\\n+", 0, 0, NULL);
  static const struct { const char *entity; const char *text; } entities[] = {
    { "&nbsp;", " " }, { "&amp;", "&" }, { "&lt;", "<" }, { "&gt;", ">" }, { "&quot;", "\"" },
    { "&#39;", "'" }, { "&apos;", "'" }, { "&rsquo;", "’" }, { "&eacute;", "é" }, { "&egrave;", "è" },
    { "&agrave;", "à" }, { "&ccedil;", "ç" }, { "&ecirc;", "ê" }, { "&ocirc;", "ô" }, { "&euro;", "€" },
  };
  g_autofree char *a = g_regex_replace_literal (scripts, html, -1, 0, "", 0, NULL);
  g_autofree char *b = g_regex_replace_literal (bullets, a, -1, 0, "\n- ", 0, NULL);
  g_autofree char *c = g_regex_replace_literal (blocks, b, -1, 0, "\n", 0, NULL);
  g_autofree char *d = g_regex_replace_literal (tags, c, -1, 0, "", 0, NULL);
  g_autoptr(GString) text = g_string_new (d);
  g_autofree char *e = NULL;
  g_autofree char *f = NULL;

  for (gsize i = 0; i < G_N_ELEMENTS (entities); i++)
    g_string_replace (text, entities[i].entity, entities[i].text, 0);
  e = g_regex_replace_literal (spaces, text->str, -1, 0, " ", 0, NULL);
  f = g_regex_replace_literal (blank, e, -1, 0, "\n\n", 0, NULL);

  return g_strdup (g_strstrip (f));
}

static gboolean
is_pdf (const char *contents,
        gsize       length)
{
  return length >= 5 && memcmp (contents, "%PDF-", 5) == 0;
}

gboolean
phoenix_job_offer_check_length (const char  *text,
                                GError     **error)
{
  g_return_val_if_fail (text != NULL, FALSE);

  if (strlen (text) > PHOENIX_JOB_OFFER_MAX_TEXT)
    {
      g_set_error (error, PHOENIX_JOB_OFFER_ERROR, PHOENIX_JOB_OFFER_ERROR_TOO_LONG,
                   _("This text is too long for a job offer: Phoenix reads offers of up to %d KB of text "
                     "(about 80 pages)."),
                   PHOENIX_JOB_OFFER_MAX_TEXT / 1024);
      return FALSE;
    }

  return TRUE;
}

/* The offer in a text or HTML file's contents. */
static PhoenixJobOffer *
offer_from_contents (PhoenixSkillExtractor  *extractor,
                     GFile                  *file,
                     const char             *contents,
                     gsize                   length,
                     GError                **error)
{
  g_autofree char *basename = NULL;
  g_autofree char *text = NULL;

  if (is_pdf (contents, length))
    {
      g_set_error (error, PHOENIX_JOB_OFFER_ERROR, PHOENIX_JOB_OFFER_ERROR_UNSUPPORTED,
                   _("This job offer is a PDF: import it with the PDF importer first."));
      return NULL;
    }
  if (length > PHOENIX_JOB_OFFER_MAX_FILE_SIZE)
    {
      g_set_error (error, PHOENIX_JOB_OFFER_ERROR, PHOENIX_JOB_OFFER_ERROR_TOO_LONG,
                   _("This file is too large to be a job offer (more than %d MB)."),
                   PHOENIX_JOB_OFFER_MAX_FILE_SIZE / (1024 * 1024));
      return NULL;
    }
  if (!g_utf8_validate (contents, (gssize) length, NULL))
    {
      g_set_error (error, PHOENIX_JOB_OFFER_ERROR, PHOENIX_JOB_OFFER_ERROR_UNSUPPORTED,
                   _("This job offer is not UTF-8 text."));
      return NULL;
    }

  basename = g_file_get_basename (file);
  if (g_str_has_suffix (basename, ".html") || g_str_has_suffix (basename, ".htm") ||
      g_regex_match_simple ("^\\s*<(!doctype|html)", contents, G_REGEX_CASELESS, 0))
    text = phoenix_job_offer_html_to_text (contents);
  else
    text = g_strndup (contents, length);

  if (*g_strstrip (text) == '\0')
    {
      g_set_error (error, PHOENIX_JOB_OFFER_ERROR, PHOENIX_JOB_OFFER_ERROR_EMPTY,
                   _("This job offer is empty."));
      return NULL;
    }
  if (!phoenix_job_offer_check_length (text, error))
    return NULL;

  return phoenix_job_offer_new_from_text (extractor, text);
}

PhoenixJobOffer *
phoenix_job_offer_new_from_file (PhoenixSkillExtractor  *extractor,
                                 GFile                  *file,
                                 GError                **error)
{
  g_autofree char *contents = NULL;
  gsize length;

  g_return_val_if_fail (PHOENIX_IS_SKILL_EXTRACTOR (extractor), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  if (!g_file_load_contents (file, NULL, &contents, &length, NULL, error))
    return NULL;
  return offer_from_contents (extractor, file, contents, length, error);
}

PhoenixJobOffer *
phoenix_job_offer_new_from_pdf_parse (PhoenixSkillExtractor  *extractor,
                                      PhoenixCvParse         *parse,
                                      GError                **error)
{
  g_autofree char *text = NULL;

  g_return_val_if_fail (PHOENIX_IS_SKILL_EXTRACTOR (extractor), NULL);
  g_return_val_if_fail (PHOENIX_IS_CV_PARSE (parse), NULL);

  text = g_strdup (phoenix_cv_parse_get_text (parse));
  if (*g_strstrip (text) == '\0')
    {
      g_autofree char *message = phoenix_pdf_import_error_message (PHOENIX_PDF_IMPORT_ERROR_NO_TEXT);

      g_set_error_literal (error, PHOENIX_PDF_IMPORT_ERROR, PHOENIX_PDF_IMPORT_ERROR_NO_TEXT, message);
      return NULL;
    }
  if (!phoenix_job_offer_check_length (text, error))
    return NULL;
  return phoenix_job_offer_new_from_text (extractor, text);
}

typedef struct
{
  PhoenixSkillExtractor *extractor;
  PhoenixPdfImport      *importer;
  GFile                 *file;
  char                  *password;
} OpenData;

static void
open_data_free (OpenData *data)
{
  g_clear_object (&data->extractor);
  g_clear_object (&data->importer);
  g_clear_object (&data->file);
  phoenix_secret_free (data->password);
  g_free (data);
}

static void
pdf_imported_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  OpenData *data = g_task_get_task_data (task);
  g_autoptr(PhoenixCvParse) parse = NULL;
  PhoenixJobOffer *offer;
  GError *error = NULL;

  parse = phoenix_pdf_import_run_finish (PHOENIX_PDF_IMPORT (object), result, &error);
  if (parse == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  offer = phoenix_job_offer_new_from_pdf_parse (data->extractor, parse, &error);
  if (offer == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, offer, g_object_unref);
}

static void
contents_loaded_cb (GObject      *object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  OpenData *data = g_task_get_task_data (task);
  g_autofree char *contents = NULL;
  PhoenixJobOffer *offer;
  GError *error = NULL;
  gsize length;

  if (!g_file_load_contents_finish (G_FILE (object), result, &contents, &length, NULL, &error))
    {
      g_task_return_error (task, error);
      return;
    }
  if (is_pdf (contents, length))
    {
      GTask *pending = g_steal_pointer (&task);

      if (data->importer == NULL)
        data->importer = phoenix_pdf_import_new ();
      phoenix_pdf_import_run_async (data->importer, data->file, data->password,
                                    g_task_get_cancellable (pending), pdf_imported_cb, pending);
      return;
    }
  offer = offer_from_contents (data->extractor, data->file, contents, length, &error);
  if (offer == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, offer, g_object_unref);
}

void
phoenix_job_offer_new_from_file_async (PhoenixSkillExtractor *extractor,
                                       GFile                 *file,
                                       PhoenixPdfImport      *importer,
                                       const char            *password,
                                       GCancellable          *cancellable,
                                       GAsyncReadyCallback    callback,
                                       gpointer               user_data)
{
  GTask *task;
  OpenData *data;

  g_return_if_fail (PHOENIX_IS_SKILL_EXTRACTOR (extractor));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (importer == NULL || PHOENIX_IS_PDF_IMPORT (importer));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, phoenix_job_offer_new_from_file_async);
  data = g_new0 (OpenData, 1);
  data->extractor = g_object_ref (extractor);
  data->importer = importer != NULL ? g_object_ref (importer) : NULL;
  data->file = g_object_ref (file);
  data->password = g_strdup (password);
  g_task_set_task_data (task, data, (GDestroyNotify) open_data_free);

  g_file_load_contents_async (file, cancellable, contents_loaded_cb, task);
}

PhoenixJobOffer *
phoenix_job_offer_new_from_file_finish (GAsyncResult  *result,
                                        GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == phoenix_job_offer_new_from_file_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

const char *
phoenix_job_offer_get_text (PhoenixJobOffer *self)
{
  g_return_val_if_fail (PHOENIX_IS_JOB_OFFER (self), NULL);
  return self->text;
}

const char *
phoenix_job_offer_get_language (PhoenixJobOffer *self)
{
  g_return_val_if_fail (PHOENIX_IS_JOB_OFFER (self), NULL);
  return self->language;
}

const char *
phoenix_job_offer_get_title (PhoenixJobOffer *self)
{
  g_return_val_if_fail (PHOENIX_IS_JOB_OFFER (self), NULL);
  return self->title;
}

void
phoenix_job_offer_set_title (PhoenixJobOffer *self,
                             const char      *title)
{
  g_return_if_fail (PHOENIX_IS_JOB_OFFER (self));
  set_string_property (self, PROP_TITLE, title);
}

const char *
phoenix_job_offer_get_company (PhoenixJobOffer *self)
{
  g_return_val_if_fail (PHOENIX_IS_JOB_OFFER (self), NULL);
  return self->company;
}

void
phoenix_job_offer_set_company (PhoenixJobOffer *self,
                               const char      *company)
{
  g_return_if_fail (PHOENIX_IS_JOB_OFFER (self));
  set_string_property (self, PROP_COMPANY, company);
}

const char *
phoenix_job_offer_get_location (PhoenixJobOffer *self)
{
  g_return_val_if_fail (PHOENIX_IS_JOB_OFFER (self), NULL);
  return self->location;
}

void
phoenix_job_offer_set_location (PhoenixJobOffer *self,
                                const char      *location)
{
  g_return_if_fail (PHOENIX_IS_JOB_OFFER (self));
  set_string_property (self, PROP_LOCATION, location);
}

const char *
phoenix_job_offer_get_contract (PhoenixJobOffer *self)
{
  g_return_val_if_fail (PHOENIX_IS_JOB_OFFER (self), NULL);
  return self->contract;
}

void
phoenix_job_offer_set_contract (PhoenixJobOffer *self,
                                const char      *contract)
{
  g_return_if_fail (PHOENIX_IS_JOB_OFFER (self));
  set_string_property (self, PROP_CONTRACT, contract);
}

const char *
phoenix_job_offer_get_working_time (PhoenixJobOffer *self)
{
  g_return_val_if_fail (PHOENIX_IS_JOB_OFFER (self), NULL);
  return self->working_time;
}

PhoenixEducationLevel
phoenix_job_offer_get_education (PhoenixJobOffer *self)
{
  g_return_val_if_fail (PHOENIX_IS_JOB_OFFER (self), PHOENIX_EDUCATION_UNKNOWN);
  return self->education;
}

void
phoenix_job_offer_set_education (PhoenixJobOffer       *self,
                                 PhoenixEducationLevel  level)
{
  g_return_if_fail (PHOENIX_IS_JOB_OFFER (self));

  if (self->education == level)
    return;
  self->education = level;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EDUCATION]);
}

int
phoenix_job_offer_get_experience_years (PhoenixJobOffer *self)
{
  g_return_val_if_fail (PHOENIX_IS_JOB_OFFER (self), -1);
  return self->experience_years;
}

void
phoenix_job_offer_set_experience_years (PhoenixJobOffer *self,
                                        int              years)
{
  g_return_if_fail (PHOENIX_IS_JOB_OFFER (self));

  if (self->experience_years == years)
    return;
  self->experience_years = years;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXPERIENCE_YEARS]);
}

const char *
phoenix_job_offer_get_occupation (PhoenixJobOffer *self)
{
  g_return_val_if_fail (PHOENIX_IS_JOB_OFFER (self), NULL);
  return self->occupation;
}

void
phoenix_job_offer_set_occupation (PhoenixJobOffer *self,
                                  const char      *code)
{
  g_return_if_fail (PHOENIX_IS_JOB_OFFER (self));
  set_string_property (self, PROP_OCCUPATION, code);
}

GArray *
phoenix_job_offer_get_skills (PhoenixJobOffer *self)
{
  g_return_val_if_fail (PHOENIX_IS_JOB_OFFER (self), NULL);
  return self->skills;
}

void
phoenix_job_offer_set_skill (PhoenixJobOffer *self,
                             guint            skill,
                             gboolean         required)
{
  g_return_if_fail (PHOENIX_IS_JOB_OFFER (self));

  for (guint i = 0; i < self->skills->len; i++)
    {
      PhoenixOfferSkill *existing = &g_array_index (self->skills, PhoenixOfferSkill, i);

      if (existing->skill == skill)
        {
          existing->required = required;
          g_array_sort (self->skills, compare_offer_skills);
          return;
        }
    }
  add_skill (self, skill, required, 0, 0);
  g_array_sort (self->skills, compare_offer_skills);
}

void
phoenix_job_offer_remove_skill (PhoenixJobOffer *self,
                                guint            skill)
{
  g_return_if_fail (PHOENIX_IS_JOB_OFFER (self));

  for (guint i = 0; i < self->skills->len; i++)
    {
      if (g_array_index (self->skills, PhoenixOfferSkill, i).skill == skill)
        {
          g_array_remove_index (self->skills, i);
          return;
        }
    }
}

PhoenixTaxonomy *
phoenix_job_offer_get_taxonomy (PhoenixJobOffer *self)
{
  g_return_val_if_fail (PHOENIX_IS_JOB_OFFER (self), NULL);
  return self->taxonomy;
}

gint64
phoenix_job_offer_get_id (PhoenixJobOffer *self)
{
  g_return_val_if_fail (PHOENIX_IS_JOB_OFFER (self), 0);
  return self->id;
}

void
phoenix_job_offer_set_id (PhoenixJobOffer *self,
                          gint64           id)
{
  g_return_if_fail (PHOENIX_IS_JOB_OFFER (self));
  self->id = id;
}

gboolean
phoenix_job_offer_guess_occupation (PhoenixTaxonomy *taxonomy,
                                    const char      *title,
                                    guint           *occupation)
{
  g_return_val_if_fail (PHOENIX_IS_TAXONOMY (taxonomy), FALSE);
  g_return_val_if_fail (title != NULL, FALSE);
  g_return_val_if_fail (occupation != NULL, FALSE);

  return best_occupation (taxonomy, title, NULL, 0.5, occupation);
}
