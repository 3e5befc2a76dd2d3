"""Articles from the web, on the user's request only: one URL, or the items of a news feed.

This package is newsreader's only network access. Nothing here runs unless the user asks for a
page (File › Open URL…, a dropped link they confirm, ``newsreader info URL``).

- :mod:`fetch`: one HTTP(S) GET with a timeout, a size cap, few redirects and a clear user agent;
- :mod:`store`: the fetched page kept in the app's data folder, so it survives restarts offline;
- :mod:`feeds`: an RSS/Atom document's items (feedparser, run with a time limit);
- :mod:`open_url`: what a URL turns into — a saved page to load, or a feed's items to pick from.

Core only (no Qt); the UI runs these functions in its background tasks.
"""
