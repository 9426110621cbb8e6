/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-lazy-soup"

/*
 * libsoup 3, opened the first time a request is made (the local language model's client,
 * phoenix-llm-client.c, and the flywheel's, phoenix-flywheel-client.c): not linked, so neither
 * it nor what it pulls in (Kerberos, GSSAPI, nghttp2, libpsl, libidn2, SQLite) is mapped or
 * relocated at start (issue #18; phoenix-lazy-library.h). One stub a function the core calls.
 */

#include "config.h"

/* Everything but the library's own header first: only its declarations are made hidden. */
#include <gio/gio.h>

#include "phoenix-lazy-library.h"

#pragma GCC visibility push(hidden)
#include <libsoup/soup.h>
#pragma GCC visibility pop

static PhoenixLazyLibrary soup = { PHOENIX_SONAME_SOUP, NULL, NULL };

#pragma GCC visibility push(hidden)

PHOENIX_LAZY_FUNCTION (soup, GType, soup_session_get_type, (void), ())
PHOENIX_LAZY_PROCEDURE (soup, soup_session_send_async,
                        (SoupSession *session, SoupMessage *msg, int io_priority, GCancellable *cancellable,
                         GAsyncReadyCallback callback, gpointer user_data),
                        (session, msg, io_priority, cancellable, callback, user_data))
PHOENIX_LAZY_FUNCTION (soup, GInputStream *, soup_session_send_finish,
                       (SoupSession *session, GAsyncResult *result, GError **error), (session, result, error))
PHOENIX_LAZY_PROCEDURE (soup, soup_session_set_proxy_resolver,
                        (SoupSession *session, GProxyResolver *proxy_resolver), (session, proxy_resolver))
PHOENIX_LAZY_PROCEDURE (soup, soup_session_set_timeout, (SoupSession *session, guint timeout), (session, timeout))
PHOENIX_LAZY_PROCEDURE (soup, soup_session_set_tls_database, (SoupSession *session, GTlsDatabase *tls_database),
                        (session, tls_database))
PHOENIX_LAZY_FUNCTION (soup, SoupMessage *, soup_message_new_from_uri, (const char *method, GUri *uri),
                       (method, uri))
PHOENIX_LAZY_FUNCTION (soup, SoupStatus, soup_message_get_status, (SoupMessage *msg), (msg))
PHOENIX_LAZY_FUNCTION (soup, const char *, soup_message_get_reason_phrase, (SoupMessage *msg), (msg))
PHOENIX_LAZY_FUNCTION (soup, SoupMessageHeaders *, soup_message_get_request_headers, (SoupMessage *msg), (msg))
PHOENIX_LAZY_FUNCTION (soup, SoupMessageHeaders *, soup_message_get_response_headers, (SoupMessage *msg), (msg))
PHOENIX_LAZY_PROCEDURE (soup, soup_message_set_request_body_from_bytes,
                        (SoupMessage *msg, const char *content_type, GBytes *bytes), (msg, content_type, bytes))
PHOENIX_LAZY_PROCEDURE (soup, soup_message_headers_append,
                        (SoupMessageHeaders *hdrs, const char *name, const char *value), (hdrs, name, value))
PHOENIX_LAZY_PROCEDURE (soup, soup_message_headers_replace,
                        (SoupMessageHeaders *hdrs, const char *name, const char *value), (hdrs, name, value))
PHOENIX_LAZY_FUNCTION (soup, const char *, soup_message_headers_get_content_type,
                       (SoupMessageHeaders *hdrs, GHashTable **params), (hdrs, params))

/* Variadic: made as the library makes it, a GObject of its type with these properties. */
SoupSession *
soup_session_new_with_options (const char *optname1,
                               ...)
{
  SoupSession *session;
  va_list args;

  va_start (args, optname1);
  session = (SoupSession *) g_object_new_valist (soup_session_get_type (), optname1, args);
  va_end (args);
  return session;
}

#pragma GCC visibility pop
