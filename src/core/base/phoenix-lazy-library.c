/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-lazy-library"

#include "config.h"

#include <gmodule.h>

#include "phoenix-lazy-library.h"

static GMutex lock;

static void
check_probe (PhoenixLazyLibrary *library,
             GModule            *module)
{
  GModule *program = g_module_open (NULL, G_MODULE_BIND_LAZY);
  gpointer global = NULL, own = NULL;

  /* The stubs are hidden, so the program's scope finds only a library's definition. */
  if (program != NULL && g_module_symbol (program, library->probe, &global) && global != NULL &&
      g_module_symbol (module, library->probe, &own) && own != global)
    g_error ("Another library defining %s was loaded before %s, whose own calls would reach it: "
             "link %s ahead of it (meson.build, sqlcipher_linked_dep)",
             library->probe, library->soname, library->soname);
  if (program != NULL)
    g_module_close (program);
}

gpointer
_phoenix_lazy_library_symbol (PhoenixLazyLibrary *library,
                              const char         *name)
{
  gpointer symbol = NULL;
  GModule *module;

  g_mutex_lock (&lock);
  if (library->module == NULL)
    {
      /* Kept for the life of the process, as a linked library is. */
      module = g_module_open (library->soname, G_MODULE_BIND_LAZY | G_MODULE_BIND_LOCAL);
      /* A package dependency missing: nothing can be done without it, so say which. */
      if (module == NULL)
        g_error ("Could not load %s, which Phoenix needs: %s", library->soname, g_module_error ());
      g_module_make_resident (module);
      if (library->probe != NULL)
        check_probe (library, module);
      library->module = module;
    }
  module = library->module;
  g_mutex_unlock (&lock);

  if (!g_module_symbol (module, name, &symbol) || symbol == NULL)
    g_error ("%s has no %s: %s", library->soname, name, g_module_error ());
  return symbol;
}
