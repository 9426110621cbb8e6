/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-coaching"

#include "config.h"

#include <glib/gi18n.h>

#include "phoenix-coaching.h"

/* In the order a career change usually takes them. */
static const PhoenixCoachingStep steps[] = {
  { "cep",
    N_("Talk to a career adviser (CEP)"),
    N_("The conseil en évolution professionnelle is free and confidential, for anyone who works or looks for "
       "work: an adviser helps you build your project and find its funding, step by step."),
    N_("Employees and the self-employed: the CEP operator of your region. Jobseekers: France Travail, Cap emploi "
       "or a mission locale. Managers: APEC."),
    "https://mon-cep.org" },
  { "bilan",
    N_("Take a skills assessment (bilan de compétences)"),
    N_("With a certified adviser, take stock of your skills, values and wishes, and test a project against the "
       "job market. It lasts 24 hours at most, spread over a few weeks, and your CPF can pay for it."),
    N_("A provider listed on Mon Compte Formation."),
    "https://www.moncompteformation.gouv.fr" },
  { "enquetes",
    N_("Meet people who do the job (enquêtes métier)"),
    N_("Talk with three to five people in the job you aim at: what a day is like, what they like and dislike, "
       "how they got in, what employers look for. It tests the project before you train."),
    N_("Your network, LinkedIn, trade associations, job fairs, the ROME fiche of the job."),
    "" },
  { "pmsmp",
    N_("Try the job in a company (PMSMP immersion)"),
    N_("A période de mise en situation en milieu professionnel lets you work in a company for a few days to a "
       "month, keeping your status and income, to confirm the job suits you."),
    N_("Ask France Travail, Cap emploi or a mission locale; find welcoming companies on Immersion Facilitée."),
    "https://immersion-facile.beta.gouv.fr" },
  { "cpf",
    N_("Check your personal training account (CPF)"),
    N_("Your compte personnel de formation holds euros earned each year of work. It pays for certifying "
       "trainings, a skills assessment or a VAE."),
    N_("Mon Compte Formation, with your FranceConnect login."),
    "https://www.moncompteformation.gouv.fr" },
  { "ptp",
    N_("Fund a long training as an employee (Transitions Pro)"),
    N_("The projet de transition professionnelle (PTP) lets an employee leave work for a certifying training "
       "while keeping a salary. Apply to your region's Transitions Pro several months before the training "
       "starts."),
    N_("Transitions Pro of your region, after a talk with a CEP adviser."),
    "https://www.transitionspro.fr" },
  { "aif",
    N_("Ask France Travail for training funding (AIF)"),
    N_("Jobseekers: the aide individuelle à la formation can fund a training, or what your CPF does not "
       "cover, when it leads to a job."),
    N_("Your France Travail adviser, with the training's quote."),
    "https://www.francetravail.fr" },
  { "network",
    N_("Build your network in the new trade"),
    N_("Tell people about your project, join the trade's groups and events, and keep in touch with the people "
       "you met: many jobs are filled through contacts."),
    N_("LinkedIn, alumni and trade associations, local business clubs, the companies of your immersion."),
    "" },
  { "vae",
    N_("Turn experience into a diploma (VAE)"),
    N_("The validation des acquis de l'expérience awards all or part of a diploma, a titre professionnel or a "
       "CQP for what you have done at work or as a volunteer, without going back to school."),
    N_("France VAE, the national service that guides you through it."),
    "https://vae.gouv.fr" },
  { "applications",
    N_("Apply for Jobs"),
    N_("Tailor your CV and letter to each offer (the ATS check shows what an offer asks for), apply, follow up "
       "after a week, and keep track of every application."),
    N_("France Travail, job boards, company sites, and the contacts of your network."),
    "https://www.francetravail.fr" },
};

guint
phoenix_coaching_get_n_steps (void)
{
  return G_N_ELEMENTS (steps);
}

void
phoenix_coaching_get_step (guint                index,
                           PhoenixCoachingStep *step)
{
  g_return_if_fail (index < G_N_ELEMENTS (steps));
  g_return_if_fail (step != NULL);

  step->id = steps[index].id;
  step->title = _(steps[index].title);
  step->explanation = _(steps[index].explanation);
  step->where = _(steps[index].where);
  step->url = steps[index].url;
}

gboolean
phoenix_coaching_lookup (const char          *id,
                         PhoenixCoachingStep *step)
{
  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      if (g_strcmp0 (steps[i].id, id) == 0)
        {
          phoenix_coaching_get_step (i, step);
          return TRUE;
        }
    }

  return FALSE;
}
