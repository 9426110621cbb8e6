/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "phoenix-llm-client.h"

G_BEGIN_DECLS

#define PHOENIX_TYPE_LLM_DIALOG (phoenix_llm_dialog_get_type ())
G_DECLARE_FINAL_TYPE (PhoenixLlmDialog, phoenix_llm_dialog, PHOENIX, LLM_DIALOG, AdwWindow)

/*
 * Before anything goes to the local language model: the fields to send (ticked by the user;
 * none for a rewrite, which sends the paragraph only) and, on request, exactly what will be
 * sent. Signal "send" (PhoenixLlmFields as guint) when the user sends.
 */
PhoenixLlmDialog *phoenix_llm_dialog_new (PhoenixLlmClient *client,
                                          PhoenixProfile   *profile,
                                          const char       *offer_text,
                                          const char       *rewrite_paragraph,
                                          const char       *language,
                                          const char       *tone);
/* The request for @fields (what "Show" displays), for the caller once the user sends. */
char             *phoenix_llm_dialog_build_prompt (PhoenixLlmDialog *self,
                                                   PhoenixLlmFields  fields,
                                                   char            **system);

G_END_DECLS
