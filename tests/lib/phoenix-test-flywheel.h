/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <libsoup/soup.h>

G_BEGIN_DECLS

/*
 * phoenix-flywheel, the real executable, for the tests that talk to it on
 * 127.0.0.1 (tests/flywheel/test-flywheel.c, tests/sync/test-flywheel-client.c).
 *
 * phoenix_test_flywheel_start() runs @executable in @dir (its working folder,
 * where its stdout and stderr go, server-N.log and server-N.err) with
 * --port=0 --rate=0 --database @database, then @extra (a later option wins:
 * "--rate=5"), and waits up to 20 s for its first log line to say which port it
 * took; it fails the test with the server's stderr when it does not start. The
 * server dies with the test process even when an assertion aborts it first.
 */

typedef struct
{
  GSubprocess *process;
  guint        port;
  gboolean     https;     /* started with --tls-cert */
  char        *log_path;
  char        *err_path;
} PhoenixTestFlywheel;

PhoenixTestFlywheel *phoenix_test_flywheel_start    (const char          *executable,
                                                     const char          *dir,
                                                     const char          *database,
                                                     const char * const  *extra);
/* SIGTERM, then asserts a clean exit (status 0, no CRITICAL or WARNING on stderr); frees. NULL is fine. */
void                 phoenix_test_flywheel_stop     (PhoenixTestFlywheel *server);
/* Frees what is left once the test stopped the process its own way (no checks). */
void                 phoenix_test_flywheel_free     (PhoenixTestFlywheel *server);
/* "http://127.0.0.1:PORT@path" (https:// with TLS); @path may be "" */
char                *phoenix_test_flywheel_url      (PhoenixTestFlywheel *server,
                                                     const char          *path);
/* What the server wrote on stdout (its log) so far; "" when nothing. */
char                *phoenix_test_flywheel_read_log (PhoenixTestFlywheel *server);
/* phoenix_flywheel_contributions_stored from its /metrics, asked through @session. */
gint64               phoenix_test_flywheel_stored   (PhoenixTestFlywheel *server,
                                                     SoupSession         *session);

/*
 * With openssl, in @dir: a certificate authority of the test (ca.pem) and,
 * signed by it, a server certificate for @ip (subjectAltName IP:@ip) with its
 * key (server.pem, server-key.pem). Paths newly allocated.
 */
void                 phoenix_test_flywheel_make_tls (const char          *dir,
                                                     const char          *ip,
                                                     char               **ca,
                                                     char               **cert,
                                                     char               **key);

G_END_DECLS
