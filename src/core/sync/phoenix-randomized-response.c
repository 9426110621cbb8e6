/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-randomized-response"

#include "config.h"

#include <math.h>

#include "phoenix-randomized-response.h"

double
phoenix_rr_keep_probability (guint  n_values,
                             double epsilon)
{
  g_return_val_if_fail (n_values >= 2, 1.0);

  return exp (epsilon) / (exp (epsilon) + n_values - 1);
}

double
phoenix_rr_other_probability (guint  n_values,
                              double epsilon)
{
  g_return_val_if_fail (n_values >= 2, 0.0);

  return 1.0 / (exp (epsilon) + n_values - 1);
}

double
phoenix_rr_bit_epsilon (double epsilon)
{
  return epsilon / 2.0;
}

double
phoenix_rr_bit_keep_probability (double epsilon)
{
  return phoenix_rr_keep_probability (2, phoenix_rr_bit_epsilon (epsilon));
}

guint
phoenix_rr_perturb_value (guint   value,
                          guint   n_values,
                          double  epsilon,
                          GRand  *rand)
{
  guint other;

  g_return_val_if_fail (value < n_values, value);
  g_return_val_if_fail (rand != NULL, value);

  if (n_values < 2 || g_rand_double (rand) < phoenix_rr_keep_probability (n_values, epsilon))
    return value;

  /* One of the n − 1 other values, uniformly. */
  other = (guint) g_rand_int_range (rand, 0, (gint32) n_values - 1);
  return other >= value ? other + 1 : other;
}

gboolean
phoenix_rr_perturb_bit (gboolean  bit,
                        double    epsilon,
                        GRand    *rand)
{
  g_return_val_if_fail (rand != NULL, bit);

  if (g_rand_double (rand) < phoenix_rr_bit_keep_probability (epsilon))
    return bit ? TRUE : FALSE;
  return bit ? FALSE : TRUE;
}

void
phoenix_rr_estimate_counts (const double *observed,
                            guint         n_values,
                            double        epsilon,
                            double       *estimated)
{
  double p, q, n = 0;

  g_return_if_fail (observed != NULL && estimated != NULL);
  g_return_if_fail (n_values >= 2);

  p = phoenix_rr_keep_probability (n_values, epsilon);
  q = phoenix_rr_other_probability (n_values, epsilon);
  for (guint i = 0; i < n_values; i++)
    n += observed[i];
  /*
   * E[c_v] = p t_v + q (n − t_v) = (p − q) t_v + q n, so t_v = (c_v − q n) / (p − q):
   * the inverse of the perturbation matrix (p − q) I + q J, which keeps the total.
   */
  for (guint i = 0; i < n_values; i++)
    estimated[i] = (observed[i] - q * n) / (p - q);
}

double
phoenix_rr_estimate_bit_count (double observed_ones,
                               double n,
                               double epsilon)
{
  double counts[2] = { n - observed_ones, observed_ones };

  phoenix_rr_estimate_counts (counts, 2, phoenix_rr_bit_epsilon (epsilon), counts);
  return counts[1];
}

void
phoenix_rr_estimate_joint (double *table,
                           guint   n_rows,
                           double  row_epsilon,
                           guint   n_cols,
                           double  col_epsilon)
{
  g_autofree double *line = NULL;

  g_return_if_fail (table != NULL);
  g_return_if_fail (n_rows >= 2 && n_cols >= 2);

  /*
   * The two fields are perturbed independently, so the joint perturbation is
   * the Kronecker product of the two matrices and its inverse the product of
   * their inverses: undo the rows' noise in every column, then the columns'
   * noise in every row.
   */
  line = g_new (double, MAX (n_rows, n_cols));
  for (guint c = 0; c < n_cols; c++)
    {
      for (guint r = 0; r < n_rows; r++)
        line[r] = table[r * n_cols + c];
      phoenix_rr_estimate_counts (line, n_rows, row_epsilon, line);
      for (guint r = 0; r < n_rows; r++)
        table[r * n_cols + c] = line[r];
    }
  for (guint r = 0; r < n_rows; r++)
    phoenix_rr_estimate_counts (table + r * n_cols, n_cols, col_epsilon, table + r * n_cols);
}
