/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-cv-phone"

#include "config.h"

#include <gmodule.h>
#include <string.h>

#include "phoenix-cv-phone.h"
#include "phoenix-phone-module-path.h"

/*
 * The app's phone matcher (issue #18): libphoenix-phone.so, the libphonenumber wrapper
 * (phoenix-cv-phone.cc built as a module), loaded the first time a number is looked for, so
 * the app does not map libphonenumber, protobuf and ICU at start. Programs that parse CVs
 * on every run (phoenix-cli and the tests, through libphoenix-pdf) link the wrapper itself,
 * whose strong _phoenix_cv_phone_find_all() replaces this weak one.
 *
 * Where the module is looked for: $PHOENIX_PHONE_MODULE (tests), the installed
 * PKGLIBDIR/libphoenix-phone.so, then the build folder's (a program run uninstalled).
 * Without it, no number is found by the library (the parser's own loose pattern still
 * reads the usual forms) and a warning says why, once.
 */

typedef GArray *(*FindAllFunc) (const char *text);

static FindAllFunc
load_find_all (void)
{
  static gsize once = 0;
  static FindAllFunc find_all = NULL;

  if (g_once_init_enter (&once))
    {
      const char *env = g_getenv ("PHOENIX_PHONE_MODULE");
      const char *paths[] = {
        env != NULL && *env != '\0' ? env : PKGLIBDIR "/libphoenix-phone.so",
        PKGLIBDIR "/libphoenix-phone.so",
        PHOENIX_PHONE_MODULE_BUILD_PATH,
      };
      g_autoptr(GString) errors = g_string_new (NULL);

      for (gsize i = 0; i < G_N_ELEMENTS (paths) && find_all == NULL; i++)
        {
          GModule *module;
          gpointer symbol = NULL;

          if (i > 0 && g_str_equal (paths[i], paths[i - 1]))
            continue;
          /* Kept loaded for the life of the process. */
          module = g_module_open (paths[i], G_MODULE_BIND_LAZY | G_MODULE_BIND_LOCAL);
          if (module == NULL)
            {
              g_string_append_printf (errors, "%s%s", errors->len > 0 ? "; " : "", g_module_error ());
              continue;
            }
          if (g_module_symbol (module, "phoenix_phone_module_find_all", &symbol) && symbol != NULL)
            {
              g_module_make_resident (module);
              find_all = (FindAllFunc) symbol;
            }
          else
            {
              g_string_append_printf (errors, "%s%s", errors->len > 0 ? "; " : "", g_module_error ());
              g_module_close (module);
            }
        }
      if (find_all == NULL)
        g_warning ("Phone numbers are read without libphonenumber: %s", errors->str);
      g_once_init_leave (&once, 1);
    }
  return find_all;
}

gboolean
_phoenix_cv_phone_module_loaded (void)
{
  g_autofree char *maps = NULL;

  /* What the process has mapped, whoever loaded it. */
  if (!g_file_get_contents ("/proc/self/maps", &maps, NULL, NULL))
    return FALSE;
  return strstr (maps, "/libphoenix-phone.so") != NULL;
}

__attribute__ ((weak)) GArray *
_phoenix_cv_phone_find_all (const char *text)
{
  FindAllFunc find_all = load_find_all ();

  if (find_all == NULL)
    return g_array_new (FALSE, FALSE, sizeof (PhoenixCvPhoneSpan));
  return find_all (text);
}
