#!/usr/bin/env python3
"""Replaces one section of a Markdown report with new text, keeping the rest of the file.

Usage: report-section.py <report.md> <name> <fragment.md>

The section is what lies between `<!-- name -->` and `<!-- /name -->`; a report without it gets
it appended. So `make package` and `make memory` each rewrite their own figures in one file.
"""
import pathlib
import re
import sys

report, name, fragment = pathlib.Path(sys.argv[1]), sys.argv[2], pathlib.Path(sys.argv[3])
text = report.read_text() if report.exists() else ""
block = f"<!-- {name} -->\n{fragment.read_text().strip()}\n<!-- /{name} -->"
pattern = re.compile(rf"<!-- {re.escape(name)} -->.*?<!-- /{re.escape(name)} -->", re.S)
if pattern.search(text):
    text = pattern.sub(lambda _: block, text)
else:
    text = text.rstrip() + ("\n\n" if text.strip() else "") + block + "\n"
report.write_text(text)
