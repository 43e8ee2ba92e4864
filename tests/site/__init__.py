"""Site tier: tests of the strict build of the real site (the session's `site`, `served_site`, `offline_site`)
or of builds of a copy of the project broken on purpose."""
