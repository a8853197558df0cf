#!/usr/bin/env python3
"""Carries finished translations from other .ts files into a target .ts file.

    tools/translations/carry_over.py TARGET.ts DONOR.ts [DONOR.ts ...]

Used when merging branches: both sides add strings to translations/*.ts, so the merge takes one
side, re-runs lupdate (which marks the other side's strings unfinished), and then fills every
unfinished entry whose context and source text have a finished translation in a donor (e.g. the
other branch's .ts, from `git show branch:translations/watchkeeper_de.ts`). Prints what is still
unfinished, and exits 1 if anything is. Run lupdate (target watchkeeper_ui_lupdate) afterwards: it
restores its own formatting of the file.
"""
import sys
import xml.etree.ElementTree as ET


def key(context, message):
    source = message.findtext("source") or ""
    comment = message.findtext("comment") or ""
    return (context.findtext("name"), source, comment)


def finished_translations(path):
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            if translation.text or len(translation):
                found[key(context, message)] = translation
    return found


def main():
    if len(sys.argv) < 3:
        print(__doc__)
        return 2
    target, donors = sys.argv[1], sys.argv[2:]
    known = {}
    for donor in donors:
        for k, v in finished_translations(donor).items():
            known.setdefault(k, v)
    tree = ET.parse(target)
    missing = []
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") != "unfinished":
                continue
            donor = known.get(key(context, message))
            if donor is None:
                missing.append(key(context, message))
                continue
            message.remove(translation)
            copy = ET.fromstring(ET.tostring(donor))
            copy.tail = translation.tail
            message.append(copy)
    ET.indent(tree, space="    ")
    with open(target, "wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
        out.write(b"\n")
    for context, source, _ in missing:
        print(f"unfinished: {context}: {source}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
