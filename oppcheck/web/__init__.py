"""`oppcheck web`: a local page for parents who do not use a terminal (see app.py and server.py)."""
