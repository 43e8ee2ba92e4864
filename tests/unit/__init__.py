"""Unit tier: no site build and no browser (conftest.py here makes the `site` and `browser` fixtures fail)."""
