"""The test suite, in three tiers by what a test needs (markers of the same names, added by conftest.py):
unit/ (no site build, no browser: seconds), site/ (the strict build of the real site), browser/ (Chromium, the
npm tools or poppler). `python3.11 scripts/cli.py test` runs all three, `test --fast` the unit tier."""
