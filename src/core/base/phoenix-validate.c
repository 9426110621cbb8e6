/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-validate"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "phoenix-validate.h"

#define MAX_EMAIL_LENGTH 254
#define MAX_EMAIL_LOCAL_LENGTH 64
#define MAX_PHONE_LENGTH 40
#define MAX_URL_LENGTH 2048

#define EMAIL_ATOM "[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~-]+"
#define EMAIL_LABEL "[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?"

static const char email_pattern[] =
  "^" EMAIL_ATOM "(?:\\." EMAIL_ATOM ")*"
  "@(?:" EMAIL_LABEL "\\.)+(?:\\p{L}{2,}|xn--[a-z0-9-]+)$";

/* Digit groups, optionally in parentheses, each separated by at most one separator. */
static const char phone_pattern[] =
  "^(?:\\+)?(?:[0-9]+|\\([0-9]+\\))(?:[ ./-]?(?:[0-9]+|\\([0-9]+\\)))*$";

/* A host name as GUri gives it (IDN already in punycode), with a top-level domain. */
static const char host_pattern[] =
  "^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$";

static const char scheme_pattern[] = "^[a-z][a-z0-9+.-]*://";

static const char date_pattern[] = "^([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?$";

static GRegex *
get_regex (gsize      *cache,
           const char *pattern,
           gboolean    caseless)
{
  if (g_once_init_enter (cache))
    {
      GRegexCompileFlags flags = G_REGEX_OPTIMIZE | G_REGEX_DOLLAR_ENDONLY;
      g_autoptr(GError) error = NULL;
      GRegex *regex;

      if (caseless)
        flags |= G_REGEX_CASELESS;

      regex = g_regex_new (pattern, flags, 0, &error);
      if (regex == NULL)
        g_error ("Invalid pattern “%s”: %s", pattern, error->message);

      /* Kept for the life of the process. */
      g_once_init_leave (cache, (gsize) regex);
    }

  return (GRegex *) *cache;
}

static gboolean
matches (gsize      *cache,
         const char *pattern,
         gboolean    caseless,
         const char *s)
{
  return g_regex_match (get_regex (cache, pattern, caseless), s, 0, NULL);
}

static gboolean
fail (char       **message,
      const char  *text)
{
  if (message != NULL)
    *message = g_strdup (text);

  return FALSE;
}

static gboolean
succeed (char **message)
{
  if (message != NULL)
    *message = NULL;

  return TRUE;
}

/* A trimmed copy of @s, or NULL when @s is NULL, empty or only spaces. */
static char *
dup_trimmed (const char *s)
{
  char *copy;

  if (s == NULL)
    return NULL;

  copy = g_strstrip (g_strdup (s));
  if (copy[0] == '\0')
    g_clear_pointer (&copy, g_free);

  return copy;
}

static gboolean
has_space (const char *s)
{
  for (const char *p = s; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || g_unichar_type (c) == G_UNICODE_SPACE_SEPARATOR)
        return TRUE;
    }

  return FALSE;
}

gboolean
phoenix_validate_email (const char  *s,
                        char       **message)
{
  static gsize email_regex = 0;
  g_autofree char *email = dup_trimmed (s);
  const char *at;

  if (email == NULL)
    return succeed (message);

  if (!g_utf8_validate (email, -1, NULL))
    return fail (message, _("Enter an email address like name@example.com"));

  at = strrchr (email, '@');
  if (at == NULL)
    return fail (message, _("An email address needs an “@”, as in name@example.com"));

  if (strlen (email) > MAX_EMAIL_LENGTH || (gsize) (at - email) > MAX_EMAIL_LOCAL_LENGTH)
    return fail (message, _("This email address is too long"));

  if (!matches (&email_regex, email_pattern, FALSE, email))
    return fail (message, _("Enter an email address like name@example.com"));

  return succeed (message);
}

/*
 * Turns Unicode spaces into ' ' and dashes into '-', so that numbers pasted
 * from a word processor (“06 12 34 56 78” with no-break spaces) pass.
 * Returns NULL if any other non-ASCII character is found.
 */
static char *
normalize_phone_separators (const char *s)
{
  GString *out = g_string_new (NULL);

  for (const char *p = s; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c < 0x80 && c != '\t' && c != '\n' && c != '\r')
        g_string_append_c (out, (char) c);
      else if (g_unichar_isspace (c) || g_unichar_type (c) == G_UNICODE_SPACE_SEPARATOR)
        g_string_append_c (out, ' ');
      else if (g_unichar_type (c) == G_UNICODE_DASH_PUNCTUATION)
        g_string_append_c (out, '-');
      else
        {
          g_string_free (out, TRUE);
          return NULL;
        }
    }

  return g_string_free (out, FALSE);
}

gboolean
phoenix_validate_phone (const char  *s,
                        char       **message)
{
  static gsize phone_regex = 0;
  g_autofree char *trimmed = dup_trimmed (s);
  g_autofree char *phone = NULL;
  g_autoptr(GString) digits = NULL;
  gboolean international;
  const char *p;

  if (trimmed == NULL)
    return succeed (message);

  if (!g_utf8_validate (trimmed, -1, NULL) ||
      (phone = normalize_phone_separators (trimmed)) == NULL ||
      strlen (phone) > MAX_PHONE_LENGTH ||
      !matches (&phone_regex, phone_pattern, FALSE, phone))
    return fail (message, _("Enter a phone number like 06 12 34 56 78 or +33 6 12 34 56 78"));

  international = phone[0] == '+' || g_str_has_prefix (phone, "00");

  digits = g_string_new (NULL);
  for (p = phone; *p != '\0'; p++)
    {
      /* The trunk prefix “(0)” is not dialled from abroad: +33 (0)6… */
      if (international && g_str_has_prefix (p, "(0)"))
        {
          p += 2;
          continue;
        }
      if (g_ascii_isdigit (*p))
        g_string_append_c (digits, *p);
    }

  if (international)
    {
      guint min_digits = 8, max_digits = 15;

      if (phone[0] != '+')
        g_string_erase (digits, 0, 2);  /* the “00” international prefix */

      if (digits->len > 0 && digits->str[0] == '0')
        return fail (message, _("Enter a phone number like 06 12 34 56 78 or +33 6 12 34 56 78"));

      if (g_str_has_prefix (digits->str, "33"))
        min_digits = max_digits = 11;  /* +33 and the 9 digits of a French number */

      if (digits->len < min_digits)
        return fail (message, _("This phone number has too few digits"));
      if (digits->len > max_digits)
        return fail (message, _("This phone number has too many digits"));
    }
  else
    {
      if (digits->len < 10)
        return fail (message, _("This phone number has too few digits"));
      if (digits->len > 10)
        return fail (message, _("This phone number has too many digits"));
    }

  return succeed (message);
}

/* @url is trimmed and not empty. Returns the URL with its scheme, or NULL. */
static char *
dup_url_with_scheme (const char  *url,
                     const char **error_message)
{
  static gsize scheme_regex = 0;
  static gsize host_regex = 0;
  g_autofree char *full = NULL;
  g_autoptr(GUri) uri = NULL;
  const char *scheme;
  const char *host;

  *error_message = _("Enter a web address like https://example.com");

  if (!g_utf8_validate (url, -1, NULL) || strlen (url) > MAX_URL_LENGTH || has_space (url))
    return NULL;

  if (matches (&scheme_regex, scheme_pattern, TRUE, url))
    full = g_strdup (url);
  else
    full = g_strconcat ("https://", url, NULL);

  uri = g_uri_parse (full, G_URI_FLAGS_NONE, NULL);
  if (uri == NULL)
    return NULL;

  scheme = g_uri_get_scheme (uri);
  if (g_ascii_strcasecmp (scheme, "http") != 0 && g_ascii_strcasecmp (scheme, "https") != 0)
    {
      *error_message = _("Only web addresses starting with https:// or http:// are accepted");
      return NULL;
    }

  if (g_uri_get_userinfo (uri) != NULL)
    return NULL;

  host = g_uri_get_host (uri);
  if (host == NULL || host[0] == '\0')
    return NULL;

  if (g_ascii_strcasecmp (host, "localhost") != 0 &&
      !g_hostname_is_ip_address (host) &&
      !matches (&host_regex, host_pattern, TRUE, host))
    return NULL;

  return g_steal_pointer (&full);
}

gboolean
phoenix_validate_url (const char  *s,
                      char       **message)
{
  g_autofree char *url = dup_trimmed (s);
  g_autofree char *full = NULL;
  const char *error_message = NULL;

  if (url == NULL)
    return succeed (message);

  full = dup_url_with_scheme (url, &error_message);
  if (full == NULL)
    return fail (message, error_message);

  return succeed (message);
}

char *
phoenix_normalize_url (const char *s)
{
  g_autofree char *url = dup_trimmed (s);
  const char *error_message = NULL;
  char *full;

  if (url == NULL)
    return g_strdup ("");

  full = dup_url_with_scheme (url, &error_message);
  if (full == NULL)
    return g_steal_pointer (&url);

  return full;
}

gboolean
phoenix_validate_date (const char  *s,
                       char       **message)
{
  static gsize date_regex = 0;
  g_autofree char *date = dup_trimmed (s);
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *year_str = NULL;
  g_autofree char *month_str = NULL;
  g_autofree char *day_str = NULL;
  guint year, month = 1, day = 1;

  if (date == NULL)
    return succeed (message);

  if (!g_regex_match (get_regex (&date_regex, date_pattern, FALSE), date, 0, &match))
    return fail (message, _("Enter a date like 2021, 2021-09 or 2021-09-15"));

  year_str = g_match_info_fetch (match, 1);
  month_str = g_match_info_fetch (match, 2);
  day_str = g_match_info_fetch (match, 3);

  year = (guint) g_ascii_strtoull (year_str, NULL, 10);
  if (month_str != NULL && month_str[0] != '\0')
    month = (guint) g_ascii_strtoull (month_str, NULL, 10);
  if (day_str != NULL && day_str[0] != '\0')
    day = (guint) g_ascii_strtoull (day_str, NULL, 10);

  if (year < 1000 || month < 1 || month > 12 ||
      !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    return fail (message, _("This date does not exist"));

  return succeed (message);
}
