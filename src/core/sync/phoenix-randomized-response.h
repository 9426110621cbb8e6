/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/*
 * Local differential privacy by randomised response, and the estimator that
 * undoes its noise on the server (docs/flywheel.md, "Privacy").
 *
 * PHOENIX_RR_EPSILON is the privacy parameter ε of ONE field of a
 * contribution, the only place it is set. Each field is perturbed on the
 * user's machine, independently of the others, before anything leaves it:
 *
 * - a field with k possible values (years of experience bucket, education
 *   level, ATS bucket, outcome, origin domain, region, count buckets) goes
 *   through k-ary ("generalised") randomised response: the true value is kept
 *   with probability p = e^ε / (e^ε + k − 1), otherwise one of the k − 1
 *   others is sent, each with probability q = 1 / (e^ε + k − 1). Whatever the
 *   server sees, the true value is at most e^ε times likelier than any other:
 *   ε-local differential privacy for that field.
 * - a set drawn from a known list (the target occupation's skills, the
 *   training catalogue) is a bit per list item ("unary encoding"), each bit
 *   kept with probability e^(ε/2) / (1 + e^(ε/2)) and flipped otherwise;
 *   changing one item of the set changes two bits at most, so the set as a
 *   whole is ε-locally differentially private.
 *
 * With ε = 2, a binary answer is kept 88 % of the time, a 5-valued one 65 %,
 * a set bit 73 %. A contribution holds PHOENIX_RR_FIELDS_PER_CONTRIBUTION such
 * fields; by composition, the whole contribution is
 * (PHOENIX_RR_FIELDS_PER_CONTRIBUTION × ε)-locally private against someone
 * who sees it all at once, while each single answer stays deniable at ε.
 *
 * The estimator: if n answers were perturbed with (p, q) and c of them say v,
 * the unbiased estimate of how many truly are v is (c − n q) / (p − q).
 */
#define PHOENIX_RR_EPSILON 2.0

/* The k-ary fields and the two sets of a contribution (phoenix-contribution.h). */
#define PHOENIX_RR_FIELDS_PER_CONTRIBUTION 12

/* Probability that k-ary randomised response keeps the true value. */
double   phoenix_rr_keep_probability   (guint    n_values,
                                        double   epsilon);
/* Probability that it sends one given other value. */
double   phoenix_rr_other_probability  (guint    n_values,
                                        double   epsilon);
/* The same for one bit of a set (unary encoding, ε/2 a bit). */
double   phoenix_rr_bit_keep_probability (double epsilon);

/* k-ary randomised response of @value (0 … @n_values − 1). */
guint    phoenix_rr_perturb_value      (guint    value,
                                        guint    n_values,
                                        double   epsilon,
                                        GRand   *rand);
/* One bit of a set. */
gboolean phoenix_rr_perturb_bit        (gboolean bit,
                                        double   epsilon,
                                        GRand   *rand);

/*
 * The estimator of k-ary randomised response: @observed[i] is how many of the
 * answers said value i (their sum is the number of answers); @estimated[i]
 * receives the unbiased estimate of how many truly were i (it can be below 0
 * or above the total by chance; callers clamp what they show).
 * @observed and @estimated may be the same array.
 */
void     phoenix_rr_estimate_counts    (const double *observed,
                                        guint         n_values,
                                        double        epsilon,
                                        double       *estimated);
/* How many of @n answers truly had a bit set, when @observed_ones said so. */
double   phoenix_rr_estimate_bit_count (double   observed_ones,
                                        double   n,
                                        double   epsilon);
/*
 * Two fields perturbed independently: @table is @n_rows × @n_cols observed
 * counts of (row value, column value) pairs, row-major, de-noised in place.
 * A row or column field that is a set bit has 2 values and ε/2: pass
 * phoenix_rr_bit_epsilon (ε) as its epsilon.
 */
void     phoenix_rr_estimate_joint     (double  *table,
                                        guint    n_rows,
                                        double   row_epsilon,
                                        guint    n_cols,
                                        double   col_epsilon);
/* The ε of one bit of a set when the set is ε-private: a bit is a 2-valued field with ε/2. */
double   phoenix_rr_bit_epsilon        (double   epsilon);

G_END_DECLS
