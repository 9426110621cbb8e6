// SPDX-License-Identifier: GPL-3.0-or-later
// Phone numbers in CV text through libphonenumber's PhoneNumberMatcher (see
// phoenix-cv-phone.h). C++ only here; the rest of the parser is C.
//
// Built twice (issue #18): linked into the PDF import helper and phoenix-cli (libphoenix-pdf),
// which parse CVs on every run, as _phoenix_cv_phone_find_all(); and as the module
// libphoenix-phone.so (PHOENIX_PHONE_MODULE defined), exporting phoenix_phone_module_find_all(),
// which the app loads on first use (phoenix-cv-phone-loader.c): libphonenumber, protobuf and ICU
// cost 3 MiB and milliseconds of relocations at every start, for a check the app makes only in
// the import dialog.

#include "config.h"

#include <algorithm>
#include <string>
#include <vector>

#include <phonenumbers/phonenumbermatch.h>
#include <phonenumbers/phonenumbermatcher.h>
#include <phonenumbers/phonenumberutil.h>

#include <gmodule.h>

#include "phoenix-cv-phone.h"

using i18n::phonenumbers::PhoneNumberMatch;
using i18n::phonenumbers::PhoneNumberMatcher;
using i18n::phonenumbers::PhoneNumberUtil;

// Regions whose national forms (no country code) are read; international forms are
// read whatever the region. French first: the app's first language.
static const char *const regions[] = { "FR", "GB", "US", "BE", "CH", "IE", "DE", "IT", "ES" };

// The matcher gives up after this many candidates that are not numbers (libphonenumber's
// own guard against long texts of digits).
static const int max_tries = 200;

#ifdef PHOENIX_PHONE_MODULE
#define PHONE_FIND_ALL phoenix_phone_module_find_all
extern "C" G_MODULE_EXPORT GArray *phoenix_phone_module_find_all (const char *text);
#else
#define PHONE_FIND_ALL _phoenix_cv_phone_find_all
#endif

extern "C" GArray *
PHONE_FIND_ALL (const char *text)
{
  GArray *spans = g_array_new (FALSE, FALSE, sizeof (PhoenixCvPhoneSpan));
  std::vector<std::pair<size_t, size_t>> found;
  const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance ();
  std::string input (text != NULL ? text : "");

  if (input.empty ())
    return spans;
  for (const char *region : regions)
    {
      PhoneNumberMatcher matcher (util, input, region, PhoneNumberMatcher::POSSIBLE, max_tries);
      while (matcher.HasNext ())
        {
          PhoneNumberMatch match;
          if (!matcher.Next (&match))
            break;
          found.emplace_back ((size_t) match.start (), (size_t) (match.start () + match.length ()));
        }
    }
  // Earliest first, the longest of those that overlap.
  std::sort (found.begin (), found.end (), [] (const auto &a, const auto &b) {
    return a.first != b.first ? a.first < b.first : a.second > b.second;
  });
  for (const auto &span : found)
    {
      if (spans->len > 0)
        {
          PhoenixCvPhoneSpan *last = &g_array_index (spans, PhoenixCvPhoneSpan, spans->len - 1);
          if (span.first < last->end)
            {
              last->end = std::max (last->end, span.second);
              continue;
            }
        }
      PhoenixCvPhoneSpan s = { span.first, span.second };
      g_array_append_val (spans, s);
    }
  return spans;
}
