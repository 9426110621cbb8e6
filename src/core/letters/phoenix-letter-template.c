/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-letter-template"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "phoenix-letter-template.h"

#define MAX_INCLUDE_DEPTH 16

typedef enum
{
  NODE_TEXT,
  NODE_SLOT,
  NODE_INCLUDE,
  NODE_IF,
} NodeKind;

typedef enum
{
  FILTER_NONE,
  FILTER_UCFIRST,
  FILTER_LCFIRST,
  FILTER_DE,
  FILTER_QUE,
} Filter;

typedef struct
{
  char      *name;
  gboolean   negate;
  GStrv      values;  /* NULL: "has a value" */
} Term;

typedef struct
{
  GPtrArray *terms;  /* Term *; NULL for {{#else}} */
  GPtrArray *body;   /* Node * */
} Branch;

typedef struct
{
  NodeKind   kind;
  char      *text;      /* text, slot name or included section */
  Filter     filter;
  GPtrArray *branches;  /* Branch *, for NODE_IF */
  guint      line;
} Node;

typedef struct
{
  char      *name;
  gboolean   lines;
  GPtrArray *body;  /* Node * */
} Section;

struct _PhoenixLetterTemplate
{
  GObject     parent_instance;

  char       *name;
  GHashTable *sections;  /* name → Section * */
};

G_DEFINE_FINAL_TYPE (PhoenixLetterTemplate, phoenix_letter_template, G_TYPE_OBJECT)

G_DEFINE_QUARK (phoenix-letter-error-quark, phoenix_letter_error)

static void
term_free (gpointer data)
{
  Term *term = data;

  g_free (term->name);
  g_strfreev (term->values);
  g_free (term);
}

static void
branch_free (gpointer data)
{
  Branch *branch = data;

  g_clear_pointer (&branch->terms, g_ptr_array_unref);
  g_clear_pointer (&branch->body, g_ptr_array_unref);
  g_free (branch);
}

static void
node_free (gpointer data)
{
  Node *node = data;

  g_free (node->text);
  g_clear_pointer (&node->branches, g_ptr_array_unref);
  g_free (node);
}

static void
section_free (gpointer data)
{
  Section *section = data;

  g_free (section->name);
  g_clear_pointer (&section->body, g_ptr_array_unref);
  g_free (section);
}

static GPtrArray *
new_body (void)
{
  return g_ptr_array_new_with_free_func (node_free);
}

static gboolean
is_name (const char *s)
{
  if (s == NULL || *s == '\0')
    return FALSE;
  for (; *s != '\0'; s++)
    {
      if (!g_ascii_isalnum (*s) && *s != '_' && *s != '-')
        return FALSE;
    }
  return TRUE;
}

static gboolean
syntax_error (GError     **error,
              const char  *template_name,
              guint        line,
              const char  *what)
{
  g_set_error (error, PHOENIX_LETTER_ERROR, PHOENIX_LETTER_ERROR_SYNTAX,
               /* Translators: a letter template is broken: its file, the line, then what is wrong. */
               _("Letter template “%s”, line %u: %s"), template_name, line, what);
  return FALSE;
}

/* Tags that leave no trace when alone on their line. */
static gboolean
is_block_tag (const char *content)
{
  return g_str_has_prefix (content, "#") || g_str_has_prefix (content, "/") ||
         g_str_has_prefix (content, "!");
}

/*
 * A line made only of block tags (and white space) is replaced by its tags alone, without
 * its new line, so conditions and sections never leave blank lines or stray spaces behind.
 * Comments are dropped here too.
 */
static char *
strip_standalone_lines (const char *text)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = lines[i];
      g_autoptr(GString) tags = g_string_new (NULL);
      gboolean standalone = TRUE;
      gboolean any_tag = FALSE;
      const char *p = line;

      while (*p != '\0')
        {
          if (g_ascii_isspace (*p))
            {
              p++;
              continue;
            }
          if (g_str_has_prefix (p, "{{"))
            {
              const char *end = strstr (p + 2, "}}");
              g_autofree char *content = NULL;

              if (end == NULL)
                {
                  standalone = FALSE;
                  break;
                }
              content = g_strstrip (g_strndup (p + 2, end - p - 2));
              if (!is_block_tag (content))
                {
                  standalone = FALSE;
                  break;
                }
              if (content[0] != '!')
                g_string_append_len (tags, p, end + 2 - p);
              any_tag = TRUE;
              p = end + 2;
              continue;
            }
          standalone = FALSE;
          break;
        }

      if (standalone && any_tag)
        {
          g_string_append (out, tags->str);
        }
      else
        {
          g_string_append (out, line);
          if (lines[i + 1] != NULL)
            g_string_append_c (out, '\n');
        }
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

static GPtrArray *
parse_condition (const char  *text,
                 GError     **error,
                 const char  *template_name,
                 guint        line)
{
  g_autoptr(GPtrArray) terms = g_ptr_array_new_with_free_func (term_free);
  g_auto(GStrv) parts = g_strsplit (text, "&", -1);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_autofree char *part = g_strstrip (g_strdup (parts[i]));
      Term *term = g_new0 (Term, 1);
      char *eq;
      const char *name = part;

      g_ptr_array_add (terms, term);
      if (name[0] == '!')
        {
          term->negate = TRUE;
          name++;
        }
      eq = strchr (name, '=');
      if (eq != NULL)
        {
          *eq = '\0';
          term->values = g_strsplit (eq + 1, ",", -1);
          for (guint j = 0; term->values[j] != NULL; j++)
            g_strstrip (term->values[j]);
        }
      term->name = g_strdup (g_strstrip ((char *) name));
      if (!is_name (term->name))
        {
          g_autofree char *what = g_strdup_printf (_("“%s” is not a condition."), text);

          syntax_error (error, template_name, line, what);
          return NULL;
        }
    }

  return g_steal_pointer (&terms);
}

static gboolean
parse_filter (const char *name,
              Filter     *filter)
{
  static const struct { const char *name; Filter filter; } filters[] = {
    { "ucfirst", FILTER_UCFIRST }, { "lcfirst", FILTER_LCFIRST }, { "de", FILTER_DE }, { "que", FILTER_QUE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (filters); i++)
    {
      if (strcmp (filters[i].name, name) == 0)
        {
          *filter = filters[i].filter;
          return TRUE;
        }
    }
  return FALSE;
}

typedef enum
{
  FRAME_SECTION,
  FRAME_IF,
} FrameKind;

typedef struct
{
  FrameKind  kind;
  GPtrArray *body;  /* where nodes go now (borrowed) */
  Node      *node;  /* the if node (borrowed) */
  gboolean   has_else;
  guint      line;
} Frame;

static gboolean
parse (PhoenixLetterTemplate  *self,
       const char             *source,
       GError                **error)
{
  g_autofree char *text = strip_standalone_lines (source);
  g_autoptr(GArray) stack = g_array_new (FALSE, TRUE, sizeof (Frame));
  Section *section = NULL;
  const char *p = text;
  guint line = 1;

  while (*p != '\0')
    {
      const char *open = strstr (p, "{{");
      const char *text_end = open != NULL ? open : p + strlen (p);
      Frame *top = stack->len > 0 ? &g_array_index (stack, Frame, stack->len - 1) : NULL;
      g_autofree char *content = NULL;
      const char *close;

      if (text_end > p)
        {
          if (top == NULL)
            {
              for (const char *q = p; q < text_end; q++)
                {
                  if (!g_ascii_isspace (*q))
                    return syntax_error (error, self->name, line, _("Text outside a section."));
                }
            }
          else
            {
              Node *node = g_new0 (Node, 1);

              node->kind = NODE_TEXT;
              node->text = g_strndup (p, text_end - p);
              node->line = line;
              g_ptr_array_add (top->body, node);
            }
          for (const char *q = p; q < text_end; q++)
            line += *q == '\n';
        }
      if (open == NULL)
        break;

      close = strstr (open + 2, "}}");
      if (close == NULL)
        return syntax_error (error, self->name, line, _("“{{” without “}}”."));
      content = g_strstrip (g_strndup (open + 2, close - open - 2));
      for (const char *q = open; q < close; q++)
        line += *q == '\n';
      p = close + 2;

      if (content[0] == '!')
        continue;

      if (g_str_has_prefix (content, "#section"))
        {
          g_auto(GStrv) words = g_strsplit_set (content + strlen ("#section"), " \t", -1);
          g_autoptr(GPtrArray) names = g_ptr_array_new ();
          Frame frame = { FRAME_SECTION };

          if (top != NULL)
            return syntax_error (error, self->name, line, _("A section inside another section or a condition."));
          for (guint i = 0; words[i] != NULL; i++)
            {
              if (words[i][0] != '\0')
                g_ptr_array_add (names, words[i]);
            }
          if (names->len < 1 || names->len > 2 || !is_name (names->pdata[0]) ||
              (names->len == 2 && strcmp (names->pdata[1], "lines") != 0))
            return syntax_error (error, self->name, line, _("A section needs a name, and may be “lines”."));
          if (g_hash_table_contains (self->sections, names->pdata[0]))
            return syntax_error (error, self->name, line, _("Two sections have the same name."));
          section = g_new0 (Section, 1);
          section->name = g_strdup (names->pdata[0]);
          section->lines = names->len == 2;
          section->body = new_body ();
          g_hash_table_insert (self->sections, section->name, section);
          frame.body = section->body;
          frame.line = line;
          g_array_append_val (stack, frame);
        }
      else if (strcmp (content, "/section") == 0)
        {
          if (top == NULL || top->kind != FRAME_SECTION)
            return syntax_error (error, self->name, line, _("“{{/section}}” does not close a section."));
          g_array_set_size (stack, stack->len - 1);
          section = NULL;
        }
      else if (g_str_has_prefix (content, "#if ") || g_str_has_prefix (content, "#elif "))
        {
          gboolean elif = g_str_has_prefix (content, "#elif ");
          g_autoptr(GPtrArray) terms = parse_condition (content + (elif ? 6 : 4), error, self->name, line);
          Branch *branch;

          if (terms == NULL)
            return FALSE;
          if (top == NULL)
            return syntax_error (error, self->name, line, _("A condition outside a section."));
          branch = g_new0 (Branch, 1);
          branch->terms = g_steal_pointer (&terms);
          branch->body = new_body ();
          if (elif)
            {
              if (top->kind != FRAME_IF || top->has_else)
                return (branch_free (branch), syntax_error (error, self->name, line, _("“{{#elif}}” without “{{#if}}”.")));
              g_ptr_array_add (top->node->branches, branch);
              top->body = branch->body;
            }
          else
            {
              Node *node = g_new0 (Node, 1);
              Frame frame = { FRAME_IF };

              node->kind = NODE_IF;
              node->line = line;
              node->branches = g_ptr_array_new_with_free_func (branch_free);
              g_ptr_array_add (node->branches, branch);
              g_ptr_array_add (top->body, node);
              frame.node = node;
              frame.body = branch->body;
              frame.line = line;
              g_array_append_val (stack, frame);
            }
        }
      else if (strcmp (content, "#else") == 0)
        {
          Branch *branch;

          if (top == NULL || top->kind != FRAME_IF || top->has_else)
            return syntax_error (error, self->name, line, _("“{{#else}}” without “{{#if}}”."));
          branch = g_new0 (Branch, 1);
          branch->body = new_body ();
          g_ptr_array_add (top->node->branches, branch);
          top->body = branch->body;
          top->has_else = TRUE;
        }
      else if (strcmp (content, "/if") == 0)
        {
          if (top == NULL || top->kind != FRAME_IF)
            return syntax_error (error, self->name, line, _("“{{/if}}” without “{{#if}}”."));
          g_array_set_size (stack, stack->len - 1);
        }
      else if (content[0] == '>')
        {
          g_autofree char *name = g_strstrip (g_strdup (content + 1));
          Node *node;

          if (top == NULL || !is_name (name))
            return syntax_error (error, self->name, line, _("“{{>}}” needs a section name, inside a section."));
          node = g_new0 (Node, 1);
          node->kind = NODE_INCLUDE;
          node->text = g_steal_pointer (&name);
          node->line = line;
          g_ptr_array_add (top->body, node);
        }
      else
        {
          char *colon = strchr (content, ':');
          Filter filter = FILTER_NONE;
          Node *node;

          if (colon != NULL)
            {
              *colon = '\0';
              if (!parse_filter (colon + 1, &filter))
                return syntax_error (error, self->name, line, _("Unknown filter."));
            }
          if (top == NULL || !is_name (content))
            {
              g_autofree char *what = g_strdup_printf (_("“%s” is not a slot."), content);

              return syntax_error (error, self->name, line, what);
            }
          node = g_new0 (Node, 1);
          node->kind = NODE_SLOT;
          node->text = g_strdup (content);
          node->filter = filter;
          node->line = line;
          g_ptr_array_add (top->body, node);
        }
    }

  if (stack->len > 0)
    {
      Frame *top = &g_array_index (stack, Frame, stack->len - 1);

      return syntax_error (error, self->name, top->line,
                           top->kind == FRAME_IF ? _("“{{#if}}” is not closed.") : _("A section is not closed."));
    }

  return TRUE;
}

static const char *
lookup (GHashTable *slots,
        const char *name)
{
  const char *value = slots != NULL ? g_hash_table_lookup (slots, name) : NULL;

  return value != NULL ? value : "";
}

static gboolean
term_holds (Term       *term,
            GHashTable *slots)
{
  const char *value = lookup (slots, term->name);
  gboolean holds;

  if (term->values == NULL)
    holds = value[0] != '\0';
  else
    holds = value[0] != '\0' && g_strv_contains ((const char * const *) term->values, value);

  return term->negate ? !holds : holds;
}

static gboolean
branch_holds (Branch     *branch,
              GHashTable *slots)
{
  if (branch->terms == NULL)
    return TRUE;
  for (guint i = 0; i < branch->terms->len; i++)
    {
      if (!term_holds (branch->terms->pdata[i], slots))
        return FALSE;
    }
  return TRUE;
}

static gboolean
starts_with_vowel_sound (const char *value)
{
  gunichar base[4];
  gunichar c;
  gsize n;

  /* "é", "É" fold to their base letter. */
  n = g_unichar_fully_decompose (g_utf8_get_char (value), FALSE, base, G_N_ELEMENTS (base));
  if (n == 0)
    return FALSE;
  c = g_unichar_tolower (base[0]);
  if (c == 0x153)  /* œ */
    return TRUE;
  return c < 128 && c != 0 && strchr ("aeiouh", (int) c) != NULL;
}

char *
phoenix_letter_elide (const char *word,
                      const char *value)
{
  g_return_val_if_fail (word != NULL, NULL);
  g_return_val_if_fail (value != NULL, NULL);

  if (starts_with_vowel_sound (value))
    {
      g_autofree char *stem = g_strndup (word, strlen (word) - 1);

      return g_strdup_printf ("%s’%s", stem, value);
    }
  return g_strdup_printf ("%s %s", word, value);
}

static char *
apply_filter (Filter      filter,
              const char *value)
{
  gunichar first = g_utf8_get_char (value);
  const char *rest = g_utf8_next_char (value);
  char buf[8] = { 0 };

  switch (filter)
    {
    case FILTER_UCFIRST:
      g_unichar_to_utf8 (g_unichar_toupper (first), buf);
      return g_strconcat (buf, rest, NULL);
    case FILTER_LCFIRST:
      /* "SQL", "UX": an acronym keeps its case. */
      if (g_unichar_isupper (g_utf8_get_char (rest)))
        return g_strdup (value);
      g_unichar_to_utf8 (g_unichar_tolower (first), buf);
      return g_strconcat (buf, rest, NULL);
    case FILTER_DE:
      return phoenix_letter_elide ("de", value);
    case FILTER_QUE:
      return phoenix_letter_elide ("que", value);
    case FILTER_NONE:
    default:
      return g_strdup (value);
    }
}

static Section *
find_section (PhoenixLetterTemplate *self,
              PhoenixLetterTemplate *fallback,
              const char            *name)
{
  Section *section = g_hash_table_lookup (self->sections, name);

  if (section == NULL && fallback != NULL)
    section = g_hash_table_lookup (fallback->sections, name);
  return section;
}

static gboolean
unknown_section (GError                **error,
                 PhoenixLetterTemplate  *self,
                 const char             *name)
{
  g_set_error (error, PHOENIX_LETTER_ERROR, PHOENIX_LETTER_ERROR_UNKNOWN_SECTION,
               _("Letter template “%s” has no section “%s”."), self->name, name);
  return FALSE;
}

static gboolean
render_body (PhoenixLetterTemplate  *self,
             PhoenixLetterTemplate  *fallback,
             GPtrArray              *body,
             GHashTable             *slots,
             guint                   depth,
             GString                *out,
             GError                **error)
{
  for (guint i = 0; i < body->len; i++)
    {
      Node *node = body->pdata[i];

      switch (node->kind)
        {
        case NODE_TEXT:
          g_string_append (out, node->text);
          break;

        case NODE_SLOT:
          {
            const char *value = lookup (slots, node->text);
            g_autofree char *filtered = NULL;

            if (value[0] == '\0')
              {
                g_set_error (error, PHOENIX_LETTER_ERROR, PHOENIX_LETTER_ERROR_MISSING_SLOT,
                             _("Letter template “%s”, line %u: “%s” has no value."),
                             self->name, node->line, node->text);
                return FALSE;
              }
            filtered = apply_filter (node->filter, value);
            g_string_append (out, filtered);
          }
          break;

        case NODE_INCLUDE:
          {
            Section *section = find_section (self, fallback, node->text);
            g_autoptr(GString) inner = g_string_new (NULL);
            gsize start = 0, end;

            if (section == NULL)
              return unknown_section (error, self, node->text);
            if (depth >= MAX_INCLUDE_DEPTH)
              return syntax_error (error, self->name, node->line, _("Sections include each other endlessly."));
            /* In place of the tag, without the section's own first and last new lines, so an
             * include on a line of its own stays in its paragraph. */
            if (!render_body (self, fallback, section->body, slots, depth + 1, inner, error))
              return FALSE;
            end = inner->len;
            while (start < end && g_ascii_isspace (inner->str[start]))
              start++;
            while (end > start && g_ascii_isspace (inner->str[end - 1]))
              end--;
            g_string_append_len (out, inner->str + start, end - start);
          }
          break;

        case NODE_IF:
          for (guint b = 0; b < node->branches->len; b++)
            {
              Branch *branch = node->branches->pdata[b];

              if (branch_holds (branch, slots))
                {
                  if (!render_body (self, fallback, branch->body, slots, depth, out, error))
                    return FALSE;
                  break;
                }
            }
          break;

        default:
          g_assert_not_reached ();
        }
    }

  return TRUE;
}

/* White space runs as one space (a no-break space is kept as it is), trimmed. */
static void
append_collapsed (GString    *out,
                  const char *text)
{
  gboolean space = FALSE;
  gsize start = out->len;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
        {
          space = TRUE;
          continue;
        }
      if (space && out->len > start)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_c (out, *p);
    }
}

static char *
normalise (const char *text,
           gboolean    lines)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_auto(GStrv) rows = g_strsplit (text, "\n", -1);
  g_autoptr(GString) paragraph = g_string_new (NULL);

  for (guint i = 0; ; i++)
    {
      const char *row = rows[i];
      g_autofree char *trimmed = row != NULL ? g_strstrip (g_strdup (row)) : NULL;

      if (lines && row != NULL)
        {
          g_autoptr(GString) one = g_string_new (NULL);

          append_collapsed (one, trimmed);
          if (one->len > 0)
            {
              if (out->len > 0)
                g_string_append_c (out, '\n');
              g_string_append (out, one->str);
            }
          continue;
        }
      if (lines)
        break;

      if (row == NULL || trimmed[0] == '\0')
        {
          g_autoptr(GString) one = g_string_new (NULL);

          append_collapsed (one, paragraph->str);
          if (one->len > 0)
            {
              if (out->len > 0)
                g_string_append_c (out, '\n');
              g_string_append (out, one->str);
            }
          g_string_truncate (paragraph, 0);
          if (row == NULL)
            break;
          continue;
        }
      g_string_append_c (paragraph, ' ');
      g_string_append (paragraph, trimmed);
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* Slots proven to have a value inside a branch. */
static gboolean
check_body (PhoenixLetterTemplate  *self,
            PhoenixLetterTemplate  *fallback,
            GPtrArray              *body,
            GHashTable             *known,
            guint                   depth,
            GError                **error)
{
  for (guint i = 0; i < body->len; i++)
    {
      Node *node = body->pdata[i];

      switch (node->kind)
        {
        case NODE_TEXT:
          break;

        case NODE_SLOT:
          if (!g_hash_table_contains (known, node->text))
            {
              g_set_error (error, PHOENIX_LETTER_ERROR, PHOENIX_LETTER_ERROR_MISSING_SLOT,
                           _("Letter template “%s”, line %u: “%s” is used without a condition that it has a value."),
                           self->name, node->line, node->text);
              return FALSE;
            }
          break;

        case NODE_INCLUDE:
          {
            Section *section = find_section (self, fallback, node->text);

            if (section == NULL)
              return unknown_section (error, self, node->text);
            if (depth >= MAX_INCLUDE_DEPTH)
              return syntax_error (error, self->name, node->line, _("Sections include each other endlessly."));
            if (!check_body (self, fallback, section->body, known, depth + 1, error))
              return FALSE;
          }
          break;

        case NODE_IF:
          for (guint b = 0; b < node->branches->len; b++)
            {
              Branch *branch = node->branches->pdata[b];
              g_autoptr(GHashTable) inner = g_hash_table_new (g_str_hash, g_str_equal);
              GHashTableIter iter;
              gpointer key;

              g_hash_table_iter_init (&iter, known);
              while (g_hash_table_iter_next (&iter, &key, NULL))
                g_hash_table_add (inner, key);
              for (guint t = 0; branch->terms != NULL && t < branch->terms->len; t++)
                {
                  Term *term = branch->terms->pdata[t];

                  if (!term->negate)
                    g_hash_table_add (inner, term->name);
                }
              if (!check_body (self, fallback, branch->body, inner, depth, error))
                return FALSE;
            }
          break;

        default:
          g_assert_not_reached ();
        }
    }

  return TRUE;
}

static void
phoenix_letter_template_finalize (GObject *object)
{
  PhoenixLetterTemplate *self = PHOENIX_LETTER_TEMPLATE (object);

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->sections, g_hash_table_unref);

  G_OBJECT_CLASS (phoenix_letter_template_parent_class)->finalize (object);
}

static void
phoenix_letter_template_class_init (PhoenixLetterTemplateClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = phoenix_letter_template_finalize;
}

static void
phoenix_letter_template_init (PhoenixLetterTemplate *self)
{
  self->sections = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, section_free);
}

PhoenixLetterTemplate *
phoenix_letter_template_new_from_data (const char  *name,
                                       const char  *text,
                                       GError     **error)
{
  g_autoptr(PhoenixLetterTemplate) self = NULL;

  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (text != NULL, NULL);

  self = g_object_new (PHOENIX_TYPE_LETTER_TEMPLATE, NULL);
  self->name = g_strdup (name);
  if (!g_utf8_validate (text, -1, NULL))
    {
      syntax_error (error, name, 1, _("The file is not UTF-8 text."));
      return NULL;
    }
  if (!parse (self, text, error))
    return NULL;

  return g_steal_pointer (&self);
}

const char *
phoenix_letter_template_get_name (PhoenixLetterTemplate *self)
{
  g_return_val_if_fail (PHOENIX_IS_LETTER_TEMPLATE (self), NULL);

  return self->name;
}

gboolean
phoenix_letter_template_has_section (PhoenixLetterTemplate *self,
                                     const char            *section)
{
  g_return_val_if_fail (PHOENIX_IS_LETTER_TEMPLATE (self), FALSE);

  return g_hash_table_contains (self->sections, section);
}

char *
phoenix_letter_template_render (PhoenixLetterTemplate  *self,
                                PhoenixLetterTemplate  *fallback,
                                const char             *name,
                                GHashTable             *slots,
                                GError                **error)
{
  g_autoptr(GString) out = g_string_new (NULL);
  Section *section;

  g_return_val_if_fail (PHOENIX_IS_LETTER_TEMPLATE (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  section = find_section (self, fallback, name);
  if (section == NULL)
    {
      unknown_section (error, self, name);
      return NULL;
    }
  if (!render_body (self, fallback, section->body, slots, 0, out, error))
    return NULL;

  return normalise (out->str, section->lines);
}

gboolean
phoenix_letter_template_check (PhoenixLetterTemplate  *self,
                               PhoenixLetterTemplate  *fallback,
                               const char * const     *always,
                               GError                **error)
{
  g_autoptr(GHashTable) known = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GList) names = NULL;

  g_return_val_if_fail (PHOENIX_IS_LETTER_TEMPLATE (self), FALSE);

  for (guint i = 0; always != NULL && always[i] != NULL; i++)
    g_hash_table_add (known, (gpointer) always[i]);

  names = g_hash_table_get_keys (self->sections);
  names = g_list_sort (names, (GCompareFunc) strcmp);
  for (GList *l = names; l != NULL; l = l->next)
    {
      Section *section = g_hash_table_lookup (self->sections, l->data);

      if (!check_body (self, fallback, section->body, known, 0, error))
        return FALSE;
    }

  return TRUE;
}
