/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-entry-list"

#include "config.h"

#include <glib/gi18n.h>

#include "phoenix-entry-list-private.h"
#include "phoenix-profile-entries.h"

/* Each section of the profile edited as a list, and the fields of its entries. */

static const EntryField experience_fields[] = {
  { "title", N_("Job Title"), KIND_TEXT },
  { "employer", N_("Employer"), KIND_TEXT },
  { "location", N_("Location"), KIND_TEXT },
  { "start-date", N_("Start"), KIND_START },
  { "current", N_("I work here now"), KIND_CURRENT },
  { "end-date", N_("End"), KIND_END },
  { "summary", N_("What the job was about"), KIND_PARAGRAPH },
  { "highlights", N_("Highlights, one a line"), KIND_LINES },
  { "url", N_("Employer’s Website"), KIND_URL },
  { NULL }
};

static const EntryField education_fields[] = {
  { "degree", N_("Degree"), KIND_TEXT },
  { "field", N_("Field of Study"), KIND_TEXT },
  { "school", N_("School"), KIND_TEXT },
  { "location", N_("Location"), KIND_TEXT },
  { "start-date", N_("Start"), KIND_START },
  { "current", N_("I study here now"), KIND_CURRENT },
  { "end-date", N_("End"), KIND_END },
  { "grade", N_("Grade or Distinction"), KIND_TEXT },
  { "courses", N_("Courses, one a line"), KIND_LINES },
  { "url", N_("School’s Website"), KIND_URL },
  { NULL }
};

static const EntryField skill_fields[] = {
  { "name", N_("Skill"), KIND_TEXT },
  { "level", N_("Level"), KIND_SKILL_LEVEL },
  { "category", N_("Category"), KIND_TEXT },
  { "keywords", N_("Tools and topics, one a line"), KIND_LINES },
  { NULL }
};

static const EntryField language_fields[] = {
  { "name", N_("Language"), KIND_TEXT },
  { "level", N_("Level"), KIND_LEVEL },
  { NULL }
};

static const EntryField certification_fields[] = {
  { "name", N_("Certificate"), KIND_TEXT },
  { "issuer", N_("Issuer"), KIND_TEXT },
  { "date", N_("Date"), KIND_DATE },
  { "url", N_("Web Address"), KIND_URL },
  { NULL }
};

static const EntryField project_fields[] = {
  { "name", N_("Project"), KIND_TEXT },
  { "entity", N_("Made For or With"), KIND_TEXT },
  { "start-date", N_("Start"), KIND_START },
  { "end-date", N_("End"), KIND_END },
  { "summary", N_("Summary"), KIND_PARAGRAPH },
  { "highlights", N_("Highlights, one a line"), KIND_LINES },
  { "url", N_("Web Address"), KIND_URL },
  { NULL }
};

static const EntryField volunteer_fields[] = {
  { "position", N_("Role"), KIND_TEXT },
  { "organization", N_("Organisation"), KIND_TEXT },
  { "start-date", N_("Start"), KIND_START },
  { "current", N_("I do this now"), KIND_CURRENT },
  { "end-date", N_("End"), KIND_END },
  { "summary", N_("Summary"), KIND_PARAGRAPH },
  { "highlights", N_("Highlights, one a line"), KIND_LINES },
  { "url", N_("Organisation’s Website"), KIND_URL },
  { NULL }
};

static const EntryField interest_fields[] = {
  { "name", N_("Interest"), KIND_TEXT },
  { "keywords", N_("Details, comma separated"), KIND_TEXT },
  { NULL }
};

static const EntryField award_fields[] = {
  { "title", N_("Award"), KIND_TEXT },
  { "awarder", N_("Awarded By"), KIND_TEXT },
  { "date", N_("Date"), KIND_DATE },
  { "summary", N_("Summary"), KIND_PARAGRAPH },
  { NULL }
};

static const EntryField publication_fields[] = {
  { "name", N_("Title"), KIND_TEXT },
  { "publisher", N_("Publisher"), KIND_TEXT },
  { "release-date", N_("Date"), KIND_DATE },
  { "url", N_("Web Address"), KIND_URL },
  { "summary", N_("Summary"), KIND_PARAGRAPH },
  { NULL }
};

static const EntryField reference_fields[] = {
  { "name", N_("Name"), KIND_TEXT },
  { "reference", N_("What they say"), KIND_PARAGRAPH },
  { NULL }
};

static const EntrySection sections[] = {
  { "experience", N_("Experience"), N_("The jobs you held, latest first"), N_("Add Experience"),
    N_("New Experience"), N_("Experience removed"),
    phoenix_experience_get_type, phoenix_profile_get_experiences, "title", "employer", experience_fields, NULL, NULL },
  { "education", N_("Education"), N_("Degrees, diplomas and training"), N_("Add Education"),
    N_("New Education"), N_("Education removed"),
    phoenix_education_get_type, phoenix_profile_get_education, "degree", "school", education_fields, NULL, NULL },
  { "skills", N_("Skills"), N_("What you can do: one chip each, a level if you like"), N_("Add Skill"),
    N_("New Skill"), N_("Skill removed"),
    phoenix_skill_get_type, phoenix_profile_get_skills, "name", "category", skill_fields,
    N_("Type a skill and press Enter"), "level" },
  { "languages", N_("Languages"), N_("Languages you speak, with their level"), N_("Add Language"),
    N_("New Language"), N_("Language removed"),
    phoenix_language_get_type, phoenix_profile_get_languages, "name", "level", language_fields,
    N_("Type a language and press Enter"), "level" },
  { "certifications", N_("Certifications"), NULL, N_("Add Certification"),
    N_("New Certification"), N_("Certification removed"),
    phoenix_certification_get_type, phoenix_profile_get_certifications, "name", "issuer", certification_fields, NULL, NULL },
  { "projects", N_("Projects"), NULL, N_("Add Project"),
    N_("New Project"), N_("Project removed"),
    phoenix_project_get_type, phoenix_profile_get_projects, "name", "entity", project_fields, NULL, NULL },
  { "volunteering", N_("Volunteering"), NULL, N_("Add Volunteering"),
    N_("New Volunteering"), N_("Volunteering removed"),
    phoenix_volunteer_get_type, phoenix_profile_get_volunteering, "position", "organization", volunteer_fields, NULL, NULL },
  { "interests", N_("Interests"), NULL, N_("Add Interest"),
    N_("New Interest"), N_("Interest removed"),
    phoenix_interest_get_type, phoenix_profile_get_interests, "name", "keywords", interest_fields,
    N_("Type an interest and press Enter"), NULL },
  { "awards", N_("Awards"), NULL, N_("Add Award"),
    N_("New Award"), N_("Award removed"),
    phoenix_award_get_type, phoenix_profile_get_awards, "title", "awarder", award_fields, NULL, NULL },
  { "publications", N_("Publications"), NULL, N_("Add Publication"),
    N_("New Publication"), N_("Publication removed"),
    phoenix_publication_get_type, phoenix_profile_get_publications, "name", "publisher", publication_fields, NULL, NULL },
  { "references", N_("References"), NULL, N_("Add Reference"),
    N_("New Reference"), N_("Reference removed"),
    phoenix_reference_get_type, phoenix_profile_get_references, "name", "reference", reference_fields, NULL, NULL },
};

const EntrySection *
_phoenix_entry_section_find (const char *id)
{
  for (guint i = 0; i < G_N_ELEMENTS (sections); i++)
    if (g_strcmp0 (sections[i].id, id) == 0)
      return &sections[i];

  return NULL;
}
