/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * phoenix-flywheel, the real executable, on 127.0.0.1 (a free port), against
 * SQLite and, when $PHOENIX_TEST_POSTGRES_URL names a server
 * (tests/flywheel/with-postgres.sh starts one), against PostgreSQL: every
 * endpoint and error code, replacement and deletion, k-anonymity, de-noised
 * estimates, two servers sharing one database, hostile clients, a clean stop.
 */
#include "config.h"

#include <math.h>
#include <signal.h>
#include <string.h>
#include <sys/wait.h>

#include <json-glib/json-glib.h>
#include <libpq-fe.h>
#include <libsoup/soup.h>

#include "phoenix-contribution.h"
#include "phoenix-randomized-response.h"
#include "phoenix-taxonomy.h"
#include "phoenix-test-flywheel.h"
#include "phoenix-test-util.h"

#define TARGET "J1506"
#define OTHER_TARGET "K2204"

static PhoenixTaxonomy *taxonomy;
static char *skill_a;  /* two skills of TARGET */
static char *skill_b;

typedef PhoenixTestFlywheel Server;

typedef struct
{
  PhoenixTestDir  dir;
  char           *database;   /* SQLite path or PostgreSQL URL */
  char           *pg_name;    /* the PostgreSQL database made for this test */
  Server         *server;
  SoupSession    *session;
} Fixture;

/* Servers (tests/lib/phoenix-test-flywheel.c) */

static Server *
server_start (Fixture            *f,
              const char * const *extra)
{
  return phoenix_test_flywheel_start (FLYWHEEL_PATH, f->dir.dir, f->database, extra);
}

static void
server_stop (Server *s)
{
  phoenix_test_flywheel_stop (s);
}

/* PostgreSQL: a database of its own for each test. */

static void
pg_exec (const char *url,
         const char *sql)
{
  PGconn *conn = PQconnectdb (url);
  PGresult *result;

  g_assert_cmpint (PQstatus (conn), ==, CONNECTION_OK);
  result = PQexec (conn, sql);
  if (PQresultStatus (result) != PGRES_COMMAND_OK)
    g_error ("%s: %s", sql, PQerrorMessage (conn));
  PQclear (result);
  PQfinish (conn);
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  const char *backend = data;

  phoenix_test_dir_setup (&f->dir, NULL);
  /* Without a PostgreSQL (PHOENIX_SKIP_POSTGRES=1), the test skips itself: nothing to make. */
  if (g_str_equal (backend, "postgres") && g_getenv ("PHOENIX_TEST_POSTGRES_URL") == NULL)
    f->database = g_strdup ("");
  else if (g_str_equal (backend, "postgres"))
    {
      const char *url = g_getenv ("PHOENIX_TEST_POSTGRES_URL");
      g_autofree char *create = NULL;
      g_autofree char *random = g_uuid_string_random ();

      g_assert_nonnull (url);
      f->pg_name = g_strdup_printf ("flywheel_%.8s", random);
      create = g_strdup_printf ("CREATE DATABASE %s", f->pg_name);
      pg_exec (url, create);
      /* The URL ends with "/postgres": the same server, our database. */
      g_assert_true (g_str_has_suffix (url, "/postgres"));
      f->database = g_strdup_printf ("%.*s/%s", (int) (strlen (url) - strlen ("/postgres")), url, f->pg_name);
    }
  else
    f->database = g_build_filename (f->dir.dir, "flywheel.db", NULL);
  f->session = soup_session_new_with_options ("timeout", 60, NULL);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  server_stop (f->server);
  g_clear_object (&f->session);
  if (f->pg_name != NULL)
    {
      g_autofree char *drop = g_strdup_printf ("DROP DATABASE %s", f->pg_name);

      pg_exec (g_getenv ("PHOENIX_TEST_POSTGRES_URL"), drop);
    }
  g_free (f->pg_name);
  g_free (f->database);
  phoenix_test_dir_teardown (&f->dir, NULL);
}

static gboolean
skip_without_postgres (gconstpointer data)
{
  if (g_str_equal (data, "postgres") && g_getenv ("PHOENIX_TEST_POSTGRES_URL") == NULL)
    {
      g_test_skip ("PHOENIX_TEST_POSTGRES_URL is not set (tests/flywheel/with-postgres.sh sets it)");
      return TRUE;
    }
  return FALSE;
}

/* HTTP */

static guint
http_full (Fixture     *f,
           Server      *s,
           const char  *method,
           const char  *path,
           const char  *content_type,
           const char  *body,
           gsize        length,
           char       **response,
           char       **header_value,
           const char  *header)
{
  g_autofree char *url = g_strdup_printf ("http://127.0.0.1:%u%s", s->port, path);
  g_autoptr(SoupMessage) msg = soup_message_new (method, url);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (msg);
  if (body != NULL)
    {
      g_autoptr(GBytes) request = g_bytes_new (body, length);

      soup_message_set_request_body_from_bytes (msg, content_type, request);
    }
  bytes = soup_session_send_and_read (f->session, msg, NULL, &error);
  g_assert_no_error (error);
  if (response != NULL)
    *response = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  if (header_value != NULL)
    *header_value = g_strdup (soup_message_headers_get_one (soup_message_get_response_headers (msg), header));
  return soup_message_get_status (msg);
}

static guint
http (Fixture     *f,
      const char  *method,
      const char  *path,
      const char  *body,
      char       **response)
{
  return http_full (f, f->server, method, path, "application/json", body, body != NULL ? strlen (body) : 0,
                    response, NULL, NULL);
}

static JsonObject *
parse_object (const char *text)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, text, -1, &error);
  g_assert_no_error (error);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)));
  return json_object_ref (json_node_get_object (json_parser_get_root (parser)));
}

static gint64
stored (Fixture *f)
{
  return phoenix_test_flywheel_stored (f->server, f->session);
}

static JsonObject *
insights (Fixture    *f,
          const char *occupation)
{
  g_autofree char *path = g_strdup_printf ("/v1/insights?occupation=%s", occupation);
  g_autofree char *text = NULL;

  g_assert_cmpuint (http (f, "GET", path, NULL, &text), ==, 200);
  return parse_object (text);
}

static PhoenixContribution *
contribution (const char *target)
{
  PhoenixContribution *c = phoenix_contribution_new ();

  phoenix_contribution_set_target (c, target);
  phoenix_contribution_set_value (c, PHOENIX_CONTRIBUTION_YEARS, "5-9");
  phoenix_contribution_set_value (c, PHOENIX_CONTRIBUTION_EDUCATION, "bac+2");
  phoenix_contribution_set_value (c, PHOENIX_CONTRIBUTION_ATS, "60-79");
  phoenix_contribution_set_value (c, PHOENIX_CONTRIBUTION_SECTOR, "J");
  phoenix_contribution_set_value (c, PHOENIX_CONTRIBUTION_APPLICATIONS, "6-10");
  phoenix_contribution_set_value (c, PHOENIX_CONTRIBUTION_RESPONSES, "1-2");
  if (g_str_equal (target, TARGET))
    phoenix_contribution_add_to_set (c, PHOENIX_CONTRIBUTION_SKILLS, skill_a);
  phoenix_contribution_add_to_set (c, PHOENIX_CONTRIBUTION_TRAINING, "soins-urgence");
  return c;
}

static guint
post (Fixture             *f,
      Server              *s,
      PhoenixContribution *c)
{
  g_autofree char *json = phoenix_contribution_to_json (c);

  return http_full (f, s, "POST", "/v1/contributions", "application/json", json, strlen (json), NULL, NULL, NULL);
}

static gboolean
published (Fixture    *f,
           const char *occupation)
{
  g_autoptr(JsonObject) answer = insights (f, occupation);

  return json_object_get_boolean_member (answer, "published");
}

/* Tests */

static void
test_endpoints (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(PhoenixContribution) c = contribution (TARGET);
  g_autofree char *json = phoenix_contribution_to_json (c);
  g_autofree char *text = NULL;
  g_autofree char *metrics = NULL;
  g_autofree char *log = NULL;
  g_autoptr(JsonObject) answer = NULL;

  if (skip_without_postgres (data))
    return;
  f->server = server_start (f, NULL);

  g_assert_cmpuint (http (f, "GET", "/healthz", NULL, &text), ==, 200);
  g_assert_cmpstr (text, ==, "{\"status\":\"ok\"}");
  g_clear_pointer (&text, g_free);
  g_assert_cmpint (stored (f), ==, 0);

  g_assert_cmpuint (http (f, "POST", "/v1/contributions", json, &text), ==, 201);
  answer = parse_object (text);
  g_assert_cmpstr (json_object_get_string_member (answer, "status"), ==, "created");
  g_assert_cmpstr (json_object_get_string_member (answer, "install"), ==, phoenix_contribution_get_install (c));
  g_clear_pointer (&text, g_free);
  g_clear_pointer (&answer, json_object_unref);
  g_assert_cmpint (stored (f), ==, 1);

  /* The same install again replaces its contribution. */
  g_assert_cmpuint (http (f, "POST", "/v1/contributions", json, &text), ==, 200);
  answer = parse_object (text);
  g_assert_cmpstr (json_object_get_string_member (answer, "status"), ==, "replaced");
  g_assert_cmpint (stored (f), ==, 1);
  g_clear_pointer (&answer, json_object_unref);

  answer = insights (f, TARGET);
  g_assert_false (json_object_get_boolean_member (answer, "published"));
  g_assert_cmpint (json_object_get_int_member (answer, "k"), ==, 10);
  /* Under k, nothing about the occupation: not even how many contributed. */
  g_assert_false (json_object_has_member (answer, "contributors"));
  g_assert_false (json_object_has_member (answer, "distributions"));

  g_assert_cmpuint (http (f, "GET", "/metrics", NULL, &metrics), ==, 200);
  g_assert_nonnull (strstr (metrics, "phoenix_flywheel_requests_total{endpoint=\"contributions\",method=\"POST\",status=\"201\"} 1"));
  g_assert_nonnull (strstr (metrics, "phoenix_flywheel_request_duration_seconds_bucket{le=\"+Inf\"}"));
  g_assert_nonnull (strstr (metrics, "# TYPE phoenix_flywheel_request_duration_seconds histogram"));
  g_assert_nonnull (strstr (metrics, "phoenix_flywheel_errors_total 0"));

  /* One log line a request, without the install id. */
  log = phoenix_test_flywheel_read_log (f->server);
  g_assert_nonnull (strstr (log, " POST /v1/contributions 201 "));
  g_assert_nonnull (strstr (log, " GET /healthz 200 "));
  g_assert_null (strstr (log, phoenix_contribution_get_install (c)));
  g_assert_null (strstr (log, "127.0.0.1 "));
}

static void
test_errors (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(PhoenixContribution) c = contribution (TARGET);
  g_autofree char *json = phoenix_contribution_to_json (c);
  g_autofree char *big = g_strnfill (70 * 1024, ' ');
  g_autofree char *text = NULL;
  g_autofree char *allow = NULL;
  g_autoptr(JsonObject) answer = NULL;
  char *years;

  if (skip_without_postgres (data))
    return;
  f->server = server_start (f, NULL);

  g_assert_cmpuint (http (f, "POST", "/v1/contributions", "{\"schema\":", &text), ==, 400);
  answer = parse_object (text);
  g_assert_cmpstr (json_object_get_string_member (answer, "error"), ==, "malformed");
  g_clear_pointer (&answer, json_object_unref);
  g_clear_pointer (&text, g_free);

  years = strstr (json, "\"5-9\"");
  memcpy (years, "\"5-8\"", 5);
  g_assert_cmpuint (http (f, "POST", "/v1/contributions", json, &text), ==, 422);
  answer = parse_object (text);
  g_assert_cmpstr (json_object_get_string_member (answer, "error"), ==, "invalid");
  g_assert_cmpstr (json_object_get_string_member (answer, "field"), ==, "years");
  g_assert_nonnull (strstr (json_object_get_string_member (answer, "message"), "5-8"));
  g_clear_pointer (&answer, json_object_unref);
  g_clear_pointer (&text, g_free);
  memcpy (years, "\"5-9\"", 5);

  g_assert_cmpuint (http (f, "POST", "/v1/contributions", big, &text), ==, 413);
  g_clear_pointer (&text, g_free);
  g_assert_cmpuint (http_full (f, f->server, "POST", "/v1/contributions", "text/plain", json, strlen (json), &text,
                               NULL, NULL), ==, 415);
  g_clear_pointer (&text, g_free);
  g_assert_cmpuint (http_full (f, f->server, "POST", "/v1/contributions", "application/json; charset=latin1", json,
                               strlen (json), &text, NULL, NULL), ==, 415);
  g_clear_pointer (&text, g_free);
  g_assert_cmpuint (http (f, "GET", "/nothing", NULL, &text), ==, 404);
  g_clear_pointer (&text, g_free);
  g_assert_cmpuint (http_full (f, f->server, "GET", "/v1/contributions", NULL, NULL, 0, &text, &allow, "Allow"), ==, 405);
  g_assert_cmpstr (allow, ==, "POST");
  g_clear_pointer (&text, g_free);
  g_assert_cmpuint (http (f, "DELETE", "/v1/contributions/not-an-id", NULL, &text), ==, 400);
  g_clear_pointer (&text, g_free);
  g_assert_cmpuint (http (f, "DELETE", "/v1/contributions/0123456789abcdef0123456789abcdef", NULL, &text), ==, 404);
  g_clear_pointer (&text, g_free);
  g_assert_cmpuint (http (f, "GET", "/v1/insights", NULL, &text), ==, 400);
  g_clear_pointer (&text, g_free);
  g_assert_cmpuint (http (f, "GET", "/v1/insights?occupation=Z9999", NULL, &text), ==, 400);
  answer = parse_object (text);
  g_assert_cmpstr (json_object_get_string_member (answer, "error"), ==, "unknown-occupation");

  /* Nothing wrong was stored, and the charset-less JSON is fine. */
  g_assert_cmpint (stored (f), ==, 0);
  g_assert_cmpuint (http (f, "POST", "/v1/contributions", json, NULL), ==, 201);
  g_assert_cmpint (stored (f), ==, 1);
}

static void
test_k_anonymity (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GPtrArray) installs = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(JsonObject) answer = NULL;
  g_autofree char *path = NULL;

  if (skip_without_postgres (data))
    return;
  f->server = server_start (f, NULL);

  for (guint i = 0; i < 9; i++)
    {
      g_ptr_array_add (installs, contribution (TARGET));
      g_assert_cmpuint (post (f, f->server, g_ptr_array_index (installs, i)), ==, 201);
    }
  g_assert_false (published (f, TARGET));

  g_ptr_array_add (installs, contribution (TARGET));
  g_assert_cmpuint (post (f, f->server, g_ptr_array_index (installs, 9)), ==, 201);
  answer = insights (f, TARGET);
  g_assert_true (json_object_get_boolean_member (answer, "published"));
  g_assert_cmpstr (json_object_get_string_member (answer, "contributors"), ==, "10-19");
  g_assert_true (json_object_has_member (answer, "success_model"));
  g_assert_true (json_object_has_member (answer, "skills"));

  /* One install leaves: 9 again, nothing published. */
  path = g_strdup_printf ("/v1/contributions/%s", phoenix_contribution_get_install (g_ptr_array_index (installs, 0)));
  g_assert_cmpuint (http (f, "DELETE", path, NULL, NULL), ==, 204);
  g_assert_cmpuint (http (f, "DELETE", path, NULL, NULL), ==, 404);
  g_assert_false (published (f, TARGET));
  g_assert_cmpint (stored (f), ==, 9);
}

static void
test_replacement (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GPtrArray) installs = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(PhoenixContribution) moved = contribution (OTHER_TARGET);
  g_autofree char *path = NULL;

  if (skip_without_postgres (data))
    return;
  f->server = server_start (f, NULL);

  for (guint i = 0; i < 10; i++)
    {
      g_ptr_array_add (installs, contribution (TARGET));
      g_assert_cmpuint (post (f, f->server, g_ptr_array_index (installs, i)), ==, 201);
    }
  g_assert_true (published (f, TARGET));

  /* One install changes target: its earlier contribution no longer counts for TARGET. */
  phoenix_contribution_set_install (moved, phoenix_contribution_get_install (g_ptr_array_index (installs, 0)));
  g_assert_cmpuint (post (f, f->server, moved), ==, 200);
  g_assert_false (published (f, TARGET));
  g_assert_cmpint (stored (f), ==, 10);

  /* Nine more on OTHER_TARGET publish it; deleting the moved one unpublishes it again. */
  for (guint i = 0; i < 9; i++)
    {
      g_autoptr(PhoenixContribution) c = contribution (OTHER_TARGET);

      g_assert_cmpuint (post (f, f->server, c), ==, 201);
    }
  g_assert_true (published (f, OTHER_TARGET));
  path = g_strdup_printf ("/v1/contributions/%s", phoenix_contribution_get_install (moved));
  g_assert_cmpuint (http (f, "DELETE", path, NULL, NULL), ==, 204);
  g_assert_false (published (f, OTHER_TARGET));
  g_assert_cmpint (stored (f), ==, 18);
}

static double
member_share (JsonObject *answer,
              const char *group,
              const char *field,
              const char *value)
{
  JsonObject *object = json_object_get_object_member (json_object_get_object_member (answer, group), field);

  return json_object_has_member (object, value) ? json_object_get_double_member (object, value) : 0.0;
}

static double
skill_share (JsonObject *answer,
             const char *id)
{
  JsonArray *skills = json_object_get_array_member (answer, "skills");

  for (guint i = 0; i < json_array_get_length (skills); i++)
    {
      JsonObject *skill = json_array_get_object_element (skills, i);

      if (g_str_equal (json_object_get_string_member (skill, "id"), id))
        return json_object_get_double_member (skill, "share");
    }
  return 0.0;
}

/*
 * 600 installs with a known truth, each randomised by the core as the app
 * does: the published, de-noised figures come back within a few standard
 * deviations of the truth (fixed seed, so the run is repeatable).
 */
static void
test_denoised (Fixture       *f,
               gconstpointer  data)
{
  const guint n = 600;
  g_autoptr(GRand) rand = g_rand_new_with_seed (2024);
  const char * const catalogue[] = { "soins-urgence", "module-b", NULL };
  g_autoptr(JsonObject) answer = NULL;
  guint hired = 0, years_2_4 = 0;
  double estimate;

  if (skip_without_postgres (data))
    return;
  f->server = server_start (f, (const char * const[]) { "--rate=0", NULL });

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PhoenixContribution) truth = contribution (TARGET);
      g_autoptr(PhoenixContribution) noisy = NULL;
      gboolean is_hired = i % 10 < 3;              /* 30 % hired */
      gboolean few_years = i % 4 == 0;             /* 25 % with 2-4 years, the rest 5-9 */

      phoenix_contribution_set_value (truth, PHOENIX_CONTRIBUTION_OUTCOME, is_hired ? "hired" : "in-progress");
      if (few_years)
        phoenix_contribution_set_value (truth, PHOENIX_CONTRIBUTION_YEARS, "2-4");
      hired += is_hired;
      years_2_4 += few_years;
      noisy = phoenix_contribution_randomize (truth, taxonomy, catalogue, rand);
      g_assert_cmpuint (post (f, f->server, noisy), ==, 201);
    }

  answer = insights (f, TARGET);
  g_assert_true (json_object_get_boolean_member (answer, "published"));
  g_assert_cmpstr (json_object_get_string_member (answer, "contributors"), ==, "500-999");
  g_assert_cmpfloat (json_object_get_double_member (answer, "epsilon"), ==, PHOENIX_RR_EPSILON);

  /* Standard deviations at n = 600: about 0.02 for a 3-valued field, 0.04 for a set bit. */
  estimate = member_share (answer, "distributions", "outcome", "hired");
  g_test_message ("hired: truth %.3f, published %.3f", (double) hired / n, estimate);
  g_assert_cmpfloat (fabs (estimate - (double) hired / n), <, 0.08);
  estimate = member_share (answer, "distributions", "years", "2-4");
  g_test_message ("years 2-4: truth %.3f, published %.3f", (double) years_2_4 / n, estimate);
  g_assert_cmpfloat (fabs (estimate - (double) years_2_4 / n), <, 0.08);
  /* Every install holds skill a, none skill b; after noise each was reported by ~73 % and ~27 %. */
  estimate = skill_share (answer, skill_a);
  g_test_message ("skill a: truth 1, published %.3f", estimate);
  g_assert_cmpfloat (estimate, >, 0.85);
  g_test_message ("skill b: truth 0, published %.3f", skill_share (answer, skill_b));
  g_assert_cmpfloat (skill_share (answer, skill_b), <, 0.15);
  /* Sector J: every install reported 6-10 applications (mean 8), 1-2 responses (1.5). */
  {
    JsonArray *sectors = json_object_get_array_member (answer, "sectors");
    JsonObject *sector;

    g_assert_cmpuint (json_array_get_length (sectors), ==, 1);
    sector = json_array_get_object_element (sectors, 0);
    g_assert_cmpstr (json_object_get_string_member (sector, "sector"), ==, "J");
    g_test_message ("applications: truth 8, published %.2f", json_object_get_double_member (sector, "applications"));
    g_assert_cmpfloat (fabs (json_object_get_double_member (sector, "applications") - 8.0), <, 1.5);
    g_test_message ("response rate: truth %.3f, published %.3f", 1.5 / 8,
                    json_object_get_double_member (sector, "response_rate"));
    g_assert_cmpfloat (fabs (json_object_get_double_member (sector, "response_rate") - 1.5 / 8), <, 0.1);
  }
  /* Hired installs had higher odds in no input here: the model's weights stay small. */
  g_assert_true (json_object_has_member (json_object_get_object_member (answer, "success_model"), "intercept"));
}

static void
test_two_servers (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (5);
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  Server *other;

  if (skip_without_postgres (data))
    return;
  f->server = server_start (f, (const char * const[]) { "--rate=0", NULL });
  other = server_start (f, (const char * const[]) { "--rate=0", NULL });
  g_assert_cmpuint (other->port, !=, f->server->port);

  /* Installs alternate between the servers; some replace theirs through the other one. */
  for (guint i = 0; i < 40; i++)
    {
      g_autoptr(PhoenixContribution) truth = contribution (TARGET);
      g_autoptr(PhoenixContribution) noisy = phoenix_contribution_randomize (truth, taxonomy, NULL, rand);

      g_assert_cmpuint (post (f, i % 2 ? other : f->server, noisy), ==, 201);
      if (i % 5 == 0)
        g_assert_cmpuint (post (f, i % 2 ? f->server : other, noisy), ==, 200);
    }

  g_assert_cmpuint (http_full (f, f->server, "GET", "/v1/insights?occupation=" TARGET, NULL, NULL, 0, &first, NULL,
                               NULL), ==, 200);
  g_assert_cmpuint (http_full (f, other, "GET", "/v1/insights?occupation=" TARGET, NULL, NULL, 0, &second, NULL,
                               NULL), ==, 200);
  g_assert_cmpstr (first, ==, second);
  g_assert_nonnull (strstr (first, "\"published\":true"));
  server_stop (other);
}

/* Raw sockets, for what an HTTP library would not send. */

static GSocketConnection *
connect_raw (Server *s)
{
  g_autoptr(GSocketClient) client = g_socket_client_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *host = g_strdup_printf ("127.0.0.1:%u", s->port);
  GSocketConnection *connection = g_socket_client_connect_to_host (client, host, 0, NULL, &error);

  g_assert_no_error (error);
  return connection;
}

static void
write_all (GSocketConnection *connection,
           const char        *data,
           gsize              length)
{
  g_autoptr(GError) error = NULL;

  g_output_stream_write_all (g_io_stream_get_output_stream (G_IO_STREAM (connection)), data, length, NULL, NULL,
                             &error);
  g_assert_no_error (error);
}

/* Reads until the server closes the connection (or 30 s pass); returns what came. */
static char *
read_to_end (GSocketConnection *connection)
{
  GInputStream *in = g_io_stream_get_input_stream (G_IO_STREAM (connection));
  g_autoptr(GString) text = g_string_new (NULL);
  char buffer[4096];

  g_socket_set_timeout (g_socket_connection_get_socket (connection), 30);
  for (;;)
    {
      gssize n = g_input_stream_read (in, buffer, sizeof buffer, NULL, NULL);

      if (n <= 0)
        break;
      g_string_append_len (text, buffer, n);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
test_hostile (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GString) deep = g_string_new (NULL);
  g_autofree char *huge = g_malloc (20 * 1024 * 1024);
  g_autofree char *text = NULL;
  guint limited = 0, malformed = 0;

  if (skip_without_postgres (data))
    return;
  f->server = server_start (f, (const char * const[]) { "--timeout=2", "--rate=5", NULL });

  for (guint i = 0; i < 5000; i++)
    g_string_append_c (deep, '[');
  g_assert_cmpuint (http (f, "POST", "/v1/contributions", deep->str, &text), ==, 400);
  g_clear_pointer (&text, g_free);
  g_assert_cmpuint (http (f, "POST", "/v1/contributions", "{\"schema\":1,\"install\":\"\xff\xfe\"}", &text), ==, 400);
  g_clear_pointer (&text, g_free);
  g_assert_cmpuint (http (f, "POST", "/v1/contributions", "{\"schema\":true}", &text), ==, 422);
  g_clear_pointer (&text, g_free);

  /* 20 MB, announced: 413, read and thrown away, the connection closed. */
  memset (huge, '{', 20 * 1024 * 1024);
  g_assert_cmpuint (http_full (f, f->server, "POST", "/v1/contributions", "application/json", huge,
                               20 * 1024 * 1024, &text, NULL, NULL), ==, 413);
  g_clear_pointer (&text, g_free);

  /* 20 MB in chunks, with no length announced: 413 once the cap is passed. */
  {
    g_autoptr(GSocketConnection) connection = connect_raw (f->server);
    const char *head = "POST /v1/contributions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                       "Transfer-Encoding: chunked\r\n\r\n";
    g_autofree char *chunk_head = g_strdup_printf ("%x\r\n", 1024 * 1024);
    g_autoptr(GError) error = NULL;
    g_autofree char *reply = NULL;

    write_all (connection, head, strlen (head));
    for (guint i = 0; i < 20; i++)
      {
        GOutputStream *out = g_io_stream_get_output_stream (G_IO_STREAM (connection));

        /* The server may close early: stop writing then. */
        if (!g_output_stream_write_all (out, chunk_head, strlen (chunk_head), NULL, NULL, &error) ||
            !g_output_stream_write_all (out, huge, 1024 * 1024, NULL, NULL, &error) ||
            !g_output_stream_write_all (out, "\r\n", 2, NULL, NULL, &error))
          break;
      }
    g_clear_error (&error);
    g_output_stream_write_all (g_io_stream_get_output_stream (G_IO_STREAM (connection)), "0\r\n\r\n", 5, NULL, NULL,
                               NULL);
    reply = read_to_end (connection);
    g_assert_true (g_str_has_prefix (reply, "HTTP/1.1 413"));
  }

  /* One byte a second: the server closes the connection at its deadline, and answers others meanwhile. */
  {
    g_autoptr(GSocketConnection) connection = connect_raw (f->server);
    const char *request = "POST /v1/contributions HTTP/1.1\r\nHost: x\r\n";
    GOutputStream *out = g_io_stream_get_output_stream (G_IO_STREAM (connection));
    gboolean closed = FALSE;

    for (guint i = 0; request[i] != '\0' && !closed; i++)
      {
        g_autoptr(GError) error = NULL;

        if (!g_output_stream_write_all (out, request + i, 1, NULL, NULL, &error))
          closed = TRUE;
        if (i == 1)
          g_assert_cmpuint (http (f, "GET", "/healthz", NULL, NULL), ==, 200);
        if (!closed)
          g_usleep (G_USEC_PER_SEC);
        /* Past the 2 s deadline the peer has shut the connection: a write fails or a read ends. */
        if (i >= 4)
          {
            g_autofree char *rest = read_to_end (connection);

            closed = TRUE;
            g_assert_cmpstr (rest, ==, "");
          }
      }
    g_assert_true (closed);
  }

  /* 10,000 requests from one address: most are refused with 429, none crashes anything. */
  for (guint i = 0; i < 10000; i++)
    {
      g_autofree char *retry = NULL;
      guint status = http_full (f, f->server, "POST", "/v1/contributions", "application/json", "{", 1, NULL, &retry,
                                "Retry-After");

      if (status == 429)
        {
          limited++;
          g_assert_nonnull (retry);
        }
      else
        {
          g_assert_cmpuint (status, ==, 400);
          malformed++;
        }
    }
  g_test_message ("10,000 requests: %u refused (429), %u read (400)", limited, malformed);
  g_assert_cmpuint (limited, >, 9000);
  g_assert_cmpuint (malformed, >=, 1);

  g_assert_cmpuint (http (f, "GET", "/healthz", NULL, NULL), ==, 200);
  g_assert_cmpint (stored (f), ==, 0);
}

/* SIGTERM or SIGINT while a request is in flight: it is finished, new connections are refused, then the server exits 0. */
static void
test_clean_stop (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(PhoenixContribution) c = contribution (TARGET);
  g_autofree char *json = phoenix_contribution_to_json (c);
  g_autofree char *head = g_strdup_printf ("POST /v1/contributions HTTP/1.1\r\nHost: x\r\nContent-Type: "
                                           "application/json\r\nContent-Length: %zu\r\n\r\n", strlen (json));
  g_autoptr(GSocketConnection) connection = NULL;
  g_autoptr(GSocketClient) client = g_socket_client_new ();
  g_autofree char *reply = NULL;
  g_autofree char *log = NULL;
  g_autofree char *host = NULL;
  g_autoptr(GError) error = NULL;
  Server *s;
  gboolean refused = FALSE;

  if (skip_without_postgres (data))
    return;
  s = server_start (f, NULL);
  host = g_strdup_printf ("127.0.0.1:%u", s->port);

  connection = connect_raw (s);
  write_all (connection, head, strlen (head));
  write_all (connection, json, 10);
  g_usleep (G_USEC_PER_SEC / 5);
  /* SIGINT (Ctrl+C) for one backend, SIGTERM (systemd) for the other: the same clean stop. */
  g_subprocess_send_signal (s->process, g_str_equal (data, "sqlite") ? SIGINT : SIGTERM);

  /* Wait until it stops accepting (the signal handled), within 10 s. */
  for (guint i = 0; i < 100 && !refused; i++)
    {
      g_autoptr(GSocketConnection) probe = g_socket_client_connect_to_host (client, host, 0, NULL, NULL);

      refused = probe == NULL;
      if (!refused)
        g_usleep (G_USEC_PER_SEC / 10);
    }
  g_assert_true (refused);
  /* Still running: it waits for the request in flight. */
  g_assert_nonnull (g_subprocess_get_identifier (s->process));

  write_all (connection, json + 10, strlen (json) - 10);
  reply = read_to_end (connection);
  g_assert_true (g_str_has_prefix (reply, "HTTP/1.1 201"));

  g_subprocess_wait (s->process, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_subprocess_get_exit_status (s->process), ==, 0);
  log = phoenix_test_flywheel_read_log (s);
  g_assert_nonnull (strstr (log, " POST /v1/contributions 201 "));

  phoenix_test_flywheel_free (s);

  /* It was stored: a new server on the same database counts it. */
  f->server = server_start (f, NULL);
  g_assert_cmpint (stored (f), ==, 1);
}

static void
test_restart (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  if (skip_without_postgres (data))
    return;
  f->server = server_start (f, NULL);
  for (guint i = 0; i < 10; i++)
    {
      g_autoptr(PhoenixContribution) c = contribution (TARGET);

      g_assert_cmpuint (post (f, f->server, c), ==, 201);
    }
  g_assert_cmpuint (http (f, "GET", "/v1/insights?occupation=" TARGET, NULL, &before), ==, 200);
  server_stop (f->server);

  /* The schema is already there: opening again migrates nothing and keeps everything. */
  f->server = server_start (f, NULL);
  g_assert_cmpuint (http (f, "GET", "/v1/insights?occupation=" TARGET, NULL, &after), ==, 200);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpint (stored (f), ==, 10);
}

/* HTTPS with a certificate the test's own authority signed: refused until that authority is trusted. */
static void
test_tls (Fixture       *f,
          gconstpointer  data)
{
  g_autofree char *ca = NULL;
  g_autofree char *cert = NULL;
  g_autofree char *key = NULL;
  g_autofree char *cert_arg = NULL;
  g_autofree char *key_arg = NULL;
  g_autofree char *url = NULL;
  g_autofree char *log = NULL;
  g_autoptr(GTlsDatabase) trusted = NULL;
  g_autoptr(GError) error = NULL;

  phoenix_test_flywheel_make_tls (f->dir.dir, "127.0.0.1", &ca, &cert, &key);
  cert_arg = g_strdup_printf ("--tls-cert=%s", cert);
  key_arg = g_strdup_printf ("--tls-key=%s", key);
  f->server = server_start (f, (const char * const[]) { cert_arg, key_arg, NULL });
  log = phoenix_test_flywheel_read_log (f->server);
  g_assert_nonnull (strstr (log, "https://"));
  url = phoenix_test_flywheel_url (f->server, "/healthz");

  {
    g_autoptr(SoupMessage) msg = soup_message_new ("GET", url);
    g_autoptr(GBytes) body = soup_session_send_and_read (f->session, msg, NULL, &error);

    g_assert_error (error, G_TLS_ERROR, G_TLS_ERROR_BAD_CERTIFICATE);
    g_clear_error (&error);
  }
  trusted = g_tls_file_database_new (ca, &error);
  g_assert_no_error (error);
  soup_session_set_tls_database (f->session, trusted);
  {
    g_autoptr(SoupMessage) msg = soup_message_new ("GET", url);
    g_autoptr(GBytes) body = soup_session_send_and_read (f->session, msg, NULL, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (soup_message_get_status (msg), ==, 200);
  }
  g_assert_cmpint (stored (f), ==, 0);
}

static void
test_command_line (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *missing = g_build_filename (f->dir.dir, "no", "such", "folder", "flywheel.db", NULL);
  g_autoptr(GError) error = NULL;
  int status = -1;

  {
    const char *argv[] = { FLYWHEEL_PATH, "--help", NULL };

    g_spawn_sync (NULL, (char **) argv, NULL, 0, NULL, NULL, &out, &err, &status, &error);
    g_assert_no_error (error);
    g_assert_true (g_spawn_check_wait_status (status, NULL));
    for (const char * const *option = (const char * const[]) { "--address", "--port", "--database", "--tls-cert",
                                                                "--tls-key", "--k", "--rate", "--timeout", NULL };
         *option != NULL; option++)
      g_assert_nonnull (strstr (out, *option));
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
  }
  {
    const char *argv[] = { FLYWHEEL_PATH, "--port=70000", NULL };

    g_spawn_sync (NULL, (char **) argv, NULL, 0, NULL, NULL, &out, &err, &status, &error);
    g_assert_no_error (error);
    g_assert_true (WIFEXITED (status) && WEXITSTATUS (status) == 2);
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
  }
  {
    const char *argv[] = { FLYWHEEL_PATH, "--database", missing, NULL };

    g_spawn_sync (NULL, (char **) argv, NULL, 0, NULL, NULL, &out, &err, &status, &error);
    g_assert_no_error (error);
    g_assert_true (WIFEXITED (status) && WEXITSTATUS (status) == 1);
    g_assert_nonnull (strstr (err, "cannot be opened"));
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
  }
  {
    /* Nothing listens on port 1: a clear error, no crash. */
    const char *argv[] = { FLYWHEEL_PATH, "--database", "postgresql://127.0.0.1:1/none?connect_timeout=5", NULL };

    g_spawn_sync (NULL, (char **) argv, NULL, 0, NULL, NULL, &out, &err, &status, &error);
    g_assert_no_error (error);
    g_assert_true (WIFEXITED (status) && WEXITSTATUS (status) == 1);
    g_assert_nonnull (strstr (err, "PostgreSQL"));
  }
}

static void
add (const char *name,
     const char *backend,
     void      (*func) (Fixture *, gconstpointer))
{
  g_autofree char *path = g_strdup_printf ("/flywheel/%s/%s", backend, name);

  g_test_add (path, Fixture, backend, fixture_setup, func, fixture_teardown);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *path = phoenix_taxonomy_get_default_path ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) links = NULL;
  guint index;

  g_test_init (&argc, &argv, NULL);
  signal (SIGPIPE, SIG_IGN);

  taxonomy = phoenix_taxonomy_new_from_file (path, &error);
  g_assert_no_error (error);
  g_assert_true (phoenix_taxonomy_lookup_occupation (taxonomy, TARGET, &index));
  links = phoenix_taxonomy_get_occupation_skills (taxonomy, index);
  skill_a = g_strdup (phoenix_taxonomy_get_skill_id (taxonomy, g_array_index (links, PhoenixOccupationSkill, 0).skill));
  skill_b = g_strdup (phoenix_taxonomy_get_skill_id (taxonomy, g_array_index (links, PhoenixOccupationSkill, 1).skill));

  for (const char * const *backend = (const char * const[]) { "sqlite", "postgres", NULL }; *backend; backend++)
    {
      add ("endpoints", *backend, test_endpoints);
      add ("errors", *backend, test_errors);
      add ("k-anonymity", *backend, test_k_anonymity);
      add ("replacement-and-deletion", *backend, test_replacement);
      add ("denoised-estimates", *backend, test_denoised);
      add ("restart", *backend, test_restart);
      add ("clean-stop", *backend, test_clean_stop);
    }
  add ("two-servers", "postgres", test_two_servers);
  add ("hostile-clients", "sqlite", test_hostile);
  add ("tls", "sqlite", test_tls);
  add ("command-line", "sqlite", test_command_line);

  return g_test_run ();
}
