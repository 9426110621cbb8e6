#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Walks the AT-SPI tree of one application, as a screen reader sees it (issue #17).

Usage: atspi-walk.py PID LABEL [EXPECT-FAILURE]

Finds the application of process PID on the accessibility bus and walks every window it shows.
Fails (exit 1, one line per finding) on:
  - a focusable or actionable control without a name;
  - a name that is a class name (GtkMenuButton, AdwSwitchRow, PhoenixThing…);
  - a mnemonic read out (a name with "_Unlock", or a word said twice: "Unlock Unlock").
Exits 0 and prints the number of controls checked otherwise; 3 when the application is not
found on the bus (no accessibility bus, GTK_A11Y=none…).
"""

import os
import re
import sys
import time

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi  # noqa: E402

CLASS_NAME = re.compile(r"^(Gtk|Adw|Gdk|Phoenix)[A-Z][A-Za-z]*$")
MNEMONIC = re.compile(r"(^|[\s(«“])_[^\s_]")
# A word or phrase said twice in a row: "Unlock Unlock", "Show Photo Show Photo".
DOUBLED = re.compile(r"\b(\w[\w' ]{2,}?)[\s:]+\1\b", re.IGNORECASE)

# Controls a user reaches or acts on: they must have a name.
CONTROL_ROLES = {
    Atspi.Role.PUSH_BUTTON, Atspi.Role.TOGGLE_BUTTON, Atspi.Role.CHECK_BOX, Atspi.Role.RADIO_BUTTON,
    Atspi.Role.COMBO_BOX, Atspi.Role.ENTRY, Atspi.Role.PASSWORD_TEXT, Atspi.Role.SPIN_BUTTON,
    Atspi.Role.SLIDER, Atspi.Role.LINK, Atspi.Role.MENU_ITEM, Atspi.Role.CHECK_MENU_ITEM,
    Atspi.Role.RADIO_MENU_ITEM, Atspi.Role.PAGE_TAB, Atspi.Role.SCROLL_BAR,
}
for extra in ("SWITCH", "BUTTON"):
    if hasattr(Atspi.Role, extra):
        CONTROL_ROLES.add(getattr(Atspi.Role, extra))


def find_application(pid, timeout=20.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        desktop = Atspi.get_desktop(0)
        for i in range(desktop.get_child_count()):
            app = desktop.get_child_at_index(i)
            try:
                if app is not None and app.get_process_id() == pid:
                    return app
            except gi.repository.GLib.Error:
                continue
        time.sleep(0.2)
    return None


def describe(node):
    path = []
    while node is not None and len(path) < 6:
        try:
            role = node.get_role_name()
            name = node.get_name() or ""
        except gi.repository.GLib.Error:
            break
        path.append(f"{role}“{name}”" if name else role)
        try:
            node = node.get_parent()
        except gi.repository.GLib.Error:
            break
        if node is not None and node.get_role() == Atspi.Role.APPLICATION:
            break
    return " < ".join(path)


def is_control(node, states, role):
    if role in CONTROL_ROLES:
        return True
    if role == Atspi.Role.TEXT and states.contains(Atspi.StateType.EDITABLE):
        return True
    if states.contains(Atspi.StateType.FOCUSABLE) and role not in (
            Atspi.Role.FRAME, Atspi.Role.WINDOW, Atspi.Role.DIALOG, Atspi.Role.PANEL, Atspi.Role.FILLER,
            Atspi.Role.SCROLL_PANE, Atspi.Role.LIST, Atspi.Role.LIST_BOX, Atspi.Role.TREE, Atspi.Role.TABLE,
            Atspi.Role.GROUPING, Atspi.Role.DOCUMENT_FRAME, Atspi.Role.TEXT, Atspi.Role.LABEL,
            Atspi.Role.STATIC, Atspi.Role.PAGE_TAB_LIST, Atspi.Role.TOOL_BAR, Atspi.Role.SECTION):
        return True
    return False


def label_text(node, depth=0):
    """The text of the first label under @node, "" when none."""
    if depth > 6:
        return ""
    try:
        for i in range(node.get_child_count()):
            child = node.get_child_at_index(i)
            if child is None:
                continue
            if child.get_role() == Atspi.Role.LABEL and (child.get_name() or "").strip():
                return child.get_name().strip()
            text = label_text(child, depth + 1)
            if text:
                return text
    except gi.repository.GLib.Error:
        pass
    return ""


def check_name(name, where, findings):
    if CLASS_NAME.match(name):
        findings.append(f"named by its class “{name}”: {where}")
    elif MNEMONIC.search(name):
        findings.append(f"a mnemonic read out in “{name}”: {where}")
    elif DOUBLED.search(name):
        findings.append(f"a word said twice in “{name}”: {where}")


# PHOENIX_ATSPI_DUMP=1 prints the whole tree walked (roles, names, states), for debugging.
DUMP = os.environ.get("PHOENIX_ATSPI_DUMP") is not None


def walk(node, findings, counts, depth=0):
    if depth > 80:
        return
    try:
        states = node.get_state_set()
        role = node.get_role()
        name = (node.get_name() or "").strip()
    except gi.repository.GLib.Error:
        return
    if DUMP:
        print("# " + "  " * depth + f"{node.get_role_name()} “{name}” "
              + ",".join(Atspi.StateType(s).value_nick for s in states.get_states()))
    # GTK 4.8 says "showing" of windows only: "visible" is what it keeps up to date for the rest
    # (a hidden widget, and what it holds, is not read).
    if not states.contains(Atspi.StateType.VISIBLE) and not states.contains(Atspi.StateType.SHOWING):
        return
    # Nor what is not on screen: a stack's other pages, a closed popover (GTK 4.8 gives them no
    # size where it does not say "showing").
    if role not in (Atspi.Role.FRAME, Atspi.Role.WINDOW, Atspi.Role.DIALOG):
        try:
            extents = node.get_extents(Atspi.CoordType.WINDOW)
            if extents.width <= 0 and extents.height <= 0:
                return
        except gi.repository.GLib.Error:
            pass
    if is_control(node, states, role):
        counts["controls"] += 1
        where = describe(node)
        if not name and role in (Atspi.Role.LIST_ITEM, Atspi.Role.TABLE_CELL) and label_text(node):
            pass  # a list's row is read by its text, as screen readers do
        elif not name:
            findings.append(f"no name: {where}")
        else:
            check_name(name, where, findings)
    elif name and role == Atspi.Role.LABEL and MNEMONIC.search(name):
        # A label that shows its underline (GTK 4.8 names every other widget after its class,
        # which screen readers do not read for panels and fillers: only controls are held to it).
        findings.append(f"a mnemonic shown in “{name}”: {describe(node)}")
    try:
        n = node.get_child_count()
    except gi.repository.GLib.Error:
        return
    for i in range(n):
        try:
            child = node.get_child_at_index(i)
        except gi.repository.GLib.Error:
            continue
        if child is not None:
            walk(child, findings, counts, depth + 1)


def main():
    pid = int(sys.argv[1])
    label = sys.argv[2] if len(sys.argv) > 2 else "the application"
    Atspi.init()
    app = find_application(pid)
    if app is None:
        print(f"# {label}: process {pid} is not on the accessibility bus")
        return 3
    findings = []
    counts = {"controls": 0, "windows": 0}
    for i in range(app.get_child_count()):
        window = app.get_child_at_index(i)
        if window is None:
            continue
        states = window.get_state_set()
        if not (states.contains(Atspi.StateType.SHOWING) or states.contains(Atspi.StateType.VISIBLE)):
            continue
        counts["windows"] += 1
        walk(window, findings, counts)
    for finding in sorted(set(findings)):
        print(f"# {label}: {finding}")
    print(f"# {label}: {counts['controls']} controls in {counts['windows']} windows, {len(findings)} findings")
    if counts["controls"] == 0:
        print(f"# {label}: no control found: the walk saw nothing")
        return 1
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
