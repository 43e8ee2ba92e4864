"""The Content-Security-Policy builder: hashes exactly the runnable inline scripts outside the article."""
from scripts.rendering.content_security import policy, script_hash, search_worker, template_scripts, with_policy

PAGE = """<!doctype html><html><head><meta charset="utf-8"><script>var a=1</script>
<script id="__config" type="application/json">{"search": "../assets/w.js"}</script></head><body>
<header><script>var b=2</script></header><main><article class="md-content__inner">
<script>window.evil=1</script><p onclick="x()">t</p></article></main>
<script type="module">var c=3</script><script src="x.js"></script></body></html>"""


def test_only_template_scripts_outside_the_article_are_hashed():
    assert template_scripts(PAGE) == ["var a=1", "var b=2", "var c=3"]
    rule = policy(PAGE)
    assert all(script_hash(body) in rule for body in ("var a=1", "var b=2", "var c=3"))
    assert script_hash("window.evil=1") not in rule and "'unsafe-inline'" not in rule.split("style-src")[0]


def test_a_fake_article_end_in_the_content_does_not_free_the_scripts_after_it():
    page = PAGE.replace("<script>window.evil=1</script>", "</article><script>window.evil=1</script><article>")
    assert script_hash("window.evil=1") not in policy(page)


def test_the_policy_comes_before_every_script():
    out = with_policy(PAGE)
    assert out.index('http-equiv="Content-Security-Policy"') < out.index("<script")
    assert out.count("Content-Security-Policy") == 1


def test_extra_scripts_and_the_search_worker():
    assert search_worker(PAGE) == "../assets/w.js"
    assert script_hash("shim()") in policy(PAGE, ("shim()",))


def test_the_development_server_allows_its_live_reload_script_and_nothing_else_changes():
    served = policy(PAGE, live_reload=True)
    assert "script-src 'self' 'unsafe-inline';" in served and "sha256" not in served
    assert served.split(";", 2)[2] == policy(PAGE).split(";", 2)[2]  # the other directives are the same
