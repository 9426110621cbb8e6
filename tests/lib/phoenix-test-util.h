/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Deletes @path and everything below it, read-only folders included; a missing path is fine. */
void phoenix_test_remove_tree  (const char *path);

/* A fixture that is a fresh temporary folder, removed with everything in it after the test. */
typedef struct
{
  char *dir;
} PhoenixTestDir;

void phoenix_test_dir_setup    (PhoenixTestDir *f,
                                gconstpointer   data);
void phoenix_test_dir_teardown (PhoenixTestDir *f,
                                gconstpointer   data);

/* Benchmarks: the median of an array of doubles (sorts it), and the process's CPU time in ms. */
double phoenix_test_median     (GArray         *values);
double phoenix_test_cpu_ms     (void);

G_END_DECLS
