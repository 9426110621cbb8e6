/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-cv-parser"

#include "config.h"

#include <math.h>
#include <string.h>

#include "phoenix-cv-dates.h"
#include "phoenix-cv-doc.h"
#include "phoenix-cv-text.h"
#include "phoenix-text-fold.h"

/*
 * The name and the section headings: by wording (French and English,
 * accent- and case-insensitive), then by typography (the style the worded
 * headings share, or a style that stands out), so that headings with
 * unknown words are found too.
 */

typedef struct
{
  const char    *word;
  CvSectionKind  kind;
} HeadingWord;

static const HeadingWord heading_words[] = {
  { "experience", CV_SECTION_WORK }, { "experiences", CV_SECTION_WORK },
  { "employment", CV_SECTION_WORK }, { "emploi", CV_SECTION_WORK }, { "emplois", CV_SECTION_WORK },
  { "parcours", CV_SECTION_WORK }, { "career", CV_SECTION_WORK }, { "carriere", CV_SECTION_WORK },
  { "internships", CV_SECTION_WORK }, { "internship", CV_SECTION_WORK }, { "stages", CV_SECTION_WORK },
  { "postes", CV_SECTION_WORK }, { "positions", CV_SECTION_WORK },
  { "education", CV_SECTION_EDUCATION }, { "formation", CV_SECTION_EDUCATION },
  { "formations", CV_SECTION_EDUCATION }, { "diplomes", CV_SECTION_EDUCATION },
  { "diplome", CV_SECTION_EDUCATION }, { "etudes", CV_SECTION_EDUCATION },
  { "scolarite", CV_SECTION_EDUCATION }, { "cursus", CV_SECTION_EDUCATION },
  { "degrees", CV_SECTION_EDUCATION }, { "qualifications", CV_SECTION_EDUCATION },
  { "skills", CV_SECTION_SKILLS }, { "competences", CV_SECTION_SKILLS }, { "competence", CV_SECTION_SKILLS },
  { "expertise", CV_SECTION_SKILLS }, { "technologies", CV_SECTION_SKILLS }, { "outils", CV_SECTION_SKILLS },
  { "tools", CV_SECTION_SKILLS }, { "programming", CV_SECTION_SKILLS }, { "programmation", CV_SECTION_SKILLS },
  { "informatique", CV_SECTION_SKILLS }, { "logiciels", CV_SECTION_SKILLS }, { "aptitudes", CV_SECTION_SKILLS },
  { "savoir", CV_SECTION_SKILLS }, { "connaissances", CV_SECTION_SKILLS }, { "software", CV_SECTION_SKILLS },
  { "languages", CV_SECTION_LANGUAGES }, { "langues", CV_SECTION_LANGUAGES },
  { "language", CV_SECTION_LANGUAGES }, { "langue", CV_SECTION_LANGUAGES },
  { "certifications", CV_SECTION_CERTIFICATES }, { "certification", CV_SECTION_CERTIFICATES },
  { "certificates", CV_SECTION_CERTIFICATES }, { "certificats", CV_SECTION_CERTIFICATES },
  { "licenses", CV_SECTION_CERTIFICATES }, { "moocs", CV_SECTION_CERTIFICATES }, { "mooc", CV_SECTION_CERTIFICATES },
  { "projects", CV_SECTION_PROJECTS }, { "projets", CV_SECTION_PROJECTS }, { "project", CV_SECTION_PROJECTS },
  { "projet", CV_SECTION_PROJECTS }, { "realisations", CV_SECTION_PROJECTS }, { "portfolio", CV_SECTION_PROJECTS },
  { "interests", CV_SECTION_INTERESTS }, { "interets", CV_SECTION_INTERESTS }, { "interet", CV_SECTION_INTERESTS },
  { "hobbies", CV_SECTION_INTERESTS }, { "loisirs", CV_SECTION_INTERESTS }, { "passions", CV_SECTION_INTERESTS },
  { "activites", CV_SECTION_INTERESTS }, { "activities", CV_SECTION_INTERESTS },
  { "summary", CV_SECTION_SUMMARY }, { "profil", CV_SECTION_SUMMARY }, { "profile", CV_SECTION_SUMMARY },
  { "objective", CV_SECTION_SUMMARY }, { "objectif", CV_SECTION_SUMMARY }, { "about", CV_SECTION_SUMMARY },
  { "propos", CV_SECTION_SUMMARY }, { "presentation", CV_SECTION_SUMMARY }, { "synthese", CV_SECTION_SUMMARY },
  { "resume", CV_SECTION_SUMMARY },
  { "awards", CV_SECTION_AWARDS }, { "honors", CV_SECTION_AWARDS }, { "honours", CV_SECTION_AWARDS },
  { "distinctions", CV_SECTION_AWARDS }, { "prix", CV_SECTION_AWARDS }, { "achievements", CV_SECTION_AWARDS },
  { "publications", CV_SECTION_PUBLICATIONS }, { "papers", CV_SECTION_PUBLICATIONS },
  { "talks", CV_SECTION_PUBLICATIONS }, { "patents", CV_SECTION_PUBLICATIONS },
  { "volunteer", CV_SECTION_VOLUNTEER }, { "volunteering", CV_SECTION_VOLUNTEER },
  { "benevolat", CV_SECTION_VOLUNTEER }, { "associative", CV_SECTION_VOLUNTEER },
  { "engagements", CV_SECTION_VOLUNTEER }, { "involvement", CV_SECTION_VOLUNTEER },
  { "references", CV_SECTION_REFERENCES }, { "referees", CV_SECTION_REFERENCES },
  { "contact", CV_SECTION_CONTACT }, { "coordonnees", CV_SECTION_CONTACT }, { "details", CV_SECTION_CONTACT },
  { "links", CV_SECTION_LINKS }, { "liens", CV_SECTION_LINKS }, { "reseaux", CV_SECTION_LINKS },
  { "miscellaneous", CV_SECTION_OTHER }, { "divers", CV_SECTION_OTHER }, { "research", CV_SECTION_OTHER },
  { "recherche", CV_SECTION_OTHER }, { "thesis", CV_SECTION_OTHER }, { "these", CV_SECTION_OTHER },
  { "coursework", CV_SECTION_OTHER }, { "courses", CV_SECTION_OTHER }, { "cours", CV_SECTION_OTHER },
  { "extracurricular", CV_SECTION_OTHER }, { "additional", CV_SECTION_OTHER }, { "autres", CV_SECTION_OTHER },
  { "leadership", CV_SECTION_OTHER }, { "memberships", CV_SECTION_OTHER }, { "affiliations", CV_SECTION_OTHER },
};

/* Words a heading may hold beside its keyword. */
static const char * const filler_words[] = {
  "and", "et", "de", "des", "du", "d", "la", "le", "les", "l", "my", "mes", "other", "others", "personal",
  "personnels", "personnelles", "personnel", "personnelle", "professional", "professionnelle",
  "professionnelles", "professionnel", "professionnels", "key", "main", "principales", "principaux",
  "selected", "relevant", "technical", "techniques", "technique", "academic", "academique", "academiques",
  "additional", "complementaires", "information", "informations", "work", "of", "in", "on", "campus", "s",
  "centres", "centre", "computer", "history", "historique", "vie", "me", "a", "en", "summary", "qualifications",
  "invited", "master", "extra", "curricular", "hard", "soft", "social", "online", "reseaux", "sociaux",
  "scientific", "scientifiques", "research", "recent", "recentes", "certaines", "personal", "detail",
  "cles", "skills", "interpersonal", "transversales", "transverses", "general", "generales", "tech",
  "experience", "training", "honors", "awards", "certifications", "programs", "pro", "pros", "perso", "persos",
};

static gboolean
is_filler (const char *token)
{
  for (gsize i = 0; i < G_N_ELEMENTS (filler_words); i++)
    if (g_str_equal (token, filler_words[i]))
      return TRUE;
  return FALSE;
}

static CvSectionKind
word_kind (const char *token)
{
  for (gsize k = 0; k < G_N_ELEMENTS (heading_words); k++)
    if (g_str_equal (token, heading_words[k].word))
      return heading_words[k].kind;
  return CV_SECTION_NONE;
}

/* Letter-spaced capitals whose word spaces are no wider than the letters' ("W O R K E X P
 * E R I E N C E" read as "workexperience"): the token cut into heading and filler words,
 * the longest first. Returns the kind of its first heading word, or NONE. */
/* split_glued()'s answer for a tail made only of filler words. */
#define GLUED_FILLER ((CvSectionKind) 1000)

static CvSectionKind
split_glued (const char *token,
             int         depth)
{
  gsize n = strlen (token);

  if (depth > 3 || n < 4)
    return CV_SECTION_NONE;
  for (gsize cut = n - 1; cut >= 2; cut--)
    {
      g_autofree char *head = g_strndup (token, cut);
      CvSectionKind kind = word_kind (head);
      CvSectionKind rest;

      if (kind == CV_SECTION_NONE && !is_filler (head))
        continue;
      rest = word_kind (token + cut);
      if (rest == CV_SECTION_NONE && is_filler (token + cut))
        rest = GLUED_FILLER;
      else if (rest == CV_SECTION_NONE)
        rest = split_glued (token + cut, depth + 1);
      if (rest == CV_SECTION_NONE)
        continue;
      if (kind != CV_SECTION_NONE)
        return kind;
      if (rest != GLUED_FILLER)
        return rest;
    }
  return CV_SECTION_NONE;
}

/* Cuts of @token into heading and filler words, longest first (char offsets appended to
 * @cuts); FALSE when it does not cut. */
static gboolean
cut_glued (const char *token,
           gsize       offset,
           GArray     *cuts,
           int         depth)
{
  gsize n = strlen (token);

  if (word_kind (token) != CV_SECTION_NONE || is_filler (token))
    return TRUE;
  if (depth > 3 || n < 4)
    return FALSE;
  for (gsize cut = n - 1; cut >= 2; cut--)
    {
      g_autofree char *head = g_strndup (token, cut);
      guint before = cuts->len;
      gsize at = offset + cut;

      if (word_kind (head) == CV_SECTION_NONE && !is_filler (head))
        continue;
      g_array_append_val (cuts, at);
      if (cut_glued (token + cut, offset + cut, cuts, depth + 1))
        return TRUE;
      g_array_set_size (cuts, before);
    }
  return FALSE;
}

char *
_phoenix_cv_unglue_heading (const char *text)
{
  g_autofree char *fold = phoenix_text_fold (text);
  g_autoptr(GArray) cuts = g_array_new (FALSE, FALSE, sizeof (gsize));
  GString *out;
  glong chars = g_utf8_strlen (text, -1);
  gsize k = 0;
  glong i = 0;

  /* One letter a character both ways ("expérience" folds to "experience"), no spaces. */
  if (strchr (text, ' ') != NULL || (glong) strlen (fold) != chars || chars < 8
      || word_kind (fold) != CV_SECTION_NONE || !cut_glued (fold, 0, cuts, 0) || cuts->len == 0)
    return g_strdup (text);
  out = g_string_new (NULL);
  for (const char *p = text; *p; p = g_utf8_next_char (p), i++)
    {
      if (k < cuts->len && (gsize) i == g_array_index (cuts, gsize, k))
        {
          g_string_append_c (out, ' ');
          k++;
        }
      g_string_append_unichar (out, g_utf8_get_char (p));
    }
  return g_string_free (out, FALSE);
}

CvSectionKind
_phoenix_cv_heading_kind (const char *fold,
                          gboolean    strict)
{
  static GRegex *splitter = NULL;
  g_auto(GStrv) tokens = NULL;
  CvSectionKind kind = CV_SECTION_NONE;
  guint n = 0;

  if (g_once_init_enter (&splitter))
    g_once_init_leave (&splitter, g_regex_new ("[^a-z0-9]+", G_REGEX_OPTIMIZE, 0, NULL));
  if (strlen (fold) > 60 || strchr (fold, '@') != NULL)
    return CV_SECTION_NONE;
  tokens = g_regex_split (splitter, fold, 0);
  for (guint i = 0; tokens[i] != NULL; i++)
    {
      gboolean known = FALSE;

      if (*tokens[i] == '\0')
        continue;
      n++;
      for (gsize k = 0; k < G_N_ELEMENTS (heading_words); k++)
        if (g_str_equal (tokens[i], heading_words[k].word))
          {
            if (kind == CV_SECTION_NONE)
              kind = heading_words[k].kind;
            known = TRUE;
            break;
          }
      if (!known && !is_filler (tokens[i]))
        {
          CvSectionKind glued = split_glued (tokens[i], 0);
          if (glued == CV_SECTION_NONE)
            return CV_SECTION_NONE;
          if (kind == CV_SECTION_NONE)
            kind = glued;
        }
    }
  if (n == 0 || n > 6)
    return CV_SECTION_NONE;
  return kind;
}

/* A short line that could be a heading: not a sentence, not contact data. */
static gboolean
heading_shape (CvRow *row)
{
  const char *last;
  guint words = 1;
  guint digits = 0;
  gunichar first;

  if (row->n_chars < 2 || row->n_chars > 50 || row->merged)
    return FALSE;
  first = g_utf8_get_char (row->text);
  if (!g_unichar_isalpha (first))
    return FALSE;
  last = g_utf8_prev_char (row->text + strlen (row->text));
  if (strchr (".,;", *last) != NULL)
    return FALSE;
  for (const char *p = row->text; *p; p++)
    {
      if (*p == ' ' && p[1] != ' ' && p[1] != '\0')
        words++;
      if (g_ascii_isdigit (*p))
        digits++;
    }
  if (words > 6 || digits > 2 || strchr (row->text, '@') != NULL || strstr (row->fold, "http") != NULL
      || strstr (row->fold, "www.") != NULL)
    return FALSE;
  return TRUE;
}

typedef struct
{
  double   size;
  gboolean bold;
  gboolean caps;
  guint32  color;
} Style;

static Style
row_style (CvRow *row)
{
  Style s = { round (row->size * 2) / 2, row->bold, row->caps, row->color };
  return s;
}

static gboolean
style_equal (const Style *a,
             const Style *b)
{
  return fabs (a->size - b->size) <= 0.5 && a->bold == b->bold && a->caps == b->caps && a->color == b->color;
}

static gboolean
style_compatible (const Style *a,
                  const Style *dom)
{
  int agree = (a->bold == dom->bold) + (a->caps == dom->caps) + (a->color == dom->color);

  return fabs (a->size - dom->size) <= 0.6 && agree >= 2;
}

static gboolean
style_stands_out (PhoenixCvDoc *doc,
                  const Style  *s)
{
  return s->size >= doc->body_size * 1.15
         || (s->bold && s->caps)
         || (s->color != doc->body_color && (s->bold || s->caps || s->size > doc->body_size + 0.4));
}

static gboolean
row_has_date (CvRow *row)
{
  g_autoptr(GArray) spans = _phoenix_cv_find_dates (row->text);
  return spans->len > 0;
}

char *
_phoenix_cv_name_part (const char *text)
{
  static GRegex *re = NULL;
  g_auto(GStrv) parts = NULL;

  if (g_once_init_enter (&re))
    g_once_init_leave (&re, g_regex_new ("\\s+[|\\x{2013}\\x{2014}\\x{00B7}\\x{2022}]\\s+|\\s{2,}|\\s+-\\s+", G_REGEX_OPTIMIZE, 0, NULL));
  parts = g_regex_split (re, text, 0);
  return g_strdup (parts[0] != NULL ? parts[0] : "");
}

static void
find_name (PhoenixCvDoc *doc)
{
  double best = 0;

  for (guint i = 0; i < doc->rows->len; i++)
    {
      CvRow *row = g_ptr_array_index (doc->rows, i);
      guint words = 1;
      gboolean ok = TRUE;
      g_autofree char *name = NULL;

      if (row->page != 0 || row->y > doc->page_height * 0.4)
        continue;
      /* "Jane Doe | Title": the name is the part before the separator. */
      name = _phoenix_cv_name_part (row->text);
      for (const char *p = name; *p; p = g_utf8_next_char (p))
        {
          gunichar c = g_utf8_get_char (p);
          if (c == ' ' && p[1] != ' ')
            words++;
          else if (!(g_unichar_isalpha (c) || c == ' ' || c == '-' || c == '\'' || c == 0x2019 || c == '.'))
            ok = FALSE;
        }
      if (!ok || words > 5 || g_utf8_strlen (name, -1) < 3)
        continue;
      if (_phoenix_cv_heading_kind (row->fold, TRUE) != CV_SECTION_NONE)
        continue;
      if (row->size > best + 0.3)
        {
          best = row->size;
          doc->name_row = (int) i;
        }
    }
  /* The name must stand out from the body text. */
  if (doc->name_row >= 0 && best < doc->body_size * 1.05)
    {
      /* Fall back to the first name-like row of the first page. */
      CvRow *row = g_ptr_array_index (doc->rows, doc->name_row);
      if (row->size < doc->body_size)
        doc->name_row = -1;
    }
}

static gboolean
same_look (CvRow *a,
           CvRow *b)
{
  return fabs (a->size - b->size) < 0.3 && a->bold == b->bold && a->color == b->color && a->caps == b->caps;
}

/* A heading wrapped over two lines (a narrow column): the second line, in the same style
 * and at the same x right below, joins the first when the two make a heading together
 * and not apart. */
static void
join_wrapped_headings (PhoenixCvDoc *doc)
{
  for (guint i = 0; i < doc->rows->len; i++)
    {
      CvRow *row = g_ptr_array_index (doc->rows, i);
      CvRow *next = NULL;
      g_autofree char *joined = NULL;
      g_autofree char *fold = NULL;

      if (row->merged || !heading_shape (row) || row->segs->len != 1)
        continue;
      for (guint j = i + 1; j < doc->rows->len && j <= i + 3; j++)
        {
          CvRow *r = g_ptr_array_index (doc->rows, j);
          if (r->page != row->page || r->column != row->column || r->y + r->h < row->y)
            break;
          if (fabs (r->x - row->x) < 2 && same_look (r, row) && r->segs->len == 1
              && r->y - (row->y + row->h) < row->h * 0.6)
            {
              next = r;
              break;
            }
        }
      if (next == NULL || !heading_shape (next))
        continue;
      joined = g_strconcat (row->text, " ", next->text, NULL);
      fold = g_strconcat (row->fold, " ", next->fold, NULL);
      if (_phoenix_cv_heading_kind (row->fold, TRUE) != CV_SECTION_NONE
          && _phoenix_cv_heading_kind (next->fold, TRUE) != CV_SECTION_NONE)
        continue;   /* two headings */
      if (_phoenix_cv_heading_kind (fold, TRUE) == CV_SECTION_NONE
          && !(row->caps && (row->bold || row->size >= doc->body_size * 1.1)))
        continue;   /* unknown words: only a heading's look (bold or big capitals) */
      if (!row->shared)
        {
          g_free (row->text);
          g_free (row->fold);
        }
      row->shared = FALSE;
      row->text = g_steal_pointer (&joined);
      row->n_chars += 1 + next->n_chars;
      row->entry_date = 0;
      row->fold = g_steal_pointer (&fold);
      row->h = next->y + next->h - row->y;
      g_ptr_array_add (row->segs, g_ptr_array_index (next->segs, 0));
      next->merged = TRUE;
      next->used = TRUE;
    }
}

/* The look of ordinary text in each column (size and colour most characters have):
 * a sidebar's text is often another colour than the main column's. */
typedef struct
{
  double  size;
  guint32 color;
} LocalBody;

static void
local_bodies (PhoenixCvDoc *doc,
              LocalBody     bodies[2])
{
  for (int column = 0; column < 2; column++)
    {
      g_autoptr(GHashTable) sizes = g_hash_table_new (NULL, NULL);
      g_autoptr(GHashTable) colors = g_hash_table_new (NULL, NULL);
      GHashTableIter iter;
      gpointer key, value;
      guint best = 0;

      bodies[column].size = doc->body_size;
      bodies[column].color = doc->body_color;
      for (guint i = 0; i < doc->rows->len; i++)
        {
          CvRow *row = g_ptr_array_index (doc->rows, i);
          guint n;
          gpointer k = GUINT_TO_POINTER ((guint) lround (row->size * 10) + 1);
          gpointer c = GUINT_TO_POINTER (row->color + 1);

          if (MIN (row->column, 1) != column || row->merged)
            continue;
          n = (guint) row->n_chars;
          g_hash_table_insert (sizes, k, GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (sizes, k)) + n));
          g_hash_table_insert (colors, c, GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (colors, c)) + n));
        }
      g_hash_table_iter_init (&iter, sizes);
      while (g_hash_table_iter_next (&iter, &key, &value))
        if (GPOINTER_TO_UINT (value) > best)
          {
            best = GPOINTER_TO_UINT (value);
            bodies[column].size = (GPOINTER_TO_UINT (key) - 1) / 10.0;
          }
      best = 0;
      g_hash_table_iter_init (&iter, colors);
      while (g_hash_table_iter_next (&iter, &key, &value))
        if (GPOINTER_TO_UINT (value) > best)
          {
            best = GPOINTER_TO_UINT (value);
            bodies[column].color = GPOINTER_TO_UINT (key) - 1;
          }
    }
}

/* A heading's look stands out from the text around it: bigger, or bold capitals, or
 * another colour with weight, capitals or size. Bold alone is a label's or a title's. */
static gboolean
stands_out_locally (const LocalBody *body,
                    const Style     *s)
{
  return s->size >= body->size * 1.15
         || (s->bold && s->caps)
         || (s->color != body->color && (s->bold || s->caps || s->size > body->size + 0.4));
}

void
_phoenix_cv_doc_find_headings (PhoenixCvDoc *doc)
{
  g_autoptr(GArray) styles = g_array_new (FALSE, FALSE, sizeof (Style));
  g_autoptr(GArray) counts = g_array_new (FALSE, TRUE, sizeof (guint));
  g_autoptr(GArray) columns = g_array_new (FALSE, TRUE, sizeof (int));
  g_autoptr(GArray) accepted = g_array_new (FALSE, TRUE, sizeof (gboolean));
  LocalBody bodies[2];
  guint n_keyword = 0;
  gboolean column_has_style[2] = { FALSE, FALSE };

  join_wrapped_headings (doc);
  find_name (doc);
  local_bodies (doc, bodies);

  /* Worded headings, and the looks they come in (per column). */
  for (guint i = 0; i < doc->rows->len; i++)
    {
      CvRow *row = g_ptr_array_index (doc->rows, i);
      CvSectionKind kind;
      Style s;
      guint k;
      int column = MIN (row->column, 1);

      if ((int) i == doc->name_row || !heading_shape (row))
        continue;
      kind = _phoenix_cv_heading_kind (row->fold, TRUE);
      if (kind == CV_SECTION_NONE)
        continue;
      row->kind = kind;
      row->heading = TRUE;
      n_keyword++;
      s = row_style (row);
      for (k = 0; k < styles->len; k++)
        if (style_equal (&g_array_index (styles, Style, k), &s) && g_array_index (columns, int, k) == column)
          break;
      if (k == styles->len)
        {
          guint zero = 0;
          gboolean no = FALSE;
          g_array_append_val (styles, s);
          g_array_append_val (counts, zero);
          g_array_append_val (columns, column);
          g_array_append_val (accepted, no);
        }
      g_array_index (counts, guint, k)++;
    }

  /* Most worded headings in one look: the document's heading look. Worded lines in
   * another look in the same column are sub-headings ("Vocational") unless bigger. */
  {
    int dom = -1;
    guint dom_count = 0;
    gboolean dom_columns[2] = { FALSE, FALSE };

    for (guint k = 0; k < styles->len; k++)
      {
        guint n = 0;
        for (guint j = 0; j < styles->len; j++)
          if (style_equal (&g_array_index (styles, Style, j), &g_array_index (styles, Style, k)))
            n += g_array_index (counts, guint, j);
        if (n > dom_count)
          {
            dom = (int) k;
            dom_count = n;
          }
      }
    if (dom >= 0 && n_keyword >= 3 && dom_count * 2 >= n_keyword)
      {
        Style d = g_array_index (styles, Style, dom);

        for (guint k = 0; k < styles->len; k++)
          if (style_equal (&g_array_index (styles, Style, k), &d))
            dom_columns[g_array_index (columns, int, k)] = TRUE;
        for (guint k = 0; k < styles->len; k++)
          if (dom_columns[g_array_index (columns, int, k)]
              && !style_compatible (&g_array_index (styles, Style, k), &d)
              && !(style_stands_out (doc, &g_array_index (styles, Style, k)) && g_array_index (styles, Style, k).size >= d.size))
            g_array_index (counts, guint, k) = 0;   /* not a heading look */
        for (guint i = 0; i < doc->rows->len; i++)
          {
            CvRow *row = g_ptr_array_index (doc->rows, i);
            Style rs;

            if (!row->heading || !dom_columns[MIN (row->column, 1)] || ((CvSeg *) g_ptr_array_index (row->segs, 0))->lone)
              continue;
            rs = row_style (row);
            if (!style_compatible (&rs, &d) && !(style_stands_out (doc, &rs) && rs.size >= d.size))
              {
                row->heading = FALSE;
                row->kind = CV_SECTION_NONE;
              }
          }
      }
  }

  /* A look that stands out and that worded headings take is the headings' look: the
   * other short lines in it are headings too, whatever their words ("Qui suis-je ?",
   * "Where I have worked"), as long as the look is rare enough to be a heading's. */
  for (guint k = 0; k < styles->len; k++)
    {
      Style d = g_array_index (styles, Style, k);
      int column = g_array_index (columns, int, k);
      guint keyword = g_array_index (counts, guint, k);
      guint n_rows = 0;

      if (keyword == 0 || !stands_out_locally (&bodies[column], &d))
        continue;
      for (guint i = 0; i < doc->rows->len; i++)
        {
          CvRow *row = g_ptr_array_index (doc->rows, i);
          Style s = row_style (row);
          if ((int) i != doc->name_row && MIN (row->column, 1) == column && heading_shape (row)
              && !row_has_date (row) && style_equal (&s, &d))
            n_rows++;
        }
      if (keyword * 2 < n_rows && n_rows > keyword * 2 + 4)
        continue;
      g_array_index (accepted, gboolean, k) = TRUE;
      column_has_style[column] = TRUE;
      for (guint i = 0; i < doc->rows->len; i++)
        {
          CvRow *row = g_ptr_array_index (doc->rows, i);
          Style s = row_style (row);

          if (row->heading || (int) i == doc->name_row || MIN (row->column, 1) != column || !heading_shape (row)
              || row_has_date (row) || !style_equal (&s, &d))
            continue;
          if (i + 1 < doc->rows->len && row_has_date (g_ptr_array_index (doc->rows, i + 1)) && !row->caps
              && row->size < bodies[column].size * 1.15)
            continue;
          row->heading = TRUE;
          row->kind = CV_SECTION_OTHER;
        }
    }

  /* Worded lines in a look that does not stand out, in a column whose headings have one
   * that does, are labels or titles ("Tools" over a list of tools), not headings. A run-in
   * heading keeps its word. */
  for (guint i = 0; i < doc->rows->len; i++)
    {
      CvRow *row = g_ptr_array_index (doc->rows, i);
      Style s = row_style (row);
      int column = MIN (row->column, 1);
      gboolean in_accepted = FALSE;

      if (!row->heading || ((CvSeg *) g_ptr_array_index (row->segs, 0))->lone || !column_has_style[column])
        continue;
      for (guint k = 0; k < styles->len; k++)
        if (g_array_index (accepted, gboolean, k) && g_array_index (columns, int, k) == column
            && (style_compatible (&s, &g_array_index (styles, Style, k))
                || (style_stands_out (doc, &s) && s.size >= g_array_index (styles, Style, k).size)))
          in_accepted = TRUE;
      if (!in_accepted && !stands_out_locally (&bodies[column], &s))
        {
          row->heading = FALSE;
          row->kind = CV_SECTION_NONE;
        }
    }

  if (n_keyword < 2)
    {
      /* No words to go by: lines whose style stands out. */
      for (guint i = 0; i < doc->rows->len; i++)
        {
          CvRow *row = g_ptr_array_index (doc->rows, i);
          Style s;

          if (row->heading || (int) i == doc->name_row || !heading_shape (row) || row_has_date (row))
            continue;
          if (doc->name_row >= 0 && i < (guint) doc->name_row)
            continue;
          s = row_style (row);
          if (!style_stands_out (doc, &s))
            continue;
          if (i + 1 < doc->rows->len && row_has_date (g_ptr_array_index (doc->rows, i + 1)) && !row->caps
                && row->size < doc->body_size * 1.15)
            continue;
          row->heading = TRUE;
          row->kind = CV_SECTION_OTHER;
        }
    }
}
