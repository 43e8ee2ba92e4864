"""The one local web server of the tools and tests: a built site over HTTP on 127.0.0.1, quiet, in a
background thread, for as long as the `with` block lasts."""
from __future__ import annotations

import contextlib
import functools
import http.server
import pathlib
import threading


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


@contextlib.contextmanager
def serve(folder: pathlib.Path | str, port: int = 0, handler: type = QuietHandler):
    """Serve `folder` on 127.0.0.1 (`port` 0: a free one); yields the base URL, `http://127.0.0.1:PORT/`."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), functools.partial(handler, directory=str(folder)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
