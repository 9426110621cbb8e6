/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* Every entry type a PhoenixProfile list holds. */
#include "phoenix-link.h"
#include "phoenix-experience.h"
#include "phoenix-education.h"
#include "phoenix-skill.h"
#include "phoenix-language.h"
#include "phoenix-certification.h"
#include "phoenix-project.h"
#include "phoenix-interest.h"
#include "phoenix-volunteer.h"
#include "phoenix-award.h"
#include "phoenix-publication.h"
#include "phoenix-reference.h"
