/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * A misbehaving import helper for test-sandbox: run in the helper's place (same arguments, same
 * sandbox), it does what PHOENIX_IMPORT_HELPER_TEST_MODE says and, where it can still talk,
 * answers a reply whose "text" says what it managed to do. Plain C, no GLib: nothing of the
 * app's code cooperates with the sandbox here.
 */
#define _GNU_SOURCE

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

static void
reply (const char *text)
{
  printf ("{\"profile\": {}, \"sections\": [], \"unassigned\": [], \"text\": \"%s\"}\n", text);
  fflush (stdout);
}

static void
flood (int fd)
{
  static char chunk[65536];

  memset (chunk, 'x', sizeof chunk);
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
  if (strcmp (mode, "deep-nesting") == 0)
    {
      fputs ("{\"profile\": ", stdout);
      for (int i = 0; i < 1000000; i++)
        putchar ('[');
      fflush (stdout);
      return 0;
    }
  if (strcmp (mode, "many-entries") == 0)
    {
      fputs ("{\"profile\": {\"work\": [", stdout);
      for (int i = 0; i < 200000; i++)
        printf ("%s{\"name\": \"Exemple %d\"}", i > 0 ? "," : "", i);
      fputs ("]}, \"text\": \"\"}\n", stdout);
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
