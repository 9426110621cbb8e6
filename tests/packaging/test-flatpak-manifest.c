/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-flatpak-manifest"

/* Structure of flatpak/io.github.phoenixecosystem.Phoenix.json. Runtimes cannot
 * be downloaded on the test machines, so instead of building the Flatpak this
 * checks what the manifest promises: a supported runtime with the code's API
 * ceilings unchanged, every library the build asks for either in the runtime
 * or built as a pinned, checksummed module (read from the meson.build files
 * the Flatpak's own options reach, so a library added to the build but not to
 * the manifest fails here), permissions no wider than what the code uses,
 * SQLCipher 4, Poppler (without Qt) and the Snowball stemmers built before
 * Phoenix, and Phoenix itself built last. */

#include <json-glib/json-glib.h>
#include <string.h>

#include "phoenix-test-util.h"

#define APP_ID "io.github.phoenixecosystem.Phoenix"

/* GNOME 51 (September 2026) is the newest GNOME runtime, supported until about a month
 * after GNOME 53 (HACKING.md, "The Flatpak"). */
#define GNOME_RUNTIME "51"

typedef struct
{
  char       *source_dir;
  char       *manifest_path;
  JsonParser *parser;
  JsonObject *root;   /* owned by parser; NULL when the file did not parse */
} Fixture;

static char *
find_source_dir (void)
{
  const char *source_dir = g_getenv ("PHOENIX_SOURCE_DIR");

  return g_strdup (source_dir != NULL ? source_dir : SOURCE_ROOT);
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  JsonNode *node;

  fixture->source_dir = find_source_dir ();
  fixture->manifest_path = g_build_filename (fixture->source_dir, "flatpak", APP_ID ".json", NULL);
  fixture->parser = json_parser_new ();

  if (!json_parser_load_from_file (fixture->parser, fixture->manifest_path, &error))
    {
      g_test_message ("%s: %s", fixture->manifest_path, error->message);
      return;
    }

  node = json_parser_get_root (fixture->parser);
  if (node != NULL && JSON_NODE_HOLDS_OBJECT (node))
    fixture->root = json_node_get_object (node);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  user_data)
{
  g_clear_object (&fixture->parser);
  g_clear_pointer (&fixture->manifest_path, g_free);
  g_clear_pointer (&fixture->source_dir, g_free);
}

/* Every test but the parse test needs a parsed manifest. */
#define REQUIRE_ROOT(fixture) \
  G_STMT_START { \
    if ((fixture)->root == NULL) \
      { \
        g_test_fail_printf ("%s did not parse as a JSON object", (fixture)->manifest_path); \
        return; \
      } \
  } G_STMT_END

static const char *
member_string (JsonObject *object,
               const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;

  return json_node_get_string (node);
}

static JsonArray *
member_array (JsonObject *object,
              const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return NULL;

  return json_node_get_array (node);
}

/* Modules, depth first, nested "modules" included; objects owned by the parser. */
static void
collect_modules (JsonArray *modules,
                 GPtrArray *out)
{
  if (modules == NULL)
    return;

  for (guint i = 0; i < json_array_get_length (modules); i++)
    {
      JsonNode *node = json_array_get_element (modules, i);

      if (!JSON_NODE_HOLDS_OBJECT (node))
        continue;  /* a module given as a file name: not used here */

      g_ptr_array_add (out, json_node_get_object (node));
      collect_modules (member_array (json_node_get_object (node), "modules"), out);
    }
}

static GPtrArray *
all_modules (Fixture *fixture)
{
  GPtrArray *modules = g_ptr_array_new ();

  collect_modules (member_array (fixture->root, "modules"), modules);

  return modules;
}

/* Modules in the order flatpak-builder builds them: a module's nested
 * "modules" first, then the module itself. */
static void
collect_build_order (JsonArray *modules,
                     GPtrArray *out)
{
  if (modules == NULL)
    return;

  for (guint i = 0; i < json_array_get_length (modules); i++)
    {
      JsonNode *node = json_array_get_element (modules, i);

      if (!JSON_NODE_HOLDS_OBJECT (node))
        continue;

      collect_build_order (member_array (json_node_get_object (node), "modules"), out);
      g_ptr_array_add (out, json_node_get_object (node));
    }
}

static JsonObject *
find_module_in (JsonObject *root,
                const char *name)
{
  g_autoptr(GPtrArray) modules = g_ptr_array_new ();

  collect_modules (member_array (root, "modules"), modules);
  for (guint i = 0; i < modules->len; i++)
    {
      if (g_strcmp0 (member_string (modules->pdata[i], "name"), name) == 0)
        return modules->pdata[i];
    }
  return NULL;
}

/* Position of the module in build order, or -1 when it is missing. */
static int
build_position_in (JsonObject *root,
                   const char *name)
{
  g_autoptr(GPtrArray) order = g_ptr_array_new ();

  collect_build_order (member_array (root, "modules"), order);
  for (guint i = 0; i < order->len; i++)
    {
      if (g_strcmp0 (member_string (order->pdata[i], "name"), name) == 0)
        return (int) i;
    }
  return -1;
}

static int
build_position (Fixture    *fixture,
                const char *name)
{
  return build_position_in (fixture->root, name);
}

static JsonObject *
find_module (Fixture    *fixture,
             const char *name)
{
  return find_module_in (fixture->root, name);
}

static gboolean
array_has_string (JsonArray  *array,
                  const char *value)
{
  if (array == NULL)
    return FALSE;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);

      if (JSON_NODE_HOLDS_VALUE (node) && g_strcmp0 (json_node_get_string (node), value) == 0)
        return TRUE;
    }

  return FALSE;
}

/* The array's strings joined with spaces, with one leading and one trailing
 * space so that " -DX=OFF " finds whole options. */
static char *
joined_strings (JsonArray *array)
{
  GString *joined = g_string_new (" ");

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);

      if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
        g_string_append_printf (joined, "%s ", json_node_get_string (node));
    }

  return g_string_free (joined, FALSE);
}

static gboolean
is_sha256 (const char *text)
{
  if (text == NULL || strlen (text) != 64)
    return FALSE;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (!g_ascii_isxdigit (*p) || g_ascii_isupper (*p))
        return FALSE;
    }

  return TRUE;
}

static void
test_parses (Fixture       *fixture,
             gconstpointer  user_data)
{
  g_assert_nonnull (fixture->root);
}

static void
test_app_id (Fixture       *fixture,
             gconstpointer  user_data)
{
  g_autofree char *basename = NULL;

  REQUIRE_ROOT (fixture);

  /* "id" ("app-id" is its deprecated spelling). */
  g_assert_cmpstr (member_string (fixture->root, "id"), ==, APP_ID);
  g_assert_false (json_object_has_member (fixture->root, "app-id"));
  basename = g_path_get_basename (fixture->manifest_path);
  g_assert_true (g_str_has_prefix (basename, APP_ID));
}

static void
test_runtime (Fixture       *fixture,
              gconstpointer  user_data)
{
  REQUIRE_ROOT (fixture);

  g_assert_cmpstr (member_string (fixture->root, "runtime"), ==, "org.gnome.Platform");
  g_assert_cmpstr (member_string (fixture->root, "runtime-version"), ==, GNOME_RUNTIME);
  g_assert_cmpstr (member_string (fixture->root, "sdk"), ==, "org.gnome.Sdk");
  g_assert_false (json_object_has_member (fixture->root, "sdk-version"));
}

/* A newer runtime runs the code, but the code keeps to the API of Debian 12 (GLib 2.74,
 * GTK 4.8, libadwaita 1.2), so both build it: the meson.build's version ceilings. */
static void
test_api_ceilings (Fixture       *fixture,
                   gconstpointer  user_data)
{
  const char *ceilings[] = {
    "'-DGLIB_VERSION_MAX_ALLOWED=GLIB_VERSION_2_74'",
    "'-DGDK_VERSION_MAX_ALLOWED=GDK_VERSION_4_8'",
    "'-DADW_VERSION_MAX_ALLOWED=ADW_VERSION_1_2'",
    "dependency('gtk4', version: '>= 4.8')",
    "dependency('libadwaita-1', version: '>= 1.2')",
  };
  g_autofree char *meson_build = g_build_filename (fixture->source_dir, "meson.build", NULL);
  g_autofree char *contents = NULL;

  g_assert_true (g_file_get_contents (meson_build, &contents, NULL, NULL));
  for (gsize i = 0; contents != NULL && i < G_N_ELEMENTS (ceilings); i++)
    {
      if (strstr (contents, ceilings[i]) == NULL)
        g_test_fail_printf ("meson.build no longer says %s", ceilings[i]);
    }
}

static void
test_command (Fixture       *fixture,
              gconstpointer  user_data)
{
  REQUIRE_ROOT (fixture);

  g_assert_cmpstr (member_string (fixture->root, "command"), ==, "phoenix");
}

static void
test_finish_args_display (Fixture       *fixture,
                          gconstpointer  user_data)
{
  const char *needed[] = { "--share=ipc", "--socket=wayland", "--socket=fallback-x11", "--device=dri" };
  JsonArray *args;

  REQUIRE_ROOT (fixture);

  args = member_array (fixture->root, "finish-args");
  g_assert_nonnull (args);
  if (args == NULL)
    return;
  for (gsize i = 0; i < G_N_ELEMENTS (needed); i++)
    {
      if (!array_has_string (args, needed[i]))
        g_test_fail_printf ("finish-args lacks %s", needed[i]);
    }
}

static void
test_finish_args_narrow (Fixture       *fixture,
                         gconstpointer  user_data)
{
  /* Files go through the portal file chooser: no filesystem access at all. */
  const char *forbidden_prefixes[] = { "--filesystem=", "--socket=session-bus", "--socket=system-bus",
                                       "--socket=x11", "--device=all", "--talk-name=org.freedesktop.Flatpak",
                                       "--own-name=org.freedesktop", "--persist=" };
  JsonArray *args;

  REQUIRE_ROOT (fixture);

  args = member_array (fixture->root, "finish-args");
  g_assert_nonnull (args);
  if (args == NULL)
    return;
  for (guint i = 0; i < json_array_get_length (args); i++)
    {
      const char *arg = json_array_get_string_element (args, i);

      for (gsize j = 0; j < G_N_ELEMENTS (forbidden_prefixes); j++)
        {
          if (g_str_has_prefix (arg, forbidden_prefixes[j]))
            g_test_fail_printf ("finish-args grants %s", arg);
        }
    }
}

static void
test_sources_pinned (Fixture       *fixture,
                     gconstpointer  user_data)
{
  g_autoptr(GPtrArray) modules = NULL;
  guint n_archives = 0;

  REQUIRE_ROOT (fixture);

  modules = all_modules (fixture);
  for (guint i = 0; i < modules->len; i++)
    {
      JsonObject *module = modules->pdata[i];
      JsonArray *sources = member_array (module, "sources");

      for (guint j = 0; sources != NULL && j < json_array_get_length (sources); j++)
        {
          JsonObject *source;
          const char *type;
          const char *url;

          if (!JSON_NODE_HOLDS_OBJECT (json_array_get_element (sources, j)))
            continue;  /* a source given as a file name */

          source = json_array_get_object_element (sources, j);
          type = member_string (source, "type");
          url = member_string (source, "url");

          if (g_strcmp0 (type, "dir") == 0 || g_strcmp0 (type, "patch") == 0 || g_strcmp0 (type, "shell") == 0)
            continue;

          if (g_strcmp0 (type, "git") == 0)
            {
              if (member_string (source, "commit") == NULL)
                g_test_fail_printf ("module %s: git source without a pinned commit", member_string (module, "name"));
              continue;
            }

          n_archives++;
          if (url == NULL || !g_str_has_prefix (url, "https://"))
            g_test_fail_printf ("module %s: source URL %s is not https", member_string (module, "name"), url);
          if (!is_sha256 (member_string (source, "sha256")))
            g_test_fail_printf ("module %s: source %s has no 64-hex sha256", member_string (module, "name"), url);
        }
    }

  g_assert_cmpuint (n_archives, >=, 2);
}

static void
test_sqlcipher (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autoptr(GRegex) version = g_regex_new ("[/-]v?4\\.[0-9]+(\\.[0-9]+)?\\.(tar|zip)", 0, 0, NULL);
  JsonObject *module;
  JsonArray *sources;
  JsonArray *config_opts;
  JsonObject *build_options;
  g_autoptr(GString) config = g_string_new (NULL);
  gboolean found_v4 = FALSE;

  REQUIRE_ROOT (fixture);

  module = find_module (fixture, "sqlcipher");
  g_assert_nonnull (module);
  if (module == NULL)
    return;

  sources = member_array (module, "sources");
  g_assert_nonnull (sources);
  for (guint i = 0; sources != NULL && i < json_array_get_length (sources); i++)
    {
      JsonNode *node = json_array_get_element (sources, i);
      const char *url = JSON_NODE_HOLDS_OBJECT (node) ? member_string (json_node_get_object (node), "url") : NULL;

      if (url != NULL && strstr (url, "sqlcipher") != NULL && g_regex_match (version, url, 0, NULL))
        found_v4 = TRUE;
    }
  g_assert_true (found_v4);

  /* SQLCipher only encrypts when built with SQLITE_HAS_CODEC and a temp store in memory. */
  config_opts = member_array (module, "config-opts");
  g_assert_nonnull (config_opts);
  if (config_opts == NULL)
    return;
  g_assert_true (array_has_string (config_opts, "--enable-tempstore=yes"));

  /* The flags may come as configure arguments or as build options. */
  for (guint i = 0; i < json_array_get_length (config_opts); i++)
    g_string_append_printf (config, " %s", json_array_get_string_element (config_opts, i));
  if (json_object_has_member (module, "build-options") &&
      JSON_NODE_HOLDS_OBJECT (json_object_get_member (module, "build-options")))
    {
      build_options = json_object_get_object_member (module, "build-options");
      g_string_append_printf (config, " %s %s",
                              member_string (build_options, "cflags") ?: "",
                              member_string (build_options, "ldflags") ?: "");
    }
  g_assert_nonnull (strstr (config->str, "-DSQLITE_HAS_CODEC"));
  g_assert_nonnull (strstr (config->str, "-lcrypto"));
}

static void
test_argon2 (Fixture       *fixture,
             gconstpointer  user_data)
{
  JsonObject *module;

  REQUIRE_ROOT (fixture);

  /* The GNOME runtime does not ship libargon2. */
  module = find_module (fixture, "libargon2");
  g_assert_nonnull (module);
  if (module != NULL)
    g_assert_nonnull (member_array (module, "sources"));
}

/* The module's archive sources: at least one, each an https URL matching
 * url_pattern with a 64-hex sha256. */
static void
check_archive_sources (JsonObject *module,
                       const char *url_pattern)
{
  g_autoptr(GRegex) pattern = g_regex_new (url_pattern, 0, 0, NULL);
  JsonArray *sources = member_array (module, "sources");
  guint n_matching = 0;

  g_assert_nonnull (pattern);
  for (guint i = 0; sources != NULL && i < json_array_get_length (sources); i++)
    {
      JsonObject *source;
      const char *url;

      if (!JSON_NODE_HOLDS_OBJECT (json_array_get_element (sources, i)))
        continue;
      source = json_array_get_object_element (sources, i);
      if (g_strcmp0 (member_string (source, "type"), "archive") != 0)
        continue;

      url = member_string (source, "url");
      if (url == NULL || !g_str_has_prefix (url, "https://"))
        g_test_fail_printf ("module %s: archive URL %s is not https", member_string (module, "name"), url);
      else if (pattern != NULL && g_regex_match (pattern, url, 0, NULL))
        n_matching++;
      if (!is_sha256 (member_string (source, "sha256")))
        g_test_fail_printf ("module %s: archive %s has no 64-hex sha256", member_string (module, "name"), url);
    }

  if (n_matching == 0)
    g_test_fail_printf ("module %s: no archive source matches %s", member_string (module, "name"), url_pattern);
}

/* The helpers' system call filter (phoenix-seccomp.c): libseccomp, pinned and checksummed, built
 * before the app, without its Python binding. */
static void
test_seccomp (Fixture       *fixture,
              gconstpointer  user_data)
{
  JsonObject *module;
  JsonArray *opts;
  gboolean no_python = FALSE;

  REQUIRE_ROOT (fixture);

  module = find_module (fixture, "libseccomp");
  g_assert_nonnull (module);
  if (module == NULL)
    return;
  check_archive_sources (module, "^https://github\\.com/seccomp/libseccomp/releases/download/v2\\.5\\.[0-9]+/"
                                 "libseccomp-2\\.5\\.[0-9]+\\.tar\\.gz$");
  opts = member_array (module, "config-opts");
  for (guint i = 0; opts != NULL && i < json_array_get_length (opts); i++)
    if (g_strcmp0 (json_array_get_string_element (opts, i), "--disable-python") == 0)
      no_python = TRUE;
  g_assert_true (no_python);
  g_assert_cmpint (build_position (fixture, "libseccomp"), <, build_position (fixture, "phoenix"));
}

static void
test_poppler (Fixture       *fixture,
              gconstpointer  user_data)
{
  /* Options that would pull Qt (or its tests) into the build. */
  const char *qt_off[] = { " -DENABLE_QT5=OFF ", " -DENABLE_QT6=OFF " };
  JsonObject *module;
  g_autofree char *config = NULL;
  int poppler_position;
  int data_position;

  REQUIRE_ROOT (fixture);

  /* The GNOME runtime has no Poppler: the PDF import helper needs poppler-glib. */
  module = find_module (fixture, "poppler");
  g_assert_nonnull (module);
  if (module == NULL)
    return;

  poppler_position = build_position (fixture, "poppler");
  g_assert_cmpint (poppler_position, <, build_position (fixture, "phoenix"));

  /* src/meson.build asks for poppler-glib >= 22.02. */
  check_archive_sources (module, "/poppler-2[2-9]\\.[0-9]{2}\\.[0-9]+\\.tar\\.(xz|gz)$");

  g_assert_true (g_str_has_prefix (member_string (module, "buildsystem") ?: "", "cmake"));
  config = joined_strings (member_array (module, "config-opts"));
  for (gsize i = 0; i < G_N_ELEMENTS (qt_off); i++)
    {
      if (strstr (config, qt_off[i]) == NULL)
        g_test_fail_printf ("poppler is not built with%s", qt_off[i]);
    }
  if (strstr (config, " -DENABLE_GLIB=OFF ") != NULL)
    g_test_fail_printf ("poppler is built without its GLib binding");
  /* The GNOME SDK has no Boost; Poppler refuses to configure without it unless told. */
  g_assert_nonnull (strstr (config, " -DENABLE_BOOST=OFF "));

  /* poppler-data is optional, but when present it must be installed first so
   * that Poppler's configure step finds its data directory. */
  data_position = build_position (fixture, "poppler-data");
  if (data_position >= 0)
    {
      g_assert_cmpint (data_position, <, poppler_position);
      check_archive_sources (find_module (fixture, "poppler-data"), "/poppler-data-[0-9.]+\\.tar\\.(xz|gz)$");
    }
}

static void
test_stemmer (Fixture       *fixture,
              gconstpointer  user_data)
{
  JsonObject *module;
  JsonObject *build_options = NULL;
  g_autofree char *commands = NULL;
  const char *cflags = NULL;

  REQUIRE_ROOT (fixture);

  /* The runtime has no libstemmer; src/core finds it with cc.find_library('stemmer'). */
  module = find_module (fixture, "libstemmer");
  g_assert_nonnull (module);
  if (module == NULL)
    return;

  g_assert_cmpint (build_position (fixture, "libstemmer"), <, build_position (fixture, "phoenix"));
  check_archive_sources (module, "/libstemmer_c-[0-9]+\\.[0-9]+\\.[0-9]+\\.tar\\.gz$");

  /* A plain Makefile: the header and the static library are copied by hand. */
  g_assert_cmpstr (member_string (module, "buildsystem"), ==, "simple");
  commands = joined_strings (member_array (module, "build-commands"));
  g_assert_nonnull (strstr (commands, "include/libstemmer.h"));
  g_assert_nonnull (strstr (commands, "/include"));
  g_assert_nonnull (strstr (commands, "libstemmer.a"));
  g_assert_nonnull (strstr (commands, "/lib"));

  /* The static library ends up in position-independent executables. */
  if (json_object_has_member (module, "build-options") &&
      JSON_NODE_HOLDS_OBJECT (json_object_get_member (module, "build-options")))
    {
      build_options = json_object_get_object_member (module, "build-options");
      cflags = member_string (build_options, "cflags");
    }
  if ((cflags == NULL || strstr (cflags, "-fPIC") == NULL) && strstr (commands, "-fPIC") == NULL)
    g_test_fail_printf ("libstemmer is not compiled with -fPIC");
  if (cflags != NULL && strstr (cflags, "-fPIC") != NULL && strstr (commands, "CFLAGS") == NULL)
    g_test_fail_printf ("libstemmer's Makefile sets CFLAGS itself: the build command must pass them");
}

/* libphonenumber (phone numbers in CVs, issue #15) and the protobuf it needs: pinned git
 * sources, built before Phoenix, without Boost or the Java metadata generator (the SDK
 * has neither). */
static void
test_phonenumber (Fixture       *fixture,
                  gconstpointer  user_data)
{
  static const char * const names[] = { "protobuf", "libphonenumber" };
  JsonObject *module;
  g_autoptr(GString) config = g_string_new (NULL);
  JsonArray *opts;

  REQUIRE_ROOT (fixture);

  for (gsize i = 0; i < G_N_ELEMENTS (names); i++)
    {
      JsonArray *sources;
      JsonObject *source;

      module = find_module (fixture, names[i]);
      g_assert_nonnull (module);
      if (module == NULL)
        return;
      g_assert_cmpint (build_position (fixture, names[i]), <, build_position (fixture, "phoenix"));
      sources = member_array (module, "sources");
      g_assert_nonnull (sources);
      if (sources == NULL)
        return;
      source = json_array_get_object_element (sources, 0);
      g_assert_cmpstr (member_string (source, "type"), ==, "git");
      g_assert_true (g_str_has_prefix (member_string (source, "url"), "https://"));
      g_assert_cmpuint (strlen (member_string (source, "commit")), ==, 40);
    }
  g_assert_cmpint (build_position (fixture, "protobuf"), <, build_position (fixture, "libphonenumber"));
  module = find_module (fixture, "libphonenumber");
  g_assert_cmpstr (member_string (module, "subdir"), ==, "cpp");
  opts = member_array (module, "config-opts");
  for (guint i = 0; opts != NULL && i < json_array_get_length (opts); i++)
    g_string_append_printf (config, " %s", json_array_get_string_element (opts, i));
  g_assert_nonnull (strstr (config->str, "-DUSE_BOOST=OFF"));
  g_assert_nonnull (strstr (config->str, "-DREGENERATE_METADATA=OFF"));
}

static void
test_gsf (Fixture       *fixture,
          gconstpointer  user_data)
{
  JsonObject *module;
  g_autofree char *options = NULL;

  REQUIRE_ROOT (fixture);

  /* The DOCX writer (src/export/phoenix-docx-writer.c) needs libgsf-1 >= 1.14.47, which the
   * GNOME runtime does not ship. */
  module = find_module (fixture, "libgsf");
  g_assert_nonnull (module);
  if (module == NULL)
    return;
  g_assert_cmpint (build_position (fixture, "libgsf"), <, build_position (fixture, "phoenix"));
  check_archive_sources (module, "/libgsf-1\\.14\\.(4[7-9]|[5-9][0-9])\\.tar\\.xz$");
  g_assert_cmpstr (member_string (module, "buildsystem"), ==, "autotools");
  /* No GObject introspection in the sandbox build, and no API docs. */
  options = joined_strings (member_array (module, "config-opts"));
  g_assert_nonnull (strstr (options, "--disable-introspection"));
  g_assert_nonnull (strstr (options, "--disable-gtk-doc"));
}

/* What the build asks for, and where the Flatpak gets it ------------------- */

/* Every library a meson.build asks for (dependency() or find_library()), and where the Flatpak
 * gets it: the runtime (module NULL) or a module of the manifest. A library the build asks for
 * that is not here fails /flatpak-manifest/libraries; one said to come from a module fails it
 * while the manifest lacks that module or builds it after Phoenix. HACKING.md has the same table. */
typedef struct
{
  const char *name;    /* as dependency() or find_library() names it */
  const char *module;  /* the manifest module that builds it; NULL: the runtime has it */
} Library;

static const Library libraries[] = {
  /* The GNOME 51 runtime (GNOME's libraries on the Freedesktop 25.08 base). */
  { "glib-2.0", NULL },
  { "gobject-2.0", NULL },
  { "gio-2.0", NULL },
  { "gmodule-2.0", NULL },
  { "gtk4", NULL },
  { "libadwaita-1", NULL },
  { "json-glib-1.0", NULL },
  { "libsoup-3.0", NULL },        /* with glib-networking for HTTPS */
  { "enchant-2", NULL },          /* and its Hunspell provider; no dictionaries (HACKING.md) */
  { "gdk-pixbuf-2.0", NULL },
  { "cairo", NULL },
  { "cairo-pdf", NULL },
  { "pangocairo", NULL },
  { "pangoft2", NULL },
  { "fontconfig", NULL },
  { "icu-uc", NULL },             /* the Freedesktop base has ICU */
  { "atspi-2", NULL },            /* GTK's accessibility needs it, so the runtime has it */
  { "m", NULL },                  /* the C library */
  /* Built from pinned, checksummed sources. */
  { "sqlcipher", "sqlcipher" },
  { "libargon2", "libargon2" },
  { "stemmer", "libstemmer" },
  { "poppler-glib", "poppler" },
  { "libgsf-1", "libgsf" },
  { "libseccomp", "libseccomp" },
  { "phonenumber", "libphonenumber" },  /* C++, no pkg-config file: find_library() (issue #15) */
  { "protobuf", "protobuf" },           /* what libphonenumber needs */
};

/* Modules that are no library the build asks for, and why they are there. */
static const char * const helper_modules[] = {
  "tcl",           /* tclsh generates SQLCipher's amalgamation; removed after the build */
  "poppler-data",  /* Poppler's encoding data (CJK and symbol fonts) */
};

typedef struct
{
  GHashTable *options;   /* option name → TRUE/FALSE as the Flatpak sets it; NULL: every branch */
  GHashTable *needed;    /* library name → the meson.build asking for it (first seen) */
  GPtrArray  *dirs;      /* the folders reached, in order */
  GPtrArray  *problems;  /* what the scan could not read */
} Scan;

static void
scan_clear (Scan *scan)
{
  g_clear_pointer (&scan->options, g_hash_table_unref);
  g_clear_pointer (&scan->needed, g_hash_table_unref);
  g_clear_pointer (&scan->dirs, g_ptr_array_unref);
  g_clear_pointer (&scan->problems, g_ptr_array_unref);
}

/* The line without its comment (a '#' outside a string). */
static char *
strip_comment (const char *line)
{
  gboolean in_string = FALSE;

  for (const char *p = line; *p != '\0'; p++)
    {
      if (*p == '\'' && (p == line || p[-1] != '\\'))
        in_string = !in_string;
      else if (*p == '#' && !in_string)
        return g_strndup (line, p - line);
    }
  return g_strdup (line);
}

/* The value of an if/elif condition when it is only [not] get_option('NAME') of a boolean the
 * scan knows; FALSE in @known otherwise. */
static gboolean
condition_value (Scan       *scan,
                 const char *condition,
                 gboolean   *known)
{
  g_autoptr(GRegex) regex = g_regex_new ("^\\s*(not\\s+)?get_option\\s*\\(\\s*'([^']+)'\\s*\\)\\s*$", 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *negation = NULL;
  g_autofree char *name = NULL;
  gpointer value;

  *known = FALSE;
  if (scan->options == NULL || !g_regex_match (regex, condition, 0, &match))
    return TRUE;
  negation = g_match_info_fetch (match, 1);
  name = g_match_info_fetch (match, 2);
  if (!g_hash_table_lookup_extended (scan->options, name, NULL, &value))
    return TRUE;
  *known = TRUE;
  return (GPOINTER_TO_INT (value) != 0) != (negation != NULL && *negation != '\0');
}

typedef struct
{
  gboolean known;   /* some branch's condition was known */
  gboolean taken;   /* a known branch was taken */
  gboolean active;  /* the current branch is read */
} Branch;

static void
scan_folder (Scan       *scan,
             const char *dir)
{
  g_autoptr(GRegex) dependency = g_regex_new ("(?<![A-Za-z0-9_])(dependency|find_library)\\s*\\(\\s*'([^']+)'", 0, 0, NULL);
  g_autoptr(GRegex) subdir = g_regex_new ("(?<![A-Za-z0-9_])subdir\\s*\\(\\s*'([^']+)'", 0, 0, NULL);
  g_autofree char *path = g_build_filename (dir, "meson.build", NULL);
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GArray) branches = g_array_new (FALSE, FALSE, sizeof (Branch));

  if (!g_file_get_contents (path, &contents, NULL, NULL))
    {
      g_ptr_array_add (scan->problems, g_strdup_printf ("%s: cannot be read", path));
      return;
    }
  g_ptr_array_add (scan->dirs, g_strdup (dir));

  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autofree char *line = strip_comment (lines[i]);
      const char *text = line;
      gboolean active = TRUE;
      g_autoptr(GMatchInfo) match = NULL;

      while (g_ascii_isspace (*text))
        text++;

      if (g_str_has_prefix (text, "if ") || g_str_has_prefix (text, "elif "))
        {
          gboolean elif = text[0] == 'e';
          gboolean known;
          gboolean value = condition_value (scan, text + (elif ? 5 : 3), &known);
          Branch branch = { known, known && value, known ? value : TRUE };

          if (elif && branches->len > 0)
            {
              Branch *last = &g_array_index (branches, Branch, branches->len - 1);

              last->active = last->taken ? FALSE : branch.active;
              last->known = last->known || known;
              last->taken = last->taken || branch.taken;
            }
          else if (!elif)
            g_array_append_val (branches, branch);
          continue;
        }
      if (g_str_has_prefix (text, "else") && branches->len > 0)
        {
          Branch *last = &g_array_index (branches, Branch, branches->len - 1);

          last->active = last->known ? !last->taken : TRUE;
          continue;
        }
      if (g_str_has_prefix (text, "endif") && branches->len > 0)
        {
          g_array_set_size (branches, branches->len - 1);
          continue;
        }

      for (guint b = 0; b < branches->len; b++)
        active = active && g_array_index (branches, Branch, b).active;
      if (!active)
        continue;

      g_regex_match (dependency, text, 0, &match);
      while (g_match_info_matches (match))
        {
          char *name = g_match_info_fetch (match, 2);

          if (!g_hash_table_contains (scan->needed, name))
            g_hash_table_insert (scan->needed, name, g_strdup (path));
          else
            g_free (name);
          g_match_info_next (match, NULL);
        }
      g_clear_pointer (&match, g_match_info_unref);

      g_regex_match (subdir, text, 0, &match);
      while (g_match_info_matches (match))
        {
          g_autofree char *name = g_match_info_fetch (match, 1);
          g_autofree char *child = g_build_filename (dir, name, NULL);

          scan_folder (scan, child);
          g_match_info_next (match, NULL);
        }
    }
}

/* The boolean options of meson_options.txt with their defaults, then as the phoenix module's
 * config-opts set them. */
static GHashTable *
flatpak_options (const char *source_dir,
                 JsonObject *phoenix)
{
  g_autoptr(GRegex) option = g_regex_new ("option\\s*\\(\\s*'([^']+)'\\s*,\\s*type\\s*:\\s*'boolean'\\s*,"
                                          "\\s*value\\s*:\\s*(true|false)", 0, 0, NULL);
  g_autoptr(GRegex) config_opt = g_regex_new ("^-D([A-Za-z0-9_-]+)=(true|false)$", 0, 0, NULL);
  g_autofree char *path = g_build_filename (source_dir, "meson_options.txt", NULL);
  g_autofree char *contents = NULL;
  GHashTable *options = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  JsonArray *opts = phoenix != NULL ? member_array (phoenix, "config-opts") : NULL;

  if (g_file_get_contents (path, &contents, NULL, NULL))
    {
      g_regex_match (option, contents, 0, &match);
      while (g_match_info_matches (match))
        {
          g_autofree char *value = g_match_info_fetch (match, 2);

          g_hash_table_insert (options, g_match_info_fetch (match, 1), GINT_TO_POINTER (g_str_equal (value, "true")));
          g_match_info_next (match, NULL);
        }
    }

  for (guint i = 0; opts != NULL && i < json_array_get_length (opts); i++)
    {
      g_autoptr(GMatchInfo) opt_match = NULL;
      const char *opt = json_node_get_string (json_array_get_element (opts, i));

      if (opt != NULL && g_regex_match (config_opt, opt, 0, &opt_match))
        {
          g_autofree char *value = g_match_info_fetch (opt_match, 2);

          g_hash_table_insert (options, g_match_info_fetch (opt_match, 1), GINT_TO_POINTER (g_str_equal (value, "true")));
        }
    }

  return options;
}

/* Scans the meson.build files from @source_dir's, following subdir(); with @manifest_root, the
 * branches the Flatpak's options leave out are skipped, else every branch is read. */
static void
scan_build (Scan       *scan,
            const char *source_dir,
            JsonObject *manifest_root)
{
  scan->needed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  scan->dirs = g_ptr_array_new_with_free_func (g_free);
  scan->problems = g_ptr_array_new_with_free_func (g_free);
  if (manifest_root != NULL)
    {
      g_autoptr(GPtrArray) modules = g_ptr_array_new ();
      JsonObject *phoenix = NULL;

      collect_modules (member_array (manifest_root, "modules"), modules);
      for (guint i = 0; i < modules->len; i++)
        if (g_strcmp0 (member_string (modules->pdata[i], "name"), "phoenix") == 0)
          phoenix = modules->pdata[i];
      scan->options = flatpak_options (source_dir, phoenix);
    }
  scan_folder (scan, source_dir);
}

/* Whether the module has a source pinned by a checksum or a commit. */
static gboolean
module_is_pinned (JsonObject *module)
{
  JsonArray *sources = member_array (module, "sources");

  for (guint i = 0; sources != NULL && i < json_array_get_length (sources); i++)
    {
      JsonObject *source;

      if (!JSON_NODE_HOLDS_OBJECT (json_array_get_element (sources, i)))
        continue;
      source = json_array_get_object_element (sources, i);
      if (is_sha256 (member_string (source, "sha256")) || member_string (source, "commit") != NULL)
        return TRUE;
    }
  return FALSE;
}

static const Library *
find_library (const char *name)
{
  for (gsize i = 0; i < G_N_ELEMENTS (libraries); i++)
    {
      if (g_str_equal (libraries[i].name, name))
        return &libraries[i];
    }
  return NULL;
}

/* What is wrong between the build under @source_dir and the manifest: each a sentence. */
static GPtrArray *
check_libraries (const char *source_dir,
                 JsonObject *manifest_root)
{
  Scan scan = { NULL, };
  GPtrArray *problems = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GList) names = NULL;
  int phoenix_position = build_position_in (manifest_root, "phoenix");

  scan_build (&scan, source_dir, manifest_root);
  for (guint i = 0; i < scan.problems->len; i++)
    g_ptr_array_add (problems, g_strdup (scan.problems->pdata[i]));

  names = g_list_sort (g_hash_table_get_keys (scan.needed), (GCompareFunc) g_strcmp0);
  for (GList *l = names; l != NULL; l = l->next)
    {
      const char *name = l->data;
      const char *asked_in = g_hash_table_lookup (scan.needed, name);
      const Library *library = find_library (name);
      JsonObject *module;

      if (library == NULL)
        {
          g_ptr_array_add (problems,
                           g_strdup_printf ("%s asks for the library '%s', which the Flatpak neither has in its "
                                            "runtime nor builds: add a pinned module to the manifest (or check "
                                            "that the runtime has it) and say which in libraries[]", asked_in, name));
          continue;
        }
      if (library->module == NULL)
        continue;

      module = find_module_in (manifest_root, library->module);
      if (module == NULL)
        g_ptr_array_add (problems,
                         g_strdup_printf ("%s asks for '%s', built by the module '%s', which the manifest lacks",
                                          asked_in, name, library->module));
      else if (build_position_in (manifest_root, library->module) > phoenix_position)
        g_ptr_array_add (problems, g_strdup_printf ("the module '%s' is built after phoenix", library->module));
      else if (!module_is_pinned (module))
        g_ptr_array_add (problems, g_strdup_printf ("the module '%s' has no source pinned by a sha256 or a commit",
                                                    library->module));
    }

  scan_clear (&scan);
  return problems;
}

static void
fail_with_problems (GPtrArray *problems)
{
  for (guint i = 0; i < problems->len; i++)
    g_test_fail_printf ("%s", (const char *) problems->pdata[i]);
}

static void
test_libraries (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autoptr(GPtrArray) problems = NULL;

  REQUIRE_ROOT (fixture);

  problems = check_libraries (fixture->source_dir, fixture->root);
  fail_with_problems (problems);
}

/* Every manifest module but phoenix builds a library of libraries[] or is a helper module. */
static void
test_modules_accounted (Fixture       *fixture,
                        gconstpointer  user_data)
{
  g_autoptr(GPtrArray) modules = NULL;

  REQUIRE_ROOT (fixture);

  modules = all_modules (fixture);
  for (guint i = 0; i < modules->len; i++)
    {
      const char *name = member_string (modules->pdata[i], "name");
      gboolean accounted = g_strcmp0 (name, "phoenix") == 0;

      for (gsize j = 0; !accounted && j < G_N_ELEMENTS (libraries); j++)
        accounted = g_strcmp0 (libraries[j].module, name) == 0;
      for (gsize j = 0; !accounted && j < G_N_ELEMENTS (helper_modules); j++)
        accounted = g_strcmp0 (helper_modules[j], name) == 0;
      if (!accounted)
        g_test_fail_printf ("the module '%s' builds nothing libraries[] or helper_modules[] names", name);
    }
}

/* The scan finds every library meson itself found in this build (a dependency() the scan could
 * not read would otherwise escape the check above). */
static void
test_libraries_meson_resolved (Fixture       *fixture,
                               gconstpointer  user_data)
{
  const char *build_dir = g_getenv ("PHOENIX_BUILD_DIR");
  g_autofree char *intro = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  Scan scan = { NULL, };
  JsonArray *dependencies;
  guint n_checked = 0;

  if (build_dir == NULL)
    {
      g_test_skip ("PHOENIX_BUILD_DIR is not set (run through meson test)");
      return;
    }
  intro = g_build_filename (build_dir, "meson-info", "intro-dependencies.json", NULL);
  if (!json_parser_load_from_file (parser, intro, &error))
    {
      g_test_fail_printf ("%s: %s", intro, error->message);
      return;
    }

  scan_build (&scan, fixture->source_dir, NULL);
  dependencies = json_node_get_array (json_parser_get_root (parser));
  for (guint i = 0; i < json_array_get_length (dependencies); i++)
    {
      const char *name = member_string (json_array_get_object_element (dependencies, i), "name");

      if (name == NULL)
        continue;
      n_checked++;
      if (!g_hash_table_contains (scan.needed, name))
        g_test_fail_printf ("meson found the library '%s', but no dependency('%s') was read in the meson.build "
                            "files: the manifest test cannot see it", name, name);
    }
  g_assert_cmpuint (n_checked, >=, 10);
  scan_clear (&scan);
}

static void
write_file (const char *dir,
            const char *name,
            const char *contents)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autofree char *parent = g_path_get_dirname (path);

  g_assert_cmpint (g_mkdir_with_parents (parent, 0700), ==, 0);
  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
}

static gboolean
problems_mention (GPtrArray  *problems,
                  const char *text)
{
  for (guint i = 0; i < problems->len; i++)
    {
      if (strstr (problems->pdata[i], text) != NULL)
        return TRUE;
    }
  return FALSE;
}

/* The check fails on a library a build asks for and the manifest lacks, and follows the
 * Flatpak's options: a library behind an option the manifest turns off is not asked for. */
static void
test_libraries_check_fails (void)
{
  g_autofree char *dir = phoenix_test_make_tmp_dir ("phoenix-manifest-XXXXXX");
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GPtrArray) off = NULL;
  g_autoptr(GPtrArray) on = NULL;
#define MANIFEST(server) \
  "{ \"modules\": [ { \"name\": \"libgsf\", \"sources\": [ { \"type\": \"archive\", \"url\": \"https://x/libgsf-1.14.53.tar.xz\"," \
  "  \"sha256\": \"0eb59a86e0c50f97ac9cfe4d8cc1969f623f2ae8c5296f2414571ff0a9e8bcba\" } ] }," \
  "  { \"name\": \"phoenix\", \"config-opts\": [ \"-Dserver=" server "\" ] } ] }"
  const char *manifest_off = MANIFEST ("false");
  const char *manifest_on = MANIFEST ("true");
#undef MANIFEST

  write_file (dir, "meson_options.txt", "option('server', type: 'boolean', value: true,\n  description: 'x')\n");
  write_file (dir, "meson.build",
              "project('x', 'c')\nglib = dependency('glib-2.0')  # dependency('commented-out')\n"
              "subdir('lib')\nif get_option('server')\n  subdir('server')\nelse\n  gsf = dependency('libgsf-1')\nendif\n");
  write_file (dir, "lib/meson.build", "lib_dep = declare_dependency(dependencies: [dependency('libfoo-9')])\n"
                                      "m = cc.find_library('m', required: false)\n");
  write_file (dir, "server/meson.build", "pq = dependency('libpq')\n");

  g_assert_true (json_parser_load_from_data (parser, manifest_off, -1, NULL));
  off = check_libraries (dir, json_node_get_object (json_parser_get_root (parser)));
  g_assert_true (problems_mention (off, "'libfoo-9'"));
  g_assert_false (problems_mention (off, "'libpq'"));
  g_assert_false (problems_mention (off, "commented-out"));
  g_assert_false (problems_mention (off, "'libgsf-1'"));
  g_assert_false (problems_mention (off, "'m'"));
  g_assert_cmpuint (off->len, ==, 1);

  g_assert_true (json_parser_load_from_data (parser, manifest_on, -1, NULL));
  on = check_libraries (dir, json_node_get_object (json_parser_get_root (parser)));
  g_assert_true (problems_mention (on, "'libfoo-9'"));
  g_assert_true (problems_mention (on, "'libpq'"));
  g_assert_cmpuint (on->len, ==, 2);

  phoenix_test_remove_tree (dir);
}

/* Permissions ------------------------------------------------------------- */

/* Every finish-arg the manifest may grant, and what in the sources shows it is needed. */
typedef struct
{
  const char *arg;
  const char *needed_by;  /* a text in the app's C sources; NULL: always needed */
} Permission;

static const Permission permissions[] = {
  { "--share=ipc", NULL },             /* X11's shared memory, with fallback-x11 */
  { "--socket=wayland", NULL },
  { "--socket=fallback-x11", NULL },   /* X11 only where there is no Wayland */
  { "--device=dri", NULL },            /* GTK's GL renderer */
  /* The local language model: a server on the user's own computer is outside the sandbox's
   * loopback; and the flywheel sync (#12) over HTTPS. */
  { "--share=network", "soup_session_new" },
  /* The vault locks on logind's PrepareForSleep and the screensaver's ActiveChanged (#14);
   * the D-Bus proxy only passes signals of names the app may talk to. */
  { "--system-talk-name=org.freedesktop.login1", "\"org.freedesktop.login1\"" },
  { "--talk-name=org.gnome.ScreenSaver", "\"ActiveChanged\"" },
  { "--talk-name=org.freedesktop.ScreenSaver", "\"ActiveChanged\"" },
};

/* The C sources of the folders under src/ that the Flatpak builds, as one string. */
static char *
app_sources (const char *source_dir,
             JsonObject *manifest_root)
{
  g_autofree char *src = g_build_filename (source_dir, "src", NULL);
  GString *all = g_string_new (NULL);
  Scan scan = { NULL, };

  scan_build (&scan, source_dir, manifest_root);
  for (guint i = 0; i < scan.dirs->len; i++)
    {
      const char *dir = scan.dirs->pdata[i];
      g_autoptr(GDir) listing = NULL;
      const char *name;

      if (!g_str_has_prefix (dir, src))
        continue;
      listing = g_dir_open (dir, 0, NULL);
      while (listing != NULL && (name = g_dir_read_name (listing)) != NULL)
        {
          g_autofree char *path = g_build_filename (dir, name, NULL);
          g_autofree char *contents = NULL;

          if ((g_str_has_suffix (name, ".c") || g_str_has_suffix (name, ".h")) &&
              g_file_get_contents (path, &contents, NULL, NULL))
            g_string_append (all, contents);
        }
    }
  scan_clear (&scan);
  return g_string_free (all, FALSE);
}

static void
test_finish_args_needed (Fixture       *fixture,
                         gconstpointer  user_data)
{
  g_autofree char *sources = NULL;
  JsonArray *args;

  REQUIRE_ROOT (fixture);

  args = member_array (fixture->root, "finish-args");
  g_assert_nonnull (args);
  sources = app_sources (fixture->source_dir, fixture->root);
  g_assert_nonnull (strstr (sources, "phoenix_application_new"));

  /* Nothing granted that the table does not explain. */
  for (guint i = 0; args != NULL && i < json_array_get_length (args); i++)
    {
      const char *arg = json_array_get_string_element (args, i);
      gboolean known = FALSE;

      for (gsize j = 0; j < G_N_ELEMENTS (permissions); j++)
        known = known || g_strcmp0 (permissions[j].arg, arg) == 0;
      if (!known)
        g_test_fail_printf ("finish-args grants %s, which permissions[] does not explain", arg);
    }

  /* Granted exactly when the code needs it. */
  for (gsize j = 0; j < G_N_ELEMENTS (permissions); j++)
    {
      gboolean needed = permissions[j].needed_by == NULL || strstr (sources, permissions[j].needed_by) != NULL;
      gboolean granted = array_has_string (args, permissions[j].arg);

      if (needed && !granted)
        g_test_fail_printf ("the code needs %s (it uses %s), which finish-args lacks", permissions[j].arg,
                            permissions[j].needed_by);
      else if (!needed && granted)
        g_test_fail_printf ("finish-args grants %s, but nothing in src/ uses %s", permissions[j].arg,
                            permissions[j].needed_by);
    }
}

/* Every D-Bus name the code spells out is either a portal's (no permission needed: files,
 * notifications) or one permissions[] grants. */
static void
test_finish_args_bus_names (Fixture       *fixture,
                            gconstpointer  user_data)
{
  g_autoptr(GRegex) bus_name = g_regex_new ("\"((org|com|net)\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_.-]+)\"", 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *sources = NULL;

  REQUIRE_ROOT (fixture);

  sources = app_sources (fixture->source_dir, fixture->root);
  g_regex_match (bus_name, sources, 0, &match);
  while (g_match_info_matches (match))
    {
      g_autofree char *name = g_match_info_fetch (match, 1);
      gboolean explained = g_str_has_prefix (name, "org.freedesktop.portal.");

      for (gsize j = 0; !explained && j < G_N_ELEMENTS (permissions); j++)
        {
          const char *granted = strchr (permissions[j].arg, '=');

          explained = granted != NULL && g_str_has_prefix (name, granted + 1);
        }
      if (!explained)
        g_test_fail_printf ("the code names the D-Bus name %s: add the permission it needs to permissions[] "
                            "and the manifest", name);
      g_match_info_next (match, NULL);
    }
}

static void
test_phoenix_last (Fixture       *fixture,
                   gconstpointer  user_data)
{
  JsonArray *modules;
  JsonNode *last;
  JsonObject *phoenix;
  JsonArray *sources;
  JsonObject *source;
  g_autofree char *manifest_dir = NULL;
  g_autofree char *source_dir = NULL;
  g_autofree char *meson_build = NULL;
  g_autofree char *contents = NULL;

  REQUIRE_ROOT (fixture);

  modules = member_array (fixture->root, "modules");
  g_assert_nonnull (modules);
  if (modules == NULL || json_array_get_length (modules) < 2)
    {
      g_test_fail_printf ("the manifest has fewer than 2 modules");
      return;
    }

  last = json_array_get_element (modules, json_array_get_length (modules) - 1);
  if (!JSON_NODE_HOLDS_OBJECT (last))
    {
      g_test_fail_printf ("the last module is not an inline object");
      return;
    }
  phoenix = json_node_get_object (last);
  g_assert_cmpstr (member_string (phoenix, "name"), ==, "phoenix");
  g_assert_cmpstr (member_string (phoenix, "buildsystem"), ==, "meson");
  /* The UI tests need a display, which flatpak-builder does not have. */
  g_assert_true (array_has_string (member_array (phoenix, "config-opts"), "-Dui_tests=false"));
  /* The app does not ship the phoenix-flywheel server, and the runtime has no libpq to build it. */
  g_assert_true (array_has_string (member_array (phoenix, "config-opts"), "-Dflywheel=false"));

  sources = member_array (phoenix, "sources");
  if (sources == NULL || json_array_get_length (sources) != 1 ||
      !JSON_NODE_HOLDS_OBJECT (json_array_get_element (sources, 0)))
    {
      g_test_fail_printf ("the phoenix module must have exactly one source, the repository folder");
      return;
    }
  source = json_array_get_object_element (sources, 0);
  g_assert_cmpstr (member_string (source, "type"), ==, "dir");
  g_assert_nonnull (member_string (source, "path"));
  if (member_string (source, "path") == NULL)
    return;

  /* The dir source is the repository itself, relative to the manifest. */
  manifest_dir = g_path_get_dirname (fixture->manifest_path);
  source_dir = g_build_filename (manifest_dir, member_string (source, "path"), NULL);
  meson_build = g_build_filename (source_dir, "meson.build", NULL);
  g_assert_true (g_file_get_contents (meson_build, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "project('phoenix'"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  /* One failed check must not hide the others. */
  g_test_set_nonfatal_assertions ();

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("/flatpak-manifest/parses", test_parses);
  ADD ("/flatpak-manifest/app-id", test_app_id);
  ADD ("/flatpak-manifest/runtime", test_runtime);
  ADD ("/flatpak-manifest/api-ceilings", test_api_ceilings);
  ADD ("/flatpak-manifest/command", test_command);
  ADD ("/flatpak-manifest/finish-args/display", test_finish_args_display);
  ADD ("/flatpak-manifest/finish-args/narrow", test_finish_args_narrow);
  ADD ("/flatpak-manifest/finish-args/needed", test_finish_args_needed);
  ADD ("/flatpak-manifest/finish-args/bus-names", test_finish_args_bus_names);
  ADD ("/flatpak-manifest/libraries", test_libraries);
  ADD ("/flatpak-manifest/libraries/meson-resolved", test_libraries_meson_resolved);
  ADD ("/flatpak-manifest/modules/accounted", test_modules_accounted);
  ADD ("/flatpak-manifest/sources/pinned", test_sources_pinned);
  ADD ("/flatpak-manifest/modules/sqlcipher", test_sqlcipher);
  ADD ("/flatpak-manifest/modules/argon2", test_argon2);
  ADD ("/flatpak-manifest/modules/seccomp", test_seccomp);
  ADD ("/flatpak-manifest/modules/poppler", test_poppler);
  ADD ("/flatpak-manifest/modules/stemmer", test_stemmer);
  ADD ("/flatpak-manifest/modules/gsf", test_gsf);
  ADD ("/flatpak-manifest/modules/phonenumber", test_phonenumber);
  ADD ("/flatpak-manifest/modules/phoenix-last", test_phoenix_last);

#undef ADD

  g_test_add_func ("/flatpak-manifest/libraries/check-fails", test_libraries_check_fails);

  return g_test_run ();
}
