/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * A misbehaving import helper for test-sandbox: run in the helper's place (same arguments, same
 * sandbox), it does what PHOENIX_IMPORT_HELPER_TEST_MODE says and, where it can still talk,
 * answers a line stream of one line that says what it managed to do. Plain C, no GLib: nothing of the
 * app's code cooperates with the sandbox here.
 */
#define _GNU_SOURCE

#include <errno.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

/* One record of the line stream (src/core/cvparse/phoenix-cv-line-stream.h; this machine is
 * little-endian, as the stream is). */
static void
record (char        type,
        const void *payload,
        uint32_t    length)
{
  putchar (type);
  fwrite (&length, 4, 1, stdout);
  fwrite (payload, 1, length, stdout);
}

static void
stream_begin (void)
{
  unsigned char document[20];
  uint32_t n_pages = 1;
  double width = 595, height = 842;

  fputs ("PHXLINES1\n", stdout);
  memcpy (document, &n_pages, 4);
  memcpy (document + 4, &width, 8);
  memcpy (document + 12, &height, 8);
  record ('D', document, sizeof document);
}

/* A line of @text (@length bytes) on the first page, with no words. */
static void
stream_line (const char *text,
             size_t      length)
{
  static unsigned char line[53 + 70000];
  double box[5] = { 40, 60, 400, 12, 10 };
  uint32_t zero = 0;

  memcpy (line, &zero, 4);
  memcpy (line + 4, box, sizeof box);
  line[44] = 0;
  memcpy (line + 45, &zero, 4);
  memcpy (line + 49, &zero, 4);
  memcpy (line + 53, text, length);
  record ('L', line, (uint32_t) (53 + length));
}

static void
stream_end (uint32_t n_lines)
{
  record ('E', &n_lines, 4);
  fflush (stdout);
}

/* The answer of a helper that read a one-line PDF saying @text. */
static void
reply (const char *text)
{
  stream_begin ();
  stream_line (text, strlen (text));
  stream_end (1);
}

static void
flood (int fd)
{
  static char chunk[65536];

  memset (chunk, 'x', sizeof chunk);
  /* On stdout, a line stream whose every line is 64 KB long: well formed, and without end. */
  if (fd == STDOUT_FILENO)
    {
      stream_begin ();
      for (;;)
        stream_line (chunk, sizeof chunk);
    }
  for (;;)
    if (write (fd, chunk, sizeof chunk) < 0 && errno != EINTR)
      _exit (1);
}

int
main (int    argc,
      char **argv)
{
  const char *mode = getenv ("PHOENIX_IMPORT_HELPER_TEST_MODE");
  char text[4096];

  if (mode == NULL)
    return 3;
  if (strcmp (mode, "flood-stdout") == 0)
    flood (STDOUT_FILENO);
  if (strcmp (mode, "flood-stderr") == 0)
    flood (STDERR_FILENO);
  if (strcmp (mode, "empty") == 0)
    return 0;
  if (strcmp (mode, "never-exit") == 0)
    {
      signal (SIGTERM, SIG_IGN);
      for (;;)
        pause ();
    }
  if (strcmp (mode, "garbled") == 0)
    {
      /* A word with no line before it. */
      double box[4] = { 1, 2, 3, 4 };

      stream_begin ();
      record ('W', box, sizeof box);
      stream_end (0);
      return 0;
    }
  if (strcmp (mode, "many-lines") == 0)
    {
      /* More lines than a document may have, each well formed. */
      stream_begin ();
      for (int i = 0; i < 250000; i++)
        stream_line ("Exemple", 7);
      stream_end (250000);
      return 0;
    }
  if (strcmp (mode, "huge-record") == 0)
    {
      /* A record that says it is 4 GB long. */
      stream_begin ();
      putchar ('L');
      fwrite ("\xff\xff\xff\xff", 1, 4, stdout);
      fflush (stdout);
      return 0;
    }
  if (strcmp (mode, "cut-short") == 0)
    {
      /* A line, then the end of the output without the end record. */
      stream_begin ();
      stream_line ("Exemple", 7);
      fflush (stdout);
      return 0;
    }
  if (strcmp (mode, "fork-bomb") == 0)
    {
      /* Children that would each hold memory and stay: how many could start? */
      int started = 0, first_errno = 0;

      for (int i = 0; i < 32; i++)
        {
          pid_t pid = fork ();

          if (pid == 0)
            {
              char *block = malloc (64 << 20);
              if (block != NULL)
                memset (block, 1, 64 << 20);
              sleep (30);
              _exit (0);
            }
          if (pid > 0)
            started++;
          else if (first_errno == 0)
            first_errno = errno;
        }
      snprintf (text, sizeof text, "started %d errno %d", started, first_errno);
      reply (text);
      return 0;
    }
  if (strcmp (mode, "memory") == 0)
    {
      /* 64 MB blocks, touched, up to 4 GB: how many fit? */
      int blocks = 0;

      for (; blocks < 64; blocks++)
        {
          char *block = malloc (64 << 20);
          if (block == NULL)
            break;
          memset (block, 1, 64 << 20);
        }
      snprintf (text, sizeof text, "allocated %d MB", blocks * 64);
      reply (text);
      return 0;
    }
  if (strcmp (mode, "bad-photo") == 0)
    {
      /* Exit 0 with an answer that is no prepared photo. */
      fputs ("GIF89a\x01\x00\x01\x00", stdout);
      fflush (stdout);
      return 0;
    }
  if (strcmp (mode, "socket") == 0)
    {
      int fd = socket (AF_INET, SOCK_STREAM, 0);

      snprintf (text, sizeof text, "socket %s errno %d", fd >= 0 ? "opened" : "refused", fd >= 0 ? 0 : errno);
      reply (text);
      return 0;
    }
  if (strcmp (mode, "environment") == 0)
    {
      size_t used = 0;

      text[0] = '\0';
      for (char **e = environ; *e != NULL; e++)
        {
          const char *eq = strchr (*e, '=');
          size_t n = eq != NULL ? (size_t) (eq - *e) : strlen (*e);

          if (used + n + 2 >= sizeof text)
            break;
          memcpy (text + used, *e, n);
          used += n;
          text[used++] = ' ';
          text[used] = '\0';
        }
      reply (text);
      return 0;
    }
  return 3;
}
