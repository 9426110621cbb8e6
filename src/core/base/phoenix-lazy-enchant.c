/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-lazy-enchant"

/*
 * Enchant 2, opened the first time a word is checked (phoenix-spell-checker.c): not linked, so
 * not mapped nor relocated at start (issue #18; phoenix-lazy-library.h). One stub a function
 * the core calls.
 */

#include "config.h"

/* Everything but the library's own header first: only its declarations are made hidden. */
#include <sys/types.h>

#include "phoenix-lazy-library.h"

#pragma GCC visibility push(hidden)
#include <enchant.h>
#pragma GCC visibility pop

static PhoenixLazyLibrary enchant = { PHOENIX_SONAME_ENCHANT, NULL, NULL };

#pragma GCC visibility push(hidden)

PHOENIX_LAZY_FUNCTION (enchant, EnchantBroker *, enchant_broker_init, (void), ())
PHOENIX_LAZY_PROCEDURE (enchant, enchant_broker_free, (EnchantBroker *broker), (broker))
PHOENIX_LAZY_FUNCTION (enchant, int, enchant_broker_dict_exists,
                       (EnchantBroker *broker, const char * const tag), (broker, tag))
PHOENIX_LAZY_FUNCTION (enchant, EnchantDict *, enchant_broker_request_dict,
                       (EnchantBroker *broker, const char * const tag), (broker, tag))
PHOENIX_LAZY_PROCEDURE (enchant, enchant_broker_free_dict, (EnchantBroker *broker, EnchantDict *dict),
                        (broker, dict))
PHOENIX_LAZY_FUNCTION (enchant, int, enchant_dict_check,
                       (EnchantDict *dict, const char * const word, ssize_t len), (dict, word, len))
PHOENIX_LAZY_FUNCTION (enchant, char **, enchant_dict_suggest,
                       (EnchantDict *dict, const char * const word, ssize_t len, size_t *out_n_suggs),
                       (dict, word, len, out_n_suggs))
PHOENIX_LAZY_PROCEDURE (enchant, enchant_dict_free_string_list, (EnchantDict *dict, char **string_list),
                        (dict, string_list))
PHOENIX_LAZY_PROCEDURE (enchant, enchant_dict_add, (EnchantDict *dict, const char * const word, ssize_t len),
                        (dict, word, len))
PHOENIX_LAZY_PROCEDURE (enchant, enchant_dict_add_to_session,
                        (EnchantDict *dict, const char * const word, ssize_t len), (dict, word, len))

#pragma GCC visibility pop
