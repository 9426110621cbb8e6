/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-cv-document"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <gdk-pixbuf/gdk-pixbuf.h>

#include "phoenix-cv-document-private.h"
#include "phoenix-photo.h"
#include "phoenix-profile-entries.h"

/*
 * Words printed on the CV are in the CV's language (the variant's), not in the
 * language of the user interface: a French user may send an English CV. So
 * they are not gettext messages but this table, French and English side by side.
 */
static const struct
{
  const char *en;
  const char *fr;
} section_titles[N_CV_SECTION_IDS] = {
  [CV_SECTION_ID_SUMMARY] = { "Profile", "Profil" },
  [CV_SECTION_ID_EXPERIENCE] = { "Experience", "Expérience professionnelle" },
  [CV_SECTION_ID_EDUCATION] = { "Education", "Formation" },
  [CV_SECTION_ID_PROJECTS] = { "Projects", "Projets" },
  [CV_SECTION_ID_VOLUNTEERING] = { "Volunteering", "Bénévolat" },
  [CV_SECTION_ID_CERTIFICATIONS] = { "Certifications", "Certifications" },
  [CV_SECTION_ID_AWARDS] = { "Awards", "Distinctions" },
  [CV_SECTION_ID_PUBLICATIONS] = { "Publications", "Publications" },
  [CV_SECTION_ID_SKILLS] = { "Skills", "Compétences" },
  [CV_SECTION_ID_LANGUAGES] = { "Languages", "Langues" },
  [CV_SECTION_ID_INTERESTS] = { "Interests", "Centres d’intérêt" },
  [CV_SECTION_ID_REFERENCES] = { "References", "Références" },
  [CV_SECTION_ID_LINKS] = { "Links", "Liens" },
};

static const char * const months_en[] = {
  "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
};
static const char * const months_fr[] = {
  "janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."
};

static const CvSectionId default_order[] = {
  CV_SECTION_ID_SUMMARY, CV_SECTION_ID_EXPERIENCE, CV_SECTION_ID_EDUCATION,
  CV_SECTION_ID_PROJECTS, CV_SECTION_ID_VOLUNTEERING, CV_SECTION_ID_CERTIFICATIONS,
  CV_SECTION_ID_AWARDS, CV_SECTION_ID_PUBLICATIONS, CV_SECTION_ID_SKILLS,
  CV_SECTION_ID_LANGUAGES, CV_SECTION_ID_INTERESTS, CV_SECTION_ID_REFERENCES,
};

static gboolean
is_french (const char *language)
{
  return g_strcmp0 (language, "fr") == 0;
}

const char *
_phoenix_cv_section_title (CvSectionId  id,
                           const char  *language)
{
  g_return_val_if_fail (id < N_CV_SECTION_IDS, "");

  return is_french (language) ? section_titles[id].fr : section_titles[id].en;
}

char *
_phoenix_cv_format_date (const char *iso,
                         const char *language)
{
  int year = 0, month = 0;

  if (iso == NULL || iso[0] == '\0')
    return g_strdup ("");

  if (sscanf (iso, "%4d-%2d", &year, &month) < 1 || year <= 0)
    return g_strdup (iso);
  if (month < 1 || month > 12)
    return g_strdup_printf ("%04d", year);

  return g_strdup_printf ("%s %04d", (is_french (language) ? months_fr : months_en)[month - 1], year);
}

char *
_phoenix_cv_format_range (const char *start,
                          const char *end,
                          gboolean    current,
                          const char *language)
{
  g_autofree char *from = _phoenix_cv_format_date (start, language);
  g_autofree char *to = NULL;

  if (current)
    to = g_strdup (is_french (language) ? "aujourd’hui" : "Present");
  else
    to = _phoenix_cv_format_date (end, language);

  if (from[0] == '\0')
    return g_steal_pointer (&to);
  if (to[0] == '\0' || g_str_equal (from, to))
    return g_steal_pointer (&from);

  return g_strdup_printf ("%s – %s", from, to);
}

static void
cv_doc_entry_free (gpointer data)
{
  CvDocEntry *entry = data;

  g_free (entry->title);
  g_free (entry->org);
  g_free (entry->dates);
  g_free (entry->location);
  g_free (entry->text);
  g_strfreev (entry->bullets);
  g_free (entry);
}

static void
cv_doc_section_free (gpointer data)
{
  CvDocSection *section = data;

  g_free (section->title);
  g_ptr_array_unref (section->entries);
  g_free (section);
}

static CvDocEntry *
entry_new (const char         *title,
           const char         *org,
           char               *dates,  /* taken */
           const char         *location,
           const char         *text,
           const char * const *bullets)
{
  CvDocEntry *entry = g_new0 (CvDocEntry, 1);
  static const char * const none[] = { NULL };

  entry->title = g_strstrip (g_strdup (title != NULL ? title : ""));
  entry->org = g_strstrip (g_strdup (org != NULL ? org : ""));
  entry->dates = dates != NULL ? dates : g_strdup ("");
  entry->location = g_strstrip (g_strdup (location != NULL ? location : ""));
  entry->text = g_strstrip (g_strdup (text != NULL ? text : ""));
  entry->bullets = g_strdupv ((char **) (bullets != NULL ? bullets : none));

  return entry;
}

static char *
join_nonempty (const char *separator,
               ...)
{
  GString *s = g_string_new (NULL);
  va_list args;
  const char *part;

  va_start (args, separator);
  while ((part = va_arg (args, const char *)) != NULL)
    {
      if (part[0] == '\0')
        continue;
      if (s->len > 0)
        g_string_append (s, separator);
      g_string_append (s, part);
    }
  va_end (args);

  return g_string_free (s, FALSE);
}

/* The editor stores skill levels in English (JSON Resume's usage): say them in the CV's language. */
static const char *
skill_level (const char *level,
             gboolean    fr)
{
  static const char * const levels[][2] = {
    { "Beginner", "débutant" }, { "Intermediate", "intermédiaire" }, { "Advanced", "avancé" }, { "Expert", "expert" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (levels); i++)
    if (g_ascii_strcasecmp (level, levels[i][0]) == 0)
      return fr ? levels[i][1] : levels[i][0];

  return level;
}

static void
add_entries (CvDocSection   *section,
             PhoenixProfile *profile,
             const char     *lang)
{
  gboolean fr = is_french (lang);

  /* Each item of @store as @var, for the body only (released after it). */
#define FOREACH(store, Type, var) \
  for (guint i_ = 0, n_ = g_list_model_get_n_items (G_LIST_MODEL (store)); i_ < n_; i_++) \
    for (Type *var = g_list_model_get_item (G_LIST_MODEL (store), i_), *once_ = var; once_ != NULL; \
         g_object_unref (once_), once_ = NULL)

  switch (section->id)
    {
    case CV_SECTION_ID_SUMMARY:
      if (phoenix_profile_get_summary (profile)[0] != '\0')
        g_ptr_array_add (section->entries,
                         entry_new ("", "", NULL, "", phoenix_profile_get_summary (profile), NULL));
      break;

    case CV_SECTION_ID_EXPERIENCE:
      FOREACH (phoenix_profile_get_experiences (profile), PhoenixExperience, e)
        g_ptr_array_add (section->entries,
                         entry_new (phoenix_experience_get_title (e), phoenix_experience_get_employer (e),
                                    _phoenix_cv_format_range (phoenix_experience_get_start_date (e),
                                                              phoenix_experience_get_end_date (e),
                                                              phoenix_experience_get_current (e), lang),
                                    phoenix_experience_get_location (e), phoenix_experience_get_summary (e),
                                    phoenix_experience_get_highlights (e)));
      break;

    case CV_SECTION_ID_EDUCATION:
      FOREACH (phoenix_profile_get_education (profile), PhoenixEducation, e)
        {
          g_autofree char *title = join_nonempty (fr ? " – " : ", ", phoenix_education_get_degree (e),
                                                  phoenix_education_get_field (e), NULL);
          const char *grade_text = phoenix_education_get_grade (e);
          g_autofree char *grade_folded = g_utf8_casefold (grade_text, -1);
          /* “Mention : Mention bien” says it twice: no label when the grade names itself. */
          g_autofree char *grade = grade_text[0] == '\0' || g_str_has_prefix (grade_folded, fr ? "mention" : "grade")
            ? g_strdup (grade_text)
            : g_strdup_printf ("%s %s", fr ? "Mention :" : "Grade:", grade_text);
          g_autofree char *courses = g_strjoinv (", ", (char **) phoenix_education_get_courses (e));
          g_autofree char *courses_line = courses[0] != '\0'
            ? g_strdup_printf ("%s %s", fr ? "Cours :" : "Courses:", courses) : g_strdup ("");
          g_autofree char *text = join_nonempty ("\n", phoenix_education_get_summary (e), grade,
                                                 courses_line, NULL);

          g_ptr_array_add (section->entries,
                           entry_new (title, phoenix_education_get_school (e),
                                      _phoenix_cv_format_range (phoenix_education_get_start_date (e),
                                                                phoenix_education_get_end_date (e),
                                                                phoenix_education_get_current (e), lang),
                                      phoenix_education_get_location (e), text, NULL));
        }
      break;

    case CV_SECTION_ID_PROJECTS:
      FOREACH (phoenix_profile_get_projects (profile), PhoenixProject, p)
        {
          g_autofree char *keywords = g_strjoinv (", ", (char **) phoenix_project_get_keywords (p));
          g_autofree char *keywords_line = keywords[0] != '\0'
            ? g_strdup_printf ("%s %s", fr ? "Technologies :" : "Technologies:", keywords) : g_strdup ("");
          g_autofree char *text = join_nonempty ("\n", phoenix_project_get_summary (p), keywords_line,
                                                 phoenix_project_get_url (p), NULL);

          g_ptr_array_add (section->entries,
                           entry_new (phoenix_project_get_name (p), phoenix_project_get_entity (p),
                                      _phoenix_cv_format_range (phoenix_project_get_start_date (p),
                                                                phoenix_project_get_end_date (p), FALSE, lang),
                                      "", text, phoenix_project_get_highlights (p)));
        }
      break;

    case CV_SECTION_ID_VOLUNTEERING:
      FOREACH (phoenix_profile_get_volunteering (profile), PhoenixVolunteer, v)
        g_ptr_array_add (section->entries,
                         entry_new (phoenix_volunteer_get_position (v), phoenix_volunteer_get_organization (v),
                                    _phoenix_cv_format_range (phoenix_volunteer_get_start_date (v),
                                                              phoenix_volunteer_get_end_date (v),
                                                              phoenix_volunteer_get_current (v), lang),
                                    "", phoenix_volunteer_get_summary (v), phoenix_volunteer_get_highlights (v)));
      break;

    case CV_SECTION_ID_CERTIFICATIONS:
      FOREACH (phoenix_profile_get_certifications (profile), PhoenixCertification, c)
        g_ptr_array_add (section->entries,
                         entry_new (phoenix_certification_get_name (c), phoenix_certification_get_issuer (c),
                                    _phoenix_cv_format_date (phoenix_certification_get_date (c), lang),
                                    "", "", NULL));
      break;

    case CV_SECTION_ID_AWARDS:
      FOREACH (phoenix_profile_get_awards (profile), PhoenixAward, a)
        g_ptr_array_add (section->entries,
                         entry_new (phoenix_award_get_title (a), phoenix_award_get_awarder (a),
                                    _phoenix_cv_format_date (phoenix_award_get_date (a), lang),
                                    "", phoenix_award_get_summary (a), NULL));
      break;

    case CV_SECTION_ID_PUBLICATIONS:
      FOREACH (phoenix_profile_get_publications (profile), PhoenixPublication, p)
        g_ptr_array_add (section->entries,
                         entry_new (phoenix_publication_get_name (p), phoenix_publication_get_publisher (p),
                                    _phoenix_cv_format_date (phoenix_publication_get_release_date (p), lang),
                                    "", phoenix_publication_get_summary (p), NULL));
      break;

    case CV_SECTION_ID_SKILLS:
      FOREACH (phoenix_profile_get_skills (profile), PhoenixSkill, s)
        {
          g_autofree char *keywords = g_strjoinv (", ", (char **) phoenix_skill_get_keywords (s));
          const char *level = skill_level (phoenix_skill_get_level (s), fr);
          g_autofree char *title = level[0] != '\0'
            ? g_strdup_printf ("%s (%s)", phoenix_skill_get_name (s), level)
            : g_strdup (phoenix_skill_get_name (s));

          g_ptr_array_add (section->entries, entry_new (title, "", NULL, "", keywords, NULL));
        }
      break;

    case CV_SECTION_ID_LANGUAGES:
      FOREACH (phoenix_profile_get_languages (profile), PhoenixLanguage, l)
        {
          const char *level = phoenix_language_get_level (l);
          g_autofree char *title = NULL;

          /* The editor stores "native" beside the CEFR levels: say it in the CV's language. */
          if (g_ascii_strcasecmp (level, "native") == 0)
            level = fr ? "langue maternelle" : "native";
          title = level[0] != '\0'
            ? g_strdup_printf ("%s (%s)", phoenix_language_get_name (l), level)
            : g_strdup (phoenix_language_get_name (l));

          g_ptr_array_add (section->entries, entry_new (title, "", NULL, "", "", NULL));
        }
      break;

    case CV_SECTION_ID_INTERESTS:
      FOREACH (phoenix_profile_get_interests (profile), PhoenixInterest, it)
        g_ptr_array_add (section->entries,
                         entry_new (phoenix_interest_get_name (it), "", NULL, "",
                                    phoenix_interest_get_keywords (it), NULL));
      break;

    case CV_SECTION_ID_REFERENCES:
      FOREACH (phoenix_profile_get_references (profile), PhoenixReference, r)
        g_ptr_array_add (section->entries,
                         entry_new (phoenix_reference_get_name (r), "", NULL, "",
                                    phoenix_reference_get_reference (r), NULL));
      break;

    case CV_SECTION_ID_LINKS:
    case N_CV_SECTION_IDS:
    default:
      break;
    }

#undef FOREACH
}

static char *
web_uri (const char *url)
{
  if (strstr (url, "://") != NULL || g_str_has_prefix (url, "mailto:"))
    return g_strdup (url);
  return g_strdup_printf ("https://%s", url);
}

static char *
tel_uri (const char *phone)
{
  GString *uri = g_string_new ("tel:");

  for (const char *p = phone; *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p) || (*p == '+' && uri->len == 4))
        g_string_append_c (uri, *p);
    }

  return g_string_free (uri, FALSE);
}

static GStrv
build_contact (PhoenixProfile  *profile,
               GStrv           *uris)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) uri_builder = g_strv_builder_new ();
  GListModel *links = G_LIST_MODEL (phoenix_profile_get_links (profile));
  g_autofree char *place = join_nonempty (", ", phoenix_profile_get_city (profile),
                                          phoenix_profile_get_country (profile), NULL);
  const char *items[] = {
    phoenix_profile_get_email (profile), phoenix_profile_get_phone (profile), place,
    phoenix_profile_get_url (profile),
  };

  for (gsize i = 0; i < G_N_ELEMENTS (items); i++)
    {
      g_autofree char *uri = NULL;

      if (items[i][0] == '\0')
        continue;
      if (i == 0)
        uri = g_strdup_printf ("mailto:%s", items[i]);
      else if (i == 1)
        uri = tel_uri (items[i]);
      else if (i == 3)
        uri = web_uri (items[i]);
      g_strv_builder_add (builder, items[i]);
      g_strv_builder_add (uri_builder, uri != NULL ? uri : "");
    }

  for (guint i = 0; i < g_list_model_get_n_items (links); i++)
    {
      g_autoptr(PhoenixLink) link = g_list_model_get_item (links, i);
      const char *url = phoenix_link_get_url (link);

      if (url[0] != '\0')
        {
          g_autofree char *uri = web_uri (url);

          g_strv_builder_add (uri_builder, uri);
          /* Addresses print without their scheme: shorter, and still a link. */
          if (g_str_has_prefix (url, "https://"))
            url += strlen ("https://");
          else if (g_str_has_prefix (url, "http://"))
            url += strlen ("http://");
          g_strv_builder_add (builder, url);
        }
      else if (phoenix_link_get_username (link)[0] != '\0')
        {
          g_autofree char *item = g_strdup_printf ("%s: %s", phoenix_link_get_label (link),
                                                   phoenix_link_get_username (link));

          g_strv_builder_add (builder, item);
          g_strv_builder_add (uri_builder, "");
        }
    }

  *uris = g_strv_builder_end (uri_builder);
  return g_strv_builder_end (builder);
}

CvDocument *
_phoenix_cv_document_new (PhoenixProfile    *profile,
                          const char        *language,
                          const CvSectionId *section_order,
                          gsize              n_sections)
{
  CvDocument *doc = g_new0 (CvDocument, 1);
  const char *lang = is_french (language) ? "fr" : "en";

  g_return_val_if_fail (PHOENIX_IS_PROFILE (profile), NULL);

  if (section_order == NULL)
    {
      section_order = default_order;
      n_sections = G_N_ELEMENTS (default_order);
    }

  g_atomic_ref_count_init (&doc->ref_count);
  doc->language = g_strdup (lang);
  doc->name = g_strstrip (g_strdup (phoenix_profile_get_name (profile)));
  doc->headline = g_strstrip (g_strdup (phoenix_profile_get_headline (profile)));
  doc->contact = build_contact (profile, &doc->contact_uris);
  doc->contact_title = g_strdup (is_french (lang) ? "Contact" : "Contact");
  doc->sections = g_ptr_array_new_with_free_func (cv_doc_section_free);

  for (gsize i = 0; i < n_sections; i++)
    {
      CvDocSection *section;

      if (section_order[i] >= N_CV_SECTION_IDS)
        continue;

      section = g_new0 (CvDocSection, 1);
      section->id = section_order[i];
      section->title = g_strdup (_phoenix_cv_section_title (section->id, lang));
      section->is_list = section->id == CV_SECTION_ID_SKILLS || section->id == CV_SECTION_ID_LANGUAGES ||
                         section->id == CV_SECTION_ID_INTERESTS || section->id == CV_SECTION_ID_LINKS;
      section->entries = g_ptr_array_new_with_free_func (cv_doc_entry_free);
      add_entries (section, profile, lang);

      if (section->entries->len > 0)
        g_ptr_array_add (doc->sections, section);
      else
        cv_doc_section_free (section);
    }

  return doc;
}

CvDocument *
_phoenix_cv_document_ref (CvDocument *doc)
{
  g_atomic_ref_count_inc (&doc->ref_count);
  return doc;
}

void
_phoenix_cv_document_unref (CvDocument *doc)
{
  if (!g_atomic_ref_count_dec (&doc->ref_count))
    return;

  g_free (doc->language);
  g_free (doc->name);
  g_free (doc->headline);
  g_strfreev (doc->contact);
  g_strfreev (doc->contact_uris);
  g_free (doc->contact_title);
  g_ptr_array_unref (doc->sections);
  g_clear_pointer (&doc->photo, _phoenix_cv_photo_unref);
  g_free (doc);
}

void
_phoenix_cv_document_set_photo (CvDocument *doc,
                                CvDocPhoto *photo)
{
  g_clear_pointer (&doc->photo, _phoenix_cv_photo_unref);
  if (photo != NULL)
    doc->photo = _phoenix_cv_photo_ref (photo);
}

/* The photo */

#define PHOTO_MAX_SIDE 600

static void
photo_size_prepared_cb (GdkPixbufLoader *loader,
                        int              width,
                        int              height,
                        int             *source_size)
{
  double scale;

  source_size[0] = width;
  source_size[1] = height;
  if (width <= 0 || height <= 0)
    return;

  /* A photo from a JSON Resume file may be anything: never decode it whole. */
  scale = MIN (1.0, (double) PHOTO_MAX_SIDE / MAX (width, height));
  if ((double) width * height > 250e6)
    gdk_pixbuf_loader_set_size (loader, 1, 1);
  else if (scale < 1.0)
    gdk_pixbuf_loader_set_size (loader, MAX (1, (int) (width * scale)), MAX (1, (int) (height * scale)));
}

static void
photo_free (gpointer data)
{
  CvDocPhoto *photo = data;

  g_clear_pointer (&photo->encoded, g_bytes_unref);
  g_clear_pointer (&photo->pixels, g_bytes_unref);
}

CvDocPhoto *
_phoenix_cv_photo_new (GBytes *encoded)
{
  g_autoptr(GdkPixbufLoader) loader = NULL;
  g_autoptr(GdkPixbuf) pixbuf = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *format_name = NULL;
  GdkPixbufFormat *format;
  CvDocPhoto *photo;
  const guint8 *from;
  guint8 *pixels;
  const char *orientation;
  gsize size;
  int width, height, from_stride, n_channels, stride;
  int source_size[2] = { 0, 0 };
  PhoenixPhotoFormat kind;
  gboolean ok;

  if (encoded == NULL || g_bytes_get_size (encoded) == 0)
    return NULL;
  /* Only JPEG or PNG of a sane size reach a decoder (a photo from an older version may be
   * anything that was refused). */
  kind = phoenix_photo_check_header (g_bytes_get_data (encoded, NULL), g_bytes_get_size (encoded), NULL, NULL, &error);
  if (kind == PHOENIX_PHOTO_FORMAT_NONE)
    {
      g_debug ("The photo is not drawn: %s", error->message);
      return NULL;
    }

  loader = gdk_pixbuf_loader_new_with_type (kind == PHOENIX_PHOTO_FORMAT_JPEG ? "jpeg" : "png", NULL);
  if (loader == NULL)
    return NULL;
  g_signal_connect (loader, "size-prepared", G_CALLBACK (photo_size_prepared_cb), source_size);
  ok = gdk_pixbuf_loader_write_bytes (loader, encoded, &error);
  if (!gdk_pixbuf_loader_close (loader, ok ? &error : NULL) || !ok ||
      gdk_pixbuf_loader_get_pixbuf (loader) == NULL)
    {
      g_debug ("The photo is not an image: %s", error != NULL ? error->message : "no pixels");
      return NULL;
    }

  format = gdk_pixbuf_loader_get_format (loader);
  format_name = format != NULL ? gdk_pixbuf_format_get_name (format) : NULL;
  orientation = gdk_pixbuf_get_option (gdk_pixbuf_loader_get_pixbuf (loader), "orientation");
  pixbuf = gdk_pixbuf_apply_embedded_orientation (gdk_pixbuf_loader_get_pixbuf (loader));
  width = gdk_pixbuf_get_width (pixbuf);
  height = gdk_pixbuf_get_height (pixbuf);
  if (width < 2 || height < 2)
    return NULL;

  from = gdk_pixbuf_read_pixels (pixbuf);
  from_stride = gdk_pixbuf_get_rowstride (pixbuf);
  n_channels = gdk_pixbuf_get_n_channels (pixbuf);
  stride = width * 4;
  size = (gsize) stride * height;
  pixels = g_malloc (size);

  /* To cairo's ARGB32: premultiplied alpha, one 32-bit word a pixel. */
  for (int y = 0; y < height; y++)
    {
      const guint8 *in = from + (gsize) y * from_stride;
      guint32 *out = (guint32 *) (pixels + (gsize) y * stride);

      for (int x = 0; x < width; x++, in += n_channels)
        {
          guint a = n_channels == 4 ? in[3] : 0xff;
          guint r = (in[0] * a + 127) / 255;
          guint g = (in[1] * a + 127) / 255;
          guint b = (in[2] * a + 127) / 255;

          out[x] = (a << 24) | (r << 16) | (g << 8) | b;
        }
    }

  photo = g_atomic_rc_box_new0 (CvDocPhoto);
  photo->encoded = g_bytes_ref (encoded);
  photo->pixels = g_bytes_new_take (pixels, size);
  photo->width = width;
  photo->height = height;
  photo->stride = stride;

  /* The JPEG itself can go into the PDF when it is what we decoded: not
   * scaled, not turned, and in colours the PDF reads (RGB or grey). */
  photo->is_jpeg = g_strcmp0 (format_name, "jpeg") == 0 &&
                   (orientation == NULL || g_str_equal (orientation, "1")) &&
                   source_size[0] == width && source_size[1] == height;

  return photo;
}

CvDocPhoto *
_phoenix_cv_photo_ref (CvDocPhoto *photo)
{
  return g_atomic_rc_box_acquire (photo);
}

void
_phoenix_cv_photo_unref (CvDocPhoto *photo)
{
  g_atomic_rc_box_release_full (photo, photo_free);
}
