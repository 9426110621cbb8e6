/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/*
 * Libraries the app opens the first time one of their functions is called (issue #18): the
 * programs are not linked to them, so the dynamic linker neither maps nor relocates them (nor
 * the libraries they pull in) before the first frame. Each is a stub file that defines the
 * library's functions the code calls, with the library's own prototypes (its header is
 * included, so the compiler checks them), each forwarding to the real function looked up in
 * the library on its first call. The library is opened by the soname it was found under at
 * build time (build-aux/soname.py), through the usual search path, as the linker's DT_NEEDED
 * entry would have been.
 */
typedef struct
{
  const char *soname;   /* e.g. "libsoup-3.0.so.0" */
  /* A function that must come from this library for the whole process: when another library
   * already loaded (in the global scope) defines it, this one would not call itself. */
  const char *probe;
  gpointer    module;   /* GModule *, opened once */
} PhoenixLazyLibrary;

gpointer _phoenix_lazy_library_symbol (PhoenixLazyLibrary *library,
                                       const char         *name);

/* The real @name, looked up in @library on the first call (the body's first lines: it declares
 * `fn`). */
#define PHOENIX_LAZY_REAL(library, name) \
  static gpointer real = NULL; \
  gpointer fn = g_atomic_pointer_get (&real); \
  if (G_UNLIKELY (fn == NULL)) \
    g_atomic_pointer_set (&real, fn = _phoenix_lazy_library_symbol (&(library), #name));

/* The stub of @name, a function of @library's returning @ret: @params are its declared
 * parameters, @args the same names in a call. The stubs are hidden (see the stub files'
 * visibility pragma), so the real library, once loaded, still binds its own calls to itself. */
#define PHOENIX_LAZY_FUNCTION(library, ret, name, params, args) \
  ret name params { PHOENIX_LAZY_REAL (library, name) return ((ret (*) params) fn) args; }

/* The same for a function returning nothing. */
#define PHOENIX_LAZY_PROCEDURE(library, name, params, args) \
  void name params { PHOENIX_LAZY_REAL (library, name) ((void (*) params) fn) args; }

G_END_DECLS
