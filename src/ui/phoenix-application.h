/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once
#include <adwaita.h>
G_BEGIN_DECLS
#define PHOENIX_TYPE_APPLICATION (phoenix_application_get_type ())
G_DECLARE_FINAL_TYPE (PhoenixApplication, phoenix_application, PHOENIX, APPLICATION, AdwApplication)
PhoenixApplication *phoenix_application_new (const char *application_id, GApplicationFlags flags);
G_END_DECLS
