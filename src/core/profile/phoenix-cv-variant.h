/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "phoenix-profile.h"
#include "phoenix-vault.h"

G_BEGIN_DECLS

#define PHOENIX_TYPE_CV_VARIANT (phoenix_cv_variant_get_type ())
G_DECLARE_FINAL_TYPE (PhoenixCvVariant, phoenix_cv_variant, PHOENIX, CV_VARIANT, GObject)

/*
 * A tailored CV built from the one profile. It stores references (entry uids),
 * never copies, so editing the profile updates every variant.
 * Properties (strings "" when unset; notified only on change):
 *   "uid", "name", "headline" ("" = the profile's), "summary" ("" = the profile's),
 *   "language" ("fr" | "en"), "template" (a renderer template id), "paper" ("a4" | "letter")
 *   "sections" (GStrv): section ids in order; empty = the default order
 *   "show-photo" (boolean): the PDF shows the profile's photo (FALSE by default:
 *     applicant tracking systems often ignore or reject photos)
 *   its look: "accent" ("#rrggbb", "" = the template's colour), "font" (a font id of
 *     the renderer, "" = the template's), "spacing" ("compact" | "normal" | "roomy"),
 *     "fit-one-page" (boolean: the renderer shrinks text and gaps until one page holds it)
 * Section ids: "summary", "experience", "education", "projects", "volunteering",
 * "certifications", "awards", "publications", "skills", "languages", "interests",
 * "references". Per section, a variant either shows every entry (the default: new
 * entries appear) or an explicit ordered selection of entry uids (set_selection).
 */
PhoenixCvVariant   *phoenix_cv_variant_new            (const char *name);

/* The name stored for the CV made up for a new vault: shown translated into the language
 * of the moment (as "Mon CV", the French default of older vaults, is) until the user renames it. */
#define PHOENIX_CV_VARIANT_DEFAULT_NAME "My CV"

const char         *phoenix_cv_variant_get_uid        (PhoenixCvVariant *self);
const char         *phoenix_cv_variant_get_name       (PhoenixCvVariant *self);
void                phoenix_cv_variant_set_name       (PhoenixCvVariant *self, const char *name);
/* The name to show: the stored one, or the default CV's name translated now. */
const char         *phoenix_cv_variant_get_display_name (PhoenixCvVariant *self);
const char         *phoenix_cv_variant_get_headline   (PhoenixCvVariant *self);
void                phoenix_cv_variant_set_headline   (PhoenixCvVariant *self, const char *headline);
const char         *phoenix_cv_variant_get_summary    (PhoenixCvVariant *self);
void                phoenix_cv_variant_set_summary    (PhoenixCvVariant *self, const char *summary);
const char         *phoenix_cv_variant_get_language   (PhoenixCvVariant *self);
void                phoenix_cv_variant_set_language   (PhoenixCvVariant *self, const char *language);
const char         *phoenix_cv_variant_get_template   (PhoenixCvVariant *self);
void                phoenix_cv_variant_set_template   (PhoenixCvVariant *self, const char *template_id);
const char         *phoenix_cv_variant_get_paper      (PhoenixCvVariant *self);
void                phoenix_cv_variant_set_paper      (PhoenixCvVariant *self, const char *paper);
const char * const *phoenix_cv_variant_get_sections   (PhoenixCvVariant *self);
void                phoenix_cv_variant_set_sections   (PhoenixCvVariant *self, const char * const *sections);
gboolean            phoenix_cv_variant_get_show_photo (PhoenixCvVariant *self);
void                phoenix_cv_variant_set_show_photo (PhoenixCvVariant *self, gboolean show_photo);
const char         *phoenix_cv_variant_get_accent     (PhoenixCvVariant *self);
void                phoenix_cv_variant_set_accent     (PhoenixCvVariant *self, const char *accent);
const char         *phoenix_cv_variant_get_font       (PhoenixCvVariant *self);
void                phoenix_cv_variant_set_font       (PhoenixCvVariant *self, const char *font);
const char         *phoenix_cv_variant_get_spacing    (PhoenixCvVariant *self);
void                phoenix_cv_variant_set_spacing    (PhoenixCvVariant *self, const char *spacing);
gboolean            phoenix_cv_variant_get_fit_one_page (PhoenixCvVariant *self);
void                phoenix_cv_variant_set_fit_one_page (PhoenixCvVariant *self, gboolean fit_one_page);

/* NULL @uids: every entry of @section, in profile order (the default). Else only
 * these entries, in this order (uids not in the profile are skipped). Emits "changed". */
void                phoenix_cv_variant_set_selection  (PhoenixCvVariant   *self,
                                                       const char         *section,
                                                       const char * const *uids);
/* NULL when the section shows every entry. */
const char * const *phoenix_cv_variant_get_selection  (PhoenixCvVariant *self,
                                                       const char       *section);

/* A copy with a new uid and @name. */
PhoenixCvVariant   *phoenix_cv_variant_duplicate      (PhoenixCvVariant *self,
                                                       const char       *name);

/* A new profile holding what this variant shows: the same entry objects as
 * @profile (not copies), selected and ordered; headline and summary overridden
 * when the variant has its own. Resolve again after the profile changes. */
PhoenixProfile     *phoenix_cv_variant_resolve        (PhoenixCvVariant *self,
                                                       PhoenixProfile   *profile);

/* Vault I/O: every variant, in list order (a GListStore of PhoenixCvVariant). */
gboolean            phoenix_cv_variants_load          (GListStore    *variants,
                                                       PhoenixVault  *vault,
                                                       GError       **error);
gboolean            phoenix_cv_variants_save          (GListStore    *variants,
                                                       PhoenixVault  *vault,
                                                       GError       **error);

G_END_DECLS
