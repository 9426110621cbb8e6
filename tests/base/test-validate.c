/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>

#include "phoenix-validate.h"

typedef gboolean (*Validator) (const char *s, char **message);

typedef struct
{
  const char *input;
  gboolean    valid;
} Case;

static void
check_cases (Validator   validate,
             const Case *cases,
             gsize       n_cases)
{
  for (gsize i = 0; i < n_cases; i++)
    {
      /* Not freed by the validator: it is an out parameter. */
      char *message = (char *) "stale";
      gboolean valid = validate (cases[i].input, &message);

      g_test_message ("“%s”: %s", cases[i].input, valid ? "valid" : message);
      if (valid != cases[i].valid)
        g_test_fail_printf ("“%s” should be %s", cases[i].input,
                            cases[i].valid ? "valid" : "invalid");

      /* A message on failure, none on success. */
      if (valid)
        g_assert_null (message);
      else
        {
          g_assert_nonnull (message);
          g_assert_cmpstr (message, !=, "");
        }

      /* NULL message is allowed. */
      g_assert_cmpint (validate (cases[i].input, NULL), ==, valid);

      g_free (message);
    }
}

static const Case phone_cases[] = {
  /* French forms */
  { "06 12 34 56 78", TRUE },
  { "06.12.34.56.78", TRUE },
  { "0612345678", TRUE },
  { "06-12-34-56-78", TRUE },
  { "+33 6 12 34 56 78", TRUE },
  { "+33612345678", TRUE },
  { "+33 (0)6 12 34 56 78", TRUE },
  { "+33 (0)612345678", TRUE },
  { "0033 6 12 34 56 78", TRUE },
  { "01 23 45 67 89", TRUE },
  { "06\u00a012\u00a034\u00a056\u00a078", TRUE },  /* no-break spaces */
  { "06\u202f12\u202f34\u202f56\u202f78", TRUE },  /* narrow no-break spaces */
  { "  06 12 34 56 78  ", TRUE },
  /* International and North American forms */
  { "+1-123-456-7890", TRUE },
  { "(909) 555-5555", TRUE },
  { "607.379.5733", TRUE },
  { "+44 20 7946 0958", TRUE },
  { "+49 30 12345678", TRUE },
  { "+1 (909) 555-5555", TRUE },
  /* Optional field */
  { "", TRUE },
  { "   ", TRUE },
  /* Letters */
  { "06 12 34 56 7a", FALSE },
  { "O6 12 34 56 78", FALSE },
  { "phone", FALSE },
  { "06 12 34 56 78 ext 2", FALSE },
  { "+33 6 12 34 56 7é", FALSE },
  /* Too few digits */
  { "06 12 34 56 7", FALSE },
  { "0612", FALSE },
  { "123", FALSE },
  { "+33 6 12 34 56 7", FALSE },
  { "+1 234", FALSE },
  { "555-5555", FALSE },
  /* Too many digits */
  { "06 12 34 56 78 9", FALSE },
  { "06 12 34 56 78 90 12", FALSE },
  { "+33 6 12 34 56 78 9", FALSE },
  { "+1 234 567 890 123 456 7", FALSE },
  /* Broken structure */
  { "06..12.34.56.78", FALSE },
  { "06 12 34 56 78-", FALSE },
  { "++33 6 12 34 56 78", FALSE },
  { "+", FALSE },
  { "06 12 (34 56 78", FALSE },
  { "33+ 6 12 34 56 78", FALSE },
  { "+0 6 12 34 56 78", FALSE },
};

static const Case email_cases[] = {
  { "name@example.com", TRUE },
  { "jean.dupont@orange.fr", TRUE },
  { "first.last+tag@sub.example.co.uk", TRUE },
  { "élodie.lefèvre@exemple.fr", TRUE },
  { "contact@café.fr", TRUE },
  { "o'brien@example.ie", TRUE },
  { " name@example.com ", TRUE },
  { "", TRUE },
  { "name", FALSE },
  { "name@", FALSE },
  { "@example.com", FALSE },
  { "name@example", FALSE },
  { "name@@example.com", FALSE },
  { "name@exa mple.com", FALSE },
  { "na me@example.com", FALSE },
  { ".name@example.com", FALSE },
  { "name.@example.com", FALSE },
  { "na..me@example.com", FALSE },
  { "name@-example.com", FALSE },
  { "name@example.c", FALSE },
  { "name@example..com", FALSE },
  { "name@example.com\nother@example.com", FALSE },
};

static const Case url_cases[] = {
  { "https://example.com", TRUE },
  { "http://example.com", TRUE },
  { "https://www.linkedin.com/in/jean-dupont/", TRUE },
  { "HTTPS://Example.COM/Path?q=1#top", TRUE },
  { "https://example.com:8443/x", TRUE },
  { "https://exemple.fr/café", TRUE },
  { "https://café.fr", TRUE },
  { "linkedin.com/in/x", TRUE },
  { "www.example.com", TRUE },
  { "github.com/jdupont", TRUE },
  { "http://localhost:8080/", TRUE },
  { "https://192.168.1.10/cv", TRUE },
  { "", TRUE },
  { "ftp://example.com/file", FALSE },
  { "javascript:alert(1)", FALSE },
  { "mailto:name@example.com", FALSE },
  { "https://", FALSE },
  { "https://exa mple.com", FALSE },
  { "https://example.com/a b", FALSE },
  { "example", FALSE },
  { "https://user:secret@example.com", FALSE },
  { "https://-example.com", FALSE },
  { "just some words", FALSE },
  { "https://example.c", FALSE },
};

static const Case date_cases[] = {
  { "2021", TRUE },
  { "2021-09", TRUE },
  { "2021-09-15", TRUE },
  { "2024-02-29", TRUE },
  { "", TRUE },
  { "2023-02-29", FALSE },
  { "2021-13", FALSE },
  { "2021-00", FALSE },
  { "2021-9", FALSE },
  { "21", FALSE },
  { "15/09/2021", FALSE },
  { "septembre 2021", FALSE },
};

static void
test_phone (void)
{
  check_cases (phoenix_validate_phone, phone_cases, G_N_ELEMENTS (phone_cases));
  g_assert_true (phoenix_validate_phone (NULL, NULL));
}

static void
test_phone_messages (void)
{
  g_autofree char *too_few = NULL;
  g_autofree char *too_many = NULL;
  g_autofree char *letters = NULL;

  g_assert_false (phoenix_validate_phone ("06 12 34", &too_few));
  g_assert_false (phoenix_validate_phone ("06 12 34 56 78 90", &too_many));
  g_assert_false (phoenix_validate_phone ("06 ab", &letters));
  g_assert_cmpstr (too_few, !=, too_many);
  g_assert_cmpstr (too_few, !=, letters);
}

static void
test_email (void)
{
  g_autofree char *message = NULL;

  check_cases (phoenix_validate_email, email_cases, G_N_ELEMENTS (email_cases));
  g_assert_true (phoenix_validate_email (NULL, NULL));

  /* Overlong addresses. */
  {
    g_autoptr(GString) s = g_string_new (NULL);

    for (guint i = 0; i < 65; i++)
      g_string_append_c (s, 'a');
    g_string_append (s, "@example.com");
    g_assert_false (phoenix_validate_email (s->str, &message));
  }
}

static void
test_url (void)
{
  check_cases (phoenix_validate_url, url_cases, G_N_ELEMENTS (url_cases));
  g_assert_true (phoenix_validate_url (NULL, NULL));
}

static void
test_normalize_url (void)
{
  static const struct {
    const char *input;
    const char *expected;
  } cases[] = {
    { "linkedin.com/in/x", "https://linkedin.com/in/x" },
    { "  github.com/jdupont ", "https://github.com/jdupont" },
    { "www.example.com", "https://www.example.com" },
    { "https://example.com/x", "https://example.com/x" },
    { "http://example.com", "http://example.com" },
    { "", "" },
    { "   ", "" },
    { "not a url", "not a url" },
    { "ftp://example.com", "ftp://example.com" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *normalized = phoenix_normalize_url (cases[i].input);

      g_assert_cmpstr (normalized, ==, cases[i].expected);
    }

  {
    g_autofree char *normalized = phoenix_normalize_url (NULL);

    g_assert_cmpstr (normalized, ==, "");
  }

  /* What normalisation produces is itself valid and stable. */
  for (gsize i = 0; i < G_N_ELEMENTS (url_cases); i++)
    {
      g_autofree char *once = NULL;
      g_autofree char *twice = NULL;

      if (!url_cases[i].valid)
        continue;

      once = phoenix_normalize_url (url_cases[i].input);
      twice = phoenix_normalize_url (once);
      g_assert_true (phoenix_validate_url (once, NULL));
      g_assert_cmpstr (once, ==, twice);
    }
}

static void
test_date (void)
{
  check_cases (phoenix_validate_date, date_cases, G_N_ELEMENTS (date_cases));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/validate/phone", test_phone);
  g_test_add_func ("/validate/phone-messages", test_phone_messages);
  g_test_add_func ("/validate/email", test_email);
  g_test_add_func ("/validate/url", test_url);
  g_test_add_func ("/validate/normalize-url", test_normalize_url);
  g_test_add_func ("/validate/date", test_date);

  return g_test_run ();
}
