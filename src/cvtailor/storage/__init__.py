"""Where sessions are kept: the SQLite checkpointer and the session table."""
