"""Start the page: a random token, 127.0.0.1 on a free port (or --port), the address on the first line
of output, the browser opened, and serving until Ctrl-C."""

from __future__ import annotations

import secrets
import socket
import sys

from ..errors import OppcheckError


def serve(*, port: int, open_browser: bool, lang: str, settings) -> None:
    """Serve the page until Ctrl-C. Raises OppcheckError when the port is taken."""
    import uvicorn

    from ..pipeline import warm_up
    from ..ruleset import load_ruleset
    from .app import State, create_app

    ruleset = load_ruleset(settings.ruleset)
    warm_up(ruleset)  # readers imported and patterns compiled once: each check's child starts warm
    sock = _listen(port)
    state = State(token=secrets.token_urlsafe(32), port=sock.getsockname()[1], ruleset=ruleset, settings=settings)
    address = f"http://127.0.0.1:{state.port}/?token={state.token}" + ("&lang=en" if lang == "en" else "")
    from ..i18n import message

    print(address, flush=True)  # the first line: scripts and tests read the address here
    print(message("web.started", lang), flush=True)
    if open_browser and _has_screen():
        import threading
        import webbrowser

        print(message("web.opening", lang), flush=True)
        # in a thread: a browser that runs in this terminal must not hold up the server
        threading.Thread(target=webbrowser.open, args=(address,), daemon=True).start()
    else:
        print(message("web.open_yourself", lang), flush=True)
    config = uvicorn.Config(
        create_app(state), log_level="warning", access_log=False, lifespan="off", server_header=False, date_header=False
    )
    try:
        uvicorn.Server(config).run(sockets=[sock])
    except KeyboardInterrupt:
        pass
    finally:
        sock.close()
    print(message("web.stopped", lang), flush=True)


def _listen(port: int) -> socket.socket:
    """A listening socket on 127.0.0.1 only: `port`, or a free one for 0."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    if sys.platform != "win32":
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind(("127.0.0.1", port))
    except OSError as exc:
        sock.close()
        raise OppcheckError("web_port_busy", port=port) from exc
    sock.listen(16)
    return sock


def _has_screen() -> bool:
    """Whether a graphical browser can open: always on Windows and macOS; on Linux and the like only
    with a display (without one, webbrowser would start a text browser in this very terminal)."""
    import os

    if sys.platform in ("win32", "darwin"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
