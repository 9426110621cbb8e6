/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "phoenix-passphrase.h"

G_BEGIN_DECLS

#define PHOENIX_TYPE_STRENGTH_METER (phoenix_strength_meter_get_type ())
G_DECLARE_FINAL_TYPE (PhoenixStrengthMeter, phoenix_strength_meter, PHOENIX, STRENGTH_METER, AdwBin)

/* Shows how strong a passphrase is (level bar, label and a hint to do better). */
PhoenixStrengthMeter      *phoenix_strength_meter_new            (void);
void                       phoenix_strength_meter_set_passphrase (PhoenixStrengthMeter *self,
                                                                  const char           *passphrase);
PhoenixPassphraseStrength  phoenix_strength_meter_get_strength   (PhoenixStrengthMeter *self);
/* FAIR or better */
gboolean                   phoenix_strength_meter_get_acceptable (PhoenixStrengthMeter *self);

G_END_DECLS
