/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define PHOENIX_TYPE_SKILL (phoenix_skill_get_type ())
G_DECLARE_FINAL_TYPE (PhoenixSkill, phoenix_skill, PHOENIX, SKILL, GObject)

/*
 * A skill, optionally tied to an entry of the skills taxonomy.
 * Properties (strings are "" when unset, never NULL; setters take NULL as ""):
 *   "name" (string): as the user writes it
 *   "level" (string): free text, e.g. “expert”
 *   "category" (string): e.g. “Languages”, “Soft skills”
 *   "taxonomy-id" (string): ESCO/ROME id; "" when not matched
 *   "keywords" (GStrv): related tools or topics, one string each (stored one a line)
 *   "uid" (string): stable identifier a CV variant refers to; given by the profile when the entry
 *     joins one of its lists, kept by the vault
 * Each property is notified only when its value really changes.
 */
PhoenixSkill       *phoenix_skill_new             (void);
const char         *phoenix_skill_get_name        (PhoenixSkill *self);
void                phoenix_skill_set_name        (PhoenixSkill *self,
                                                   const char   *name);
const char         *phoenix_skill_get_level       (PhoenixSkill *self);
void                phoenix_skill_set_level       (PhoenixSkill *self,
                                                   const char   *level);
const char         *phoenix_skill_get_category    (PhoenixSkill *self);
void                phoenix_skill_set_category    (PhoenixSkill *self,
                                                   const char   *category);
const char         *phoenix_skill_get_taxonomy_id (PhoenixSkill *self);
void                phoenix_skill_set_taxonomy_id (PhoenixSkill *self,
                                                   const char   *taxonomy_id);
const char * const *phoenix_skill_get_keywords    (PhoenixSkill *self);
void                phoenix_skill_set_keywords    (PhoenixSkill       *self,
                                                   const char * const *keywords);
const char         *phoenix_skill_get_uid         (PhoenixSkill *self);
void                phoenix_skill_set_uid         (PhoenixSkill *self,
                                                   const char   *uid);

G_END_DECLS
