/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-flatpak-manifest"

/* Structure of flatpak/io.github.phoenixecosystem.Phoenix.json. Runtimes cannot
 * be downloaded on the test machines, so instead of building the Flatpak this
 * checks what the manifest promises: the right runtime, narrow permissions,
 * pinned and checksummed sources, SQLCipher 4, Poppler (without Qt) and the
 * Snowball stemmers built before Phoenix, and Phoenix itself built last. */

#include <json-glib/json-glib.h>
#include <string.h>

#define APP_ID "io.github.phoenixecosystem.Phoenix"

typedef struct
{
  char       *manifest_path;
  JsonParser *parser;
  JsonObject *root;   /* owned by parser; NULL when the file did not parse */
} Fixture;

static char *
find_manifest (void)
{
  const char *source_dir = g_getenv ("PHOENIX_SOURCE_DIR");

  if (source_dir == NULL)
    source_dir = SOURCE_ROOT;

  return g_build_filename (source_dir, "flatpak", APP_ID ".json", NULL);
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  JsonNode *node;

  fixture->manifest_path = find_manifest ();
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

/* Position of the module in build order, or -1 when it is missing. */
static int
build_position (Fixture    *fixture,
                const char *name)
{
  g_autoptr(GPtrArray) order = g_ptr_array_new ();

  collect_build_order (member_array (fixture->root, "modules"), order);
  for (guint i = 0; i < order->len; i++)
    {
      if (g_strcmp0 (member_string (order->pdata[i], "name"), name) == 0)
        return (int) i;
    }

  return -1;
}

static JsonObject *
find_module (Fixture    *fixture,
             const char *name)
{
  g_autoptr(GPtrArray) modules = all_modules (fixture);

  for (guint i = 0; i < modules->len; i++)
    {
      if (g_strcmp0 (member_string (modules->pdata[i], "name"), name) == 0)
        return modules->pdata[i];
    }

  return NULL;
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

  g_assert_cmpstr (member_string (fixture->root, "app-id"), ==, APP_ID);
  basename = g_path_get_basename (fixture->manifest_path);
  g_assert_true (g_str_has_prefix (basename, member_string (fixture->root, "app-id")));
}

static void
test_runtime (Fixture       *fixture,
              gconstpointer  user_data)
{
  REQUIRE_ROOT (fixture);

  /* GNOME 43 is GTK 4.8, libadwaita 1.2 and GLib 2.74, what the code targets. */
  g_assert_cmpstr (member_string (fixture->root, "runtime"), ==, "org.gnome.Platform");
  g_assert_cmpstr (member_string (fixture->root, "runtime-version"), ==, "43");
  g_assert_cmpstr (member_string (fixture->root, "sdk"), ==, "org.gnome.Sdk");
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

  /* The GNOME 43 runtime has no Poppler: the PDF import helper needs poppler-glib. */
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
   * GNOME 43 runtime does not ship. */
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
  ADD ("/flatpak-manifest/command", test_command);
  ADD ("/flatpak-manifest/finish-args/display", test_finish_args_display);
  ADD ("/flatpak-manifest/finish-args/narrow", test_finish_args_narrow);
  ADD ("/flatpak-manifest/sources/pinned", test_sources_pinned);
  ADD ("/flatpak-manifest/modules/sqlcipher", test_sqlcipher);
  ADD ("/flatpak-manifest/modules/argon2", test_argon2);
  ADD ("/flatpak-manifest/modules/poppler", test_poppler);
  ADD ("/flatpak-manifest/modules/stemmer", test_stemmer);
  ADD ("/flatpak-manifest/modules/gsf", test_gsf);
  ADD ("/flatpak-manifest/modules/phonenumber", test_phonenumber);
  ADD ("/flatpak-manifest/modules/phoenix-last", test_phoenix_last);

#undef ADD

  return g_test_run ();
}
