/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-certificate-offer"

#include "config.h"

#include "phoenix-certificate-offer.h"
#include "phoenix-profile-entries.h"

struct _PhoenixCertificateOffer
{
  GObject                parent_instance;

  PhoenixTrainingModule *module;
  char                  *certificate;
  char                  *date;
  GPtrArray             *skill_ids;     /* char *, NULL-terminated */
  GPtrArray             *skill_labels;  /* char *, NULL-terminated */
};

G_DEFINE_FINAL_TYPE (PhoenixCertificateOffer, phoenix_certificate_offer, G_TYPE_OBJECT)

static void
phoenix_certificate_offer_finalize (GObject *object)
{
  PhoenixCertificateOffer *self = PHOENIX_CERTIFICATE_OFFER (object);

  g_clear_object (&self->module);
  g_free (self->certificate);
  g_free (self->date);
  g_ptr_array_unref (self->skill_ids);
  g_ptr_array_unref (self->skill_labels);

  G_OBJECT_CLASS (phoenix_certificate_offer_parent_class)->finalize (object);
}

static void
phoenix_certificate_offer_class_init (PhoenixCertificateOfferClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = phoenix_certificate_offer_finalize;
}

static void
phoenix_certificate_offer_init (PhoenixCertificateOffer *self)
{
  self->skill_ids = g_ptr_array_new_with_free_func (g_free);
  self->skill_labels = g_ptr_array_new_with_free_func (g_free);
}

PhoenixCertificateOffer *
phoenix_certificate_offer_new (PhoenixTrainingModule *module,
                               PhoenixSkillEvidence  *evidence,
                               const char            *date,
                               const char            *language)
{
  g_autoptr(PhoenixCertificateOffer) self = NULL;
  PhoenixTaxonomy *taxonomy;
  const char * const *ids;

  g_return_val_if_fail (PHOENIX_IS_TRAINING_MODULE (module), NULL);
  g_return_val_if_fail (PHOENIX_IS_SKILL_EVIDENCE (evidence), NULL);

  self = g_object_new (PHOENIX_TYPE_CERTIFICATE_OFFER, NULL);
  self->module = g_object_ref (module);
  self->date = g_strdup (date != NULL ? date : "");
  if (phoenix_training_module_get_certifying (module))
    {
      const char *name = phoenix_training_module_get_certification (module);
      const char *code = phoenix_training_module_get_code (module);

      if (*name == '\0')
        name = phoenix_training_module_get_title (module, language);
      self->certificate = *code != '\0' ? g_strdup_printf ("%s (%s)", name, code) : g_strdup (name);
    }
  else
    self->certificate = g_strdup ("");

  taxonomy = phoenix_skill_evidence_get_taxonomy (evidence);
  ids = phoenix_training_module_get_skills (module);
  for (guint i = 0; ids[i] != NULL; i++)
    {
      PhoenixSkillAssessment assessment;
      guint skill;

      if (!phoenix_taxonomy_lookup_skill (taxonomy, ids[i], &skill))
        continue;
      phoenix_skill_evidence_assess (evidence, skill, &assessment);
      if (assessment.status == PHOENIX_SKILL_STATUS_HAVE)
        continue;
      g_ptr_array_add (self->skill_ids, g_strdup (phoenix_taxonomy_get_skill_id (taxonomy, skill)));
      g_ptr_array_add (self->skill_labels, g_strdup (phoenix_taxonomy_get_skill_label (taxonomy, skill, language)));
    }
  g_ptr_array_add (self->skill_ids, NULL);
  g_ptr_array_add (self->skill_labels, NULL);

  if (*self->certificate == '\0' && self->skill_ids->len == 1)
    return NULL;

  return g_steal_pointer (&self);
}

PhoenixTrainingModule *
phoenix_certificate_offer_get_module (PhoenixCertificateOffer *self)
{
  g_return_val_if_fail (PHOENIX_IS_CERTIFICATE_OFFER (self), NULL);
  return self->module;
}

const char *
phoenix_certificate_offer_get_certificate (PhoenixCertificateOffer *self)
{
  g_return_val_if_fail (PHOENIX_IS_CERTIFICATE_OFFER (self), NULL);
  return self->certificate;
}

const char *
phoenix_certificate_offer_get_date (PhoenixCertificateOffer *self)
{
  g_return_val_if_fail (PHOENIX_IS_CERTIFICATE_OFFER (self), NULL);
  return self->date;
}

const char * const *
phoenix_certificate_offer_get_skill_ids (PhoenixCertificateOffer *self)
{
  g_return_val_if_fail (PHOENIX_IS_CERTIFICATE_OFFER (self), NULL);
  return (const char * const *) self->skill_ids->pdata;
}

const char * const *
phoenix_certificate_offer_get_skill_labels (PhoenixCertificateOffer *self)
{
  g_return_val_if_fail (PHOENIX_IS_CERTIFICATE_OFFER (self), NULL);
  return (const char * const *) self->skill_labels->pdata;
}

void
phoenix_certificate_offer_apply (PhoenixCertificateOffer *self,
                                 PhoenixProfile          *profile)
{
  GListStore *certifications, *skills;
  gboolean known = FALSE;

  g_return_if_fail (PHOENIX_IS_CERTIFICATE_OFFER (self));
  g_return_if_fail (PHOENIX_IS_PROFILE (profile));

  certifications = phoenix_profile_get_certifications (profile);
  skills = phoenix_profile_get_skills (profile);
  phoenix_profile_freeze_changed (profile);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (certifications)) && !known; i++)
    {
      g_autoptr(PhoenixCertification) certification = g_list_model_get_item (G_LIST_MODEL (certifications), i);

      known = g_utf8_collate (phoenix_certification_get_name (certification), self->certificate) == 0;
    }
  if (*self->certificate != '\0' && !known)
    {
      g_autoptr(PhoenixCertification) certification = phoenix_certification_new ();

      phoenix_certification_set_name (certification, self->certificate);
      phoenix_certification_set_date (certification, self->date);
      phoenix_certification_set_url (certification, phoenix_training_module_get_url (self->module));
      g_list_store_append (certifications, certification);
    }

  for (guint k = 0; k + 1 < self->skill_ids->len; k++)
    {
      const char *id = g_ptr_array_index (self->skill_ids, k);
      gboolean listed = FALSE;

      for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (skills)) && !listed; i++)
        {
          g_autoptr(PhoenixSkill) skill = g_list_model_get_item (G_LIST_MODEL (skills), i);

          listed = g_str_equal (phoenix_skill_get_taxonomy_id (skill), id);
        }
      if (!listed)
        {
          g_autoptr(PhoenixSkill) skill = phoenix_skill_new ();

          phoenix_skill_set_name (skill, g_ptr_array_index (self->skill_labels, k));
          phoenix_skill_set_taxonomy_id (skill, id);
          g_list_store_append (skills, skill);
        }
    }

  phoenix_profile_thaw_changed (profile);
}
