/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "phoenix-profile.h"

G_BEGIN_DECLS

/*
 * How JSON Resume maps to the profile: defined in phoenix-json-resume.c (with
 * the export), read by the import too (phoenix-json-resume-import.c). One
 * table drives both directions for the list sections: each JSON key maps to
 * one entry property, a string, an ISO 8601 date, an array of strings or
 * keywords joined with ", " (interests); "current" has no JSON key (derived
 * from the dates).
 */
typedef enum
{
  PHOENIX_JSON_FIELD_STRING,
  PHOENIX_JSON_FIELD_DATE,
  PHOENIX_JSON_FIELD_STRV,
  PHOENIX_JSON_FIELD_KEYWORDS,
} PhoenixJsonFieldKind;

typedef struct
{
  const char           *key;
  const char           *property;
  PhoenixJsonFieldKind  kind;
} PhoenixJsonField;

typedef struct
{
  const char        *key;
  GType            (*get_type)  (void);
  GListStore      *(*get_store) (PhoenixProfile *profile);
  PhoenixJsonField   fields[12];
  gboolean           has_current;  /* "current" property: start date and no end date */
} PhoenixJsonSection;

#define PHOENIX_JSON_RESUME_N_SECTIONS 11

extern const PhoenixJsonSection _phoenix_json_resume_sections[PHOENIX_JSON_RESUME_N_SECTIONS];
/* basics members with a home in the profile (the rest goes to json-resume-extra), NULL-terminated. */
extern const char * const _phoenix_json_resume_basics_keys[];
/* basics.location members with a home in the profile, NULL-terminated. */
extern const char * const _phoenix_json_resume_location_keys[];

G_END_DECLS
