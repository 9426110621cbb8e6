/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "phoenix-profile.h"

G_BEGIN_DECLS

/*
 * The optional local language model: a client of an OpenAI-compatible chat API (Ollama,
 * llama.cpp's server, LM Studio: "http://127.0.0.1:11434/v1") over libsoup, streamed
 * (server-sent events, "stream": true; a server that answers in one JSON object works too),
 * cancellable, with a time limit between two pieces of the answer and a cap on its size. It
 * talks to the one URL it is given and to nothing else; the prompt holds only the fields the
 * user ticked (phoenix_llm_build_draft_prompt()) and can be shown before sending. Off unless
 * the user configures it; never required. GTK-free.
 */

#define PHOENIX_LLM_ERROR (phoenix_llm_error_quark ())

typedef enum
{
  PHOENIX_LLM_ERROR_NOT_CONFIGURED,  /* no URL or no model */
  PHOENIX_LLM_ERROR_UNREACHABLE,     /* nothing answers at the URL */
  PHOENIX_LLM_ERROR_HTTP,            /* the server answered with an error status */
  PHOENIX_LLM_ERROR_TIMEOUT,         /* the server stopped answering */
  PHOENIX_LLM_ERROR_MALFORMED,       /* the answer is not what an OpenAI-compatible API sends */
  PHOENIX_LLM_ERROR_TOO_LONG,        /* the answer went past the cap */
} PhoenixLlmError;

/* What the prompt may hold, each ticked by the user. */
typedef enum
{
  PHOENIX_LLM_FIELD_OFFER      = 1 << 0,
  PHOENIX_LLM_FIELD_NAME       = 1 << 1,
  PHOENIX_LLM_FIELD_HEADLINE   = 1 << 2,
  PHOENIX_LLM_FIELD_SUMMARY    = 1 << 3,
  PHOENIX_LLM_FIELD_EXPERIENCE = 1 << 4,
  PHOENIX_LLM_FIELD_EDUCATION  = 1 << 5,
  PHOENIX_LLM_FIELD_SKILLS     = 1 << 6,
} PhoenixLlmFields;

/* A piece of the answer as it arrives. */
typedef void (*PhoenixLlmChunkFunc) (const char *text,
                                     gpointer    user_data);

GQuark            phoenix_llm_error_quark          (void);

#define PHOENIX_TYPE_LLM_CLIENT (phoenix_llm_client_get_type ())
G_DECLARE_FINAL_TYPE (PhoenixLlmClient, phoenix_llm_client, PHOENIX, LLM_CLIENT, GObject)

/* @base_url: up to "/v1" (the client adds "/chat/completions"). */
PhoenixLlmClient *phoenix_llm_client_new           (const char        *base_url,
                                                    const char        *model);
/* Seconds the server may stay silent (connecting, or between two pieces); default 60. */
void              phoenix_llm_client_set_timeout   (PhoenixLlmClient  *self,
                                                    guint              seconds);
/* Bytes the server may send for one answer; default 4 MiB. */
void              phoenix_llm_client_set_max_bytes (PhoenixLlmClient  *self,
                                                    gsize              bytes);
/* The JSON the client would POST (to show the user exactly what leaves). */
char             *phoenix_llm_client_build_request (PhoenixLlmClient  *self,
                                                    const char        *system,
                                                    const char        *prompt);
/*
 * Sends the conversation; @chunk is called in the caller's main context with each piece of
 * text; the result is the whole answer. Cancelling stops the transfer (G_IO_ERROR_CANCELLED).
 */
void              phoenix_llm_client_chat_async    (PhoenixLlmClient   *self,
                                                    const char         *system,
                                                    const char         *prompt,
                                                    PhoenixLlmChunkFunc chunk,
                                                    gpointer            chunk_data,
                                                    GCancellable       *cancellable,
                                                    GAsyncReadyCallback callback,
                                                    gpointer            user_data);
char             *phoenix_llm_client_chat_finish   (PhoenixLlmClient   *self,
                                                    GAsyncResult       *result,
                                                    GError            **error);

/* The system message: write as the person, only from the facts given, in @language and @tone. */
char             *phoenix_llm_build_system_prompt  (const char        *language,
                                                    const char        *tone);
/* A draft request with only the @fields ticked (the offer's text when OFFER is ticked). */
char             *phoenix_llm_build_draft_prompt   (PhoenixProfile    *profile,
                                                    const char        *offer_text,
                                                    PhoenixLlmFields   fields,
                                                    const char        *language);
/* Rewrite one paragraph in another tone, nothing else sent. */
char             *phoenix_llm_build_rewrite_prompt (const char        *paragraph,
                                                    const char        *language,
                                                    const char        *tone);

G_END_DECLS
