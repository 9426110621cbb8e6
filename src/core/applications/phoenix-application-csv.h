/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/*
 * The applications as CSV (RFC 4180: comma separated, fields with a comma, a quote or a
 * new line quoted, CRLF line ends, UTF-8 with a byte-order mark so spreadsheets read the
 * accents). Columns: company, position, sector, channel, status, date sent, contact,
 * follow-up days, last change, letter draft, notes; the header in the UI's language, dates
 * YYYY-MM-DD in local time.
 */
char *phoenix_application_csv_export (GListModel *applications);

G_END_DECLS
