/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-offer-headings"

#include "config.h"

#include <string.h>

#include "phoenix-offer-headings.h"
#include "phoenix-text-tokens.h"

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
  PhoenixOfferSection       section;
  WordStrength  strength;
} HeadingWord;

/* The words job boards' headings are made of (LinkedIn, Indeed, Welcome to the Jungle, France
 * Travail, APEC, UK and US boards). A heading is a short line made of these words only, so
 * "Vos missions principales", "What you'll be doing", "Key duties and responsibilities" or
 * "Qui êtes-vous ?" need no entry of their own. */
static const HeadingWord heading_words[] = {
  /* The role and its tasks. */
  { "mission", PHOENIX_OFFER_SECTION_MISSIONS, WORD_STRONG },
  { "role", PHOENIX_OFFER_SECTION_MISSIONS, WORD_STRONG },
  { "poste", PHOENIX_OFFER_SECTION_MISSIONS, WORD_STRONG },
  { "duty", PHOENIX_OFFER_SECTION_MISSIONS, WORD_STRONG },
  { "duties", PHOENIX_OFFER_SECTION_MISSIONS, WORD_STRONG },
  { "responsibility", PHOENIX_OFFER_SECTION_MISSIONS, WORD_STRONG },
  { "responsibilities", PHOENIX_OFFER_SECTION_MISSIONS, WORD_STRONG },
  { "accountability", PHOENIX_OFFER_SECTION_MISSIONS, WORD_STRONG },
  { "accountabilities", PHOENIX_OFFER_SECTION_MISSIONS, WORD_STRONG },
  { "responsabilite", PHOENIX_OFFER_SECTION_MISSIONS, WORD_STRONG },
  { "attribution", PHOENIX_OFFER_SECTION_MISSIONS, WORD_STRONG },
  { "fonction", PHOENIX_OFFER_SECTION_MISSIONS, WORD_STRONG },
  { "task", PHOENIX_OFFER_SECTION_MISSIONS, WORD_STRONG },
  { "tache", PHOENIX_OFFER_SECTION_MISSIONS, WORD_STRONG },
  { "activite", PHOENIX_OFFER_SECTION_MISSIONS, WORD_STRONG },
  { "activity", PHOENIX_OFFER_SECTION_MISSIONS, WORD_STRONG },
  { "activities", PHOENIX_OFFER_SECTION_MISSIONS, WORD_STRONG },
  { "quotidien", PHOENIX_OFFER_SECTION_MISSIONS, WORD_STRONG },
  { "day", PHOENIX_OFFER_SECTION_MISSIONS, WORD_STRONG },
  { "do", PHOENIX_OFFER_SECTION_MISSIONS, WORD_WEAK },
  { "doing", PHOENIX_OFFER_SECTION_MISSIONS, WORD_STRONG },
  { "working", PHOENIX_OFFER_SECTION_MISSIONS, WORD_WEAK },
  { "ferez", PHOENIX_OFFER_SECTION_MISSIONS, WORD_STRONG },
  { "faire", PHOENIX_OFFER_SECTION_MISSIONS, WORD_STRONG },
  { "impact", PHOENIX_OFFER_SECTION_MISSIONS, WORD_STRONG },
  { "challenge", PHOENIX_OFFER_SECTION_MISSIONS, WORD_STRONG },
  { "defi", PHOENIX_OFFER_SECTION_MISSIONS, WORD_STRONG },
  { "enjeux", PHOENIX_OFFER_SECTION_MISSIONS, WORD_STRONG },
  { "objectif", PHOENIX_OFFER_SECTION_MISSIONS, WORD_STRONG },
  { "objective", PHOENIX_OFFER_SECTION_MISSIONS, WORD_STRONG },
  { "environnement", PHOENIX_OFFER_SECTION_MISSIONS, WORD_STRONG },
  { "environment", PHOENIX_OFFER_SECTION_MISSIONS, WORD_STRONG },
  { "stack", PHOENIX_OFFER_SECTION_MISSIONS, WORD_STRONG },
  { "technologie", PHOENIX_OFFER_SECTION_MISSIONS, WORD_STRONG },
  { "technology", PHOENIX_OFFER_SECTION_MISSIONS, WORD_STRONG },
  { "technologies", PHOENIX_OFFER_SECTION_MISSIONS, WORD_STRONG },
  { "outil", PHOENIX_OFFER_SECTION_MISSIONS, WORD_STRONG },
  { "tool", PHOENIX_OFFER_SECTION_MISSIONS, WORD_STRONG },
  { "will", PHOENIX_OFFER_SECTION_MISSIONS, WORD_WEAK },
  { "job", PHOENIX_OFFER_SECTION_MISSIONS, WORD_NEUTRAL },
  { "position", PHOENIX_OFFER_SECTION_MISSIONS, WORD_NEUTRAL },
  { "description", PHOENIX_OFFER_SECTION_MISSIONS, WORD_NEUTRAL },
  { "descriptif", PHOENIX_OFFER_SECTION_MISSIONS, WORD_NEUTRAL },
  { "detail", PHOENIX_OFFER_SECTION_MISSIONS, WORD_NEUTRAL },
  { "overview", PHOENIX_OFFER_SECTION_MISSIONS, WORD_NEUTRAL },
  { "summary", PHOENIX_OFFER_SECTION_MISSIONS, WORD_NEUTRAL },
  { "resume", PHOENIX_OFFER_SECTION_MISSIONS, WORD_NEUTRAL },
  { "purpose", PHOENIX_OFFER_SECTION_MISSIONS, WORD_NEUTRAL },
  { "opportunity", PHOENIX_OFFER_SECTION_MISSIONS, WORD_NEUTRAL },
  { "opportunite", PHOENIX_OFFER_SECTION_MISSIONS, WORD_NEUTRAL },
  { "offre", PHOENIX_OFFER_SECTION_MISSIONS, WORD_NEUTRAL },
  { "emploi", PHOENIX_OFFER_SECTION_MISSIONS, WORD_NEUTRAL },
  /* What the candidate must have. */
  { "profil", PHOENIX_OFFER_SECTION_REQUIRED, WORD_STRONG },
  { "profile", PHOENIX_OFFER_SECTION_REQUIRED, WORD_STRONG },
  { "requirement", PHOENIX_OFFER_SECTION_REQUIRED, WORD_STRONG },
  { "required", PHOENIX_OFFER_SECTION_REQUIRED, WORD_STRONG },
  { "requis", PHOENIX_OFFER_SECTION_REQUIRED, WORD_STRONG },
  { "requise", PHOENIX_OFFER_SECTION_REQUIRED, WORD_STRONG },
  { "exigence", PHOENIX_OFFER_SECTION_REQUIRED, WORD_STRONG },
  { "exige", PHOENIX_OFFER_SECTION_REQUIRED, WORD_STRONG },
  { "exigee", PHOENIX_OFFER_SECTION_REQUIRED, WORD_STRONG },
  { "prerequis", PHOENIX_OFFER_SECTION_REQUIRED, WORD_STRONG },
  { "qualification", PHOENIX_OFFER_SECTION_REQUIRED, WORD_STRONG },
  { "competence", PHOENIX_OFFER_SECTION_REQUIRED, WORD_STRONG },
  { "competency", PHOENIX_OFFER_SECTION_REQUIRED, WORD_STRONG },
  { "competencies", PHOENIX_OFFER_SECTION_REQUIRED, WORD_STRONG },
  { "skill", PHOENIX_OFFER_SECTION_REQUIRED, WORD_STRONG },
  { "experience", PHOENIX_OFFER_SECTION_REQUIRED, WORD_STRONG },
  { "education", PHOENIX_OFFER_SECTION_REQUIRED, WORD_STRONG },
  { "formation", PHOENIX_OFFER_SECTION_REQUIRED, WORD_STRONG },
  { "diplome", PHOENIX_OFFER_SECTION_REQUIRED, WORD_STRONG },
  { "diploma", PHOENIX_OFFER_SECTION_REQUIRED, WORD_STRONG },
  { "degree", PHOENIX_OFFER_SECTION_REQUIRED, WORD_STRONG },
  { "knowledge", PHOENIX_OFFER_SECTION_REQUIRED, WORD_STRONG },
  { "connaissance", PHOENIX_OFFER_SECTION_REQUIRED, WORD_STRONG },
  { "ability", PHOENIX_OFFER_SECTION_REQUIRED, WORD_STRONG },
  { "abilities", PHOENIX_OFFER_SECTION_REQUIRED, WORD_STRONG },
  { "aptitude", PHOENIX_OFFER_SECTION_REQUIRED, WORD_STRONG },
  { "qualite", PHOENIX_OFFER_SECTION_REQUIRED, WORD_STRONG },
  { "quality", PHOENIX_OFFER_SECTION_REQUIRED, WORD_STRONG },
  { "qualities", PHOENIX_OFFER_SECTION_REQUIRED, WORD_STRONG },
  { "savoir", PHOENIX_OFFER_SECTION_REQUIRED, WORD_STRONG },
  { "langue", PHOENIX_OFFER_SECTION_REQUIRED, WORD_STRONG },
  { "language", PHOENIX_OFFER_SECTION_REQUIRED, WORD_STRONG },
  { "permis", PHOENIX_OFFER_SECTION_REQUIRED, WORD_STRONG },
  { "licence", PHOENIX_OFFER_SECTION_REQUIRED, WORD_STRONG },
  { "license", PHOENIX_OFFER_SECTION_REQUIRED, WORD_STRONG },
  { "certification", PHOENIX_OFFER_SECTION_REQUIRED, WORD_STRONG },
  { "certificat", PHOENIX_OFFER_SECTION_REQUIRED, WORD_STRONG },
  { "criteria", PHOENIX_OFFER_SECTION_REQUIRED, WORD_STRONG },
  { "criterion", PHOENIX_OFFER_SECTION_REQUIRED, WORD_STRONG },
  { "critere", PHOENIX_OFFER_SECTION_REQUIRED, WORD_STRONG },
  { "essential", PHOENIX_OFFER_SECTION_REQUIRED, WORD_STRONG },
  { "must", PHOENIX_OFFER_SECTION_REQUIRED, WORD_STRONG },
  { "mandatory", PHOENIX_OFFER_SECTION_REQUIRED, WORD_STRONG },
  { "obligatoire", PHOENIX_OFFER_SECTION_REQUIRED, WORD_STRONG },
  { "indispensable", PHOENIX_OFFER_SECTION_REQUIRED, WORD_STRONG },
  { "necessaire", PHOENIX_OFFER_SECTION_REQUIRED, WORD_STRONG },
  { "minimum", PHOENIX_OFFER_SECTION_REQUIRED, WORD_STRONG },
  { "basic", PHOENIX_OFFER_SECTION_REQUIRED, WORD_STRONG },
  { "need", PHOENIX_OFFER_SECTION_REQUIRED, WORD_STRONG },
  { "needed", PHOENIX_OFFER_SECTION_REQUIRED, WORD_STRONG },
  { "bring", PHOENIX_OFFER_SECTION_REQUIRED, WORD_STRONG },
  { "have", PHOENIX_OFFER_SECTION_REQUIRED, WORD_STRONG },
  { "expect", PHOENIX_OFFER_SECTION_REQUIRED, WORD_STRONG },
  { "expectation", PHOENIX_OFFER_SECTION_REQUIRED, WORD_STRONG },
  { "attente", PHOENIX_OFFER_SECTION_REQUIRED, WORD_STRONG },
  { "attendu", PHOENIX_OFFER_SECTION_REQUIRED, WORD_STRONG },
  { "looking", PHOENIX_OFFER_SECTION_REQUIRED, WORD_STRONG },
  { "seeking", PHOENIX_OFFER_SECTION_REQUIRED, WORD_STRONG },
  { "recherche", PHOENIX_OFFER_SECTION_REQUIRED, WORD_STRONG },
  { "recherchee", PHOENIX_OFFER_SECTION_REQUIRED, WORD_STRONG },
  { "recherchons", PHOENIX_OFFER_SECTION_REQUIRED, WORD_STRONG },
  { "cherchons", PHOENIX_OFFER_SECTION_REQUIRED, WORD_STRONG },
  { "candidat", PHOENIX_OFFER_SECTION_REQUIRED, WORD_STRONG },
  { "candidate", PHOENIX_OFFER_SECTION_REQUIRED, WORD_STRONG },
  { "ideal", PHOENIX_OFFER_SECTION_REQUIRED, WORD_STRONG },
  { "specification", PHOENIX_OFFER_SECTION_REQUIRED, WORD_STRONG },
  { "background", PHOENIX_OFFER_SECTION_REQUIRED, WORD_STRONG },
  { "parcours", PHOENIX_OFFER_SECTION_REQUIRED, WORD_STRONG },
  { "you", PHOENIX_OFFER_SECTION_REQUIRED, WORD_WEAK },
  { "vous", PHOENIX_OFFER_SECTION_REQUIRED, WORD_WEAK },
  { "etes", PHOENIX_OFFER_SECTION_REQUIRED, WORD_WEAK },
  { "toi", PHOENIX_OFFER_SECTION_REQUIRED, WORD_WEAK },
  { "tu", PHOENIX_OFFER_SECTION_REQUIRED, WORD_WEAK },
  /* What would be a plus. */
  { "plus", PHOENIX_OFFER_SECTION_NICE, WORD_STRONG },
  { "pluses", PHOENIX_OFFER_SECTION_NICE, WORD_STRONG },
  { "atout", PHOENIX_OFFER_SECTION_NICE, WORD_STRONG },
  { "asset", PHOENIX_OFFER_SECTION_NICE, WORD_STRONG },
  { "bonus", PHOENIX_OFFER_SECTION_NICE, WORD_STRONG },
  { "nice", PHOENIX_OFFER_SECTION_NICE, WORD_STRONG },
  { "desirable", PHOENIX_OFFER_SECTION_NICE, WORD_STRONG },
  { "desired", PHOENIX_OFFER_SECTION_NICE, WORD_STRONG },
  { "preferred", PHOENIX_OFFER_SECTION_NICE, WORD_STRONG },
  { "preferable", PHOENIX_OFFER_SECTION_NICE, WORD_STRONG },
  { "apprecie", PHOENIX_OFFER_SECTION_NICE, WORD_STRONG },
  { "appreciee", PHOENIX_OFFER_SECTION_NICE, WORD_STRONG },
  { "ideally", PHOENIX_OFFER_SECTION_NICE, WORD_STRONG },
  { "idealement", PHOENIX_OFFER_SECTION_NICE, WORD_STRONG },
  { "advantage", PHOENIX_OFFER_SECTION_NICE, WORD_STRONG },
  { "advantageous", PHOENIX_OFFER_SECTION_NICE, WORD_STRONG },
  { "better", PHOENIX_OFFER_SECTION_NICE, WORD_STRONG },
  { "great", PHOENIX_OFFER_SECTION_NICE, WORD_STRONG },
  { "extra", PHOENIX_OFFER_SECTION_NICE, WORD_STRONG },
  { "optional", PHOENIX_OFFER_SECTION_NICE, WORD_STRONG },
  { "optionnel", PHOENIX_OFFER_SECTION_NICE, WORD_STRONG },
  { "facultatif", PHOENIX_OFFER_SECTION_NICE, WORD_STRONG },
  { "difference", PHOENIX_OFFER_SECTION_NICE, WORD_STRONG },
  { "souhaite", PHOENIX_OFFER_SECTION_NICE, WORD_WEAK },     /* "Souhaité" alone; "Profil souhaité" is required */
  { "souhaitee", PHOENIX_OFFER_SECTION_NICE, WORD_WEAK },
  /* The company, the package, the process: nothing asked of the candidate. */
  { "entreprise", PHOENIX_OFFER_SECTION_INTRO, WORD_STRONG },
  { "company", PHOENIX_OFFER_SECTION_INTRO, WORD_STRONG },
  { "companies", PHOENIX_OFFER_SECTION_INTRO, WORD_STRONG },
  { "societe", PHOENIX_OFFER_SECTION_INTRO, WORD_STRONG },
  { "groupe", PHOENIX_OFFER_SECTION_INTRO, WORD_STRONG },
  { "organisation", PHOENIX_OFFER_SECTION_INTRO, WORD_STRONG },
  { "organization", PHOENIX_OFFER_SECTION_INTRO, WORD_STRONG },
  { "employer", PHOENIX_OFFER_SECTION_INTRO, WORD_STRONG },
  { "employeur", PHOENIX_OFFER_SECTION_INTRO, WORD_STRONG },
  { "team", PHOENIX_OFFER_SECTION_INTRO, WORD_STRONG },
  { "equipe", PHOENIX_OFFER_SECTION_INTRO, WORD_STRONG },
  { "culture", PHOENIX_OFFER_SECTION_INTRO, WORD_STRONG },
  { "valeur", PHOENIX_OFFER_SECTION_INTRO, WORD_STRONG },
  { "value", PHOENIX_OFFER_SECTION_INTRO, WORD_STRONG },
  { "story", PHOENIX_OFFER_SECTION_INTRO, WORD_STRONG },
  { "histoire", PHOENIX_OFFER_SECTION_INTRO, WORD_STRONG },
  { "life", PHOENIX_OFFER_SECTION_INTRO, WORD_STRONG },
  { "benefit", PHOENIX_OFFER_SECTION_INTRO, WORD_STRONG },
  { "perk", PHOENIX_OFFER_SECTION_INTRO, WORD_STRONG },
  { "avantage", PHOENIX_OFFER_SECTION_INTRO, WORD_STRONG },
  { "offer", PHOENIX_OFFER_SECTION_INTRO, WORD_STRONG },
  { "offrons", PHOENIX_OFFER_SECTION_INTRO, WORD_STRONG },
  { "propose", PHOENIX_OFFER_SECTION_INTRO, WORD_STRONG },
  { "proposons", PHOENIX_OFFER_SECTION_INTRO, WORD_STRONG },
  { "give", PHOENIX_OFFER_SECTION_INTRO, WORD_STRONG },
  { "get", PHOENIX_OFFER_SECTION_INTRO, WORD_STRONG },
  { "package", PHOENIX_OFFER_SECTION_INTRO, WORD_STRONG },
  { "salary", PHOENIX_OFFER_SECTION_INTRO, WORD_STRONG },
  { "salaire", PHOENIX_OFFER_SECTION_INTRO, WORD_STRONG },
  { "remuneration", PHOENIX_OFFER_SECTION_INTRO, WORD_STRONG },
  { "compensation", PHOENIX_OFFER_SECTION_INTRO, WORD_STRONG },
  { "pay", PHOENIX_OFFER_SECTION_INTRO, WORD_STRONG },
  { "reward", PHOENIX_OFFER_SECTION_INTRO, WORD_STRONG },
  { "schedule", PHOENIX_OFFER_SECTION_INTRO, WORD_STRONG },
  { "horaire", PHOENIX_OFFER_SECTION_INTRO, WORD_STRONG },
  { "condition", PHOENIX_OFFER_SECTION_INTRO, WORD_STRONG },
  { "information", PHOENIX_OFFER_SECTION_INTRO, WORD_STRONG },
  { "process", PHOENIX_OFFER_SECTION_INTRO, WORD_STRONG },
  { "processus", PHOENIX_OFFER_SECTION_INTRO, WORD_STRONG },
  { "recrutement", PHOENIX_OFFER_SECTION_INTRO, WORD_STRONG },
  { "recruitment", PHOENIX_OFFER_SECTION_INTRO, WORD_STRONG },
  { "hiring", PHOENIX_OFFER_SECTION_INTRO, WORD_STRONG },
  { "interview", PHOENIX_OFFER_SECTION_INTRO, WORD_STRONG },
  { "entretien", PHOENIX_OFFER_SECTION_INTRO, WORD_STRONG },
  { "deroulement", PHOENIX_OFFER_SECTION_INTRO, WORD_STRONG },
  { "apply", PHOENIX_OFFER_SECTION_INTRO, WORD_STRONG },
  { "postuler", PHOENIX_OFFER_SECTION_INTRO, WORD_STRONG },
  { "candidature", PHOENIX_OFFER_SECTION_INTRO, WORD_STRONG },
  { "contact", PHOENIX_OFFER_SECTION_INTRO, WORD_STRONG },
  { "join", PHOENIX_OFFER_SECTION_INTRO, WORD_STRONG },
  { "joining", PHOENIX_OFFER_SECTION_INTRO, WORD_STRONG },
  { "rejoindre", PHOENIX_OFFER_SECTION_INTRO, WORD_STRONG },
  { "rejoignez", PHOENIX_OFFER_SECTION_INTRO, WORD_STRONG },
  { "diversity", PHOENIX_OFFER_SECTION_INTRO, WORD_STRONG },
  { "diversite", PHOENIX_OFFER_SECTION_INTRO, WORD_STRONG },
  { "inclusion", PHOENIX_OFFER_SECTION_INTRO, WORD_STRONG },
  { "presentation", PHOENIX_OFFER_SECTION_INTRO, WORD_WEAK },
  { "about", PHOENIX_OFFER_SECTION_INTRO, WORD_WEAK },
  { "propos", PHOENIX_OFFER_SECTION_INTRO, WORD_WEAK },
  { "us", PHOENIX_OFFER_SECTION_INTRO, WORD_WEAK },
  { "we", PHOENIX_OFFER_SECTION_INTRO, WORD_WEAK },
  { "our", PHOENIX_OFFER_SECTION_INTRO, WORD_WEAK },
  { "nous", PHOENIX_OFFER_SECTION_INTRO, WORD_WEAK },
  { "notre", PHOENIX_OFFER_SECTION_INTRO, WORD_WEAK },
  { "nos", PHOENIX_OFFER_SECTION_INTRO, WORD_WEAK },
  { "ils", PHOENIX_OFFER_SECTION_INTRO, WORD_WEAK },
  { "sommes", PHOENIX_OFFER_SECTION_INTRO, WORD_WEAK },
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
static PhoenixOfferSection
pick_section (guint          found,
              const PhoenixOfferSection *order)
{
  for (guint i = 0; i < 4; i++)
    {
      if (found & (1u << order[i]))
        return order[i];
    }

  return PHOENIX_OFFER_SECTION_MISSIONS;
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
gboolean
_phoenix_offer_line_is_heading (const char          *line,
                                PhoenixOfferSection *section)
{
  static const PhoenixOfferSection strong_order[] = {
    PHOENIX_OFFER_SECTION_NICE, PHOENIX_OFFER_SECTION_REQUIRED, PHOENIX_OFFER_SECTION_MISSIONS,
    PHOENIX_OFFER_SECTION_INTRO,
  };
  static const PhoenixOfferSection weak_order[] = {
    PHOENIX_OFFER_SECTION_NICE, PHOENIX_OFFER_SECTION_MISSIONS, PHOENIX_OFFER_SECTION_REQUIRED,
    PHOENIX_OFFER_SECTION_INTRO,
  };
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
      PhoenixOfferSection word_section;
      WordStrength strength;

      if (in_list (word, complement_markers, G_N_ELEMENTS (complement_markers)))
        {
          after_marker = seen_content;
          continue;
        }
      if (in_list (word, our_words, G_N_ELEMENTS (our_words)))
        {
          after_our = TRUE;
          weak |= 1u << PHOENIX_OFFER_SECTION_INTRO;
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
      if (after_our && word_section == PHOENIX_OFFER_SECTION_MISSIONS)
        {
          word_section = PHOENIX_OFFER_SECTION_INTRO;
          strength = WORD_STRONG;
        }
      switch (strength)
        {
        case WORD_STRONG:
          if (after_marker)
            strong_complement |= 1u << word_section;
          else
            strong_head |= 1u << word_section;
          if (word_section != PHOENIX_OFFER_SECTION_INTRO && strcmp (entry->word, "poste") != 0 &&
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
  else if ((weak & ~(1u << PHOENIX_OFFER_SECTION_INTRO)) != 0)
    *section = pick_section (weak, weak_order);
  else if (neutral)  /* "About the job", "À propos de l'offre" */
    *section = PHOENIX_OFFER_SECTION_MISSIONS;
  else if (weak != 0)
    *section = PHOENIX_OFFER_SECTION_INTRO;
  else
    return FALSE;
  /* "What's in it for you": the package. */
  if (!inline_text)
    {
      g_autofree char *folded = _phoenix_text_fold_words (head);
      g_autofree char *padded = g_strconcat (" ", folded, " ", NULL);

      if (strstr (padded, " in it for ") != NULL)
        *section = PHOENIX_OFFER_SECTION_INTRO;
    }
  if (inline_text && (*section == PHOENIX_OFFER_SECTION_INTRO || !names_a_need))
    return FALSE;

  return TRUE;
}
