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

import re
import sys
import time

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi  # noqa: E402

CLASS_NAME = re.compile(r"^(Gtk|Adw|Gdk|Phoenix)[A-Z][A-Za-z]*$")
MNEMONIC = re.compile(r"(^|[\s(«“])_[^\s_]")
DOUBLED = re.compile(r"\b(\w{3,})\b[\s:]+\1\b", re.IGNORECASE)

# Controls a user reaches or acts on: they must have a name.
CONTROL_ROLES = {
    Atspi.Role.PUSH_BUTTON, Atspi.Role.TOGGLE_BUTTON, Atspi.Role.CHECK_BOX, Atspi.Role.RADIO_BUTTON,
    Atspi.Role.COMBO_BOX, Atspi.Role.ENTRY, Atspi.Role.PASSWORD_TEXT, Atspi.Role.SPIN_BUTTON,
    Atspi.Role.SLIDER, Atspi.Role.LINK, Atspi.Role.MENU_ITEM, Atspi.Role.CHECK_MENU_ITEM,
    Atspi.Role.RADIO_MENU_ITEM, Atspi.Role.PAGE_TAB, Atspi.Role.TOGGLE_BUTTON, Atspi.Role.SCROLL_BAR,
    Atspi.Role.SEARCH_BAR,
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
    if states.contains(Atspi.StateType.FOCUSABLE) and role not in (
            Atspi.Role.FRAME, Atspi.Role.WINDOW, Atspi.Role.DIALOG, Atspi.Role.PANEL, Atspi.Role.FILLER,
            Atspi.Role.SCROLL_PANE, Atspi.Role.LIST, Atspi.Role.LIST_BOX, Atspi.Role.TREE, Atspi.Role.TABLE,
            Atspi.Role.GROUPING, Atspi.Role.DOCUMENT_FRAME, Atspi.Role.TEXT, Atspi.Role.LABEL,
            Atspi.Role.STATIC, Atspi.Role.PAGE_TAB_LIST, Atspi.Role.TOOL_BAR, Atspi.Role.SECTION):
        return True
    return False


def check_name(name, where, findings):
    if CLASS_NAME.match(name):
        findings.append(f"named by its class “{name}”: {where}")
    elif MNEMONIC.search(name):
        findings.append(f"a mnemonic read out in “{name}”: {where}")
    elif DOUBLED.search(name):
        findings.append(f"a word said twice in “{name}”: {where}")


def walk(node, findings, counts, depth=0):
    if depth > 80:
        return
    try:
        states = node.get_state_set()
        role = node.get_role()
        name = (node.get_name() or "").strip()
    except gi.repository.GLib.Error:
        return
    if not states.contains(Atspi.StateType.SHOWING) and role not in (Atspi.Role.FRAME, Atspi.Role.WINDOW,
                                                                      Atspi.Role.DIALOG):
        return
    if is_control(node, states, role):
        counts["controls"] += 1
        where = describe(node)
        if not name:
            findings.append(f"no name: {where}")
        else:
            check_name(name, where, findings)
    elif name:
        check_name(name, describe(node), findings)
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
